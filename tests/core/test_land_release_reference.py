"""The engine gives the results of the engine before it (its reference rows,
tests/fixtures/land_release_reference.py): same rows in the same order,
every area within 1e-6 relative (1e-6 m² for areas near zero)."""

import pytest
from land_release_reference import all_rows, read_reference

from mine_action_mapper.core import land_release as lr

REFERENCE = read_reference()
NOW = all_rows(lr)


def _same(name, table):
    old, new = REFERENCE[name][table], NOW[name][table]
    assert len(new) == len(old), (name, table)
    for k, (row, twin) in enumerate(zip(new, old)):
        assert len(row) == len(twin)
        for value, expected in zip(row, twin):
            if isinstance(expected, float) and isinstance(value, float):
                assert abs(value - expected) <= 1e-6 * max(abs(expected), 1.0), (
                    name, table, k, row, twin)
            else:
                assert value == expected, (name, table, k, row, twin)


@pytest.mark.parametrize("name", sorted(REFERENCE))
@pytest.mark.parametrize("table", ["ledger", "history", "released", "remaining", "flags"])
def test_results_equal_the_reference(name, table):
    _same(name, table)


def test_the_reference_is_not_trivial():
    synthetic = REFERENCE["synthetic_2k"]
    assert len(synthetic["ledger"]) == 2000
    assert len(synthetic["history"]) > 5000 and len(synthetic["released"]) > 3000
    events = {row[3] for row in synthetic["history"]}
    assert events == {"released", "confirmed", "status_changed"}
    codes = {row[0] for row in REFERENCE["synthetic_2k_tolerance_50"]["flags"]}
    assert {"already_released", "sliver", "activity_outside_hazards"} <= codes
    assert REFERENCE["sample"]["released"]
