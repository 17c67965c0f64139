"""Printed: the print layout templates (``*.qpt``, built by
scripts/build_layouts.py) and the code that fills and exports them (task
orders, the national overview)."""
