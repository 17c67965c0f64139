"""The field mapping profile an algorithm reads or writes records through:
a JSON file, or one of the profiles shipped in the plugin (by name)."""

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFile

from ..core import field_mapping
from ..core.errors import InputError
from ..core.i18n import translate

PROFILE, BUNDLED_PROFILE = "PROFILE", "BUNDLED_PROFILE"


def add_profile_parameters(algorithm):
    """The profile file and, instead, a bundled profile's name (static
    strings: stable in models and qgis_process)."""
    algorithm.addParameter(QgsProcessingParameterFile(
        PROFILE, translate("Profile", "Field mapping profile (JSON file)"), extension="json",
        optional=True))
    bundled = QgsProcessingParameterEnum(
        BUNDLED_PROFILE, translate("Profile", "Or: a field mapping profile shipped with the "
                                              "plugin"),
        list(field_mapping.bundled()), optional=True)
    bundled.setUsesStaticStrings(True)
    algorithm.addParameter(bundled)


def chosen_profile(algorithm, parameters, context, required=False):
    """The Profile the parameters name, or None when none is (InputError when
    ``required``, or when both a file and a bundled name are given)."""
    path = algorithm.parameterAsFile(parameters, PROFILE, context)
    name = algorithm.parameterAsEnumString(parameters, BUNDLED_PROFILE, context) \
        if parameters.get(BUNDLED_PROFILE) not in (None, "") else ""
    if path and name:
        raise InputError(translate(
            "Profile", "Give either a field mapping profile file or a bundled profile, "
            "not both."), field=PROFILE)
    if name:
        path = field_mapping.bundled()[name]
    if not path:
        if required:
            raise InputError(translate(
                "Profile", "Give the field mapping profile: a JSON file, or one of the "
                "bundled profiles."), field=PROFILE)
        return None
    return field_mapping.load(path)
