"""Reporting units: every way a unit is written, refusals with a suggestion, boundaries."""

from __future__ import annotations

import json

import pytest

from lib.region import UnknownUnitError, load_boundaries, load_region, region_from_cnmaps
from lib.vocabulary import ON_TRACK


@pytest.fixture(scope="module")
def jiaxing():
    return load_region("330400")


def test_jiaxing_has_seven_counties_and_two_zones(jiaxing):
    assert jiaxing.name == "嘉兴市"
    counties = [u for u in jiaxing.units if u.kind == "county"]
    zones = [u for u in jiaxing.units if u.kind == "zone"]
    assert {u.code for u in counties} == {"330402", "330411", "330421", "330424", "330481", "330482", "330483"}
    assert {u.short_name for u in zones} == {"经开", "港区"}
    assert all(u.point and u.code is None for u in zones)
    assert all(u.industry for u in jiaxing.units)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("南湖", "南湖区"),
        ("南湖区", "南湖区"),
        ("嘉兴市南湖区", "南湖区"),
        ("浙江省嘉兴市南湖区", "南湖区"),
        ("嘉興市南湖區", "南湖区"),
        (" 南 湖 区 ", "南湖区"),
        ("南湖区\u3000", "南湖区"),
        ("秀城区", "南湖区"),
        ("330402", "南湖区"),
        ("桐鄉市", "桐乡市"),
        ("海寧", "海宁市"),
        ("平湖市市场监督管理局", "平湖市"),
        ("经开", "嘉兴经济技术开发区"),
        ("嘉兴经开区", "嘉兴经济技术开发区"),
        ("經開", "嘉兴经济技术开发区"),
        ("港区", "嘉兴港区"),
        ("嘉兴港区", "嘉兴港区"),
    ],
)
def test_match_any_way_a_unit_is_written(jiaxing, written, expected):
    assert jiaxing.match(written).name == expected


def test_unknown_name_is_refused_with_a_suggestion(jiaxing):
    with pytest.raises(UnknownUnitError) as error:
        jiaxing.match("南潮区")
    assert error.value.suggestion == "南湖区"
    assert "南潮区" in str(error.value) and "南湖区" in str(error.value)


@pytest.mark.parametrize("written", ["吴兴区", "上海", "", None])
def test_names_outside_the_region_are_refused(jiaxing, written):
    with pytest.raises(UnknownUnitError):
        jiaxing.match(written)


def test_boundaries_are_polygons_for_counties_and_points_for_zones():
    collection = load_boundaries("330400")
    kinds = {f["properties"]["name"]: f["geometry"]["type"] for f in collection["features"]}
    assert kinds["嘉兴港区"] == "Point" and kinds["嘉兴经济技术开发区"] == "Point"
    assert kinds["南湖区"] in {"Polygon", "MultiPolygon"}
    assert len(kinds) == 9
    # Simplified for the browser: the whole collection stays small.
    assert len(json.dumps(collection)) < 200_000
    lon, lat = next(f for f in collection["features"] if f["properties"]["name"] == "海宁市")["properties"]["label"]
    assert 120.3 < lon < 120.9 and 30.2 < lat < 30.7


def test_another_city_is_a_config_change():
    huzhou = region_from_cnmaps("330500")
    assert huzhou.name == "湖州市"
    assert {u.name for u in huzhou.units} == {"吴兴区", "南浔区", "德清县", "长兴县", "安吉县"}
    assert huzhou.match("湖州市吴兴区").name == "吴兴区"
    assert huzhou.match("安吉").code == "330523"
    collection = load_boundaries("330500")
    assert len(collection["features"]) == 5
    assert all(f["geometry"]["type"] in {"Polygon", "MultiPolygon"} for f in collection["features"])


def test_a_province_lists_every_county_unit():
    zhejiang = region_from_cnmaps("330000")
    assert len(zhejiang.units) >= 89
    assert zhejiang.match("杭州市西湖区").city == "杭州市"


def test_a_province_map_keeps_its_labels_apart():
    """90 units: names only, smaller, and labels that would overlap give way (larger units first);
    a city's map shows name and figure on every unit."""
    from lib.maps import UnitShade, progress_deck

    def labels(code: str) -> tuple[dict, list[dict]]:
        collection = load_boundaries(code)
        shades = {f["properties"]["name"]: UnitShade(ON_TRACK, "88.0%", "") for f in collection["features"]}
        deck = json.loads(progress_deck(collection, shades).to_json())
        layer = next(layer for layer in deck["layers"] if layer["id"] == "labels")
        return layer, layer["data"]

    city_layer, city = labels("330400")
    assert all(item["text"].endswith("\n88.0%") for item in city)
    assert "extensions" not in city_layer and city_layer["getSize"] == 15
    province_layer, province = labels("330000")
    assert len(province) == 90 and all("\n" not in item["text"] for item in province)
    assert province_layer["extensions"] == [{"@@type": "CollisionFilterExtension"}]
    assert province_layer["collisionEnabled"] is True and province_layer["getSize"] == 12
    priority = {item["text"]: item["priority"] for item in province}
    assert priority["淳安县"] > priority["上城区"] > 0
