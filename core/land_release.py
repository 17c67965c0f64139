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
* pieces below ``tolerance_m2`` are never released: a released piece that
  small is dropped; a remaining piece that small next to the activity is
  released with it (a team does not leave a 0.3 m² island);
* a hazard is ``worked_on`` once an activity changed it and ``closed`` when no
  more than ``tolerance_m2`` remains.

Geometry is processed in lon/lat degrees with shapely 2 vectorised functions,
hazards of one replay round at a time (hazards are disjoint, so they evolve
independently); areas are ellipsoidal (``geodesy.area_m2``).
"""

import datetime
from dataclasses import dataclass, field as dc_field

import numpy as np
import shapely

from . import release_qa as qa
from .geodesy import area_m2
from .i18n import MineActionError, translate
from .polygon_ops import maybe_small, polygonal, repair
from .vocabulary import (ACTIVITY_TYPE, CONFIRMING_OUTCOME, HAZARD_CLASS,
                         HAZARD_STATUS, OUTCOMES_BY_ACTIVITY, RELEASE_OUTCOME,
                         RELEASING_OUTCOMES)

DEFAULT_TOLERANCE_M2 = 1.0
#: RELEASE_HISTORY ``event`` codes
EVENT_RELEASED = "released"
EVENT_CONFIRMED = "confirmed"
EVENT_STATUS = "status_changed"

_EMPTY = shapely.Polygon()
_TOUCH_DEG = 1e-7  # about 1 cm: "next to the activity" for sliver absorption


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
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise MineActionError(translate(
                "LandRelease", "{feature}: '{value}' in field {field} is not a date "
                "(YYYY-MM-DD).").format(feature=feature, value=value, field=field),
                feature=feature, field=field) from None
    raise MineActionError(translate(
        "LandRelease", "{feature}: the date in field {field} is missing.").format(
            feature=feature, field=field), feature=feature, field=field)


def _check_code(value, vocabulary, feature, field):
    if value not in vocabulary:
        raise MineActionError(translate(
            "LandRelease", "{feature}: unknown code '{value}' in field {field} "
            "(expected one of {codes}).").format(
                feature=feature, value=value, field=field,
                codes=", ".join(vocabulary.codes())), feature=feature, field=field)


def _check_geometry(geometry, feature, flags, allow_empty=False, **ids):
    """Repaired polygonal geometry. A hazard may be empty (closed, nothing
    left); an activity must have land."""
    if geometry is None or (geometry.is_empty and not allow_empty):
        raise MineActionError(translate(
            "LandRelease", "{feature}: the geometry is missing or empty.").format(
                feature=feature), feature=feature, field="geometry")
    fixed, repaired = repair(geometry)
    if repaired:
        flags.append(qa.QAFlag(qa.GEOMETRY_REPAIRED, geometry=fixed, **ids))
    return fixed


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


def _validate_hazards(hazards, flags):
    _check_unique([h.hazard_id for h in hazards], "hazard")
    clean = []
    for hazard in hazards:
        name = hazard.hazard_id
        _check_code(hazard.hazard_class, HAZARD_CLASS, name, "hazard_class")
        _check_code(hazard.status, HAZARD_STATUS, name, "status")
        day = _as_date(hazard.date_of_information, name, "date_of_information")
        geometry = _check_geometry(hazard.geometry, name, flags, allow_empty=True,
                                   hazard_id=name)
        confirmed = hazard.confirmed_geometry
        if confirmed is not None and not confirmed.is_empty:
            confirmed = repair(confirmed)[0]
        clean.append(Hazard(name, geometry, hazard.hazard_class, day, hazard.status,
                            confirmed if confirmed is not None and not confirmed.is_empty
                            else None))
    clean.sort(key=lambda h: (h.date_of_information, h.hazard_id))
    return clean


def _validate_activities(activities, hazard_ids, flags):
    _check_unique([a.activity_id for a in activities], "activity")
    clean = []
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
        geometry = _check_geometry(activity.geometry, name, flags, activity_id=name)
        clean.append(Activity(name, activity.activity_type, activity.outcome, day,
                              geometry, link, activity.organisation))
    clean.sort(key=lambda a: (a.end_date, a.activity_id))
    return clean


# ------------------------------------------------------------------- helpers
class _Progress:
    def __init__(self, progress, is_cancelled):
        self._progress, self._is_cancelled = progress, is_cancelled

    def __call__(self, fraction):
        if self._is_cancelled is not None and self._is_cancelled():
            raise LandReleaseCancelled()
        if self._progress is not None:
            self._progress(min(1.0, max(0.0, fraction)))


def _clean(geometries):
    """Keep only polygonal results of vectorised overlays (in place)."""
    kinds = shapely.get_type_id(geometries)
    for index in np.flatnonzero(~np.isin(kinds, (3, 6))):
        geometries[index] = polygonal(geometries[index])
    return geometries


def _objects(values):
    values = list(values)
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _merged(land, bits):
    return land if bits.is_empty else polygonal(shapely.union(land, bits))


def _rows_with_small_parts(geometries, tolerance):
    """Rows having a part the screen cannot rule out as a sliver."""
    parts, rows = shapely.get_parts(geometries, return_index=True)
    mask = np.zeros(len(geometries), dtype=bool)
    if len(parts):
        mask[rows[maybe_small(parts, tolerance)]] = True
    return mask


def _exact_small(geometries, tolerance):
    """Exact areas where the screen says a geometry may be below ``tolerance``;
    +inf elsewhere (those are certainly larger)."""
    result = np.full(len(geometries), np.inf)
    for index in np.flatnonzero(maybe_small(geometries, tolerance)):
        result[index] = area_m2(geometries[index])
    result[shapely.is_empty(geometries)] = 0.0
    return result


# --------------------------------------------------------------------- engine
def release_land(hazards, activities, tolerance_m2=DEFAULT_TOLERANCE_M2,
                 progress=None, is_cancelled=None):
    """Replay ``activities`` over ``hazards``; return a ``LandReleaseResult``.

    ``progress(fraction)`` is called with 0..1; ``is_cancelled()`` is polled and
    ``LandReleaseCancelled`` raised when it returns True. Bad input raises
    ``MineActionError`` naming the feature and the field.
    """
    step = _Progress(progress, is_cancelled)
    step(0.0)
    flags = []
    hazards = _validate_hazards(list(hazards), flags)
    activities = _validate_activities(list(activities),
                                      {h.hazard_id for h in hazards}, flags)
    step(0.05)

    n = len(hazards)
    original = _objects(h.geometry for h in hazards)
    _make_disjoint(hazards, original, tolerance_m2, flags)
    cha = _objects(_EMPTY if h.hazard_class == "SHA" and h.confirmed_geometry is None
                   else original[i] if h.hazard_class == "CHA"
                   else h.confirmed_geometry for i, h in enumerate(hazards))
    cha = _clean(shapely.intersection(cha, original))
    sha = _clean(shapely.difference(original, cha))
    step(0.15)

    pairs_a, pairs_h, clipped = _candidate_pairs(hazards, activities, original,
                                                 tolerance_m2, flags, step)
    step(0.35)

    state = _Replay(hazards, activities, sha, cha, tolerance_m2, flags)
    state.run(pairs_a, pairs_h, clipped, lambda f: step(0.35 + 0.55 * f))
    step(0.9)

    result = state.result(original)
    result.flags = sorted(flags, key=qa.QAFlag.sort_key)
    result._hazards = {h.hazard_id: h for h in hazards}
    step(1.0)
    return result


def _make_disjoint(hazards, original, tolerance, flags):
    """Clip each hazard by the earlier records it overlaps (in place)."""
    if len(original) < 2:
        return
    tree = shapely.STRtree(original)
    left, right = tree.query(original, predicate="intersects")
    keep = left > right  # hazards are sorted by precedence: right is earlier
    later, earlier = left[keep], right[keep]
    if not len(later):
        return
    overlaps = _clean(shapely.intersection(original[later], original[earlier]))
    sizes = _exact_small(overlaps, tolerance)
    for index in np.flatnonzero(sizes > qa.NOISE_M2):
        size = sizes[index] if np.isfinite(sizes[index]) else area_m2(overlaps[index])
        flags.append(qa.QAFlag(
            qa.HAZARD_OVERLAP if size > tolerance else qa.SLIVER,
            hazard_id=hazards[later[index]].hazard_id,
            related_id=hazards[earlier[index]].hazard_id,
            area_m2=size, geometry=overlaps[index]))
    raw = original.copy()
    for hazard in np.unique(later):
        others = raw[earlier[later == hazard]]
        original[hazard] = polygonal(shapely.difference(raw[hazard], shapely.union_all(others)))


def _candidate_pairs(hazards, activities, original, tolerance, flags, step):
    """(activity index, hazard index, activity ∩ hazard) for every pair that
    can act, in replay order; flags outside / early / sliver activities."""
    m = len(activities)
    if not m:
        return np.empty(0, int), np.empty(0, int), _objects([])
    geometries = _objects(a.geometry for a in activities)
    tree = shapely.STRtree(original)
    pa, ph = tree.query(geometries, predicate="intersects")
    hazard_ids = np.array([h.hazard_id for h in hazards], dtype=object)
    links = np.array([a.hazard_id for a in activities], dtype=object)
    ok = np.array([links[a] is None or links[a] == hazard_ids[h]
                   for a, h in zip(pa, ph)], dtype=bool)
    pa, ph = pa[ok], ph[ok]
    order = np.lexsort((ph, pa))
    pa, ph = pa[order], ph[order]
    clipped = _objects([])
    chunks = []
    for start in range(0, len(pa), 20000):
        stop = start + 20000
        chunks.append(_clean(shapely.intersection(geometries[pa[start:stop]],
                                                  original[ph[start:stop]])))
        step(0.15 + 0.15 * min(stop, len(pa)) / len(pa))
    if chunks:
        clipped = np.concatenate(chunks)
    sizes = _exact_small(clipped, tolerance)
    keep = sizes > tolerance
    for index in np.flatnonzero((sizes > qa.NOISE_M2) & ~keep):
        flags.append(qa.QAFlag(qa.SLIVER, hazard_id=hazards[ph[index]].hazard_id,
                               activity_id=activities[pa[index]].activity_id,
                               area_m2=float(sizes[index]), geometry=clipped[index]))
    hazard_day = np.array([h.date_of_information for h in hazards], dtype=object)
    activity_day = np.array([a.end_date for a in activities], dtype=object)
    early = keep & (activity_day[pa] < hazard_day[ph]).astype(bool) if len(pa) else keep
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
    return pa[keep], ph[keep], clipped[keep]


class _Replay:
    """The replay state: SHA and CHA land of every hazard, and what happened."""

    def __init__(self, hazards, activities, sha, cha, tolerance, flags):
        self.hazards, self.activities = hazards, activities
        self.sha, self.cha = sha, cha
        self.tolerance, self.flags = tolerance, flags
        self.status = [h.status for h in hazards]
        self.released, self.events = [], []
        self.ledger = [LedgerRow(h.hazard_id, h.hazard_class, status_before=h.status,
                                 status=h.status) for h in hazards]

    def run(self, pa, ph, clipped, step):
        """Round r applies the r-th activity of every hazard, vectorised."""
        if not len(pa):
            return
        order = np.lexsort((pa, ph))  # activities are sorted in replay order
        pa, ph, clipped = pa[order], ph[order], clipped[order]
        first = np.r_[True, ph[1:] != ph[:-1]]
        starts = np.maximum.accumulate(np.where(first, np.arange(len(ph)), 0))
        rank = np.arange(len(ph)) - starts
        rounds = int(rank.max()) + 1
        done = 0
        for r in range(rounds):
            selected = np.flatnonzero(rank == r)
            for start in range(0, len(selected), 20000):
                chunk = selected[start:start + 20000]
                self._apply(pa[chunk], ph[chunk], clipped[chunk])
                done += len(chunk)
                step(done / len(pa))

    def _apply(self, pa, ph, pieces):
        tol = self.tolerance
        sha, cha = self.sha[ph], self.cha[ph]
        confirming = np.array([self.activities[a].outcome == CONFIRMING_OUTCOME
                               for a in pa], dtype=bool)
        in_sha = _clean(shapely.intersection(pieces, sha))
        in_cha = _clean(shapely.intersection(pieces, cha))
        new_sha = _clean(shapely.difference(sha, pieces))
        new_cha = _clean(np.where(confirming, shapely.union(cha, in_sha),
                                  shapely.difference(cha, pieces)))
        acted = _clean(shapely.union(in_sha, in_cha))
        overlap = _clean(shapely.difference(pieces, acted))
        overlap_size = _exact_small(overlap, tol)
        acted_size = _exact_small(np.where(confirming, in_sha, acted), tol)
        # screens, vectorised: which rows may leave slivers or close the hazard
        may_sliver = _rows_with_small_parts(new_sha, tol) | _rows_with_small_parts(new_cha, tol)
        may_close = ((shapely.is_empty(new_sha) | maybe_small(new_sha, tol))
                     & (shapely.is_empty(new_cha) | maybe_small(new_cha, tol)))
        for i in range(len(pa)):
            if np.isinf(overlap_size[i]) or overlap_size[i] > tol:
                self.flags.append(qa.QAFlag(
                    qa.ALREADY_RELEASED,
                    hazard_id=self.hazards[ph[i]].hazard_id,
                    activity_id=self.activities[pa[i]].activity_id,
                    area_m2=area_m2(overlap[i]), geometry=overlap[i]))
            if acted_size[i] <= tol:
                if acted_size[i] > qa.NOISE_M2:
                    self.flags.append(qa.QAFlag(
                        qa.SLIVER, hazard_id=self.hazards[ph[i]].hazard_id,
                        activity_id=self.activities[pa[i]].activity_id,
                        area_m2=float(acted_size[i]),
                        geometry=in_sha[i] if confirming[i] else acted[i]))
                continue
            self._commit(pa[i], ph[i], pieces[i], in_sha[i], in_cha[i],
                         new_sha[i], new_cha[i], confirming[i], may_sliver[i],
                         may_close[i])

    def _absorb(self, remaining, piece, hazard, activity, screened=True):
        """Split off remaining parts below the tolerance touching ``piece``."""
        if not screened or remaining.is_empty:
            return remaining, _EMPTY
        parts = shapely.get_parts(remaining)
        sizes = _exact_small(parts, self.tolerance)
        small = (sizes <= self.tolerance) & shapely.dwithin(parts, piece, _TOUCH_DEG)
        if not small.any():
            return remaining, _EMPTY
        for index in np.flatnonzero(small & (sizes > qa.NOISE_M2)):
            self.flags.append(qa.QAFlag(qa.SLIVER, hazard_id=hazard, activity_id=activity,
                                        area_m2=float(sizes[index]),
                                        geometry=parts[index]))
        kept = shapely.union_all(parts[~small]) if (~small).any() else _EMPTY
        return polygonal(kept), shapely.union_all(parts[small])

    def _commit(self, a, h, piece, in_sha, in_cha, new_sha, new_cha, confirming,
                may_sliver, may_close):
        activity, hazard = self.activities[a], self.hazards[h]
        ids = (hazard.hazard_id, activity.activity_id)
        new_sha, sha_bits = self._absorb(new_sha, piece, *ids, screened=may_sliver)
        if confirming:
            new_cha = polygonal(shapely.union(new_cha, sha_bits))
            moved = polygonal(shapely.union(in_sha, sha_bits))
            size = area_m2(moved)
            self.ledger[h].confirmed_m2 += size
            self._event(activity, hazard, EVENT_CONFIRMED, activity.outcome, size,
                        from_class="SHA", to_class="CHA")
        else:
            new_cha, cha_bits = self._absorb(new_cha, piece, *ids, screened=may_sliver)
            for klass, land in (("SHA", _merged(in_sha, sha_bits)),
                                ("CHA", _merged(in_cha, cha_bits))):
                if land.is_empty:
                    continue
                size = area_m2(land)
                row = self.ledger[h]
                setattr(row, activity.outcome + "_m2",
                        getattr(row, activity.outcome + "_m2") + size)
                self.released.append(ReleasedArea(
                    hazard.hazard_id, activity.activity_id, activity.activity_type,
                    activity.outcome, activity.end_date, klass, land, size,
                    activity.organisation))
                self._event(activity, hazard, EVENT_RELEASED, activity.outcome, size,
                            from_class=klass)
        self.sha[h], self.cha[h] = new_sha, new_cha
        self._update_status(h, activity, hazard, may_close or may_sliver)

    def _update_status(self, h, activity, hazard, may_close):
        status = self.status[h]
        if status == "open":
            self._set_status(h, activity, hazard, "worked_on")
        if self.status[h] != "closed" and may_close:
            left = _objects([self.sha[h], self.cha[h]])
            sizes = _exact_small(left, self.tolerance)
            if sizes.sum() <= self.tolerance:
                self._set_status(h, activity, hazard, "closed")

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
        for h, hazard in enumerate(self.hazards):
            row = self.ledger[h]
            row.original_m2 = area_m2(original[h])
            row.status = self.status[h]
            for klass, land in (("SHA", self.sha[h]), ("CHA", self.cha[h])):
                if land.is_empty:
                    continue
                size = area_m2(land)
                setattr(row, "remaining_%s_m2" % klass.lower(), size)
                remaining.append(RemainingArea(hazard.hazard_id, klass, land, size))
        order = {a.activity_id: i for i, a in enumerate(self.activities)}
        self.released.sort(key=lambda r: (order[r.activity_id], r.hazard_id, r.from_class))
        self.events.sort(key=lambda e: (order[e.activity_id], e.hazard_id))
        return LandReleaseResult(remaining, self.released,
                                 {row.hazard_id: row for row in self.ledger},
                                 self.events, [], self.tolerance)


__all__ = ["Hazard", "Activity", "RemainingArea", "ReleasedArea", "LedgerRow",
           "HistoryEvent", "LandReleaseResult", "LandReleaseCancelled",
           "release_land", "DEFAULT_TOLERANCE_M2", "RELEASING_OUTCOMES",
           "EVENT_RELEASED", "EVENT_CONFIRMED", "EVENT_STATUS"]
