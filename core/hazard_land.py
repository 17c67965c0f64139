"""Every hazard's SHA and CHA land at the end of any day, and what moved
in a period, as arrays over the hazards: the accounting under the land
release statistics' remaining and consistency tables
(``core.land_release_stats``, which holds the rules; see its docstring).
Its own module: numpy loads when statistics are computed, not with the
plugin."""

import datetime

import numpy as np


class HazardLand:
    """Every hazard's SHA and CHA land at the end of any day, from its
    events, as arrays in account order.

    Why arrays: the remaining and consistency tables need every hazard's
    land at every period's end (20k hazards by 17 years, one by one in
    Python, was most of the statistics' time). Every figure is the same
    additions in the same order as hazard by hazard: a hazard's running
    sums are built one event at a time, and ``np.bincount`` adds its
    weights in input order."""

    def __init__(self, accounts, by_hazard, groups, group_count):
        owner, days, confirms, steps, first, running = [], [], [], [], [], []
        original = []
        for number, account in enumerate(accounts):
            first.append(len(running))
            sha, cha = 0.0, 0.0
            for event in sorted(by_hazard.get(account.hazard_id, ()),
                                key=lambda e: e.event_date):
                if event.event == "confirmed":
                    step = (-event.area_m2, event.area_m2)
                elif event.from_class == "CHA":
                    step = (0.0, -event.area_m2)
                else:
                    step = (-event.area_m2, 0.0)
                running.append((sha, cha))
                sha, cha = sha + step[0], cha + step[1]
                owner.append(number)
                days.append(event.event_date.toordinal())
                confirms.append(event.event == "confirmed")
                steps.append(step)
            running.append((sha, cha))
            # the land on the day it was recorded, before any event
            original.append((account.remaining_sha_m2 - sha, account.remaining_cha_m2 - cha))
        self.count = len(accounts)
        self.recorded = np.array([a.recorded.toordinal() for a in accounts], dtype=np.int64)
        self.original = np.array(original, dtype=float).reshape(-1, 2)
        #: per hazard, the index in ``running`` of its land before its first event
        self.first = np.array(first, dtype=np.int64)
        self.running = np.array(running, dtype=float).reshape(-1, 2)
        self.owner = np.array(owner, dtype=np.int64)
        self.days = np.array(days, dtype=np.int64)
        self.confirms = np.array(confirms, dtype=bool)
        self.steps = np.array(steps, dtype=float).reshape(-1, 2)
        self._keys = self.owner * _DAY_SPAN + self.days  # sorted: by hazard, then day
        self._before = np.searchsorted(self.owner, np.arange(self.count))
        #: per hazard, the group (a number below ``group_count``) of its SHA and of its CHA
        self.groups = np.array(groups, dtype=np.int64).reshape(-1, 2)
        self.group_count = group_count

    def at(self, day):
        """(SHA m², CHA m²) arrays at the end of ``day``: zero before a hazard was recorded."""
        targets = np.arange(self.count, dtype=np.int64) * _DAY_SPAN + day.toordinal()
        done = np.searchsorted(self._keys, targets, side="right") - self._before
        land = self.original + self.running[self.first + done]
        land[self.recorded > day.toordinal()] = 0.0
        return land[:, 0], land[:, 1]

    def moved(self, start, end):
        """Per hazard, the (SHA, CHA) m² released and the m² confirmed
        (SHA to CHA) from ``start`` to ``end``, both included."""
        within = (self.days >= start.toordinal()) & (self.days <= end.toordinal())
        released, confirmed = within & ~self.confirms, within & self.confirms
        return (_sum_by(self.owner[released], -self.steps[released, 0], self.count),
                _sum_by(self.owner[released], -self.steps[released, 1], self.count),
                _sum_by(self.owner[confirmed], self.steps[confirmed, 1], self.count))

    def held(self, day, tolerance_m2):
        """Per group: [SHA count, SHA m², CHA count, CHA m²] of the hazards
        holding more than ``tolerance_m2`` of the class at the end of ``day``."""
        columns = []
        for position, land in enumerate(self.at(day)):
            held = land > tolerance_m2
            groups = self.groups[held, position]
            columns.append(np.bincount(groups, minlength=self.group_count).tolist())
            columns.append(_sum_by(groups, land[held], self.group_count).tolist())
        return [[int(sha_n), sha_m2, int(cha_n), cha_m2]
                for sha_n, sha_m2, cha_n, cha_m2 in zip(*columns)]

    def balance(self, start, end, moves):
        """Per group, the consistency cells from ``start`` to ``end``: [land
        the day before, released, newly recorded, reclassified, land at the
        end]. ``moves``: rows split by class, where SHA land confirmed as CHA
        changes rows (else reclassified is 0)."""
        released_sha, released_cha, confirmed = self.moved(start, end)
        new = (self.recorded >= start.toordinal()) & (self.recorded <= end.toordinal())
        recorded = np.where(new[:, None], self.original, 0.0)
        zero = np.zeros(self.count)
        columns = [self._sums(*self.at(start - datetime.timedelta(days=1))),
                   self._sums(released_sha, released_cha),
                   self._sums(recorded[:, 0], recorded[:, 1]),
                   self._sums(*((-confirmed, confirmed) if moves else (zero, zero))),
                   self._sums(*self.at(end))]
        return [list(cells) for cells in zip(*columns)]

    def _sums(self, sha, cha):
        """Per group: the hazards' ``sha`` and ``cha`` values added hazard
        after hazard, each one's SHA before its CHA."""
        return _sum_by(self.groups.ravel(), np.column_stack((sha, cha)).ravel(),
                       self.group_count).tolist()


def _sum_by(groups, weights, count):
    """Per group number below ``count``, its weights added in input order
    (floats, also when no weight is given)."""
    return np.bincount(groups, weights, count).astype(float, copy=False)


#: more days than any date's ordinal: a key ordered by hazard, then day
_DAY_SPAN = datetime.date.max.toordinal() + 1
