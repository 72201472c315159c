"""County progress map as a pydeck Deck (built, never rendered): unit polygons from the region's
boundaries, functional zones as points, Chinese labels, tooltips. No basemap: works offline.

Imports pydeck and lib only; no Streamlit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pydeck as pdk

from lib.vocabulary import progress

CJK_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
LABEL_COLOR = [28, 39, 51]
MAP_HEIGHT = 600
CROWDED = 24  # more units than this (a province) and labels give way to each other
TILE = 512  # deck.gl's Web Mercator: the world is 512 pixels wide at zoom 0


@dataclass(frozen=True)
class UnitShade:
    """What the map shows for one unit: a status colour, a short figure under the name, a tooltip."""

    status: str | None  # a lib.vocabulary progress key; None: no target
    figure: str
    tooltip: str


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


def fit_view(collection: dict, width_px: int = 1100, height_px: int = MAP_HEIGHT) -> pdk.ViewState:
    """A view that shows every unit with a margin (Web Mercator zoom from the bounding box).

    width_px is the narrowest map expected (full page width at 1366 pixels). Streamlit sometimes
    draws the deck at half deck.gl's scale (seen in headless Chromium); the region then shows
    smaller but whole, never clipped."""
    west, south, east, north = bounds(collection)
    lon_span = max(east - west, 0.01) * 1.15
    lat_span = max(north - south, 0.01) * 1.2
    mid_lat = math.radians((north + south) / 2)
    zoom_x = math.log2(360 * width_px / (TILE * lon_span))
    # Near the equator a degree of latitude is as tall as a degree of longitude is wide; further
    # north Web Mercator stretches it by 1 / cos(latitude).
    zoom_y = math.log2(360 * height_px / (TILE * lat_span / math.cos(mid_lat)))
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


def zone_label_place(point: list[float], others: list[list[float]]) -> tuple[list[int], str]:
    """Pixel offset and anchor for a zone's label: the diagonal farthest from the county labels."""
    best = None
    for dx, dy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):  # dy=1 is north
        probe = (point[0] + 0.09 * dx, point[1] + 0.03 * dy)  # where the text body will sit
        room = min(((probe[0] - x) ** 2 + (probe[1] - y) ** 2 for x, y in others), default=1.0)
        if best is None or room > best[0]:
            best = (room, dx, dy)
    _, dx, dy = best
    return [14 * dx, -16 * dy], "start" if dx > 0 else "end"


class PreparedDeck(pdk.Deck):
    """A Deck serialised once, when it is made: serialising a province's boundaries costs more than
    the rest of a page, so one deck can be shown on every rerun and to every session (read-only)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._json = super().to_json()

    def to_json(self) -> str:
        return self._json


def feature_size(feature: dict) -> float:
    """A unit's extent in square degrees of its bounding box (0 for a zone drawn as a point)."""
    if feature["geometry"]["type"] == "Point":
        return 0.0
    west, south, east, north = bounds({"features": [feature]})
    return round((east - west) * (north - south), 6)


def progress_deck(collection: dict, shades: dict[str, UnitShade], *, height: int = MAP_HEIGHT) -> pdk.Deck:
    """Units coloured by status with their name and figure on the map; zones drawn as points."""
    polygons, points, labels = [], [], []
    crowded = len(collection["features"]) > CROWDED
    label_points = [f["properties"]["label"] for f in collection["features"] if f["geometry"]["type"] != "Point"]
    for feature in collection["features"]:
        props = feature["properties"]
        shade = shades.get(props["name"], UnitShade(None, "", props["name"]))
        color = list(progress(shade.status).rgb)
        # Top-level members (allowed in GeoJSON) are what pydeck's tooltip template can read.
        common = {"name": props["name"], "tip": shade.tooltip}
        if feature["geometry"]["type"] == "Point":
            points.append({**common, "position": feature["geometry"]["coordinates"], "fill": [*color, 235]})
            offset, anchor = zone_label_place(props["label"], label_points)
        else:
            polygons.append({**feature, **common, "properties": {**props, "fill": [*color, 215]}})
            offset, anchor = [0, 0], "middle"
        text = props["short_name"] if props.get("kind") == "zone" else props["name"]
        labels.append(
            {
                "position": props["label"],
                "text": f"{text}\n{shade.figure}" if shade.figure and not crowded else text,
                "offset": offset,
                "anchor": anchor,
                "priority": feature_size(feature),
            }
        )
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
            get_radius=1500,
            radius_min_pixels=11,
            radius_max_pixels=22,
            line_width_min_pixels=2,
            stroked=True,
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "TextLayer",
            id="labels",
            data=labels,
            get_position="position",
            get_text="text",
            get_pixel_offset="offset",
            get_size=12 if crowded else 15,
            get_color=LABEL_COLOR,
            # pydeck turns strings into expressions: literal strings must be quoted inside.
            character_set="'auto'",
            font_family=f'"{CJK_FONT}"',
            font_weight=600,
            get_text_anchor="anchor",
            get_alignment_baseline="'center'",
            line_height=1.25,
            background=True,
            get_background_color=[255, 255, 255, 200],
            background_padding=[4, 2],
            pickable=False,
            # Many units (a province): labels that would overlap give way, larger units first.
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
        initial_view_state=fit_view(collection, height_px=height),
        map_provider=None,  # no basemap: an intranet browser must fetch nothing from outside
        height=height,
        tooltip={
            "html": "<b>{name}</b><br/>{tip}",
            "style": {"backgroundColor": "#1c2733", "color": "#ffffff", "fontSize": "13px", "fontFamily": CJK_FONT},
        },
    )
