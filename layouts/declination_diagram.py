"""The declination diagram of a task order: true, grid and magnetic north
drawn as SVG text (the angles and their exaggeration: ``core.north``).

The task map is drawn in the task's UTM zone, so grid north points up the
page. No Qt here: the diagram is SVG text, which the layout shows in a
picture item, so it can be checked without rendering.
"""

import math
from html import escape

from ..core.north import drawn_angles

# ------------------------------------------------------------------- drawing

_ORIGIN = (0.0, 0.0)
_LENGTH = 100.0
_MARGIN = 24.0  # room for the labels around the arrows


def _tip(angle_deg, length=_LENGTH):
    radians = math.radians(angle_deg)
    return (_ORIGIN[0] + length * math.sin(radians), _ORIGIN[1] - length * math.cos(radians))


def _rotate(points, angle_deg, about):
    radians = math.radians(angle_deg)
    cos, sin = math.cos(radians), math.sin(radians)
    out = []
    for x, y in points:
        dx, dy = x - about[0], y - about[1]
        out.append((about[0] + dx * cos - dy * sin, about[1] + dx * sin + dy * cos))
    return out


def _path(points):
    return " ".join("{:.3f},{:.3f}".format(x, y) for x, y in points)


def diagram_svg(north, labels):
    """SVG text of the diagram. ``labels``: {'grid', 'true', 'magnetic'} ->
    short translated names printed at the arrow tips (e.g. GN, TN, MN)."""
    drawn, _factor = drawn_angles(north)
    parts = []
    style = ('stroke="#000000" stroke-width="1.4" fill="none" '
             'stroke-linecap="round" stroke-linejoin="round"')
    for name in ("grid", "true", "magnetic"):
        angle = drawn[name]
        tip = _tip(angle)
        # data-angle: the drawn angle, read back by the tests
        parts.append('<line id="{n}" data-angle="{a:.6f}" x1="{x1:.3f}" y1="{y1:.3f}" '
                     'x2="{x2:.3f}" y2="{y2:.3f}" {s}/>'.format(
                         n=name, a=angle, x1=_ORIGIN[0], y1=_ORIGIN[1], x2=tip[0], y2=tip[1],
                         s=style))
        head_base = (tip[0], tip[1])
        if name == "true":  # five-pointed star on the tip
            centre = _tip(angle, _LENGTH + 1.0)
            star = []
            for index in range(10):
                radius = 6.0 if index % 2 == 0 else 2.5
                theta = math.radians(index * 36.0)
                star.append((centre[0] + radius * math.sin(theta),
                             centre[1] - radius * math.cos(theta)))
            parts.append('<polygon points="{}" fill="#000000" stroke="none"/>'.format(
                _path(_rotate(star, angle, centre))))
        elif name == "magnetic":  # half arrowhead, as on topographic maps
            head = [(head_base[0], head_base[1]), (head_base[0] + 5.0, head_base[1] + 12.0),
                    (head_base[0], head_base[1] + 9.0)]
            parts.append('<polygon points="{}" fill="#000000" stroke="#000000" '
                         'stroke-width="0.6"/>'.format(_path(_rotate(head, angle, head_base))))
        else:  # grid north: open arrowhead
            head = [(head_base[0] - 4.0, head_base[1] + 10.0), (head_base[0], head_base[1]),
                    (head_base[0] + 4.0, head_base[1] + 10.0)]
            parts.append('<polyline points="{}" {}/>'.format(
                _path(_rotate(head, angle, head_base)), style))
    # labels: the leftmost arrow's on its left, the rightmost's on its right,
    # the middle one's above its tip, so that they never touch
    order = sorted(drawn, key=lambda key: drawn[key])
    for position, name in enumerate(order):
        angle = drawn[name]
        if position == 0:
            x, y = _tip(angle, _LENGTH * 0.62)
            x, anchor = x - 4.0, "end"
        elif position == len(order) - 1:
            x, y = _tip(angle, _LENGTH * 0.62)
            x, anchor = x + 4.0, "start"
        else:  # beside the tip, on the side of the farther neighbour
            x, y = _tip(angle, _LENGTH + 2.0)
            closer_left = angle - drawn[order[position - 1]] < drawn[order[position + 1]] - angle
            x, anchor = (x + 3.0, "start") if closer_left else (x - 3.0, "end")
        parts.append('<text x="{x:.3f}" y="{y:.3f}" font-family="sans-serif" font-size="11" '
                     'font-weight="bold" text-anchor="{a}" fill="#000000">{t}</text>'.format(
                         x=x, y=y, a=anchor, t=escape(labels[name])))
    # the view box holds the arrows (and their labels) whatever the angles
    xs = [0.0] + [_tip(angle, _LENGTH + 8.0)[0] for angle in drawn.values()]
    ys = [0.0] + [_tip(angle, _LENGTH + 8.0)[1] for angle in drawn.values()]
    left, right = min(xs) - _MARGIN, max(xs) + _MARGIN
    top, bottom = min(ys) - 14.0, max(ys) + 4.0
    width, height = right - left, bottom - top
    head = ('<svg xmlns="http://www.w3.org/2000/svg" width="{w:.2f}mm" height="{h:.2f}mm" '
            'viewBox="{x:.3f} {y:.3f} {w:.3f} {h:.3f}">'.format(x=left, y=top, w=width, h=height))
    return "\n".join([head] + parts + ['</svg>'])
