"""Pictures for briefings, drawn on the server at 2× scale: Altair charts (vl-convert), the county
progress map and tables (Pillow). Every picture carries a title, the period and the data source
line, and Chinese is drawn with a CJK font (lib.fonts) or not at all (FontMissing).

Imports Pillow, vl-convert and lib; no Streamlit.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import altair as alt
import numpy as np
import pandas as pd
import shapely
from PIL import Image, ImageDraw, ImageFont

from lib.charts import FONT
from lib.fonts import cjk_fonts, vega_font_family
from lib.maps import CROWDED, UnitShade, bounds, clear_of, inscribed, outlines, place_inside
from lib.vocabulary import PROGRESS, progress

SCALE = 2
# Logical pixels; pictures are WIDTH * SCALE = 1460 pixels wide: legible at a page's width in Word, and
# exactly the widest image Streamlit shows without resizing it on every rerun.
WIDTH = 730
MARGIN = 30
INK = (28, 39, 51)
MUTED = (96, 108, 122)
ACCENT = (31, 95, 166)
ZEBRA = (243, 246, 250)
LINE = (214, 220, 228)
PNG_MIME = "image/png"


def _px(value: float) -> int:
    return round(value * SCALE)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(72 * SCALE, 72 * SCALE))
    return buffer.getvalue()


def framed(content: Image.Image, *, title: str, period_text: str, source: str) -> bytes:
    """The content under a title and period line, with the source line at the bottom, as PNG."""
    fonts = cjk_fonts()
    title_font, period_font, source_font = fonts.font(_px(24), bold=True), fonts.font(_px(15)), fonts.font(_px(13))
    margin = _px(MARGIN)
    width = max(_px(WIDTH), content.width + 2 * margin)
    top = margin + _px(30) + _px(8) + _px(20) + _px(18)
    height = top + content.height + _px(20) + _px(18) + margin
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([margin, margin + _px(3), margin + _px(5), margin + _px(29)], fill=ACCENT)
    draw.text((margin + _px(14), margin), title, font=title_font, fill=INK)
    draw.text((margin + _px(14), margin + _px(38)), period_text, font=period_font, fill=MUTED)
    image.paste(content, ((width - content.width) // 2, top))
    rule_y = top + content.height + _px(12)
    draw.line([margin, rule_y, width - margin, rule_y], fill=LINE, width=_px(1))
    draw.text((margin, rule_y + _px(8)), source, font=source_font, fill=MUTED)
    return _png(image)


def chart_image(chart: alt.TopLevelMixin, width: int = WIDTH - 2 * MARGIN) -> Image.Image:
    """An Altair chart rendered by vl-convert at 2× with the CJK font first in every font list."""
    family = vega_font_family()
    fit = alt.AutoSizeParams(type="fit-x", contains="padding")  # labels and legend inside the width
    spec = chart.properties(width=width, autosize=fit).to_dict()
    text = json.dumps(spec, ensure_ascii=False).replace(json.dumps(FONT)[1:-1], f"{family}, {FONT}")
    import vl_convert

    png = vl_convert.vegalite_to_png(json.loads(text), scale=SCALE)
    return Image.open(io.BytesIO(png)).convert("RGB")


def chart_png(chart: alt.TopLevelMixin, *, title: str, period_text: str, source: str) -> bytes:
    return framed(chart_image(chart), title=title, period_text=period_text, source=source)


# Map --------------------------------------------------------------------------------------------

Box = tuple[float, float, float, float]  # left, top, right, bottom in the picture's pixels
XY = tuple[float, float]
Segment = tuple[XY, XY]
OVER = 2  # polygons drawn at twice the size and reduced, for smooth edges
BORDER = _px(2)  # half the white line between units: a label's text may reach into it
PLATE = (_px(4), _px(3))  # a label's white plate around its text, each side
GAP = _px(4)  # between labels, and between a label and what it names
DOT = _px(10)  # radius of a functional zone's dot
PAD = _px(30)  # around the region
EDGE = _px(4)  # nothing is placed nearer the picture's edge
LEGEND = _px(34)
BAND = _px(60)  # numbers run west to east in bands this tall, from north to south
ZONE_LEGEND = "功能区（无行政边界）"


@dataclass(frozen=True)
class _Text:
    """A label's lines, each a run of (text, font) centred on the others, line_height apart, with each
    line's width as the font that draws it measures it."""

    lines: tuple[tuple[tuple[str, ImageFont.FreeTypeFont], ...], ...]
    widths: tuple[float, ...]
    line_height: float

    @property
    def em(self) -> float:
        return self.lines[0][0][1].size

    def size(self) -> tuple[float, float]:
        """The text box: the longest line, by the lines' height."""
        return max(self.widths), self.em + (len(self.lines) - 1) * self.line_height

    def plate_size(self) -> tuple[float, float]:
        width, height = self.size()
        return width + 2 * PLATE[0], height + 2 * PLATE[1]


class _Style:
    """The fonts of one map (smaller when there are many units, a province) and its labels' texts."""

    def __init__(self, crowded: bool) -> None:
        fonts = cjk_fonts()
        self.name = fonts.font(_px(11 if crowded else 15), bold=True)
        self.figure = fonts.font(_px(10 if crowded else 13))
        self.number = fonts.font(_px(10 if crowded else 13), bold=True)
        self.line_height = _px(14 if crowded else 19)
        self._lengths: dict[tuple[str, int], float] = {}

    def text(self, *lines: Sequence[tuple[str, ImageFont.FreeTypeFont]]) -> _Text:
        kept = tuple(tuple((text, font) for text, font in line if text) for line in lines)
        return _Text(kept, tuple(sum(self.length(t, f) for t, f in line) for line in kept), self.line_height)

    def length(self, text: str, font: ImageFont.FreeTypeFont) -> float:
        key = (text, id(font))
        if key not in self._lengths:
            self._lengths[key] = font.getlength(text)
        return self._lengths[key]

    def texts(self, unit: _Unit) -> list[_Text]:
        """A label on the map: name over figure, else both on one line."""
        if not unit.figure:
            return [self.line(unit)]
        return [self.text([(unit.shown, self.name)], [(unit.figure, self.figure)]), self.line(unit)]

    def line(self, unit: _Unit, name: str | None = None) -> _Text:
        return self.text([(name or unit.shown, self.name), (f" {unit.figure}" if unit.figure else "", self.figure)])


@dataclass(frozen=True)
class MapLabel:
    """How the map picture shows one unit, in the pixels of map_image's picture.

    how: "inside" (name and figure on the unit), "beside" (next to a zone's dot), "callout" (name and
    figure at the side of the map, a leader line from the unit) or "number" (a number on or near the
    unit, with a leader line when it is not on it; name and figure in the key under the legend).
    box: the label's plate, or the number's disc; key: the number's line in the key.
    """

    unit: str
    how: str
    box: Box
    leader: Segment | None = None
    number: int | None = None
    key: Box | None = None
    text: _Text | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class MapLayout:
    """Where map_image draws everything: the units in their colours, every unit's label, the legend
    and, when units are numbered, the key."""

    width: int
    height: int  # the whole picture: map, legend and key
    map_height: int
    labels: tuple[MapLabel, ...]
    zones: bool  # the legend explains the dots
    style: _Style = field(repr=False)
    areas: tuple[tuple[tuple[int, int, int], tuple[np.ndarray, ...]], ...] = field(repr=False)
    dots: tuple[tuple[XY, tuple[int, int, int]], ...] = field(repr=False)


@dataclass(frozen=True)
class _Unit:
    name: str
    shown: str  # on the map: the name, or a zone's short name
    figure: str
    color: tuple[int, int, int]
    size: float  # in square pixels; 0 for a zone
    shape: shapely.Geometry | None  # in the picture's pixels; None for a zone, drawn as a dot
    anchor: XY  # where a leader starts: the centre of the largest circle inside the unit, or of the dot
    room: float  # that circle's radius

    @property
    def dot(self) -> Box:
        return (self.anchor[0] - DOT, self.anchor[1] - DOT, self.anchor[0] + DOT, self.anchor[1] + DOT)


def _mercator(lon, lat):
    return np.radians(lon), np.log(np.tan(np.pi / 4 + np.radians(lat) / 2))


def _projection(lonlat: tuple[float, float, float, float], frame: Box) -> Callable[[np.ndarray], np.ndarray]:
    """Longitude and latitude (n×2) to pixels: Web Mercator, the region centred in the frame."""
    west, south, east, north = lonlat
    x0, y0 = _mercator(west, south)
    x1, y1 = _mercator(east, north)
    left, top, right, bottom = frame
    scale = min((right - left - 2 * PAD) / max(x1 - x0, 1e-9), (bottom - top - 2 * PAD) / max(y1 - y0, 1e-9))
    off_x = left + (right - left - (x1 - x0) * scale) / 2
    off_y = top + (bottom - top - (y1 - y0) * scale) / 2

    def project(coords: np.ndarray) -> np.ndarray:
        x, y = _mercator(coords[:, 0], coords[:, 1])
        return np.column_stack([off_x + (x - x0) * scale, off_y + (y1 - y) * scale])

    return project


def _overlap(a: Box, b: Box, margin: float = 0.0) -> bool:
    return a[0] < b[2] + margin and b[0] < a[2] + margin and a[1] < b[3] + margin and b[1] < a[3] + margin


def _within(box: Box, area: Box) -> bool:
    return box[0] >= area[0] and box[1] >= area[1] and box[2] <= area[2] and box[3] <= area[3]


def _crosses(a: Segment, b: Segment) -> bool:
    """Whether two segments cross (meeting at an end does not count)."""

    def side(p: XY, q: XY, r: XY) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    (p1, p2), (q1, q2) = a, b
    return side(q1, q2, p1) * side(q1, q2, p2) < 0 and side(p1, p2, q1) * side(p1, p2, q2) < 0


def _through(segment: Segment, box: Box) -> bool:
    """Whether a segment passes through a box (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = segment
    if not _overlap((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), box):
        return False
    low, high = 0.0, 1.0
    for p, q in ((x0 - x1, x0 - box[0]), (x1 - x0, box[2] - x0), (y0 - y1, y0 - box[1]), (y1 - y0, box[3] - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _units(region: list[tuple[dict, shapely.Geometry | None]], shades: dict[str, UnitShade], project) -> list[_Unit]:
    units = []
    for props, lonlat in region:
        shade = shades.get(props["name"], UnitShade(None, "", props["name"]))
        shown = props["short_name"] if props.get("kind") == "zone" else props["name"]
        color = progress(shade.status).rgb
        if lonlat is None:
            x, y = project(np.array([props["point"]], dtype=float))[0]
            units.append(_Unit(props["name"], shown, shade.figure, color, 0.0, None, (float(x), float(y)), DOT))
            continue
        outline = shapely.transform(lonlat, project)
        shapely.prepare(outline)
        units.append(_Unit(props["name"], shown, shade.figure, color, outline.area, outline, *inscribed(outline)))
    return units


def _inside(
    unit: _Unit, texts: Sequence[_Text], taken: Sequence[Box], avoid: Sequence[Segment] = ()
) -> tuple[_Text, Box] | None:
    """The first of texts whose text box lies inside the unit (reaching at most into the white border),
    its plate clear of every box taken and of the leader lines to avoid (lib.maps.place_inside)."""
    sizes = [(t.size()[0] - 2 * BORDER, t.size()[1] - 2 * BORDER, *t.plate_size()) for t in texts]
    found = place_inside(unit.shape, unit.anchor, unit.room, sizes, taken, GAP, avoid)
    return None if found is None else (texts[found[0]], found[1])


def _beside(
    unit: _Unit, texts: Sequence[_Text], taken: Sequence[Box], area: Box, avoid: Sequence[Segment] = ()
) -> tuple[_Text, Box] | None:
    """A place next to a zone's dot for its label, clear of every box taken and the lines to avoid."""
    x, y = unit.anchor
    reach, slant = DOT + GAP, (DOT + GAP) * 0.7
    for text in texts:
        width, height = text.plate_size()
        for left, top in (
            (x + reach, y - height / 2),
            (x - reach - width, y - height / 2),
            (x - width / 2, y - reach - height),
            (x - width / 2, y + reach),
            (x + slant, y - slant - height),
            (x - slant - width, y - slant - height),
            (x + slant, y + slant),
            (x - slant - width, y + slant),
        ):
            box = (left, top, left + width, top + height)
            if (
                _within(box, area)
                and not any(_overlap(box, other, GAP) for other in taken)
                and not any(_through(segment, box) for segment in avoid)
            ):
                return text, box
    return None


def _on_map(units: list[_Unit], style: _Style, area: Box) -> tuple[list[MapLabel], list[_Unit]]:
    """Labels on their units (largest units first) and beside the zones' dots, and the units left
    without one."""
    taken = [unit.dot for unit in units if unit.shape is None]
    labels, outside = [], []
    for unit in sorted(units, key=lambda u: (u.shape is None, -u.size)):
        if unit.shape is None:
            found = _beside(unit, style.texts(unit), taken, area)
        else:
            found = _inside(unit, style.texts(unit), taken)
        if found is None:
            outside.append(unit)
            continue
        taken.append(found[1])
        labels.append(MapLabel(unit.name, "inside" if unit.shape is not None else "beside", found[1], text=found[0]))
    return labels, outside


def _stack(wanted: list[float], pitch: float, low: float, high: float) -> list[float]:
    """Centres pitch apart, each as near its wanted centre (in order) as the others allow, within low..high."""
    centres: list[float] = []
    for y in wanted:
        centres.append(max(y, low + pitch / 2, centres[-1] + pitch if centres else low))
    limit = high - pitch / 2
    for n in range(len(centres) - 1, -1, -1):
        centres[n] = min(centres[n], limit)
        limit = centres[n] - pitch
    return centres


def _untangle(anchors: list[XY], ends: list[XY]) -> list[int]:
    """Which end each anchor's leader goes to so that no two leaders cross: swapping the ends of two
    crossing leaders makes them shorter in sum, so the swaps come to an end."""
    slot = list(range(len(anchors)))
    for _ in range(len(anchors) ** 2 + 1):
        swapped = False
        for i in range(len(anchors)):
            for j in range(i + 1, len(anchors)):
                if _crosses((anchors[i], ends[slot[i]]), (anchors[j], ends[slot[j]])):
                    slot[i], slot[j] = slot[j], slot[i]
                    swapped = True
        if not swapped:
            break
    return slot


def _call_out(
    outside: list[_Unit], units: list[_Unit], labels: list[MapLabel], style: _Style, area: Box
) -> tuple[list[MapLabel], Box] | None:
    """The labels with callouts for the units outside, the labels on the map moved off the leaders where
    their units have room; a unit whose leader still passes under another label or crosses a leader from
    the other column is tried on the other side where that side has room (the try with the fewest such
    leaders is kept). Nothing placed when
    the columns do not fit in the picture beside the map: the frame the map must keep within for them
    to fit. None when more units are left than the columns hold."""
    by_name = {unit.name: unit for unit in units}
    flipped: set[str] = set()
    best: tuple[int, list[MapLabel], Box] | None = None
    for _ in range(3):
        called = _callouts(outside, units, labels, style, area, flipped)
        if called is None:
            return None
        callouts, needed = called
        if not all(_within(label.box, area) for label in callouts):
            if best is None:
                return [], needed
            break
        placed = _clear_of_leaders(labels + callouts, by_name, style, area)
        led = [label for label in placed if label.leader]
        hit = {
            label.unit for label in led if any(o.unit != label.unit and _through(label.leader, o.box) for o in placed)
        }
        hit |= {a.unit for n, a in enumerate(led) for b in led[n + 1 :] if _crosses(a.leader, b.leader)}
        if best is None or len(hit) < best[0]:
            best = (len(hit), placed, needed)
        if not hit:
            break
        flipped ^= hit
    return best[1], best[2]


def _callouts(
    outside: list[_Unit], units: list[_Unit], labels: list[MapLabel], style: _Style, area: Box, flipped: set[str]
) -> tuple[list[MapLabel], Box] | None:
    """Callouts in a column at each side of the map, each unit on the side its leader crosses fewer
    labels and other units to reach (the other side when flipped), in the order of the units from north
    to south with leaders uncrossed; and the frame the map must keep within for the columns to fit in
    the picture. None when more units are left than the columns hold."""
    width, height = area[2] + EDGE, area[3] + EDGE
    texts = {unit.name: style.line(unit) for unit in outside}
    pitch = max(text.plate_size()[1] for text in texts.values()) + GAP
    capacity = int((height - 2 * EDGE) // pitch)
    if len(outside) > 2 * capacity:
        return None
    shapes = [unit.shape if unit.shape is not None else shapely.box(*unit.dot) for unit in units]
    west, _, east, _ = shapely.total_bounds(shapes)
    edges = (west - 2 * GAP, east + 2 * GAP)  # each column's side facing the map

    def cost(unit: _Unit, side: int) -> float:
        ray = (unit.anchor, (edges[side], unit.anchor[1]))
        crossed = int(shapely.intersects(shapely.LineString(ray), shapes).sum()) - 1
        plates = sum(_through(ray, label.box) for label in labels)
        return 10 * plates + crossed + abs(unit.anchor[0] - edges[side]) / width

    costs = {unit.name: (cost(unit, 0), cost(unit, 1)) for unit in outside}
    sides: tuple[list[_Unit], list[_Unit]] = ([], [])
    for unit in outside:
        sides[int(costs[unit.name][0] > costs[unit.name][1]) ^ (unit.name in flipped)].append(unit)
    for side in (0, 1):  # no column that would make the map narrower for a few units the other side takes
        needs = max((texts[u.name].plate_size()[0] for u in sides[side]), default=0.0) + EDGE
        cramped = edges[0] - needs < 0 if side == 0 else edges[1] + needs > width
        if (
            cramped
            and sides[1 - side]
            and len(sides[side]) <= 2
            and all(costs[u.name][1 - side] < 10 for u in sides[side])
        ):
            sides[1 - side].extend(sides[side])
            sides[side].clear()
    for side in (0, 1):  # too many on one side: those that lose least go to the other
        sides[side].sort(key=lambda u: costs[u.name][1 - side] - costs[u.name][side])
        while len(sides[side]) > capacity:
            sides[1 - side].append(sides[side].pop(0))
    widths = [max((texts[unit.name].plate_size()[0] for unit in side), default=0.0) for side in sides]
    frame = (
        max(0.0, widths[0] + EDGE + 2 * GAP - PAD) if sides[0] else 0.0,
        0.0,
        min(width, width - (widths[1] + EDGE + 2 * GAP - PAD)) if sides[1] else width,
        height,
    )
    called = []
    for side, members in enumerate(sides):
        members.sort(key=lambda unit: unit.anchor[1])
        centres = _stack([unit.anchor[1] for unit in members], pitch, EDGE, height - EDGE)
        ends = [(edges[side], y) for y in centres]
        slots = _untangle([unit.anchor for unit in members], ends)
        for unit, slot in zip(members, slots, strict=True):
            text = texts[unit.name]
            plate_w, plate_h = text.plate_size()
            left = edges[side] - plate_w if side == 0 else edges[side]
            box = (left, centres[slot] - plate_h / 2, left + plate_w, centres[slot] + plate_h / 2)
            called.append(MapLabel(unit.name, "callout", box, (unit.anchor, ends[slot]), text=text))
    return called, frame


def _clear_of_leaders(labels: list[MapLabel], units: dict[str, _Unit], style: _Style, area: Box) -> list[MapLabel]:
    """Labels on the map moved, where their unit has room, off the leader lines of other units."""
    leaders = [label.leader for label in labels if label.leader]
    moved = []
    for n, label in enumerate(labels):
        unit = units[label.unit]
        if label.how not in ("inside", "beside") or not any(_through(segment, label.box) for segment in leaders):
            moved.append(label)
            continue
        taken = [other.box for other in labels[n + 1 :] + moved] + [
            u.dot for u in units.values() if u.shape is None and u is not unit
        ]
        if unit.shape is None:
            found = _beside(unit, style.texts(unit), taken, area, leaders)
        else:
            found = _inside(unit, style.texts(unit), taken, leaders)
        moved.append(replace(label, box=found[1], text=found[0]) if found else label)
    return moved


def _numbers(
    outside: list[_Unit], labels: list[MapLabel], units: list[_Unit], style: _Style, area: Box
) -> list[MapLabel]:
    """A number for each unit left without a label, counted in bands from north to south and west to
    east in each: on the unit when that is clear of every other label, else as near as a short leader
    allows that crosses no other leader and no label. Where every such place is taken (the middle of a
    dense centre) the leader may pass under other numbers, then cross other leaders: a number never
    covers another label and none is left out."""
    ordered = sorted(outside, key=lambda unit: (unit.anchor[1] // BAND, unit.anchor[0]))
    number_of = {unit.name: n for n, unit in enumerate(ordered, 1)}
    disc = max(style.length(str(len(ordered)), style.number), style.number.size) + _px(5)
    middle = ((area[0] + area[2]) / 2, (area[1] + area[3]) / 2)
    plates = [label.box for label in labels] + [unit.dot for unit in units if unit.shape is None]
    taken = list(plates)
    leaders: list[Segment] = []
    numbers = []
    for unit in sorted(outside, key=lambda unit: unit.size):
        for strict in (2, 1, 0):
            under = taken if strict == 2 else plates  # boxes no leader may pass under
            found = _number_place(unit, disc, middle, area, taken, under, leaders if strict else [])
            if found is not None:
                box, leader = found
                taken.append(box)
                if leader:
                    leaders.append(leader)
                numbers.append(MapLabel(unit.name, "number", box, leader, number_of[unit.name]))
                break
    return numbers


def _number_place(unit: _Unit, disc: float, middle: XY, area: Box, taken, under, leaders):
    """The nearest place for a unit's number clear of every box taken, with its leader (None when on
    the unit) passing under none of the boxes under and crossing none of the leaders."""
    x, y = unit.anchor
    outward = math.atan2(y - middle[1], x - middle[0])
    start = unit.room if unit.shape is None else 0.0
    # On the point, then rings around it, each ring from the side facing away from the middle of the map.
    turns = outward + np.array([(s + 1) // 2 * (1 if s % 2 else -1) for s in range(16)]) * math.pi / 8
    reach = start + disc * (0.3 + 0.45 * np.arange(1, 40))[:, None]
    cx = np.concatenate([[x] if start == 0 else [], (x + reach * np.cos(turns)).ravel()])
    cy = np.concatenate([[y] if start == 0 else [], (y + reach * np.sin(turns)).ravel()])
    boxes = np.column_stack([cx - disc / 2, cy - disc / 2, cx + disc / 2, cy + disc / 2])
    ok = (boxes[:, 0] >= area[0]) & (boxes[:, 1] >= area[1]) & (boxes[:, 2] <= area[2]) & (boxes[:, 3] <= area[3])
    ok &= clear_of(boxes, np.array(taken, dtype=float).reshape(-1, 4), GAP / 2)
    for k in np.flatnonzero(ok):
        box = tuple(float(v) for v in boxes[k])
        distance = math.hypot(cx[k] - x, cy[k] - y)
        if distance == 0:
            return box, None
        end = (float(cx[k] - (cx[k] - x) * disc / 2 / distance), float(cy[k] - (cy[k] - y) * disc / 2 / distance))
        leader = ((x, y), end)
        if not any(_through(leader, other) for other in under) and not any(_crosses(leader, o) for o in leaders):
            return box, leader
    return None


def _key(numbered: list[MapLabel], units: dict[str, _Unit], style: _Style, top: float, width: float):
    """The key under the legend: each number with its unit's full name and figure, in columns read
    downwards. The labels with their line in the key, and the key's height."""
    entries = sorted(numbered, key=lambda label: label.number)
    texts = [style.line(units[label.unit], units[label.unit].name) for label in entries]
    number_w = style.length(str(len(entries)), style.number)
    entry_w = number_w + GAP + max(text.size()[0] for text in texts)
    row_h, spacing = texts[0].size()[1], _px(10)
    pitch = row_h + _px(3)
    columns = max(1, int((width - 2 * EDGE + spacing) // (entry_w + spacing)))
    rows = math.ceil(len(entries) / columns)
    column_w = (width - 2 * EDGE + spacing) / columns
    placed = []
    for n, (label, text) in enumerate(zip(entries, texts, strict=True)):
        left, y = EDGE + (n // rows) * column_w, top + (n % rows) * pitch
        placed.append(replace(label, key=(left, y, left + entry_w, y + row_h), text=text))
    return placed, rows * pitch


def map_layout(collection: dict, shades: dict[str, UnitShade], height: int = 560) -> MapLayout:
    """Where every unit's label goes. A unit's name and figure go on it when their text box, measured
    with the font that draws it, lies inside the unit's outline clear of the other labels; a zone's go
    beside its dot. The others are called out at the sides of the map with leader lines (the map drawn
    narrower when the columns need the room) or, when there are more than the columns hold, numbered on
    the map and listed with their figures in a key under the legend."""
    width, map_height = _px(WIDTH - 2 * MARGIN), _px(height)
    features = collection["features"]
    style = _Style(len(features) > CROWDED)
    region = [
        ({**f["properties"], "point": f["geometry"]["coordinates"]}, None)
        if shape is None
        else (f["properties"], shape)
        for f, shape in zip(features, outlines(collection), strict=True)
    ]
    lonlat = bounds(collection)
    area = (EDGE, EDGE, width - EDGE, map_height - EDGE)
    whole: Box = (0.0, 0.0, float(width), float(map_height))
    frame = whole
    for _ in range(4):
        units = _units(region, shades, _projection(lonlat, frame))
        labels, outside = _on_map(units, style, area)
        if not outside:
            break
        called = _call_out(outside, units, labels, style, area)
        if called is None:
            break
        placed, needed = called
        if placed:
            labels, outside = placed, []
            break
        frame = (max(frame[0], needed[0]), 0.0, min(frame[2], needed[2]), float(map_height))
    key_height = 0.0
    if outside:  # numbered, on the map at its full size
        if frame != whole:
            units = _units(region, shades, _projection(lonlat, whole))
            labels, outside = _on_map(units, style, area)
        numbers = _numbers(outside, labels, units, style, area)
        numbers, key_height = _key(numbers, {u.name: u for u in units}, style, map_height + LEGEND + GAP, width)
        labels = labels + numbers
    return MapLayout(
        width=width,
        height=math.ceil(map_height + LEGEND + (key_height + 2 * GAP if key_height else 0)),
        map_height=map_height,
        labels=tuple(labels),
        zones=any(unit.shape is None for unit in units),
        style=style,
        areas=tuple(
            (
                unit.color,
                tuple(shapely.get_coordinates(part.exterior) for part in getattr(unit.shape, "geoms", [unit.shape])),
            )
            for unit in sorted(units, key=lambda u: -u.size)  # a unit inside another is drawn over it
            if unit.shape is not None
        ),
        dots=tuple((unit.anchor, unit.color) for unit in units if unit.shape is None),
    )


def map_image(collection: dict, shades: dict[str, UnitShade], height: int = 560) -> Image.Image:
    """Units filled with their status colour, white borders, zones as dots, every unit's name and figure
    (see map_layout), the legend below and the key of numbered units under it: the same boundaries and
    colours as the page's map."""
    return _draw_map(map_layout(collection, shades, height))


def _draw_map(layout: MapLayout) -> Image.Image:
    big = Image.new("RGB", (layout.width * OVER, layout.map_height * OVER), "white")
    draw = ImageDraw.Draw(big)
    # Every fill first, then the borders over them: a border drawn with its unit would lie under the next.
    for color, rings in layout.areas:
        for ring in rings:
            draw.polygon((ring * OVER).ravel().tolist(), fill=color)
    for _, rings in layout.areas:
        for ring in rings:
            draw.line((ring * OVER).ravel().tolist(), fill="white", width=2 * BORDER * OVER)
    image = Image.new("RGB", (layout.width, layout.height), "white")
    image.paste(big.reduce(OVER), (0, 0))
    draw = ImageDraw.Draw(image, "RGBA")
    style = layout.style
    most = max((label.number for label in layout.labels if label.number), default=0)
    number_w = style.length(str(most), style.number)  # the key's numbers are right-aligned
    for label in layout.labels:
        if label.leader:
            (x, y), end = label.leader
            draw.line([(x, y), end], fill=MUTED, width=_px(1))
            draw.ellipse([x - _px(2), y - _px(2), x + _px(2), y + _px(2)], fill=INK)
    for (x, y), color in layout.dots:
        draw.ellipse([x - DOT, y - DOT, x + DOT, y + DOT], fill=color, outline="white", width=_px(2))
    for label in layout.labels:
        if label.how == "number":
            _number(draw, label.box, label.number, style.number)
            left, top, right, bottom = label.key
            draw.text(
                (left + number_w, (top + bottom) / 2), str(label.number), font=style.number, fill=INK, anchor="rm"
            )
            _text(draw, (left + number_w + GAP, top, right, bottom), label.text, centred=False)
        else:
            draw.rounded_rectangle(label.box, radius=_px(3), fill=(255, 255, 255, 205))
            _text(draw, label.box, label.text)
    _legend(draw, layout)
    return image


def _number(draw: ImageDraw.ImageDraw, box: Box, number: int, font: ImageFont.FreeTypeFont) -> None:
    draw.ellipse(box, fill="white", outline=INK, width=_px(1))
    draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), str(number), font=font, fill=INK, anchor="mm")


def _text(draw: ImageDraw.ImageDraw, box: Box, text: _Text, *, centred: bool = True) -> None:
    """The text's lines in the box: centred, or from its left side."""
    top = (box[1] + box[3]) / 2 - text.size()[1] / 2
    for n, (line, line_width) in enumerate(zip(text.lines, text.widths, strict=True)):
        x = (box[0] + box[2]) / 2 - line_width / 2 if centred else box[0]
        y = top + text.em / 2 + n * text.line_height
        for run, font in line:
            draw.text((x, y), run, font=font, fill=INK, anchor="lm")
            x += font.getlength(run)


def _legend(draw: ImageDraw.ImageDraw, layout: MapLayout) -> None:
    font = cjk_fonts().font(_px(14))
    x, y = _px(4), layout.map_height + LEGEND / 2
    for entry in PROGRESS.values():
        draw.rounded_rectangle([x, y - _px(7), x + _px(14), y + _px(7)], radius=_px(2), fill=entry.rgb)
        draw.text((x + _px(20), y), entry.label, font=font, fill=INK, anchor="lm")
        x += _px(20) + draw.textlength(entry.label, font=font) + _px(24)
    if layout.zones:
        draw.ellipse([x, y - _px(7), x + _px(14), y + _px(7)], fill=MUTED, outline="white", width=_px(1))
        draw.text((x + _px(20), y), ZONE_LEGEND, font=font, fill=INK, anchor="lm")


def map_png(collection: dict, shades: dict[str, UnitShade], *, title: str, period_text: str, source: str) -> bytes:
    return framed(map_image(collection, shades), title=title, period_text=period_text, source=source)


# Tables -----------------------------------------------------------------------------------------


def _is_number(text: str) -> bool:
    cleaned = text.replace(",", "").replace("%", "").replace("分", "").strip()
    try:
        float(cleaned)
    except ValueError:
        return False
    return True


def table_image(
    frame: pd.DataFrame,
    *,
    fill: Callable[[int, str, str], tuple[int, int, int] | None] | None = None,
    max_width: int = WIDTH - 2 * MARGIN,
) -> Image.Image:
    """A table as an image: blue header, alternate row shading, numbers right-aligned.
    Cells are shown as their text; fill(row, column, text) may give a cell's text colour."""
    fonts = cjk_fonts()
    body, head = fonts.font(_px(14)), fonts.font(_px(14), bold=True)
    cells = [
        ["—" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in row]
        for row in frame.itertuples(index=False)
    ]
    columns = [str(c) for c in frame.columns]
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    widths = []
    for c, name in enumerate(columns):
        texts = [probe.textlength(name, font=head)] + [probe.textlength(row[c], font=body) for row in cells]
        widths.append(max(texts) + _px(20))
    total = sum(widths)
    limit = _px(max_width)
    if total < limit:  # spread spare room over the columns
        widths = [w * limit / total for w in widths]
    row_h, head_h = _px(32), _px(36)
    image = Image.new("RGB", (int(sum(widths)), head_h + row_h * len(cells) + _px(1)), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, image.width, head_h], fill=ACCENT)
    numeric = [all(_is_number(row[c]) or row[c] == "—" for row in cells) and cells for c in range(len(columns))]
    x = 0.0
    for c, name in enumerate(columns):
        draw.text((x + widths[c] / 2, head_h / 2), name, font=head, fill="white", anchor="mm")
        x += widths[c]
    for r, row in enumerate(cells):
        top = head_h + r * row_h
        if r % 2:
            draw.rectangle([0, top, image.width, top + row_h], fill=ZEBRA)
        x = 0.0
        for c, text in enumerate(row):
            color = (fill(r, columns[c], text) if fill else None) or INK
            if numeric[c]:
                draw.text((x + widths[c] - _px(10), top + row_h / 2), text, font=body, fill=color, anchor="rm")
            else:
                draw.text((x + _px(10), top + row_h / 2), text, font=body, fill=color, anchor="lm")
            x += widths[c]
    draw.line([0, image.height - 1, image.width, image.height - 1], fill=LINE, width=_px(1))
    return image


def table_png(
    frame: pd.DataFrame,
    *,
    title: str,
    period_text: str,
    source: str,
    fill: Callable[[int, str, str], tuple[int, int, int] | None] | None = None,
) -> bytes:
    return framed(table_image(frame, fill=fill), title=title, period_text=period_text, source=source)


def status_fill(statuses: dict[str, Sequence[str | None]]) -> Callable[[int, str, str], tuple[int, int, int] | None]:
    """Colour cells by their row's progress status in that column (the vocabulary's ink: 超序时 green,
    滞后 red)."""

    def fill(row: int, column: str, _text: str):
        column_statuses = statuses.get(column)
        if column_statuses is None or row >= len(column_statuses):
            return None
        return progress(column_statuses[row]).ink

    return fill
