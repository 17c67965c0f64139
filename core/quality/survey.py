"""Survey rule: a hazard's survey table that does not close within the
programme's tolerance (core.survey_records, the one traverse path)."""

from shapely.geometry import Point

from ..errors import MineActionError
from ..i18n import QT_TRANSLATE_NOOP
from ..survey_records import compute, group_by_hazard, precision_text, survey_from_rows
from .rules import Problem, message


def closure_problems(points, hazards_by_id, thresholds, labels):
    """S01 per hazard whose survey misses the tolerance, or cannot be
    computed; on the hazard's record when it exists, at the closing point."""
    found = []
    # group_by_hazard returns the rows themselves: a row's record by its identity
    record_of = {id(record.attributes): record for record in points}
    for hazard_id, hazard_rows in group_by_hazard(
            [record.attributes for record in points]).items():
        anchor = hazards_by_id.get(hazard_id) or record_of[id(hazard_rows[0])]
        label = labels.get((anchor.table, anchor.fid), hazard_id)
        try:
            survey = survey_from_rows(hazard_id, hazard_rows)
            result = compute(survey, tolerance=thresholds.closure,
                             max_leg_m=thresholds.max_leg_m)
        except MineActionError as error:
            found.append(Problem("S01", anchor.table, anchor.fid, label, None, message(
                QT_TRANSLATE_NOOP("Quality", "The survey cannot be computed: {error}"),
                error=str(error)), anchor.geometry))
            continue
        if result.within_tolerance is not False:
            continue
        closure = result.closure
        end = result.points[-1] if result.points else result.benchmark
        found.append(Problem("S01", anchor.table, anchor.fid, label, None, message(
            QT_TRANSLATE_NOOP("Quality", "Misclosure {misclosure:.2f} m, precision "
                              "{precision}."), misclosure=closure.misclosure_m,
            precision=precision_text(closure.precision)), Point(end.lon, end.lat)))
    return found
