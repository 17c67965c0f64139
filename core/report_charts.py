"""The national report's charts, drawn with matplotlib as SVG files.

QGIS 3.22 has no chart item, so each chart is a picture the layout places.
matplotlib is imported here only when a chart is drawn (never at plugin
load) and through its object API (``Figure`` and an SVG canvas), so no GUI
backend is chosen and nothing global changes. The SVG keeps its words as
text (``svg.fonttype: none``): QGIS's SVG renderer lays them out with Qt,
which shapes Arabic and sets right-to-left runs as it does for the rest of
the page; matplotlib's own text drawing does neither.

Every chart takes plain numbers and the words to print (already
translated); colours of the release methods are the one palette's.
"""

import io
import re

from . import palette
from .errors import MineActionError
from .i18n import translate

# matplotlib writes a text's font as the CSS shorthand ("font: bold 8px
# 'DejaVu Sans'"), which Qt's SVG renderer ignores: spelled out, Qt sizes
# the words as matplotlib placed them
_FONT = re.compile(r"font:\s*((?:[a-z0-9-]+\s+)*)([0-9.]+)px\s+([^;\"]+)")

#: chart size in inches (the layout scales the picture to its frame)
SIZE = (7.0, 3.2)
FONT = "DejaVu Sans"
INK = "#141414"
GRID = "#D0D0D0"


def _figure(size=SIZE):
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise MineActionError(translate(
            "NationalReport", "The national report's charts need the Python package "
                              "matplotlib, which is not installed in the Python QGIS runs: "
                              "install python3-matplotlib (Debian, Ubuntu) or matplotlib "
                              "(OSGeo4W shell: python -m pip install matplotlib).")) from None
    figure = Figure(figsize=size, dpi=100)
    return matplotlib, figure


def _style(axes, format_number):
    from matplotlib.ticker import FuncFormatter
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    axes.tick_params(colors=INK, labelsize=8)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: format_number(value)))


def _long_font(match):
    words = match.group(1).split()
    text = "font-size: {}px; font-family: {}".format(match.group(2), match.group(3).strip())
    if "bold" in words or "700" in words:
        text += "; font-weight: bold"
    if "italic" in words:
        text += "; font-style: italic"
    return text


def _legend(figure, axes, columns):
    """The legend above the axes, across the figure; the axes keep the rest
    (a legend of the axes would squeeze them when its names are long)."""
    handles, names = axes.get_legend_handles_labels()
    rows = -(-len(names) // columns)
    figure.legend(handles, names, loc="upper center", ncol=columns, frameon=False,
                  fontsize=7.5)
    inches = figure.get_size_inches()[1]
    figure.tight_layout(rect=(0, 0, 1, 1 - (0.12 + 0.17 * rows) / inches))


def _save(matplotlib, figure, path):
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    FigureCanvasSVG(figure)
    svg = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": FONT,
                                "svg.hashsalt": "mine-action"}):
        figure.savefig(svg, format="svg", metadata={"Date": None})
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(_FONT.sub(_long_font, svg.getvalue()))
    return path


def released_per_year(path, years, by_method, labels, format_number):
    """Stacked bars: land released per year, one colour per method.

    ``by_method``: {method code (``palette.RELEASE_OUTCOME`` key): [m² per
    year]}; ``labels``: {method: its printed name}. The unit is in the layout's
    title of the chart (Qt sets it; the axes carry numbers only).
    """
    matplotlib, figure = _figure()
    with matplotlib.rc_context({"font.family": FONT}):
        axes = figure.add_subplot(1, 1, 1)
        _style(axes, format_number)
        bottom = [0.0] * len(years)
        positions = list(range(len(years)))
        for method, values in by_method.items():
            colour = palette.RELEASE_OUTCOME[method].colour
            axes.bar(positions, values, bottom=bottom, color=colour, width=0.7,
                     edgecolor="white", linewidth=0.4, label=labels[method])
            bottom = [b + v for b, v in zip(bottom, values)]
        axes.set_xticks(positions)
        axes.set_xticklabels([str(year) for year in years],
                             rotation=90 if len(years) > 10 else 0)
        # the names on one row when they fit, else two or one per row (two
        # languages): Qt sets the words a little wider than matplotlib measures
        length = sum(len(labels[method]) for method in by_method)
        columns = len(by_method) if length <= 90 else 2 if length <= 130 else 1
        _legend(figure, axes, columns)
    return _save(matplotlib, figure, path)


def remaining_by_region(path, regions, sha_m2, cha_m2, labels, format_number):
    """Horizontal stacked bars: remaining SHA and CHA land per region."""
    height = max(1.8, 0.9 + 0.32 * len(regions))
    matplotlib, figure = _figure((SIZE[0], height))
    with matplotlib.rc_context({"font.family": FONT}):
        axes = figure.add_subplot(1, 1, 1)
        _style(axes, format_number)
        axes.grid(axis="y", visible=False)
        axes.grid(axis="x", color=GRID, linewidth=0.6)
        axes.xaxis.set_major_formatter(axes.yaxis.get_major_formatter())
        positions = list(range(len(regions)))
        axes.barh(positions, sha_m2, color=palette.HAZARD_CLASS["SHA"], height=0.6,
                  label=labels["SHA"])
        axes.barh(positions, cha_m2, left=sha_m2, color=palette.HAZARD_CLASS["CHA"],
                  height=0.6, label=labels["CHA"])
        axes.set_yticks(positions)
        axes.set_yticklabels(regions)
        axes.invert_yaxis()
        _legend(figure, axes, 2)
    return _save(matplotlib, figure, path)


def progress(path, years, remaining_m2, target_year, target_m2, labels,
             format_number):
    """Remaining land at the end of each year, and the straight path still to
    go: from the last year's remaining land to ``target_m2`` in ``target_year``."""
    matplotlib, figure = _figure()
    with matplotlib.rc_context({"font.family": FONT}):
        axes = figure.add_subplot(1, 1, 1)
        _style(axes, format_number)
        axes.plot(years, remaining_m2, color=palette.HAZARD_CLASS["CHA"], linewidth=1.8,
                  marker="o", markersize=3, label=labels["remaining"])
        if years:
            axes.plot([years[-1], target_year], [remaining_m2[-1], target_m2],
                      color=INK, linewidth=1.2, linestyle="--", label=labels["target"])
            axes.plot([target_year], [target_m2], marker="D", color=INK, markersize=4)
        axes.set_ylim(bottom=0)
        axes.xaxis.get_major_locator().set_params(integer=True)
        _legend(figure, axes, 2)
    return _save(matplotlib, figure, path)
