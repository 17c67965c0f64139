"""The "Mine Action" page of QGIS Settings › Options.

It edits the user's defaults (QgsSettings) and, when a mine action database is
loaded in the project, that database's own values (its schema_info table), a
row at a time: a database row left unticked follows the user's default.
Storage and precedence are ``store.settings_store``'s; this page only edits.
"""

import os

from qgis.core import Qgis
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout,
                                 QGroupBox, QHBoxLayout, QLabel, QLineEdit, QScrollArea,
                                 QSpinBox, QVBoxLayout, QWidget)

from ..core.errors import MineActionError
from ..core.settings import KEYS, PAPERS, Settings, label
from ..store import languages
from ..store.loaded import loaded_database
from ..store.log import log
from ..store.settings_store import (database_values, user_settings, write_database,
                                    write_user)
from .messages import tell

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON = os.path.join(PLUGIN_DIR, "icons", "settings.svg")


class SettingsForm(QWidget):
    """One editor per setting. With ``own_checks`` each row has a tick box
    saying that the value is the database's own (unticked: the user's default
    applies and the editor is disabled)."""

    def __init__(self, parent=None, own_checks=False):
        super().__init__(parent)
        self.editors = {}
        self.checks = {}
        self.defaults = Settings()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in KEYS:
            editor = self._editor(key)
            editor.setObjectName("setting_" + key)
            self.editors[key] = editor
            if own_checks:
                check = QCheckBox(self.tr("own value"))
                check.setObjectName("own_" + key)
                check.setToolTip(self.tr("Keep this value in the database; unticked, the "
                                     "user's default applies."))
                check.toggled.connect(editor.setEnabled)
                check.toggled.connect(lambda on, name=key: self._own_toggled(name, on))
                editor.setEnabled(False)
                self.checks[key] = check
                row = QHBoxLayout()
                row.addWidget(editor, 1)
                row.addWidget(check)
                form.addRow(label(key), row)
            else:
                form.addRow(label(key), editor)

    def _editor(self, key):
        if key == "min_precision":
            editor = QSpinBox()
            editor.setRange(0, 1000000)
            editor.setPrefix("1:")
            editor.setSpecialValueText(self.tr("no 1:N limit"))
        elif key in ("max_misclosure_m", "max_leg_m", "sliver_tolerance_m2",
                     "completion_target_m2"):
            editor = QDoubleSpinBox()
            editor.setDecimals(2)
            if key == "max_misclosure_m":
                editor.setRange(0.0, 1000.0)
                editor.setSuffix(" m")
                editor.setSpecialValueText(self.tr("no metre limit"))
            elif key == "max_leg_m":
                editor.setRange(1.0, 100000.0)
                editor.setSuffix(" m")
            elif key == "completion_target_m2":
                editor.setDecimals(0)
                editor.setRange(0.0, 1e12)
                editor.setSuffix(" m²")
            else:
                editor.setRange(0.0, 1000000.0)
                editor.setSuffix(" m²")
        elif key == "authority":
            editor = QLineEdit()
            editor.setPlaceholderText(self.tr("e.g. National Mine Action Centre"))
        elif key == "completion_date":
            editor = QLineEdit()
            editor.setPlaceholderText(self.tr("no target (e.g. 2030-12-31)"))
        elif key == "paper":
            editor = QComboBox()
            names = {"a4_portrait": self.tr("A4 portrait"), "a3_landscape": self.tr("A3 landscape")}
            for code in PAPERS:
                editor.addItem(names[code], code)
        else:
            editor = QComboBox()
            editor.addItem(self.tr("The language QGIS runs in"), None)
            for setting in languages.choices():
                editor.addItem(languages.display_name(setting), setting)
        if isinstance(editor, QComboBox):  # long labels must not widen the page
            editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(12)
        return editor

    def _own_toggled(self, key, on):
        if not on:  # show what applies instead
            self._show(key, getattr(self.defaults, key))

    def _show(self, key, value):
        editor = self.editors[key]
        if isinstance(editor, QSpinBox):
            editor.setValue(int(round(value or 0)))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0.0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")
        else:
            index = editor.findData(value) if value is not None else 0
            if index < 0 and value:
                editor.addItem(value, value)
                index = editor.count() - 1
            editor.setCurrentIndex(max(index, 0))

    def _value(self, key):
        editor = self.editors[key]
        if isinstance(editor, QSpinBox):
            return float(editor.value())
        if isinstance(editor, QDoubleSpinBox):
            value = editor.value()
            return (value or None) if key == "max_misclosure_m" else value
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        return editor.currentData()

    def set_settings(self, settings, own_keys=(), defaults=None):
        """Show ``settings``; ``own_keys`` are ticked (database form), the
        others show ``defaults`` (what applies without a value of its own)."""
        self.defaults = defaults or settings
        for key in KEYS:
            self._show(key, getattr(settings, key))
            if key in self.checks:
                self.checks[key].setChecked(key in own_keys)

    def settings(self):
        """The values shown, as validated Settings (MineActionError if bad)."""
        return Settings(**{key: self._value(key) for key in KEYS}).validated()

    def own_values(self):
        """{key: str or None}: the ticked rows' values, None for the others
        (removes the database's own value)."""
        shown = self.settings().to_dict()
        return {key: shown[key] if self.checks[key].isChecked() else None for key in KEYS}


class MineActionOptionsPage(QgsOptionsPageWidget):
    """User defaults and, when one is loaded, the project database's values."""

    def __init__(self, parent=None, iface=None, on_applied=None):
        super().__init__(parent)
        self.iface = iface
        self.on_applied = on_applied
        self.setObjectName("mineActionOptions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        try:
            defaults = user_settings()
        except MineActionError as error:  # a bad stored value: start again from built-ins
            log(str(error))
            defaults = Settings()

        user_box = QGroupBox(self.tr("Your defaults"), body)
        user_layout = QVBoxLayout(user_box)
        note = QLabel(self.tr("Used for databases that have no value of their own, and for "
                          "work outside a database."), user_box)
        note.setWordWrap(True)
        user_layout.addWidget(note)
        self.user_form = SettingsForm(user_box)
        self.user_form.set_settings(defaults)
        user_layout.addWidget(self.user_form)
        column.addWidget(user_box)

        self.database = loaded_database()
        self.database_form = None
        ref = self.database.ref
        if ref is not None:
            box = QGroupBox(self.tr("This database: {name}").format(
                name=ref.schema if ref.is_postgres else os.path.basename(ref.path)), body)
            box.setToolTip(ref.label())
            box_layout = QVBoxLayout(box)
            note = QLabel(self.tr("Ticked values are stored in the database and travel with "
                              "it; they win over your defaults."), box)
            note.setWordWrap(True)
            box_layout.addWidget(note)
            self.database_form = SettingsForm(box, own_checks=True)
            own = database_values(self.database.database)
            try:
                shown = Settings.from_dict(own, base=defaults)
            except MineActionError as error:
                log(str(error))
                shown, own = defaults, {}
            self.database_form.set_settings(shown, own_keys=set(own), defaults=defaults)
            box_layout.addWidget(self.database_form)
            column.addWidget(box)
        column.addStretch(1)

    def apply(self):
        """Store the user defaults, then the database's values."""
        try:
            write_user(self.user_form.settings())
            if self.database_form is not None:
                write_database(self.database.database, self.database_form.own_values())
        except MineActionError as error:
            if self.iface is not None:
                tell(self.iface, self.tr("Mine Action settings"), str(error),
                     Qgis.MessageLevel.Warning)
            else:
                log(str(error))
            return False
        if self.on_applied is not None:
            self.on_applied()
        return True


class MineActionOptionsFactory(QgsOptionsWidgetFactory):
    """Adds the Mine Action page to QGIS Settings › Options."""

    def __init__(self, iface=None, on_applied=None):
        super().__init__(QCoreApplication.translate("MineActionOptionsFactory", "Mine Action"),
                         QIcon(ICON))
        self.iface = iface
        self.on_applied = on_applied

    def createWidget(self, parent):  # noqa: N802 (QGIS API name)
        return MineActionOptionsPage(parent, self.iface, self.on_applied)
