"""The language parameter of the algorithms that write words for people:
*Create mine action database* (its lookups, forms and legends) and the task
order and overview exports (the printed pages)."""

from qgis.core import QgsProcessingParameterEnum

from ..store import languages


def language_parameter(name, description, first_option):
    """An enum whose first option (the default) is ``first_option`` (the
    language QGIS runs in, or the database's), then every language and every
    language with English (``store.languages.choices``)."""
    options = [first_option] + [languages.display_name(setting)
                                for setting in languages.choices()]
    return QgsProcessingParameterEnum(name, description, options, defaultValue=0,
                                      optional=True)


def chosen_language(algorithm, parameters, name, context):
    """The language setting chosen (``"uk"``, ``"uk+en"``), or None for the
    first option."""
    index = algorithm.parameterAsEnum(parameters, name, context)
    choices = languages.choices()
    return choices[index - 1] if 0 < index <= len(choices) else None
