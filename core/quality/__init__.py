"""Read-only data quality checks of a mine action database.

GICHD's geocheck rules for IMSMA NG (geometry, duplicate records) and the
plugin's own rules on links, dates, coverage and survey closure, as pure
functions of plain records (``rules.Record``): one module per family
(``geometry``, ``records``, ``links``, ``coverage``, ``survey``) and the
safe geometry fixes (``repair``). ``check.run`` runs every rule; the rule
list, codes and severities are in ``rules`` (docs/quality.md).
"""
