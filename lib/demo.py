"""Deterministic demo data: monthly returns 2023-01 to 2024-10, targets, 一县一业一策 plans, users, and
the city's review of the returns (every one passed but some of the latest month's, pending or returned).

The 2023 city totals equal Jiaxing's published 2023 figures (see CITY_TOTALS). Writes through
lib.store only; imports no Streamlit.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import itertools
import random
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lib.auth import DEMO_PASSWORD, Actor, create_user
from lib.column_types import column_type
from lib.identifiers import USCC_ALPHABET, make_uscc
from lib.models import Milestone, Plan, ProgramRecord, Project, UploadBatch, User
from lib.programs import Program, Registry
from lib.region import Region
from lib.store import add_records, build_record, ensure_enterprises, figures, new_batch, record, reviews, sync_units
from lib.store.plans import add_plans, add_targets
from lib.vocabulary import BATCH_SOURCES, PASSED, PENDING, RETURNED

FIRST = (2023, 1)
LAST = (2024, 10)
DEMO_ACTOR = Actor("demo", "admin", None, BATCH_SOURCES["demo"])
BEIJING = dt.timezone(dt.timedelta(hours=8))  # returns arrive in office hours, Beijing time

# City totals per (program, measure) and year. 2023 is Jiaxing's published figures:
# 对标达标 154 enterprises; 品字标 110 pool entries, 102 certified; 绿色产品认证 85 enterprises
# cultivated (counting those certified) holding 26 certificates; 三同 46 products.
# 2024 is a full-year plan; only January to October is written.
CITY_TOTALS = {
    2023: {
        "benchmarking": 154,
        "brand_pool": 110,
        "brand_certified": 102,
        "green_enterprises": 85,
        "green_certificates": 26,
        "recalls": 14,
        "three_same": 46,
    },
    2024: {
        "benchmarking": 170,
        "brand_pool": 120,
        "brand_certified": 112,
        "green_enterprises": 94,
        "green_certificates": 31,
        "recalls": 16,
        "three_same": 54,
    },
}

# Annual city targets per (program, metric); split over units by their weights.
CITY_TARGETS = {
    2023: {
        ("benchmarking", "enterprises"): 150,
        ("brand_mark", "pool"): 100,
        ("brand_mark", "certified"): 100,
        ("recall", "recalls"): 12,
        ("green_cert", "enterprises"): 80,
        ("green_cert", "certificates"): 25,
        ("three_same", "products"): 40,
    },
    2024: {
        ("benchmarking", "enterprises"): 150,
        ("brand_mark", "pool"): 115,
        ("brand_mark", "certified"): 110,
        ("recall", "recalls"): 16,
        ("green_cert", "enterprises"): 90,
        ("green_cert", "certificates"): 36,
        ("three_same", "products"): 50,
    },
}

# Relative economic weight of Jiaxing's units; other regions share equally.
UNIT_WEIGHTS = {
    "南湖区": 1.1,
    "秀洲区": 1.0,
    "嘉善县": 1.2,
    "海盐县": 0.9,
    "海宁市": 1.6,
    "平湖市": 1.2,
    "桐乡市": 1.6,
    "嘉兴经济技术开发区": 0.8,
    "嘉兴港区": 0.6,
}
GENERIC_YEARLY = 60  # demo records a year, city-wide, for a program without published figures
SEASON = (0.6, 0.5, 0.9, 1.0, 1.0, 1.1, 1.0, 0.9, 1.0, 1.1, 1.2, 1.4)

BRANDS = [
    "恒达",
    "华盛",
    "锦程",
    "宏远",
    "永兴",
    "天成",
    "瑞丰",
    "新亚",
    "金诚",
    "博远",
    "盛泰",
    "佳和",
    "立信",
    "鸿运",
    "正泰",
    "振华",
    "隆达",
    "协力",
    "汇通",
    "东升",
    "明辉",
    "顺昌",
    "润德",
    "信达",
    "联创",
    "双林",
    "卓越",
    "凯旋",
    "嘉禾",
    "万润",
    "长兴",
    "德盛",
    "安信",
    "恒力",
    "华港",
    "星辰",
    "中天",
    "远洋",
    "福瑞",
    "通达",
    "精工",
    "荣华",
    "金帆",
    "兴业",
    "大洋",
    "丰源",
    "宇航",
    "晨光",
    "青松",
    "海鹰",
    "银河",
    "翔宇",
    "海川",
    "科达",
    "鼎盛",
    "森源",
    "康泰",
    "亿丰",
    "合力",
    "昊天",
]

# Per featured industry: words for firm names, products, benchmark standards, green categories,
# recall products (product, model, unit of count, defect).
INDUSTRY = {
    "压缩机": dict(
        words=["压缩机", "机械", "精密机械", "制冷设备"],
        products=["螺杆式空气压缩机", "涡旋压缩机", "活塞式制冷压缩机", "无油空气压缩机", "变频空压机"],
        standards=["ISO 1217:2009", "ISO 5389:2005", "EN 12900:2013", "ISO 8573-1:2010"],
        green=["电器电子产品", "涂料"],
        recalls=[("空气压缩机", "ZW-0.6/8", "台", "安全阀开启压力偏高，存在超压爆裂风险")],
    ),
    "智能家居": dict(
        words=["智能家居", "智能科技", "电器", "家居科技"],
        products=["智能马桶盖", "智能门锁", "智能窗帘电机", "智能照明开关", "扫地机器人"],
        standards=["IEC 60335-1:2020", "IEC 60335-2-84:2019", "EN 14846:2008", "IEC 60669-2-1:2021"],
        green=["电器电子产品", "塑料制品"],
        recalls=[
            ("智能马桶盖", "ZT-A1、ZT-A2", "台", "加热组件温控失效，存在烫伤风险"),
            ("智能窗帘电机", "DC-35", "台", "电源适配器绝缘不足，存在触电风险"),
        ],
    ),
    "木业家具": dict(
        words=["木业", "家具", "竹木制品", "家居"],
        products=["实木餐桌", "办公椅", "实木地板", "儿童床", "板式衣柜"],
        standards=["EN 1725:1998", "EN 1335-2:2018", "ISO 7170:2021", "EN 716-1:2017"],
        green=["家具", "人造板和木质地板", "涂料"],
        recalls=[("儿童床", "ET-120", "件", "护栏间隙过大，存在卡夹儿童风险")],
    ),
    "核电关联": dict(
        words=["核电设备", "紧固件", "标准件", "阀门"],
        products=["核级阀门", "高强度紧固件", "不锈钢管件", "核电用法兰"],
        standards=["ASME B16.34-2020", "ISO 898-1:2013", "ASTM A182-21", "EN 1092-1:2018"],
        green=["防水与密封材料", "绝热材料"],
        recalls=[("电热水壶", "HY-1518", "台", "温控器失效，存在干烧起火风险")],
    ),
    "经编": dict(
        words=["经编", "纺织", "家纺", "皮革"],
        products=["经编毛毯", "经编面料", "汽车座椅面料", "皮革沙发", "窗帘布"],
        standards=["ISO 6330:2021", "ISO 12945-2:2020", "EN 14465:2003", "ISO 105-B02:2014"],
        green=["纺织产品", "家具"],
        recalls=[("儿童外套", "TX-2301", "件", "帽绳长度超标，存在勒颈风险")],
    ),
    "箱包": dict(
        words=["箱包", "童车", "服装", "旅行用品"],
        products=["拉杆箱", "双肩背包", "婴儿推车", "儿童电动车", "户外背包"],
        standards=["EN 1888-1:2018", "EN 71-1:2014", "ISO 9073-3:1989", "ASTM F833-21"],
        green=["塑料制品", "纺织产品"],
        recalls=[
            ("电动童车", "TC-6688", "辆", "电池充电保护缺失，存在过热起火风险"),
            ("婴儿推车", "BY-Q3", "辆", "折叠锁止机构失效，存在意外折叠夹伤风险"),
        ],
    ),
    "羊毛衫": dict(
        words=["毛纺", "羊毛衫", "化纤", "针织"],
        products=["羊毛衫", "羊绒衫", "针织开衫", "化纤长丝"],
        standards=["ISO 6330:2021", "ISO 3758:2023", "EN 14682:2014", "ISO 13934-1:2013"],
        green=["纺织产品"],
        recalls=[("儿童毛衫", "MS-K12", "件", "领口绳带超长，存在勒颈风险")],
    ),
    "食品": dict(
        words=["食品", "生物科技", "电子", "包装"],
        products=["速冻食品", "烘焙糕点", "食品包装膜", "电子元器件"],
        standards=["ISO 22000:2018", "EN 13432:2000", "IEC 60068-2-1:2007", "ISO 11607-1:2019"],
        green=["快递包装", "塑料制品", "纸和纸制品"],
        recalls=[("电动自行车充电器", "CD-48V", "台", "输出过压保护缺失，存在电池起火风险")],
    ),
    "化工新材料": dict(
        words=["化工", "新材料", "石化", "高分子材料"],
        products=["聚碳酸酯", "环氧树脂", "工程塑料粒子", "PET薄膜"],
        standards=["ISO 7391-2:2006", "ASTM D638-14", "ISO 527-2:2012", "ASTM D882-18"],
        green=["塑料制品", "涂料", "防水与密封材料"],
        recalls=[("PVC儿童玩具", "WJ-07", "件", "邻苯二甲酸酯增塑剂超标")],
    ),
}
GENERIC = INDUSTRY["智能家居"]


@dataclass
class _Firm:
    uscc: str
    name: str
    unit: str


class _Factory:
    """Names and valid 统一社会信用代码 for new enterprises, unique across the run."""

    def __init__(self, rng: random.Random, region: Region):
        self.rng = rng
        self.region = region
        self.used_names: set[str] = set()
        self.used_codes: set[str] = set()

    def firm(self, unit_name: str) -> _Firm:
        unit = self.region.unit(unit_name)
        info = INDUSTRY.get(unit.industry, GENERIC)
        place = (
            f"{unit.short_name}市"
            if unit.name.endswith("市")
            else (f"{self.region.name}" if unit.kind == "zone" or unit.name.endswith("区") else unit.short_name)
        )
        while True:
            word = self.rng.choice(info["words"])
            suffix = self.rng.choice(["有限公司", "有限公司", "股份有限公司", "科技有限公司"])
            if suffix == "科技有限公司" and "科技" in word:
                suffix = "有限公司"
            prefix = self.rng.choice([place, place, "浙江"])
            name = f"{prefix}{self.rng.choice(BRANDS)}{word}{suffix}"
            if name not in self.used_names:
                break
        self.used_names.add(name)
        region_code = unit.code or self.region.code
        while True:
            body = "MA" + "".join(self.rng.choice(USCC_ALPHABET[:10] + "ABCDEFGH") for _ in range(6))
            code = make_uscc(region_code, body)
            if code not in self.used_codes:
                break
        self.used_codes.add(code)
        return _Firm(code, name, unit_name)


def _split(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Largest-remainder split of an integer total by weights: the parts add up exactly."""
    wsum = sum(weights.values())
    raw = {k: total * w / wsum for k, w in weights.items()}
    parts = {k: int(v) for k, v in raw.items()}
    for key in sorted(raw, key=lambda k: raw[k] - parts[k], reverse=True)[: total - sum(parts.values())]:
        parts[key] += 1
    return parts


def _months(rng: random.Random, count: int, after: int = 0) -> list[int]:
    """count months (1-12) drawn with the seasonal pattern, each later than `after`."""
    months = list(range(after + 1, 13))
    if not months:
        return []
    return sorted(rng.choices(months, weights=[SEASON[m - 1] for m in months], k=count))


def _day(rng: random.Random, year: int, month: int) -> dt.date:
    return dt.date(year, month, rng.randint(1, calendar.monthrange(year, month)[1]))


def _in_range(year: int, month: int) -> bool:
    return FIRST <= (year, month) <= LAST


class _Builder:
    def __init__(self, rng: random.Random, region: Region):
        self.rng = rng
        self.region = region
        self.factory = _Factory(rng, region)
        base = {u.name: UNIT_WEIGHTS.get(u.name, 1.0) for u in region.units}
        # Each program favours units a little differently, so the leaderboard has leaders and laggards.
        self.weights = {
            key: {u: w * rng.uniform(0.7, 1.3) for u, w in base.items()}
            for key in ("benchmarking", "brand", "recall", "green", "three_same")
        }
        self.base_weights = base
        # rows[(program, unit, year, month)] = list of (firm, values)
        self.rows: dict[tuple[str, str, int, int], list[tuple[_Firm, dict]]] = defaultdict(list)
        # Targets of rates (program, metric, year) -> percent: every unit's own, not a share of the city's.
        self.rate_targets: dict[tuple[str, str, int], float] = {}

    def info(self, unit_name: str) -> dict:
        return INDUSTRY.get(self.region.unit(unit_name).industry, GENERIC)

    def add(self, program: str, firm: _Firm, year: int, month: int, values: dict) -> None:
        if _in_range(year, month):
            full = {"enterprise_name": firm.name, "uscc": firm.uscc, "unit": firm.unit, **values}
            self.rows[(program, firm.unit, year, month)].append((firm, full))

    def benchmarking(self, year: int, total: int) -> None:
        rng = self.rng
        for unit, count in _split(total, self.weights["benchmarking"]).items():
            info = self.info(unit)
            for month in _months(rng, count):
                firm = self.factory.firm(unit)
                products = rng.sample(info["products"], k=2 if rng.random() < 0.12 else 1)
                for product in products:
                    self.add(
                        "benchmarking",
                        firm,
                        year,
                        month,
                        {
                            "product": product,
                            "standard_no": rng.choice(info["standards"]),
                            "result": rng.choice(["达到", "达到", "优于"]),
                            "date": _day(rng, year, month),
                        },
                    )

    def brand_mark(self, year: int, pool_total: int, cert_total: int) -> None:
        rng = self.rng
        pool_split = _split(pool_total, self.weights["brand"])
        cert_split = _split(cert_total, self.weights["brand"])
        for unit in pool_split:
            info = self.info(unit)
            pooled: list[tuple[_Firm, int, str]] = []
            for month in _months(rng, pool_split[unit]):
                firm = self.factory.firm(unit)
                product = rng.choice(info["products"])
                pooled.append((firm, month, product))
                self.add(
                    "brand_mark",
                    firm,
                    year,
                    month,
                    {"product": product, "status": "入库培育", "date": _day(rng, year, month)},
                )
            for month in _months(rng, cert_split[unit]):
                earlier = [p for p in pooled if p[1] < month]
                if earlier and rng.random() < 0.5:
                    firm, _, product = earlier[rng.randrange(len(earlier))]
                    pooled.remove((firm, _, product))
                else:
                    firm, product = self.factory.firm(unit), rng.choice(info["products"])
                number = rng.randint(1000, 4999)
                self.add(
                    "brand_mark",
                    firm,
                    year,
                    month,
                    {
                        "product": product,
                        "status": "已认证",
                        "standard_no": f"T/ZZB {number}—{year - 1}",
                        "cert_no": f"ZJM-{rng.randint(1, 30):03d}-{number}-{year}",
                        "date": _day(rng, year, month),
                    },
                )

    def green_cert(self, year: int, firm_total: int, cert_total: int) -> None:
        """Every enterprise gets a 培育中 row; cert_total of them later get an 已获证 row."""
        rng = self.rng
        firm_split = _split(firm_total, self.weights["green"])
        cert_split = _split(cert_total, self.weights["green"])
        # A unit cannot certify more enterprises than it cultivates in months 1-11.
        for unit in cert_split:
            cert_split[unit] = min(cert_split[unit], firm_split[unit])
        shortfall = cert_total - sum(cert_split.values())
        for unit in sorted(firm_split, key=lambda u: firm_split[u] - cert_split[u], reverse=True)[:shortfall]:
            cert_split[unit] += 1
        serial = 0
        for unit, count in firm_split.items():
            info = self.info(unit)
            months = _months(rng, count)
            entries = []
            for index, month in enumerate(months):
                # The earliest cultivated enterprises are the ones certified, so a certificate
                # always follows cultivation and lands within the year.
                if index < cert_split[unit]:
                    month = min(month, 10)
                firm = self.factory.firm(unit)
                product = rng.choice(info["products"])
                category = rng.choice(info["green"])
                entries.append((firm, month, product, category))
                self.add(
                    "green_cert",
                    firm,
                    year,
                    month,
                    {
                        "product": product,
                        "category": category,
                        "status": "培育中",
                        "start_date": _day(rng, year, month),
                    },
                )
            for firm, start_month, product, category in entries[: cert_split[unit]]:
                month = rng.randint(start_month + 1, min(start_month + 4, 12))
                serial += 1
                issued = _day(rng, year, month)
                self.add(
                    "green_cert",
                    firm,
                    year,
                    month,
                    {
                        "product": product,
                        "category": category,
                        "status": "已获证",
                        "cert_no": f"CGP{year}{serial:05d}",
                        "issue_date": issued,
                        "valid_until": issued.replace(year=issued.year + 5) - dt.timedelta(days=1),
                    },
                )

    def recall(self, year: int, total: int) -> None:
        rng = self.rng
        for unit, count in _split(total, self.weights["recall"]).items():
            info = self.info(unit)
            for index, month in enumerate(_months(rng, count)):
                # Each unit's first recall of the year is its industry's signature case
                # (平湖 电动童车, 秀洲 智能家居 ...), later ones vary.
                product, model, qty_unit, defect = info["recalls"][0] if index == 0 else rng.choice(info["recalls"])
                quantity = rng.choice([86, 120, 286, 450, 800, 1200, 2600, 5800])
                start = _day(rng, year, month)
                self.add(
                    "recall",
                    self.factory.firm(unit),
                    year,
                    month,
                    {
                        "product": product,
                        "model": model,
                        "recall_type": "主动召回" if rng.random() < 0.85 else "责令召回",
                        "quantity": float(quantity),
                        "quantity_unit": qty_unit,
                        "defect": defect,
                        "date": start,
                        "recalled": float(int(quantity * rng.uniform(0.4, 0.95))),
                    },
                )

    def three_same(self, year: int, total: int) -> None:
        rng = self.rng
        for unit, count in _split(total, self.weights["three_same"]).items():
            info = self.info(unit)
            firm = None
            for month in _months(rng, count):
                if firm is None or rng.random() > 0.2:
                    firm = self.factory.firm(unit)
                food = self.region.unit(unit).industry == "食品" and rng.random() < 0.6
                self.add(
                    "three_same",
                    firm,
                    year,
                    month,
                    {
                        "product": rng.choice(info["products"]),
                        "category": "食品农产品" if food else rng.choice(["一般消费品", "工业品"]),
                        "date": _day(rng, year, month),
                        "on_platform": rng.random() < 0.7,
                    },
                )

    def build(self, registry: Registry, seed: int) -> dict[tuple[str, str, int], int]:
        """Rows for every program of the registry: Jiaxing's five with their published figures, any
        other from its column declarations. Returns the city targets (program, metric, year) -> value."""
        crafted = {
            "benchmarking": lambda year, t: self.benchmarking(year, t["benchmarking"]),
            "brand_mark": lambda year, t: self.brand_mark(year, t["brand_pool"], t["brand_certified"]),
            "green_cert": lambda year, t: self.green_cert(year, t["green_enterprises"], t["green_certificates"]),
            "recall": lambda year, t: self.recall(year, t["recalls"]),
            "three_same": lambda year, t: self.three_same(year, t["three_same"]),
        }
        targets = {
            (program, metric, year): value
            for year, city in CITY_TARGETS.items()
            for (program, metric), value in city.items()
            if program in registry.keys
        }
        for year, totals in CITY_TOTALS.items():
            for key, make in crafted.items():
                if key in registry.keys:
                    make(year, totals)
        for program in registry:
            if program.key not in crafted:
                # Its own random stream: adding a program leaves the other programs' demo figures as they were.
                targets |= self.generic(program, random.Random(f"{seed}-{program.key}"))
        return targets

    def generic(self, program: Program, rng: random.Random) -> dict[tuple[str, str, int], int]:
        """Rows for a program the demo has no figures for, from its columns' types: about GENERIC_YEARLY
        records a year city-wide, spread over units and months; targets a little above what is reported."""
        weights = {u: w * rng.uniform(0.7, 1.3) for u, w in self.base_weights.items()}
        filled = [c for c in program.columns if c.key not in ("enterprise_name", "uscc", "unit")]
        # Enterprises from the program's own stream, never a name or code another program's demo uses.
        factory = _Factory(rng, self.region)
        factory.used_names, factory.used_codes = self.factory.used_names, self.factory.used_codes
        # A rate's numerator counts rows of one value (合格): each unit writes it in its own share of rows,
        # so the units' rates differ and some fall short of the target.
        rated = [program.metric(m.numerator).where for m in program.metrics if m.is_ratio]
        shares = {where: {u: rng.uniform(0.86, 0.99) for u in weights} for where in rated if where}
        targets = {}
        for year in CITY_TOTALS:
            # A rate needs batches enough per unit and month to mean something (嘉兴: 1922 抽查批次 a year).
            total = GENERIC_YEARLY * (12 if program.primary.is_ratio else 1)
            for unit, count in _split(total, weights).items():
                for month in _months(rng, count):
                    firm = factory.firm(unit)
                    day = _day(rng, year, month)
                    values = {c.key: column_type(c.type).sample(c, rng, day, unit) for c in filled}
                    for (column, value), share in shares.items():
                        others = [v for v in program.column(column).allowed_values if v != value]
                        values[column] = value if rng.random() < share[unit] or not others else rng.choice(others)
                    self.add(program.key, firm, year, month, values)
            for metric in program.metrics:
                if metric.target and metric.is_ratio:
                    self.rate_targets[(program.key, metric.key, year)] = 92.0
                elif metric.target:
                    targets[(program.key, metric.key, year)] = round(total * 1.1)
        return targets


def _months_in_range() -> list[tuple[int, int]]:
    out = []
    year, month = FIRST
    while (year, month) <= LAST:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _plan_content(unit_name: str, industry: str, year: int, one_project: bool, rng: random.Random) -> dict:
    finished = year < LAST[0]
    projects = [
        {
            "name": f"{industry}产业质量提升攻坚项目",
            "owner": f"{unit_name}市场监管局质量发展科",
            "description": f"围绕{industry}产业质量短板，组织诊断、对标、攻关，提升产业整体质量水平。",
            "milestones": ["开展产业质量状况调研", "制定质量提升实施方案", "组织关键质量问题攻关", "项目总结验收"],
        },
        {
            "name": f"{industry}标准领跑与品牌培育项目",
            "owner": f"{unit_name}市场监管局标准化科",
            "description": f"推动{industry}企业对标国际先进标准，培育“品字标”企业和“三同”产品。",
            "milestones": ["梳理重点企业清单", "组织对标达标和标准研制", "“品字标”认证辅导", "成效评估"],
        },
    ]
    if one_project:
        projects = projects[:1]
    out = []
    for index, proj in enumerate(projects):
        start = dt.date(year, 2 + index, 1)
        due = dt.date(year, 12, 20)
        milestones = []
        for mindex, title in enumerate(proj["milestones"]):
            mdue = dt.date(year, 3 + mindex * 3, 28)
            done = finished or ((year, mdue.month) < LAST and rng.random() < 0.85)
            done_date = mdue - dt.timedelta(days=rng.randint(0, 20)) if done else None
            milestones.append({"title": title, "due_date": mdue, "done_date": done_date})
        done_count = sum(1 for m in milestones if m["done_date"])
        progress = 100 if finished else min(95, int(done_count / len(milestones) * 100) + rng.randint(0, 15))
        out.append({**proj, "start_date": start, "due_date": due, "progress": progress, "milestones": milestones})
    measures = [
        f"组织{industry}重点企业开展对标达标，推动执行国际先进标准",
        f"培育“品字标”{industry}企业，打造区域公共品牌",
        f"建设{industry}质量基础设施“一站式”服务平台，提供检验检测、标准、计量一站式服务",
        f"开展{industry}产品质量分级监管，实施“一次召回、提升一个产业”",
    ]
    return {"projects": out, "measures": measures}


def load_demo(
    session: Session, region: Region, registry: Registry, seed: int = 2023, *, by: str = "demo"
) -> dict[str, int]:
    """Write the demo data in the caller's unit of work (one audit entry by `by`); refuses when
    records already exist."""
    if session.scalar(select(func.count()).select_from(ProgramRecord)):
        raise RuntimeError("数据库中已有上报数据，未写入演示数据。")
    rng = random.Random(seed)
    ids = sync_units(session, region)
    builder = _Builder(rng, region)
    city_targets = builder.build(registry, seed)

    firms: dict[str, tuple[str, int]] = {}
    for rows in builder.rows.values():
        for firm, _ in rows:
            firms.setdefault(firm.uscc, (firm.name, ids[firm.unit]))
    enterprise_ids = ensure_enterprises(session, firms)

    users = _demo_users(session, region, ids)
    records = []
    batches: list[UploadBatch] = []
    for year, month in _months_in_range():
        for unit in region.units:
            counts = {p.key: len(builder.rows.get((p.key, unit.name, year, month), [])) for p in registry}
            # Returns arrive by the 5th of the next month, a few a little late.
            due_year, due_month = (year + 1, 1) if month == 12 else (year, month + 1)
            day = rng.choice([2, 3, 3, 4, 4, 5, 5, 5, 6, 8])
            digest = hashlib.sha256(f"{unit.name}{year}{month}{counts}".encode()).hexdigest()
            batch = new_batch(
                session,
                unit_id=ids[unit.name],
                year=year,
                month=month,
                source="demo",
                uploaded_by=users.get(unit.name, "admin"),
                uploaded_at=dt.datetime(
                    due_year, due_month, day, 9 + rng.randint(0, 8), rng.randint(0, 59), tzinfo=BEIJING
                ).astimezone(dt.UTC),
                file_name=f"{unit.name}{year}年{month}月质量提升工作月报.xlsx",
                size_bytes=18_000 + 420 * sum(counts.values()),
                sha256=digest,
                accepted_rows=sum(counts.values()),
                counts=counts,
            )
            batches.append(batch)
            for prog in registry:
                for row_no, (firm, values) in enumerate(builder.rows.get((prog.key, unit.name, year, month), []), 5):
                    records.append(
                        build_record(
                            prog,
                            unit_id=ids[unit.name],
                            year=year,
                            month=month,
                            values=values,
                            enterprise_id=enterprise_ids[firm.uscc],
                            batch_id=batch.id,
                            source_row=row_no,
                            quantity_unit=values.get("quantity_unit"),
                        )
                    )
    add_records(session, records)
    _demo_reviews(session, region, registry, batches, builder, ids)
    # The latest month is long closed (QB_CLOSE_DAYS); it stays open for the first unit so its clerk can try an
    # upload (the README's walkthrough), as an admin would open it.
    reviews.open_month(
        session,
        unit_id=ids[region.units[0].name],
        year=LAST[0],
        month=LAST[1],
        until=dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=BEIJING),
        reason="演示：开放试用上报",
        username="admin",
    )
    figures.rebuild(session, registry)  # every figure at once, built with this registry's metrics and states
    targets = _demo_targets(session, ids, builder, city_targets)
    plans = _demo_plans(session, region, ids, rng)
    counts = {"records": len(records), "enterprises": len(enterprise_ids), "targets": targets, "plans": plans}
    record(session, by, "demo", "database", "", figures=True, **counts)
    return counts


REVIEWER = "reviewer"
RETURN_REASON = "部分企业信息与证明材料不一致，请核实后重新上报。"
ROW_NOTE = "企业名称与统一社会信用代码不一致，请对照营业执照核对。"


def _demo_reviews(
    session: Session,
    region: Region,
    registry: Registry,
    batches: list[UploadBatch],
    builder: _Builder,
    ids: dict[str, int],
) -> None:
    """Each demo return's review: passed two days after it arrived, but in the latest month the first unit's
    returns are pending (its clerk just sent them), the second unit's first program with rows is returned
    with a note on its first row, and the third unit's first program is pending."""
    units = [u.name for u in region.units]
    names = {unit_id: name for name, unit_id in ids.items()}
    keys = list(registry.keys)
    returned = next(
        ((units[1], key) for key in keys if len(units) > 1 and builder.rows.get((key, units[1], *LAST))),
        None,
    )
    states, actions = [], []
    for batch in batches:
        unit = names[batch.unit_id]
        latest = (batch.year, batch.month) == LAST
        for key in keys:
            status, reason, rows = PASSED, "", []
            if latest and (unit == units[0] or (len(units) > 2 and (unit, key) == (units[2], keys[0]))):
                status = PENDING
            elif latest and (unit, key) == returned:
                status, reason, rows = RETURNED, RETURN_REASON, [{"row": 5, "note": ROW_NOTE}]  # its first row
            reviewed_at = batch.uploaded_at + dt.timedelta(days=1 if status == RETURNED else 2)
            where = {"unit_id": batch.unit_id, "program": key, "year": batch.year, "month": batch.month}
            states.append(
                where
                | {
                    "status": status,
                    "batch_id": batch.id,
                    "reviewed_batch_id": None if status == PENDING else batch.id,
                    "reason": reason,
                    "rows": rows,
                    "updated_by": batch.uploaded_by if status == PENDING else REVIEWER,
                    "updated_at": batch.uploaded_at if status == PENDING else reviewed_at,
                    "version": 1 if status == PENDING else 2,
                }
            )
            submit = {"action": "submit", "status": PENDING, "username": batch.uploaded_by, "at": batch.uploaded_at}
            actions.append(where | submit | {"batch_id": batch.id, "reason": "", "rows": []})
            if status != PENDING:
                review = {"action": "pass" if status == PASSED else "return", "username": REVIEWER}
                actions.append(
                    where
                    | review
                    | {"status": status, "at": reviewed_at, "batch_id": batch.id, "reason": reason}
                    | {"rows": rows}
                )
    reviews.add_states(session, states, actions)


def _demo_targets(session: Session, ids: dict[str, int], builder: _Builder, city: dict) -> int:
    shares = (
        {"program": program, "metric": metric, "unit_id": ids[unit], "year": year, "value": max(value, 1)}
        for (program, metric, year), total in city.items()
        for unit, value in _split(total, builder.base_weights).items()
    )
    rates = (
        {"program": program, "metric": metric, "unit_id": ids[unit], "year": year, "value": rate}
        for (program, metric, year), rate in builder.rate_targets.items()
        for unit in builder.base_weights
    )
    return add_targets(session, itertools.chain(shares, rates))


def _demo_plans(session: Session, region: Region, ids: dict[str, int], rng: random.Random) -> int:
    plans = []
    for year in (2023, 2024):
        for unit in region.units:
            industry = unit.industry or "特色产业"
            # Functional zones run one project, counties two: 16 projects city-wide as in 2023.
            content = _plan_content(unit.name, industry, year, unit.kind == "zone", rng)
            plans.append(build_plan(ids[unit.name], unit.name, industry, year, content))
    return add_plans(session, plans)


def build_plan(unit_id: int, unit_name: str, industry: str, year: int, content: dict) -> Plan:
    """A 一县一业一策 plan with its projects and milestones from _plan_content."""
    plan = Plan(
        unit_id=unit_id,
        year=year,
        industry=industry,
        title=f"{unit_name}{industry}产业质量提升“一县一业一策”实施方案（{year}年）",
        goal=f"到{year}年底，{industry}产业对标达标、品牌培育和质量基础设施服务水平明显提升。",
        measures=content["measures"],
        updated_by="demo",
    )
    for pindex, proj in enumerate(content["projects"]):
        project = Project(
            name=proj["name"],
            owner=proj["owner"],
            description=proj["description"],
            start_date=proj["start_date"],
            due_date=proj["due_date"],
            progress=proj["progress"],
            status="已完成" if proj["progress"] >= 100 else "进行中",
            sort_order=pindex,
        )
        for mindex, mil in enumerate(proj["milestones"]):
            project.milestones.append(Milestone(sort_order=mindex, **mil))
        plan.projects.append(project)
    return plan


def _demo_users(session: Session, region: Region, ids: dict[str, int]) -> dict[str, str]:
    """One account of each role (password DEMO_PASSWORD), a unit's staff for the first two units (the
    second's latest return is 退回, so its clerk sees that side); returns unit name -> uploader name."""
    existing = set(session.scalars(select(User.username)))
    wanted = [
        ("admin", "admin", None, "系统管理员"),
        ("leader", "leader", None, "局领导"),
        ("reviewer", "reviewer", None, "市局审核员"),
        *((f"staff_{u.code or 'zone'}", "staff", u.name, f"{u.name}业务人员") for u in region.units[:2]),
    ]
    for username, role, unit, display in wanted:
        if username not in existing:
            create_user(session, username, role, DEMO_PASSWORD, unit, display, actor=DEMO_ACTOR)
    return {unit: username for username, role, unit, _ in wanted if role == "staff"}
