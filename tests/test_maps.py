"""Maps that read in every city, measured: the demo data of cities with a dense centre (广州, 杭州, 成都) and
a province (浙江). The map picture names every unit with its figure (on the unit, called out at the side
with a leader line, or numbered with a key), no two labels overlap and none leaves the picture; the page's
map draws only labels that fit, none overlapping at the view fitted to its frame, the region as wide as
the frame, every unit on hover and in the table beside it. Screenshots of each picture in
tests/artifacts/map-<code>.png."""

from __future__ import annotations

import io
import itertools
import json

import numpy as np
import pytest
from PIL import Image

from lib import pictures
from lib.briefing.docx import TEXT_WIDTH_CM
from lib.db import session_scope, upgrade_database
from lib.demo import load_demo
from lib.maps import (
    GAP,
    STACKED,
    TABLE_WIDTH,
    UnitShade,
    bounds,
    drawn_label_boxes,
    fit_view,
    map_aspect,
    map_frame,
    progress_deck,
    screen,
)
from lib.metrics import load_latest_period
from lib.month_view import COMPOSITE, build_month_view, compute_map_table
from lib.programs import get_registry
from lib.region import load_boundaries, load_region
from lib.vocabulary import progress_label
from tests.test_app import run_app

DENSE = ["440100", "330100", "510100", "330000"]
PAGE_HEIGHT_CM = 29.7 - 3.7 - 3.5  # A4 less the 通报's top and bottom margins


@pytest.fixture(scope="module")
def demo_shades(tmp_path_factory):
    """The composite score shading of the latest demo month, per region code (the demo built once each)."""
    made: dict[str, dict[str, UnitShade]] = {}

    def shades(code: str) -> dict[str, UnitShade]:
        if code not in made:
            url = f"sqlite:///{tmp_path_factory.mktemp(code) / 'demo.db'}"
            upgrade_database(url)
            registry, region = get_registry(), load_region(code)
            with session_scope(url) as session:
                load_demo(session, region, registry)
            with session_scope(url) as session:
                view = build_month_view(session, registry, region, load_latest_period(session))
            made[code] = view.shades[COMPOSITE]
        return made[code]

    return shades


def shown_text(label: pictures.MapLabel) -> str:
    return "".join(run for line in label.text.lines for run, _ in line)


def boxes(layout: pictures.MapLayout) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Every box the picture draws text in: labels, numbers and the key's lines."""
    placed = [(label.unit, label.box) for label in layout.labels]
    return placed + [(f"{label.unit} (key)", label.key) for label in layout.labels if label.key]


@pytest.mark.parametrize("code", DENSE)
def test_the_map_picture_names_every_unit_with_its_figure(code, demo_shades, artifacts):
    shades = demo_shades(code)
    collection = load_boundaries(code)
    layout = pictures.map_layout(collection, shades)
    by_unit = {label.unit: label for label in layout.labels}
    assert set(by_unit) == {feature["properties"]["name"] for feature in collection["features"]}
    for feature in collection["features"]:
        name, short = feature["properties"]["name"], feature["properties"]["short_name"]
        label = by_unit[name]
        assert label.how in {"inside", "beside", "callout", "number"}
        text = shown_text(label)
        assert (name in text or short in text) and shades[name].figure in text, (label, text)
        assert (label.how == "number") == (label.key is not None)
        assert (label.how in {"callout", "number"}) or label.leader is None
    if code == "330000":  # 90 units: most are numbered, each number once, 1 to n
        numbers = sorted(label.number for label in layout.labels if label.number)
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 30
    else:  # a city: the small units of the centre are called out at the side
        assert {label.how for label in layout.labels} == {"inside", "callout"}
    png = pictures.map_png(
        collection, shades, title="各县（市、区）质量提升工作综合得分", period_text="2024年1—10月", source="数据来源"
    )
    (artifacts / f"map-{code}.png").write_bytes(png)


@pytest.mark.parametrize("code", ["330400", *DENSE])
def test_no_label_of_the_map_picture_overlaps_another_or_leaves_it(code, demo_shades):
    layout = pictures.map_layout(load_boundaries(code), demo_shades(code))
    drawn = boxes(layout)
    for (one, a), (other, b) in itertools.combinations(drawn, 2):
        assert not pictures._overlap(a, b), (one, other)
    for unit, (left, top, right, bottom) in drawn:
        assert 0 <= left < right <= layout.width and 0 <= top < bottom <= layout.height, unit
    leaders = [(label.unit, label.leader) for label in layout.labels if label.leader]
    for (one, a), (other, b) in itertools.combinations(leaders, 2):
        assert not pictures._crosses(a, b), (one, other)
    # A callout's leader goes from its unit to the side of its plate that faces the map.
    for label in layout.labels:
        if label.how == "callout":
            _, (x, end_y) = label.leader
            assert x in (label.box[0], label.box[2]) and label.box[1] < end_y < label.box[3]


@pytest.mark.parametrize("code", ["330400", *DENSE])
def test_the_map_picture_keeps_its_size_and_fits_a_page_of_the_briefing(code, demo_shades):
    png = pictures.map_png(load_boundaries(code), demo_shades(code), title="综合得分", period_text="", source="")
    picture = Image.open(io.BytesIO(png))
    assert picture.width == pictures.WIDTH * pictures.SCALE
    printed_height = picture.height / picture.width * (TEXT_WIDTH_CM - 0.2)
    if code == "330000":  # the key under the map: taller, still one page
        assert printed_height <= PAGE_HEIGHT_CM
    else:
        assert picture.height == 1536


def test_where_a_label_goes_is_measured_not_listed(demo_shades):
    """嘉兴's seven counties hold their names and figures (the two zones' go beside their dots); a figure as
    long as a sentence fits on none of them, so every county is called out (fewer than the columns hold:
    none is numbered)."""
    collection = load_boundaries("330400")
    shades = demo_shades("330400")
    layout = pictures.map_layout(collection, shades)
    assert {label.how for label in layout.labels} == {"inside", "beside"}
    wordy = {
        name: UnitShade(shade.status, f"{shade.figure}（较上月提高三个名次）", "") for name, shade in shades.items()
    }
    layout = pictures.map_layout(collection, wordy)
    counties = {f["properties"]["name"] for f in collection["features"] if f["properties"]["kind"] == "county"}
    assert {label.unit for label in layout.labels if label.how == "callout"} == counties
    assert all("较上月提高三个名次" in shown_text(label) for label in layout.labels)


# The page's map ---------------------------------------------------------------------------------------

PAGES = [358, 1200, 1760]  # the main column on a phone, at 1366 and at 1920 pixels


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("code", ["330400", *DENSE])
def test_the_page_maps_labels_never_overlap_and_the_region_fills_its_frame(code, page, demo_shades):
    collection, shades = load_boundaries(code), demo_shades(code)
    frame = map_frame(map_aspect(collection), page)
    deck = json.loads(progress_deck(collection, shades, width=frame.width, height=frame.height).to_json())
    view = fit_view(collection, frame.width, frame.height)
    assert deck["initialViewState"]["zoom"] == view.zoom and deck["initialViewState"]["height"] == frame.height
    layer = next(layer for layer in deck["layers"] if layer["id"] == "labels")
    placed = [label for label in layer["data"] if label["fits"]]
    drawn = drawn_label_boxes(placed, view, frame.width, frame.height, layer["getSize"])
    for (a, one), (b, other) in itertools.combinations(zip(drawn, placed, strict=True), 2):
        assert not pictures._overlap(a, b), (one["text"], other["text"])
    short = {f["properties"]["name"]: f["properties"]["short_name"] for f in collection["features"]}
    for (left, top, right, bottom), label in zip(drawn, placed, strict=True):
        assert min(left, top) >= 0 and right <= frame.width and bottom <= frame.height, label["text"]
        assert label["text"].startswith((label["name"], short[label["name"]]))
        assert code == "330000" or label["text"].endswith(shades[label["name"]].figure)  # a province: names only
    if code == "330000":  # every other name is passed too, and gives way to these where deck.gl sees them collide
        assert len(layer["data"]) == len(collection["features"]) and layer["collisionEnabled"] is True
        given_way = [label for label in layer["data"] if not label["fits"]]
        assert all(one["priority"] > other["priority"] for one in placed for other in given_way)
    else:  # a city passes only the labels that fit
        assert placed == layer["data"] and "extensions" not in layer
    # The region as wide as its frame (less its margin), nowhere cut off.
    west, south, east, north = bounds(collection)
    (x0, y0), (x1, y1) = screen(view, frame.width, frame.height)(np.array([[west, south], [east, north]]))
    assert 0.8 <= (x1 - x0) / frame.width <= 1 and 0 < (y0 - y1) / frame.height <= 1
    assert min(x0, y1) >= 0 and x1 <= frame.width and y0 <= frame.height
    if page < STACKED:
        assert frame.width == page and frame.table == 0  # a phone: the table under the map
    else:
        assert frame.width + frame.table + GAP == page and frame.table >= TABLE_WIDTH


@pytest.mark.parametrize("code", ["330400", *DENSE])
def test_a_unit_without_a_label_on_the_page_map_shows_it_on_hover_and_in_the_table(code, demo_shades):
    collection, shades = load_boundaries(code), demo_shades(code)
    made = progress_deck(collection, shades)
    deck = json.loads(made.to_json())
    layers = {layer["id"]: layer for layer in deck["layers"]}
    hover = {f["name"]: f["tip"] for f in layers["units"]["data"]["features"]}
    hover |= {point["name"]: point["tip"] for point in layers["zones"]["data"]}
    assert hover == {name: shade.tooltip for name, shade in shades.items()}
    assert "{name}" in made._tooltip["html"] and "{tip}" in made._tooltip["html"]  # what Streamlit shows on hover
    labelled = {label["name"] for label in layers["labels"]["data"] if label["fits"]}
    if code != "330400":
        assert len(labelled) < len(shades)  # a dense centre: some units are read on hover and in the table
    table = compute_map_table(shades, "综合得分")
    assert sorted(table["单位"]) == sorted(shades) and list(table["序号"]) == list(range(1, len(shades) + 1))
    values = [shades[unit].value for unit in table["单位"]]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True) and values[: len(known)] == known  # highest first, unknown last
    for row in table.itertuples(index=False):
        assert row.综合得分 == shades[row.单位].figure and row.进度 == progress_label(shades[row.单位].status)


def test_the_overview_lists_every_unit_beside_the_map(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = run_app("leader")
    table = next(t.value for t in app.table if list(t.value.columns)[:3] == ["单位", "综合得分", "进度"])
    # What waits for the city's review (QB_REVIEW=mark): the demo's latest month has returns of three units
    # waiting (pending, or returned to 秀洲区); each of them names its programs, the others none.
    waiting = dict(zip(table["单位"], table["待审核"], strict=True))
    assert {unit for unit, text in waiting.items() if text != "—"} == {"南湖区", "秀洲区", "嘉善县"}
    assert waiting["秀洲区"] == "对标达标" and "品字标" in waiting["南湖区"]
    assert len(table) == 9 and table.iloc[0]["综合得分"] == max(table["综合得分"], key=lambda t: float(t[:-1]))
    assert {"嘉兴经济技术开发区", "嘉兴港区"} <= set(table["单位"])  # the zones, which have no boundary, too
