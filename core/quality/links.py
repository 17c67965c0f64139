"""Link rules: records that name a hazard the database does not hold."""

from ..i18n import QT_TRANSLATE_NOOP
from .records import blank
from .rules import Problem, message

#: tables whose records are checked for their hazard link
LINKED_TABLES = ("land_release_activities", "eo_finds", "accidents")


def missing_hazard(record, hazard_ids, label):
    """L01: ``hazard_id`` is given but no hazard has it (exactly)."""
    value = record.attributes.get("hazard_id")
    if blank(value) or value in hazard_ids:
        return []
    return [Problem("L01", record.table, record.fid, label, "hazard_id", message(
        QT_TRANSLATE_NOOP("Quality", "No hazard has the ID '{hazard}'."), hazard=value))]
