"""Land release engine: replays survey and clearance activities over hazards.

Why a replay: IMAS 07.11 counts every square metre released once, by the
method that released it first. Only a chronological replay knows what was
still hazardous when an activity ended, so cancelled, reduced and cleared land
is attributed correctly and overlaps become QA flags instead of double counts.

Counting rules (docs/land-release.md has a worked example):

* hazards that overlap each other are made disjoint first: the overlap stays
  with the earlier record (date of information, then hazard ID);
* activities are replayed by (end date, activity ID); each acts only on the
  land of its linked hazard (or, unlinked, of every hazard it overlaps) that is
  still hazardous at that date. Releasing outcomes remove land from the
  hazard; ``confirmed`` turns SHA land into CHA land;
* an activity dated before a hazard's date of information does not change it
  (IMSMA's date-of-information rule);
* an activity ending after ``today`` (plus ``FUTURE_GRACE``, for time zones) is
  flagged ``future_date`` and not applied, so no date of information moves
  into the future and a mistyped year releases nothing;
* pieces below ``tolerance_m2`` are never released: a released piece that
  small is dropped; a remaining piece that small next to the activity is
  released with it (a team does not leave a 0.3 m² island); a class's part
  that small joins the other class's released record;
* a hazard is ``worked_on`` once an activity changed it and ``closed`` when no
  more than ``tolerance_m2`` remains.

Geometry is processed in lon/lat degrees with shapely 2 vectorised functions,
hazards of one replay round at a time (hazards are disjoint, so they evolve
independently); areas are ellipsoidal (``geodesy.areas_m2``, in batches).
"""

import datetime
from dataclasses import dataclass, field as dc_field

import numpy as np
import shapely

from . import release_qa as qa
from .dates import to_date
from .geodesy import areas_m2, areas_m2_upto
from .i18n import translate
from .errors import MineActionError
from .settings import DEFAULT_TOLERANCE_M2  # the one default, in the light settings module
from .polygon_ops import (WORKERS, concurrently, explode, object_array, polygonal, polygonal_all,
                          query_pairs, repair_all, rowwise)
from .vocabulary import (ACTIVITY_TYPE, CONFIRMING_OUTCOME, HAZARD_CLASS,
                         HAZARD_STATUS, OUTCOMES_BY_ACTIVITY, RELEASE_OUTCOME,
                         RELEASING_OUTCOMES)

#: RELEASE_HISTORY ``event`` codes
EVENT_RELEASED = "released"
EVENT_CONFIRMED = "confirmed"
EVENT_STATUS = "status_changed"

_EMPTY = shapely.Polygon()
#: an end date this far after ``today`` is still accepted (time zones)
FUTURE_GRACE = datetime.timedelta(days=1)
_TOUCH_DEG = 1e-7  # about 1 cm: "next to the activity" for sliver absorption
#: rows per vectorised batch: large enough to amortise Python, small enough
#: that the batch's temporary geometries do not set the peak memory
_CHUNK = 5000


# --------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class Hazard:
    """A hazard record (HAZARDS layer). ``geometry`` is lon/lat.

    ``confirmed_geometry`` is the part of an SHA already confirmed (CHA), as
    written by ``LandReleaseResult.as_hazards``; ignored for a CHA.
    """

    hazard_id: str
    geometry: object
    hazard_class: str
    date_of_information: datetime.date
    status: str = "open"
    confirmed_geometry: object = None


@dataclass(frozen=True)
class Activity:
    """A land release activity (ACTIVITIES layer). ``geometry`` is lon/lat."""

    activity_id: str
    activity_type: str
    outcome: str
    end_date: datetime.date
    geometry: object
    hazard_id: str = None
    organisation: str = None


# -------------------------------------------------------------------- outputs
@dataclass(frozen=True)
class RemainingArea:
    hazard_id: str
    hazard_class: str
    geometry: object
    area_m2: float


@dataclass(frozen=True)
class ReleasedArea:
    hazard_id: str
    activity_id: str
    activity_type: str
    outcome: str
    release_date: datetime.date
    from_class: str
    geometry: object
    area_m2: float
    organisation: str = None


@dataclass
class LedgerRow:
    """Per-hazard account in m²: original = released + remaining."""

    hazard_id: str
    hazard_class: str
    original_m2: float = 0.0
    cancelled_m2: float = 0.0
    reduced_ta_m2: float = 0.0
    reduced_nta_m2: float = 0.0
    cleared_m2: float = 0.0
    confirmed_m2: float = 0.0  # SHA land turned CHA (still remaining)
    remaining_sha_m2: float = 0.0
    remaining_cha_m2: float = 0.0
    status_before: str = "open"
    status: str = "open"

    @property
    def released_m2(self):
        return (self.cancelled_m2 + self.reduced_ta_m2 + self.reduced_nta_m2
                + self.cleared_m2)

    @property
    def remaining_m2(self):
        return self.remaining_sha_m2 + self.remaining_cha_m2

    @property
    def imbalance_m2(self):
        return self.original_m2 - self.released_m2 - self.remaining_m2


@dataclass(frozen=True)
class HistoryEvent:
    """One row of RELEASE_HISTORY (its field names)."""

    hazard_id: str
    activity_id: str
    event_date: datetime.date
    event: str
    outcome: str = None
    area_m2: float = None
    from_class: str = None
    to_class: str = None
    from_status: str = None
    to_status: str = None
    organisation: str = None

    def as_record(self):
        return dict(self.__dict__)


@dataclass
class LandReleaseResult:
    remaining: list
    released: list
    ledger: dict  # hazard_id -> LedgerRow
    history: list
    flags: list
    tolerance_m2: float = DEFAULT_TOLERANCE_M2
    _hazards: dict = dc_field(default_factory=dict, repr=False)

    def flags_with(self, code):
        return [flag for flag in self.flags if flag.code == code]

    def as_hazards(self):
        """Hazard records after the replay (remaining land, new status, date of
        information moved to the last change): feeding them back with the same
        activities changes nothing."""
        by_hazard = {}
        for part in self.remaining:
            by_hazard.setdefault(part.hazard_id, {})[part.hazard_class] = part.geometry
        last_change = {}
        for event in self.history:
            day = last_change.get(event.hazard_id)
            if day is None or event.event_date > day:
                last_change[event.hazard_id] = event.event_date
        out = []
        for hazard_id, hazard in sorted(self._hazards.items()):
            parts = by_hazard.get(hazard_id, {})
            sha, cha = parts.get("SHA", _EMPTY), parts.get("CHA", _EMPTY)
            klass = "CHA" if hazard.hazard_class == "CHA" or sha.is_empty and not cha.is_empty else "SHA"
            day = max(hazard.date_of_information,
                      last_change.get(hazard_id, hazard.date_of_information))
            out.append(Hazard(hazard_id, shapely.union(sha, cha), klass, day,
                              self.ledger[hazard_id].status,
                              cha if klass == "SHA" and not cha.is_empty else None))
        return out


class LandReleaseCancelled(Exception):
    """Raised when ``is_cancelled()`` returned True; nothing is returned."""


# ----------------------------------------------------------------- validation
def _as_date(value, feature, field):
    try:
        when = to_date(value)
    except (TypeError, ValueError):
        raise MineActionError(translate(
            "LandRelease", "{feature}: '{value}' in field {field} is not a date "
            "(YYYY-MM-DD).").format(feature=feature, value=value, field=field),
            feature=feature, field=field) from None
    if when is None:
        raise MineActionError(translate(
            "LandRelease", "{feature}: the date in field {field} is missing.").format(
                feature=feature, field=field), feature=feature, field=field)
    return when


#: the codes of each vocabulary checked, as sets (a check per feature and field)
_KNOWN = {vocabulary.name: frozenset(vocabulary.codes())
          for vocabulary in (HAZARD_CLASS, HAZARD_STATUS, ACTIVITY_TYPE, RELEASE_OUTCOME)}


def _check_code(value, vocabulary, feature, field):
    try:
        known = value in _KNOWN[vocabulary.name]
    except TypeError:  # unhashable: not a code
        known = False
    if not known:
        raise MineActionError(translate(
            "LandRelease", "{feature}: unknown code '{value}' in field {field} "
            "(expected one of {codes}).").format(
                feature=feature, value=value, field=field,
                codes=", ".join(vocabulary.codes())), feature=feature, field=field)


def _check_geometries(features, allow_empty=False):
    """A hazard may be empty (closed, nothing left); an activity must have land."""
    geometries = object_array(f.geometry for f in features)
    missing = shapely.is_missing(geometries)
    if not allow_empty:
        missing |= shapely.is_empty(geometries)
    for index in np.flatnonzero(missing)[:1]:
        feature = features[index].hazard_id if allow_empty else features[index].activity_id
        raise MineActionError(translate(
            "LandRelease", "{feature}: the geometry is missing or empty.").format(
                feature=feature), feature=feature, field="geometry")
    return geometries


def _check_unique(ids, what):
    seen = set()
    for value in ids:
        if value is None or value == "":
            raise MineActionError(translate(
                "LandRelease", "A {what} has no identifier.").format(what=what),
                field=what + "_id")
        if value in seen:
            raise MineActionError(translate(
                "LandRelease", "{feature}: the identifier is used twice.").format(
                    feature=value), feature=value, field=what + "_id")
        seen.add(value)


def _repaired(geometries, flags, **ids):
    """Repaired, densified geometries; one GEOMETRY_REPAIRED flag per repair.
    ``ids`` maps a flag field to the feature IDs, in the same order."""
    fixed, invalid = repair_all(geometries)
    for index in np.flatnonzero(invalid):
        flags.append(qa.QAFlag(qa.GEOMETRY_REPAIRED, geometry=fixed[index],
                               **{key: names[index] for key, names in ids.items()}))
    return fixed


def _validate_hazards(hazards, flags):
    _check_unique([h.hazard_id for h in hazards], "hazard")
    days = []
    for hazard in hazards:
        name = hazard.hazard_id
        _check_code(hazard.hazard_class, HAZARD_CLASS, name, "hazard_class")
        _check_code(hazard.status, HAZARD_STATUS, name, "status")
        days.append(_as_date(hazard.date_of_information, name, "date_of_information"))
    geometries = _repaired(_check_geometries(hazards, allow_empty=True), flags,
                           hazard_id=[h.hazard_id for h in hazards])
    confirmed = [i for i, h in enumerate(hazards)
                 if h.confirmed_geometry is not None and not h.confirmed_geometry.is_empty]
    fixed = dict(zip(confirmed, repair_all(
        object_array(hazards[i].confirmed_geometry for i in confirmed))[0]))
    clean = [Hazard(h.hazard_id, geometries[i], h.hazard_class, days[i], h.status,
                    fixed[i] if i in fixed and not fixed[i].is_empty else None)
             for i, h in enumerate(hazards)]
    clean.sort(key=lambda h: (h.date_of_information, h.hazard_id))
    return clean


def _validate_activities(activities, hazard_ids, flags):
    _check_unique([a.activity_id for a in activities], "activity")
    checked = []
    for activity in activities:
        name = activity.activity_id
        _check_code(activity.activity_type, ACTIVITY_TYPE, name, "activity_type")
        _check_code(activity.outcome, RELEASE_OUTCOME, name, "outcome")
        if activity.outcome not in OUTCOMES_BY_ACTIVITY[activity.activity_type]:
            raise MineActionError(translate(
                "LandRelease", "{feature}: outcome '{outcome}' in field outcome is not "
                "possible for activity type '{activity_type}'.").format(
                    feature=name, outcome=activity.outcome,
                    activity_type=activity.activity_type),
                feature=name, field="outcome")
        day = _as_date(activity.end_date, name, "end_date")
        link = activity.hazard_id or None
        if link is not None and link not in hazard_ids:
            raise MineActionError(translate(
                "LandRelease", "{feature}: hazard '{hazard}' in field hazard_id does "
                "not exist.").format(feature=name, hazard=link),
                feature=name, field="hazard_id")
        checked.append((day, link))
    geometries = _repaired(_check_geometries(activities), flags,
                           activity_id=[a.activity_id for a in activities])
    clean = [Activity(a.activity_id, a.activity_type, a.outcome, day, geometries[i], link,
                      a.organisation)
             for i, (a, (day, link)) in enumerate(zip(activities, checked))]
    clean.sort(key=lambda a: (a.end_date, a.activity_id))
    return clean


def _not_future(hazards, activities, today, flags):
    """The activities that end by today (plus the grace); the others and
    future-dated hazards are flagged."""
    latest = (today or datetime.date.today()) + FUTURE_GRACE
    for hazard in hazards:
        if hazard.date_of_information > latest:
            flags.append(qa.QAFlag(qa.FUTURE_HAZARD_DATE, hazard_id=hazard.hazard_id,
                                   geometry=hazard.geometry))
    kept = []
    for activity in activities:
        if activity.end_date > latest:
            flags.append(qa.QAFlag(qa.FUTURE_DATE, hazard_id=activity.hazard_id,
                                   activity_id=activity.activity_id, geometry=activity.geometry))
        else:
            kept.append(activity)
    return kept


# ------------------------------------------------------------------- helpers
class _Progress:
    def __init__(self, progress, is_cancelled):
        self._progress, self._is_cancelled = progress, is_cancelled

    def __call__(self, fraction):
        if self._is_cancelled is not None and self._is_cancelled():
            raise LandReleaseCancelled()
        if self._progress is not None:
            self._progress(min(1.0, max(0.0, fraction)))


def _empties(count):
    array = np.empty(count, dtype=object)
    array[:] = _EMPTY
    return array


def _overlay(function, left, right, rows, out):
    """``out[rows]`` = polygonal ``function(left, right)`` on those rows only:
    rows whose answer is known (an empty side) cost no overlay."""
    if rows.any():
        out[rows] = polygonal_all(rowwise(function, left[rows], right[rows]))
    return out


def _measure(geometries, rows, known):
    """Areas: ``known`` where already measured, ``areas_m2`` on ``rows``."""
    sizes = np.array(known, dtype=float)
    if rows.any():
        sizes[rows] = areas_m2(geometries[rows])
    return sizes


def _found(tools, land, pristine, pieces):
    """(land ∩ tool, tool covers the land, the land is not empty) per row.
    A pristine hazard's land is the whole hazard: its piece is the answer."""
    n = len(land)
    found, inside = ~shapely.is_empty(land), _empties(n)
    # predicates only where there is land: the GEOS desktop QGIS loads (3.11)
    # raises the floating-point "invalid" flag on an empty operand, which numpy
    # prints as "RuntimeWarning: invalid value encountered in covers"
    gone = found.copy()
    gone[found] = shapely.covers(tools[found], land[found])
    inside[gone] = land[gone]
    inside[found & pristine] = pieces[found & pristine]
    rows = found & ~gone & ~pristine
    rows[rows] = shapely.intersects(tools[rows], land[rows])
    return _overlay(shapely.intersection, tools, land, rows, inside), gone, found


def _merged(land, bits):
    return land if bits.is_empty else polygonal(shapely.union(land, bits))


def _found_land(klass, land, took, size, merged, merged_m2):
    """(class, land, m²) one class gives up to a releasing activity, with the
    slivers it absorbed; None when it gives nothing."""
    if merged is not None:
        return klass, merged, float(merged_m2)
    return (klass, land, float(size)) if took else None


def _fold_small(found, tolerance):
    """The released records of one activity on one hazard, from its classes'
    ``_found_land``. A class's part of at most ``tolerance`` (an activity that
    grazes the CHA while it releases SHA) is not a record of its own: it joins
    the other class's part, so no released record is that small and no m²
    goes uncounted."""
    parts = [part for part in found if part is not None]
    if len(parts) == 2 and min(size for _klass, _land, size in parts) <= tolerance:
        (klass, land, size), (_other, bit, bit_m2) = sorted(parts, key=lambda part: -part[2])
        parts = [(klass, _merged(land, bit), size + bit_m2)]
    return parts


def _with_bits(land, bits):
    """(land merged with its absorbed bits, its m²) on rows with bits (None, 0
    elsewhere), measured in one batch."""
    rows = np.flatnonzero([b is not None for b in bits])
    merged, sizes = np.full(len(land), None, dtype=object), np.zeros(len(land))
    if len(rows):
        merged[rows] = [_merged(land[r], bits[r]) for r in rows]
        sizes[rows] = areas_m2(merged[rows])
    return merged, sizes


# --------------------------------------------------------------------- engine
def release_land(hazards, activities, tolerance_m2=DEFAULT_TOLERANCE_M2,
                 progress=None, is_cancelled=None, today=None):
    """Replay ``activities`` over ``hazards``; return a ``LandReleaseResult``.

    ``progress(fraction)`` is called with 0..1; ``is_cancelled()`` is polled and
    ``LandReleaseCancelled`` raised when it returns True. Bad input raises
    ``MineActionError`` naming the feature and the field. ``today`` (default
    ``date.today()``) is the latest end date applied, plus ``FUTURE_GRACE``.
    """
    step = _Progress(progress, is_cancelled)
    step(0.0)
    flags = []
    hazards = _validate_hazards(list(hazards), flags)
    activities = _validate_activities(list(activities),
                                      {h.hazard_id for h in hazards}, flags)
    activities = _not_future(hazards, activities, today, flags)
    step(0.05)

    original = object_array(h.geometry for h in hazards)
    _make_disjoint(hazards, original, tolerance_m2, flags)
    sha, cha, pristine = _initial_classes(hazards, original)
    step(0.15)

    pairs = _candidate_pairs(hazards, activities, original, tolerance_m2, flags, step)
    step(0.35)

    state = _Replay(hazards, activities, sha, cha, pristine, tolerance_m2, flags)
    state.run(pairs, step=lambda f: step(0.35 + 0.55 * f))
    step(0.9)

    result = state.result(original)
    result.flags = sorted(flags, key=qa.QAFlag.sort_key)
    result._hazards = {h.hazard_id: h for h in hazards}
    step(1.0)
    return result


def _initial_classes(hazards, original):
    """(SHA land, CHA land, pristine): a hazard is pristine while all its land
    is still its original geometry, of one class (then a piece of it needs no
    overlay to know its class)."""
    n = len(hazards)
    sha, cha = original.copy(), _empties(n)
    is_cha = np.array([h.hazard_class == "CHA" for h in hazards], dtype=bool)
    sha[is_cha], cha[is_cha] = _EMPTY, original[is_cha]
    mixed = np.array([h.hazard_class == "SHA" and h.confirmed_geometry is not None
                      for h in hazards], dtype=bool)
    if mixed.any():
        confirmed = object_array(hazards[i].confirmed_geometry for i in np.flatnonzero(mixed))
        cha[mixed] = polygonal_all(shapely.intersection(confirmed, original[mixed]))
        sha[mixed] = polygonal_all(shapely.difference(original[mixed], cha[mixed]))
    return sha, cha, ~mixed


def _make_disjoint(hazards, original, tolerance, flags):
    """Clip each hazard by the earlier records it overlaps (in place)."""
    if len(original) < 2:
        return
    tree = shapely.STRtree(original)
    left, right = query_pairs(tree, original)
    keep = left > right  # hazards are sorted by precedence: right is earlier
    later, earlier = left[keep], right[keep]
    if not len(later):
        return
    overlaps = polygonal_all(shapely.intersection(original[later], original[earlier]))
    sizes = areas_m2(overlaps)
    for index in np.flatnonzero(sizes > qa.NOISE_M2):
        flags.append(qa.QAFlag(
            qa.HAZARD_OVERLAP if sizes[index] > tolerance else qa.SLIVER,
            hazard_id=hazards[later[index]].hazard_id,
            related_id=hazards[earlier[index]].hazard_id,
            area_m2=float(sizes[index]), geometry=overlaps[index]))
    raw = original.copy()
    for hazard in np.unique(later):
        others = raw[earlier[later == hazard]]
        original[hazard] = polygonal(shapely.difference(raw[hazard], shapely.union_all(others)))


def _candidate_pairs(hazards, activities, original, tolerance, flags, step):
    """(activity index, hazard index, activity ∩ hazard, its m²) for every pair
    that can act; flags outside / early / sliver activities."""
    m = len(activities)
    if not m:
        return [np.empty(0, int), np.empty(0, int), object_array([]), np.empty(0)]
    geometries = object_array(a.geometry for a in activities)
    pa, ph = query_pairs(shapely.STRtree(original), geometries)
    index_of = {h.hazard_id: i for i, h in enumerate(hazards)}
    link = np.array([index_of.get(a.hazard_id, -1) for a in activities], dtype=int)
    ok = (link[pa] < 0) | (link[pa] == ph)
    pa, ph = pa[ok], ph[ok]
    order = np.lexsort((ph, pa))
    pa, ph = pa[order], ph[order]
    # containment (a cheap predicate) answers without an overlay
    clipped = _empties(len(pa))
    whole = rowwise(shapely.covers, geometries[pa], original[ph])
    clipped[whole] = original[ph[whole]]
    inner = ~whole & rowwise(shapely.covers, original[ph], geometries[pa])
    clipped[inner] = geometries[pa[inner]]
    rest = np.flatnonzero(~whole & ~inner)
    for start in range(0, len(rest), _CHUNK):
        rows = rest[start:start + _CHUNK]
        clipped[rows] = polygonal_all(rowwise(shapely.intersection, geometries[pa[rows]],
                                               original[ph[rows]]))
        step(0.15 + 0.15 * min(start + _CHUNK, len(rest)) / len(rest))
    sizes = areas_m2(clipped)
    keep = sizes > tolerance
    for index in np.flatnonzero((sizes > qa.NOISE_M2) & ~keep):
        flags.append(qa.QAFlag(qa.SLIVER, hazard_id=hazards[ph[index]].hazard_id,
                               activity_id=activities[pa[index]].activity_id,
                               area_m2=float(sizes[index]), geometry=clipped[index]))
    hazard_day = np.array([h.date_of_information.toordinal() for h in hazards], dtype=int)
    activity_day = np.array([a.end_date.toordinal() for a in activities], dtype=int)
    early = keep & (activity_day[pa] < hazard_day[ph])
    for index in np.flatnonzero(early):
        flags.append(qa.QAFlag(qa.ACTIVITY_BEFORE_HAZARD,
                               hazard_id=hazards[ph[index]].hazard_id,
                               activity_id=activities[pa[index]].activity_id,
                               geometry=clipped[index]))
    matched = np.zeros(m, dtype=bool)
    matched[pa[keep]] = True
    for index in np.flatnonzero(~matched):
        flags.append(qa.QAFlag(qa.ACTIVITY_OUTSIDE_HAZARDS,
                               hazard_id=activities[index].hazard_id,
                               activity_id=activities[index].activity_id,
                               geometry=activities[index].geometry))
    keep &= ~early
    return [pa[keep], ph[keep], clipped[keep], sizes[keep]]


class _Replay:
    """The replay state: SHA and CHA land of every hazard, and what happened."""

    def __init__(self, hazards, activities, sha, cha, pristine, tolerance, flags):
        self.hazards, self.activities = hazards, activities
        self.sha, self.cha, self.pristine = sha, cha, pristine
        self.tolerance, self.flags = tolerance, flags
        self.confirming = np.array([a.outcome == CONFIRMING_OUTCOME for a in activities],
                                   dtype=bool)
        # hazard land lies in its hazard, so land ∩ activity = land ∩ piece; the
        # activity as drawn shares no edges with the land, which overlays do faster
        self.tools = object_array(a.geometry for a in activities)
        self.status = [h.status for h in hazards]
        self.released, self.events = [], []
        self.ledger = [LedgerRow(h.hazard_id, h.hazard_class, status_before=h.status,
                                 status=h.status) for h in hazards]

    def run(self, pairs, step):
        """Replay the (activity, hazard, piece, piece m²) ``pairs`` (a list,
        emptied: each piece is freed once applied). Hazards evolve
        independently, so they are shared out between threads by index."""
        pa, ph, pieces, piece_m2 = pairs
        pairs.clear()
        if not len(pa):
            return
        groups = [np.flatnonzero(ph % WORKERS == k) for k in range(WORKERS)]
        groups = [rows for rows in groups if len(rows)]
        work = [[pa[rows], ph[rows], pieces[rows], piece_m2[rows]] for rows in groups]
        del pieces
        done = [0] * len(work)

        def replay(k, stop):
            for applied in self._rounds(work[k]):
                done[k] += applied
                if stop.is_set():
                    return

        concurrently(replay, len(work), lambda: step(sum(done) / len(pa)))
        step(1.0)

    def _rounds(self, pairs):
        """Round r applies the r-th activity of every hazard, vectorised;
        yields the number of rows applied after each batch. ``pairs`` is
        emptied, like ``run``'s."""
        pa, ph, pieces, piece_m2 = pairs
        pairs.clear()
        order = np.lexsort((pa, ph))  # activities are sorted in replay order
        pa, ph, pieces, piece_m2 = pa[order], ph[order], pieces[order], piece_m2[order]
        first = np.r_[True, ph[1:] != ph[:-1]]
        starts = np.maximum.accumulate(np.where(first, np.arange(len(ph)), 0))
        rank = np.arange(len(ph)) - starts
        for r in range(int(rank.max()) + 1):
            selected = np.flatnonzero(rank == r)
            for start in range(0, len(selected), _CHUNK):
                chunk = selected[start:start + _CHUNK]
                self._apply(pa[chunk], ph[chunk], pieces[chunk], piece_m2[chunk])
                pieces[chunk] = None  # peak memory: a piece is needed once
                yield len(chunk)

    def _apply(self, pa, ph, pieces, piece_m2):
        """One activity on each of distinct hazards: overlays and areas for all
        rows at once; Python only for the records written."""
        tol = self.tolerance
        sha, cha = self.sha[ph], self.cha[ph]
        confirming, pristine = self.confirming[pa], self.pristine[ph]
        tools = self.tools[pa]
        in_sha, sha_gone, sha_found = _found(tools, sha, pristine, pieces)
        in_cha, cha_gone, cha_found = _found(tools, cha, pristine, pieces)
        sha_m2 = _measure(in_sha, sha_found & ~pristine, np.where(sha_found, piece_m2, 0.0))
        cha_m2 = _measure(in_cha, cha_found & ~pristine, np.where(cha_found, piece_m2, 0.0))
        self._flag_already_released(pa, ph, pieces, piece_m2 - sha_m2 - cha_m2)
        acted_m2 = np.where(confirming, sha_m2, sha_m2 + cha_m2)
        for i in np.flatnonzero((acted_m2 <= tol) & (acted_m2 > qa.NOISE_M2)):
            self.flags.append(qa.QAFlag(
                qa.SLIVER, hazard_id=self.hazards[ph[i]].hazard_id,
                activity_id=self.activities[pa[i]].activity_id, area_m2=float(acted_m2[i]),
                geometry=in_sha[i] if confirming[i] else polygonal(shapely.union(in_sha[i],
                                                                                 in_cha[i]))))
        c = np.flatnonzero(acted_m2 > tol)
        if len(c):
            self._commit(pa[c], ph[c], pieces[c], in_sha[c], in_cha[c], sha_m2[c],
                         cha_m2[c], confirming[c], sha_gone[c], cha_gone[c])

    def _flag_already_released(self, pa, ph, pieces, gap_m2):
        """ALREADY_RELEASED where the piece exceeds the land it found by more
        than the tolerance; the area gap says which rows need the overlay."""
        rows = np.flatnonzero(gap_m2 > 0.99 * self.tolerance - 1e-6)
        if not len(rows):
            return
        sha, cha = self.sha[ph[rows]], self.cha[ph[rows]]
        land = np.where(shapely.is_empty(cha), sha, cha)
        both = ~shapely.is_empty(sha) & ~shapely.is_empty(cha)
        _overlay(shapely.union, sha, cha, both, land)
        overlap = polygonal_all(rowwise(shapely.difference, pieces[rows], land))
        sizes = areas_m2(overlap)
        for k in np.flatnonzero(sizes > self.tolerance):
            i = rows[k]
            self.flags.append(qa.QAFlag(
                qa.ALREADY_RELEASED, hazard_id=self.hazards[ph[i]].hazard_id,
                activity_id=self.activities[pa[i]].activity_id,
                area_m2=float(sizes[k]), geometry=overlap[k]))

    def _commit(self, pa, ph, pieces, in_sha, in_cha, sha_m2, cha_m2, confirming,
                sha_gone, cha_gone):
        sha, cha, tools = self.sha[ph], self.cha[ph], self.tools[pa]
        took_sha, took_cha = ~shapely.is_empty(in_sha), ~shapely.is_empty(in_cha)
        new_sha = sha.copy()
        new_sha[sha_gone] = _EMPTY
        _overlay(shapely.difference, sha, tools, took_sha & ~sha_gone, new_sha)
        new_cha = _overlay(shapely.union, cha, in_sha, confirming & took_sha, cha.copy())
        new_cha[~confirming & cha_gone] = _EMPTY
        _overlay(shapely.difference, cha, tools, ~confirming & took_cha & ~cha_gone, new_cha)
        new_sha, sha_bits, sha_left, sha_bits_m2 = self._absorb(
            new_sha, pieces, pa, ph, np.ones(len(pa), dtype=bool))
        new_cha, cha_bits, cha_left, cha_bits_m2 = self._absorb(
            new_cha, pieces, pa, ph, ~confirming)
        sha_merged, sha_merged_m2 = _with_bits(in_sha, sha_bits)
        cha_merged, cha_merged_m2 = _with_bits(in_cha, cha_bits)
        for j in range(len(pa)):
            activity, hazard, h = self.activities[pa[j]], self.hazards[ph[j]], ph[j]
            if confirming[j]:
                size = sha_m2[j]
                if sha_bits[j] is not None:
                    new_cha[j] = polygonal(shapely.union(new_cha[j], sha_bits[j]))
                    size = sha_merged_m2[j]
                self.ledger[h].confirmed_m2 += size
                self._event(activity, hazard, EVENT_CONFIRMED, activity.outcome, float(size),
                            from_class="SHA", to_class="CHA")
                left = sha_left[j] + cha_left[j] + sha_bits_m2[j]
            else:
                found = (_found_land("SHA", in_sha[j], took_sha[j], sha_m2[j],
                                     sha_merged[j], sha_merged_m2[j]),
                         _found_land("CHA", in_cha[j], took_cha[j], cha_m2[j],
                                     cha_merged[j], cha_merged_m2[j]))
                for klass, land, size in _fold_small(found, self.tolerance):
                    self._release(activity, hazard, h, klass, land, size)
                left = sha_left[j] + cha_left[j]
            self.sha[h], self.cha[h], self.pristine[h] = new_sha[j], new_cha[j], False
            if self.status[h] == "open":
                self._set_status(h, activity, hazard, "worked_on")
            if self.status[h] != "closed" and left <= self.tolerance:
                self._set_status(h, activity, hazard, "closed")

    def _release(self, activity, hazard, h, klass, land, size):
        row = self.ledger[h]
        setattr(row, activity.outcome + "_m2", getattr(row, activity.outcome + "_m2") + size)
        self.released.append(ReleasedArea(
            hazard.hazard_id, activity.activity_id, activity.activity_type,
            activity.outcome, activity.end_date, klass, land, size, activity.organisation))
        self._event(activity, hazard, EVENT_RELEASED, activity.outcome, size,
                    from_class=klass)

    def _absorb(self, land, pieces, pa, ph, allowed):
        """Split off parts of ``land`` below the tolerance touching the row's
        piece (rows where ``allowed``). Returns (land, bits or None, m² left
        (inf when certainly above the tolerance), bits m²)."""
        tol, n = self.tolerance, len(land)
        parts, row = explode(land)
        sizes = areas_m2_upto(parts, tol)  # inf: certainly more than the tolerance
        left = np.bincount(row, sizes, minlength=n)
        bits, bits_m2 = np.full(n, None, dtype=object), np.zeros(n)
        small = np.flatnonzero((sizes <= tol) & allowed[row] & ~shapely.is_empty(parts))
        if len(small):
            small = small[shapely.dwithin(parts[small], pieces[row[small]], _TOUCH_DEG)]
        for r in np.unique(row[small]):
            take = small[row[small] == r]
            keep = np.setdiff1d(np.flatnonzero(row == r), take)
            for index in take[sizes[take] > qa.NOISE_M2]:
                self.flags.append(qa.QAFlag(
                    qa.SLIVER, hazard_id=self.hazards[ph[r]].hazard_id,
                    activity_id=self.activities[pa[r]].activity_id,
                    area_m2=float(sizes[index]), geometry=parts[index]))
            land[r] = polygonal(shapely.union_all(parts[keep])) if len(keep) else _EMPTY
            bits[r] = shapely.union_all(parts[take])
            bits_m2[r] = sizes[take].sum()
            left[r] -= bits_m2[r]
        return land, bits, left, bits_m2

    def _set_status(self, h, activity, hazard, to_status):
        self._event(activity, hazard, EVENT_STATUS, from_status=self.status[h],
                    to_status=to_status)
        self.status[h] = to_status

    def _event(self, activity, hazard, event, outcome=None, size=None, **change):
        self.events.append(HistoryEvent(
            hazard.hazard_id, activity.activity_id, activity.end_date, event, outcome,
            size, organisation=activity.organisation, **change))

    def result(self, original):
        remaining = []
        original_m2 = areas_m2(original)
        measured = {"SHA": (self.sha, areas_m2(self.sha)), "CHA": (self.cha, areas_m2(self.cha))}
        empty = {klass: shapely.is_empty(land) for klass, (land, _m2) in measured.items()}
        for h, hazard in enumerate(self.hazards):
            row = self.ledger[h]
            row.original_m2 = float(original_m2[h])
            row.status = self.status[h]
            for klass, (land, sizes) in measured.items():
                if empty[klass][h]:
                    continue
                size = float(sizes[h])
                setattr(row, "remaining_%s_m2" % klass.lower(), size)
                remaining.append(RemainingArea(hazard.hazard_id, klass, land[h], size))
        order = {a.activity_id: i for i, a in enumerate(self.activities)}
        self.released.sort(key=lambda r: (order[r.activity_id], r.hazard_id, r.from_class))
        self.events.sort(key=lambda e: (order[e.activity_id], e.hazard_id))
        return LandReleaseResult(remaining, self.released,
                                 {row.hazard_id: row for row in self.ledger},
                                 self.events, [], self.tolerance)


__all__ = ["Hazard", "Activity", "RemainingArea", "ReleasedArea", "LedgerRow",
           "HistoryEvent", "LandReleaseResult", "LandReleaseCancelled",
           "release_land", "DEFAULT_TOLERANCE_M2", "FUTURE_GRACE", "RELEASING_OUTCOMES",
           "EVENT_RELEASED", "EVENT_CONFIRMED", "EVENT_STATUS"]
