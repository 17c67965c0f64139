"""Drawn: the map styles (``<table>.qml``, built by scripts/build_styles.py),
the code that applies them to layers, and loading a database into a project's
layer tree, styled."""
