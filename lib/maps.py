"""County progress map as a pydeck Deck (built, never rendered): unit polygons from the region's
boundaries, functional zones as points, tooltips, and Chinese labels only where they fit inside their
unit at the view fitted to the map's frame (place_labels); a unit too small for its label shows it on
hover and in the table beside the map. No basemap: works offline. Also the geometry of a label's place
inside a unit, which the map picture (lib.pictures) measures with its own fonts.

Imports pydeck, shapely, numpy and lib only; no Streamlit.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pydeck as pdk
import shapely

from lib.vocabulary import progress

CJK_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
LABEL_COLOR = [28, 39, 51]
MAP_HEIGHT = 600  # the tallest the map is drawn (pixels); a wide region on a narrow screen gets less
MIN_HEIGHT = 320
FRAME_WIDTH = 1200  # the page's width until the browser has said what it is (wide layout at 1366 pixels)
STACKED = 620  # a page narrower than this (a phone) shows columns one under another
TABLE_WIDTH, GAP = 360, 16  # the table beside the map at least; Streamlit's small gap between columns
CROWDED = 24  # more units than this (a province) and labels give way to each other
TILE = 512  # deck.gl's Web Mercator: the world is 512 pixels wide at zoom 0
LABEL_SIZE, CROWDED_LABEL_SIZE = 15, 12  # pixels
LINE_HEIGHT = 1.25  # of the label size
LABEL_PADDING = (4, 2)  # the label's white background around its text (pixels, each side)
ZONE_RADIUS, ZONE_PIXELS = 1500, (11, 22)  # a zone's dot: metres, and at least / at most pixels
EARTH = 40_075_016.686  # metres around the equator

Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels


@dataclass(frozen=True)
class UnitShade:
    """What the map shows for one unit: a status colour, a short figure under the name, a tooltip, and the
    number the table beside the map is sorted by."""

    status: str | None  # a lib.vocabulary progress key; None: no target
    figure: str
    tooltip: str
    value: float | None = None
    review: str = ""  # what of the figure waits for the city's review: an amount, or the programs (composite)


def bounds(collection: dict) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []

    def walk(coords):
        if coords and isinstance(coords[0], (int, float)):
            xs.append(coords[0])
            ys.append(coords[1])
        else:
            for item in coords:
                walk(item)

    for feature in collection["features"]:
        walk(feature["geometry"]["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def _spans(collection: dict) -> tuple[float, float, float]:
    """The region's width and height with their margins (degrees of longitude, Mercator-stretched degrees
    of latitude) and its middle latitude in radians."""
    west, south, east, north = bounds(collection)
    mid_lat = math.radians((north + south) / 2)
    # Near the equator a degree of latitude is as tall as a degree of longitude is wide; further
    # north Web Mercator stretches it by 1 / cos(latitude).
    return max(east - west, 0.01) * 1.15, max(north - south, 0.01) * 1.2 / math.cos(mid_lat), mid_lat


def map_aspect(collection: dict) -> float:
    """The region's width over its height as the map draws it (with its margins)."""
    width, height, _ = _spans(collection)
    return width / height


def frame_height(aspect: float, width_px: int) -> int:
    """The map's height for a frame width_px wide and a region of this aspect (map_aspect): the region's
    own height at that width, within MIN_HEIGHT..MAP_HEIGHT (a wide region on a phone needs no 600 pixels
    of empty frame)."""
    return int(min(MAP_HEIGHT, max(MIN_HEIGHT, width_px / aspect)))


@dataclass(frozen=True)
class MapFrame:
    """The map's frame on a page, in pixels, and the width of the table beside it (0: under it)."""

    width: int
    height: int
    table: int


def map_frame(aspect: float, page_width: int | None) -> MapFrame:
    """The map of a region of this aspect (map_aspect) and its table on a page page_width pixels wide
    (FRAME_WIDTH until the browser has said): the map as wide as the region is at MAP_HEIGHT (at least a
    quarter of the page, leaving the table TABLE_WIDTH), the table beside it; on a phone, where columns
    stack, the map as wide as the page and the table under it."""
    page = page_width or FRAME_WIDTH
    if page < STACKED:
        return MapFrame(page, frame_height(aspect, page), 0)
    width = int(min(page - TABLE_WIDTH - GAP, max(0.25 * page, MAP_HEIGHT * aspect)))
    return MapFrame(width, frame_height(aspect, width), page - GAP - width)


def fit_view(collection: dict, width_px: int = FRAME_WIDTH, height_px: int = MAP_HEIGHT) -> pdk.ViewState:
    """The view that fits the region, with a margin, to a frame of width_px by height_px: as wide as the
    frame unless it would then be taller than it (Web Mercator zoom from the bounding box)."""
    west, south, east, north = bounds(collection)
    lon_span, lat_span, _ = _spans(collection)
    zoom_x = math.log2(360 * width_px / (TILE * lon_span))
    zoom_y = math.log2(360 * height_px / (TILE * lat_span))
    return pdk.ViewState(
        longitude=(west + east) / 2,
        latitude=(south + north) / 2,
        zoom=round(min(zoom_x, zoom_y), 2),
        min_zoom=4,
        max_zoom=13,
        # Streamlit sizes the deck from the view state's height; without it the view is centred
        # for its default height, not for the chart's.
        height=height_px,
    )


def screen(view: pdk.ViewState, width_px: float, height_px: float):
    """Longitude and latitude (n×2) to the pixels of a frame width_px by height_px showing the view, as
    deck.gl's Web Mercator viewport places them (y down)."""
    world = TILE * 2**view.zoom / (2 * math.pi)

    def project(coords: np.ndarray) -> np.ndarray:
        x = np.radians(coords[:, 0] - view.longitude) * world
        y0 = math.log(math.tan(math.pi / 4 + math.radians(view.latitude) / 2))
        y = (np.log(np.tan(np.pi / 4 + np.radians(coords[:, 1]) / 2)) - y0) * world
        return np.column_stack([width_px / 2 + x, height_px / 2 - y])

    return project


def _unproject(view: pdk.ViewState, width_px: float, height_px: float, x: float, y: float) -> list[float]:
    world = TILE * 2**view.zoom / (2 * math.pi)
    y0 = math.log(math.tan(math.pi / 4 + math.radians(view.latitude) / 2))
    lat = math.degrees(2 * math.atan(math.exp(y0 + (height_px / 2 - y) / world)) - math.pi / 2)
    return [round(view.longitude + math.degrees((x - width_px / 2) / world), 6), round(lat, 6)]


# Where a label fits ----------------------------------------------------------------------------------

_OUTLINES: dict[int, tuple[dict, list]] = {}


def outlines(collection: dict) -> list[shapely.Geometry | None]:
    """Each feature's outline in longitude and latitude (None for a zone's point), made once per collection:
    a region's boundaries are loaded once per process, and its maps are drawn for many frames and choices."""
    kept = _OUTLINES.get(id(collection))
    if kept is None or kept[0] is not collection:
        areas = [f for f in collection["features"] if f["geometry"]["type"] != "Point"]
        made = iter(_multipolygons([f["geometry"] for f in areas]) if areas else [])
        shapes = [None if f["geometry"]["type"] == "Point" else next(made) for f in collection["features"]]
        while len(_OUTLINES) >= 8:  # a few regions at most: tests, a server's one region
            _OUTLINES.pop(next(iter(_OUTLINES)))
        kept = _OUTLINES[id(collection)] = (collection, shapes)
    return kept[1]


def _multipolygons(geometries: list[dict]) -> np.ndarray:
    """GeoJSON polygons and multipolygons as shapely multipolygons, made in one call from their
    coordinates (five times quicker than one shape at a time for a province)."""
    coords, rings, polygons, parts = [], [0], [0], [0]
    for geometry in geometries:
        members = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for polygon in members:
            for ring in polygon:
                coords.append(np.asarray(ring, dtype=float))
                rings.append(rings[-1] + len(ring))
            polygons.append(polygons[-1] + len(polygon))
        parts.append(parts[-1] + len(members))
    offsets = (np.array(rings), np.array(polygons), np.array(parts))
    return shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, np.concatenate(coords), offsets)


def inscribed(outline: shapely.Geometry) -> tuple[tuple[float, float], float]:
    """The centre and radius of the largest circle inside the largest part of an outline: where a label
    or a leader line starts, and a bound on what fits (a box holds a circle as wide as its shorter side)."""
    largest = max(getattr(outline, "geoms", [outline]), key=lambda part: part.area)
    circle = shapely.maximum_inscribed_circle(largest, 1.0)
    return circle.coords[0], circle.length


def clear_of(boxes: np.ndarray, others: np.ndarray, margin: float) -> np.ndarray:
    """Which of boxes (n×4) keep margin away from every one of others (m×4)."""
    if not len(others):
        return np.ones(len(boxes), dtype=bool)
    return ~(
        (boxes[:, None, 0] < others[None, :, 2] + margin)
        & (others[None, :, 0] < boxes[:, None, 2] + margin)
        & (boxes[:, None, 1] < others[None, :, 3] + margin)
        & (others[None, :, 1] < boxes[:, None, 3] + margin)
    ).any(axis=1)


def place_inside(
    outline: shapely.Geometry,
    centre: tuple[float, float],
    room: float,
    sizes: Sequence[tuple[float, float, float, float]],
    taken: Sequence[Box],
    margin: float,
    avoid: Sequence[tuple[tuple[float, float], tuple[float, float]]] = (),
) -> tuple[int, Box] | None:
    """The first of sizes (the text's width and height, its background's width and height) whose text
    fits inside the outline, its background keeping margin from every box taken and off the lines to
    avoid: at the point of a grid over the outline nearest its centre. The size's index and the
    background's box; None when none fits. The outline must be prepared (shapely.prepare)."""
    minx, miny, maxx, maxy = outline.bounds
    others = np.array(taken, dtype=float).reshape(-1, 4)
    lines = shapely.multilinestrings([list(segment) for segment in avoid]) if avoid else None
    for index, (text_w, text_h, plate_w, plate_h) in enumerate(sizes):
        if min(text_w, text_h) > 2 * room + 1 or maxx - minx < text_w or maxy - miny < text_h:
            continue
        step = max(4.0, min(text_w, text_h) / 3)
        grid_x, grid_y = np.meshgrid(
            np.arange(minx + text_w / 2, maxx - text_w / 2 + 0.01, step),
            np.arange(miny + text_h / 2, maxy - text_h / 2 + 0.01, step),
        )
        cx = np.concatenate([[centre[0]], grid_x.ravel()])
        cy = np.concatenate([[centre[1]], grid_y.ravel()])
        nearest = np.argsort((cx - centre[0]) ** 2 + (cy - centre[1]) ** 2, kind="stable")[:600]
        cx, cy = cx[nearest], cy[nearest]
        plates = np.column_stack([cx - plate_w / 2, cy - plate_h / 2, cx + plate_w / 2, cy + plate_h / 2])
        fits = clear_of(plates, others, margin)
        if not fits.any():
            continue
        texts = shapely.box(cx - text_w / 2, cy - text_h / 2, cx + text_w / 2, cy + text_h / 2)
        fits &= shapely.contains(outline, texts)
        if lines is not None and fits.any():
            fits &= ~shapely.intersects(lines, shapely.box(*plates.T))
        if fits.any():
            return index, tuple(float(v) for v in plates[int(np.argmax(fits))])
    return None


# The page's labels ---------------------------------------------------------------------------------


def _em(character: str) -> float:
    """A character's advance in ems: CJK and other wide characters one em, the rest at most 0.62 (the
    browser's font is the reader's, not the server's: this is an upper bound for the usual ones)."""
    return 1.0 if unicodedata.east_asian_width(character) in ("W", "F", "A") else 0.62


def label_box(text: str, size: float, x: float, y: float) -> Box:
    """The background box of a label centred at x, y in the map's pixels."""
    lines = text.split("\n")
    width = max(sum(_em(c) for c in line) for line in lines) * size + 2 * LABEL_PADDING[0]
    height = len(lines) * size * LINE_HEIGHT + 2 * LABEL_PADDING[1]
    return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def _zone_radius(view: pdk.ViewState) -> float:
    metres_per_pixel = EARTH * math.cos(math.radians(view.latitude)) / (TILE * 2**view.zoom)
    return min(ZONE_PIXELS[1], max(ZONE_PIXELS[0], ZONE_RADIUS / metres_per_pixel)) + 2  # and its white ring


def place_labels(
    collection: dict, shades: dict[str, UnitShade], view: pdk.ViewState, width_px: int, height_px: int
) -> list[dict]:
    """The labels the map draws at the view in a frame of width_px by height_px (pixels): a unit's name
    and figure (only the name on a crowded map) on two lines, else on one, where that text lies inside
    the unit and clear of the other labels, larger units first; a zone's beside its dot. Each label is
    centred at its position plus its pixel offset, and says whether it fits so; a unit without one shows
    its name and figure on hover and in the table beside the map. A crowded map (a province) also passes
    every other unit's name, at a lower priority: deck.gl's collision filter (progress_deck) draws one only
    where it overlaps no label, and draws more names as the reader zooms in."""
    crowded = len(collection["features"]) > CROWDED
    size = CROWDED_LABEL_SIZE if crowded else LABEL_SIZE
    project = screen(view, width_px, height_px)
    radius = _zone_radius(view)
    frame = (0.0, 0.0, float(width_px), float(height_px))
    zones, units = [], []
    for feature, shape in zip(collection["features"], outlines(collection), strict=True):
        props = feature["properties"]
        shade = shades.get(props["name"], UnitShade(None, "", props["name"]))
        name = props["short_name"] if props.get("kind") == "zone" else props["name"]
        texts = [name] if crowded or not shade.figure else [f"{name}\n{shade.figure}", f"{name} {shade.figure}"]
        if shape is None:
            zones.append((props, texts, feature["geometry"]["coordinates"]))
        else:
            units.append((props, texts, shape))
    shapes = np.array([shape for _, _, shape in units], dtype=object)
    lonlat = shapely.bounds(shapes).reshape(-1, 4)
    projected = shapely.transform(shapes, project)  # every outline in one call
    areas = shapely.area(projected)
    dots = []
    for _, _, point in zones:
        x, y = project(np.array([point], dtype=float))[0]
        dots.append((x - radius, y - radius, x + radius, y + radius))
    taken: list[Box] = list(dots)
    labels = []
    # Larger units first, by the extent of their bounding box in square degrees.
    priorities = np.round((lonlat[:, 2] - lonlat[:, 0]) * (lonlat[:, 3] - lonlat[:, 1]), 6)
    for n in np.argsort(-priorities, kind="stable"):
        (props, texts, _), outline, priority = units[n], projected[n], float(priorities[n])
        sizes = []
        for text in texts:
            left, top, right, bottom = label_box(text, size, 0, 0)
            # The text may reach into the white border (one pixel each side) but not across it.
            sizes.append(
                (
                    right - left - 2 * LABEL_PADDING[0] - 2,
                    bottom - top - 2 * LABEL_PADDING[1] - 2,
                    right - left,
                    bottom - top,
                )
            )
        found = None
        minx, miny, maxx, maxy = outline.bounds
        if any(w <= maxx - minx and h <= maxy - miny and w * h <= areas[n] for w, h, _, _ in sizes):
            shapely.prepare(outline)
            found = place_inside(outline, *inscribed(outline), sizes, taken, 2.0)
        if found is not None and found[1][0] >= 0 and found[1][1] >= 0 and found[1][2] <= width_px:
            index, box = found
            if box[3] <= height_px:
                taken.append(box)
                middle = _unproject(view, width_px, height_px, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
                labels.append(_label(props, texts[index], middle, [0, 0], priority, fits=True))
                continue
        if crowded:
            labels.append(_label(props, texts[0], props["label"], [0, 0], priority, fits=False))
    for (props, texts, point), dot in zip(zones, dots, strict=True):
        x, y = (dot[0] + dot[2]) / 2, (dot[1] + dot[3]) / 2
        for text in texts:
            box = _beside(text, size, x, y, radius, taken, frame)
            if box is not None:
                taken.append(box)
                offset = [round((box[0] + box[2]) / 2 - x), round((box[1] + box[3]) / 2 - y)]
                labels.append(_label(props, text, point, offset, 0.0, fits=True))
                break
        else:
            if crowded:
                labels.append(_label(props, texts[0], point, [0, -round(radius + size)], 0.0, fits=False))
    return labels


FITS = 500  # deck.gl's collision priorities run from -1000 to 1000: a label that fits outranks every other


def _label(props: dict, text: str, position: list[float], offset: list[int], size: float, *, fits: bool) -> dict:
    """A label for the TextLayer; its priority is its unit's size in square degrees, and more if it fits."""
    priority = min(size, FITS - 1) + (FITS if fits else 0)
    return {
        "name": props["name"],
        "position": position,
        "text": text,
        "offset": offset,
        "priority": round(priority, 6),
        "fits": fits,
    }


def _beside(text: str, size: float, x: float, y: float, radius: float, taken: list[Box], frame: Box) -> Box | None:
    """A box for a zone's label next to its dot, clear of every box taken and inside the frame."""
    left, top, right, bottom = label_box(text, size, 0, 0)
    half_w, half_h = (right - left) / 2, (bottom - top) / 2
    reach = radius + 4
    for dx, dy in ((1, 0), (-1, 0), (0, -1), (0, 1), (0.7, -0.7), (-0.7, -0.7), (0.7, 0.7), (-0.7, 0.7)):
        cx = x + dx * (reach + half_w)
        cy = y + dy * (reach + half_h)
        box = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
        inside = box[0] >= frame[0] and box[1] >= frame[1] and box[2] <= frame[2] and box[3] <= frame[3]
        clear = not any(
            box[0] < o[2] + 2 and o[0] < box[2] + 2 and box[1] < o[3] + 2 and o[1] < box[3] + 2 for o in taken
        )
        if inside and clear:
            return box
    return None


def drawn_label_boxes(labels: list[dict], view: pdk.ViewState, width_px: int, height_px: int, size: float) -> list[Box]:
    """Where the map draws each of its labels (as passed to the TextLayer) in a frame of width_px by
    height_px at the view: what a test measures."""
    project = screen(view, width_px, height_px)
    boxes = []
    for label in labels:
        x, y = project(np.array([label["position"]], dtype=float))[0]
        boxes.append(label_box(label["text"], size, x + label["offset"][0], y + label["offset"][1]))
    return boxes


class PreparedDeck(pdk.Deck):
    """A Deck serialised once, when it is made: serialising a province's boundaries costs more than
    the rest of a page, so one deck can be shown on every rerun and to every session (read-only)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._json = super().to_json()

    def to_json(self) -> str:
        return self._json


def progress_deck(
    collection: dict, shades: dict[str, UnitShade], *, width: int = FRAME_WIDTH, height: int = MAP_HEIGHT
) -> pdk.Deck:
    """Units coloured by status, zones drawn as points, the region fitted to a frame of width by height
    pixels, and the labels that fit there (place_labels)."""
    polygons, points = [], []
    crowded = len(collection["features"]) > CROWDED
    for feature in collection["features"]:
        props = feature["properties"]
        shade = shades.get(props["name"], UnitShade(None, "", props["name"]))
        color = list(progress(shade.status).rgb)
        # Top-level members (allowed in GeoJSON) are what pydeck's tooltip template can read.
        common = {"name": props["name"], "tip": shade.tooltip}
        if feature["geometry"]["type"] == "Point":
            points.append({**common, "position": feature["geometry"]["coordinates"], "fill": [*color, 235]})
        else:
            polygons.append({**feature, **common, "properties": {**props, "fill": [*color, 215]}})
    view = fit_view(collection, width, height)
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            id="units",
            data={"type": "FeatureCollection", "features": polygons},
            get_fill_color="properties.fill",
            get_line_color=[255, 255, 255],
            line_width_min_pixels=2,
            stroked=True,
            filled=True,
            pickable=True,
            auto_highlight=True,
            highlight_color=[31, 95, 166, 90],
        ),
        pdk.Layer(
            "ScatterplotLayer",
            id="zones",
            data=points,
            get_position="position",
            get_fill_color="fill",
            get_line_color=[255, 255, 255],
            get_radius=ZONE_RADIUS,
            radius_min_pixels=ZONE_PIXELS[0],
            radius_max_pixels=ZONE_PIXELS[1],
            line_width_min_pixels=2,
            stroked=True,
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "TextLayer",
            id="labels",
            data=place_labels(collection, shades, view, width, height),
            get_position="position",
            get_text="text",
            get_pixel_offset="offset",
            get_size=CROWDED_LABEL_SIZE if crowded else LABEL_SIZE,
            get_color=LABEL_COLOR,
            # pydeck turns strings into expressions: literal strings must be quoted inside.
            character_set="'auto'",
            font_family=f'"{CJK_FONT}"',
            font_weight=600,
            get_text_anchor="'middle'",
            get_alignment_baseline="'center'",
            line_height=LINE_HEIGHT,
            background=True,
            get_background_color=[255, 255, 255, 200],
            background_padding=list(LABEL_PADDING),
            pickable=False,
            # A province: the names that do not fit give way to those that do and to each other (larger
            # units first); deck.gl measures them as drawn, so none overlaps at any zoom.
            **(
                {
                    "extensions": [{"@@type": "CollisionFilterExtension"}],
                    "collision_enabled": True,
                    "get_collision_priority": "priority",
                }
                if crowded
                else {}
            ),
        ),
    ]
    return PreparedDeck(
        layers=layers,
        initial_view_state=view,
        map_provider=None,  # no basemap: an intranet browser must fetch nothing from outside
        height=height,
        tooltip={
            "html": "<b>{name}</b><br/>{tip}",
            "style": {"backgroundColor": "#1c2733", "color": "#ffffff", "fontSize": "13px", "fontFamily": CJK_FONT},
        },
    )
