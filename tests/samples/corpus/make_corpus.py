"""Writes the reader corpus: monthly returns in the layouts county bureaus really send.

Run from the repository root: `python tests/samples/corpus/make_corpus.py`. It rewrites every
file in files/ and expected/ deterministically (same bytes on every run); the .xls returns need
the xlwt package from requirements-dev.txt. tests/test_corpus.py only reads what is committed.

Each return is built by one function below. Every data row is written next to its expectation:
the values a careful clerk reads off that row, typed by hand (never derived from the cells by
code, and never taken from the project's reader). Only the credit codes are computed: they are
valid GB 32100 codes made from a seed, so the same names get the same codes on every run.

Conventions for the expected values are in README.md beside this file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"

B, P, R, G, T = "benchmarking", "brand_mark", "recall", "green_cert", "three_same"

# ---------------------------------------------------------------------------------------------
# Credit codes (GB 32100-2015; positions 9-17 are a GB 11714 organisation code with its own check)
# ---------------------------------------------------------------------------------------------
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
REGION = {
    "南湖区": "330402",
    "秀洲区": "330411",
    "嘉善县": "330421",
    "海盐县": "330424",
    "海宁市": "330481",
    "平湖市": "330482",
    "桐乡市": "330483",
    # The two functional zones have no code of their own: firms there register with a county.
    "嘉兴经济技术开发区": "330402",
    "嘉兴港区": "330482",
}


def check_char(first17: str) -> str:
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def org_check(body: str) -> str:
    total = sum(int(ch, 36) * w for ch, w in zip(body, ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "0" if value == 11 else "X" if value == 10 else str(value)


class Firms:
    """Valid codes for one return: firms[1], firms[2], ... stable for a (unit, tag) pair."""

    def __init__(self, unit: str, tag: str, kind: str = "91"):
        self.region, self.tag, self.kind = REGION[unit], tag, kind
        self.issued: dict[object, str] = {}

    def __getitem__(self, n: object) -> str:
        if n not in self.issued:
            rng = random.Random(f"{self.region}/{self.tag}/{n}")
            if rng.random() < 0.75:
                body = "MA2" + rng.choice("8BCDEFGHJ") + "".join(rng.choice(ALPHABET) for _ in range(4))
            else:
                body = rng.choice("37") + "".join(rng.choice("0123456789") for _ in range(7))
            first17 = self.kind + self.region + body + org_check(body)
            self.issued[n] = first17 + check_char(first17)
        return self.issued[n]

    def coop(self, n: object) -> str:
        """A farmers' cooperative (registration kind 93)."""
        rng = random.Random(f"{self.region}/{self.tag}/coop/{n}")
        body = "MA2" + rng.choice("8BCDEFGHJ") + "".join(rng.choice(ALPHABET) for _ in range(4))
        first17 = "93" + self.region + body + org_check(body)
        return first17 + check_char(first17)


def wrong_check(code: str) -> str:
    """The same code with a wrong last character (a typo the check catches)."""
    index = ALPHABET.index(code[17])
    return code[:17] + ALPHABET[(index + 7) % 31]


def serial(year: int, month: int, day: int) -> int:
    """An Excel serial day number, as a date cell pasted as a plain number shows."""
    return (dt.date(year, month, day) - dt.date(1899, 12, 30)).days


def d(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


def ok(program: str, **values: object) -> dict:
    return {"program": program, "accepted": True, "values": values}


def no(program: str) -> dict:
    return {"program": program, "accepted": False}


# ---------------------------------------------------------------------------------------------
# Writers that remember the Excel row of every expected row
# ---------------------------------------------------------------------------------------------
CN_DATE = 'yyyy"年"m"月"d"日"'
TITLE = Font(bold=True, size=14)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


class XSheet:
    def __init__(self, book: XBook, ws):
        self.book, self.ws, self.n = book, ws, 0

    def put(self, cells: list, expect: dict | None = None, date_format: str | None = None, bold: bool = False) -> int:
        self.n += 1
        for col, value in enumerate(cells, start=1):
            if value is None:
                continue
            cell = self.ws.cell(row=self.n, column=col, value=value)
            if isinstance(value, dt.date):
                cell.number_format = date_format or "yyyy-mm-dd"
            if bold:
                cell.font = BOLD
                cell.alignment = CENTER
        if expect is not None:
            self.book.rows.append({"sheet": self.ws.title, "row": self.n, **expect})
        return self.n

    def blank(self, count: int = 1) -> None:
        self.n += count

    def title(self, text: str, width: int, size: int = 14) -> None:
        row = self.put([text])
        self.ws.cell(row=row, column=1).font = Font(bold=True, size=size)
        if width > 1:
            self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            self.ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")

    def merge(self, ref: str) -> None:
        self.ws.merge_cells(ref)

    def widths(self, *widths: float) -> None:
        for col, width in enumerate(widths, start=1):
            self.ws.column_dimensions[chr(64 + col)].width = width


class XBook:
    def __init__(self):
        self.wb = Workbook()
        self.rows: list[dict] = []
        self._first = True

    def sheet(self, name: str) -> XSheet:
        if self._first:
            ws = self.wb.active
            ws.title = name
            self._first = False
        else:
            ws = self.wb.create_sheet(name)
        return XSheet(self, ws)

    def data(self) -> bytes:
        props = self.wb.properties
        props.creator = "Administrator"
        props.lastModifiedBy = "Administrator"
        props.created = props.modified = dt.datetime(2024, 1, 1)
        buffer = io.BytesIO()
        self.wb.save(buffer)
        return stable_zip(buffer.getvalue())


def stable_zip(data: bytes) -> bytes:
    """The same archive with fixed member times and document dates, so reruns give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", body)
            member = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, body)
    return out.getvalue()


class Lines:
    """A delimited text return (CSV/TSV): row numbers are line numbers; the sheet is the file stem."""

    def __init__(self, stem: str):
        self.stem = stem
        self.lines: list[list[str]] = []
        self.rows: list[dict] = []

    def put(self, cells: list, expect: dict | None = None) -> int:
        self.lines.append(["" if v is None else str(v) for v in cells])
        if expect is not None:
            self.rows.append({"sheet": self.stem, "row": len(self.lines), **expect})
        return len(self.lines)

    def text(self, delimiter: str = ",") -> str:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(self.lines)
        return buffer.getvalue()


class XlsBook:
    """A legacy .xls workbook (BIFF8) written with xlwt."""

    def __init__(self):
        import xlwt

        self.xlwt = xlwt
        self.book = xlwt.Workbook(encoding="utf-8")
        self.rows: list[dict] = []
        self.styles: dict[str, object] = {}

    def sheet(self, name: str) -> XlsSheet:
        return XlsSheet(self, self.book.add_sheet(name), name)

    def style(self, date_format: str):
        if date_format not in self.styles:
            self.styles[date_format] = self.xlwt.easyxf(num_format_str=date_format)
        return self.styles[date_format]

    def data(self) -> bytes:
        buffer = io.BytesIO()
        self.book.save(buffer)
        return buffer.getvalue()


class XlsSheet:
    def __init__(self, book: XlsBook, ws, name: str):
        self.book, self.ws, self.name, self.n = book, ws, name, 0

    def put(self, cells: list, expect: dict | None = None, date_format: str = "yyyy/m/d") -> int:
        self.n += 1
        for col, value in enumerate(cells):
            if value is None:
                continue
            if isinstance(value, dt.date):
                self.ws.write(self.n - 1, col, value, self.book.style(date_format))
            else:
                self.ws.write(self.n - 1, col, value)
        if expect is not None:
            self.book.rows.append({"sheet": self.name, "row": self.n, **expect})
        return self.n


@dataclass
class Case:
    file: str
    unit: str
    period: str
    layout: str
    holdout: bool
    data: bytes
    rows: list[dict] = field(default_factory=list)
    # Holdout files added after the reader was tuned carry 2; the first holdout set carries none.
    holdout_set: int | None = None


CASES: list = []


def case(function):
    CASES.append(function)
    return function


# =============================================================================================
# 对标达标 (benchmarking)
# =============================================================================================
@case
def nanhu_benchmarking_attachment() -> Case:
    """附件1 statistics form: title, 填报单位/日期 line, merged two-row header, 合计, notes."""
    U, c, other = "南湖区", Firms("南湖区", "b-attach"), Firms("秀洲区", "b-attach")
    x = XBook()
    s = x.sheet("附件1")
    s.put(["附件1"])
    s.title("2024年10月南湖区企业标准对标达标提升行动进展情况表", 9)
    s.put(["填报单位：南湖区市场监督管理局（盖章）", None, None, None, None, None, "填报日期：2024年11月4日"])
    s.put(
        [
            "序号",
            "企业基本情况",
            None,
            None,
            "对标产品名称",
            "对标的国际（国外）先进标准名称及编号",
            "对标结果",
            "完成时间",
            "备注",
        ],
        bold=True,
    )
    s.put([None, "企业名称", "统一社会信用代码", "所属县（市、区）"], bold=True)
    s.merge("B4:D4")
    for col in "AEFGHI":
        s.merge(f"{col}4:{col}5")
    s.widths(6, 32, 22, 14, 22, 30, 10, 16, 10)
    f = CN_DATE
    s.put(
        [1, "嘉兴市恒达压缩机有限公司", c[1], "南湖区", "螺杆式空气压缩机", "ISO 1217:2009", "达到", d(2024, 10, 9)],
        ok(
            B,
            enterprise_name="嘉兴市恒达压缩机有限公司",
            uscc=c[1],
            unit=U,
            product="螺杆式空气压缩机",
            standard_no="ISO 1217:2009",
            result="达到",
            date="2024-10-09",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴华盛精密机械股份有限公司",
            c[2],
            "南湖区",
            "涡旋式空气压缩机",
            "ISO 1217:2009",
            "优于",
            d(2024, 10, 12),
        ],
        ok(
            B,
            enterprise_name="嘉兴华盛精密机械股份有限公司",
            uscc=c[2],
            unit=U,
            product="涡旋式空气压缩机",
            standard_no="ISO 1217:2009",
            result="优于",
            date="2024-10-12",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴华盛精密机械股份有限公司",
            c[2],
            "南湖区",
            "无油空气压缩机",
            "ISO 8573-1:2010",
            "达到",
            d(2024, 10, 12),
        ],
        ok(
            B,
            enterprise_name="嘉兴华盛精密机械股份有限公司",
            uscc=c[2],
            unit=U,
            product="无油空气压缩机",
            standard_no="ISO 8573-1:2010",
            result="达到",
            date="2024-10-12",
        ),
        f,
    )
    s.put(
        [4, "浙江锦程制冷设备有限公司", c[3], "南湖", "活塞式制冷压缩机", "EN 12900:2013", "达到", d(2024, 10, 15)],
        ok(
            B,
            enterprise_name="浙江锦程制冷设备有限公司",
            uscc=c[3],
            unit=U,
            product="活塞式制冷压缩机",
            standard_no="EN 12900:2013",
            result="达到",
            date="2024-10-15",
        ),
        f,
    )
    s.put(
        [5, "嘉兴市宏远特钢有限公司", c[4], "南湖区", "合金结构钢棒材", "ASTM A29/A29M-20", "达到", d(2024, 10, 16)],
        ok(
            B,
            enterprise_name="嘉兴市宏远特钢有限公司",
            uscc=c[4],
            unit=U,
            product="合金结构钢棒材",
            standard_no="ASTM A29/A29M-20",
            result="达到",
            date="2024-10-16",
        ),
        f,
    )
    # Another county's firm on this county's return.
    s.put(
        [6, "嘉兴天成机械有限公司", other[1], "秀洲区", "小型空压机", "ISO 1217:2009", "达到", d(2024, 10, 17)],
        no(B),
        f,
    )
    s.put(
        [
            7,
            "嘉兴瑞丰流体设备有限公司",
            c[6],
            "南湖区",
            "冷冻式压缩空气干燥机",
            "ISO 7183:2007",
            "优于",
            d(2024, 10, 18),
        ],
        ok(
            B,
            enterprise_name="嘉兴瑞丰流体设备有限公司",
            uscc=c[6],
            unit=U,
            product="冷冻式压缩空气干燥机",
            standard_no="ISO 7183:2007",
            result="优于",
            date="2024-10-18",
        ),
        f,
    )
    # Check character typed wrong.
    s.put(
        [
            8,
            "嘉兴市永兴压缩机有限公司",
            wrong_check(c[7]),
            "南湖区",
            "变频螺杆空压机",
            "ISO 1217:2009",
            "达到",
            d(2024, 10, 21),
        ],
        no(B),
        f,
    )
    s.put(
        [
            9,
            "嘉兴新亚压力容器有限公司",
            c[8],
            "南湖区",
            "压缩空气储气罐",
            "EN 286-1:1998",
            "达到",
            d(2024, 10, 22),
            "复核中",
        ],
        ok(
            B,
            enterprise_name="嘉兴新亚压力容器有限公司",
            uscc=c[8],
            unit=U,
            product="压缩空气储气罐",
            standard_no="EN 286-1:1998",
            result="达到",
            date="2024-10-22",
        ),
        f,
    )
    s.put(
        [10, "嘉兴金诚机械有限公司", c[9], "嘉兴市南湖区", "油气分离滤芯", "ISO 12500-1:2007", "达到", d(2024, 10, 25)],
        ok(
            B,
            enterprise_name="嘉兴金诚机械有限公司",
            uscc=c[9],
            unit=U,
            product="油气分离滤芯",
            standard_no="ISO 12500-1:2007",
            result="达到",
            date="2024-10-25",
        ),
        f,
    )
    s.put(
        [
            11,
            "嘉兴南湖永成阀门有限公司",
            c[10],
            "南湖区",
            "弹簧直接载荷式安全阀",
            "ISO 4126-1:2013",
            "优于",
            d(2024, 10, 28),
        ],
        ok(
            B,
            enterprise_name="嘉兴南湖永成阀门有限公司",
            uscc=c[10],
            unit=U,
            product="弹簧直接载荷式安全阀",
            standard_no="ISO 4126-1:2013",
            result="优于",
            date="2024-10-28",
        ),
        f,
    )
    s.put(["合计", "10家企业", None, None, "11个产品"], bold=True)
    s.blank()
    s.put(["备注：1.对标结果填“达到”或“优于”；2.完成时间以企业标准信息公共服务平台自我声明公开日期为准。"])
    s.put(["填表人：李敏", None, None, None, None, "联系电话：0573-82051234"])
    return Case(
        "nanhu_2024-10_benchmarking_attachment.xlsx",
        U,
        "2024-10",
        "附件1 statistics form with title lines, merged two-row header, 合计 and notes (government 统计表 style)",
        False,
        x.data(),
        x.rows,
    )


@case
def xiuzhou_benchmarking_list_gbk() -> Case:
    """A published list pasted to CSV in GBK: no date, no result, no county column."""
    U, c = "秀洲区", Firms("秀洲区", "b-list")
    stem = "xiuzhou_2024-11_benchmarking_list_gbk"
    t = Lines(stem)
    t.put(["2024年第四批企业标准对标达标企业名单（秀洲区）"])
    t.put(["序号", "单位名称", "信用代码", "对标产品", "对标标准编号"])

    def row(n, name, code, product, std, expect=True):
        t.put(
            [n, name, code, product, std],
            ok(B, enterprise_name=name, uscc=code, unit=U, product=product, standard_no=std) if expect else no(B),
        )

    row(1, "嘉兴市美居智能科技有限公司", c[1], "智能马桶盖", "IEC 60335-2-84:2019")
    row(2, "浙江智汇家居有限公司", c[2], "电动窗帘电机", "IEC 60335-2-97:2016")
    row(3, "嘉兴安诺电器有限公司", c[3], "空气净化器", "IEC 60335-2-65:2021")
    row(4, "嘉兴安诺电器有限公司", c[3], "除湿机", "IEC 60335-2-40:2022")
    row(5, "嘉兴市洁宝电器有限公司", c[4], "无线吸尘器", "IEC 60312-1:2017")
    row(6, "浙江米格智能家居有限公司", c[5], "智能门锁", "EN 1303:2015")
    # The first row pasted twice.
    row(7, "嘉兴市美居智能科技有限公司", c[1], "智能马桶盖", "IEC 60335-2-84:2019", expect=False)
    row(8, "嘉兴禾润照明电器有限公司", c[6], "LED吸顶灯", "IEC 60598-1:2020")
    row(9, "嘉兴市秀洲区联达厨具有限公司", c[7], "榨汁机", "IEC 60335-2-14:2022")
    t.put(["注：以上企业已在企业标准信息公共服务平台完成对标达标自我声明公开。"])
    return Case(
        f"{stem}.csv",
        U,
        "2024-11",
        "GBK CSV of a published 对标达标企业名单 (public list): no date, no result, no county column",
        True,
        t.text().encode("gbk"),
        t.rows,
    )


@case
def jiashan_benchmarking_noyear() -> Case:
    """January return, traditional-character headers, dates without a year, result synonyms."""
    U, c = "嘉善县", Firms("嘉善县", "b-noyear")
    x = XBook()
    s = x.sheet("對標達標")
    s.title("嘉善县2025年1月对标达标企业情况表", 8)
    s.put(
        ["序號", "企業名稱", "統一社會信用代碼", "所屬縣（市、區）", "產品名稱", "對標標準", "對標結論", "完成日期"],
        bold=True,
    )
    s.put(
        [1, "浙江嘉木家具有限公司", c[1], "嘉善", "办公椅", "BS EN 1335-1:2020", "达到国际先进水平", "1月8日"],
        ok(
            B,
            enterprise_name="浙江嘉木家具有限公司",
            uscc=c[1],
            unit=U,
            product="办公椅",
            standard_no="BS EN 1335-1:2020",
            result="达到",
            date="2025-01-08",
        ),
    )
    s.put(
        [2, "嘉善华森木业有限公司", c[2], "嘉善县", "强化木地板", "EN 13329:2016+A2:2021", "优于", "12月28日"],
        ok(
            B,
            enterprise_name="嘉善华森木业有限公司",
            uscc=c[2],
            unit=U,
            product="强化木地板",
            standard_no="EN 13329:2016+A2:2021",
            result="优于",
            date="2024-12-28",
        ),
    )
    s.put(
        [3, "嘉善华森木业有限公司", c[2], "嘉善县", "实木复合地板", "EN 14342:2013", "持平", "12月30日"],
        ok(
            B,
            enterprise_name="嘉善华森木业有限公司",
            uscc=c[2],
            unit=U,
            product="实木复合地板",
            standard_no="EN 14342:2013",
            result="达到",
            date="2024-12-30",
        ),
    )
    # The standard is only a dash: a required field left empty.
    s.put([4, "浙江优居竹木制品有限公司", c[3], "嘉善县", "竹制砧板", "——", "达到", "1月9日"], no(B))
    s.put(
        [5, "嘉善县恒美家具有限公司", c[4], "嘉善县", "实木餐桌", "ANSI/BIFMA X5.5-2021", "达标", "1月10日"],
        ok(
            B,
            enterprise_name="嘉善县恒美家具有限公司",
            uscc=c[4],
            unit=U,
            product="实木餐桌",
            standard_no="ANSI/BIFMA X5.5-2021",
            result="达到",
            date="2025-01-10",
        ),
    )
    s.put(
        [6, "浙江永盛板业有限公司", c[5], "嘉善县", "刨花板", "EN 312:2010", "优于国际先进水平", "1月15日"],
        ok(
            B,
            enterprise_name="浙江永盛板业有限公司",
            uscc=c[5],
            unit=U,
            product="刨花板",
            standard_no="EN 312:2010",
            result="优于",
            date="2025-01-15",
        ),
    )
    s.put(
        [7, "嘉善瑞家家居有限公司", c[6], "嘉善县", "软体沙发", "EN 1022:2018", "达到", "2025年1月16日"],
        ok(
            B,
            enterprise_name="嘉善瑞家家居有限公司",
            uscc=c[6],
            unit=U,
            product="软体沙发",
            standard_no="EN 1022:2018",
            result="达到",
            date="2025-01-16",
        ),
    )
    s.put(
        [8, "嘉善县佳艺木业有限公司", c[7], "嘉善县", "中密度纤维板", "JIS A 5905:2014", "达到", "1月20日"],
        ok(
            B,
            enterprise_name="嘉善县佳艺木业有限公司",
            uscc=c[7],
            unit=U,
            product="中密度纤维板",
            standard_no="JIS A 5905:2014",
            result="达到",
            date="2025-01-20",
        ),
    )
    s.put(
        [9, "浙江森美门业有限公司", c[8], "嘉善县", "木质防火门", "EN 1634-1:2014", "优于", "1月22日"],
        ok(
            B,
            enterprise_name="浙江森美门业有限公司",
            uscc=c[8],
            unit=U,
            product="木质防火门",
            standard_no="EN 1634-1:2014",
            result="优于",
            date="2025-01-22",
        ),
    )
    s.blank()
    s.put(["填报人：王芳", None, None, "审核人：陈建国"])
    return Case(
        "jiashan_2025-01_benchmarking_noyear.xlsx",
        U,
        "2025-01",
        "county 情况表 with traditional-character headers, "
        "January dates without a year (12月 = last year), result synonyms",
        False,
        x.data(),
        x.rows,
    )


@case
def haiyan_benchmarking_marked_headers() -> Case:
    """Headers with asterisks, (18位), （必填） and line breaks; dates pasted as serial numbers."""
    U, c = "海盐县", Firms("海盐县", "b-marked")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("海盐县企业标准对标达标情况统计表（2024年6月）", 8)
    s.put(["填报单位（盖章）：海盐县市场监督管理局", None, None, None, None, "填报时间：2024.7.3"])
    s.put(
        [
            "序\n号",
            "*企业名称\n（全称）",
            "*统一社会信用代码\n(18位)",
            "所属县（市、区）（必填）",
            "*对标产品名称",
            "国际/国外先进标准编号",
            "对标结果\n（达到/优于）",
            "完成日期\n（yyyy-mm-dd）",
        ],
        bold=True,
    )
    s.put(
        [1, "海盐宏达紧固件有限公司", c[1], "海盐县", "高强度六角头螺栓", "ISO 898-1:2013", "达到", serial(2024, 6, 5)],
        ok(
            B,
            enterprise_name="海盐宏达紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="高强度六角头螺栓",
            standard_no="ISO 898-1:2013",
            result="达到",
            date="2024-06-05",
        ),
    )
    s.put(
        [2, "浙江海核阀门有限公司", c[2], "海盐县", "核级截止阀", "ASME B16.34-2020", "优于", serial(2024, 6, 7)],
        ok(
            B,
            enterprise_name="浙江海核阀门有限公司",
            uscc=c[2],
            unit=U,
            product="核级截止阀",
            standard_no="ASME B16.34-2020",
            result="优于",
            date="2024-06-07",
        ),
    )
    s.put(
        [3, "浙江海核阀门有限公司", c[2], "海盐县", "核级闸阀", "API 600-2021", "达到", serial(2024, 6, 7)],
        ok(
            B,
            enterprise_name="浙江海核阀门有限公司",
            uscc=c[2],
            unit=U,
            product="核级闸阀",
            standard_no="API 600-2021",
            result="达到",
            date="2024-06-07",
        ),
    )
    s.put(
        [4, "海盐县宇通标准件有限公司", c[3], "海盐", "不锈钢六角螺母", "ISO 3506-2:2020", "达到", serial(2024, 6, 12)],
        ok(
            B,
            enterprise_name="海盐县宇通标准件有限公司",
            uscc=c[3],
            unit=U,
            product="不锈钢六角螺母",
            standard_no="ISO 3506-2:2020",
            result="达到",
            date="2024-06-12",
        ),
    )
    # 17 characters: one character lost.
    s.put(
        [5, "海盐县东方线缆有限公司", c[4][:17], "海盐县", "控制电缆", "IEC 60502-1:2021", "达到", serial(2024, 6, 14)],
        no(B),
    )
    s.put(
        [
            6,
            "海盐东方电缆附件有限公司",
            c[5],
            "海盐县",
            "核电站用1E级电缆",
            "IEC 60332-1-2:2004",
            "达到",
            serial(2024, 6, 18),
        ],
        ok(
            B,
            enterprise_name="海盐东方电缆附件有限公司",
            uscc=c[5],
            unit=U,
            product="核电站用1E级电缆",
            standard_no="IEC 60332-1-2:2004",
            result="达到",
            date="2024-06-18",
        ),
    )
    s.put(
        [
            7,
            "海盐精工紧固件有限公司",
            c[6],
            "海盐县",
            "钢结构用高强度大六角螺栓",
            "EN 14399-4:2015",
            "-",
            serial(2024, 6, 20),
        ],
        ok(
            B,
            enterprise_name="海盐精工紧固件有限公司",
            uscc=c[6],
            unit=U,
            product="钢结构用高强度大六角螺栓",
            standard_no="EN 14399-4:2015",
            date="2024-06-20",
        ),
    )
    s.put(
        [
            8,
            "海盐县恒通管件有限公司",
            c[7],
            "海盐县",
            "锻钢承插焊管件",
            "ASME B16.11-2021",
            "优于",
            serial(2024, 6, 21),
        ],
        ok(
            B,
            enterprise_name="海盐县恒通管件有限公司",
            uscc=c[7],
            unit=U,
            product="锻钢承插焊管件",
            standard_no="ASME B16.11-2021",
            result="优于",
            date="2024-06-21",
        ),
    )
    s.put(
        [
            9,
            "海盐汇金五金制品有限公司",
            c[8],
            "海盐县",
            "十字槽盘头自攻螺钉",
            "ISO 7049:2011",
            "达到",
            serial(2024, 6, 26),
        ],
        ok(
            B,
            enterprise_name="海盐汇金五金制品有限公司",
            uscc=c[8],
            unit=U,
            product="十字槽盘头自攻螺钉",
            standard_no="ISO 7049:2011",
            result="达到",
            date="2024-06-26",
        ),
    )
    s.put(["说明：带*号的为必填项；对标结果填写“达到”或“优于”。"])
    return Case(
        "haiyan_2024-06_benchmarking_marked_headers.xlsx",
        U,
        "2024-06",
        "统计表 with asterisked, bracketed and line-broken headers; dates pasted as Excel serial numbers",
        False,
        x.data(),
        x.rows,
    )


@case
def pinghu_benchmarking_fullwidth() -> Case:
    """Full-width characters typed by an IME, county as 地区 in several spellings, dotted dates."""
    U, c = "平湖市", Firms("平湖市", "b-fullwidth")
    fw = str.maketrans(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
        "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ\u3000",
    )
    x = XBook()
    s = x.sheet("对标达标")
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "地区",
            "产品名称",
            "对标标准（ＩＳＯ／ＩＥＣ／ＥＮ）",
            "对标结果",
            "日期",
        ],
        bold=True,
    )
    s.put(
        [
            1,
            "平湖市金利箱包有限公司\u3000",
            c[1].translate(fw),
            "平湖",
            "拉杆箱",
            "ＡＳＴＭ\u3000Ｄ４１５７－１３",
            "达到",
            "2024.9.15",
        ],
        ok(
            B,
            enterprise_name="平湖市金利箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            standard_no="ASTM D4157-13",
            result="达到",
            date="2024-09-15",
        ),
    )
    s.put(
        [2, "平湖市华美服饰有限公司", c[2], "嘉兴市平湖市", "儿童外套", "ISO 3758:2012", "优于", "2024/9/20"],
        ok(
            B,
            enterprise_name="平湖市华美服饰有限公司",
            uscc=c[2],
            unit=U,
            product="儿童外套",
            standard_no="ISO 3758:2012",
            result="优于",
            date="2024-09-20",
        ),
    )
    s.put(
        [3, "平湖市旅程箱包有限公司", c[3], "平湖市", "双肩背包", "ＥＮ\u3000７１－３：２０１９", "达到", "2024.09.23"],
        ok(
            B,
            enterprise_name="平湖市旅程箱包有限公司",
            uscc=c[3],
            unit=U,
            product="双肩背包",
            standard_no="EN 71-3：2019",
            result="达到",
            date="2024-09-23",
        ),
    )
    s.put(
        [4, "平湖市恒远服装有限公司", c[4], "平湖市 ", "羽绒服", "ISO 12945-2:2020", "达到", "2024/9/25"],
        ok(
            B,
            enterprise_name="平湖市恒远服装有限公司",
            uscc=c[4],
            unit=U,
            product="羽绒服",
            standard_no="ISO 12945-2:2020",
            result="达到",
            date="2024-09-25",
        ),
    )
    # Product left empty.
    s.put([5, "平湖市宏途皮件有限公司", c[5], "平湖", None, "ISO 17075-1:2017", "达到", "2024.9.26"], no(B))
    s.put(
        [6, "平湖市欧丽箱包有限公司", c[6], "平湖市", "ＰＣ拉杆箱", "ISO 105-B02:2014", "优于", "2024-9-26"],
        ok(
            B,
            enterprise_name="平湖市欧丽箱包有限公司",
            uscc=c[6],
            unit=U,
            product="PC拉杆箱",
            standard_no="ISO 105-B02:2014",
            result="优于",
            date="2024-09-26",
        ),
    )
    s.put(
        [7, "浙江平湖乐行旅游用品有限公司", c[7], "平湖市", "旅行收纳包", "ASTM D4169-22", "达到", "2024.9.27"],
        ok(
            B,
            enterprise_name="浙江平湖乐行旅游用品有限公司",
            uscc=c[7],
            unit=U,
            product="旅行收纳包",
            standard_no="ASTM D4169-22",
            result="达到",
            date="2024-09-27",
        ),
    )
    s.put(
        [8, "平湖市锦程服饰有限公司", c[8], "平湖市", "针织T恤", "ISO 6330:2021", "达到", "20240930"],
        ok(
            B,
            enterprise_name="平湖市锦程服饰有限公司",
            uscc=c[8],
            unit=U,
            product="针织T恤",
            standard_no="ISO 6330:2021",
            result="达到",
            date="2024-09-30",
        ),
    )
    return Case(
        "pinghu_2024-09_benchmarking_fullwidth.xlsx",
        U,
        "2024-09",
        "plain clerk table typed with a full-width IME (codes, "
        "standards, spaces), county as 地区, dotted and compact dates",
        False,
        x.data(),
        x.rows,
    )


@case
def jingkai_benchmarking_extra_columns() -> Case:
    """A working ledger (台账): extra contact columns, long standard titles, blank rows between groups."""
    U, c, nanhu = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "b-ledger"), Firms("南湖区", "b-ledger")
    x = XBook()
    s = x.sheet("经开区对标")
    s.title("嘉兴经济技术开发区2024年5月对标达标工作台账", 11)
    s.blank()
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "属地",
            "对标产品",
            "对标的国际（国外）先进标准名称及编号",
            "对标结果",
            "完成日期",
            "联系人",
            "联系电话",
            "备注",
        ],
        bold=True,
    )
    s.put(
        [
            1,
            "嘉兴禾丰食品有限公司",
            c[1],
            "经开",
            "速冻水饺",
            "CXS 192-1995《食品添加剂通用标准》",
            "优于先进标准",
            "2024-05-08",
            "张伟",
            "0573-83351201",
        ],
        ok(
            B,
            enterprise_name="嘉兴禾丰食品有限公司",
            uscc=c[1],
            unit=U,
            product="速冻水饺",
            standard_no="CXS 192-1995《食品添加剂通用标准》",
            result="优于",
            date="2024-05-08",
        ),
    )
    s.put(
        [
            2,
            "嘉兴禾丰食品有限公司",
            c[1],
            "经开",
            "速冻汤圆",
            "ISO 22000:2018《食品安全管理体系 食品链中各类组织的要求》",
            "达到先进标准",
            "2024-05-08",
            "张伟",
            "0573-83351201",
        ],
        ok(
            B,
            enterprise_name="嘉兴禾丰食品有限公司",
            uscc=c[1],
            unit=U,
            product="速冻汤圆",
            standard_no="ISO 22000:2018《食品安全管理体系 食品链中各类组织的要求》",
            result="达到",
            date="2024-05-08",
        ),
    )
    s.blank()
    s.put(
        [
            3,
            "嘉兴味然烘焙食品有限公司",
            c[2],
            "经开区",
            "吐司面包",
            "(EC) No 1881/2006",
            "达到",
            "2024-05-14",
            "刘洋",
            "13905731234",
        ],
        ok(
            B,
            enterprise_name="嘉兴味然烘焙食品有限公司",
            uscc=c[2],
            unit=U,
            product="吐司面包",
            standard_no="(EC) No 1881/2006",
            result="达到",
            date="2024-05-14",
        ),
    )
    s.put(
        [
            4,
            "嘉兴鲜达肉制品有限公司",
            c[3],
            "嘉兴经开区",
            "酱鸭",
            "CAC/RCP 58-2005",
            "优于",
            "2024-05-17",
            "陈静",
            "0573-83352288",
            "新增",
        ],
        ok(
            B,
            enterprise_name="嘉兴鲜达肉制品有限公司",
            uscc=c[3],
            unit=U,
            product="酱鸭",
            standard_no="CAC/RCP 58-2005",
            result="优于",
            date="2024-05-17",
        ),
    )
    s.blank()
    # A Nanhu firm listed by mistake.
    s.put(
        [
            5,
            "嘉兴南湖永和食品有限公司",
            nanhu[1],
            "南湖区",
            "月饼",
            "CXS 192-1995",
            "达到",
            "2024-05-20",
            "吴刚",
            "0573-82223344",
        ],
        no(B),
    )
    s.put(
        [
            6,
            "浙江康园乳业有限公司",
            c[5],
            "经开",
            "巴氏杀菌乳",
            "Codex CXS 243-2003",
            "达到",
            "2024-05-21",
            "孙丽",
            "0573-83356677",
        ],
        ok(
            B,
            enterprise_name="浙江康园乳业有限公司",
            uscc=c[5],
            unit=U,
            product="巴氏杀菌乳",
            standard_no="Codex CXS 243-2003",
            result="达到",
            date="2024-05-21",
        ),
    )
    s.put(
        [
            7,
            "嘉兴恒瑞粮油有限公司",
            c[6],
            "经开",
            "压榨菜籽油",
            "CXS 210-1999",
            "达到",
            "2024-05-23",
            "钱进",
            "0573-83359900",
        ],
        ok(
            B,
            enterprise_name="嘉兴恒瑞粮油有限公司",
            uscc=c[6],
            unit=U,
            product="压榨菜籽油",
            standard_no="CXS 210-1999",
            result="达到",
            date="2024-05-23",
        ),
    )
    s.put(
        [
            8,
            "嘉兴悦味调味品有限公司",
            c[7],
            None,
            "酿造酱油",
            "ISO 22000:2018",
            "达到",
            "2024-05-28",
            "周敏",
            "0573-83350011",
        ],
        ok(
            B,
            enterprise_name="嘉兴悦味调味品有限公司",
            uscc=c[7],
            unit=U,
            product="酿造酱油",
            standard_no="ISO 22000:2018",
            result="达到",
            date="2024-05-28",
        ),
    )
    s.put(
        [
            9,
            "嘉兴优果饮品有限公司",
            c[8],
            "经开",
            "浓缩果汁饮料",
            "CXS 247-2005",
            "优于",
            "2024-05-30",
            "郑浩",
            "0573-83357788",
        ],
        ok(
            B,
            enterprise_name="嘉兴优果饮品有限公司",
            uscc=c[8],
            unit=U,
            product="浓缩果汁饮料",
            standard_no="CXS 247-2005",
            result="优于",
            date="2024-05-30",
        ),
    )
    s.blank()
    s.put(["备注：联系人、联系电话仅供核实，不对外公开。"])
    return Case(
        "jingkai_2024-05_benchmarking_extra_columns.xlsx",
        U,
        "2024-05",
        "functional zone's working ledger (台账): contact and remark columns, "
        "standard titles with numbers, blank rows between groups",
        True,
        x.data(),
        x.rows,
    )


@case
def tongxiang_benchmarking_three_same_blocks() -> Case:
    """Two programs pasted into one sheet, each with its own title line, header row and total."""
    U, c = "桐乡市", Firms("桐乡市", "bt-blocks")
    x = XBook()
    s = x.sheet("12月报表")
    s.title("一、对标达标企业情况（2024年12月）", 8, size=12)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "对标标准", "对标结果", "完成日期"],
        bold=True,
    )
    s.put(
        [1, "桐乡市伊美毛衫有限公司", c[1], "桐乡", "羊毛衫", "ISO 6330:2021", "达到", d(2024, 12, 5)],
        ok(
            B,
            enterprise_name="桐乡市伊美毛衫有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            standard_no="ISO 6330:2021",
            result="达到",
            date="2024-12-05",
        ),
    )
    s.put(
        [2, "桐乡市雅绒针织有限公司", c[2], "桐乡", "羊绒衫", "ISO 12945-1:2020", "优于", d(2024, 12, 9)],
        ok(
            B,
            enterprise_name="桐乡市雅绒针织有限公司",
            uscc=c[2],
            unit=U,
            product="羊绒衫",
            standard_no="ISO 12945-1:2020",
            result="优于",
            date="2024-12-09",
        ),
    )
    s.put(
        [3, "桐乡恒盛化纤有限公司", c[3], "桐乡市", "涤纶预取向丝", "ASTM D2256-21", "达到", d(2024, 12, 12)],
        ok(
            B,
            enterprise_name="桐乡恒盛化纤有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶预取向丝",
            standard_no="ASTM D2256-21",
            result="达到",
            date="2024-12-12",
        ),
    )
    s.put(
        [4, "桐乡市濮院织造有限公司", c[4], "桐乡市", "针织围巾", "ISO 105-E04:2013", "达到", d(2024, 12, 16)],
        ok(
            B,
            enterprise_name="桐乡市濮院织造有限公司",
            uscc=c[4],
            unit=U,
            product="针织围巾",
            standard_no="ISO 105-E04:2013",
            result="达到",
            date="2024-12-16",
        ),
    )
    s.put(
        [5, "桐乡市恒丰羊毛衫有限公司", c[5], "桐乡市", "羊毛针织开衫", "ISO 3071:2020", "优于", d(2024, 12, 18)],
        ok(
            B,
            enterprise_name="桐乡市恒丰羊毛衫有限公司",
            uscc=c[5],
            unit=U,
            product="羊毛针织开衫",
            standard_no="ISO 3071:2020",
            result="优于",
            date="2024-12-18",
        ),
    )
    s.put(
        [6, "浙江绿源纺织有限公司", c[6], "桐乡市", "再生纤维素纤维纱线", "ISO 2062:2009", "达到", d(2024, 12, 20)],
        ok(
            B,
            enterprise_name="浙江绿源纺织有限公司",
            uscc=c[6],
            unit=U,
            product="再生纤维素纤维纱线",
            standard_no="ISO 2062:2009",
            result="达到",
            date="2024-12-20",
        ),
    )
    s.put(["合计", 6], bold=True)
    s.blank(2)
    s.title("二、“三同”产品情况（2024年12月）", 8, size=12)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "“三同”产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”平台",
        ],
        bold=True,
    )
    s.put(
        [1, "桐乡市伊美毛衫有限公司", c[1], "桐乡市", "羊毛衫", "一般消费品", d(2024, 12, 10), "是"],
        ok(
            T,
            enterprise_name="桐乡市伊美毛衫有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            category="一般消费品",
            date="2024-12-10",
            on_platform=True,
        ),
    )
    s.put(
        [2, "桐乡市丰禾食品有限公司", c[7], "桐乡市", "杭白菊", "农产品", d(2024, 12, 11), "是"],
        ok(
            T,
            enterprise_name="桐乡市丰禾食品有限公司",
            uscc=c[7],
            unit=U,
            product="杭白菊",
            category="食品农产品",
            date="2024-12-11",
            on_platform=True,
        ),
    )
    s.put(
        [3, "桐乡恒盛化纤有限公司", c[3], "桐乡市", "涤纶牵伸丝", "工业品", d(2024, 12, 13), "否"],
        ok(
            T,
            enterprise_name="桐乡恒盛化纤有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶牵伸丝",
            category="工业品",
            date="2024-12-13",
            on_platform=False,
        ),
    )
    # Row 2 of the block pasted again.
    s.put([4, "桐乡市丰禾食品有限公司", c[7], "桐乡市", "杭白菊", "农产品", d(2024, 12, 11), "是"], no(T))
    s.put(
        [5, "桐乡市乌镇糕点食品有限公司", c[8], "桐乡市", "姑嫂饼", "食品", d(2024, 12, 19), "是"],
        ok(
            T,
            enterprise_name="桐乡市乌镇糕点食品有限公司",
            uscc=c[8],
            unit=U,
            product="姑嫂饼",
            category="食品农产品",
            date="2024-12-19",
            on_platform=True,
        ),
    )
    s.put(["合计", 4], bold=True)
    return Case(
        "tongxiang_2024-12_benchmarking_three_same_blocks.xlsx",
        U,
        "2024-12",
        "two short programs pasted into one sheet, "
        "each block with its own title, header and 合计 (combined monthly 报表)",
        False,
        x.data(),
        x.rows,
    )


# =============================================================================================
# “品字标”浙江制造 (brand_mark)
# =============================================================================================
@case
def nanhu_brand_mark_pool() -> Case:
    """培育库 list: status as 培育企业/入库/已获证, dashes for missing certificates, an instructions sheet."""
    U, c = "南湖区", Firms("南湖区", "p-pool")
    x = XBook()
    notes = x.sheet("填报说明")
    notes.put(["填报说明"], bold=True)
    notes.put(["字段", "填写要求"], bold=True)
    notes.put(["企业名称", "填写营业执照上的企业全称"])
    notes.put(["统一社会信用代码", "18位，字母大写"])
    notes.put(["类别", "填写“培育企业”或“已获证”"])
    notes.put(["证书编号", "已获证的填写，如 ZJM-006-4481-2024"])
    notes.put(["日期", "入库或发证日期"])
    s = x.sheet("品字标培育")
    s.title("南湖区“品字标”品牌培育企业名单（2024年7月）", 9)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "类别",
            "标准编号",
            "证书编号",
            "日期",
        ],
        bold=True,
    )
    s.put(
        [1, "嘉兴博远机械有限公司", c[1], "南湖区", "空气压缩机", "培育企业", "—", "—", d(2024, 7, 3)],
        ok(
            P,
            enterprise_name="嘉兴博远机械有限公司",
            uscc=c[1],
            unit=U,
            product="空气压缩机",
            status="入库培育",
            date="2024-07-03",
        ),
    )
    s.put(
        [
            2,
            "嘉兴盛泰压缩机有限公司",
            c[2],
            "南湖区",
            "螺杆式制冷压缩机",
            "入库",
            "T/ZZB 2751—2022",
            "—",
            d(2024, 7, 5),
        ],
        ok(
            P,
            enterprise_name="嘉兴盛泰压缩机有限公司",
            uscc=c[2],
            unit=U,
            product="螺杆式制冷压缩机",
            status="入库培育",
            standard_no="T/ZZB 2751—2022",
            date="2024-07-05",
        ),
    )
    s.put(
        [
            3,
            "嘉兴佳和机械有限公司",
            c[3],
            "南湖区",
            "冷冻式干燥机",
            "已获证",
            "T/ZZB 1532—2020",
            "ZJM-006-4481-2024",
            d(2024, 7, 10),
        ],
        ok(
            P,
            enterprise_name="嘉兴佳和机械有限公司",
            uscc=c[3],
            unit=U,
            product="冷冻式干燥机",
            status="已认证",
            standard_no="T/ZZB 1532—2020",
            cert_no="ZJM-006-4481-2024",
            date="2024-07-10",
        ),
    )
    s.put(
        [
            4,
            "嘉兴市嘉特钢管有限公司",
            c[4],
            "南湖区",
            "不锈钢无缝钢管",
            "已获证",
            "T/ZZB 0612—2023",
            "ZJM-003-5127-2024",
            d(2024, 7, 12),
        ],
        ok(
            P,
            enterprise_name="嘉兴市嘉特钢管有限公司",
            uscc=c[4],
            unit=U,
            product="不锈钢无缝钢管",
            status="已认证",
            standard_no="T/ZZB 0612—2023",
            cert_no="ZJM-003-5127-2024",
            date="2024-07-12",
        ),
    )
    s.put(
        [5, "嘉兴海纳电器有限公司", c[5], "南湖区", "电动工具用电机", "培育企业", "/", "/", d(2024, 7, 15)],
        ok(
            P,
            enterprise_name="嘉兴海纳电器有限公司",
            uscc=c[5],
            unit=U,
            product="电动工具用电机",
            status="入库培育",
            date="2024-07-15",
        ),
    )
    # Enterprise name only a slash.
    s.put([6, "/", c[6], "南湖区", "压缩机配件", "入库", "—", "—", d(2024, 7, 16)], no(P))
    s.put(
        [7, "嘉兴华力精密部件有限公司", c[7], "南湖区", "压缩机曲轴", "入库", "—", "—", d(2024, 7, 18)],
        ok(
            P,
            enterprise_name="嘉兴华力精密部件有限公司",
            uscc=c[7],
            unit=U,
            product="压缩机曲轴",
            status="入库培育",
            date="2024-07-18",
        ),
    )
    s.put(
        [8, "嘉兴市恒昌特钢有限公司", c[8], "南湖区", "合金工具钢", "已获证", "T/ZZB 3024—2023", "—", d(2024, 7, 22)],
        ok(
            P,
            enterprise_name="嘉兴市恒昌特钢有限公司",
            uscc=c[8],
            unit=U,
            product="合金工具钢",
            status="已认证",
            standard_no="T/ZZB 3024—2023",
            date="2024-07-22",
        ),
    )
    s.put(
        [9, "浙江南湖精工机械有限公司", c[9], "南湖区", "活塞式空压机", "培育企业", "—", "—", "2024年7月25日"],
        ok(
            P,
            enterprise_name="浙江南湖精工机械有限公司",
            uscc=c[9],
            unit=U,
            product="活塞式空压机",
            status="入库培育",
            date="2024-07-25",
        ),
    )
    s.put(
        [10, "嘉兴市宏远机械有限公司", c[10], "南湖区", "压缩空气储气罐", "入库", "暂无", "暂无", d(2024, 7, 26)],
        ok(
            P,
            enterprise_name="嘉兴市宏远机械有限公司",
            uscc=c[10],
            unit=U,
            product="压缩空气储气罐",
            status="入库培育",
            date="2024-07-26",
        ),
    )
    s.put(["合计：培育企业7家，已获证3家"])
    return Case(
        "nanhu_2024-07_brand_mark_pool.xlsx",
        U,
        "2024-07",
        "品字标 培育入库名单 (cultivation pool announcement): 类别 as 培育企业/入库/已获证, "
        "dashes for no certificate, plus a 填报说明 sheet laid out as a table",
        False,
        x.data(),
        x.rows,
    )


@case
def xiuzhou_brand_mark_certificates() -> Case:
    """浙江制造 certification announcement: 获证组织名称, 统一社会信用代码/注册号, no status column."""
    U, c = "秀洲区", Firms("秀洲区", "p-certs")
    x = XBook()
    s = x.sheet("浙江制造认证")
    s.title("秀洲区2024年8月新增“浙江制造”认证企业名单", 7)
    s.put(
        ["序号", "获证组织名称", "统一社会信用代码/注册号", "认证产品", "认证依据", "证书编号", "认证时间"], bold=True
    )
    s.put(
        [1, "浙江智家电器有限公司", c[1], "智能电热水壶", "T/ZZB 1043—2019", "ZJM-001-3650-2024", d(2024, 8, 2)],
        ok(
            P,
            enterprise_name="浙江智家电器有限公司",
            uscc=c[1],
            unit=U,
            product="智能电热水壶",
            status="已认证",
            standard_no="T/ZZB 1043—2019",
            cert_no="ZJM-001-3650-2024",
            date="2024-08-02",
        ),
    )
    s.put(
        [2, "嘉兴市优居智能科技有限公司", c[2], "电动晾衣架", "T/ZZB 2208—2021", "ZJM-006-4512-2024", d(2024, 8, 6)],
        ok(
            P,
            enterprise_name="嘉兴市优居智能科技有限公司",
            uscc=c[2],
            unit=U,
            product="电动晾衣架",
            status="已认证",
            standard_no="T/ZZB 2208—2021",
            cert_no="ZJM-006-4512-2024",
            date="2024-08-06",
        ),
    )
    # An old 15-digit business registration number instead of the credit code.
    s.put(
        [
            3,
            "嘉兴市秀洲区恒通电器有限公司",
            "330411000123457",
            "电暖器",
            "T/ZZB 0931—2019",
            "ZJM-003-5140-2024",
            d(2024, 8, 9),
        ],
        no(P),
    )
    s.put(
        [4, "浙江润和家居科技有限公司", c[4], "智能窗帘轨道", "T/ZZB 2890—2022", "ZJM-012-0871-2024", d(2024, 8, 13)],
        ok(
            P,
            enterprise_name="浙江润和家居科技有限公司",
            uscc=c[4],
            unit=U,
            product="智能窗帘轨道",
            status="已认证",
            standard_no="T/ZZB 2890—2022",
            cert_no="ZJM-012-0871-2024",
            date="2024-08-13",
        ),
    )
    s.put(
        [5, "浙江润和家居科技有限公司", c[4], "电动窗帘电机", "T/ZZB 1877—2020", "ZJM-012-0872-2024", d(2024, 8, 13)],
        ok(
            P,
            enterprise_name="浙江润和家居科技有限公司",
            uscc=c[4],
            unit=U,
            product="电动窗帘电机",
            status="已认证",
            standard_no="T/ZZB 1877—2020",
            cert_no="ZJM-012-0872-2024",
            date="2024-08-13",
        ),
    )
    s.put(
        [6, "嘉兴安居电器有限公司", c[5], "暖风机", "T/ZZB 0931—2019", "—", d(2024, 8, 20)],
        ok(
            P,
            enterprise_name="嘉兴安居电器有限公司",
            uscc=c[5],
            unit=U,
            product="暖风机",
            status="入库培育",
            standard_no="T/ZZB 0931—2019",
            date="2024-08-20",
        ),
    )
    s.put(
        [7, "嘉兴市绿源照明有限公司", c[6], "LED平板灯", "T/ZZB 0356—2018", "ZJM-003-5188-2024", d(2024, 8, 21)],
        ok(
            P,
            enterprise_name="嘉兴市绿源照明有限公司",
            uscc=c[6],
            unit=U,
            product="LED平板灯",
            status="已认证",
            standard_no="T/ZZB 0356—2018",
            cert_no="ZJM-003-5188-2024",
            date="2024-08-21",
        ),
    )
    s.put(
        [8, "嘉兴瑞智电子有限公司", c[7], "智能插座", "T/ZZB 2475—2021", "ZJM-006-4530-2024", "2024年8月28日"],
        ok(
            P,
            enterprise_name="嘉兴瑞智电子有限公司",
            uscc=c[7],
            unit=U,
            product="智能插座",
            status="已认证",
            standard_no="T/ZZB 2475—2021",
            cert_no="ZJM-006-4530-2024",
            date="2024-08-28",
        ),
    )
    s.put(["注：证书信息以认证机构公布为准。"])
    return Case(
        "xiuzhou_2024-08_brand_mark_certificates.xlsx",
        U,
        "2024-08",
        "“浙江制造”认证企业名单 (certification announcement): 获证组织名称, "
        "统一社会信用代码/注册号, 认证依据, no status and no county column",
        False,
        x.data(),
        x.rows,
    )


@case
def jiashan_brand_mark_yesno() -> Case:
    """Status as a 是/否 column 是否已认证, month-only dates, one unreadable date."""
    U, c = "嘉善县", Firms("嘉善县", "p-yesno")
    x = XBook()
    s = x.sheet("品字标")
    s.put(
        [
            "序号",
            "企业名称",
            "信用代码",
            "所在县（市、区）",
            "产品名称",
            "是否已认证",
            "浙江制造标准编号",
            "证书号",
            "时间",
        ],
        bold=True,
    )
    s.put(
        [1, "嘉善森达家具有限公司", c[1], "嘉善县", "实木床", "否", "—", "—", "2024年3月"],
        ok(
            P,
            enterprise_name="嘉善森达家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木床",
            status="入库培育",
            date="2024-03-01",
        ),
    )
    s.put(
        [
            2,
            "浙江华厦木业有限公司",
            c[2],
            "嘉善县",
            "实木复合地板",
            "是",
            "T/ZZB 0263—2017",
            "ZJM-006-3987-2024",
            "2024年3月",
        ],
        ok(
            P,
            enterprise_name="浙江华厦木业有限公司",
            uscc=c[2],
            unit=U,
            product="实木复合地板",
            status="已认证",
            standard_no="T/ZZB 0263—2017",
            cert_no="ZJM-006-3987-2024",
            date="2024-03-01",
        ),
    )
    s.put(
        [3, "嘉善县凯美家居有限公司", c[3], "嘉善县", "办公桌", "否", None, None, "2024年3月"],
        ok(
            P,
            enterprise_name="嘉善县凯美家居有限公司",
            uscc=c[3],
            unit=U,
            product="办公桌",
            status="入库培育",
            date="2024-03-01",
        ),
    )
    s.put(
        [
            4,
            "嘉善明辉玻璃制品有限公司",
            c[4],
            "嘉善县",
            "钢化玻璃",
            "是",
            "T/ZZB 1219—2019",
            "ZJM-001-3712-2024",
            "2024.3.12",
        ],
        ok(
            P,
            enterprise_name="嘉善明辉玻璃制品有限公司",
            uscc=c[4],
            unit=U,
            product="钢化玻璃",
            status="已认证",
            standard_no="T/ZZB 1219—2019",
            cert_no="ZJM-001-3712-2024",
            date="2024-03-12",
        ),
    )
    # "下月" is no date.
    s.put([5, "浙江嘉善兴达五金有限公司", c[5], "嘉善县", "家具五金铰链", "否", None, None, "下月"], no(P))
    s.put(
        [6, "嘉善县天宇木业有限公司", c[6], "嘉善县", "胶合板", "否", None, None, "2024年3月"],
        ok(
            P,
            enterprise_name="嘉善县天宇木业有限公司",
            uscc=c[6],
            unit=U,
            product="胶合板",
            status="入库培育",
            date="2024-03-01",
        ),
    )
    s.put(
        [
            7,
            "嘉善永新电子有限公司",
            c[7],
            "嘉善县",
            "连接器",
            "是",
            "T/ZZB 2109—2021",
            "ZJM-012-0655-2024",
            "2024.3.20",
        ],
        ok(
            P,
            enterprise_name="嘉善永新电子有限公司",
            uscc=c[7],
            unit=U,
            product="连接器",
            status="已认证",
            standard_no="T/ZZB 2109—2021",
            cert_no="ZJM-012-0655-2024",
            date="2024-03-20",
        ),
    )
    s.put(
        [8, "浙江恒达竹木有限公司", c[8], "嘉善县", "竹集成材", "否", None, None, "2024年3月"],
        ok(
            P,
            enterprise_name="浙江恒达竹木有限公司",
            uscc=c[8],
            unit=U,
            product="竹集成材",
            status="入库培育",
            date="2024-03-01",
        ),
    )
    s.put(
        [9, "嘉善雅居软体家具有限公司", c[9], "嘉善县", "布艺沙发", "否", None, None, "2024年3月"],
        ok(
            P,
            enterprise_name="嘉善雅居软体家具有限公司",
            uscc=c[9],
            unit=U,
            product="布艺沙发",
            status="入库培育",
            date="2024-03-01",
        ),
    )
    return Case(
        "jiashan_2024-03_brand_mark_yesno.xlsx",
        U,
        "2024-03",
        "clerk's own 品字标 sheet: status as 是否已认证 是/否, month-only dates, one date written 下月",
        True,
        x.data(),
        x.rows,
    )


@case
def haining_brand_mark_page_breaks() -> Case:
    """A long printed list: 是否获证 as √/×, page footers and the header repeated at the page break."""
    U, c = "海宁市", Firms("海宁市", "p-pages")
    header = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "县（市、区）",
        "产品",
        "是否获证",
        "标准号",
        "证书号",
        "入库/认证日期",
    ]
    x = XBook()
    s = x.sheet("浙江制造")
    s.title("海宁市“品字标浙江制造”企业培育及认证情况（2024年5月）", 9)
    s.put(header, bold=True)

    def pool(n, name, code, unit, product, day):
        s.put(
            [n, name, code, unit, product, "×", None, None, d(2024, 5, day)],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="入库培育",
                date=f"2024-05-{day:02d}",
            ),
        )

    def cert(n, name, code, unit, product, std, no_, day):
        s.put(
            [n, name, code, unit, product, "√", std, no_, d(2024, 5, day)],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="已认证",
                standard_no=std,
                cert_no=no_,
                date=f"2024-05-{day:02d}",
            ),
        )

    cert(1, "海宁市盛达经编有限公司", c[1], "海宁市", "经编毛毯", "T/ZZB 1675—2020", "ZJM-006-4391-2024", 6)
    pool(2, "海宁恒美皮革有限公司", c[2], "海宁市", "汽车座椅革", 6)
    cert(3, "海宁市宏达轴承有限公司", c[3], "海宁", "深沟球轴承", "T/ZZB 0103—2016", "ZJM-003-5201-2024", 8)
    pool(4, "海宁市新艺家纺有限公司", c[4], "海宁市", "经编窗帘布", 9)
    cert(5, "浙江海宁光能科技有限公司", c[5], "海宁市", "晶硅光伏组件", "T/ZZB 2033—2021", "ZJM-001-3744-2024", 10)
    pool(6, "海宁市锦绣纺织有限公司", c[6], "海宁市", "经编绒面料", 13)
    pool(7, "海宁嘉利皮革制品有限公司", c[7], "海宁市", "真皮沙发", 14)
    cert(8, "海宁市力达电机有限公司", c[8], "海宁市", "微型直流电机", "T/ZZB 1289—2019", "ZJM-012-0903-2024", 15)
    # Row 1 entered again further down.
    s.put(
        [
            9,
            "海宁市盛达经编有限公司",
            c[1],
            "海宁市",
            "经编毛毯",
            "√",
            "T/ZZB 1675—2020",
            "ZJM-006-4391-2024",
            d(2024, 5, 6),
        ],
        no(P),
    )
    pool(10, "海宁市雅琪服饰有限公司", c[9], "海宁市", "羊皮夹克", 17)
    s.put([None, None, None, None, "第 1 页，共 2 页"])
    s.put(header, bold=True)
    pool(11, "海宁市华宇线缆有限公司", c[10], "海宁市", "光伏电缆", 20)
    cert(12, "海宁汇丰经编有限公司", c[11], "海宁市", "经编网布", "T/ZZB 2568—2022", "ZJM-006-4415-2024", 21)
    pool(13, "海宁市天元轴承有限公司", c[12], "海宁市", "圆锥滚子轴承", 22)
    pool(14, "浙江海宁卓越家纺有限公司", c[13], "海宁市", "床上用品四件套", 24)
    cert(15, "海宁市永兴皮件有限公司", c[14], "海宁市", "皮革手袋", "T/ZZB 1730—2020", "ZJM-003-5230-2024", 27)
    pool(16, "海宁市金达化纤有限公司", c[15], "海宁市", "锦纶弹力丝", 28)
    s.put([None, None, None, None, "第 2 页，共 2 页"])
    return Case(
        "haining_2024-05_brand_mark_page_breaks.xlsx",
        U,
        "2024-05",
        "printed two-page list: 是否获证 as √/×, page footer lines and the header row repeated at the page break",
        False,
        x.data(),
        x.rows,
    )


@case
def jingkai_brand_mark_tabs() -> Case:
    """Tab-separated text saved by WPS in GB18030, title line above the header."""
    U, c, port = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "p-tabs"), Firms("嘉兴港区", "p-tabs")
    stem = "jingkai_2024-07_brand_mark_tabs"
    t = Lines(stem)
    t.put(["嘉兴经济技术开发区“品字标”企业情况表（2024年7月）"])
    t.put(["序号", "企业名称", "统一社会信用代码", "县（市、区）", "产品名称", "状态", "标准编号", "证书编号", "日期"])
    t.put(
        [1, "嘉兴康达食品有限公司", c[1], "经开区", "速冻汤圆", "入库培育", "", "", "2024/7/3"],
        ok(
            P,
            enterprise_name="嘉兴康达食品有限公司",
            uscc=c[1],
            unit=U,
            product="速冻汤圆",
            status="入库培育",
            date="2024-07-03",
        ),
    )
    t.put(
        [
            2,
            "嘉兴德胜电子科技有限公司",
            c[2],
            "嘉兴经开",
            "汽车线束",
            "已认证",
            "T/ZZB 2633—2022",
            "ZJM-001-3801-2024",
            "2024/7/9",
        ],
        ok(
            P,
            enterprise_name="嘉兴德胜电子科技有限公司",
            uscc=c[2],
            unit=U,
            product="汽车线束",
            status="已认证",
            standard_no="T/ZZB 2633—2022",
            cert_no="ZJM-001-3801-2024",
            date="2024-07-09",
        ),
    )
    t.put(
        [3, "嘉兴凯信精密机械有限公司", c[3], "经开", "精密冲压件", "入库", "", "", "2024/7/11"],
        ok(
            P,
            enterprise_name="嘉兴凯信精密机械有限公司",
            uscc=c[3],
            unit=U,
            product="精密冲压件",
            status="入库培育",
            date="2024-07-11",
        ),
    )
    # A firm of the port zone.
    t.put([4, "嘉兴立华新材料有限公司", port[1], "港区", "改性尼龙", "入库", "", "", "2024/7/15"], no(P))
    t.put(
        [
            5,
            "嘉兴恒创电力设备有限公司",
            c[5],
            "经开",
            "箱式变电站",
            "认证",
            "T/ZZB 1362—2019",
            "ZJM-012-0688-2024",
            "2024/7/18",
        ],
        ok(
            P,
            enterprise_name="嘉兴恒创电力设备有限公司",
            uscc=c[5],
            unit=U,
            product="箱式变电站",
            status="已认证",
            standard_no="T/ZZB 1362—2019",
            cert_no="ZJM-012-0688-2024",
            date="2024-07-18",
        ),
    )
    t.put(
        [6, "嘉兴绿洲食品有限公司", c[6], "", "鲜肉粽", "入库培育", "", "", "2024/7/22"],
        ok(
            P,
            enterprise_name="嘉兴绿洲食品有限公司",
            uscc=c[6],
            unit=U,
            product="鲜肉粽",
            status="入库培育",
            date="2024-07-22",
        ),
    )
    t.put(
        [
            7,
            "嘉兴博创汽车零部件有限公司",
            c[7],
            "经开区",
            "汽车制动盘",
            "已认证",
            "T/ZZB 0877—2018",
            "ZJM-006-4467-2024",
            "2024/7/25",
        ],
        ok(
            P,
            enterprise_name="嘉兴博创汽车零部件有限公司",
            uscc=c[7],
            unit=U,
            product="汽车制动盘",
            status="已认证",
            standard_no="T/ZZB 0877—2018",
            cert_no="ZJM-006-4467-2024",
            date="2024-07-25",
        ),
    )
    t.put(["填报人：周洁", "", "", "", "联系电话：0573-83651234"])
    return Case(
        f"{stem}.csv",
        U,
        "2024-07",
        "tab-separated text export (WPS 文本文件, GB18030) with a title line; zone written 经开/经开区/嘉兴经开",
        False,
        t.text("\t").encode("gb18030"),
        t.rows,
    )


@case
def gangqu_brand_mark_formulas() -> Case:
    """Formula cells saved without cached results: the county, repeated names and a literal."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "p-formula")
    x = XBook()
    s = x.sheet("品字标")
    s.put(["2025年3月“品字标”企业情况"], bold=True)
    s.put(["县（市、区）：", "嘉兴港区"])
    s.blank()
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "状态",
            "标准编号",
            "证书编号",
            "日期",
        ],
        bold=True,
    )
    s.put(
        [
            1,
            "浙江嘉港新材料有限公司",
            c[1],
            "=$B$2",
            "聚碳酸酯板材",
            "已认证",
            "T/ZZB 2921—2022",
            '="ZJM-006-5011-2025"',
            d(2025, 3, 4),
        ],
        ok(
            P,
            enterprise_name="浙江嘉港新材料有限公司",
            uscc=c[1],
            unit=U,
            product="聚碳酸酯板材",
            status="已认证",
            standard_no="T/ZZB 2921—2022",
            cert_no="ZJM-006-5011-2025",
            date="2025-03-04",
        ),
    )
    s.put(
        [2, "=B5", c[1], "=$B$2", "聚碳酸酯薄膜", "入库培育", None, None, d(2025, 3, 4)],
        ok(
            P,
            enterprise_name="浙江嘉港新材料有限公司",
            uscc=c[1],
            unit=U,
            product="聚碳酸酯薄膜",
            status="入库培育",
            date="2025-03-04",
        ),
    )
    s.put(
        [3, "嘉兴港区恒泰化工有限公司", c[2], "=$B$2", "环氧树脂", "入库培育", "—", "—", d(2025, 3, 10)],
        ok(
            P,
            enterprise_name="嘉兴港区恒泰化工有限公司",
            uscc=c[2],
            unit=U,
            product="环氧树脂",
            status="入库培育",
            date="2025-03-10",
        ),
    )
    s.put(
        [
            4,
            "浙江乍浦新能源材料有限公司",
            c[3],
            "=$B$2",
            "锂电池隔膜",
            "已认证",
            "T/ZZB 3156—2023",
            "ZJM-001-4102-2025",
            d(2025, 3, 12),
        ],
        ok(
            P,
            enterprise_name="浙江乍浦新能源材料有限公司",
            uscc=c[3],
            unit=U,
            product="锂电池隔膜",
            status="已认证",
            standard_no="T/ZZB 3156—2023",
            cert_no="ZJM-001-4102-2025",
            date="2025-03-12",
        ),
    )
    s.put(
        [5, "嘉兴中科涂料有限公司", c[4], "=$B$2", "水性工业涂料", "入库培育", None, None, d(2025, 3, 18)],
        ok(
            P,
            enterprise_name="嘉兴中科涂料有限公司",
            uscc=c[4],
            unit=U,
            product="水性工业涂料",
            status="入库培育",
            date="2025-03-18",
        ),
    )
    s.put(
        [6, "嘉兴港区东方化纤有限公司", c[5], "=$B$2", "锦纶6切片", "入库培育", None, None, d(2025, 3, 20)],
        ok(
            P,
            enterprise_name="嘉兴港区东方化纤有限公司",
            uscc=c[5],
            unit=U,
            product="锦纶6切片",
            status="入库培育",
            date="2025-03-20",
        ),
    )
    s.put(
        [7, "=B10", c[5], "=$B$2", "锦纶6长丝", "已认证", "T/ZZB 1954—2020", '="ZJM-012-0991-2025"', d(2025, 3, 25)],
        ok(
            P,
            enterprise_name="嘉兴港区东方化纤有限公司",
            uscc=c[5],
            unit=U,
            product="锦纶6长丝",
            status="已认证",
            standard_no="T/ZZB 1954—2020",
            cert_no="ZJM-012-0991-2025",
            date="2025-03-25",
        ),
    )
    s.blank()
    s.put(["合计", '=COUNTA(B5:B11)&"条"'])
    return Case(
        "gangqu_2025-03_brand_mark_formulas.xlsx",
        U,
        "2025-03",
        "zone's own template with formulas saved without cached values: "
        'county =$B$2, repeated names =B5, ="..." literals, COUNTA total',
        True,
        x.data(),
        x.rows,
    )


@case
def tongxiang_brand_mark_sections() -> Case:
    """Rows grouped under section lines 一、入库 / 二、认证 with 小计 and 总计 rows."""
    U, c = "桐乡市", Firms("桐乡市", "p-sections")
    x = XBook()
    s = x.sheet("品字标")
    s.title("桐乡市2024年4月“品字标浙江制造”工作进展", 9)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属地区",
            "培育产品",
            "状态（入库/认证）",
            "“浙江制造”标准编号",
            "认证证书编号",
            "入库/认证日期",
        ],
        bold=True,
    )
    s.title("一、新增入库培育企业", 9, size=11)

    def pool(n, name, code, product, day):
        s.put(
            [n, name, code, "桐乡市", product, "入库", None, None, d(2024, 4, day)],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="入库培育",
                date=f"2024-04-{day:02d}",
            ),
        )

    def cert(n, name, code, product, std, no_, day):
        s.put(
            [n, name, code, "桐乡市", product, "认证", std, no_, d(2024, 4, day)],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="已认证",
                standard_no=std,
                cert_no=no_,
                date=f"2024-04-{day:02d}",
            ),
        )

    pool(1, "桐乡市恒悦针织有限公司", c[1], "羊毛衫", 3)
    pool(2, "桐乡市濮院恒达毛纺有限公司", c[2], "精纺毛纱", 8)
    pool(3, "浙江桐乡振华化纤有限公司", c[3], "涤纶工业丝", 12)
    pool(4, "桐乡市乌镇丝绸有限公司", c[4], "蚕丝被", 15)
    s.put(["小计", "4家"], bold=True)
    s.title("二、新增“品字标”认证企业", 9, size=11)
    cert(1, "桐乡市雅绒针织有限公司", c[5], "羊绒衫", "T/ZZB 0482—2018", "ZJM-006-4378-2024", 9)
    s.put(
        [
            2,
            "桐乡市华晨玻纤制品有限公司",
            wrong_check(c[6]),
            "桐乡市",
            "玻璃纤维短切毡",
            "认证",
            "T/ZZB 1120—2019",
            "ZJM-006-4379-2024",
            d(2024, 4, 11),
        ],
        no(P),
    )
    cert(3, "浙江桐乡恒盛新材料有限公司", c[7], "聚酯切片", "T/ZZB 2710—2022", "ZJM-001-3690-2024", 19)
    cert(4, "桐乡市梧桐毛衫有限公司", c[8], "羊毛针织套衫", "T/ZZB 0482—2018", "ZJM-006-4380-2024", 23)
    cert(5, "桐乡市崇福皮草有限公司", c[9], "皮草服装", "T/ZZB 1398—2019", "ZJM-003-5076-2024", 26)
    s.put(["小计", "5家"], bold=True)
    s.put(["总计", "9家"], bold=True)
    return Case(
        "tongxiang_2024-04_brand_mark_sections.xlsx",
        U,
        "2024-04",
        "工作进展 table grouped under section lines (一、入库培育 / 二、认证) with 小计 and 总计 rows",
        False,
        x.data(),
        x.rows,
    )


# =============================================================================================
# 缺陷产品召回 (recall)
# =============================================================================================
@case
def xiuzhou_recall_gbk() -> Case:
    """Every column of the form, as CSV in GBK; quantities with thousands separators and asides."""
    U, c = "秀洲区", Firms("秀洲区", "r-gbk")
    stem = "xiuzhou_2024-10_recall_gbk"
    t = Lines(stem)
    t.put(["缺陷产品召回情况（秀洲区，2024年10月）"])
    t.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "存在的缺陷",
            "召回日期",
            "已召回数量",
        ]
    )
    t.put(
        [
            1,
            "嘉兴智家科技有限公司",
            c[1],
            "秀洲",
            "智能马桶盖",
            "ZT-A1",
            "主动召回",
            "286",
            "台",
            "加热组件温控失效，存在烫伤风险",
            "2024年10月9日",
            "120",
        ],
        ok(
            R,
            enterprise_name="嘉兴智家科技有限公司",
            uscc=c[1],
            unit=U,
            product="智能马桶盖",
            model="ZT-A1",
            recall_type="主动召回",
            quantity=286,
            quantity_unit="台",
            defect="加热组件温控失效，存在烫伤风险",
            date="2024-10-09",
            recalled=120,
        ),
    )
    t.put(
        [
            2,
            "嘉兴安居电器有限公司",
            c[2],
            "秀洲区",
            "智能窗帘电机",
            "DC-35、DC-45",
            "主动召回",
            "1,200",
            "台",
            "电源适配器绝缘不足",
            "2024.10.15",
            "待统计",
        ],
        ok(
            R,
            enterprise_name="嘉兴安居电器有限公司",
            uscc=c[2],
            unit=U,
            product="智能窗帘电机",
            model="DC-35、DC-45",
            recall_type="主动召回",
            quantity=1200,
            quantity_unit="台",
            defect="电源适配器绝缘不足",
            date="2024-10-15",
        ),
    )
    t.put(
        [
            3,
            "嘉兴市美家电器有限公司",
            c[3],
            "秀洲区",
            "电暖器",
            "NSB-200",
            "责令召回",
            "3500",
            "台",
            "倾倒开关失效，存在火灾隐患",
            "2024/10/18",
            "",
        ],
        ok(
            R,
            enterprise_name="嘉兴市美家电器有限公司",
            uscc=c[3],
            unit=U,
            product="电暖器",
            model="NSB-200",
            recall_type="责令召回",
            quantity=3500,
            quantity_unit="台",
            defect="倾倒开关失效，存在火灾隐患",
            date="2024-10-18",
        ),
    )
    # Quantity not known yet: the required number is missing.
    t.put(
        [
            4,
            "嘉兴米诺儿童用品有限公司",
            c[4],
            "秀洲区",
            "儿童滑板车",
            "/",
            "主动召回",
            "若干",
            "辆",
            "折叠机构锁止不可靠",
            "2024年10月21日",
            "",
        ],
        no(R),
    )
    t.put(
        [
            5,
            "浙江居安智能科技有限公司",
            c[5],
            "秀洲区",
            "智能门锁",
            "S8、S8 Pro",
            "主动召回",
            "860",
            "把",
            "应急机械锁芯易被技术开启",
            "2024-10-22",
            "300",
        ],
        ok(
            R,
            enterprise_name="浙江居安智能科技有限公司",
            uscc=c[5],
            unit=U,
            product="智能门锁",
            model="S8、S8 Pro",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="把",
            defect="应急机械锁芯易被技术开启",
            date="2024-10-22",
            recalled=300,
        ),
    )
    t.put(
        [
            6,
            "嘉兴洁宝电器有限公司",
            c[6],
            "秀洲区",
            "电热水壶",
            "HY-1518",
            "主动召回",
            "共计5800",
            "台",
            "温控器失效导致干烧",
            "2024年10月25日",
            "共计800台",
        ],
        ok(
            R,
            enterprise_name="嘉兴洁宝电器有限公司",
            uscc=c[6],
            unit=U,
            product="电热水壶",
            model="HY-1518",
            recall_type="主动召回",
            quantity=5800,
            quantity_unit="台",
            defect="温控器失效导致干烧",
            date="2024-10-25",
            recalled=800,
        ),
    )
    t.put(
        [
            7,
            "嘉兴市华彩服饰有限公司",
            c[7],
            "秀洲区",
            "儿童卫衣",
            "HC-2301",
            "主动召回",
            "1560",
            "件",
            "帽绳长度不符合GB 31701要求，存在绞勒风险",
            "10月28日",
            "0",
        ],
        ok(
            R,
            enterprise_name="嘉兴市华彩服饰有限公司",
            uscc=c[7],
            unit=U,
            product="儿童卫衣",
            model="HC-2301",
            recall_type="主动召回",
            quantity=1560,
            quantity_unit="件",
            defect="帽绳长度不符合GB 31701要求，存在绞勒风险",
            date="2024-10-28",
            recalled=0,
        ),
    )
    t.put(["合计", "", "", "", "", "", "", "13206", "", "", "", "1220"])
    return Case(
        f"{stem}.csv",
        U,
        "2024-10",
        "the full recall form as CSV in GBK with a title line and 合计 (a clerk's Excel 另存为 CSV)",
        False,
        t.text().encode("gbk"),
        t.rows,
    )


@case
def nanhu_recall_notice() -> Case:
    """Rows copied from 召回公告: no type, no unit column, long defect text, date ranges."""
    U, c = "南湖区", Firms("南湖区", "r-notice")
    x = XBook()
    s = x.sheet("召回公告")
    s.put(["序号", "生产者", "统一社会信用代码", "产品", "型号", "数量", "缺陷", "召回日期"], bold=True)
    s.widths(6, 28, 22, 14, 14, 14, 60, 24)
    s.put(
        [
            1,
            "嘉兴市速骑车业有限公司",
            c[1],
            "电动自行车",
            "TDT1799Z",
            "915辆",
            "车速限值、阻燃性能项目不符合GB 17761-2018标准要求，可能引发交通事故和火灾。",
            "2024年4月2日至6月30日",
        ],
        ok(
            R,
            enterprise_name="嘉兴市速骑车业有限公司",
            uscc=c[1],
            unit=U,
            product="电动自行车",
            model="TDT1799Z",
            quantity=915,
            quantity_unit="辆",
            defect="车速限值、阻燃性能项目不符合GB 17761-2018标准要求，可能引发交通事故和火灾。",
            date="2024-04-02",
        ),
    )
    s.put(
        [
            2,
            "嘉兴南湖康乐儿童用品有限公司",
            c[2],
            "儿童三轮车",
            "/",
            "共计1200辆",
            "零部件尺寸项目不符合安全要求，可触及区域内存在5~12mm的挤夹点。",
            "2024.4.8-2024.5.31",
        ],
        ok(
            R,
            enterprise_name="嘉兴南湖康乐儿童用品有限公司",
            uscc=c[2],
            unit=U,
            product="儿童三轮车",
            quantity=1200,
            quantity_unit="辆",
            defect="零部件尺寸项目不符合安全要求，可触及区域内存在5~12mm的挤夹点。",
            date="2024-04-08",
        ),
    )
    s.put(
        [
            3,
            "嘉兴市洁美日用品有限公司",
            c[3],
            "胶棉拖把",
            "8716",
            "1000把",
            "把手易脱落，把杆边缘锐利，存在划伤风险。",
            "2024年4月10日",
        ],
        ok(
            R,
            enterprise_name="嘉兴市洁美日用品有限公司",
            uscc=c[3],
            unit=U,
            product="胶棉拖把",
            model="8716",
            quantity=1000,
            quantity_unit="把",
            defect="把手易脱落，把杆边缘锐利，存在划伤风险。",
            date="2024-04-10",
        ),
    )
    s.put(
        [
            4,
            "嘉兴市电通电器有限公司",
            c[4],
            "延长线插座",
            "K-106、K-108",
            "3260个",
            "接地措施、结构、耐热项目不符合安全要求，存在触电及火灾风险。",
            "2024年4月15日起",
        ],
        ok(
            R,
            enterprise_name="嘉兴市电通电器有限公司",
            uscc=c[4],
            unit=U,
            product="延长线插座",
            model="K-106、K-108",
            quantity=3260,
            quantity_unit="个",
            defect="接地措施、结构、耐热项目不符合安全要求，存在触电及火灾风险。",
            date="2024-04-15",
        ),
    )
    # Row 1 copied twice from the notice.
    s.put(
        [
            5,
            "嘉兴市速骑车业有限公司",
            c[1],
            "电动自行车",
            "TDT1799Z",
            "915辆",
            "车速限值、阻燃性能项目不符合GB 17761-2018标准要求，可能引发交通事故和火灾。",
            "2024年4月2日至6月30日",
        ],
        no(R),
    )
    s.put(
        [
            6,
            "嘉兴华迪电气有限公司",
            c[5],
            "漏电断路器",
            "SDB7LE-63",
            "9台",
            "产品等效延时超过内控标准，触点存在虚焊现象。",
            "2024年4月22日",
        ],
        ok(
            R,
            enterprise_name="嘉兴华迪电气有限公司",
            uscc=c[5],
            unit=U,
            product="漏电断路器",
            model="SDB7LE-63",
            quantity=9,
            quantity_unit="台",
            defect="产品等效延时超过内控标准，触点存在虚焊现象。",
            date="2024-04-22",
        ),
    )
    s.put(
        [
            7,
            "嘉兴童乐服饰有限公司",
            c[6],
            "儿童袜",
            "—",
            "100包(10000双)",
            "纤维含量与标识不符，pH值超标。",
            "2024年4月26日",
        ],
        ok(
            R,
            enterprise_name="嘉兴童乐服饰有限公司",
            uscc=c[6],
            unit=U,
            product="儿童袜",
            quantity=100,
            quantity_unit="包",
            defect="纤维含量与标识不符，pH值超标。",
            date="2024-04-26",
        ),
    )
    s.put(
        [
            8,
            "嘉兴市亿家厨具有限公司",
            c[7],
            "压面机",
            "YM-30",
            "1.2万台",
            "防护装置不符合要求，存在夹手风险。",
            "2024/4/29",
        ],
        ok(
            R,
            enterprise_name="嘉兴市亿家厨具有限公司",
            uscc=c[7],
            unit=U,
            product="压面机",
            model="YM-30",
            quantity=12000,
            quantity_unit="台",
            defect="防护装置不符合要求，存在夹手风险。",
            date="2024-04-29",
        ),
    )
    return Case(
        "nanhu_2024-04_recall_notice.xlsx",
        U,
        "2024-04",
        "rows copied from 召回公告 (SAMR/省局 recall notices): "
        "生产者/产品/型号/数量/缺陷, units inside 数量, date ranges, no 召回类型",
        True,
        x.data(),
        x.rows,
    )


@case
def haiyan_recall_unit_column() -> Case:
    """月报表 with a separate 计量单位 column, 召回方式 synonyms and placeholder recalled counts."""
    U, c = "海盐县", Firms("海盐县", "r-units")
    x = XBook()
    s = x.sheet("召回")
    s.title("海盐县缺陷产品召回工作月报表", 12)
    s.put(["统计期：2024年2月"])
    s.put(
        [
            "序号",
            "生产企业",
            "统一社会信用代码",
            "所属县（市、区）",
            "召回产品",
            "规格型号",
            "召回方式",
            "涉及数量",
            "计量单位",
            "缺陷情况",
            "召回日期",
            "实际召回数量",
        ],
        bold=True,
    )
    s.put(
        [
            1,
            "海盐县欣悦电器有限公司",
            c[1],
            "海盐县",
            "电风扇",
            "FS-40",
            "主动召回",
            "1.2万",
            "台",
            "电机过热保护失效",
            d(2024, 2, 6),
            "若干",
        ],
        ok(
            R,
            enterprise_name="海盐县欣悦电器有限公司",
            uscc=c[1],
            unit=U,
            product="电风扇",
            model="FS-40",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="台",
            defect="电机过热保护失效",
            date="2024-02-06",
        ),
    )
    s.put(
        [
            2,
            "海盐童趣玩具有限公司",
            c[2],
            "海盐县",
            "儿童塑胶玩具",
            "TQ-18、TQ-20",
            "主动",
            2400,
            "件",
            "小零件易脱落，存在窒息风险",
            d(2024, 2, 18),
            1800,
        ],
        ok(
            R,
            enterprise_name="海盐童趣玩具有限公司",
            uscc=c[2],
            unit=U,
            product="儿童塑胶玩具",
            model="TQ-18、TQ-20",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="件",
            defect="小零件易脱落，存在窒息风险",
            date="2024-02-18",
            recalled=1800,
        ),
    )
    s.put(
        [
            3,
            "海盐县康达针织有限公司",
            c[3],
            "海盐县",
            "儿童袜",
            "无",
            "责令召回",
            "100包(10000双)",
            "包",
            "纤维含量不符",
            d(2024, 2, 20),
            "/",
        ],
        ok(
            R,
            enterprise_name="海盐县康达针织有限公司",
            uscc=c[3],
            unit=U,
            product="儿童袜",
            recall_type="责令召回",
            quantity=100,
            quantity_unit="包",
            defect="纤维含量不符",
            date="2024-02-20",
        ),
    )
    s.put(
        [
            4,
            "海盐县恒安电器有限公司",
            wrong_check(c[4]),
            "海盐县",
            "电水壶",
            "HA-15",
            "主动召回",
            800,
            "台",
            "温控器失效",
            d(2024, 2, 21),
            200,
        ],
        no(R),
    )
    s.put(
        [
            5,
            "海盐县新兴五金工具有限公司",
            c[5],
            "海盐县",
            "电动螺丝刀",
            "ES-12",
            "企业主动召回",
            650,
            "把",
            "电池组过充保护失效",
            d(2024, 2, 23),
            200,
        ],
        ok(
            R,
            enterprise_name="海盐县新兴五金工具有限公司",
            uscc=c[5],
            unit=U,
            product="电动螺丝刀",
            model="ES-12",
            recall_type="主动召回",
            quantity=650,
            quantity_unit="把",
            defect="电池组过充保护失效",
            date="2024-02-23",
            recalled=200,
        ),
    )
    s.put(
        [
            6,
            "海盐美居家纺有限公司",
            c[6],
            "海盐",
            "电热毯",
            "DR-150",
            "主动召回",
            3100,
            "条",
            "温度控制器失效，存在过热风险",
            d(2024, 2, 26),
            "待统计",
        ],
        ok(
            R,
            enterprise_name="海盐美居家纺有限公司",
            uscc=c[6],
            unit=U,
            product="电热毯",
            model="DR-150",
            recall_type="主动召回",
            quantity=3100,
            quantity_unit="条",
            defect="温度控制器失效，存在过热风险",
            date="2024-02-26",
        ),
    )
    s.put(
        [
            7,
            "海盐县艾佳儿童用品有限公司",
            c[7],
            "海盐县",
            "儿童安全座椅",
            "AJ-08",
            "责令",
            430,
            "套",
            "卡扣强度不足",
            "2月27日",
            120,
        ],
        ok(
            R,
            enterprise_name="海盐县艾佳儿童用品有限公司",
            uscc=c[7],
            unit=U,
            product="儿童安全座椅",
            model="AJ-08",
            recall_type="责令召回",
            quantity=430,
            quantity_unit="套",
            defect="卡扣强度不足",
            date="2024-02-27",
            recalled=120,
        ),
    )
    s.put(["合计", None, None, None, None, None, None, "（各单位不同，不合计）"], bold=True)
    s.put(["填表说明：召回方式填“主动召回”或“责令召回”；涉及数量按召回计划填写。"])
    return Case(
        "haiyan_2024-02_recall_unit_column.xlsx",
        U,
        "2024-02",
        "月报表 with 统计期 line, separate 计量单位 column, "
        "召回方式 synonyms (主动/企业主动召回/责令), 若干/待统计 in 实际召回数量",
        False,
        x.data(),
        x.rows,
    )


@case
def tongxiang_recall_minimal() -> Case:
    """A bare legacy .xls: five columns, no county, no type, no defect."""
    U, c = "桐乡市", Firms("桐乡市", "r-minimal")
    x = XlsBook()
    s = x.sheet("Sheet1")
    s.put(["企业名称", "信用代码", "召回产品", "涉及数量", "召回时间"])
    s.put(
        ["桐乡市暖阳电器有限公司", c[1], "暖手宝", "共计5800个", d(2024, 8, 5)],
        ok(
            R,
            enterprise_name="桐乡市暖阳电器有限公司",
            uscc=c[1],
            unit=U,
            product="暖手宝",
            quantity=5800,
            quantity_unit="个",
            date="2024-08-05",
        ),
    )
    s.put(
        ["桐乡市童心服饰有限公司", c[2], "儿童毛衣", "2860件", d(2024, 8, 9)],
        ok(
            R,
            enterprise_name="桐乡市童心服饰有限公司",
            uscc=c[2],
            unit=U,
            product="儿童毛衣",
            quantity=2860,
            quantity_unit="件",
            date="2024-08-09",
        ),
    )
    s.put(
        ["桐乡市恒美家居用品有限公司", c[3], "电热毯", "1500条", d(2024, 8, 15)],
        ok(
            R,
            enterprise_name="桐乡市恒美家居用品有限公司",
            uscc=c[3],
            unit=U,
            product="电热毯",
            quantity=1500,
            quantity_unit="条",
            date="2024-08-15",
        ),
    )
    s.put(
        ["浙江桐乡奇乐玩具有限公司", c[4], "儿童滑板车", "760辆", d(2024, 8, 20)],
        ok(
            R,
            enterprise_name="浙江桐乡奇乐玩具有限公司",
            uscc=c[4],
            unit=U,
            product="儿童滑板车",
            quantity=760,
            quantity_unit="辆",
            date="2024-08-20",
        ),
    )
    s.put(
        ["桐乡市金丝针织有限公司", c[5], "婴儿连体衣", "1,320件", d(2024, 8, 23)],
        ok(
            R,
            enterprise_name="桐乡市金丝针织有限公司",
            uscc=c[5],
            unit=U,
            product="婴儿连体衣",
            quantity=1320,
            quantity_unit="件",
            date="2024-08-23",
        ),
    )
    s.put(
        ["桐乡市安康卫浴有限公司", c[6], "即热式电热水器", "420台", d(2024, 8, 28)],
        ok(
            R,
            enterprise_name="桐乡市安康卫浴有限公司",
            uscc=c[6],
            unit=U,
            product="即热式电热水器",
            quantity=420,
            quantity_unit="台",
            date="2024-08-28",
        ),
    )
    # The credit code was never filled in.
    s.put(["桐乡市伟业电子有限公司", None, "移动电源", "2000个", d(2024, 8, 29)], no(R))
    return Case(
        "tongxiang_2024-08_recall_minimal.xls",
        U,
        "2024-08",
        "bare legacy .xls (Excel 97-2003) with five columns: no county, no recall type, no defect",
        False,
        x.data(),
        x.rows,
    )


@case
def pinghu_recall_merged_quantities() -> Case:
    """Two-row header with 召回数量 merged over 涉及数量 / 单位 / 已召回数量."""
    U, c, haining = "平湖市", Firms("平湖市", "r-merged"), Firms("海宁市", "r-merged")
    x = XBook()
    s = x.sheet("召回情况")
    s.title("平湖市2025年6月缺陷产品召回情况表", 12)
    s.put(["填报单位：平湖市市场监督管理局"])
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "召回类型",
            "召回数量",
            None,
            None,
            "存在的缺陷",
            "召回日期",
        ],
        bold=True,
    )
    s.put([None, None, None, None, None, None, None, "涉及数量", "单位", "已召回数量"], bold=True)
    for col in "ABCDEFGKL":
        s.merge(f"{col}3:{col}4")
    s.merge("H3:J3")
    f = CN_DATE
    s.put(
        [
            1,
            "平湖市乐途箱包有限公司",
            c[1],
            "平湖市",
            "儿童拉杆箱",
            "LT-16",
            "主动召回",
            1320,
            "个",
            860,
            "拉杆锁止机构失效，存在夹伤风险",
            d(2025, 6, 3),
        ],
        ok(
            R,
            enterprise_name="平湖市乐途箱包有限公司",
            uscc=c[1],
            unit=U,
            product="儿童拉杆箱",
            model="LT-16",
            recall_type="主动召回",
            quantity=1320,
            quantity_unit="个",
            recalled=860,
            defect="拉杆锁止机构失效，存在夹伤风险",
            date="2025-06-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "平湖市星辰童装有限公司",
            c[2],
            "平湖市",
            "儿童外套",
            "XC-2501、XC-2502",
            "主动召回",
            2400,
            "件",
            "待统计",
            "颈部抽绳不符合安全要求",
            d(2025, 6, 9),
        ],
        ok(
            R,
            enterprise_name="平湖市星辰童装有限公司",
            uscc=c[2],
            unit=U,
            product="儿童外套",
            model="XC-2501、XC-2502",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="件",
            defect="颈部抽绳不符合安全要求",
            date="2025-06-09",
        ),
        f,
    )
    s.put(
        [
            3,
            "平湖市恒通电器有限公司",
            c[3],
            "平湖市",
            "电热水壶",
            "HT-17",
            "责令召回",
            "若干",
            "台",
            None,
            "防干烧装置失效",
            d(2025, 6, 12),
        ],
        no(R),
        f,
    )
    # A Haining producer: Haining reports it.
    s.put(
        [
            4,
            "海宁市惠达车业有限公司",
            haining[1],
            "海宁市",
            "电动自行车",
            "HD-48",
            "主动召回",
            210,
            "辆",
            50,
            "蓄电池充电保护不符合GB 17761-2018要求",
            d(2025, 6, 13),
        ],
        no(R),
        f,
    )
    s.put(
        [
            5,
            "平湖市优贝婴童用品有限公司",
            c[5],
            "平湖市",
            "婴儿推车",
            "YB-360",
            "主动召回",
            356,
            "辆",
            120,
            "刹车装置可靠性不足",
            d(2025, 6, 16),
        ],
        ok(
            R,
            enterprise_name="平湖市优贝婴童用品有限公司",
            uscc=c[5],
            unit=U,
            product="婴儿推车",
            model="YB-360",
            recall_type="主动召回",
            quantity=356,
            quantity_unit="辆",
            recalled=120,
            defect="刹车装置可靠性不足",
            date="2025-06-16",
        ),
        f,
    )
    s.put(
        [
            6,
            "平湖市金诺电子有限公司",
            c[6],
            "平湖市",
            "移动电源",
            "JN-10000",
            "主动召回",
            4800,
            "个",
            4200,
            "电芯过充保护失效，存在起火风险",
            d(2025, 6, 20),
        ],
        ok(
            R,
            enterprise_name="平湖市金诺电子有限公司",
            uscc=c[6],
            unit=U,
            product="移动电源",
            model="JN-10000",
            recall_type="主动召回",
            quantity=4800,
            quantity_unit="个",
            recalled=4200,
            defect="电芯过充保护失效，存在起火风险",
            date="2025-06-20",
        ),
        f,
    )
    s.put(
        [
            7,
            "平湖市康乐家纺有限公司",
            c[7],
            "平湖市",
            "儿童睡袋",
            "/",
            "主动召回",
            960,
            "条",
            0,
            "拉链头易脱落，存在误吞风险",
            d(2025, 6, 24),
        ],
        ok(
            R,
            enterprise_name="平湖市康乐家纺有限公司",
            uscc=c[7],
            unit=U,
            product="儿童睡袋",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="条",
            recalled=0,
            defect="拉链头易脱落，存在误吞风险",
            date="2025-06-24",
        ),
        f,
    )
    s.put(
        [
            8,
            "平湖市正达五金有限公司",
            c[8],
            "平湖市",
            "家用折叠梯",
            "ZD-5",
            "主动召回",
            620,
            "架",
            300,
            "铰链强度不足，存在跌落风险",
            d(2025, 6, 27),
        ],
        ok(
            R,
            enterprise_name="平湖市正达五金有限公司",
            uscc=c[8],
            unit=U,
            product="家用折叠梯",
            model="ZD-5",
            recall_type="主动召回",
            quantity=620,
            quantity_unit="架",
            recalled=300,
            defect="铰链强度不足，存在跌落风险",
            date="2025-06-27",
        ),
        f,
    )
    s.put(["合计", None, None, None, None, None, None, "=SUM(H5:H12)", None, "=SUM(J5:J12)"], bold=True)
    return Case(
        "pinghu_2025-06_recall_merged_quantities.xlsx",
        U,
        "2025-06",
        "情况表 with a two-row header (召回数量 merged over 涉及数量/单位/已召回数量) and a SUM 合计 row",
        False,
        x.data(),
        x.rows,
    )


@case
def haining_recall_traditional() -> Case:
    """Headers typed in traditional characters, and one traditional value."""
    U, c = "海宁市", Firms("海宁市", "r-trad")
    x = XBook()
    s = x.sheet("召回")
    s.put(
        [
            "序號",
            "生產者名稱",
            "統一社會信用代碼",
            "所屬縣（市、區）",
            "產品名稱",
            "型號規格",
            "召回類型",
            "涉及數量",
            "存在的缺陷",
            "召回日期",
        ],
        bold=True,
    )
    s.put(
        [
            1,
            "海宁市暖康电器有限公司",
            c[1],
            "海寧市",
            "电暖器",
            "NK-2000",
            "主動召回",
            "1850台",
            "倾倒开关失效",
            d(2024, 11, 4),
        ],
        ok(
            R,
            enterprise_name="海宁市暖康电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖器",
            model="NK-2000",
            recall_type="主动召回",
            quantity=1850,
            quantity_unit="台",
            defect="倾倒开关失效",
            date="2024-11-04",
        ),
    )
    s.put(
        [
            2,
            "海宁市皮尔鞋业有限公司",
            c[2],
            "海宁市",
            "儿童皮靴",
            "PE-301",
            "主动召回",
            "640双",
            "鞋带扣件易脱落",
            d(2024, 11, 8),
        ],
        ok(
            R,
            enterprise_name="海宁市皮尔鞋业有限公司",
            uscc=c[2],
            unit=U,
            product="儿童皮靴",
            model="PE-301",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="双",
            defect="鞋带扣件易脱落",
            date="2024-11-08",
        ),
    )
    s.put(
        [
            3,
            "海宁市华凯照明电器有限公司",
            c[3],
            "海宁市",
            "LED台灯",
            "HK-T12",
            "责令召回",
            "2200台",
            "电源线拉力试验不合格",
            d(2024, 11, 12),
        ],
        ok(
            R,
            enterprise_name="海宁市华凯照明电器有限公司",
            uscc=c[3],
            unit=U,
            product="LED台灯",
            model="HK-T12",
            recall_type="责令召回",
            quantity=2200,
            quantity_unit="台",
            defect="电源线拉力试验不合格",
            date="2024-11-12",
        ),
    )
    s.put(
        [
            4,
            "海宁市温馨家纺有限公司",
            c[4],
            "海宁市",
            "电热毯",
            "WX-150×80",
            "主动召回",
            "1300条",
            "温控器失效",
            d(2024, 11, 18),
        ],
        ok(
            R,
            enterprise_name="海宁市温馨家纺有限公司",
            uscc=c[4],
            unit=U,
            product="电热毯",
            model="WX-150×80",
            recall_type="主动召回",
            quantity=1300,
            quantity_unit="条",
            defect="温控器失效",
            date="2024-11-18",
        ),
    )
    s.put(
        [
            5,
            "海宁市康乐童车有限公司",
            c[5],
            "海宁市",
            "儿童自行车",
            "KL-14",
            "主动召回",
            "480辆",
            "刹车性能不符合要求",
            d(2024, 11, 22),
        ],
        ok(
            R,
            enterprise_name="海宁市康乐童车有限公司",
            uscc=c[5],
            unit=U,
            product="儿童自行车",
            model="KL-14",
            recall_type="主动召回",
            quantity=480,
            quantity_unit="辆",
            defect="刹车性能不符合要求",
            date="2024-11-22",
        ),
    )
    s.put(
        [
            6,
            "海宁市佳和皮件有限公司",
            c[6],
            "海宁市",
            "儿童书包",
            "JH-22",
            "主动召回",
            "3000个",
            "反光材料缺失",
            d(2024, 11, 26),
        ],
        ok(
            R,
            enterprise_name="海宁市佳和皮件有限公司",
            uscc=c[6],
            unit=U,
            product="儿童书包",
            model="JH-22",
            recall_type="主动召回",
            quantity=3000,
            quantity_unit="个",
            defect="反光材料缺失",
            date="2024-11-26",
        ),
    )
    # The producer's name is missing.
    s.put([7, None, c[7], "海宁市", "儿童雨衣", "YY-01", "主动召回", "500件", "帽绳过长", d(2024, 11, 28)], no(R))
    return Case(
        "haining_2024-11_recall_traditional.xlsx",
        U,
        "2024-11",
        "header row typed in traditional characters (生產者名稱, "
        "統一社會信用代碼...) with 海寧市 and 主動召回 in the data",
        True,
        x.data(),
        x.rows,
    )


# =============================================================================================
# 绿色产品认证 (green_cert)
# =============================================================================================
@case
def jiashan_green_certificates() -> Case:
    """获证企业名单 like a certification body's list: no status column, certificates imply 已获证."""
    U, c = "嘉善县", Firms("嘉善县", "g-certs")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("嘉善县绿色产品认证获证企业名单（2024年10月）", 9)
    s.put(
        [
            "序号",
            "获证企业",
            "统一社会信用代码",
            "所属县（市、区）",
            "获证产品",
            "产品类别",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    f = CN_DATE

    def got(n, name, code, product, category, no_, day):
        s.put(
            [n, name, code, "嘉善县", product, category, no_, d(2024, 10, day), d(2029, 10, day - 1)],
            ok(
                G,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                category=category,
                status="已获证",
                cert_no=no_,
                issue_date=f"2024-10-{day:02d}",
                valid_until=f"2029-10-{day - 1:02d}",
            ),
            f,
        )

    got(1, "嘉善华森木业有限公司", c[1], "强化木地板", "人造板和木质地板", "CGP2410010123", 8)
    got(2, "浙江嘉木家具有限公司", c[2], "办公椅", "家具", "CGP2410010156", 11)
    got(3, "嘉善县美佳涂料有限公司", c[3], "水性木器涂料", "涂料", "CGP2410020031", 15)
    # Enterprise name only a slash.
    s.put([4, "/", c[4], "嘉善县", "实木衣柜", "家具", "CGP2410010167", d(2024, 10, 16), d(2029, 10, 15)], no(G), f)
    got(5, "嘉善县恒美家具有限公司", c[5], "实木餐桌", "家具", "CGP2410010178", 18)
    got(6, "嘉善永盛玻璃有限公司", c[6], "中空玻璃", "建筑玻璃", "CGP2410040012", 22)
    got(7, "浙江优居竹木制品有限公司", c[7], "竹木复合地板", "人造板和木质地板", "CGP2410010190", 25)
    got(8, "嘉善县宏达纸业有限公司", c[8], "生活用纸", "纸和纸制品", "CGP2410080007", 29)
    return Case(
        "jiashan_2024-10_green_certificates.xlsx",
        U,
        "2024-10",
        "绿色产品认证 获证企业/证书名单 (certificate list): 获证企业, 获证产品, "
        "certificate number, dates in Chinese format, no status column",
        False,
        x.data(),
        x.rows,
    )


@case
def xiuzhou_green_pool_and_certs() -> Case:
    """Cultivated and certified firms mixed, status written 入库培育/辅导中/培育/已获证."""
    U, c = "秀洲区", Firms("秀洲区", "g-pool")
    x = XBook()
    s = x.sheet("绿色认证")
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.put(
        [1, "嘉兴市绿源木塑科技有限公司", c[1], "秀洲区", "木塑户外地板", "木塑制品", "入库培育", d(2024, 9, 3), "—"],
        ok(
            G,
            enterprise_name="嘉兴市绿源木塑科技有限公司",
            uscc=c[1],
            unit=U,
            product="木塑户外地板",
            category="木塑制品",
            status="培育中",
            start_date="2024-09-03",
        ),
    )
    s.put(
        [
            2,
            "浙江秀洲新材料有限公司",
            c[2],
            "秀洲区",
            "岩棉板",
            "绝热材料",
            "已获证",
            None,
            "CGP2409050021",
            d(2024, 9, 6),
            d(2029, 9, 5),
        ],
        ok(
            G,
            enterprise_name="浙江秀洲新材料有限公司",
            uscc=c[2],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2409050021",
            issue_date="2024-09-06",
            valid_until="2029-09-05",
        ),
    )
    s.put(
        [3, "嘉兴市雅家家具有限公司", c[3], "秀洲", "板式衣柜", "家具", "辅导中", d(2024, 9, 10), "—"],
        ok(
            G,
            enterprise_name="嘉兴市雅家家具有限公司",
            uscc=c[3],
            unit=U,
            product="板式衣柜",
            category="家具",
            status="培育中",
            start_date="2024-09-10",
        ),
    )
    s.put(
        [
            4,
            "嘉兴市秀美纺织有限公司",
            c[4],
            "秀洲区",
            "涤纶面料",
            "纺织产品",
            "已获证",
            None,
            "CGP2409070044",
            d(2024, 9, 12),
            d(2029, 9, 11),
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀美纺织有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶面料",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2409070044",
            issue_date="2024-09-12",
            valid_until="2029-09-11",
        ),
    )
    s.put(
        [
            5,
            "嘉兴市恒丰涂料有限公司",
            c[5],
            "秀洲区",
            "外墙乳胶漆",
            "涂料",
            "已获证",
            None,
            "CGP2409020068",
            d(2024, 9, 12),
            d(2029, 9, 11),
        ],
        ok(
            G,
            enterprise_name="嘉兴市恒丰涂料有限公司",
            uscc=c[5],
            unit=U,
            product="外墙乳胶漆",
            category="涂料",
            status="已获证",
            cert_no="CGP2409020068",
            issue_date="2024-09-12",
            valid_until="2029-09-11",
        ),
    )
    # Row 1 again.
    s.put(
        [6, "嘉兴市绿源木塑科技有限公司", c[1], "秀洲区", "木塑户外地板", "木塑制品", "入库培育", d(2024, 9, 3), "—"],
        no(G),
    )
    s.put(
        [7, "嘉兴市洁润纸业有限公司", c[6], "秀洲区", "卫生纸", "纸和纸制品", "入库培育", d(2024, 9, 18), "—"],
        ok(
            G,
            enterprise_name="嘉兴市洁润纸业有限公司",
            uscc=c[6],
            unit=U,
            product="卫生纸",
            category="纸和纸制品",
            status="培育中",
            start_date="2024-09-18",
        ),
    )
    s.put(
        [
            8,
            "嘉兴市佳盛防水材料有限公司",
            c[7],
            "秀洲区",
            "高分子防水卷材",
            "防水与密封材料",
            "已获证",
            None,
            "CGP2409060015",
            d(2024, 9, 23),
            d(2029, 9, 22),
        ],
        ok(
            G,
            enterprise_name="嘉兴市佳盛防水材料有限公司",
            uscc=c[7],
            unit=U,
            product="高分子防水卷材",
            category="防水与密封材料",
            status="已获证",
            cert_no="CGP2409060015",
            issue_date="2024-09-23",
            valid_until="2029-09-22",
        ),
    )
    s.put(
        [9, "嘉兴秀洲天成塑业有限公司", c[8], "秀洲区", "塑料快递袋", "快递包装", "培育", d(2024, 9, 26)],
        ok(
            G,
            enterprise_name="嘉兴秀洲天成塑业有限公司",
            uscc=c[8],
            unit=U,
            product="塑料快递袋",
            category="快递包装",
            status="培育中",
            start_date="2024-09-26",
        ),
    )
    return Case(
        "xiuzhou_2024-09_green_pool_and_certs.xlsx",
        U,
        "2024-09",
        "培育 and 获证 mixed in the registry's columns, "
        "status as 入库培育/辅导中/培育/已获证, dashes for no certificate",
        False,
        x.data(),
        x.rows,
    )


@case
def nanhu_green_yesno_bom() -> Case:
    """UTF-8 CSV with BOM (Excel's CSV UTF-8): status as 是否获证 是/否, slashed dates."""
    U, c = "南湖区", Firms("南湖区", "g-yesno")
    stem = "nanhu_2025-02_green_yesno_bom"
    t = Lines(stem)
    t.put(
        [
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "是否获证",
            "证书编号",
            "发证日期",
            "有效期至",
            "纳入培育日期",
        ]
    )
    t.put(
        [
            "嘉兴南湖精工家具有限公司",
            c[1],
            "南湖区",
            "钢制办公桌",
            "家具",
            "是",
            "CGP2502010021",
            "2025/2/14",
            "2030/2/13",
            "",
        ],
        ok(
            G,
            enterprise_name="嘉兴南湖精工家具有限公司",
            uscc=c[1],
            unit=U,
            product="钢制办公桌",
            category="家具",
            status="已获证",
            cert_no="CGP2502010021",
            issue_date="2025-02-14",
            valid_until="2030-02-13",
        ),
    )
    t.put(
        ["嘉兴市新丰涂料有限公司", c[2], "南湖区", "水性防腐涂料", "涂料", "否", "", "", "", "2025/2/10"],
        ok(
            G,
            enterprise_name="嘉兴市新丰涂料有限公司",
            uscc=c[2],
            unit=U,
            product="水性防腐涂料",
            category="涂料",
            status="培育中",
            start_date="2025-02-10",
        ),
    )
    t.put(
        [
            "嘉兴华美纺织有限公司",
            c[3],
            "南湖区",
            "纯棉针织布",
            "纺织产品",
            "是",
            "CGP2502070009",
            "2025/2/18",
            "2030/2/17",
            "",
        ],
        ok(
            G,
            enterprise_name="嘉兴华美纺织有限公司",
            uscc=c[3],
            unit=U,
            product="纯棉针织布",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2502070009",
            issue_date="2025-02-18",
            valid_until="2030-02-17",
        ),
    )
    t.put(
        ["嘉兴市嘉禾纸品有限公司", c[4], "南湖区", "瓦楞纸箱", "纸和纸制品", "否", "", "", "", "2025/2/12"],
        ok(
            G,
            enterprise_name="嘉兴市嘉禾纸品有限公司",
            uscc=c[4],
            unit=U,
            product="瓦楞纸箱",
            category="纸和纸制品",
            status="培育中",
            start_date="2025-02-12",
        ),
    )
    t.put(
        [
            "嘉兴恒信建材有限公司",
            c[5],
            "南湖区",
            "陶瓷砖",
            "陶瓷砖（板）",
            "是",
            "CGP2502030014",
            "2025/2/20",
            "2030/2/19",
            "",
        ],
        ok(
            G,
            enterprise_name="嘉兴恒信建材有限公司",
            uscc=c[5],
            unit=U,
            product="陶瓷砖",
            category="陶瓷砖（板）",
            status="已获证",
            cert_no="CGP2502030014",
            issue_date="2025-02-20",
            valid_until="2030-02-19",
        ),
    )
    t.put(
        ["嘉兴南湖润泽卫浴有限公司", c[6], "南湖区", "坐便器", "卫生陶瓷", "否", "", "", "", "2025/2/21"],
        ok(
            G,
            enterprise_name="嘉兴南湖润泽卫浴有限公司",
            uscc=c[6],
            unit=U,
            product="坐便器",
            category="卫生陶瓷",
            status="培育中",
            start_date="2025-02-21",
        ),
    )
    t.put(
        [
            "嘉兴市绿能热水器有限公司",
            c[7],
            "南湖区",
            "家用太阳能热水系统",
            "太阳能热水系统",
            "是",
            "CGP2502090003",
            "2025/2/25",
            "2030/2/24",
            "",
        ],
        ok(
            G,
            enterprise_name="嘉兴市绿能热水器有限公司",
            uscc=c[7],
            unit=U,
            product="家用太阳能热水系统",
            category="太阳能热水系统",
            status="已获证",
            cert_no="CGP2502090003",
            issue_date="2025-02-25",
            valid_until="2030-02-24",
        ),
    )
    return Case(
        f"{stem}.csv",
        U,
        "2025-02",
        "Excel “CSV UTF-8” export (with BOM), header on line 1, status as 是否获证 是/否",
        False,
        t.text().encode("utf-8-sig"),
        t.rows,
    )


@case
def haining_green_grouped_header() -> Case:
    """附件2 with group headers 企业信息/产品信息/认证信息 merged over two rows; no status column."""
    U, c, tongxiang = "海宁市", Firms("海宁市", "g-grouped"), Firms("桐乡市", "g-grouped")
    x = XBook()
    s = x.sheet("附件2")
    s.put(["附件2"])
    s.title("海宁市绿色产品认证情况表（2024年7月）", 9)
    s.put(["填报单位：海宁市市场监督管理局\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000填报日期：2024年8月2日"])
    s.put(["序号", "企业信息", None, None, "产品信息", None, "认证信息"], bold=True)
    s.put(
        [None, "企业名称", "统一社会信用代码", "属地", "产品名称", "产品类别", "证书编号", "发证日期", "有效期至"],
        bold=True,
    )
    s.merge("A4:A5")
    s.merge("B4:D4")
    s.merge("E4:F4")
    s.merge("G4:I4")
    s.put(
        [
            1,
            "海宁市盛达经编有限公司",
            c[1],
            "海宁市",
            "经编毛毯",
            "纺织产品",
            "CGP2407070031",
            d(2024, 7, 2),
            d(2029, 7, 1),
        ],
        ok(
            G,
            enterprise_name="海宁市盛达经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编毛毯",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2407070031",
            issue_date="2024-07-02",
            valid_until="2029-07-01",
        ),
    )
    s.put(
        [2, "海宁市新艺家纺有限公司", c[2], "海宁市", "经编窗帘布", "纺织产品"],
        ok(
            G,
            enterprise_name="海宁市新艺家纺有限公司",
            uscc=c[2],
            unit=U,
            product="经编窗帘布",
            category="纺织产品",
            status="培育中",
        ),
    )
    s.put(
        [
            3,
            "海宁市欧雅家具有限公司",
            c[3],
            "海宁市",
            "皮革沙发",
            "家具",
            "CGP2407010088",
            d(2024, 7, 9),
            d(2029, 7, 8),
        ],
        ok(
            G,
            enterprise_name="海宁市欧雅家具有限公司",
            uscc=c[3],
            unit=U,
            product="皮革沙发",
            category="家具",
            status="已获证",
            cert_no="CGP2407010088",
            issue_date="2024-07-09",
            valid_until="2029-07-08",
        ),
    )
    s.put(
        [
            4,
            "海宁市锦绣纺织有限公司",
            c[4],
            "海宁市",
            "经编绒面料",
            "纺织产品",
            "CGP2407070035",
            d(2024, 7, 12),
            d(2029, 7, 11),
        ],
        ok(
            G,
            enterprise_name="海宁市锦绣纺织有限公司",
            uscc=c[4],
            unit=U,
            product="经编绒面料",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2407070035",
            issue_date="2024-07-12",
            valid_until="2029-07-11",
        ),
    )
    # A Tongxiang firm.
    s.put(
        [
            5,
            "桐乡市濮院华丰纺织有限公司",
            tongxiang[1],
            "桐乡市",
            "针织面料",
            "纺织产品",
            "CGP2407070037",
            d(2024, 7, 15),
            d(2029, 7, 14),
        ],
        no(G),
    )
    s.put(
        [6, "海宁市华宇建材有限公司", c[6], "海宁市", "挤塑聚苯板", "绝热材料", "—", "—", "—"],
        ok(
            G,
            enterprise_name="海宁市华宇建材有限公司",
            uscc=c[6],
            unit=U,
            product="挤塑聚苯板",
            category="绝热材料",
            status="培育中",
        ),
    )
    s.put(
        [
            7,
            "海宁市宏远纸业有限公司",
            c[7],
            "海宁市",
            "纸质包装盒",
            "纸和纸制品",
            "CGP2407080012",
            "2024年7月18日",
            "2029年7月17日",
        ],
        ok(
            G,
            enterprise_name="海宁市宏远纸业有限公司",
            uscc=c[7],
            unit=U,
            product="纸质包装盒",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2407080012",
            issue_date="2024-07-18",
            valid_until="2029-07-17",
        ),
    )
    s.put(
        [
            8,
            "海宁汇丰经编有限公司",
            c[8],
            "海宁市",
            "经编网布",
            "纺织产品",
            "CGP2407070041",
            d(2024, 7, 25),
            d(2029, 7, 24),
        ],
        ok(
            G,
            enterprise_name="海宁汇丰经编有限公司",
            uscc=c[8],
            unit=U,
            product="经编网布",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2407070041",
            issue_date="2024-07-25",
            valid_until="2029-07-24",
        ),
    )
    s.put(["合计", "获证6张，培育2家"], bold=True)
    s.put(["备注：未填证书编号的为纳入培育企业。"])
    return Case(
        "haining_2024-07_green_grouped_header.xlsx",
        U,
        "2024-07",
        "附件2 form with group headers (企业信息/产品信息/认证信息) merged above the field headers; "
        "no status column, certificate implies 已获证",
        False,
        x.data(),
        x.rows,
    )


@case
def pinghu_green_with_chart_sheet() -> Case:
    """A workbook with an instructions sheet and a chart-data sheet (county totals) next to the return."""
    U, c = "平湖市", Firms("平湖市", "g-chart")
    x = XBook()
    notes = x.sheet("填报说明")
    notes.put(["填报说明"], bold=True)
    notes.put(["1. “培育/获证”填写“培育”或“获证”；"])
    notes.put(["2. 获证的填写证书编号、获证日期和证书有效期；培育的填写纳入培育日期。"])
    notes.put(["3. 本表每月5日前报送市局质量发展处。"])
    s = x.sheet("绿色产品认证")
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "培育/获证",
            "纳入培育日期",
            "证书编号",
            "获证日期",
            "证书有效期",
        ],
        bold=True,
    )
    s.put(
        [
            1,
            "平湖市华美服饰有限公司",
            c[1],
            "平湖市",
            "针织服装",
            "纺织产品",
            "获证",
            None,
            "CGP2412070055",
            "2024年12月",
            "2029年12月",
        ],
        ok(
            G,
            enterprise_name="平湖市华美服饰有限公司",
            uscc=c[1],
            unit=U,
            product="针织服装",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2412070055",
            issue_date="2024-12-01",
            valid_until="2029-12-01",
        ),
    )
    s.put(
        [2, "平湖市绿洁包装有限公司", c[2], "平湖市", "快递包装袋", "快递包装", "培育", "2024年12月"],
        ok(
            G,
            enterprise_name="平湖市绿洁包装有限公司",
            uscc=c[2],
            unit=U,
            product="快递包装袋",
            category="快递包装",
            status="培育中",
            start_date="2024-12-01",
        ),
    )
    s.put(
        [
            3,
            "平湖市嘉华家具有限公司",
            c[3],
            "平湖市",
            "实木书柜",
            "家具",
            "获证",
            None,
            "CGP2412010203",
            "2024年12月3日",
            "2029年12月2日",
        ],
        ok(
            G,
            enterprise_name="平湖市嘉华家具有限公司",
            uscc=c[3],
            unit=U,
            product="实木书柜",
            category="家具",
            status="已获证",
            cert_no="CGP2412010203",
            issue_date="2024-12-03",
            valid_until="2029-12-02",
        ),
    )
    s.put(
        [4, "平湖市兴达纸业有限公司", c[4], "平湖市", "牛皮箱板纸", "纸和纸制品", "培育", "2024年12月"],
        ok(
            G,
            enterprise_name="平湖市兴达纸业有限公司",
            uscc=c[4],
            unit=U,
            product="牛皮箱板纸",
            category="纸和纸制品",
            status="培育中",
            start_date="2024-12-01",
        ),
    )
    s.put(
        [
            5,
            "平湖市锦程服饰有限公司",
            c[5],
            "平湖市",
            "羽绒服",
            "纺织产品",
            "获证",
            None,
            "CGP2412070061",
            "2024年12月10日",
            "2029年12月9日",
        ],
        ok(
            G,
            enterprise_name="平湖市锦程服饰有限公司",
            uscc=c[5],
            unit=U,
            product="羽绒服",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2412070061",
            issue_date="2024-12-10",
            valid_until="2029-12-09",
        ),
    )
    s.put(
        [
            6,
            "平湖市恒通塑料制品有限公司",
            c[6],
            "平湖市",
            "塑料编织袋",
            "塑料制品",
            "获证",
            None,
            "CGP2412110008",
            "2024年12月16日",
            "2029年12月15日",
        ],
        ok(
            G,
            enterprise_name="平湖市恒通塑料制品有限公司",
            uscc=c[6],
            unit=U,
            product="塑料编织袋",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2412110008",
            issue_date="2024-12-16",
            valid_until="2029-12-15",
        ),
    )
    s.put(
        [7, "平湖市光明玻璃有限公司", c[7], "平湖市", "夹层玻璃", "建筑玻璃", "培育", "2024年12月"],
        ok(
            G,
            enterprise_name="平湖市光明玻璃有限公司",
            uscc=c[7],
            unit=U,
            product="夹层玻璃",
            category="建筑玻璃",
            status="培育中",
            start_date="2024-12-01",
        ),
    )
    chart = x.sheet("图表数据")
    chart.put(["月份", "培育企业数", "获证证书数"], bold=True)
    for month, (pool, certs) in enumerate(
        [(2, 1), (1, 0), (3, 2), (2, 2), (1, 3), (2, 1), (3, 2), (1, 1), (2, 2), (1, 2), (2, 3), (3, 4)], 1
    ):
        chart.put([f"{month}月", pool, certs])
    chart.blank()
    chart.put(["县（市、区）", "绿色产品认证企业", "证书"], bold=True)
    for unit, firms, certs in [
        ("南湖区", 9, 4),
        ("秀洲区", 11, 6),
        ("嘉善县", 15, 9),
        ("海盐县", 7, 3),
        ("海宁市", 12, 7),
        ("平湖市", 10, 5),
        ("桐乡市", 13, 6),
    ]:
        chart.put([unit, firms, certs])
    return Case(
        "pinghu_2024-12_green_with_chart_sheet.xlsx",
        U,
        "2024-12",
        "return sheet between a 填报说明 sheet and a 图表数据 sheet (monthly and per-county totals for a chart); "
        "month-only dates",
        True,
        x.data(),
        x.rows,
    )


@case
def jingkai_green_legacy() -> Case:
    """A legacy .xls list with synonyms only: 单位名称, 社会信用代码, 获证产品, 证书号, 获证日期."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "g-legacy")
    x = XlsBook()
    s = x.sheet("绿色产品")
    s.put(["序号", "单位名称", "社会信用代码", "获证产品", "证书号", "获证日期"])
    s.put(
        [1, "嘉兴康达包装有限公司", c[1], "瓦楞纸箱", "CGP2504080011", d(2025, 4, 3)],
        ok(
            G,
            enterprise_name="嘉兴康达包装有限公司",
            uscc=c[1],
            unit=U,
            product="瓦楞纸箱",
            status="已获证",
            cert_no="CGP2504080011",
            issue_date="2025-04-03",
        ),
        "yyyy-mm-dd",
    )
    s.put(
        [2, "嘉兴凯信家居有限公司", c[2], "实木餐椅", "CGP2504010032", d(2025, 4, 8)],
        ok(
            G,
            enterprise_name="嘉兴凯信家居有限公司",
            uscc=c[2],
            unit=U,
            product="实木餐椅",
            status="已获证",
            cert_no="CGP2504010032",
            issue_date="2025-04-08",
        ),
        "yyyy-mm-dd",
    )
    s.put(
        [3, "嘉兴恒创涂装材料有限公司", c[3], "粉末涂料", "CGP2504020019", d(2025, 4, 11)],
        ok(
            G,
            enterprise_name="嘉兴恒创涂装材料有限公司",
            uscc=c[3],
            unit=U,
            product="粉末涂料",
            status="已获证",
            cert_no="CGP2504020019",
            issue_date="2025-04-11",
        ),
        "yyyy-mm-dd",
    )
    # 17 characters.
    s.put([4, "嘉兴博雅纺织有限公司", c[4][:17], "涤棉面料", "CGP2504070026", d(2025, 4, 16)], no(G), "yyyy-mm-dd")
    s.put(
        [5, "嘉兴经开绿建新材料有限公司", c[5], "岩棉夹芯板", "—", None],
        ok(G, enterprise_name="嘉兴经开绿建新材料有限公司", uscc=c[5], unit=U, product="岩棉夹芯板", status="培育中"),
    )
    s.put(
        [6, "嘉兴立丰纸业有限公司", c[6], "生活用纸", "CGP2504080015", d(2025, 4, 24)],
        ok(
            G,
            enterprise_name="嘉兴立丰纸业有限公司",
            uscc=c[6],
            unit=U,
            product="生活用纸",
            status="已获证",
            cert_no="CGP2504080015",
            issue_date="2025-04-24",
        ),
        "yyyy-mm-dd",
    )
    s.put(
        [7, "嘉兴美途家具有限公司", c[7], "办公沙发", "CGP2504010047", d(2025, 4, 28)],
        ok(
            G,
            enterprise_name="嘉兴美途家具有限公司",
            uscc=c[7],
            unit=U,
            product="办公沙发",
            status="已获证",
            cert_no="CGP2504010047",
            issue_date="2025-04-28",
        ),
        "yyyy-mm-dd",
    )
    return Case(
        "jingkai_2025-04_green_legacy.xls",
        U,
        "2025-04",
        "legacy .xls list in synonyms only (单位名称, 社会信用代码, "
        "获证产品, 证书号, 获证日期): no county, no category, no status",
        False,
        x.data(),
        x.rows,
    )


@case
def gangqu_green_serial_dates() -> Case:
    """Dates pasted as serial numbers; status as 培育/已发证; zone written 港区/港区管委会."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "g-serial")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("嘉兴港区绿色产品认证情况（2024年11月）", 10)
    s.put(
        [
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "产品种类",
            "培育/获证",
            "培育日期",
            "证书编号",
            "颁证日期",
            "有效期",
        ],
        bold=True,
    )
    s.put(
        [
            "浙江嘉港新材料有限公司",
            c[1],
            "港区",
            "聚碳酸酯板",
            "塑料制品",
            "已发证",
            None,
            "CGP2411110006",
            serial(2024, 11, 4),
            serial(2029, 11, 3),
        ],
        ok(
            G,
            enterprise_name="浙江嘉港新材料有限公司",
            uscc=c[1],
            unit=U,
            product="聚碳酸酯板",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2411110006",
            issue_date="2024-11-04",
            valid_until="2029-11-03",
        ),
    )
    s.put(
        [
            "嘉兴港区恒泰化工有限公司",
            c[2],
            "嘉兴港区",
            "水性环氧涂料",
            "涂料",
            "培育",
            serial(2024, 11, 6),
            "—",
            "—",
            "—",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区恒泰化工有限公司",
            uscc=c[2],
            unit=U,
            product="水性环氧涂料",
            category="涂料",
            status="培育中",
            start_date="2024-11-06",
        ),
    )
    s.put(
        [
            "嘉兴港区宏伟防水材料有限公司",
            c[3],
            "港区",
            "高分子防水卷材",
            "防水与密封材料",
            "已发证",
            None,
            "CGP2411060009",
            serial(2024, 11, 12),
            serial(2029, 11, 11),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区宏伟防水材料有限公司",
            uscc=c[3],
            unit=U,
            product="高分子防水卷材",
            category="防水与密封材料",
            status="已获证",
            cert_no="CGP2411060009",
            issue_date="2024-11-12",
            valid_until="2029-11-11",
        ),
    )
    s.put(
        ["嘉兴港区东方化纤有限公司", c[4], "港区", "再生涤纶短纤", "纺织产品", "培育", serial(2024, 11, 15)],
        ok(
            G,
            enterprise_name="嘉兴港区东方化纤有限公司",
            uscc=c[4],
            unit=U,
            product="再生涤纶短纤",
            category="纺织产品",
            status="培育中",
            start_date="2024-11-15",
        ),
    )
    s.put(
        [
            "嘉兴中科涂料有限公司",
            c[5],
            "港区管委会",
            "氟碳涂料",
            "涂料",
            "已发证",
            None,
            "CGP2411020027",
            serial(2024, 11, 19),
            serial(2029, 11, 18),
        ],
        ok(
            G,
            enterprise_name="嘉兴中科涂料有限公司",
            uscc=c[5],
            unit=U,
            product="氟碳涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2411020027",
            issue_date="2024-11-19",
            valid_until="2029-11-18",
        ),
    )
    s.put(
        ["浙江乍浦保温材料有限公司", c[6], "港区", "硬泡聚氨酯板", "绝热材料", "培育", serial(2024, 11, 25)],
        ok(
            G,
            enterprise_name="浙江乍浦保温材料有限公司",
            uscc=c[6],
            unit=U,
            product="硬泡聚氨酯板",
            category="绝热材料",
            status="培育中",
            start_date="2024-11-25",
        ),
    )
    return Case(
        "gangqu_2024-11_green_serial_dates.xlsx",
        U,
        "2024-11",
        "zone's sheet without 序号: dates pasted as serial numbers, "
        "产品种类, status as 培育/已发证, zone as 港区/港区管委会",
        False,
        x.data(),
        x.rows,
    )


# =============================================================================================
# “同线同标同质” (three_same)
# =============================================================================================
@case
def haining_three_same_platform() -> Case:
    """是否入驻“三同”公共服务平台 answered 已入驻/未入驻/是/否/"/"; category synonyms."""
    U, c, tongxiang = "海宁市", Firms("海宁市", "t-platform"), Firms("桐乡市", "t-platform")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("海宁市“同线同标同质”产品情况表（2024年10月）", 8)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "“三同”产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”公共服务平台",
        ],
        bold=True,
    )
    s.put(
        [1, "海宁锦程经编有限公司", c[1], "海宁", "经编毛毯", "一般消费品", d(2024, 10, 8), "已入驻"],
        ok(
            T,
            enterprise_name="海宁锦程经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编毛毯",
            category="一般消费品",
            date="2024-10-08",
            on_platform=True,
        ),
    )
    s.put(
        [2, "海宁宏远家纺有限公司", c[2], "海宁市", "窗帘布", "消费品", d(2024, 10, 10), "未入驻"],
        ok(
            T,
            enterprise_name="海宁宏远家纺有限公司",
            uscc=c[2],
            unit=U,
            product="窗帘布",
            category="一般消费品",
            date="2024-10-10",
            on_platform=False,
        ),
    )
    s.put(
        [3, "海宁市宏达轴承有限公司", c[3], "海宁市", "深沟球轴承", "工业品", d(2024, 10, 11), "是"],
        ok(
            T,
            enterprise_name="海宁市宏达轴承有限公司",
            uscc=c[3],
            unit=U,
            product="深沟球轴承",
            category="工业品",
            date="2024-10-11",
            on_platform=True,
        ),
    )
    s.put(
        [4, "海宁市金达化纤有限公司", c[4], "海宁市", "锦纶弹力丝", "工业产品", d(2024, 10, 14), "已入驻"],
        ok(
            T,
            enterprise_name="海宁市金达化纤有限公司",
            uscc=c[4],
            unit=U,
            product="锦纶弹力丝",
            category="工业品",
            date="2024-10-14",
            on_platform=True,
        ),
    )
    s.put(
        [5, "海宁市恒美食品有限公司", c[5], "海宁市", "腌制榨菜", "食品", d(2024, 10, 15), "否"],
        ok(
            T,
            enterprise_name="海宁市恒美食品有限公司",
            uscc=c[5],
            unit=U,
            product="腌制榨菜",
            category="食品农产品",
            date="2024-10-15",
            on_platform=False,
        ),
    )
    # A Tongxiang firm.
    s.put(
        [6, "桐乡市伊美毛衫有限公司", tongxiang[1], "桐乡市", "羊毛衫", "一般消费品", d(2024, 10, 16), "已入驻"], no(T)
    )
    s.put(
        [7, "海宁市永兴皮件有限公司", c[7], "海宁市", "皮革手袋", "一般消费品", d(2024, 10, 22), "已入驻"],
        ok(
            T,
            enterprise_name="海宁市永兴皮件有限公司",
            uscc=c[7],
            unit=U,
            product="皮革手袋",
            category="一般消费品",
            date="2024-10-22",
            on_platform=True,
        ),
    )
    s.put(
        [8, "海宁市天元轴承有限公司", c[8], "海宁市", "圆锥滚子轴承", "工业品", d(2024, 10, 24), "/"],
        ok(
            T,
            enterprise_name="海宁市天元轴承有限公司",
            uscc=c[8],
            unit=U,
            product="圆锥滚子轴承",
            category="工业品",
            date="2024-10-24",
        ),
    )
    s.put(
        [9, "海宁市雅琪服饰有限公司", c[9], "海宁市", "羊皮夹克", "一般消费品", d(2024, 10, 29), "已入驻"],
        ok(
            T,
            enterprise_name="海宁市雅琪服饰有限公司",
            uscc=c[9],
            unit=U,
            product="羊皮夹克",
            category="一般消费品",
            date="2024-10-29",
            on_platform=True,
        ),
    )
    return Case(
        "haining_2024-10_three_same_platform.xlsx",
        U,
        "2024-10",
        "三同 产品情况表 with the long platform question 是否入驻“三同”公共服务平台 (已入驻/未入驻/是/否//), "
        "category synonyms",
        False,
        x.data(),
        x.rows,
    )


@case
def nanhu_three_same_minimal_bom() -> Case:
    """Four columns only, UTF-8 with BOM: no county, no category, no platform; 发布日期."""
    U, c = "南湖区", Firms("南湖区", "t-minimal")
    stem = "nanhu_2024-12_three_same_minimal_bom"
    t = Lines(stem)
    t.put(["企业名称", "统一社会信用代码", "产品名称", "发布日期"])

    def row(name, code, product, day):
        t.put(
            [name, code, product, f"2024-12-{day:02d}"],
            ok(T, enterprise_name=name, uscc=code, unit=U, product=product, date=f"2024-12-{day:02d}"),
        )

    row("嘉兴明辉食品有限公司", c[1], "速冻汤圆", 3)
    row("嘉兴顺昌电器有限公司", c[2], "落地扇", 5)
    row("嘉兴润德机械有限公司", c[3], "齿轮泵", 9)
    row("嘉兴市恒达压缩机有限公司", c[4], "螺杆式空气压缩机", 12)
    row("嘉兴南湖粽业有限公司", c[5], "鲜肉粽", 16)
    row("嘉兴华美纺织有限公司", c[6], "纯棉毛巾", 20)
    # Product left empty.
    t.put(["嘉兴市宏远特钢有限公司", c[7], "", "2024-12-23"], no(T))
    return Case(
        f"{stem}.csv",
        U,
        "2024-12",
        "minimal four-column CSV (UTF-8 with BOM) from a platform export: "
        "no county, category or platform column; 发布日期",
        False,
        t.text().encode("utf-8-sig"),
        t.rows,
    )


@case
def jiashan_three_same_checkmarks() -> Case:
    """No date column at all; category synonyms; 入驻平台 as √/×."""
    U, c = "嘉善县", Firms("嘉善县", "t-checks")
    x = XBook()
    s = x.sheet("三同企业")
    s.title("嘉善县2025年5月“三同”企业产品名单", 7)
    s.put(["序号", "企业名称", "统一社会信用代码", "县市区", "产品", "类别", "入驻平台"], bold=True)
    s.put(
        [1, "嘉善森达家具有限公司", c[1], "嘉善县", "实木床", "消费品", "√"],
        ok(
            T,
            enterprise_name="嘉善森达家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木床",
            category="一般消费品",
            on_platform=True,
        ),
    )
    s.put(
        [2, "浙江嘉善鲜丰食品有限公司", c[2], "嘉善县", "黄桃罐头", "食品", "√"],
        ok(
            T,
            enterprise_name="浙江嘉善鲜丰食品有限公司",
            uscc=c[2],
            unit=U,
            product="黄桃罐头",
            category="食品农产品",
            on_platform=True,
        ),
    )
    s.put(
        [3, "嘉善永新电子有限公司", c[3], "嘉善县", "连接器", "工业产品", "×"],
        ok(
            T,
            enterprise_name="嘉善永新电子有限公司",
            uscc=c[3],
            unit=U,
            product="连接器",
            category="工业品",
            on_platform=False,
        ),
    )
    s.put(
        [4, "嘉善华森木业有限公司", c[4], "嘉善县", "强化木地板", "一般消费品", "√"],
        ok(
            T,
            enterprise_name="嘉善华森木业有限公司",
            uscc=c[4],
            unit=U,
            product="强化木地板",
            category="一般消费品",
            on_platform=True,
        ),
    )
    s.put(
        [5, "嘉善县天宇木业有限公司", c[5], "嘉善县", "胶合板", "工业品", "×"],
        ok(
            T,
            enterprise_name="嘉善县天宇木业有限公司",
            uscc=c[5],
            unit=U,
            product="胶合板",
            category="工业品",
            on_platform=False,
        ),
    )
    # Row 1 entered twice.
    s.put([6, "嘉善森达家具有限公司", c[1], "嘉善县", "实木床", "消费品", "√"], no(T))
    s.put(
        [7, "嘉善县绿野农业开发有限公司", c[6], "嘉善县", "鲜食玉米", "农产品", "√"],
        ok(
            T,
            enterprise_name="嘉善县绿野农业开发有限公司",
            uscc=c[6],
            unit=U,
            product="鲜食玉米",
            category="食品农产品",
            on_platform=True,
        ),
    )
    s.put(
        [8, "嘉善明辉玻璃制品有限公司", c[7], "嘉善县", "钢化玻璃", "工业品"],
        ok(T, enterprise_name="嘉善明辉玻璃制品有限公司", uscc=c[7], unit=U, product="钢化玻璃", category="工业品"),
    )
    return Case(
        "jiashan_2025-05_three_same_checkmarks.xlsx",
        U,
        "2025-05",
        "三同 企业产品名单 without any date column, short headers (县市区, 产品, 类别, 入驻平台), √/× answers",
        True,
        x.data(),
        x.rows,
    )


@case
def haiyan_three_same_repeated_header() -> Case:
    """A two-page print layout: the header row repeated in the middle; a cooperative's 93 code."""
    U, c = "海盐县", Firms("海盐县", "t-repeat")
    header = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "县（市、区）",
        "产品名称",
        "产品类别",
        "自我声明日期",
        "入驻“三同”平台",
    ]
    x = XBook()
    s = x.sheet("三同")
    s.title("海盐县内外销产品“同线同标同质”工作推进情况（2024年9月）", 8)
    s.put(header, bold=True)

    def row(n, name, code, product, written, category, day, platform):
        values = dict(
            enterprise_name=name,
            uscc=code,
            unit=U,
            product=product,
            category=category,
            date=f"2024-09-{day:02d}",
            on_platform=platform == "是",
        )
        s.put([n, name, code, "海盐县", product, written, d(2024, 9, day), platform], ok(T, **values))

    row(1, "海盐宏达紧固件有限公司", c[1], "六角头螺栓", "工业品", "工业品", 2, "是")
    row(2, "浙江海核阀门有限公司", c[2], "截止阀", "工业品", "工业品", 3, "是")
    row(3, "海盐县宇通标准件有限公司", c[3], "不锈钢螺母", "工业品", "工业品", 5, "否")
    row(4, "海盐县欣悦电器有限公司", c[4], "电风扇", "一般消费品", "一般消费品", 6, "是")
    row(5, "海盐县康达针织有限公司", c[5], "棉袜", "一般消费品", "一般消费品", 9, "是")
    row(6, "海盐县绿源茶叶专业合作社", c.coop(6), "绿茶", "农产品", "食品农产品", 10, "否")
    # The credit code was left empty.
    s.put([7, "海盐县精工五金有限公司", None, "海盐县", "合页", "一般消费品", d(2024, 9, 12), "否"], no(T))
    row(8, "海盐东方电缆附件有限公司", c[8], "电缆终端头", "工业品", "工业品", 13, "是")
    s.put(header, bold=True)
    row(9, "海盐汇金五金制品有限公司", c[9], "自攻螺钉", "工业品", "工业品", 16, "是")
    row(10, "海盐县恒通管件有限公司", c[10], "锻钢管件", "工业品", "工业品", 18, "否")
    row(11, "海盐童趣玩具有限公司", c[11], "塑胶积木", "一般消费品", "一般消费品", 20, "是")
    row(12, "海盐美居家纺有限公司", c[12], "毛巾被", "一般消费品", "一般消费品", 23, "是")
    row(13, "海盐县南北湖食品有限公司", c[13], "青团", "食品", "食品农产品", 25, "否")
    row(14, "海盐精工紧固件有限公司", c[14], "高强度螺栓", "工业品", "工业品", 27, "是")
    return Case(
        "haiyan_2024-09_three_same_repeated_header.xlsx",
        U,
        "2024-09",
        "two-page print layout with the header row repeated at the page break; a cooperative with a 93 credit code",
        False,
        x.data(),
        x.rows,
    )


@case
def gangqu_three_same_unicode_text() -> Case:
    """Excel's “Unicode 文本” export: UTF-16 LE with BOM, tab-separated, dates as displayed."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "t-utf16")
    stem = "gangqu_2024-06_three_same_unicode_text"
    t = Lines(stem)
    t.put(["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "产品类别", "声明日期", "是否入驻平台"])
    t.put(
        ["浙江嘉港新材料有限公司", c[1], "港区", "聚碳酸酯板材", "工业品", "2024/6/5", "是"],
        ok(
            T,
            enterprise_name="浙江嘉港新材料有限公司",
            uscc=c[1],
            unit=U,
            product="聚碳酸酯板材",
            category="工业品",
            date="2024-06-05",
            on_platform=True,
        ),
    )
    t.put(
        ["嘉兴港区恒泰化工有限公司", c[2], "港区", "环氧树脂", "工业品", "2024/6/11", "否"],
        ok(
            T,
            enterprise_name="嘉兴港区恒泰化工有限公司",
            uscc=c[2],
            unit=U,
            product="环氧树脂",
            category="工业品",
            date="2024-06-11",
            on_platform=False,
        ),
    )
    t.put(
        ["嘉兴港区东方化纤有限公司", c[3], "嘉兴港区", "锦纶6长丝", "工业品", "2024/6/14", "是"],
        ok(
            T,
            enterprise_name="嘉兴港区东方化纤有限公司",
            uscc=c[3],
            unit=U,
            product="锦纶6长丝",
            category="工业品",
            date="2024-06-14",
            on_platform=True,
        ),
    )
    t.put(
        ["嘉兴中科涂料有限公司", c[4], "港区", "水性木器漆", "一般消费品", "2024/6/19", "是"],
        ok(
            T,
            enterprise_name="嘉兴中科涂料有限公司",
            uscc=c[4],
            unit=U,
            product="水性木器漆",
            category="一般消费品",
            date="2024-06-19",
            on_platform=True,
        ),
    )
    t.put(
        ["嘉兴港区海鲜食品有限公司", c[5], "港区", "冻虾仁", "食品", "2024/6/25", "否"],
        ok(
            T,
            enterprise_name="嘉兴港区海鲜食品有限公司",
            uscc=c[5],
            unit=U,
            product="冻虾仁",
            category="食品农产品",
            date="2024-06-25",
            on_platform=False,
        ),
    )
    return Case(
        f"{stem}.txt",
        U,
        "2024-06",
        "Excel “Unicode 文本(*.txt)” export: UTF-16 LE with BOM, tab-separated, dates as displayed",
        False,
        t.text("\t").encode("utf-16"),
        t.rows,
    )


@case
def xiuzhou_three_same_spacing() -> Case:
    """Spaced-out headers, stray and ideographic spaces, lower-case and spaced credit codes, 嘉興市秀洲區."""
    U, c = "秀洲区", Firms("秀洲区", "t-spacing")
    x = XBook()
    s = x.sheet("同线同标同质")
    s.put(
        [
            "序  号",
            "企 业 名 称",
            "统一社会\n信用代码",
            "县 市 区",
            "产 品 名 称",
            "产品类别",
            "声明日期",
            "是否入驻平台",
        ],
        bold=True,
    )
    code2 = c[2]
    s.put(
        [
            1,
            "\u3000嘉兴市美居智能科技有限公司 ",
            c[1].lower(),
            "嘉興市秀洲區",
            "智能马桶盖",
            "一般消费品",
            "2025年6月3日",
            "是",
        ],
        ok(
            T,
            enterprise_name="嘉兴市美居智能科技有限公司",
            uscc=c[1],
            unit=U,
            product="智能马桶盖",
            category="一般消费品",
            date="2025-06-03",
            on_platform=True,
        ),
    )
    s.put(
        [
            2,
            "浙江智汇家居有限公司",
            f"{code2[:4]} {code2[4:8]} {code2[8:12]} {code2[12:]}",
            "秀洲区",
            "电动窗帘电机",
            "一般消费品",
            "2025年6月5日",
            "否",
        ],
        ok(
            T,
            enterprise_name="浙江智汇家居有限公司",
            uscc=c[2],
            unit=U,
            product="电动窗帘电机",
            category="一般消费品",
            date="2025-06-05",
            on_platform=False,
        ),
    )
    s.put(
        [3, "嘉兴安诺电器有限公司", c[3], "秀洲 ", " 空气净化器", "一般消费品", "2025年6月9日", "是"],
        ok(
            T,
            enterprise_name="嘉兴安诺电器有限公司",
            uscc=c[3],
            unit=U,
            product="空气净化器",
            category="一般消费品",
            date="2025-06-09",
            on_platform=True,
        ),
    )
    s.put(
        [4, "嘉兴市秀洲区王江泾丝织有限公司", c[4], "秀洲区", "真丝围巾", "一般消费品", "2025年6月12日", "是 "],
        ok(
            T,
            enterprise_name="嘉兴市秀洲区王江泾丝织有限公司",
            uscc=c[4],
            unit=U,
            product="真丝围巾",
            category="一般消费品",
            date="2025-06-12",
            on_platform=True,
        ),
    )
    s.put(
        [5, "嘉兴市新塍农产品专业合作社", c.coop(5), "秀洲区", "新塍月饼", "食品", "2025年6月16日", "否"],
        ok(
            T,
            enterprise_name="嘉兴市新塍农产品专业合作社",
            uscc=c.coop(5),
            unit=U,
            product="新塍月饼",
            category="食品农产品",
            date="2025-06-16",
            on_platform=False,
        ),
    )
    s.put(
        [6, "嘉兴禾润照明电器有限公司", c[6], "秀洲区", "ＬＥＤ吸顶灯", "一般消费品", "2025年6月20日", "是"],
        ok(
            T,
            enterprise_name="嘉兴禾润照明电器有限公司",
            uscc=c[6],
            unit=U,
            product="LED吸顶灯",
            category="一般消费品",
            date="2025-06-20",
            on_platform=True,
        ),
    )
    s.put(
        [7, "嘉兴市洁宝电器有限公司", wrong_check(c[7]), "秀洲区", "无线吸尘器", "一般消费品", "2025年6月24日", "是"],
        no(T),
    )
    return Case(
        "xiuzhou_2025-06_three_same_spacing.xlsx",
        U,
        "2025-06",
        "hand-typed sheet: headers spaced out for alignment (企 业 名 称), "
        "stray/ideographic spaces, lower-case and spaced credit codes, 嘉興市秀洲區",
        False,
        x.data(),
        x.rows,
    )


# =============================================================================================
# Several programs in one file
# =============================================================================================
@case
def tongxiang_all_programs() -> Case:
    """All five programs on sheets named Sheet1..Sheet5 plus a 汇总 sheet of county totals."""
    U, c = "桐乡市", Firms("桐乡市", "all")
    x = XBook()
    s = x.sheet("Sheet1")
    s.put(
        ["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "对标标准", "对标结果", "完成日期"], bold=True
    )
    s.put(
        ["桐乡市恒悦针织有限公司", c[1], "桐乡市", "羊毛衫", "ISO 6330:2021", "达到", d(2025, 2, 10)],
        ok(
            B,
            enterprise_name="桐乡市恒悦针织有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            standard_no="ISO 6330:2021",
            result="达到",
            date="2025-02-10",
        ),
    )
    s.put(
        ["桐乡恒盛化纤有限公司", c[2], "桐乡市", "涤纶FDY长丝", "ASTM D2256-21", "优于", d(2025, 2, 14)],
        ok(
            B,
            enterprise_name="桐乡恒盛化纤有限公司",
            uscc=c[2],
            unit=U,
            product="涤纶FDY长丝",
            standard_no="ASTM D2256-21",
            result="优于",
            date="2025-02-14",
        ),
    )
    s.put(
        ["桐乡市乌镇丝绸有限公司", c[3], "桐乡市", "真丝面料", "ISO 105-E04:2013", "达到", d(2025, 2, 20)],
        ok(
            B,
            enterprise_name="桐乡市乌镇丝绸有限公司",
            uscc=c[3],
            unit=U,
            product="真丝面料",
            standard_no="ISO 105-E04:2013",
            result="达到",
            date="2025-02-20",
        ),
    )
    s = x.sheet("Sheet2")
    s.put(
        ["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "状态", "标准编号", "证书编号", "日期"],
        bold=True,
    )
    s.put(
        ["桐乡市梧桐毛衫有限公司", c[4], "桐乡市", "羊绒针织衫", "入库培育", None, None, "2月18日"],
        ok(
            P,
            enterprise_name="桐乡市梧桐毛衫有限公司",
            uscc=c[4],
            unit=U,
            product="羊绒针织衫",
            status="入库培育",
            date="2025-02-18",
        ),
    )
    s.put(
        [
            "桐乡市华晨玻纤制品有限公司",
            c[5],
            "桐乡市",
            "玻璃纤维短切毡",
            "已认证",
            "T/ZZB 1120—2019",
            "ZJM-006-4702-2025",
            "2月25日",
        ],
        ok(
            P,
            enterprise_name="桐乡市华晨玻纤制品有限公司",
            uscc=c[5],
            unit=U,
            product="玻璃纤维短切毡",
            status="已认证",
            standard_no="T/ZZB 1120—2019",
            cert_no="ZJM-006-4702-2025",
            date="2025-02-25",
        ),
    )
    s.put(
        ["桐乡市濮院恒达毛纺有限公司", c[6], "桐乡市", "精纺毛纱", "入库培育", None, None, "2月26日"],
        ok(
            P,
            enterprise_name="桐乡市濮院恒达毛纺有限公司",
            uscc=c[6],
            unit=U,
            product="精纺毛纱",
            status="入库培育",
            date="2025-02-26",
        ),
    )
    s = x.sheet("Sheet3")
    s.put(
        [
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "存在的缺陷",
            "召回日期",
            "已召回数量",
        ],
        bold=True,
    )
    s.put(
        [
            "桐乡市暖阳电器有限公司",
            c[7],
            "桐乡市",
            "暖风机",
            "NY-2000",
            "主动召回",
            1280,
            "台",
            "倾倒保护开关失效",
            d(2025, 2, 11),
            600,
        ],
        ok(
            R,
            enterprise_name="桐乡市暖阳电器有限公司",
            uscc=c[7],
            unit=U,
            product="暖风机",
            model="NY-2000",
            recall_type="主动召回",
            quantity=1280,
            quantity_unit="台",
            defect="倾倒保护开关失效",
            date="2025-02-11",
            recalled=600,
        ),
    )
    s.put(
        [
            "桐乡市童心服饰有限公司",
            c[8],
            "桐乡市",
            "儿童毛衣",
            "TX-2412",
            "主动召回",
            3400,
            "件",
            "绳带不符合安全要求",
            d(2025, 2, 21),
            "-",
        ],
        ok(
            R,
            enterprise_name="桐乡市童心服饰有限公司",
            uscc=c[8],
            unit=U,
            product="儿童毛衣",
            model="TX-2412",
            recall_type="主动召回",
            quantity=3400,
            quantity_unit="件",
            defect="绳带不符合安全要求",
            date="2025-02-21",
        ),
    )
    s = x.sheet("Sheet4")
    s.put(
        [
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.put(
        [
            "桐乡市伊美毛衫有限公司",
            c[9],
            "桐乡市",
            "羊毛衫",
            "纺织产品",
            "已获证",
            None,
            "CGP2502070018",
            d(2025, 2, 13),
            d(2030, 2, 12),
        ],
        ok(
            G,
            enterprise_name="桐乡市伊美毛衫有限公司",
            uscc=c[9],
            unit=U,
            product="羊毛衫",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2502070018",
            issue_date="2025-02-13",
            valid_until="2030-02-12",
        ),
    )
    s.put(
        ["桐乡市恒美家居用品有限公司", c[10], "桐乡市", "实木床头柜", "家具", "培育中", d(2025, 2, 17)],
        ok(
            G,
            enterprise_name="桐乡市恒美家居用品有限公司",
            uscc=c[10],
            unit=U,
            product="实木床头柜",
            category="家具",
            status="培育中",
            start_date="2025-02-17",
        ),
    )
    s = x.sheet("Sheet5")
    s.put(
        ["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "产品类别", "声明日期", "是否入驻“三同”平台"],
        bold=True,
    )
    s.put(
        ["桐乡市丰禾食品有限公司", c[11], "桐乡市", "杭白菊", "食品农产品", d(2025, 2, 6), "是"],
        ok(
            T,
            enterprise_name="桐乡市丰禾食品有限公司",
            uscc=c[11],
            unit=U,
            product="杭白菊",
            category="食品农产品",
            date="2025-02-06",
            on_platform=True,
        ),
    )
    s.put(
        ["桐乡市雅绒针织有限公司", c[12], "桐乡市", "羊绒衫", "一般消费品", d(2025, 2, 12), "是"],
        ok(
            T,
            enterprise_name="桐乡市雅绒针织有限公司",
            uscc=c[12],
            unit=U,
            product="羊绒衫",
            category="一般消费品",
            date="2025-02-12",
            on_platform=True,
        ),
    )
    s.put(
        ["桐乡恒盛化纤有限公司", c[2], "桐乡市", "涤纶FDY长丝", "工业品", d(2025, 2, 19), "否"],
        ok(
            T,
            enterprise_name="桐乡恒盛化纤有限公司",
            uscc=c[2],
            unit=U,
            product="涤纶FDY长丝",
            category="工业品",
            date="2025-02-19",
            on_platform=False,
        ),
    )
    s.put(
        ["桐乡市乌镇糕点食品有限公司", wrong_check(c[13]), "桐乡市", "姑嫂饼", "食品农产品", d(2025, 2, 24), "是"],
        no(T),
    )
    s = x.sheet("汇总")
    s.put(
        ["县（市、区）", "对标达标", "品字标入库", "品字标认证", "缺陷产品召回", "绿色产品认证", "三同产品"], bold=True
    )
    s.put(["桐乡市", 3, 2, 1, 2, 2, 4])
    s.put(["合计", 3, 2, 1, 2, 2, 4])
    return Case(
        "tongxiang_2025-02_all_programs.xlsx",
        U,
        "2025-02",
        "all five programs in one workbook on sheets left as Sheet1..Sheet5 (registry headers), "
        "plus a 汇总 sheet with the county's totals",
        True,
        x.data(),
        x.rows,
    )


@case
def haiyan_recall_green_blocks() -> Case:
    """A monthly report sheet with a recall block and a green-product block, no county columns."""
    U, c = "海盐县", Firms("海盐县", "rg-blocks")
    x = XBook()
    s = x.sheet("3月报表")
    s.title("海盐县2025年3月质量提升工作月报", 9)
    s.put(["（一）缺陷产品召回"], bold=True)
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "存在的缺陷",
            "召回日期",
        ],
        bold=True,
    )
    s.put(
        [1, "海盐县欣悦电器有限公司", c[1], "取暖器", "QN-2200", "主动召回", "860台", "过热保护装置失效", "2025.3.5"],
        ok(
            R,
            enterprise_name="海盐县欣悦电器有限公司",
            uscc=c[1],
            unit=U,
            product="取暖器",
            model="QN-2200",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="台",
            defect="过热保护装置失效",
            date="2025-03-05",
        ),
    )
    s.put(
        [
            2,
            "海盐童趣玩具有限公司",
            c[2],
            "儿童电动童车",
            "DC-66",
            "主动召回",
            "275辆",
            "电池仓未固定，存在触电风险",
            "2025.3.12",
        ],
        ok(
            R,
            enterprise_name="海盐童趣玩具有限公司",
            uscc=c[2],
            unit=U,
            product="儿童电动童车",
            model="DC-66",
            recall_type="主动召回",
            quantity=275,
            quantity_unit="辆",
            defect="电池仓未固定，存在触电风险",
            date="2025-03-12",
        ),
    )
    s.put(
        [3, "海盐县艾佳儿童用品有限公司", c[3], "儿童餐椅", "/", "责令召回", "520把", "安全带强度不足", "2025.3.19"],
        ok(
            R,
            enterprise_name="海盐县艾佳儿童用品有限公司",
            uscc=c[3],
            unit=U,
            product="儿童餐椅",
            recall_type="责令召回",
            quantity=520,
            quantity_unit="把",
            defect="安全带强度不足",
            date="2025-03-19",
        ),
    )
    s.put(
        [
            4,
            "海盐县新兴五金工具有限公司",
            c[4],
            "角磨机",
            "AG-100",
            "主动召回",
            "1,050台",
            "防护罩固定不牢",
            "2025.3.26",
        ],
        ok(
            R,
            enterprise_name="海盐县新兴五金工具有限公司",
            uscc=c[4],
            unit=U,
            product="角磨机",
            model="AG-100",
            recall_type="主动召回",
            quantity=1050,
            quantity_unit="台",
            defect="防护罩固定不牢",
            date="2025-03-26",
        ),
    )
    s.blank()
    s.put(["（二）绿色产品认证"], bold=True)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "认证状态", "证书编号", "发证日期"], bold=True
    )
    s.put(
        [1, "海盐美居家纺有限公司", c[5], "毛巾", "纺织产品", "已获证", "CGP2503070024", "2025.3.6"],
        ok(
            G,
            enterprise_name="海盐美居家纺有限公司",
            uscc=c[5],
            unit=U,
            product="毛巾",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2503070024",
            issue_date="2025-03-06",
        ),
    )
    s.put(
        [2, "海盐县华丰纸业有限公司", c[6], "生活用纸", "纸和纸制品", "培育中", "—", "—"],
        ok(
            G,
            enterprise_name="海盐县华丰纸业有限公司",
            uscc=c[6],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="培育中",
        ),
    )
    s.put(
        [3, "海盐县恒远涂料有限公司", c[7], "环保木器漆", "涂料", "已获证", "CGP2503020033", "2025.3.14"],
        ok(
            G,
            enterprise_name="海盐县恒远涂料有限公司",
            uscc=c[7],
            unit=U,
            product="环保木器漆",
            category="涂料",
            status="已获证",
            cert_no="CGP2503020033",
            issue_date="2025-03-14",
        ),
    )
    s.put(
        [4, "海盐县绿建保温材料有限公司", c[8], "岩棉板", "绝热材料", "已获证", "CGP2503050011", "2025.3.20"],
        ok(
            G,
            enterprise_name="海盐县绿建保温材料有限公司",
            uscc=c[8],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2503050011",
            issue_date="2025-03-20",
        ),
    )
    # 17 characters.
    s.put([5, "海盐县森林家具有限公司", c[9][:17], "实木衣柜", "家具", "已获证", "CGP2503010052", "2025.3.27"], no(G))
    s.blank()
    s.put(["填报人：沈丽\u3000\u3000审核：吴强"])
    return Case(
        "haiyan_2025-03_recall_green_blocks.xlsx",
        U,
        "2025-03",
        "one 月报 sheet with a recall block and a green-product block under （一）/（二） headings, "
        "no county columns, dotted dates",
        False,
        x.data(),
        x.rows,
    )


@case
def pinghu_brand_mark_benchmarking_xls() -> Case:
    """A legacy .xls with a 品字标 sheet, an 对标达标 sheet and an empty Sheet3."""
    U, c, haining = "平湖市", Firms("平湖市", "pb-xls"), Firms("海宁市", "pb-xls")
    x = XlsBook()
    s = x.sheet("品字标")
    s.put(
        [
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "入库/认证",
            "标准编号",
            "证书编号",
            "入库/认证日期",
        ]
    )
    s.put(
        ["平湖市金利箱包有限公司", c[1], "平湖市", "拉杆箱", "入库", None, None, "2024.8.5"],
        ok(
            P,
            enterprise_name="平湖市金利箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            status="入库培育",
            date="2024-08-05",
        ),
    )
    s.put(
        [
            "平湖市乐途箱包有限公司",
            c[2],
            "平湖市",
            "铝框拉杆箱",
            "认证",
            "T/ZZB 2187—2021",
            "ZJM-003-5255-2024",
            "2024.8.12",
        ],
        ok(
            P,
            enterprise_name="平湖市乐途箱包有限公司",
            uscc=c[2],
            unit=U,
            product="铝框拉杆箱",
            status="已认证",
            standard_no="T/ZZB 2187—2021",
            cert_no="ZJM-003-5255-2024",
            date="2024-08-12",
        ),
    )
    s.put(
        ["平湖市星辰童装有限公司", c[3], "平湖市", "儿童羽绒服", "入库", None, None, "2024.8.19"],
        ok(
            P,
            enterprise_name="平湖市星辰童装有限公司",
            uscc=c[3],
            unit=U,
            product="儿童羽绒服",
            status="入库培育",
            date="2024-08-19",
        ),
    )
    s.put(
        [
            "浙江平湖乐行旅游用品有限公司",
            c[4],
            "平湖市",
            "旅行背包",
            "认证",
            "T/ZZB 1788—2020",
            "ZJM-001-3822-2024",
            "2024.8.27",
        ],
        ok(
            P,
            enterprise_name="浙江平湖乐行旅游用品有限公司",
            uscc=c[4],
            unit=U,
            product="旅行背包",
            status="已认证",
            standard_no="T/ZZB 1788—2020",
            cert_no="ZJM-001-3822-2024",
            date="2024-08-27",
        ),
    )
    s = x.sheet("对标达标")
    s.put(["企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "对标标准", "对标结果", "完成日期"])
    s.put(
        ["平湖市乐途箱包有限公司", c[2], "平湖市", "铝框拉杆箱", "ASTM D4169-22", "达到", "2024.8.8"],
        ok(
            B,
            enterprise_name="平湖市乐途箱包有限公司",
            uscc=c[2],
            unit=U,
            product="铝框拉杆箱",
            standard_no="ASTM D4169-22",
            result="达到",
            date="2024-08-08",
        ),
    )
    s.put(
        ["平湖市华美服饰有限公司", c[5], "平湖市", "针织外套", "ISO 12945-2:2020", "优于", "2024.8.15"],
        ok(
            B,
            enterprise_name="平湖市华美服饰有限公司",
            uscc=c[5],
            unit=U,
            product="针织外套",
            standard_no="ISO 12945-2:2020",
            result="优于",
            date="2024-08-15",
        ),
    )
    s.put(
        ["平湖市欧丽箱包有限公司", c[6], "平湖市", "PC拉杆箱", "ISO 105-B02:2014", "达到", "2024.8.22"],
        ok(
            B,
            enterprise_name="平湖市欧丽箱包有限公司",
            uscc=c[6],
            unit=U,
            product="PC拉杆箱",
            standard_no="ISO 105-B02:2014",
            result="达到",
            date="2024-08-22",
        ),
    )
    # Written as a Haining firm.
    s.put(
        ["海宁市盛达皮革有限公司", haining[1], "海宁市", "汽车座椅革", "ISO 17075-1:2017", "达到", "2024.8.29"], no(B)
    )
    x.sheet("Sheet3")
    return Case(
        "pinghu_2024-08_brand_mark_benchmarking.xls",
        U,
        "2024-08",
        "legacy .xls with two program sheets named by program (品字标, "
        "对标达标) and an empty Sheet3; dotted text dates",
        False,
        x.data(),
        x.rows,
    )


# =============================================================================================
# Holdout set 2: added after the reader was tuned on everything above, never seen while tuning
# =============================================================================================
def transposed(code: str) -> str:
    """The same code with two neighbouring characters swapped (a typing slip the check catches)."""
    for i in range(8, 16):
        if code[i] != code[i + 1]:
            slipped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            assert check_char(slipped[:17]) != slipped[17]
            return slipped
    raise AssertionError(code)


def digits_only_code(unit: str, tag: str) -> str:
    """A valid code made of digits only, whose number-cell form (see as_typed_number) is no valid code."""
    firms = Firms(unit, tag)
    for n in range(1000):
        code = firms[n]
        if code.isdigit():
            kept = code[:15] + "000"
            if check_char(kept[:17]) != kept[17]:
                return code
    raise AssertionError(tag)


def as_typed_number(code: str) -> float:
    """What Excel stores when a digits-only code is typed into a number cell: 15 digits, then zeros."""
    return float(code[:15] + "000")


@case
def nanhu_benchmarking_instructions() -> Case:
    """Header in row 8 under a title and a long 填报说明 paragraph; merged firm cells; 秀城区 (old name)."""
    U, c = "南湖区", Firms("南湖区", "b-instr")
    x = XBook()
    s = x.sheet("对标达标明细")
    s.title("南湖区企业标准对标达标提升行动月度报送表", 9)
    s.put(["填报说明："])
    for text in (
        "1. 本表报送当月新完成对标达标的企业及产品，每个产品填写一行；同一企业有多个产品的，"
        "企业名称、统一社会信用代码、所属县（市、区）可合并单元格填写。",
        "2. 统一社会信用代码为18位，字母大写；对标标准填写国际或国外先进标准的编号（如 ISO 1217:2009），"
        "不得填写企业标准或国家标准。",
        "3. 对标结果填写“达到”或“优于”；完成日期以企业标准信息公共服务平台自我声明公开的日期为准。",
        "4. 本表于次月5日前报市局标准化处，逾期未报的按零报告处理。",
    ):
        row = s.put([text])
        s.merge(f"A{row}:I{row}")
        s.ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        s.ws.row_dimensions[row].height = 30
    s.put(["填报单位：南湖区市场监督管理局（盖章）", None, None, None, None, "报送月份：2025年4月"])
    s.put(
        [
            "序号",
            "企业名称\n（必填）",
            "统一社会信用代码\n（必填）",
            "所属县（市、区）",
            "产品名称\n（必填）",
            "对标标准\n（国际/国外先进标准编号）",
            "对标结果\n（达到/优于）",
            "完成日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 32, 22, 14, 24, 30, 12, 16, 24)
    f = CN_DATE
    s.put(
        [1, "嘉兴市南湖区精工阀门有限公司", c[1], "南湖区", "法兰闸阀", "API 600:2021", "达到", d(2025, 4, 3)],
        ok(
            B,
            enterprise_name="嘉兴市南湖区精工阀门有限公司",
            uscc=c[1],
            unit=U,
            product="法兰闸阀",
            standard_no="API 600:2021",
            result="达到",
            date="2025-04-03",
        ),
        f,
    )
    s.put(
        [2, "浙江嘉诚电梯部件有限公司", c[2], "嘉兴市南湖区", "电梯T型导轨", "ISO 7465:2007", "优于", d(2025, 4, 8)],
        ok(
            B,
            enterprise_name="浙江嘉诚电梯部件有限公司",
            uscc=c[2],
            unit=U,
            product="电梯T型导轨",
            standard_no="ISO 7465:2007",
            result="优于",
            date="2025-04-08",
        ),
        f,
    )
    # One firm, two products: name, code, county and remark merged over both rows.
    first = s.put(
        [
            3,
            "嘉兴市凯利特压缩机有限公司",
            c[3],
            "南湖",
            "往复式活塞压缩机",
            "ISO 1217:2009",
            "达到",
            d(2025, 4, 10),
            "同一企业两个产品",
        ],
        ok(
            B,
            enterprise_name="嘉兴市凯利特压缩机有限公司",
            uscc=c[3],
            unit=U,
            product="往复式活塞压缩机",
            standard_no="ISO 1217:2009",
            result="达到",
            date="2025-04-10",
        ),
        f,
    )
    second = s.put(
        [4, None, None, None, "压缩机用三相异步电动机", "IEC 60034-30-1:2014", "达到", d(2025, 4, 10)],
        ok(
            B,
            enterprise_name="嘉兴市凯利特压缩机有限公司",
            uscc=c[3],
            unit=U,
            product="压缩机用三相异步电动机",
            standard_no="IEC 60034-30-1:2014",
            result="达到",
            date="2025-04-10",
        ),
        f,
    )
    for col in "BCDI":
        s.merge(f"{col}{first}:{col}{second}")
    # 秀城区 is the old name of 南湖区 (code 330402).
    s.put(
        [5, "嘉兴市华南纺织印染有限公司", c[4], "秀城区", "涤纶印花布", "ISO 105-C06:2010", "达到", d(2025, 4, 14)],
        ok(
            B,
            enterprise_name="嘉兴市华南纺织印染有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶印花布",
            standard_no="ISO 105-C06:2010",
            result="达到",
            date="2025-04-14",
        ),
        f,
    )
    s.put(
        [
            6,
            " 浙江南湖智能装备有限公司 ",
            c[5],
            "南湖区 ",
            "数控折弯机",
            "EN 12622:2009+A1:2013",
            "达到",
            d(2025, 4, 16),
        ],
        ok(
            B,
            enterprise_name="浙江南湖智能装备有限公司",
            uscc=c[5],
            unit=U,
            product="数控折弯机",
            standard_no="EN 12622:2009+A1:2013",
            result="达到",
            date="2025-04-16",
        ),
        f,
    )
    # No standard yet: the required standard is a placeholder.
    s.put([7, "嘉兴市东栅五金制品有限公司", c[6], "南湖区", "门用合页", "待定", None, None, "标准比对中"], no(B), f)
    s.put(
        [8, "嘉兴卓信电子科技有限公司", c[7], "南湖区", "光电传感器", "IEC 60947-5-2:2019", "优于", d(2025, 4, 22)],
        ok(
            B,
            enterprise_name="嘉兴卓信电子科技有限公司",
            uscc=c[7],
            unit=U,
            product="光电传感器",
            standard_no="IEC 60947-5-2:2019",
            result="优于",
            date="2025-04-22",
        ),
        f,
    )
    s.put(
        [9, "嘉兴市南湖区新嘉食品有限公司", c[8], "嘉兴市南湖区", "速冻水饺", "CXC 1-1969", "达到", d(2025, 4, 25)],
        ok(
            B,
            enterprise_name="嘉兴市南湖区新嘉食品有限公司",
            uscc=c[8],
            unit=U,
            product="速冻水饺",
            standard_no="CXC 1-1969",
            result="达到",
            date="2025-04-25",
        ),
        f,
    )
    s.put(
        [
            10,
            "嘉兴市丰泽汽车零部件有限公司",
            c[9],
            "南湖区",
            "汽车液压制动软管",
            "SAE J1401:2017",
            "达到",
            d(2025, 4, 28),
        ],
        ok(
            B,
            enterprise_name="嘉兴市丰泽汽车零部件有限公司",
            uscc=c[9],
            unit=U,
            product="汽车液压制动软管",
            standard_no="SAE J1401:2017",
            result="达到",
            date="2025-04-28",
        ),
        f,
    )
    s.put(
        [
            11,
            "嘉兴市南湖区永安消防器材有限公司",
            c[10],
            "秀城区",
            "手提式干粉灭火器",
            "EN 3-7:2004+A1:2007",
            "达到",
            d(2025, 4, 29),
        ],
        ok(
            B,
            enterprise_name="嘉兴市南湖区永安消防器材有限公司",
            uscc=c[10],
            unit=U,
            product="手提式干粉灭火器",
            standard_no="EN 3-7:2004+A1:2007",
            result="达到",
            date="2025-04-29",
        ),
        f,
    )
    s.blank()
    s.put(["合计", "9家", None, None, "10个"], bold=True)
    s.put(["审核人：周伟\u3000\u3000填报人：李娜"])
    return Case(
        "nanhu_2025-04_benchmarking_instructions.xlsx",
        U,
        "2025-04",
        "月度报送表 with the header in row 8 under a title and a four-line 填报说明 paragraph; header cells with "
        "line breaks and （必填）; one firm's name, code and county merged over its two product rows; county as "
        "南湖区/南湖/嘉兴市南湖区/秀城区 (old name)/with a trailing space",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def xiuzhou_brand_mark_certificate_export() -> Case:
    """A 浙江制造 certificate query export: query line, 证书编号 first, 认证机构 and 有效期至 columns."""
    U, c = "秀洲区", Firms("秀洲区", "p-export")
    x = XBook()
    s = x.sheet("证书查询结果")
    s.put(["查询条件：认证类别=“浙江制造”认证；获证组织所在地=嘉兴市秀洲区；发证日期=2025-03-01至2025-03-31"])
    s.put(
        [
            "证书编号",
            "获证组织名称",
            "统一社会信用代码",
            "认证产品",
            "产品型号/规格",
            "认证依据",
            "认证机构",
            "发证日期",
            "有效期至",
            "所在地区",
        ]
    )
    s.widths(20, 30, 22, 18, 18, 18, 24, 16, 16, 20)

    def cert(no_, name, code, product, model, std, body, issued, until, area, day):
        s.put(
            [no_, name, code, product, model, std, body, issued, until, area],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="已认证",
                standard_no=std,
                cert_no=no_,
                date=f"2025-03-{day:02d}",
            ),
        )

    wt, gx, cqc = "杭州万泰认证有限公司", "浙江公信认证有限公司", "中国质量认证中心"
    region = "浙江省嘉兴市秀洲区"
    cert(
        "ZJM-006-5102-2025",
        "嘉兴恒瑞智能电器有限公司",
        c[1],
        "电热水壶",
        "HR-1701、HR-1702",
        "T/ZZB 0316—2018",
        wt,
        "2025年03月04日",
        "2028年03月03日",
        region,
        4,
    )
    cert(
        "ZJM-003-5110-2025",
        "浙江秀洲光伏科技有限公司",
        c[2],
        "晶体硅光伏组件",
        "XZ-550M",
        "T/ZZB 1563—2020",
        gx,
        "2025年03月06日",
        "2028年03月05日",
        region,
        6,
    )
    cert(
        "ZJM-001-3951-2025",
        "嘉兴市新塍家纺有限公司",
        c[3],
        "羽绒被",
        "200×230cm",
        "T/ZZB 0735—2018",
        cqc,
        "2025年03月11日",
        "2028年03月10日",
        "嘉兴市秀洲区",
        11,
    )
    cert(
        "ZJM-006-5117-2025",
        "嘉兴恒瑞智能电器有限公司",
        c[1],
        "电饭煲",
        "HR-F40",
        "T/ZZB 1110—2019",
        wt,
        "2025年03月11日",
        "2028年03月10日",
        region,
        11,
    )
    cert(
        "ZJM-006-5131-2025",
        "嘉兴市洪合毛衫有限公司",
        c[4],
        "羊毛针织衫",
        "M-2501",
        "T/ZZB 0482—2018",
        wt,
        "2025年03月14日",
        "2028年03月13日",
        region,
        14,
    )
    # Two characters of the code swapped when it was typed in.
    s.put(
        [
            "ZJM-012-0698-2025",
            "浙江新塍五金制品有限公司",
            transposed(c[5]),
            "不锈钢保温杯",
            "XC-500",
            "T/ZZB 0550—2018",
            gx,
            "2025年03月18日",
            "2028年03月17日",
            region,
        ],
        no(P),
    )
    cert(
        "ZJM-012-0702-2025",
        "嘉兴王店智能科技有限公司",
        c[6],
        "智能坐便器",
        "WD-S8",
        "T/ZZB 1035—2019",
        gx,
        "2025年03月20日",
        "2028年03月19日",
        region,
        20,
    )
    cert(
        "ZJM-001-3968-2025",
        "嘉兴市秀洲区佳源新材料有限公司",
        c[7],
        "双向拉伸聚酯薄膜",
        "12μm",
        "T/ZZB 2240—2021",
        cqc,
        "2025年03月25日",
        "2028年03月24日",
        region,
        25,
    )
    cert(
        "ZJM-003-5146-2025",
        "嘉兴市油车港精密机械有限公司",
        c[8],
        "滚珠丝杠副",
        "SFU1605",
        "T/ZZB 1862—2020",
        gx,
        "2025年03月27日",
        "2028年03月26日",
        region,
        27,
    )
    s.put(["共 9 条记录\u3000\u3000导出时间：2025-04-02 09:31"])
    return Case(
        "xiuzhou_2025-03_brand_mark_certificate_export.xlsx",
        U,
        "2025-03",
        "“浙江制造” certificate query export: a query-condition line, 证书编号 as the first column, 获证组织名称, "
        "产品型号/规格, 认证机构 and 有效期至 columns, zero-padded 2025年03月04日 text dates, 所在地区 as "
        "province/city/county text, a record-count footer",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def haining_annex_sheets() -> Case:
    """Five programs on sheets 附表1..附表5, the program named only in each sheet's title line."""
    U, c = "海宁市", Firms("海宁市", "annex")
    x = XBook()
    unit_line = "填报单位：海宁市市场监督管理局"

    s = x.sheet("附表1")
    s.title("附表1：海宁市企业标准对标达标提升行动情况表（2025年1月）", 7)
    s.put([unit_line])
    s.put(["序号", "企业名称", "统一社会信用代码", "产品名称", "先进标准编号", "结果", "日期"], bold=True)
    s.put(
        [1, "海宁市盛元经编有限公司", c[1], "经编涤纶面料", "ISO 13934-1:2013", "达到", d(2025, 1, 6)],
        ok(
            B,
            enterprise_name="海宁市盛元经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编涤纶面料",
            standard_no="ISO 13934-1:2013",
            result="达到",
            date="2025-01-06",
        ),
    )
    s.put(
        [2, "海宁市华丰皮革有限公司", c[2], "沙发革", "EN 15987:2015", "优于", d(2025, 1, 9)],
        ok(
            B,
            enterprise_name="海宁市华丰皮革有限公司",
            uscc=c[2],
            unit=U,
            product="沙发革",
            standard_no="EN 15987:2015",
            result="优于",
            date="2025-01-09",
        ),
    )
    s.put(
        [3, "海宁市天翔轴承有限公司", c[3], "深沟球轴承", "ISO 492:2014", "达到", d(2025, 1, 13)],
        ok(
            B,
            enterprise_name="海宁市天翔轴承有限公司",
            uscc=c[3],
            unit=U,
            product="深沟球轴承",
            standard_no="ISO 492:2014",
            result="达到",
            date="2025-01-13",
        ),
    )
    s.put(
        [4, "海宁市许村家纺有限公司", c[4], "提花窗帘布", "ISO 105-B02:2014", "达到", d(2024, 12, 30)],
        ok(
            B,
            enterprise_name="海宁市许村家纺有限公司",
            uscc=c[4],
            unit=U,
            product="提花窗帘布",
            standard_no="ISO 105-B02:2014",
            result="达到",
            date="2024-12-30",
        ),
    )

    s = x.sheet("附表2")
    s.title("附表2：海宁市“品字标”浙江制造品牌培育情况表（2025年1月）", 8)
    s.put([unit_line])
    s.put(["序号", "企业名称", "统一社会信用代码", "产品名称", "类别", "标准号", "证书号", "日期"], bold=True)
    s.put(
        [1, "海宁市恒昌纺织有限公司", c[5], "经编毛毯", "入库", "—", "—", d(2025, 1, 8)],
        ok(
            P,
            enterprise_name="海宁市恒昌纺织有限公司",
            uscc=c[5],
            unit=U,
            product="经编毛毯",
            status="入库培育",
            date="2025-01-08",
        ),
    )
    s.put(
        [
            2,
            "海宁市金利达皮件有限公司",
            c[6],
            "真皮手袋",
            "认证",
            "T/ZZB 0941—2019",
            "ZJM-003-5201-2025",
            d(2025, 1, 15),
        ],
        ok(
            P,
            enterprise_name="海宁市金利达皮件有限公司",
            uscc=c[6],
            unit=U,
            product="真皮手袋",
            status="已认证",
            standard_no="T/ZZB 0941—2019",
            cert_no="ZJM-003-5201-2025",
            date="2025-01-15",
        ),
    )
    s.put(
        [3, "浙江海宁光源电器有限公司", c[7], "LED筒灯", "入库", "—", "—", d(2025, 1, 20)],
        ok(
            P,
            enterprise_name="浙江海宁光源电器有限公司",
            uscc=c[7],
            unit=U,
            product="LED筒灯",
            status="入库培育",
            date="2025-01-20",
        ),
    )

    s = x.sheet("附表3")
    s.title("附表3：海宁市缺陷产品召回情况表（2025年1月）", 11)
    s.put([unit_line])
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "存在的缺陷",
            "召回日期",
            "已召回数量",
        ],
        bold=True,
    )
    # Nothing to report this month: one merged sentence where the rows would be.
    row = s.put(["本月无缺陷产品召回。"])
    s.merge(f"A{row}:K{row}")

    s = x.sheet("附表4")
    s.title("附表4：海宁市绿色产品认证情况表（2025年1月）", 8)
    s.put([unit_line])
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "证书编号", "发证日期", "有效期至"], bold=True
    )
    s.put(
        [1, "海宁市绿洲涂料有限公司", c[8], "水性内墙涂料", "涂料", "CGP2501020014", d(2025, 1, 10), d(2030, 1, 9)],
        ok(
            G,
            enterprise_name="海宁市绿洲涂料有限公司",
            uscc=c[8],
            unit=U,
            product="水性内墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2501020014",
            issue_date="2025-01-10",
            valid_until="2030-01-09",
        ),
    )
    s.put(
        [
            2,
            "海宁市森然木业有限公司",
            c[9],
            "实木复合地板",
            "人造板和木质地板",
            "CGP2501010033",
            d(2025, 1, 17),
            d(2030, 1, 16),
        ],
        ok(
            G,
            enterprise_name="海宁市森然木业有限公司",
            uscc=c[9],
            unit=U,
            product="实木复合地板",
            category="人造板和木质地板",
            status="已获证",
            cert_no="CGP2501010033",
            issue_date="2025-01-17",
            valid_until="2030-01-16",
        ),
    )

    s = x.sheet("附表5")
    s.title("附表5：海宁市内外销产品“同线同标同质”情况表（2025年1月）", 7)
    s.put([unit_line])
    s.put(["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期", "是否入驻平台"], bold=True)
    s.put(
        [1, "海宁市佳宝食品有限公司", c[10], "榨菜丝", "食品农产品", d(2025, 1, 7), "是"],
        ok(
            T,
            enterprise_name="海宁市佳宝食品有限公司",
            uscc=c[10],
            unit=U,
            product="榨菜丝",
            category="食品农产品",
            date="2025-01-07",
            on_platform=True,
        ),
    )
    s.put(
        [2, "海宁市恒丰经编有限公司", c[11], "经编蕾丝面料", "一般消费品", d(2025, 1, 14), "否"],
        ok(
            T,
            enterprise_name="海宁市恒丰经编有限公司",
            uscc=c[11],
            unit=U,
            product="经编蕾丝面料",
            category="一般消费品",
            date="2025-01-14",
            on_platform=False,
        ),
    )
    # Row 2 again.
    s.put([3, "海宁市恒丰经编有限公司", c[11], "经编蕾丝面料", "一般消费品", d(2025, 1, 14), "否"], no(T))
    s.put(
        [4, "海宁市万达轴承有限公司", c[12], "圆锥滚子轴承", "工业品", d(2025, 1, 21), "是"],
        ok(
            T,
            enterprise_name="海宁市万达轴承有限公司",
            uscc=c[12],
            unit=U,
            product="圆锥滚子轴承",
            category="工业品",
            date="2025-01-21",
            on_platform=True,
        ),
    )
    return Case(
        "haining_2025-01_annex_sheets.xlsx",
        U,
        "2025-01",
        "province form set: five programs on sheets named 附表1..附表5, each program named only in the sheet's "
        "title line, no county columns, terse headers (结果, 类别, 日期); the recall sheet says 本月无缺陷产品召回 "
        "in one merged cell",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def jiashan_recall_semicolon() -> Case:
    """A system export as UTF-8 CSV with semicolons: 召回编号 first, units inside 涉及数量 (约1.2万件, 1,320（台）)."""
    U, c, pinghu = "嘉善县", Firms("嘉善县", "r-semicolon"), Firms("平湖市", "r-semicolon")
    stem = "jiashan_2024-12_recall_semicolon"
    t = Lines(stem)
    t.put(
        [
            "召回编号",
            "生产者名称",
            "统一社会信用代码",
            "所属区县",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "存在的缺陷",
            "召回开始日期",
            "已召回数量",
        ]
    )
    t.put(
        [
            "2024-3304-0141",
            "嘉善县童趣玩具有限公司",
            c[1],
            "嘉善县",
            "儿童滑板车",
            "TQ-H3",
            "主动召回",
            "约1.2万件",
            "前轮叉焊接强度不足，骑行中可能断裂导致摔伤",
            "2024-12-03",
            "3560",
        ],
        ok(
            R,
            enterprise_name="嘉善县童趣玩具有限公司",
            uscc=c[1],
            unit=U,
            product="儿童滑板车",
            model="TQ-H3",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="件",
            defect="前轮叉焊接强度不足，骑行中可能断裂导致摔伤",
            date="2024-12-03",
            recalled=3560,
        ),
    )
    t.put(
        [
            "2024-3304-0144",
            "嘉善县新锐电器有限公司",
            c[2],
            "嘉善",
            "暖风机",
            "XR-2001、XR-2002",
            "主动召回",
            "1,320（台）",
            "倾倒开关失效，倾倒后不能断电，存在火灾风险",
            "2024-12-05",
            "860",
        ],
        ok(
            R,
            enterprise_name="嘉善县新锐电器有限公司",
            uscc=c[2],
            unit=U,
            product="暖风机",
            model="XR-2001、XR-2002",
            recall_type="主动召回",
            quantity=1320,
            quantity_unit="台",
            defect="倾倒开关失效，倾倒后不能断电，存在火灾风险",
            date="2024-12-05",
            recalled=860,
        ),
    )
    t.put(
        [
            "2024-3304-0150",
            "嘉善县乐宝家具有限公司",
            c[3],
            "嘉善县",
            "儿童双层床",
            "LB-0922",
            "责令召回",
            "486张",
            "上铺护栏高度不足，存在跌落风险",
            "2024-12-09",
            "/",
        ],
        ok(
            R,
            enterprise_name="嘉善县乐宝家具有限公司",
            uscc=c[3],
            unit=U,
            product="儿童双层床",
            model="LB-0922",
            recall_type="责令召回",
            quantity=486,
            quantity_unit="张",
            defect="上铺护栏高度不足，存在跌落风险",
            date="2024-12-09",
        ),
    )
    t.put(
        [
            "2024-3304-0153",
            "浙江嘉善光明灯具有限公司",
            c[4],
            "嘉善县",
            "LED台灯",
            "GM-T12",
            "主动",
            "2,050盏",
            "电源适配器绝缘不足，存在触电风险",
            "2024-12-12",
            "0",
        ],
        ok(
            R,
            enterprise_name="浙江嘉善光明灯具有限公司",
            uscc=c[4],
            unit=U,
            product="LED台灯",
            model="GM-T12",
            recall_type="主动召回",
            quantity=2050,
            quantity_unit="盏",
            defect="电源适配器绝缘不足，存在触电风险",
            date="2024-12-12",
            recalled=0,
        ),
    )
    # A Pinghu producer in the county's export.
    t.put(
        [
            "2024-3304-0155",
            "平湖市新华箱包有限公司",
            pinghu[1],
            "平湖市",
            "儿童拉杆箱",
            "PH-18",
            "主动召回",
            "700个",
            "拉杆锁止件易断裂，存在夹伤风险",
            "2024-12-13",
            "0",
        ],
        no(R),
    )
    # The quantity is not known yet: a required field as a placeholder.
    t.put(
        [
            "2024-3304-0158",
            "嘉善县安达电动车有限公司",
            c[5],
            "嘉善县",
            "电动自行车",
            "AD-48V12",
            "主动召回",
            "待统计",
            "充电器输出过压保护失效，存在电池起火风险",
            "2024-12-15",
            "",
        ],
        no(R),
    )
    t.put(
        [
            "2024-3304-0161",
            "嘉善县宝贝乐童车有限公司",
            c[6],
            "嘉善县",
            "儿童推车",
            "BBL-S6",
            "主动召回",
            "共3200辆",
            "折叠锁定机构可能意外解锁，存在夹伤和跌落风险",
            "2024-12-16",
            "1,100",
        ],
        ok(
            R,
            enterprise_name="嘉善县宝贝乐童车有限公司",
            uscc=c[6],
            unit=U,
            product="儿童推车",
            model="BBL-S6",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="辆",
            defect="折叠锁定机构可能意外解锁，存在夹伤和跌落风险",
            date="2024-12-16",
            recalled=1100,
        ),
    )
    t.put(
        [
            "2024-3304-0166",
            "嘉善县美佳厨具有限公司",
            c[7],
            "嘉善县",
            "电压力锅",
            "MJ-50YC",
            "主动召回",
            "860台",
            "密封圈老化导致排气不畅，存在烫伤风险",
            "2024/12/20",
            "210",
        ],
        ok(
            R,
            enterprise_name="嘉善县美佳厨具有限公司",
            uscc=c[7],
            unit=U,
            product="电压力锅",
            model="MJ-50YC",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="台",
            defect="密封圈老化导致排气不畅，存在烫伤风险",
            date="2024-12-20",
            recalled=210,
        ),
    )
    t.put(
        [
            "2024-3304-0170",
            "嘉善华强五金有限公司",
            c[8],
            "嘉善县",
            "铝合金折叠梯",
            "HQ-T5",
            "主动召回",
            "约1.5万把",
            "铰链锁止件强度不足，使用中可能折叠导致跌落",
            "2024-12-23",
            "",
        ],
        ok(
            R,
            enterprise_name="嘉善华强五金有限公司",
            uscc=c[8],
            unit=U,
            product="铝合金折叠梯",
            model="HQ-T5",
            recall_type="主动召回",
            quantity=15000,
            quantity_unit="把",
            defect="铰链锁止件强度不足，使用中可能折叠导致跌落",
            date="2024-12-23",
        ),
    )
    t.put(
        [
            "2024-3304-0173",
            "嘉善县雅韵服饰有限公司",
            c[9],
            "嘉善县",
            "儿童连帽衫",
            "YY-2411",
            "主动召回",
            "640件",
            "帽绳长度超过标准要求，存在绞勒风险",
            "2024-12-27",
            "640",
        ],
        ok(
            R,
            enterprise_name="嘉善县雅韵服饰有限公司",
            uscc=c[9],
            unit=U,
            product="儿童连帽衫",
            model="YY-2411",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="件",
            defect="帽绳长度超过标准要求，存在绞勒风险",
            date="2024-12-27",
            recalled=640,
        ),
    )
    return Case(
        f"{stem}.csv",
        U,
        "2024-12",
        "recall-system export as UTF-8 CSV (no BOM) separated by semicolons: 召回编号 as the first column, no unit "
        "column, units inside 涉及数量 (约1.2万件, 1,320（台）, 2,050盏, 共3200辆), 所属区县, 召回开始日期",
        True,
        t.text(";").encode("utf-8"),
        t.rows,
        holdout_set=2,
    )


@case
def pinghu_green_offset_columns() -> Case:
    """The table starts at column C; 发证日期 as serial numbers stored as text; status words only in 备注."""
    U, c = "平湖市", Firms("平湖市", "g-offset")
    x = XBook()
    s = x.sheet("Sheet1")
    s.put([None, None, "平湖市绿色产品认证企业情况（2025年5月）"], bold=True)
    s.merge("C1:K1")
    s.put([None, None, "单位：平湖市市场监督管理局"])
    s.put(
        [
            None,
            None,
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "证书编号",
            "发证日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(3, 3, 6, 30, 22, 14, 22, 18, 18, 12, 12)

    def cert(n, name, code, county, product, category, no_, day, remark):
        s.put(
            [None, None, n, name, code, county, product, category, no_, str(serial(2025, 5, day)), remark],
            ok(
                G,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                category=category,
                status="已获证",
                cert_no=no_,
                issue_date=f"2025-05-{day:02d}",
            ),
        )

    cert(1, "平湖市锦华纸业有限公司", c[1], "平湖市", "瓦楞纸箱", "纸和纸制品", "CGP2505080021", 6, "已获证")
    cert(2, "平湖市新仓涂料有限公司", c[2], "平湖", "水性防腐涂料", "涂料", "CGP2505020009", 9, "已获证")
    s.put(
        [None, None, 3, "平湖市当湖家具有限公司", c[3], "平湖市", "办公桌", "家具", None, None, "培育中"],
        ok(
            G,
            enterprise_name="平湖市当湖家具有限公司",
            uscc=c[3],
            unit=U,
            product="办公桌",
            category="家具",
            status="培育中",
        ),
    )
    cert(4, "平湖市曹桥塑业有限公司", c[4], "平湖市", "塑料快递袋", "快递包装", "CGP2505150004", 14, "新获证")
    s.put(
        [None, None, 5, "平湖市广陈纺织有限公司", c[5], "平湖市", "涤纶面料", "纺织产品", "—", "—", "入库培育"],
        ok(
            G,
            enterprise_name="平湖市广陈纺织有限公司",
            uscc=c[5],
            unit=U,
            product="涤纶面料",
            category="纺织产品",
            status="培育中",
        ),
    )
    cert(
        6,
        "平湖市独山港建材有限公司",
        c[6],
        "平湖市",
        "蒸压加气混凝土砌块",
        "墙体材料",
        "CGP2505040017",
        20,
        "已获证",
    )
    # Product left empty.
    s.put(
        [
            None,
            None,
            7,
            "平湖市钟埭木业有限公司",
            c[7],
            "平湖市",
            None,
            "人造板和木质地板",
            "CGP2505010041",
            str(serial(2025, 5, 21)),
            "已获证",
        ],
        no(G),
    )
    cert(8, "平湖市新埭卫浴有限公司", c[8], "平湖市", "陶瓷坐便器", "卫生陶瓷", "CGP2505030011", 27, "已获证")
    s.put([None, None, "合计", "7家企业"], bold=True)
    s.blank()
    s.put([None, None, "注：发证日期按证书填写；备注栏填写培育中或已获证。"])
    return Case(
        "pinghu_2025-05_green_offset_columns.xlsx",
        U,
        "2025-05",
        "table placed from column C (columns A and B empty, title merged C1:K1); 发证日期 as Excel serial numbers "
        "stored as text; no status column, status words (已获证/新获证/培育中/入库培育) only in 备注",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def gangqu_three_same_platform_export() -> Case:
    """三同 platform export: region path 浙江省/嘉兴市/嘉兴港区, 声明时间 with a clock time, extra columns."""
    U, c, pinghu = "嘉兴港区", Firms("嘉兴港区", "t-export"), Firms("平湖市", "t-export")
    x = XBook()
    s = x.sheet("导出数据")
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在地区",
            "产品名称",
            "产品类别",
            "品牌",
            "规格型号",
            "执行标准",
            "声明时间",
            "审核状态",
        ]
    )
    here = "浙江省/嘉兴市/嘉兴港区"

    def product(n, name, code, item, written, category, brand, model, std, day, clock):
        s.put(
            [n, name, code, here, item, written, brand, model, std, f"2024-09-{day:02d} {clock}", "审核通过"],
            ok(
                T,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=item,
                category=category,
                date=f"2024-09-{day:02d}",
            ),
        )

    product(
        1,
        "嘉兴港区华盛化工有限公司",
        c[1],
        "硬质聚氨酯泡沫板",
        "工业产品",
        "工业品",
        "华盛",
        "HS-40",
        "GB/T 21558-2008",
        3,
        "09:12:45",
    )
    product(
        2,
        "嘉兴港区海润食品有限公司",
        c[2],
        "即食海蜇",
        "食品农产品",
        "食品农产品",
        "海润",
        "250g/袋",
        "GB 10136-2015",
        6,
        "15:40:02",
    )
    product(
        3,
        "浙江嘉港包装材料有限公司",
        c[3],
        "BOPP薄膜",
        "工业产品",
        "工业品",
        "—",
        "20μm",
        "GB/T 10003-2008",
        10,
        "10:05:33",
    )
    product(
        4,
        "嘉兴港区金鹰服饰有限公司",
        c[4],
        "针织T恤",
        "消费品",
        "一般消费品",
        "金鹰",
        "M-XXL",
        "FZ/T 73020-2019",
        12,
        "16:20:18",
    )
    # A Pinghu firm in the platform's export.
    s.put(
        [
            5,
            "平湖市新埭电器有限公司",
            pinghu[1],
            "浙江省/嘉兴市/平湖市",
            "落地扇",
            "消费品",
            "新埭",
            "FS-40",
            "GB 4706.27-2008",
            "2024-09-16 13:30:27",
            "审核通过",
        ],
        no(T),
    )
    product(
        6,
        "嘉兴港区润达新材料有限公司",
        c[5],
        "环氧地坪涂料",
        "工业产品",
        "工业品",
        "润达",
        "RD-E200",
        "HG/T 5057-2016",
        18,
        "11:47:09",
    )
    product(
        7,
        "嘉兴港区美乐家居用品有限公司",
        c[6],
        "硅胶厨具",
        "消费品",
        "一般消费品",
        "美乐",
        "ML-S05",
        "GB 4806.11-2023",
        23,
        "14:02:55",
    )
    product(
        8,
        "嘉兴中港食品有限公司",
        c[7],
        "速冻鱼丸",
        "食品农产品",
        "食品农产品",
        "中港",
        "500g/袋",
        "SB/T 10379-2012",
        26,
        "08:59:31",
    )
    return Case(
        "gangqu_2024-09_three_same_platform_export.xlsx",
        U,
        "2024-09",
        "“三同” platform export: 所在地区 as a region path (浙江省/嘉兴市/嘉兴港区), 声明时间 text with a clock "
        "time, extra 品牌/规格型号/执行标准/审核状态 columns, no platform column",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def haiyan_benchmarking_statistics_form() -> Case:
    """月度统计表: an indicator block with 本月/本年累计/同比 columns above the list of new firms."""
    U, c = "海盐县", Firms("海盐县", "b-stats")
    x = XBook()
    s = x.sheet("月报")
    s.title("海盐县质量强县工作月度统计表", 8)
    s.put(["统计期：2024年11月\u3000\u3000填报单位：海盐县市场监督管理局"])
    s.put(
        ["指标名称", "计量单位", "本月", "本年累计", "上年同期累计", "同比增减（%）", "年度目标", "完成进度（%）"],
        bold=True,
    )
    s.put(["对标达标企业", "家", 6, 51, 43, 18.6, 60, 85.0])
    s.put(["“品字标”入库培育企业", "家", 2, 14, 11, 27.3, 15, 93.3])
    s.put(["“品字标”认证企业", "家", 1, 12, 10, 20.0, 14, 85.7])
    s.put(["缺陷产品召回", "次", 0, 3, 2, 50.0, "/", "/"])
    s.put(["绿色产品认证证书", "张", 1, 4, 2, 100.0, 5, 80.0])
    s.put(["“三同”产品", "个", 0, 5, 3, 66.7, 6, 83.3])
    s.blank()
    s.put(["附：本月新增对标达标企业明细"], bold=True)
    s.put(["序号", "企业名称", "统一社会信用代码", "对标产品", "对标国际标准", "对标结论", "完成时间"], bold=True)
    s.widths(22, 30, 22, 20, 26, 12, 12, 14)
    f = 'm"月"d"日"'

    def firm(n, name, code, product, std, result, day):
        s.put(
            [n, name, code, product, std, result, d(2024, 11, day)],
            ok(
                B,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                standard_no=std,
                result=result,
                date=f"2024-11-{day:02d}",
            ),
            f,
        )

    firm(1, "海盐县通达紧固件有限公司", c[1], "六角头螺栓", "ISO 4014:2022", "达到", 5)
    firm(2, "浙江海盐华核阀门有限公司", c[2], "核级截止阀", "ASME BPVC Section III-2023", "达到", 8)
    firm(3, "海盐县武原标准件有限公司", c[3], "内六角圆柱头螺钉", "ISO 4762:2004", "优于", 12)
    firm(4, "海盐县澉浦五金有限公司", c[4], "混凝土用膨胀锚栓", "EAD 330232-01-0601", "达到", 15)
    # Row 3 pasted again.
    s.put([5, "海盐县武原标准件有限公司", c[3], "内六角圆柱头螺钉", "ISO 4762:2004", "优于", d(2024, 11, 12)], no(B), f)
    firm(6, "海盐县沈荡管业有限公司", c[5], "不锈钢无缝钢管", "ASTM A312/A312M-22", "达到", 21)
    firm(7, "海盐县百步电子有限公司", c[6], "电源适配器", "IEC 62368-1:2018", "达到", 26)
    s.put(["合计", "6家"], bold=True)
    s.blank()
    s.put(["填报人：顾晓东\u3000\u3000审核人：朱建华\u3000\u3000报送日期：2024年12月3日"])
    return Case(
        "haiyan_2024-11_benchmarking_statistics_form.xlsx",
        U,
        "2024-11",
        "月度统计表: an indicator block (指标名称/计量单位/本月/本年累计/上年同期累计/同比/年度目标) that is not data, "
        "then 附：本月新增对标达标企业明细 with its own header; dates shown as 11月5日 (real date cells)",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def tongxiang_brand_mark_merged_yn() -> Case:
    """Legacy .xls: merged title and unit line, merged 企业信息/产品信息/认证信息 group headers, Y/N status."""
    U, c, haining = "桐乡市", Firms("桐乡市", "p-yn"), Firms("海宁市", "p-yn")
    x = XlsBook()
    s = x.sheet("品字标培育")
    ws = s.ws
    ws.write_merge(0, 0, 0, 9, "桐乡市“品字标”浙江制造品牌培育情况表（2024年10月）")
    ws.write_merge(1, 1, 0, 9, "填报单位：桐乡市市场监督管理局\u3000\u3000\u3000\u3000填报日期：2024年11月5日")
    ws.write_merge(2, 3, 0, 0, "序号")
    ws.write_merge(2, 2, 1, 3, "企业信息")
    ws.write_merge(2, 2, 4, 5, "产品信息")
    ws.write_merge(2, 2, 6, 8, "认证信息")
    ws.write_merge(2, 3, 9, 9, "备注")
    for col, text in enumerate(
        ["企业名称", "信用代码", "所属地区", "产品名称", "浙江制造标准", "是否已认证", "证书编号", "入库/认证时间"],
        start=1,
    ):
        ws.write(3, col, text)
    s.n = 4

    def pool(n, name, code, county, product, day, remark=None):
        s.put(
            [n, name, code, county, product, "—", "N", "/", d(2024, 10, day), remark],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="入库培育",
                date=f"2024-10-{day:02d}",
            ),
        )

    def cert(n, name, code, county, product, std, no_, day, remark=None):
        s.put(
            [n, name, code, county, product, std, "Y", no_, d(2024, 10, day), remark],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="已认证",
                standard_no=std,
                cert_no=no_,
                date=f"2024-10-{day:02d}",
            ),
        )

    # In the pool with the standard it is working towards.
    s.put(
        [1, "桐乡市永盛毛纺有限公司", c[1], "桐乡市", "羊毛混纺纱", "T/ZZB 0875—2018", "N", "/", d(2024, 10, 8)],
        ok(
            P,
            enterprise_name="桐乡市永盛毛纺有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛混纺纱",
            status="入库培育",
            standard_no="T/ZZB 0875—2018",
            date="2024-10-08",
        ),
    )
    cert(2, "浙江桐乡华丰化纤有限公司", c[2], "桐乡", "涤纶低弹丝", "T/ZZB 1601—2020", "ZJM-006-4835-2024", 11)
    pool(3, "桐乡市洲泉纺织有限公司", c[3], "嘉兴市桐乡市", "锦纶弹力丝", 14)
    cert(4, "桐乡市石门食品有限公司", c[4], "桐乡市", "杭白菊", "T/ZZB 2014—2021", "ZJM-013-1187-2024", 17)
    # A Haining firm.
    s.put([5, "海宁市长安经编有限公司", haining[1], "海宁市", "经编面料", "—", "N", "/", d(2024, 10, 18)], no(P))
    cert(6, "桐乡市濮院针织有限公司", c[5], "桐乡市", "羊毛衫", "T/ZZB 0482—2018", "ZJM-006-4851-2024", 23)
    pool(7, "桐乡市高桥五金有限公司", c[6], "桐乡市", "不锈钢合页", 25, "拟2025年申请认证")
    cert(
        8,
        "桐乡市屠甸电器有限公司",
        c[7],
        "桐乡市",
        "储水式电热水器",
        "T/ZZB 0198—2017",
        "ZJM-012-0714-2024",
        30,
        "已获证",
    )
    pool(9, "桐乡市梧桐新材料有限公司", c[8], "桐乡", "玻璃纤维无捻粗纱", 31)
    ws.write_merge(s.n, s.n, 0, 2, "合计：8家（入库4家，认证4家）")
    ws.write_merge(s.n + 1, s.n + 1, 0, 9, "说明：“是否已认证”栏填Y或N，已认证的填写证书编号。")
    return Case(
        "tongxiang_2024-10_brand_mark_merged_yn.xls",
        U,
        "2024-10",
        "legacy .xls with a merged title and unit line, merged group headers (企业信息/产品信息/认证信息) over a "
        "second header row, 是否已认证 answered Y/N, county as 桐乡/桐乡市/嘉兴市桐乡市, a merged 合计 line",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def jingkai_recall_groups() -> Case:
    """Recalls grouped by product class with 小计 rows carrying sums; a code typed as a number; 下月."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "r-groups")
    numeric = digits_only_code(U, "r-groups/numeric")
    x = XBook()
    s = x.sheet("召回情况")
    s.title("嘉兴经济技术开发区2025年2月缺陷产品召回情况汇总", 12)
    s.put(
        [
            "序号",
            "生产企业名称",
            "统一社会信用代码",
            "所属区域",
            "召回产品",
            "型号",
            "召回性质",
            "召回数量",
            "单位",
            "缺陷情况",
            "召回时间",
            "完成召回数量",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 18, 16, 14, 10, 10, 6, 36, 14, 12)

    def section(text):
        row = s.put([text], bold=True)
        s.merge(f"A{row}:L{row}")

    section("一、电子电器类")
    s.put(
        [
            1,
            "嘉兴市嘉科电器有限公司",
            c[1],
            "经开",
            "电热毯",
            "JK-150×80",
            "主动召回",
            2400,
            "条",
            "温控器失效，存在过热起火风险",
            d(2025, 2, 6),
            1020,
        ],
        ok(
            R,
            enterprise_name="嘉兴市嘉科电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热毯",
            model="JK-150×80",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="条",
            defect="温控器失效，存在过热起火风险",
            date="2025-02-06",
            recalled=1020,
        ),
    )
    s.put(
        [
            2,
            "嘉兴市城南电子有限公司",
            c[2],
            "嘉兴经济技术开发区",
            "移动电源",
            "CN-20000",
            "主动召回",
            5600,
            "个",
            "电芯一致性差，存在鼓包起火风险",
            "2025年2月",
            0,
        ],
        ok(
            R,
            enterprise_name="嘉兴市城南电子有限公司",
            uscc=c[2],
            unit=U,
            product="移动电源",
            model="CN-20000",
            recall_type="主动召回",
            quantity=5600,
            quantity_unit="个",
            defect="电芯一致性差，存在鼓包起火风险",
            date="2025-02-01",
            recalled=0,
        ),
    )
    s.put(["小计", "2次", None, None, None, None, None, 8000, None, None, None, 1020], bold=True)
    section("二、儿童用品类")
    s.put(
        [
            3,
            "嘉兴市童心玩具有限公司",
            c[3],
            "经开区",
            "磁力积木",
            "TX-M64",
            "责令召回",
            1800,
            "套",
            "小磁体易脱落，存在误吞风险",
            d(2025, 2, 13),
            600,
        ],
        ok(
            R,
            enterprise_name="嘉兴市童心玩具有限公司",
            uscc=c[3],
            unit=U,
            product="磁力积木",
            model="TX-M64",
            recall_type="责令召回",
            quantity=1800,
            quantity_unit="套",
            defect="小磁体易脱落，存在误吞风险",
            date="2025-02-13",
            recalled=600,
        ),
    )
    # The code was typed into a number cell: Excel kept 15 digits and shows 9.13304E+17.
    s.put(
        [
            4,
            "嘉兴乐童服饰有限公司",
            as_typed_number(numeric),
            "经开",
            "儿童外套",
            "LT-2502",
            "主动召回",
            960,
            "件",
            "帽绳长度超过标准要求，存在绞勒风险",
            d(2025, 2, 18),
            960,
        ],
        no(R),
    )
    # "下月" is no date.
    s.put(
        [
            5,
            "嘉兴市嘉禾婴童用品有限公司",
            c[4],
            "经开",
            "婴儿学步车",
            "JH-B2",
            "主动召回",
            730,
            "辆",
            "驻停装置失效，存在滑行跌落风险",
            "下月",
            None,
        ],
        no(R),
    )
    s.put(["小计", "3次", None, None, None, None, None, 3490, None, None, None, 1560], bold=True)
    section("三、其他")
    s.put(
        [
            6,
            "嘉兴市卓美家居用品有限公司",
            c[5],
            "嘉兴经济技术开发区",
            "电动晾衣架",
            "ZM-L9",
            "主动召回",
            310,
            "套",
            "电机过热保护失效，存在起火风险",
            d(2025, 2, 24),
            "待统计",
        ],
        ok(
            R,
            enterprise_name="嘉兴市卓美家居用品有限公司",
            uscc=c[5],
            unit=U,
            product="电动晾衣架",
            model="ZM-L9",
            recall_type="主动召回",
            quantity=310,
            quantity_unit="套",
            defect="电机过热保护失效，存在起火风险",
            date="2025-02-24",
        ),
    )
    s.put(
        [
            7,
            "嘉兴市长水五金制品有限公司",
            c[6],
            "经开",
            "铝合金折叠梯",
            "CS-T6",
            "主动召回",
            1250,
            "把",
            "铰链锁止件强度不足，使用中可能折叠导致跌落",
            d(2025, 2, 26),
            300,
        ],
        ok(
            R,
            enterprise_name="嘉兴市长水五金制品有限公司",
            uscc=c[6],
            unit=U,
            product="铝合金折叠梯",
            model="CS-T6",
            recall_type="主动召回",
            quantity=1250,
            quantity_unit="把",
            defect="铰链锁止件强度不足，使用中可能折叠导致跌落",
            date="2025-02-26",
            recalled=300,
        ),
    )
    s.put(["小计", "2次", None, None, None, None, None, 1560, None, None, None, 300], bold=True)
    s.put(["合计", "7次", None, None, None, None, None, 13050, None, None, None, 2880], bold=True)
    return Case(
        "jingkai_2025-02_recall_groups.xlsx",
        U,
        "2025-02",
        "召回情况汇总 grouped under merged class lines (一、电子电器类 …) with 小计 rows carrying sums in the number "
        "columns, then 合计; 召回性质/召回数量/召回时间/完成召回数量 headers; a month-only date; a credit code typed "
        "into a number cell (9.13304E+17); a date written 下月; county as 经开/经开区/嘉兴经济技术开发区",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


@case
def nanhu_green_certificate_query() -> Case:
    """绿色产品认证 certificate query export: three name columns, 证书状态, code and county pasted at the far right."""
    U, c = "南湖区", Firms("南湖区", "g-query")
    x = XBook()
    s = x.sheet("绿色产品证书")
    s.put(["查询条件：证书类型=绿色产品认证；获证组织所在地=浙江省嘉兴市南湖区；发证日期=2024-09-01至2024-09-30"])
    s.put(
        [
            "证书编号",
            "证书状态",
            "认证委托人名称",
            "生产者（制造商）名称",
            "生产企业名称",
            "产品名称",
            "产品型号规格",
            "认证依据",
            "发证日期",
            "证书到期日期",
            "认证机构名称",
            "统一社会信用代码",
            "所属区县",
        ]
    )

    def cert(no_, name, product, model, basis, issued, until, body, code, county):
        s.put(
            [no_, "有效", name, name, name, product, model, basis, issued, until, body, code, county],
            ok(
                G,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="已获证",
                cert_no=no_,
                issue_date=issued,
                valid_until=until,
            ),
        )

    cqc, cbmc = "中国质量认证中心", "中国建材检验认证集团股份有限公司"
    cert(
        "CGP2409010301",
        "嘉兴市南湖区林森家具有限公司",
        "实木书桌",
        "LS-SZ1200",
        "GB/T 35607-2017",
        "2024-09-03",
        "2029-09-02",
        cqc,
        c[1],
        "南湖区",
    )
    cert(
        "CGP2409020117",
        "嘉兴市彩虹涂料有限公司",
        "水性木器涂料",
        "CH-801",
        "GB/T 35602-2017",
        "2024-09-05",
        "2029-09-04",
        "方圆标志认证集团有限公司",
        c[2],
        "南湖区",
    )
    cert(
        "CGP2409070088",
        "浙江南湖纺织科技有限公司",
        "涤纶针织面料",
        "NH-220g",
        "GB/T 35611-2017",
        "2024-09-09",
        "2029-09-08",
        cqc,
        c[3],
        "嘉兴市南湖区",
    )
    cert(
        "CGP2409080031",
        "嘉兴市新丰纸品有限公司",
        "抽取式面巾纸",
        "200抽×3包",
        "GB/T 35613-2017",
        "2024-09-12",
        "2029-09-11",
        "中环联合（北京）认证中心有限公司",
        c[4],
        "南湖区",
    )
    cert(
        "CGP2409010315",
        "嘉兴市南湖区林森家具有限公司",
        "实木书柜",
        "LS-SG800",
        "GB/T 35607-2017",
        "2024-09-12",
        "2029-09-11",
        cqc,
        c[1],
        "南湖区",
    )
    # The clerk had no code for this firm yet.
    s.put(
        [
            "CGP2409010326",
            "有效",
            "嘉兴凤桥木业有限公司",
            "嘉兴凤桥木业有限公司",
            "嘉兴凤桥木业有限公司",
            "强化复合木地板",
            "FQ-12",
            "GB/T 35601-2017",
            "2024-09-19",
            "2029-09-18",
            cqc,
            "待补充",
            "南湖区",
        ],
        no(G),
    )
    cert(
        "CGP2409050019",
        "嘉兴市大桥保温材料有限公司",
        "岩棉板",
        "DQ-50",
        "GB/T 35608-2017",
        "2024-09-24",
        "2029-09-23",
        cbmc,
        c[5],
        "南湖",
    )
    cert(
        "CGP2409030042",
        "嘉兴市七星建材有限公司",
        "陶瓷砖",
        "QX-600×600",
        "GB/T 35610-2017",
        "2024-09-27",
        "2029-09-26",
        cbmc,
        c[6],
        "南湖区",
    )
    return Case(
        "nanhu_2024-09_green_certificate_query.xlsx",
        U,
        "2024-09",
        "绿色产品认证 certificate query export with a query-condition line: 证书编号 and 证书状态 (有效) first, "
        "three name columns (认证委托人/生产者/生产企业), 认证依据, 证书到期日期, 认证机构名称; the clerk pasted "
        "统一社会信用代码 and 所属区县 at the far right",
        True,
        x.data(),
        x.rows,
        holdout_set=2,
    )


# =============================================================================================
# Holdout set 3: written after the reader was tuned on everything above (sets 1 and 2 included);
# never run through the reader before their expectations were typed
# =============================================================================================
GREY = Font(italic=True, color="FF808080")


@case
def haining_benchmarking_three_row_header() -> Case:
    """Three header rows (a group heading over 企业信息/对标情况 over the field names); towns after the unit."""
    U, c, tongxiang = "海宁市", Firms("海宁市", "h3-b-three"), Firms("桐乡市", "h3-b-three")
    x = XBook()
    s = x.sheet("3月")
    s.title("海宁市2024年3月企业标准对标达标提升行动工作进展表", 10)
    s.put(["填报单位：海宁市市场监督管理局标准化科", None, None, None, None, None, None, "填报时间：2024年4月3日"])
    s.put(["序号", "对标达标企业及产品情况", None, None, None, None, None, None, None, "备注"], bold=True)
    s.put([None, "企业信息", None, None, "产品名称", "对标情况", None, None, "完成日期"], bold=True)
    s.put([None, "企业名称", "统一社会信用代码", "所在地区", None, "对标标准编号", "标准类型", "对标结果"], bold=True)
    for ref in ("A3:A5", "B3:I3", "J3:J5", "B4:D4", "E4:E5", "F4:H4", "I4:I5"):
        s.merge(ref)
    s.widths(6, 30, 22, 20, 22, 24, 14, 10, 14, 22)
    f = CN_DATE
    s.put(
        [
            1,
            "海宁市锦瑞经编织造有限公司",
            c[1],
            "海宁市许村镇",
            "经编间隔织物",
            "ISO 13938-2:2019",
            "国际标准",
            "达到",
            d(2024, 3, 4),
        ],
        ok(
            B,
            enterprise_name="海宁市锦瑞经编织造有限公司",
            uscc=c[1],
            unit=U,
            product="经编间隔织物",
            standard_no="ISO 13938-2:2019",
            result="达到",
            date="2024-03-04",
        ),
        f,
    )
    s.put(
        [
            2,
            "海宁市嘉禾皮革有限公司",
            c[2],
            "海宁市周王庙镇",
            "沙发用牛皮革",
            "EN 13336:2012",
            "国外先进标准",
            "优于",
            d(2024, 3, 6),
        ],
        ok(
            B,
            enterprise_name="海宁市嘉禾皮革有限公司",
            uscc=c[2],
            unit=U,
            product="沙发用牛皮革",
            standard_no="EN 13336:2012",
            result="优于",
            date="2024-03-06",
        ),
        f,
    )
    # The completion date is not known yet: an empty cell in the date column.
    s.put(
        [
            3,
            "浙江海宁天晟光伏材料有限公司",
            c[3],
            "海宁市袁花镇",
            "光伏组件用封装胶膜",
            "IEC 62788-1-4:2016",
            "国际标准",
            "达到",
            None,
            "完成日期待企业补报",
        ],
        ok(
            B,
            enterprise_name="浙江海宁天晟光伏材料有限公司",
            uscc=c[3],
            unit=U,
            product="光伏组件用封装胶膜",
            standard_no="IEC 62788-1-4:2016",
            result="达到",
        ),
        f,
    )
    s.put(
        [
            4,
            "海宁市长安轴承有限公司",
            c[4],
            "海宁市长安镇（高新区）",
            "圆柱滚子轴承",
            "ISO 15:2017",
            "国际标准",
            "达到",
            d(2024, 3, 12),
        ],
        ok(
            B,
            enterprise_name="海宁市长安轴承有限公司",
            uscc=c[4],
            unit=U,
            product="圆柱滚子轴承",
            standard_no="ISO 15:2017",
            result="达到",
            date="2024-03-12",
        ),
        f,
    )
    # The result is a placeholder in an optional column: stored without a result.
    s.put(
        [
            5,
            "海宁市马桥印染有限公司",
            c[5],
            "海宁市马桥街道",
            "经编染色布",
            "AATCC 61-2013",
            "国外先进标准",
            "待定",
            d(2024, 3, 15),
            "结果待专家评审",
        ],
        ok(
            B,
            enterprise_name="海宁市马桥印染有限公司",
            uscc=c[5],
            unit=U,
            product="经编染色布",
            standard_no="AATCC 61-2013",
            date="2024-03-15",
        ),
        f,
    )
    # A Tongxiang firm, written with its town.
    s.put(
        [
            6,
            "桐乡市濮院毛纺织有限公司",
            tongxiang[1],
            "桐乡市濮院镇",
            "羊毛针织衫",
            "ISO 6330:2021",
            "国际标准",
            "达到",
            d(2024, 3, 18),
        ],
        no(B),
        f,
    )
    s.put(
        [
            7,
            "海宁市斜桥榨菜食品有限公司",
            c[6],
            "海宁市斜桥镇",
            "榨菜",
            "CXS 260-2007",
            "国际标准",
            "达到",
            d(2024, 3, 20),
        ],
        ok(
            B,
            enterprise_name="海宁市斜桥榨菜食品有限公司",
            uscc=c[6],
            unit=U,
            product="榨菜",
            standard_no="CXS 260-2007",
            result="达到",
            date="2024-03-20",
        ),
        f,
    )
    s.put(
        [
            8,
            "海宁市丝路家纺有限公司",
            c[7],
            "海宁市海昌街道",
            "提花沙发布",
            "EN 14465:2003+A1:2006",
            "国外先进标准",
            "达到",
            d(2024, 3, 22),
        ],
        ok(
            B,
            enterprise_name="海宁市丝路家纺有限公司",
            uscc=c[7],
            unit=U,
            product="提花沙发布",
            standard_no="EN 14465:2003+A1:2006",
            result="达到",
            date="2024-03-22",
        ),
        f,
    )
    s.put(
        [
            9,
            "海宁市硖石皮革服装有限公司",
            c[8],
            "海宁市硖石街道",
            "羊皮革服装",
            "ISO 17234-1:2020",
            "国际标准",
            "优于",
            d(2024, 3, 27),
        ],
        ok(
            B,
            enterprise_name="海宁市硖石皮革服装有限公司",
            uscc=c[8],
            unit=U,
            product="羊皮革服装",
            standard_no="ISO 17234-1:2020",
            result="优于",
            date="2024-03-27",
        ),
        f,
    )
    s.put(["合计", "8家", None, None, "8个"], bold=True)
    s.put(["注：1.本表按月报送，所在地区填写到镇（街道）；2.对标结果填“达到”或“优于”，尚未评审的填“待定”。"])
    return Case(
        "haining_2024-03_benchmarking_three_row_header.xlsx",
        U,
        "2024-03",
        "进展表 with a three-row header: a group heading (对标达标企业及产品情况) over 企业信息/对标情况 over the "
        "field names, 序号/产品名称/完成日期/备注 merged down through the rows; 所在地区 written with the town "
        "(海宁市许村镇, 海宁市长安镇（高新区）); an extra 标准类型 column; 对标结果 待定; one empty date cell",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def jingkai_benchmarking_column_numbers() -> Case:
    """A 栏次 row of column numbers under the header, 合计 above the details, unusual column order, 序号 restarting."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h3-b-numbers")
    x = XBook()
    s = x.sheet("对标达标统计")
    s.title("嘉兴经济技术开发区（国际商务区）企业标准对标达标情况统计表", 9)
    s.put(["统计时段：2025年6月", None, None, None, None, None, None, "单位：家、个"])
    s.put(
        [
            "序号",
            "所属区域",
            "对标结果",
            "企业名称",
            "产品名称",
            "统一社会信用代码",
            "完成日期",
            "对标标准编号",
            "备注",
        ],
        bold=True,
    )
    s.put([1, 2, 3, 4, 5, 6, 7, 8, 9])
    s.put(["合计", None, None, "7家", "7个"], bold=True)
    s.widths(6, 30, 10, 30, 18, 22, 14, 24, 16)

    s.put(
        [1, "经开", "达到", "嘉兴市城南食品有限公司", "低温火腿肠", c[1], d(2025, 6, 3), "CXS 96-1981"],
        ok(
            B,
            enterprise_name="嘉兴市城南食品有限公司",
            uscc=c[1],
            unit=U,
            product="低温火腿肠",
            standard_no="CXS 96-1981",
            result="达到",
            date="2025-06-03",
        ),
    )
    s.put(
        [
            2,
            "嘉兴经济技术开发区（国际商务区）",
            "优于",
            "嘉兴德隆汽车部件有限公司",
            "汽车安全带卷收器",
            c[2],
            d(2025, 6, 5),
            "UN ECE R16",
        ],
        ok(
            B,
            enterprise_name="嘉兴德隆汽车部件有限公司",
            uscc=c[2],
            unit=U,
            product="汽车安全带卷收器",
            standard_no="UN ECE R16",
            result="优于",
            date="2025-06-05",
        ),
    )
    s.put(
        [
            3,
            "经开区城南街道",
            "达到",
            "嘉兴市长盛精密电子有限公司",
            "贴片功率电感",
            c[3],
            "2025.6.9",
            "IEC 62024-1:2017",
        ],
        ok(
            B,
            enterprise_name="嘉兴市长盛精密电子有限公司",
            uscc=c[3],
            unit=U,
            product="贴片功率电感",
            standard_no="IEC 62024-1:2017",
            result="达到",
            date="2025-06-09",
        ),
    )
    s.put(
        [4, "经开", "达到", "嘉兴塘汇食品有限公司", "速冻汤圆", c[4], d(2025, 6, 11), "CXS 1-1985"],
        ok(
            B,
            enterprise_name="嘉兴塘汇食品有限公司",
            uscc=c[4],
            unit=U,
            product="速冻汤圆",
            standard_no="CXS 1-1985",
            result="达到",
            date="2025-06-11",
        ),
    )
    # The second list (the 国际商务区 office's) pasted straight below: 序号 starts again at 1.
    s.put(
        [1, "经开", "优于", "嘉兴嘉北电机有限公司", "永磁同步电动机", c[5], d(2025, 6, 16), "IEC 60034-30-1:2014"],
        ok(
            B,
            enterprise_name="嘉兴嘉北电机有限公司",
            uscc=c[5],
            unit=U,
            product="永磁同步电动机",
            standard_no="IEC 60034-30-1:2014",
            result="优于",
            date="2025-06-16",
        ),
    )
    s.put(
        [
            2,
            "嘉兴经济技术开发区（国际商务区）",
            "/",
            "嘉兴市长水光电科技有限公司",
            "LED平板灯",
            c[6],
            d(2025, 6, 19),
            "IEC 62722-2-1:2014",
            "结果待复核",
        ],
        ok(
            B,
            enterprise_name="嘉兴市长水光电科技有限公司",
            uscc=c[6],
            unit=U,
            product="LED平板灯",
            standard_no="IEC 62722-2-1:2014",
            date="2025-06-19",
        ),
    )
    # Last character of the code mistyped.
    s.put(
        [
            3,
            "经开",
            "达到",
            "嘉兴经开塑胶制品有限公司",
            "PE保鲜膜",
            wrong_check(c[7]),
            d(2025, 6, 23),
            "EN 13130-1:2004",
        ],
        no(B),
    )
    s.put(
        [4, "经开区", "达到", "嘉兴市嘉北包装有限公司", "瓦楞纸箱", c[8], d(2025, 6, 26), "ISO 3037:2022"],
        ok(
            B,
            enterprise_name="嘉兴市嘉北包装有限公司",
            uscc=c[8],
            unit=U,
            product="瓦楞纸箱",
            standard_no="ISO 3037:2022",
            result="达到",
            date="2025-06-26",
        ),
    )
    s.blank()
    s.put(["单位负责人：沈建国", None, None, "填表人：陆佳", None, "联系电话：0573-82233456"])
    return Case(
        "jingkai_2025-06_benchmarking_column_numbers.xlsx",
        U,
        "2025-06",
        "统计表 with a row of column numbers (1 … 9) under the header and the 合计 row above the details; "
        "columns in an unusual order (所属区域 and 对标结果 before 企业名称, 信用代码 after 产品名称, 对标标准 "
        "last); two lists pasted one under the other with 序号 starting again at 1; zone as 经开/经开区城南街道/"
        "嘉兴经济技术开发区（国际商务区）",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def pinghu_benchmarking_merged_across() -> Case:
    """Cells merged across two columns in every row (企业名称 B:C, 对标标准 G:H); 序号 2-1/2-2 for one firm."""
    U, c = "平湖市", Firms("平湖市", "h3-b-across")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("平湖市企业标准对标达标提升行动推进情况（2024年1月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            None,
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "对标的国际标准",
            None,
            "对标结果",
            "完成日期",
        ],
        bold=True,
    )
    s.merge("B2:C2")
    s.merge("G2:H2")
    s.widths(6, 18, 18, 22, 16, 18, 14, 14, 10, 14)

    def row(n, name, code, county, product, std, result, value, expect):
        r = s.put([n, name, None, code, county, product, std, None, result, value], expect)
        s.merge(f"B{r}:C{r}")
        s.merge(f"G{r}:H{r}")

    row(
        "1",
        "平湖市华莱箱包有限公司",
        c[1],
        "平湖市",
        "拉杆箱",
        "ASTM D751-19",
        "达到",
        d(2024, 1, 5),
        ok(
            B,
            enterprise_name="平湖市华莱箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            standard_no="ASTM D751-19",
            result="达到",
            date="2024-01-05",
        ),
    )
    row(
        "2-1",
        "平湖市新仓光电科技有限公司",
        c[2],
        "平湖市新仓镇",
        "光学镜头",
        "ISO 10110-5:2015",
        "达到",
        d(2024, 1, 10),
        ok(
            B,
            enterprise_name="平湖市新仓光电科技有限公司",
            uscc=c[2],
            unit=U,
            product="光学镜头",
            standard_no="ISO 10110-5:2015",
            result="达到",
            date="2024-01-10",
        ),
    )
    row(
        "2-2",
        "平湖市新仓光电科技有限公司",
        c[2],
        "平湖市新仓镇",
        "红外截止滤光片",
        "ISO 9211-4:2012",
        "达到",
        d(2024, 1, 10),
        ok(
            B,
            enterprise_name="平湖市新仓光电科技有限公司",
            uscc=c[2],
            unit=U,
            product="红外截止滤光片",
            standard_no="ISO 9211-4:2012",
            result="达到",
            date="2024-01-10",
        ),
    )
    row(
        "3",
        "平湖市金腾服饰有限公司",
        c[3],
        "平湖",
        "羽绒服",
        "EN 12934:1999",
        "优于",
        d(2024, 1, 12),
        ok(
            B,
            enterprise_name="平湖市金腾服饰有限公司",
            uscc=c[3],
            unit=U,
            product="羽绒服",
            standard_no="EN 12934:1999",
            result="优于",
            date="2024-01-12",
        ),
    )
    row(
        "4",
        "平湖市独山港化纤有限公司",
        c[4],
        "平湖市独山港镇",
        "涤纶工业长丝",
        "ISO 2062:2009",
        "达到",
        d(2024, 1, 17),
        ok(
            B,
            enterprise_name="平湖市独山港化纤有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶工业长丝",
            standard_no="ISO 2062:2009",
            result="达到",
            date="2024-01-17",
        ),
    )
    # No code yet: a required field as a placeholder.
    row(
        "5",
        "平湖市钟埭五金有限公司",
        "暂无",
        "平湖市钟埭街道",
        "不锈钢门铰链",
        "EN 1935:2002",
        "达到",
        d(2024, 1, 19),
        no(B),
    )
    row(
        "6",
        "平湖市曹桥电子有限公司",
        c[5],
        "平湖市",
        "电磁继电器",
        "IEC 61810-1:2015",
        "达到",
        "2024/1/24",
        ok(
            B,
            enterprise_name="平湖市曹桥电子有限公司",
            uscc=c[5],
            unit=U,
            product="电磁继电器",
            standard_no="IEC 61810-1:2015",
            result="达到",
            date="2024-01-24",
        ),
    )
    row(
        "7",
        "平湖市广陈农业开发有限公司",
        c[6],
        "平湖市广陈镇",
        "速冻甜玉米粒",
        "CXS 132-1981",
        "达到",
        d(2024, 1, 29),
        ok(
            B,
            enterprise_name="平湖市广陈农业开发有限公司",
            uscc=c[6],
            unit=U,
            product="速冻甜玉米粒",
            standard_no="CXS 132-1981",
            result="达到",
            date="2024-01-29",
        ),
    )
    r = s.put(["合计", "6家企业、7个产品"], bold=True)
    s.merge(f"B{r}:C{r}")
    return Case(
        "pinghu_2024-01_benchmarking_merged_across.xlsx",
        U,
        "2024-01",
        "推进情况表 laid out for printing: 企业名称 merged across columns B:C and 对标的国际标准 across G:H in the "
        "header and in every data row; 序号 as text with 2-1/2-2 for one firm's two products; county with the town "
        "(平湖市新仓镇, 平湖市独山港镇); 暂无 as a credit code",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def tongxiang_brand_mark_validity() -> Case:
    """浙江制造 certificates with a 证书状态 (有效/暂停/已过期) column next to the number; no status column; towns."""
    U, c, haining = "桐乡市", Firms("桐乡市", "h3-p-validity"), Firms("海宁市", "h3-p-validity")
    x = XBook()
    s = x.sheet("浙江制造认证")
    s.title("桐乡市2025年4月“浙江制造”认证获证企业情况", 11)
    s.put(["数据来源：浙江制造国际认证联盟成员机构发布的获证企业公告；统一社会信用代码、所属县（市、区）由我局补充。"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "认证产品",
            "认证依据",
            "证书编号",
            "证书状态（有效/暂停/已过期）",
            "发证日期",
            "认证机构",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 18, 18, 18, 20, 14, 14, 24, 16)
    choices = DataValidation(type="list", formula1='"有效,暂停,已过期"', allow_blank=True)
    s.ws.add_data_validation(choices)
    choices.add("H4:H30")

    def cert(n, name, code, county, product, std, no_, validity, day, body, remark=None):
        s.put(
            [n, name, code, county, product, std, no_, validity, d(2025, 4, day), body, remark],
            ok(
                P,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                status="已认证",
                standard_no=std,
                cert_no=no_,
                date=f"2025-04-{day:02d}",
            ),
        )

    wt, gx, cqc = "杭州万泰认证有限公司", "浙江公信认证有限公司", "中国质量认证中心"
    cert(
        1,
        "桐乡市恒嘉毛衫有限公司",
        c[1],
        "桐乡市濮院镇",
        "羊毛针织衫",
        "T/ZZB 0482—2018",
        "ZJM-006-5311-2025",
        "有效",
        3,
        wt,
    )
    cert(
        2,
        "浙江桐乡崇福皮草有限公司",
        c[2],
        "桐乡市崇福镇",
        "毛皮服装",
        "T/ZZB 1227—2019",
        "ZJM-003-5320-2025",
        "有效",
        8,
        gx,
    )
    # Suspended after a surveillance audit: the certificate was still obtained this month.
    cert(
        3,
        "桐乡市洲泉化纤有限公司",
        c[3],
        "桐乡市洲泉镇",
        "涤纶全拉伸丝",
        "T/ZZB 1601—2020",
        "ZJM-001-4012-2025",
        "暂停",
        10,
        cqc,
        "监督审核后暂停",
    )
    cert(
        4,
        "桐乡市乌镇食品有限公司",
        c[4],
        "桐乡市乌镇镇",
        "姑嫂饼",
        "T/ZZB 2398—2021",
        "ZJM-013-1302-2025",
        "有效",
        15,
        cqc,
    )
    cert(
        5,
        "桐乡市华信智能装备有限公司",
        c[5],
        "桐乡市梧桐街道",
        "玻璃纤维短切机",
        "T/ZZB 1850—2020",
        "ZJM-012-0833-2025",
        "有效",
        17,
        gx,
    )
    # A Haining firm from the same announcement.
    s.put(
        [
            6,
            "海宁市许村家纺有限公司",
            haining[1],
            "海宁市许村镇",
            "提花窗帘布",
            "T/ZZB 0739—2018",
            "ZJM-003-5335-2025",
            "有效",
            d(2025, 4, 18),
            gx,
        ],
        no(P),
    )
    # Row 2 pasted again.
    s.put(
        [
            7,
            "浙江桐乡崇福皮草有限公司",
            c[2],
            "桐乡市崇福镇",
            "毛皮服装",
            "T/ZZB 1227—2019",
            "ZJM-003-5320-2025",
            "有效",
            d(2025, 4, 8),
            gx,
        ],
        no(P),
    )
    cert(
        8,
        "桐乡市高桥电器有限公司",
        c[6],
        "桐乡市高桥街道",
        "吸油烟机",
        "T/ZZB 0102—2016",
        "ZJM-012-0840-2025",
        "有效",
        24,
        wt,
    )
    cert(
        9,
        "桐乡市大麻织造有限公司",
        c[7],
        "桐乡市大麻镇",
        "真丝织物",
        "T/ZZB 0738—2018",
        "ZJM-001-4027-2025",
        "有效",
        28,
        cqc,
    )
    s.put(["合计：7家企业取得“浙江制造”认证证书7张（其中1张暂停）"])
    return Case(
        "tongxiang_2025-04_brand_mark_validity.xlsx",
        U,
        "2025-04",
        "“浙江制造” certificates copied from certification-body announcements: a 证书状态（有效/暂停/已过期） "
        "validity column (with a drop-down list) right after 证书编号 and no program status column, so the "
        "certificate gives 已认证; 所属县（市、区） written with the town (桐乡市濮院镇, 桐乡市梧桐街道)",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def jiashan_benchmarking_and_brand_mark() -> Case:
    """File named for 对标达标 first, one sheet titled and headed for 品字标; 待定 as a status; a hidden list sheet."""
    U, c = "嘉善县", Firms("嘉善县", "h3-p-named")
    x = XBook()
    s = x.sheet("7月")
    s.title("嘉善县“品字标”浙江制造品牌培育入库及认证情况（2024年7月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "状态（入库/认证）",
            "浙江制造标准编号",
            "证书编号",
            "入库/认证日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 18, 14, 20, 20, 14, 16)
    s.put(
        [1, "嘉善县华枫木业有限公司", c[1], "嘉善县", "实木复合地板", "入库", "—", "—", d(2024, 7, 2)],
        ok(
            P,
            enterprise_name="嘉善县华枫木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木复合地板",
            status="入库培育",
            date="2024-07-02",
        ),
    )
    s.put(
        [
            2,
            "浙江嘉善鑫源家具有限公司",
            c[2],
            "嘉善",
            "办公椅",
            "认证",
            "T/ZZB 0313—2018",
            "ZJM-006-4702-2024",
            d(2024, 7, 5),
        ],
        ok(
            P,
            enterprise_name="浙江嘉善鑫源家具有限公司",
            uscc=c[2],
            unit=U,
            product="办公椅",
            status="已认证",
            standard_no="T/ZZB 0313—2018",
            cert_no="ZJM-006-4702-2024",
            date="2024-07-05",
        ),
    )
    s.put(
        [
            3,
            "嘉善县天凝五金制品有限公司",
            c[3],
            "嘉善县天凝镇",
            "不锈钢水槽",
            "入库培育",
            "T/ZZB 1270—2019",
            "/",
            d(2024, 7, 9),
        ],
        ok(
            P,
            enterprise_name="嘉善县天凝五金制品有限公司",
            uscc=c[3],
            unit=U,
            product="不锈钢水槽",
            status="入库培育",
            standard_no="T/ZZB 1270—2019",
            date="2024-07-09",
        ),
    )
    # The sheet has a status column and the clerk wrote 待定 in it: the status is unknown.
    s.put(
        [4, "嘉善县惠民电子有限公司", c[4], "嘉善县", "电子连接器", "待定", "—", "—", d(2024, 7, 11), "待评审后确定"],
        no(P),
    )
    s.put(
        [
            5,
            "嘉善县姚庄精密机械有限公司",
            c[5],
            "嘉善县姚庄镇",
            "精密数控车床",
            "已认证",
            "T/ZZB 0862—2018",
            "ZJM-003-5030-2024",
            d(2024, 7, 16),
        ],
        ok(
            P,
            enterprise_name="嘉善县姚庄精密机械有限公司",
            uscc=c[5],
            unit=U,
            product="精密数控车床",
            status="已认证",
            standard_no="T/ZZB 0862—2018",
            cert_no="ZJM-003-5030-2024",
            date="2024-07-16",
        ),
    )
    s.put(
        [6, "嘉善县西塘酿造有限公司", c[6], "嘉善县西塘镇", "黄酒", "入库", "—", "—", d(2024, 7, 18)],
        ok(
            P,
            enterprise_name="嘉善县西塘酿造有限公司",
            uscc=c[6],
            unit=U,
            product="黄酒",
            status="入库培育",
            date="2024-07-18",
        ),
    )
    s.put(
        [
            7,
            "嘉善县大云电器有限公司",
            c[7],
            "嘉善县",
            "储水式电热水器",
            "认证",
            "T/ZZB 0198—2017",
            "ZJM-012-0655-2024",
            d(2024, 7, 23),
        ],
        ok(
            P,
            enterprise_name="嘉善县大云电器有限公司",
            uscc=c[7],
            unit=U,
            product="储水式电热水器",
            status="已认证",
            standard_no="T/ZZB 0198—2017",
            cert_no="ZJM-012-0655-2024",
            date="2024-07-23",
        ),
    )
    s.put(
        [8, "嘉善县干窑京砖有限公司", c[8], "嘉善县", "古建用京砖", "入库", "—", "—", d(2024, 7, 26)],
        ok(
            P,
            enterprise_name="嘉善县干窑京砖有限公司",
            uscc=c[8],
            unit=U,
            product="古建用京砖",
            status="入库培育",
            date="2024-07-26",
        ),
    )
    s.blank()
    s.put(["注：状态栏从下拉选项中选择“入库”“认证”或“待定”；已认证的填写证书编号。"])
    # The hidden sheet behind the drop-down lists.
    lists = x.sheet("下拉选项")
    lists.put(["县（市、区）", "状态", "对标结果"])
    for row in (
        ["南湖区", "入库", "达到"],
        ["秀洲区", "认证", "优于"],
        ["嘉善县", "待定"],
        ["海盐县"],
        ["海宁市"],
        ["平湖市"],
        ["桐乡市"],
        ["嘉兴经济技术开发区"],
        ["嘉兴港区"],
    ):
        lists.put(row)
    lists.ws.sheet_state = "hidden"
    status_list = DataValidation(type="list", formula1="下拉选项!$B$2:$B$4", allow_blank=True)
    s.ws.add_data_validation(status_list)
    status_list.add("F3:F40")
    return Case(
        "jiashan_2024-07_benchmarking_and_brand_mark.xlsx",
        U,
        "2024-07",
        "last month's 对标达标 workbook reused: the file name names 对标达标 first, its one visible sheet (named "
        "7月) is titled and headed for 品字标; 状态（入库/认证） with 入库/认证/入库培育/已认证 and 待定 "
        "(status unknown); a hidden 下拉选项 sheet of drop-down lists (every unit's name, the status words)",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def jingkai_brand_mark_province_list() -> Case:
    """The province's published 培育企业名单 with 设区市 and 县（市、区） columns and a 批次 column; codes added."""
    U, c, nanhu = (
        "嘉兴经济技术开发区",
        Firms("嘉兴经济技术开发区", "h3-p-province"),
        Firms("南湖区", "h3-p-province/nanhu"),
    )
    x = XBook()
    s = x.sheet("培育名单")
    s.title("2024年度第二批“品字标”浙江制造品牌培育企业名单（嘉兴经济技术开发区）", 8)
    s.put(["（摘自省市场监管局公布名单，统一社会信用代码由我局补充）"])
    s.put(["序号", "设区市", "县（市、区）", "企业名称", "统一社会信用代码", "培育产品", "批次", "备注"], bold=True)
    s.widths(6, 10, 30, 30, 22, 18, 16, 16)

    def firm(n, county, name, code, product):
        s.put(
            [n, "嘉兴市", county, name, code, product, "2024年第二批"],
            ok(P, enterprise_name=name, uscc=code, unit=U, product=product, status="入库培育"),
        )

    firm(1, "经开区", "嘉兴市嘉北机电有限公司", c[1], "永磁无刷电机")
    firm(2, "嘉兴经济技术开发区", "嘉兴德凯食品有限公司", c[2], "烘焙糕点")
    firm(3, "经开", "嘉兴市城南汽车零部件有限公司", c[3], "汽车转向节")
    # A Nanhu firm from the next line of the province's list.
    s.put([4, "嘉兴市", "南湖区", "嘉兴市七星电子有限公司", nanhu[1], "薄膜电容器", "2024年第二批"], no(P))
    firm(5, "嘉兴经开区", "嘉兴长水光电有限公司", c[4], "LED路灯")
    s.put(
        [6, "嘉兴市", "经开区", "嘉兴塘汇包装材料有限公司", "—", "食品包装用复合膜", "2024年第二批", "信用代码待核实"],
        no(P),
    )
    firm(7, "嘉兴经济技术开发区（国际商务区）", "嘉兴国商智能科技有限公司", c[5], "智能门锁")
    s.put(["（以上名单按设区市、县（市、区）排序）"])
    return Case(
        "jingkai_2024-10_brand_mark_province_list.xlsx",
        U,
        "2024-10",
        "the province's published 培育企业名单 cut to the zone's lines: 设区市 (嘉兴市) next to 县（市、区）, "
        "培育产品, a 批次 column and no date, status or certificate column (so 入库培育); the zone as 经开区/"
        "嘉兴经开区/嘉兴经济技术开发区（国际商务区）; codes added by the clerk",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def pinghu_recall_chinese_numerals() -> Case:
    """Rows copied from 召回公告: Chinese-numeral quantities (三百台, 约三百台, 若干), 自…起 and 二〇二四年 dates."""
    U, c, haiyan = "平湖市", Firms("平湖市", "h3-r-numerals"), Firms("海盐县", "h3-r-numerals")
    x = XBook()
    s = x.sheet("召回")
    s.title("平湖市缺陷产品召回情况（2024年11月）", 11)
    s.put(["（根据国家市场监督管理总局、浙江省市场监督管理局发布的召回公告整理，数量按公告原文填写）"])
    s.put(
        [
            "序号",
            "召回主体",
            "统一社会信用代码",
            "所属县（市、区）",
            "召回产品",
            "型号规格",
            "召回方式",
            "召回数量",
            "召回原因",
            "召回起始日期",
            "已召回数量",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 16, 14, 16, 10, 12, 40, 20, 12)
    s.put(
        [
            1,
            "平湖市新埭电器有限公司",
            c[1],
            "平湖市新埭镇",
            "电暖器",
            "NDQ-2000",
            "主动召回",
            "三百台",
            "倾倒开关失效，倾倒后不能自动断电，存在火灾隐患",
            "自2024年11月5日起",
            "一百二十台",
        ],
        ok(
            R,
            enterprise_name="平湖市新埭电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖器",
            model="NDQ-2000",
            recall_type="主动召回",
            quantity=300,
            quantity_unit="台",
            defect="倾倒开关失效，倾倒后不能自动断电，存在火灾隐患",
            date="2024-11-05",
            recalled=120,
        ),
    )
    s.put(
        [
            2,
            "平湖市贝丽服饰有限公司",
            c[2],
            "平湖市",
            "儿童卫衣",
            "BL-2411",
            "主动召回",
            "一千二百件",
            "衣领抽绳长度超过标准要求，存在勒伤风险",
            "二〇二四年十一月十二日",
            0,
        ],
        ok(
            R,
            enterprise_name="平湖市贝丽服饰有限公司",
            uscc=c[2],
            unit=U,
            product="儿童卫衣",
            model="BL-2411",
            recall_type="主动召回",
            quantity=1200,
            quantity_unit="件",
            defect="衣领抽绳长度超过标准要求，存在勒伤风险",
            date="2024-11-12",
            recalled=0,
        ),
    )
    # An estimate: the number is still read (as 约1.2万件 is).
    s.put(
        [
            3,
            "平湖市曹桥厨具有限公司",
            c[3],
            "平湖市",
            "电烤箱",
            "CQ-K30",
            "主动召回",
            "约三百台",
            "门玻璃在高温下可能爆裂，存在烫伤风险",
            d(2024, 11, 18),
            "/",
        ],
        ok(
            R,
            enterprise_name="平湖市曹桥厨具有限公司",
            uscc=c[3],
            unit=U,
            product="电烤箱",
            model="CQ-K30",
            recall_type="主动召回",
            quantity=300,
            quantity_unit="台",
            defect="门玻璃在高温下可能爆裂，存在烫伤风险",
            date="2024-11-18",
        ),
    )
    # 若干 is no number: the required quantity is missing.
    s.put(
        [
            4,
            "平湖市童乐童车有限公司",
            c[4],
            "平湖",
            "儿童自行车",
            "TL-16、TL-18",
            "责令召回",
            "若干",
            "刹车把手强度不足，存在摔伤风险",
            "2024年11月20日起",
            None,
        ],
        no(R),
    )
    s.put(
        [
            5,
            "平湖市锦华箱包有限公司",
            c[5],
            "平湖市",
            "儿童拉杆箱",
            "JH-16",
            "主动召回",
            "两千五百个",
            "拉杆锁止件易断裂，存在夹伤风险",
            d(2024, 11, 22),
            "八百个",
        ],
        ok(
            R,
            enterprise_name="平湖市锦华箱包有限公司",
            uscc=c[5],
            unit=U,
            product="儿童拉杆箱",
            model="JH-16",
            recall_type="主动召回",
            quantity=2500,
            quantity_unit="个",
            defect="拉杆锁止件易断裂，存在夹伤风险",
            date="2024-11-22",
            recalled=800,
        ),
    )
    # A Haiyan producer from the same notice.
    s.put(
        [
            6,
            "海盐县秦山电器有限公司",
            haiyan[1],
            "海盐县",
            "电热毯",
            "QS-150",
            "主动召回",
            "六百条",
            "温控器失效，存在过热起火风险",
            d(2024, 11, 25),
            None,
        ],
        no(R),
    )
    s.put(
        [
            7,
            "平湖市光明电动车有限公司",
            c[6],
            "平湖市当湖街道",
            "电动自行车",
            "GM-48V",
            "主动召回",
            "八十六辆",
            "控制器进水后可能失控，存在摔伤风险",
            "自2024年11月26日起",
            "八十六辆",
        ],
        ok(
            R,
            enterprise_name="平湖市光明电动车有限公司",
            uscc=c[6],
            unit=U,
            product="电动自行车",
            model="GM-48V",
            recall_type="主动召回",
            quantity=86,
            quantity_unit="辆",
            defect="控制器进水后可能失控，存在摔伤风险",
            date="2024-11-26",
            recalled=86,
        ),
    )
    s.put(["合计", "5次"], bold=True)
    s.put(["资料来源：市场监管总局缺陷产品召回技术中心、浙江省市场监督管理局网站召回公告。"])
    return Case(
        "pinghu_2024-11_recall_chinese_numerals.xlsx",
        U,
        "2024-11",
        "rows copied from published 召回公告 word for word: quantities in Chinese numerals (三百台, 一千二百件, "
        "两千五百个, 八十六辆) and as estimates (约三百台, 若干); dates as 自2024年11月5日起, "
        "二〇二四年十一月十二日 and 2024年11月20日起; 召回主体/召回方式/召回原因 headers; county with the town "
        "(平湖市新埭镇)",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def haiyan_recall_vertical_headers() -> Case:
    """Legacy .xls with narrow columns whose headers stand vertically (one character a line, stacked, rotated)."""
    U, c = "海盐县", Firms("海盐县", "h3-r-vertical")
    x = XlsBook()
    s = x.sheet("召回月报")
    ws = s.ws
    xlwt = x.xlwt
    ws.write_merge(0, 0, 0, 11, "海盐县缺陷产品召回情况月报表（2025年1月）", xlwt.easyxf("font: bold on, height 280"))
    ws.write_merge(
        0 + 1, 1, 0, 11, "填报单位（盖章）：海盐县市场监督管理局\u3000\u3000\u3000\u3000填报日期：2025年2月5日"
    )
    plain = xlwt.easyxf("align: wrap on, vert centre, horiz centre")
    stacked = xlwt.easyxf("align: rotation stacked, vert centre, horiz centre")
    turned = xlwt.easyxf("align: rotation 90, vert centre, horiz centre")
    headers = [
        ("序\n号", plain),
        ("生产者名称", plain),
        ("统一社会信用代码", plain),
        ("产品名称", plain),
        ("型号规格", stacked),
        ("召\n回\n类\n型", plain),
        ("涉\n及\n数\n量", plain),
        ("单\n位", plain),
        ("存在的缺陷", plain),
        ("召回日期", turned),
        ("已\n召\n回\n数\n量", plain),
        ("备注", stacked),
    ]
    for col, (text, style) in enumerate(headers):
        ws.write(2, col, text, style)
    ws.row(2).height_mismatch = True
    ws.row(2).height = 1500
    for col, width in enumerate((4, 28, 20, 14, 4, 4, 6, 4, 36, 4, 6, 4)):
        ws.col(col).width = width * 256
    s.n = 3
    f = 'yyyy"年"m"月"d"日"'

    def recall(n, name, code, product, model, kind, qty, unit, defect, when, done, remark, expect):
        s.put([n, name, code, product, model, kind, qty, unit, defect, when, done, remark], expect, f)

    recall(
        1,
        "海盐县武原电器有限公司",
        c[1],
        "电热水袋",
        "WY-01",
        "主动召回",
        1500,
        "个",
        "充电时可能漏液，存在烫伤风险",
        d(2025, 1, 6),
        600,
        None,
        ok(
            R,
            enterprise_name="海盐县武原电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热水袋",
            model="WY-01",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="个",
            defect="充电时可能漏液，存在烫伤风险",
            date="2025-01-06",
            recalled=600,
        ),
    )
    recall(
        2,
        "浙江海盐恒通电子有限公司",
        c[2],
        "USB充电器",
        "HT-5V2A",
        "主动召回",
        3200,
        "个",
        "输出端与输入端之间绝缘不足，存在触电风险",
        d(2025, 1, 9),
        0,
        "企业主动报告",
        ok(
            R,
            enterprise_name="浙江海盐恒通电子有限公司",
            uscc=c[2],
            unit=U,
            product="USB充电器",
            model="HT-5V2A",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="个",
            defect="输出端与输入端之间绝缘不足，存在触电风险",
            date="2025-01-09",
            recalled=0,
        ),
    )
    # The start date is not known yet: an empty cell in the date column.
    recall(
        3,
        "海盐县通元玩具有限公司",
        c[3],
        "电动玩具车",
        "TY-C3",
        "责令召回",
        880,
        "辆",
        "电池仓可被儿童徒手打开，存在误吞风险",
        None,
        200,
        "召回日期待企业确认",
        ok(
            R,
            enterprise_name="海盐县通元玩具有限公司",
            uscc=c[3],
            unit=U,
            product="电动玩具车",
            model="TY-C3",
            recall_type="责令召回",
            quantity=880,
            quantity_unit="辆",
            defect="电池仓可被儿童徒手打开，存在误吞风险",
            recalled=200,
        ),
    )
    recall(
        4,
        "海盐县沈荡五金有限公司",
        c[4],
        "铝合金折叠梯",
        "SD-6",
        "主动召回",
        420,
        "把",
        "铰链锁止件强度不足，存在跌落风险",
        d(2025, 1, 15),
        None,
        None,
        ok(
            R,
            enterprise_name="海盐县沈荡五金有限公司",
            uscc=c[4],
            unit=U,
            product="铝合金折叠梯",
            model="SD-6",
            recall_type="主动召回",
            quantity=420,
            quantity_unit="把",
            defect="铰链锁止件强度不足，存在跌落风险",
            date="2025-01-15",
        ),
    )
    # Two characters of the code swapped.
    recall(
        5,
        "海盐县于城家具有限公司",
        transposed(c[5]),
        "儿童床",
        "YC-90",
        "主动召回",
        150,
        "张",
        "护栏间隙过大，存在卡夹风险",
        d(2025, 1, 17),
        40,
        None,
        no(R),
    )
    recall(
        6,
        "海盐县澉浦灯具有限公司",
        c[6],
        "LED吸顶灯",
        "GP-X24",
        "主动召回",
        2600,
        "盏",
        "灯罩卡扣易脱落，存在坠落伤人风险",
        d(2025, 1, 21),
        1300,
        None,
        ok(
            R,
            enterprise_name="海盐县澉浦灯具有限公司",
            uscc=c[6],
            unit=U,
            product="LED吸顶灯",
            model="GP-X24",
            recall_type="主动召回",
            quantity=2600,
            quantity_unit="盏",
            defect="灯罩卡扣易脱落，存在坠落伤人风险",
            date="2025-01-21",
            recalled=1300,
        ),
    )
    recall(
        7,
        "海盐县百步童车有限公司",
        c[7],
        "婴儿推车",
        "BB-S2",
        "主动召回",
        640,
        "辆",
        "驻车制动装置失效，存在滑行风险",
        d(2025, 1, 24),
        "待统计",
        None,
        ok(
            R,
            enterprise_name="海盐县百步童车有限公司",
            uscc=c[7],
            unit=U,
            product="婴儿推车",
            model="BB-S2",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="辆",
            defect="驻车制动装置失效，存在滑行风险",
            date="2025-01-24",
        ),
    )
    s.put(["合计", "6次"])
    s.put(["填表说明：召回日期填写召回计划实施的起始日期；已召回数量填写截至填报日的数量。"])
    return Case(
        "haiyan_2025-01_recall_vertical_headers.xls",
        U,
        "2025-01",
        "legacy .xls 月报表 with narrow columns whose headers stand vertically: one character a line (序\\n号, "
        "召\\n回\\n类\\n型, 涉\\n及\\n数\\n量), stacked text (型号规格, 备注) and text turned 90° "
        "(召回日期); a 备注 column; one empty date cell; no county column",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def gangqu_green_hidden_helpers() -> Case:
    """Hidden helper columns (查重, 代码位数, 区划代码 formulas); 嘉兴港区（乍浦经济开发区）; 待定 as a status."""
    U, c, pinghu = "嘉兴港区", Firms("嘉兴港区", "h3-g-hidden"), Firms("平湖市", "h3-g-hidden/pinghu")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("嘉兴港区（乍浦经济开发区）绿色产品认证情况（2024年5月）", 14)
    s.put(["填报单位：嘉兴港区市场监督管理局"])
    s.put(
        [
            "序号",
            "企业名称",
            "查重",
            "统一社会信用代码",
            "代码位数",
            "区划代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "认证状态",
            "证书编号",
            "发证日期",
            "有效期至",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 6, 22, 6, 10, 26, 18, 18, 10, 18, 14, 14, 14)
    for col in "CEF":
        s.ws.column_dimensions[col].hidden = True

    def row(n, name, code, county, product, category, status, no_, issued, until, remark, expect):
        r = s.n + 1
        s.put(
            [
                n,
                name,
                f"=COUNTIF($B$4:$B$30,B{r})",
                code,
                f"=LEN(D{r})",
                f"=MID(D{r},3,6)",
                county,
                product,
                category,
                status,
                no_,
                issued,
                until,
                remark,
            ],
            expect,
        )

    row(
        1,
        "嘉兴港区华泰涂料有限公司",
        c[1],
        "嘉兴港区（乍浦经济开发区）",
        "水性工业涂料",
        "涂料",
        "已获证",
        "CGP2405020011",
        d(2024, 5, 8),
        d(2029, 5, 7),
        None,
        ok(
            G,
            enterprise_name="嘉兴港区华泰涂料有限公司",
            uscc=c[1],
            unit=U,
            product="水性工业涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2405020011",
            issue_date="2024-05-08",
            valid_until="2029-05-07",
        ),
    )
    row(
        2,
        "嘉兴港区新源塑胶有限公司",
        c[2],
        "嘉兴港区",
        "塑料管材",
        "塑料制品",
        "培育中",
        None,
        None,
        None,
        None,
        ok(
            G,
            enterprise_name="嘉兴港区新源塑胶有限公司",
            uscc=c[2],
            unit=U,
            product="塑料管材",
            category="塑料制品",
            status="培育中",
        ),
    )
    row(
        3,
        "嘉兴港区美丰化工有限公司",
        c[3],
        "港区（乍浦）",
        "浓缩洗衣液",
        "洗涤用品",
        "已获证",
        "CGP2405110006",
        d(2024, 5, 13),
        d(2029, 5, 12),
        None,
        ok(
            G,
            enterprise_name="嘉兴港区美丰化工有限公司",
            uscc=c[3],
            unit=U,
            product="浓缩洗衣液",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2405110006",
            issue_date="2024-05-13",
            valid_until="2029-05-12",
        ),
    )
    # A status column holding 待定: the status is unknown.
    row(
        4,
        "嘉兴港区海岳新材料有限公司",
        c[4],
        "嘉兴港区",
        "聚氨酯防水涂料",
        "防水与密封材料",
        "待定",
        None,
        None,
        None,
        "企业尚在申请",
        no(G),
    )
    row(
        5,
        "嘉兴港区中诚保温材料有限公司",
        c[5],
        "嘉兴港区（乍浦经济开发区）",
        "挤塑聚苯乙烯泡沫板",
        "绝热材料",
        "已获证",
        "CGP2405060021",
        d(2024, 5, 20),
        d(2029, 5, 19),
        None,
        ok(
            G,
            enterprise_name="嘉兴港区中诚保温材料有限公司",
            uscc=c[5],
            unit=U,
            product="挤塑聚苯乙烯泡沫板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2405060021",
            issue_date="2024-05-20",
            valid_until="2029-05-19",
        ),
    )
    # A Pinghu firm.
    row(
        6,
        "平湖市当湖纸品有限公司",
        pinghu[1],
        "平湖市当湖街道",
        "瓦楞纸箱",
        "纸和纸制品",
        "已获证",
        "CGP2405080009",
        d(2024, 5, 22),
        d(2029, 5, 21),
        None,
        no(G),
    )
    row(
        7,
        "嘉兴港区联和纸业有限公司",
        c[6],
        "嘉兴港区",
        "食品包装用纸",
        "纸和纸制品",
        "已获证",
        "CGP2405080014",
        d(2024, 5, 27),
        d(2029, 5, 26),
        None,
        ok(
            G,
            enterprise_name="嘉兴港区联和纸业有限公司",
            uscc=c[6],
            unit=U,
            product="食品包装用纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2405080014",
            issue_date="2024-05-27",
            valid_until="2029-05-26",
        ),
    )
    row(
        8,
        "嘉兴港区润泽建材有限公司",
        c[7],
        "港区",
        "陶瓷砖",
        "陶瓷砖（板）",
        "培育中",
        None,
        None,
        None,
        "拟下半年申请",
        ok(
            G,
            enterprise_name="嘉兴港区润泽建材有限公司",
            uscc=c[7],
            unit=U,
            product="陶瓷砖",
            category="陶瓷砖（板）",
            status="培育中",
        ),
    )
    s.put(["合计", "6家"], bold=True)
    return Case(
        "gangqu_2024-05_green_hidden_helpers.xlsx",
        U,
        "2024-05",
        "clerk's working sheet with three hidden helper columns between the real ones (查重 =COUNTIF, 代码位数 =LEN, "
        "区划代码 =MID, formulas without stored results); the zone as 嘉兴港区（乍浦经济开发区）/港区（乍浦）/港区; "
        "认证状态 已获证/培育中 and one 待定",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def xiuzhou_green_body_announcements() -> Case:
    """Two certification bodies' announcements one under the other: own titles and headers, 序号 from 1, signatures."""
    U, c, haining = "秀洲区", Firms("秀洲区", "h3-g-bodies"), Firms("海宁市", "h3-g-bodies")
    x = XBook()
    s = x.sheet("Sheet1")
    s.widths(6, 30, 22, 30, 18, 18, 18, 14, 14)
    s.put(["中国质量认证中心关于发布绿色产品认证获证企业名单的公告（2025年第2期）"], bold=True)
    s.put(
        [
            "序号",
            "获证企业名称",
            "统一社会信用代码",
            "企业所在地区",
            "产品名称",
            "产品类别",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )

    def first(n, name, code, area, product, category, no_, issued, until, issue_date, valid_until):
        s.put(
            [n, name, code, area, product, category, no_, issued, until],
            ok(
                G,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                category=category,
                status="已获证",
                cert_no=no_,
                issue_date=issue_date,
                valid_until=valid_until,
            ),
        )

    first(
        1,
        "嘉兴市新丝路丝绸有限公司",
        c[1],
        "浙江省嘉兴市秀洲区王江泾镇",
        "真丝面料",
        "纺织产品",
        "CGP2502070018",
        d(2025, 2, 10),
        d(2030, 2, 9),
        "2025-02-10",
        "2030-02-09",
    )
    first(
        2,
        "浙江秀洲木业有限公司",
        c[2],
        "浙江省嘉兴市秀洲区油车港镇",
        "实木复合地板",
        "人造板和木质地板",
        "CGP2502010034",
        d(2025, 2, 12),
        d(2030, 2, 11),
        "2025-02-12",
        "2030-02-11",
    )
    first(
        3,
        "嘉兴市洪合纸业有限公司",
        c[3],
        "浙江省嘉兴市秀洲区洪合镇",
        "生活用纸",
        "纸和纸制品",
        "CGP2502080007",
        d(2025, 2, 18),
        d(2030, 2, 17),
        "2025-02-18",
        "2030-02-17",
    )
    s.put(["特此公告。"])
    s.put([None, None, None, None, None, None, "中国质量认证中心"])
    s.put([None, None, None, None, None, None, "2025年2月28日"])
    s.blank()
    s.put(["方圆标志认证集团有限公司绿色产品认证证书发放公告"], bold=True)
    s.put(
        [
            "序号",
            "证书编号",
            "获证组织",
            "统一社会信用代码",
            "认证产品",
            "认证目录",
            "颁证日期",
            "证书到期日",
            "企业地址",
        ],
        bold=True,
    )

    def second(n, no_, name, code, product, category, issued, until, address, issue_date, valid_until):
        s.put(
            [n, no_, name, code, product, category, issued, until, address],
            ok(
                G,
                enterprise_name=name,
                uscc=code,
                unit=U,
                product=product,
                category=category,
                status="已获证",
                cert_no=no_,
                issue_date=issue_date,
                valid_until=valid_until,
            ),
        )

    second(
        1,
        "CGP2502020041",
        "嘉兴市新塍涂料有限公司",
        c[4],
        "木器涂料",
        "涂料",
        "2025-02-14",
        "2030-02-13",
        "浙江省嘉兴市秀洲区新塍镇工业园区",
        "2025-02-14",
        "2030-02-13",
    )
    second(
        2,
        "CGP2502050012",
        "嘉兴市秀洲区新能太阳能科技有限公司",
        c[5],
        "家用太阳能热水系统",
        "太阳能热水系统",
        "2025-02-20",
        "2030-02-19",
        "浙江省嘉兴市秀洲区高照街道",
        "2025-02-20",
        "2030-02-19",
    )
    # The body's announcement covers the whole province: a Haining firm came along.
    s.put(
        [
            3,
            "CGP2502020047",
            "海宁市盐官新型建材有限公司",
            haining[1],
            "外墙涂料",
            "涂料",
            "2025-02-21",
            "2030-02-20",
            "浙江省嘉兴市海宁市盐官镇",
        ],
        no(G),
    )
    second(
        4,
        "CGP2502030009",
        "嘉兴市王店卫浴有限公司",
        c[6],
        "陶瓷坐便器",
        "卫生陶瓷",
        "2025-02-25",
        "2030-02-24",
        "浙江省嘉兴市秀洲区王店镇",
        "2025-02-25",
        "2030-02-24",
    )
    s.put(["特此公告。"])
    s.put([None, None, None, None, None, None, "方圆标志认证集团有限公司"])
    s.put([None, None, None, None, None, None, "二〇二五年二月二十八日"])
    return Case(
        "xiuzhou_2025-02_green_body_announcements.xlsx",
        U,
        "2025-02",
        "two certification bodies' 获证企业 announcements pasted one under the other on Sheet1, each with its own "
        "title line, its own header in its own column order (证书编号 second, 获证组织, 认证目录, 颁证日期, "
        "证书到期日, 企业地址 last), 序号 from 1, and 特此公告/signature/date lines; regions as full addresses "
        "with the town",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def haining_green_ditto() -> Case:
    """绿色建材 certificates: 同上 and 〃 for a firm's repeated name, code and county; a 星级 column."""
    U, c = "海宁市", Firms("海宁市", "h3-g-ditto")
    x = XBook()
    s = x.sheet("绿色建材产品认证")
    s.title("海宁市绿色产品（绿色建材）认证获证情况（2025年5月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "星级",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 14, 18, 18, 8, 18, 14, 14)
    s.put(
        [
            1,
            "海宁市尖山新材料有限公司",
            c[1],
            "海宁市",
            "岩棉板",
            "绝热材料",
            "三星级",
            "CGP2505060031",
            d(2025, 5, 6),
            d(2030, 5, 5),
        ],
        ok(
            G,
            enterprise_name="海宁市尖山新材料有限公司",
            uscc=c[1],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2505060031",
            issue_date="2025-05-06",
            valid_until="2030-05-05",
        ),
    )
    s.put(
        [2, "同上", "同上", "同上", "岩棉条", "绝热材料", "三星级", "CGP2505060032", d(2025, 5, 6), d(2030, 5, 5)],
        ok(
            G,
            enterprise_name="海宁市尖山新材料有限公司",
            uscc=c[1],
            unit=U,
            product="岩棉条",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2505060032",
            issue_date="2025-05-06",
            valid_until="2030-05-05",
        ),
    )
    s.put(
        [
            3,
            "海宁市丁桥建材有限公司",
            c[2],
            "海宁",
            "陶瓷砖",
            "陶瓷砖（板）",
            "二星级",
            "CGP2505030015",
            d(2025, 5, 9),
            d(2030, 5, 8),
        ],
        ok(
            G,
            enterprise_name="海宁市丁桥建材有限公司",
            uscc=c[2],
            unit=U,
            product="陶瓷砖",
            category="陶瓷砖（板）",
            status="已获证",
            cert_no="CGP2505030015",
            issue_date="2025-05-09",
            valid_until="2030-05-08",
        ),
    )
    s.put(
        [4, "〃", "〃", "〃", "陶瓷薄板", "陶瓷砖（板）", "二星级", "CGP2505030016", d(2025, 5, 9), d(2030, 5, 8)],
        ok(
            G,
            enterprise_name="海宁市丁桥建材有限公司",
            uscc=c[2],
            unit=U,
            product="陶瓷薄板",
            category="陶瓷砖（板）",
            status="已获证",
            cert_no="CGP2505030016",
            issue_date="2025-05-09",
            valid_until="2030-05-08",
        ),
    )
    s.put(
        [
            5,
            "海宁市黄湾木业有限公司",
            c[3],
            "海宁市",
            "强化木地板",
            "人造板和木质地板",
            "一星级",
            "CGP2505010022",
            d(2025, 5, 14),
            d(2030, 5, 13),
        ],
        ok(
            G,
            enterprise_name="海宁市黄湾木业有限公司",
            uscc=c[3],
            unit=U,
            product="强化木地板",
            category="人造板和木质地板",
            status="已获证",
            cert_no="CGP2505010022",
            issue_date="2025-05-14",
            valid_until="2030-05-13",
        ),
    )
    s.put(
        [
            6,
            "海宁市盐官涂料有限公司",
            c[4],
            "海宁市",
            "外墙涂料",
            "涂料",
            "三星级",
            "CGP2505020019",
            d(2025, 5, 20),
            d(2030, 5, 19),
        ],
        ok(
            G,
            enterprise_name="海宁市盐官涂料有限公司",
            uscc=c[4],
            unit=U,
            product="外墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2505020019",
            issue_date="2025-05-20",
            valid_until="2030-05-19",
        ),
    )
    s.put(
        [7, "同上", "同上", "同上", "内墙涂料", "同上", "三星级", "CGP2505020020", d(2025, 5, 20), d(2030, 5, 19)],
        ok(
            G,
            enterprise_name="海宁市盐官涂料有限公司",
            uscc=c[4],
            unit=U,
            product="内墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2505020020",
            issue_date="2025-05-20",
            valid_until="2030-05-19",
        ),
    )
    s.put(
        [8, "海宁市周王庙保温材料有限公司", c[5], "海宁市", "玻璃棉制品", "绝热材料", "/", "/", "/", "/"],
        ok(
            G,
            enterprise_name="海宁市周王庙保温材料有限公司",
            uscc=c[5],
            unit=U,
            product="玻璃棉制品",
            category="绝热材料",
            status="培育中",
        ),
    )
    s.put(["合计", "获证企业4家、证书7张，培育企业1家"], bold=True)
    return Case(
        "haining_2025-05_green_ditto.xlsx",
        U,
        "2025-05",
        "绿色建材 certificates grouped by firm: 同上 or 〃 (ditto) for the repeated 企业名称/信用代码/所属县（市、区） "
        "and once for 产品类别; a 星级 (一星级…三星级) column; no status column; one firm in the pool with slashes",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def nanhu_three_same_bilingual() -> Case:
    """Bilingual headers (中文 + English), a grey 示例 row under the header, ☑/☐ for the platform, streets."""
    U, c, xiuzhou = "南湖区", Firms("南湖区", "h3-t-bilingual"), Firms("秀洲区", "h3-t-bilingual")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("南湖区内外销产品“同线同标同质”企业产品信息表（2024年8月）", 9)
    s.put(
        [
            "序号\nNo.",
            "产品名称\nProduct Name",
            "企业名称\nEnterprise Name",
            "统一社会信用代码\nUnified Social Credit Code",
            "所属区县\nDistrict",
            "产品类别\nCategory",
            "声明日期\nDeclaration Date",
            "是否入驻“三同”平台\nOn the Platform",
            "备注\nRemarks",
        ],
        bold=True,
    )
    s.ws.row_dimensions[2].height = 36
    example = s.put(
        [
            "示例",
            "电动自行车",
            "嘉兴市××车业有限公司",
            "91330402XXXXXXXXXX",
            "南湖区××街道",
            "一般消费品",
            "2024-08-01",
            "☑",
            "此行为填写示例，请勿删除",
        ]
    )
    for cell in s.ws[example]:
        cell.font = GREY
    s.widths(8, 22, 30, 24, 18, 14, 14, 16, 20)

    def product(n, item, name, code, street, category, when, box, platform, date):
        values = dict(enterprise_name=name, uscc=code, unit=U, product=item, category=category)
        if date:
            values["date"] = date
        values["on_platform"] = platform
        s.put([n, item, name, code, street, category, when, box], ok(T, **values))

    product(
        1,
        "电动工具用锂电池包",
        "嘉兴市南湖区恒能电池有限公司",
        c[1],
        "南湖区七星街道",
        "工业品",
        d(2024, 8, 5),
        "☑",
        True,
        "2024-08-05",
    )
    product(
        2,
        "速冻粽子",
        "嘉兴市南湖区禾香食品有限公司",
        c[2],
        "南湖区大桥镇",
        "食品农产品",
        d(2024, 8, 7),
        "☑",
        True,
        "2024-08-07",
    )
    product(
        3,
        "羽绒服",
        "嘉兴市凤桥服饰有限公司",
        c[3],
        "南湖区凤桥镇",
        "一般消费品",
        d(2024, 8, 12),
        "☐",
        False,
        "2024-08-12",
    )
    # Declaration date not filled in.
    product(4, "不锈钢真空保温杯", "嘉兴新丰日用品有限公司", c[4], "南湖区新丰镇", "一般消费品", None, "☑", True, None)
    product(
        5,
        "螺杆式空气压缩机",
        "嘉兴市余新机械有限公司",
        c[5],
        "南湖区余新镇",
        "工业品",
        d(2024, 8, 19),
        "☐",
        False,
        "2024-08-19",
    )
    # The product is not decided yet.
    s.put(
        [
            6,
            "待定",
            "嘉兴市南湖区鑫达电器有限公司",
            c[6],
            "南湖区城南街道",
            "一般消费品",
            d(2024, 8, 21),
            "☐",
            "产品待定",
        ],
        no(T),
    )
    # A Xiuzhou firm.
    s.put(
        [7, "真丝围巾", "嘉兴市王江泾丝绸有限公司", xiuzhou[1], "秀洲区王江泾镇", "一般消费品", d(2024, 8, 23), "☑"],
        no(T),
    )
    product(
        8,
        "冷冻调理肉制品",
        "嘉兴市南湖区鲜达食品有限公司",
        c[7],
        "南湖区东栅街道",
        "食品农产品",
        d(2024, 8, 28),
        "☑",
        True,
        "2024-08-28",
    )
    s.blank()
    s.put(["填表说明 Notes：是否入驻平台请勾选 ☑（是）或 ☐（否）；所属区县填写到镇（街道）。"])
    return Case(
        "nanhu_2024-08_three_same_bilingual.xlsx",
        U,
        "2024-08",
        "export-oriented bilingual form: every header cell 中文 over English on two lines (产品名称\\nProduct Name), "
        "产品名称 before 企业名称; a grey 示例 row under the header that is no data; 是否入驻“三同”平台 ticked ☑/☐; "
        "所属区县 written as street or town (南湖区七星街道, 南湖区大桥镇); one empty 声明日期",
        True,
        x.data(),
        x.rows,
        holdout_set=3,
    )


@case
def tongxiang_three_same_platform_quoted() -> Case:
    """三同 platform list as GB18030 CSV whose codes are written ="…" to stay text; assorted dates and yes/no words."""
    U, c = "桐乡市", Firms("桐乡市", "h3-t-quoted")
    stem = "tongxiang_2024-02_three_same_platform_quoted"
    lines: list[str] = []
    rows: list[dict] = []

    def put(text: str, expect: dict | None = None) -> None:
        lines.append(text)
        if expect is not None:
            rows.append({"sheet": stem, "row": len(lines), **expect})

    put("“三同”企业产品清单（桐乡市）,,,,,,,,")
    put("序号,企业名称,统一社会信用代码,所属区域,产品名称,产品类别,声明日期,是否入驻平台,备注")
    put(
        f'1,桐乡市濮院针织服饰有限公司,="{c[1]}",桐乡市濮院镇,羊毛针织衫,一般消费品,2024/2/5,已入驻,',
        ok(
            T,
            enterprise_name="桐乡市濮院针织服饰有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛针织衫",
            category="一般消费品",
            date="2024-02-05",
            on_platform=True,
        ),
    )
    put(
        f'2,桐乡市崇福皮草制品有限公司,="{c[2]}",桐乡市崇福镇,貂皮大衣,一般消费品,2024年2月7日,是,"出口俄罗斯、韩国"',
        ok(
            T,
            enterprise_name="桐乡市崇福皮草制品有限公司",
            uscc=c[2],
            unit=U,
            product="貂皮大衣",
            category="一般消费品",
            date="2024-02-07",
            on_platform=True,
        ),
    )
    put(
        f'3,桐乡市石门杭白菊有限公司,="{c[3]}",桐乡市,杭白菊,食品农产品,2024.02.21,未入驻,',
        ok(
            T,
            enterprise_name="桐乡市石门杭白菊有限公司",
            uscc=c[3],
            unit=U,
            product="杭白菊",
            category="食品农产品",
            date="2024-02-21",
            on_platform=False,
        ),
    )
    # The last character of the code mistyped.
    put(f'4,桐乡市梧桐五金有限公司,="{wrong_check(c[4])}",桐乡市梧桐街道,不锈钢合页,工业品,2024-02-23,否,', no(T))
    put(
        f'5,桐乡市乌镇三白酒业有限公司,="{c[5]}",桐乡市乌镇镇,三白酒,食品农产品,2024-02-26,否,',
        ok(
            T,
            enterprise_name="桐乡市乌镇三白酒业有限公司",
            uscc=c[5],
            unit=U,
            product="三白酒",
            category="食品农产品",
            date="2024-02-26",
            on_platform=False,
        ),
    )
    put(
        f'6,桐乡市洲泉化纤有限公司,="{c[6]}",桐乡,涤纶低弹丝,工业品,2024-02-28,是,"DTY 150D/48F,出口"',
        ok(
            T,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[6],
            unit=U,
            product="涤纶低弹丝",
            category="工业品",
            date="2024-02-28",
            on_platform=True,
        ),
    )
    # Row 1 exported twice.
    put(f'7,桐乡市濮院针织服饰有限公司,="{c[1]}",桐乡市濮院镇,羊毛针织衫,一般消费品,2024/2/5,已入驻,', no(T))
    put(",,,,,,,,")
    put("导出时间：2024-03-04 10:21:33,,,,,,,,")
    put("数据来源：浙江省“三同”公共服务平台,,,,,,,,")
    return Case(
        f"{stem}.csv",
        U,
        "2024-02",
        '“三同” platform list saved as GB18030 CSV by a tool that writes codes as ="…" so Excel keeps them as text; '
        "a title line and trailing empty fields on every non-data line; dates 2024/2/5, 2024年2月7日, 2024.02.21; "
        "是否入驻平台 已入驻/是/未入驻/否; quoted remarks with commas; towns after the county; an export footer",
        True,
        ("\r\n".join(lines) + "\r\n").encode("gb18030"),
        rows,
        holdout_set=3,
    )


# =============================================================================================
# Holdout set 4: written after the general fixes for set 3; never run through the reader before
# their expectations were typed
# =============================================================================================
STRIKE = Font(strike=True)


@case
def haining_benchmarking_transposed() -> Case:
    """A return laid across: field names down column A, one enterprise per column; units written with their code."""
    U, c, tongxiang = "海宁市", Firms("海宁市", "h4-b-across"), Firms("桐乡市", "h4-b-across")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("海宁市2024年8月企业标准对标达标情况表", 7)
    s.put(["填报单位：海宁市市场监督管理局", None, None, None, None, "填报日期：2024年9月3日"])
    labels = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "所属县（市、区）",
        "产品名称",
        "对标标准编号",
        "对标结果",
        "完成日期",
        "备注",
    ]
    columns = [
        (
            [
                1,
                "海宁市天虹经编有限公司",
                c[1],
                "330481 海宁市",
                "经编汽车内饰面料",
                "ISO 3795:1989",
                "达到",
                d(2024, 8, 5),
            ],
            ok(
                B,
                enterprise_name="海宁市天虹经编有限公司",
                uscc=c[1],
                unit=U,
                product="经编汽车内饰面料",
                standard_no="ISO 3795:1989",
                result="达到",
                date="2024-08-05",
            ),
        ),
        (
            [
                2,
                "海宁市宏利皮革制品有限公司",
                c[2],
                "330481海宁市",
                "汽车座椅用皮革",
                "ISO 17232:2006",
                "优于",
                d(2024, 8, 9),
            ],
            ok(
                B,
                enterprise_name="海宁市宏利皮革制品有限公司",
                uscc=c[2],
                unit=U,
                product="汽车座椅用皮革",
                standard_no="ISO 17232:2006",
                result="优于",
                date="2024-08-09",
            ),
        ),
        (
            [
                3,
                "浙江海宁鑫达照明电器有限公司",
                c[3],
                "330481",
                "LED筒灯",
                "IEC 60598-2-2:2011",
                "达到",
                d(2024, 8, 14),
            ],
            ok(
                B,
                enterprise_name="浙江海宁鑫达照明电器有限公司",
                uscc=c[3],
                unit=U,
                product="LED筒灯",
                standard_no="IEC 60598-2-2:2011",
                result="达到",
                date="2024-08-14",
            ),
        ),
        # A Tongxiang firm, its county written with Tongxiang's code.
        (
            [
                4,
                "桐乡市梧桐电子有限公司",
                tongxiang[1],
                "330483 桐乡市",
                "电子镇流器",
                "IEC 61347-2-3:2011",
                "达到",
                d(2024, 8, 16),
            ],
            no(B),
        ),
        # The last character of the code mistyped.
        (
            [
                5,
                "海宁市盐官食品有限公司",
                wrong_check(c[4]),
                "330481 海宁市",
                "速冻蔬菜",
                "CAC/RCP 8-1976",
                "达到",
                d(2024, 8, 21),
            ],
            no(B),
        ),
        (
            [
                6,
                "海宁市许村家纺织造有限公司",
                c[5],
                "330481 海宁市",
                "提花窗帘布",
                "EN 13772:2011",
                "优于",
                d(2024, 8, 27),
                "许村镇",
            ],
            ok(
                B,
                enterprise_name="海宁市许村家纺织造有限公司",
                uscc=c[5],
                unit=U,
                product="提花窗帘布",
                standard_no="EN 13772:2011",
                result="优于",
                date="2024-08-27",
            ),
        ),
    ]
    top = s.n + 1
    for offset, label in enumerate(labels):
        cell = s.ws.cell(row=top + offset, column=1, value=label)
        cell.font = BOLD
    for index, (cells, expect) in enumerate(columns, start=2):
        for offset, value in enumerate(cells):
            if value is None:
                continue
            cell = s.ws.cell(row=top + offset, column=index, value=value)
            if isinstance(value, dt.date):
                cell.number_format = CN_DATE
        # A column is one enterprise: its row is the column's number (README).
        x.rows.append({"sheet": s.ws.title, "row": index, **expect})
    s.n = top + len(labels) - 1
    s.put(["注：本表按企业分列填写，每列填写一家企业的一个对标产品；所属县（市、区）填写行政区划代码及名称。"])
    s.widths(18, 24, 24, 24, 24, 24, 24)
    return Case(
        "haining_2024-08_benchmarking_transposed.xlsx",
        U,
        "2024-08",
        "情况表 laid across: field names down column A (序号 … 备注), one enterprise per column B … G; the county "
        "written with its GB/T 2260 code (330481 海宁市, 330481海宁市, 330481); a Tongxiang column "
        "(330483 桐乡市) and a mistyped code",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def nanhu_benchmarking_policy_preamble() -> Case:
    """The bureau's 通知 pasted above its 附件: twenty lines of policy text, a frozen header far down, clock times."""
    U, c = "南湖区", Firms("南湖区", "h4-b-preamble")
    x = XBook()
    s = x.sheet("对标达标进展")
    for text in [
        "南湖区市场监督管理局关于报送2025年企业标准对标达标提升行动进展情况的通知",
        "各市场监管所、有关企业：",
        "为贯彻落实《浙江省标准化条例》和省局关于开展企业标准对标达标提升行动的部署，进一步发挥标准引领作用，"
        "现就2025年对标达标进展情况月报工作通知如下：",
        "一、工作目标",
        "2025年全区新增对标达标企业不少于20家，重点围绕压缩机、特殊钢、电子信息等产业，推动企业产品标准对标国际、国外先进标准。",
        "二、填报范围",
        "本月新完成对标并经专家评审达到或优于国际、国外先进标准水平的企业产品。同一企业多个产品的，每个产品填写一行。",
        "三、填报要求",
        "（一）企业名称填写营业执照上的全称，统一社会信用代码填写18位代码，字母大写。",
        "（二）对标标准填写国际标准或国外先进标准编号，如ISO 1217:2009；对标结果填写“达到”或“优于”。",
        "（三）完成日期填写专家评审通过的日期。",
        "（四）请于每月5日前将上月进展情况报区局标准化科，逾期未报的视为零报告。",
        "四、工作要求",
        "各所要高度重视，明确专人负责，确保数据真实准确。对弄虚作假、重复上报的，一经查实予以通报。",
        "联系人：张XX，电话：0573-82XXXXXX。",
    ]:
        row = s.put([text])
        s.merge(f"A{row}:I{row}")
        s.ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    s.blank()
    s.put(["附件：南湖区企业标准对标达标提升行动进展情况表"])
    s.blank()
    s.put([None, None, None, None, None, None, "南湖区市场监督管理局"])
    s.put([None, None, None, None, None, None, "2025年1月6日"])
    s.blank()
    s.put(["附件"])
    s.title("南湖区企业标准对标达标提升行动进展情况表（2025年3月）", 9)
    s.put(["填报单位：南湖区市场监督管理局标准化科"])
    header = s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "对标产品名称",
            "对标标准编号",
            "对标结果",
            "完成日期",
            "备注",
        ],
        bold=True,
    )
    s.ws.freeze_panes = f"A{header + 1}"
    s.widths(6, 30, 22, 14, 26, 22, 10, 18, 22)
    clock = "yyyy/m/d h:mm"
    # Dates as text with a zero clock time (copied from a system export), and date cells with a clock time.
    s.put(
        [
            1,
            "嘉兴恒力制冷压缩机有限公司",
            c[1],
            "南湖区",
            "全封闭活塞式制冷压缩机",
            "ISO 917:1989",
            "达到",
            "2025/3/4 0:00:00",
        ],
        ok(
            B,
            enterprise_name="嘉兴恒力制冷压缩机有限公司",
            uscc=c[1],
            unit=U,
            product="全封闭活塞式制冷压缩机",
            standard_no="ISO 917:1989",
            result="达到",
            date="2025-03-04",
        ),
    )
    s.put(
        [
            2,
            "嘉兴市南湖特钢制品有限公司",
            c[2],
            "南湖区",
            "冷拔精密无缝钢管",
            "EN 10305-1:2016",
            "优于",
            dt.datetime(2025, 3, 7, 15, 20),
        ],
        ok(
            B,
            enterprise_name="嘉兴市南湖特钢制品有限公司",
            uscc=c[2],
            unit=U,
            product="冷拔精密无缝钢管",
            standard_no="EN 10305-1:2016",
            result="优于",
            date="2025-03-07",
        ),
        clock,
    )
    s.put(
        [
            3,
            "嘉兴凯成电子科技有限公司",
            c[3],
            "南湖区",
            "片式多层陶瓷电容器",
            "IEC 60384-22:2011",
            "达到",
            "2025/3/11 0:00:00",
        ],
        ok(
            B,
            enterprise_name="嘉兴凯成电子科技有限公司",
            uscc=c[3],
            unit=U,
            product="片式多层陶瓷电容器",
            standard_no="IEC 60384-22:2011",
            result="达到",
            date="2025-03-11",
        ),
    )
    s.put(
        [
            4,
            "浙江南湖菱业食品有限公司",
            c[4],
            "南湖区",
            "速冻南湖菱",
            "CXS 320-2015",
            "达到",
            dt.datetime(2025, 3, 13, 9, 5),
        ],
        ok(
            B,
            enterprise_name="浙江南湖菱业食品有限公司",
            uscc=c[4],
            unit=U,
            product="速冻南湖菱",
            standard_no="CXS 320-2015",
            result="达到",
            date="2025-03-13",
        ),
        clock,
    )
    # Marked void by the clerk in 备注: reported in February already.
    s.put(
        [
            5,
            "嘉兴市南湖区精工机械有限公司",
            c[5],
            "南湖区",
            "离心式鼓风机",
            "ISO 5801:2017",
            "达到",
            "2025/2/26 0:00:00",
            "重复上报，2月已报送",
        ],
        no(B),
    )
    s.put(
        [
            6,
            "嘉兴市嘉鹏光学有限公司",
            c[6],
            "南湖区",
            "光学树脂镜片",
            "ISO 8980-1:2017",
            "达到",
            dt.datetime(2025, 3, 20),
        ],
        ok(
            B,
            enterprise_name="嘉兴市嘉鹏光学有限公司",
            uscc=c[6],
            unit=U,
            product="光学树脂镜片",
            standard_no="ISO 8980-1:2017",
            result="达到",
            date="2025-03-20",
        ),
        clock,
    )
    last = s.put(
        [7, "嘉兴中泰特种纸业有限公司", c[7], "嘉兴市南湖区", "装饰原纸", "EN 14323:2004", "优于", "2025/3/25 0:00:00"],
        ok(
            B,
            enterprise_name="嘉兴中泰特种纸业有限公司",
            uscc=c[7],
            unit=U,
            product="装饰原纸",
            standard_no="EN 14323:2004",
            result="优于",
            date="2025-03-25",
        ),
    )
    s.ws.auto_filter.ref = f"A{header}:I{last}"
    s.put(["合计", "6家", None, None, "6个"], bold=True)
    s.put(["审核人：", None, None, "填表人：", None, None, "联系电话："])
    return Case(
        "nanhu_2025-03_benchmarking_policy_preamble.xlsx",
        U,
        "2025-03",
        "the bureau's 通知 (purpose, scope, 填报要求 naming every column, signature and date) pasted above its 附件 "
        "table; header in row 25, panes frozen under it, an AutoFilter; 完成日期 as text 2025/3/4 0:00:00 and as date "
        "cells with a clock time; a row marked 重复上报 in 备注",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def xiuzhou_brand_mark_footnotes() -> Case:
    """Header cells carrying footnote markers ①…⑥ explained under the table; old 注册号 in the code column."""
    U, c = "秀洲区", Firms("秀洲区", "h4-p-notes")
    x = XBook()
    s = x.sheet("品字标")
    s.title("秀洲区“品字标”品牌培育企业情况表（2024年6月）", 9)
    s.put(
        [
            "序号",
            "企业名称①",
            "统一社会信用代码②",
            "所属县（市、区）",
            "产品名称③",
            "状态④",
            "浙江制造标准编号",
            "证书编号⑤",
            "日期⑥",
        ],
        bold=True,
    )
    s.widths(6, 30, 24, 12, 20, 8, 20, 22, 16)
    f = CN_DATE
    s.put(
        [1, "嘉兴市秀洲区永达电器有限公司", c[1], "秀洲区", "电热水壶", "入库", "T/ZZB 0235—2023", "/", d(2024, 6, 3)],
        ok(
            P,
            enterprise_name="嘉兴市秀洲区永达电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热水壶",
            status="入库培育",
            standard_no="T/ZZB 0235—2023",
            date="2024-06-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市佳禾智能家居有限公司",
            c[2],
            "秀洲区",
            "智能坐便盖",
            "认证",
            "T/ZZB 2175—2021",
            "ZJM-012-3107-2024",
            d(2024, 6, 5),
        ],
        ok(
            P,
            enterprise_name="嘉兴市佳禾智能家居有限公司",
            uscc=c[2],
            unit=U,
            product="智能坐便盖",
            status="已认证",
            standard_no="T/ZZB 2175—2021",
            cert_no="ZJM-012-3107-2024",
            date="2024-06-05",
        ),
        f,
    )
    # An old 15-digit 注册号 where the credit code belongs (the firm has not changed its licence): no credit code.
    s.put(
        [
            3,
            "嘉兴市新塍纺织有限公司",
            "330411000045127",
            "秀洲区",
            "涤纶仿真丝面料",
            "入库",
            "T/ZZB 1532—2020",
            "/",
            d(2024, 6, 7),
        ],
        no(P),
        f,
    )
    s.put(
        [
            4,
            "嘉兴秀洲光伏科技有限公司",
            c[4],
            "秀洲区",
            "光伏组件用接线盒",
            "认证",
            "T/ZZB 1839—2020",
            "ZJM-009-2287-2024",
            d(2024, 6, 12),
        ],
        ok(
            P,
            enterprise_name="嘉兴秀洲光伏科技有限公司",
            uscc=c[4],
            unit=U,
            product="光伏组件用接线盒",
            status="已认证",
            standard_no="T/ZZB 1839—2020",
            cert_no="ZJM-009-2287-2024",
            date="2024-06-12",
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴市洪合毛衫有限公司",
            "330411600062318",
            "秀洲区",
            "羊毛针织衫",
            "入库",
            "T/ZZB 0671—2018",
            "/",
            d(2024, 6, 17),
        ],
        no(P),
        f,
    )
    s.put(
        [6, "嘉兴市油车港菱业食品有限公司", c[6], "秀洲区", "菱角罐头", "入库", "—", "—", d(2024, 6, 20)],
        ok(
            P,
            enterprise_name="嘉兴市油车港菱业食品有限公司",
            uscc=c[6],
            unit=U,
            product="菱角罐头",
            status="入库培育",
            date="2024-06-20",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴市秀洲区明辉五金有限公司",
            c[7],
            "秀洲区",
            "不锈钢水槽",
            "入库",
            "T/ZZB 0512—2018",
            None,
            d(2024, 6, 26),
        ],
        ok(
            P,
            enterprise_name="嘉兴市秀洲区明辉五金有限公司",
            uscc=c[7],
            unit=U,
            product="不锈钢水槽",
            status="入库培育",
            standard_no="T/ZZB 0512—2018",
            date="2024-06-26",
        ),
        f,
    )
    s.blank()
    row = s.put(
        [
            "注：①企业名称填写营业执照上的全称；②统一社会信用代码填写18位代码，尚未换发新证的企业填写注册号；"
            "③产品名称与浙江制造标准名称一致；④状态填写“入库”或“认证”；⑤已认证企业填写证书编号；⑥填写入库日期或发证日期。"
        ]
    )
    s.merge(f"A{row}:I{row}")
    return Case(
        "xiuzhou_2024-06_brand_mark_footnotes.xlsx",
        U,
        "2024-06",
        "header cells with footnote markers (企业名称①, 统一社会信用代码②, 状态④, 日期⑥) explained in a note under the "
        "table; status 入库/认证; two firms with an old 15-digit 注册号 in the credit-code column, as the note allows",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def jiashan_brand_mark_table_totals() -> Case:
    """An Excel table object (表1) with a totals row; names typed with half- and full-width spaces inside."""
    U, c, pinghu = "嘉善县", Firms("嘉善县", "h4-p-table"), Firms("平湖市", "h4-p-table")
    x = XBook()
    s = x.sheet("品字标台账")
    s.title("嘉善县“品字标”企业培育和认证台账（2025年4月）", 8)
    s.blank()
    headers = ["序号", "企业名称", "统一社会信用代码", "所属县（市、区）", "产品名称", "入库/认证", "证书编号", "日期"]
    top = s.put(headers)
    s.widths(6, 30, 22, 16, 18, 10, 22, 14)
    s.put(
        [1, "浙江嘉善 华宇木业有限公司", c[1], "嘉善县", "实木复合地板", "入库", None, d(2025, 4, 2)],
        ok(
            P,
            enterprise_name="浙江嘉善 华宇木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木复合地板",
            status="入库培育",
            date="2025-04-02",
        ),
    )
    s.put(
        [2, "嘉善县\u3000博达家具有限公司", c[2], "嘉善", "实木餐椅", "认证", "ZJM-015-1043-2025", d(2025, 4, 8)],
        ok(
            P,
            enterprise_name="嘉善县 博达家具有限公司",
            uscc=c[2],
            unit=U,
            product="实木餐椅",
            status="已认证",
            cert_no="ZJM-015-1043-2025",
            date="2025-04-08",
        ),
    )
    s.put(
        [3, "嘉善金城\u3000 电子有限公司", c[3], "嘉善县", "电源适配器", "认证", "ZJM-006-5120-2025", d(2025, 4, 10)],
        ok(
            P,
            enterprise_name="嘉善金城 电子有限公司",
            uscc=c[3],
            unit=U,
            product="电源适配器",
            status="已认证",
            cert_no="ZJM-006-5120-2025",
            date="2025-04-10",
        ),
    )
    s.put(
        [4, "嘉善县天凝  五金制品有限公司", c[4], "嘉善县", "机械门锁", "入库", None, d(2025, 4, 15)],
        ok(
            P,
            enterprise_name="嘉善县天凝 五金制品有限公司",
            uscc=c[4],
            unit=U,
            product="机械门锁",
            status="入库培育",
            date="2025-04-15",
        ),
    )
    s.put(
        [5, "嘉善县惠民食品有限公司", c[5], "嘉善县", "速冻粽子", "入库", None, d(2025, 4, 18)],
        ok(
            P,
            enterprise_name="嘉善县惠民食品有限公司",
            uscc=c[5],
            unit=U,
            product="速冻粽子",
            status="入库培育",
            date="2025-04-18",
        ),
    )
    # A Pinghu firm typed into the Jiashan ledger.
    s.put([6, "平湖市新仓电器有限公司", pinghu[1], "平湖市", "电风扇", "入库", None, d(2025, 4, 21)], no(P))
    last = s.put(
        [7, "嘉善县西塘黄酒有限公司", c[6], "嘉善县西塘镇", "黄酒", "认证", "ZJM-021-0877-2025", d(2025, 4, 25)],
        ok(
            P,
            enterprise_name="嘉善县西塘黄酒有限公司",
            uscc=c[6],
            unit=U,
            product="黄酒",
            status="已认证",
            cert_no="ZJM-021-0877-2025",
            date="2025-04-25",
        ),
    )
    totals = s.put(["汇总", "=SUBTOTAL(103,表1[企业名称])", None, None, None, None, "=SUBTOTAL(103,表1[证书编号])"])
    table = Table(displayName="表1", ref=f"A{top}:H{totals}", totalsRowCount=1)
    table.tableColumns = [
        TableColumn(
            id=i,
            name=name,
            totalsRowLabel="汇总" if i == 1 else None,
            totalsRowFunction="count" if name in ("企业名称", "证书编号") else None,
        )
        for i, name in enumerate(headers, start=1)
    ]
    table.autoFilter = AutoFilter(ref=f"A{top}:H{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    s.ws.add_table(table)
    return Case(
        "jiashan_2025-04_brand_mark_table_totals.xlsx",
        U,
        "2025-04",
        "an Excel table object (表1, TableStyleMedium2) with its totals row (汇总, =SUBTOTAL(103,表1[企业名称])) under "
        "a merged title; names typed with half-width, full-width and doubled spaces inside; 入库/认证; a Pinghu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def pinghu_recall_estimates() -> Case:
    """Estimated quantities (1.2万余, 约1500, 3000多) beside a unit column under one merged 涉及数量 header."""
    U, c = "平湖市", Firms("平湖市", "h4-r-estimates")
    x = XBook()
    s = x.sheet("召回")
    s.title("平湖市2024年7月缺陷产品召回情况统计表", 11)
    s.put(["填报单位：平湖市市场监督管理局\u3000\u3000\u3000\u3000\u3000\u3000填报日期：2024年8月2日"])
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            None,
            "召回日期",
            "已召回数量",
            "存在的缺陷",
        ],
        bold=True,
    )
    s.merge(f"G{s.n}:H{s.n}")
    s.widths(6, 28, 22, 14, 30, 10, 10, 6, 14, 12, 36)
    f = "yyyy/m/d"
    s.put(
        [
            1,
            "平湖市新埭童车有限公司",
            c[1],
            "儿童推车",
            "HB-520、HB-530、HB-560",
            "主动召回",
            "1.2万余",
            "辆",
            d(2024, 7, 3),
            "8600余辆",
            "折叠锁定装置可能失效，存在夹伤风险",
        ],
        ok(
            R,
            enterprise_name="平湖市新埭童车有限公司",
            uscc=c[1],
            unit=U,
            product="儿童推车",
            model="HB-520、HB-530、HB-560",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="辆",
            date="2024-07-03",
            recalled=8600,
            defect="折叠锁定装置可能失效，存在夹伤风险",
        ),
        f,
    )
    s.put(
        [
            2,
            "平湖市当湖箱包有限公司",
            c[2],
            "拉杆箱",
            "PX-20、PX-24",
            "主动召回",
            "200余",
            "件",
            d(2024, 7, 8),
            200,
            "拉杆焊点强度不足，可能断裂",
        ],
        ok(
            R,
            enterprise_name="平湖市当湖箱包有限公司",
            uscc=c[2],
            unit=U,
            product="拉杆箱",
            model="PX-20、PX-24",
            recall_type="主动召回",
            quantity=200,
            quantity_unit="件",
            date="2024-07-08",
            recalled=200,
            defect="拉杆焊点强度不足，可能断裂",
        ),
        f,
    )
    s.put(
        [
            3,
            "平湖市钟埭电器有限公司",
            c[3],
            "电暖器",
            "NSB-200、NSB-220、NSB-250、NSB-300",
            "责令召回",
            "约1500",
            "台",
            d(2024, 7, 12),
            "约900",
            "倾倒开关失效，存在火灾隐患",
        ],
        ok(
            R,
            enterprise_name="平湖市钟埭电器有限公司",
            uscc=c[3],
            unit=U,
            product="电暖器",
            model="NSB-200、NSB-220、NSB-250、NSB-300",
            recall_type="责令召回",
            quantity=1500,
            quantity_unit="台",
            date="2024-07-12",
            recalled=900,
            defect="倾倒开关失效，存在火灾隐患",
        ),
        f,
    )
    s.put(
        [
            4,
            "平湖市林埭电动车有限公司",
            c[4],
            "电动自行车",
            "TDT-1023Z",
            "主动召回",
            "3000多",
            "辆",
            d(2024, 7, 15),
            "/",
            "充电器输出电压异常，存在起火风险",
        ],
        ok(
            R,
            enterprise_name="平湖市林埭电动车有限公司",
            uscc=c[4],
            unit=U,
            product="电动自行车",
            model="TDT-1023Z",
            recall_type="主动召回",
            quantity=3000,
            quantity_unit="辆",
            date="2024-07-15",
            defect="充电器输出电压异常，存在起火风险",
        ),
        f,
    )
    # 若干: the quantity is not known.
    s.put(
        [
            5,
            "平湖市独山港玩具有限公司",
            c[5],
            "儿童玩具枪",
            "DS-01、DS-02",
            "主动召回",
            "若干",
            "件",
            d(2024, 7, 19),
            None,
            "小零件易脱落",
        ],
        no(R),
        f,
    )
    s.put(
        [
            6,
            "平湖市广陈服饰有限公司",
            c[6],
            "儿童外套",
            "110、120、130、140",
            "主动召回",
            5600,
            "件",
            d(2024, 7, 26),
            2100,
            "帽绳过长，存在勒伤风险",
        ],
        ok(
            R,
            enterprise_name="平湖市广陈服饰有限公司",
            uscc=c[6],
            unit=U,
            product="儿童外套",
            model="110、120、130、140",
            recall_type="主动召回",
            quantity=5600,
            quantity_unit="件",
            date="2024-07-26",
            recalled=2100,
            defect="帽绳过长，存在勒伤风险",
        ),
        f,
    )
    s.put(["合计", "6起"], bold=True)
    s.put(["说明：涉及数量为估算数的，按企业召回计划填写；型号较多的，用顿号分隔。"])
    return Case(
        "pinghu_2024-07_recall_estimates.xlsx",
        U,
        "2024-07",
        "召回统计表 whose 涉及数量 header is merged over the number column and an unheaded unit column; estimates "
        "1.2万余 / 200余 / 约1500 / 3000多 and 8600余辆 / 约900 recalled; several models per row separated by 、; 若干",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def haiyan_recall_header_unit() -> Case:
    """The unit only in the headers (涉及数量（台）), recall periods 起止 as ranges, 召回方式 主动/责令."""
    U, c = "海盐县", Firms("海盐县", "h4-r-header-unit")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("海盐县缺陷产品召回情况月报表（2024年12月）", 10)
    s.put(
        [
            "序号",
            "召回企业",
            "统一社会信用代码",
            "召回产品",
            "产品型号",
            "召回方式",
            "涉及数量（台）",
            "已召回数量（台）",
            "召回起止时间",
            "召回原因",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 12, 30, 10, 14, 16, 30, 30)
    s.put(
        [
            1,
            "海盐县武原电器有限公司",
            c[1],
            "电热水器",
            "DSZF-60、DSZF-80",
            "主动",
            1860,
            1200,
            "2024年12月3日至2025年6月2日",
            "温控器失效可能导致过热",
        ],
        ok(
            R,
            enterprise_name="海盐县武原电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热水器",
            model="DSZF-60、DSZF-80",
            recall_type="主动召回",
            quantity=1860,
            quantity_unit="台",
            recalled=1200,
            date="2024-12-03",
            defect="温控器失效可能导致过热",
        ),
    )
    s.put(
        [
            2,
            "海盐县沈荡五金机械有限公司",
            c[2],
            "角磨机",
            "S1M-FF03-100A、S1M-FF03-125A",
            "主动",
            "2,350",
            "/",
            "2024.12.09—2025.03.08",
            "防护罩固定不牢，可能飞出伤人",
        ],
        ok(
            R,
            enterprise_name="海盐县沈荡五金机械有限公司",
            uscc=c[2],
            unit=U,
            product="角磨机",
            model="S1M-FF03-100A、S1M-FF03-125A",
            recall_type="主动召回",
            quantity=2350,
            quantity_unit="台",
            date="2024-12-09",
            defect="防护罩固定不牢，可能飞出伤人",
        ),
    )
    s.put(
        [
            3,
            "海盐县通元空调设备有限公司",
            c[3],
            "除湿机",
            "DH-20",
            "责令",
            640,
            640,
            "自2024年12月16日起",
            "电源线规格不符合要求",
        ],
        ok(
            R,
            enterprise_name="海盐县通元空调设备有限公司",
            uscc=c[3],
            unit=U,
            product="除湿机",
            model="DH-20",
            recall_type="责令召回",
            quantity=640,
            quantity_unit="台",
            recalled=640,
            date="2024-12-16",
            defect="电源线规格不符合要求",
        ),
    )
    s.put(
        [
            4,
            "海盐县于城电子有限公司",
            c[4],
            "电动剃须刀",
            "RS-360、RS-380、RS-390",
            "主动",
            12000,
            3500,
            "2024-12-20至2025-03-19",
            "电池过热，存在灼伤风险",
        ],
        ok(
            R,
            enterprise_name="海盐县于城电子有限公司",
            uscc=c[4],
            unit=U,
            product="电动剃须刀",
            model="RS-360、RS-380、RS-390",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="台",
            recalled=3500,
            date="2024-12-20",
            defect="电池过热，存在灼伤风险",
        ),
    )
    # The last character of the code mistyped.
    s.put(
        [
            5,
            "海盐县秦山电器有限公司",
            wrong_check(c[5]),
            "电烤箱",
            "KX-30",
            "主动",
            420,
            0,
            "2024年12月23日至2025年2月22日",
            "门体玻璃可能爆裂",
        ],
        no(R),
    )
    s.blank()
    s.put(["填表人：王XX\u3000\u3000审核人：李XX\u3000\u3000报送日期：2025年1月3日"])
    return Case(
        "haiyan_2024-12_recall_header_unit.xlsx",
        U,
        "2024-12",
        "月报表 with the unit only in the headers (涉及数量（台）, 已召回数量（台）) and none in the cells; "
        "召回起止时间 ranges (至, —, 自…起); 召回方式 主动/责令; several models per row; a mistyped code; "
        "a sign-off line",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def tongxiang_green_month_sheets() -> Case:
    """The year's ledger: one sheet a month (1月, 2月, 3月); validity written as one 起止 range, no 发证日期."""
    U, c = "桐乡市", Firms("桐乡市", "h4-g-months")
    x = XBook()
    headers = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "所属县（市、区）",
        "获证产品",
        "产品类别",
        "证书编号",
        "证书有效期",
        "备注",
    ]

    def month_sheet(month: int) -> XSheet:
        s = x.sheet(f"{month}月")
        s.title(f"桐乡市绿色产品认证获证情况（2025年{month}月）", 9)
        s.put(headers, bold=True)
        s.widths(6, 28, 22, 14, 18, 18, 18, 30, 12)
        return s

    # January and February: returned in their months, kept in the workbook.
    s = month_sheet(1)
    s.put(
        [
            1,
            "桐乡市石门家纺有限公司",
            c[11],
            "桐乡市",
            "床上用品",
            "纺织产品",
            "CGP2501010041",
            "2025-01-08至2028-01-07",
        ]
    )
    s.put(
        [
            2,
            "桐乡市河山竹木制品有限公司",
            c[12],
            "桐乡市",
            "竹地板",
            "人造板和木质地板",
            "CGP2501010077",
            "2025.01.20-2028.01.19",
        ]
    )
    s = month_sheet(2)
    s.put(
        [
            1,
            "桐乡市高桥涂料有限公司",
            c[13],
            "桐乡市",
            "水性木器涂料",
            "涂料",
            "CGP2502010018",
            "2025年2月11日至2028年2月10日",
        ]
    )
    s.put(
        [
            2,
            "桐乡市大麻纸业有限公司",
            c[14],
            "桐乡市",
            "卫生纸",
            "纸和纸制品",
            "CGP2502010052",
            "2025-02-24至2028-02-23",
        ]
    )
    s = month_sheet(3)
    s.put(
        [
            1,
            "桐乡市梧桐木业有限公司",
            c[1],
            "桐乡市",
            "实木复合地板",
            "人造板和木质地板",
            "CGP2503010012",
            "2025-03-04至2028-03-03",
        ],
        ok(
            G,
            enterprise_name="桐乡市梧桐木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木复合地板",
            category="人造板和木质地板",
            status="已获证",
            cert_no="CGP2503010012",
            issue_date="2025-03-04",
            valid_until="2028-03-03",
        ),
    )
    s.put(
        [
            2,
            "桐乡市崇福毛纺有限公司",
            c[2],
            "桐乡市崇福镇",
            "羊毛针织衫",
            "纺织产品",
            "CGP2503010035",
            "2025.03.10-2028.03.09",
        ],
        ok(
            G,
            enterprise_name="桐乡市崇福毛纺有限公司",
            uscc=c[2],
            unit=U,
            product="羊毛针织衫",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2503010035",
            issue_date="2025-03-10",
            valid_until="2028-03-09",
        ),
    )
    s.put(
        [
            3,
            "桐乡市乌镇涂料有限公司",
            c[3],
            "桐乡市",
            "水性内墙涂料",
            "涂料",
            "CGP2503010048",
            "2025年3月14日至2028年3月13日",
        ],
        ok(
            G,
            enterprise_name="桐乡市乌镇涂料有限公司",
            uscc=c[3],
            unit=U,
            product="水性内墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2503010048",
            issue_date="2025-03-14",
            valid_until="2028-03-13",
        ),
    )
    s.put(
        [4, "桐乡市凤鸣纸业有限公司", c[4], "桐乡市", "生活用纸", "纸和纸制品", "CGP2503010063", "2025/3/18-2028/3/17"],
        ok(
            G,
            enterprise_name="桐乡市凤鸣纸业有限公司",
            uscc=c[4],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2503010063",
            issue_date="2025-03-18",
            valid_until="2028-03-17",
        ),
    )
    s.put(
        [
            5,
            "桐乡市屠甸绝热材料有限公司",
            c[5],
            "桐乡市",
            "岩棉板",
            "绝热材料",
            "CGP2503010081",
            "2025-03-25至2028-03-24",
            "首次获证",
        ],
        ok(
            G,
            enterprise_name="桐乡市屠甸绝热材料有限公司",
            uscc=c[5],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2503010081",
            issue_date="2025-03-25",
            valid_until="2028-03-24",
        ),
    )
    return Case(
        "tongxiang_2025-03_green_month_sheets.xlsx",
        U,
        "2025-03",
        "the clerk's ledger for the year, one sheet a month (1月, 2月, 3月, each titled and headed alike) uploaded "
        "for March; 证书有效期 written as one range (至, -, 年月日, slashes) and no 发证日期 column; no status column",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def jingkai_green_hidden_rows() -> Case:
    """The city's list filtered to 经开 with an AutoFilter (other units' rows hidden), a struck-through row."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h4-g-filter")
    others = {unit: Firms(unit, "h4-g-filter") for unit in ("南湖区", "秀洲区", "嘉善县", "海宁市", "嘉兴港区")}
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("全市绿色产品认证企业名单（截至2024年12月）", 10)
    header = s.put(
        [
            "序号",
            "县（市、区）",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "认证状态",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.widths(6, 20, 28, 22, 16, 16, 10, 18, 14, 14)

    def hidden(cells: list) -> None:
        row = s.put(cells)
        s.ws.row_dimensions[row].hidden = True

    hidden(
        [
            1,
            "南湖区",
            "嘉兴市南湖家居有限公司",
            others["南湖区"][1],
            "实木书桌",
            "家具",
            "已获证",
            "CGP2412010007",
            d(2024, 12, 2),
            d(2027, 12, 1),
        ]
    )
    s.put(
        [
            2,
            "嘉兴经济技术开发区",
            "嘉兴恒美家居有限公司",
            c[1],
            "布艺沙发",
            "家具",
            "已获证",
            "CGP2412010015",
            d(2024, 12, 3),
            d(2027, 12, 2),
        ],
        ok(
            G,
            enterprise_name="嘉兴恒美家居有限公司",
            uscc=c[1],
            unit=U,
            product="布艺沙发",
            category="家具",
            status="已获证",
            cert_no="CGP2412010015",
            issue_date="2024-12-03",
            valid_until="2027-12-02",
        ),
    )
    hidden(
        [
            3,
            "秀洲区",
            "嘉兴市秀洲纺织品有限公司",
            others["秀洲区"][1],
            "家纺面料",
            "纺织产品",
            "已获证",
            "CGP2412010022",
            d(2024, 12, 5),
            d(2027, 12, 4),
        ]
    )
    s.put(
        [
            4,
            "嘉兴经济技术开发区",
            "嘉兴海纳纺织有限公司",
            c[2],
            "床上用品",
            "纺织产品",
            "已获证",
            "CGP2412010031",
            d(2024, 12, 10),
            d(2027, 12, 9),
        ],
        ok(
            G,
            enterprise_name="嘉兴海纳纺织有限公司",
            uscc=c[2],
            unit=U,
            product="床上用品",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2412010031",
            issue_date="2024-12-10",
            valid_until="2027-12-09",
        ),
    )
    hidden(
        [
            5,
            "嘉善县",
            "嘉善县木艺家具有限公司",
            others["嘉善县"][1],
            "实木衣柜",
            "家具",
            "已获证",
            "CGP2412010038",
            d(2024, 12, 11),
            d(2027, 12, 10),
        ]
    )
    # Struck through in every cell: the clerk's mark that the firm withdrew.
    struck = s.put(
        [
            6,
            "嘉兴经济技术开发区",
            "嘉兴华锐建材有限公司",
            c[3],
            "瓷质抛光砖",
            "陶瓷砖（板）",
            "已获证",
            "CGP2412010046",
            d(2024, 12, 13),
            d(2027, 12, 12),
        ],
        no(G),
    )
    for col in range(1, 11):
        s.ws.cell(row=struck, column=col).font = STRIKE
    s.put(
        [
            7,
            "嘉兴经济技术开发区",
            "嘉兴市康达家具有限公司",
            c[4],
            "办公椅",
            "家具",
            "已获证",
            "CGP2412010053",
            d(2024, 12, 18),
            d(2027, 12, 17),
        ],
        ok(
            G,
            enterprise_name="嘉兴市康达家具有限公司",
            uscc=c[4],
            unit=U,
            product="办公椅",
            category="家具",
            status="已获证",
            cert_no="CGP2412010053",
            issue_date="2024-12-18",
            valid_until="2027-12-17",
        ),
    )
    hidden(
        [
            8,
            "海宁市",
            "海宁市经编新材料有限公司",
            others["海宁市"][1],
            "经编面料",
            "纺织产品",
            "已获证",
            "CGP2412010060",
            d(2024, 12, 19),
            d(2027, 12, 18),
        ]
    )
    # A 经开 row hidden by hand.
    hidden(
        [
            9,
            "嘉兴经济技术开发区",
            "嘉兴市城南木业有限公司",
            c[5],
            "强化木地板",
            "人造板和木质地板",
            "已获证",
            "CGP2412010067",
            d(2024, 12, 20),
            d(2027, 12, 19),
        ]
    )
    hidden(
        [
            10,
            "嘉兴港区",
            "嘉兴港区防水材料有限公司",
            others["嘉兴港区"][1],
            "防水卷材",
            "防水与密封材料",
            "已获证",
            "CGP2412010074",
            d(2024, 12, 23),
            d(2027, 12, 22),
        ]
    )
    last = s.put(
        [
            11,
            "经开",
            "嘉兴卫诺洁具有限公司",
            c[6],
            "智能坐便器",
            "卫生陶瓷",
            "已获证",
            "CGP2412010082",
            d(2024, 12, 24),
            d(2027, 12, 23),
        ],
        ok(
            G,
            enterprise_name="嘉兴卫诺洁具有限公司",
            uscc=c[6],
            unit=U,
            product="智能坐便器",
            category="卫生陶瓷",
            status="已获证",
            cert_no="CGP2412010082",
            issue_date="2024-12-24",
            valid_until="2027-12-23",
        ),
    )
    s.ws.auto_filter.ref = f"A{header}:J{last}"
    s.ws.auto_filter.add_filter_column(1, ["嘉兴经济技术开发区", "经开"])
    s.blank()
    s.put(["数据来源：嘉兴市市场监督管理局认证监管处"])
    return Case(
        "jingkai_2024-12_green_hidden_rows.xlsx",
        U,
        "2024-12",
        "the city's list of every unit's certificates, filtered with an AutoFilter on 县（市、区） to 经开 so "
        "other units' rows are hidden, one 经开 row hidden by hand; one row struck through in every cell; "
        "经开 written in full and as 经开",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def gangqu_three_same_statistics_form() -> Case:
    """Excel 97-2003 统计报表: 表号/制定机关/批准文号/有效期至 block, 甲乙丙 column codes, 单位负责人 sign-off."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h4-t-stats")
    x = XlsBook()
    s = x.sheet("三同统计表")
    ws = s.ws
    ws.write_merge(0, 0, 0, 7, "“同线同标同质”产品情况统计表")
    ws.write_merge(1, 1, 6, 7, "表\u3000\u3000号：嘉市监质统3表")
    ws.write_merge(2, 2, 6, 7, "制定机关：嘉兴市市场监督管理局")
    ws.write_merge(3, 3, 6, 7, "批准文号：嘉市监〔2024〕5号")
    ws.write_merge(4, 4, 0, 3, "综合机关名称：嘉兴港区市场监督管理局")
    ws.write(4, 4, "2025年1月")
    ws.write_merge(4, 4, 6, 7, "有效期至：2025年12月")
    ws.write_merge(5, 5, 6, 7, "计量单位：个")
    for col, text in enumerate(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "声明日期", "是否入驻平台", "备注"]
    ):
        ws.write(6, col, text)
    for col, text in enumerate(["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]):
        ws.write(7, col, text)
    s.n = 8
    f = "yyyy-mm-dd"
    s.put(
        [1, "浙江乍浦新材料有限公司", c[1], "聚碳酸酯粒子", "工业品", d(2025, 1, 6), "是"],
        ok(
            T,
            enterprise_name="浙江乍浦新材料有限公司",
            uscc=c[1],
            unit=U,
            product="聚碳酸酯粒子",
            category="工业品",
            date="2025-01-06",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "嘉兴港区美福食品有限公司", c[2], "速冻水饺", "食品", d(2025, 1, 10), "否"],
        ok(
            T,
            enterprise_name="嘉兴港区美福食品有限公司",
            uscc=c[2],
            unit=U,
            product="速冻水饺",
            category="食品农产品",
            date="2025-01-10",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [3, "嘉兴港区乍浦五金工具有限公司", c[3], "活动扳手", "消费品", "2024年12月30日", "是", "12月底声明，本月报送"],
        ok(
            T,
            enterprise_name="嘉兴港区乍浦五金工具有限公司",
            uscc=c[3],
            unit=U,
            product="活动扳手",
            category="一般消费品",
            date="2024-12-30",
            on_platform=True,
        ),
        f,
    )
    # The credit code not yet known.
    s.put([4, "嘉兴港区宏泰塑业有限公司", "—", "PE保鲜膜", "一般消费品", d(2025, 1, 15), "否", "代码待补"], no(T), f)
    s.put(
        [5, "浙江港龙新材料有限公司", c[5], "BOPET薄膜", "工业产品", d(2025, 1, 21), "是"],
        ok(
            T,
            enterprise_name="浙江港龙新材料有限公司",
            uscc=c[5],
            unit=U,
            product="BOPET薄膜",
            category="工业品",
            date="2025-01-21",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [6, "嘉兴港区瑞丰食品有限公司", c[6], "海苔脆片", "食品农产品", d(2025, 1, 24), "是"],
        ok(
            T,
            enterprise_name="嘉兴港区瑞丰食品有限公司",
            uscc=c[6],
            unit=U,
            product="海苔脆片",
            category="食品农产品",
            date="2025-01-24",
            on_platform=True,
        ),
        f,
    )
    s.put(["合计", "5家", None, "5个"])
    s.n += 1
    ws.write_merge(
        s.n,
        s.n,
        0,
        7,
        "单位负责人：张XX\u3000\u3000统计负责人：李XX\u3000\u3000填表人：王XX\u3000\u3000联系电话：0573-85XXXXXX"
        "\u3000\u3000报出日期：2025年2月5日",
    )
    s.n += 1
    ws.write_merge(
        s.n,
        s.n,
        0,
        7,
        "说明：1.本表由各县（市、区）局填报，每月5日前报送；2.产品类别填食品农产品、一般消费品、工业品。",
    )
    s.n += 1
    return Case(
        "gangqu_2025-01_three_same_statistics_form.xls",
        U,
        "2025-01",
        "Excel 97-2003 统计报表 in the statistics-form style: 表号/制定机关/批准文号/有效期至/计量单位 block at "
        "the top right, 综合机关名称 and the period on one line, a 甲 … 辛 column-code row under the header, "
        "no county column, 单位负责人/统计负责人/填表人/报出日期 sign-off and 说明 lines; a December date; a code 待补",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def haining_three_same_code_county() -> Case:
    """GBK CSV export with a line of pinyin field codes above the Chinese header, 区县 as code and name, 1/0."""
    U, c, pinghu = "海宁市", Firms("海宁市", "h4-t-codes"), Firms("平湖市", "h4-t-codes")
    stem = "haining_2025-06_three_same_code_county"
    t = Lines(stem)
    t.put(["XH", "QYMC", "TYSHXYDM", "SSQX", "CPMC", "CPLB", "SMRQ", "SFRZPT"])
    t.put(["序号", "企业名称", "统一社会信用代码", "所属区县", "产品名称", "产品类别", "声明日期", "是否入驻平台"])
    t.put(
        [1, "海宁市金达经编有限公司", c[1], "330481 海宁市", "经编窗纱", "一般消费品", "2025-06-03", 1],
        ok(
            T,
            enterprise_name="海宁市金达经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编窗纱",
            category="一般消费品",
            date="2025-06-03",
            on_platform=True,
        ),
    )
    t.put(
        [2, "海宁市长安皮草服饰有限公司", c[2], "330481海宁市", "水貂皮外套", "一般消费品", "2025-06-06", 1],
        ok(
            T,
            enterprise_name="海宁市长安皮草服饰有限公司",
            uscc=c[2],
            unit=U,
            product="水貂皮外套",
            category="一般消费品",
            date="2025-06-06",
            on_platform=True,
        ),
    )
    t.put(
        [3, "海宁市丁桥蔬菜专业合作社", c.coop(1), "330481", "速冻毛豆", "食品农产品", "2025-06-10", 0],
        ok(
            T,
            enterprise_name="海宁市丁桥蔬菜专业合作社",
            uscc=c.coop(1),
            unit=U,
            product="速冻毛豆",
            category="食品农产品",
            date="2025-06-10",
            on_platform=False,
        ),
    )
    # A Pinghu firm in the platform's export for Haining.
    t.put([4, "平湖市当湖服装有限公司", pinghu[1], "330482 平湖市", "羽绒服", "一般消费品", "2025-06-12", 1], no(T))
    t.put(
        [5, "海宁市黄湾光伏科技有限公司", c[3], "330481 海宁市", "光伏组件", "工业品", "2025-06-18", 0],
        ok(
            T,
            enterprise_name="海宁市黄湾光伏科技有限公司",
            uscc=c[3],
            unit=U,
            product="光伏组件",
            category="工业品",
            date="2025-06-18",
            on_platform=False,
        ),
    )
    t.put(
        [6, "海宁市周王庙家具有限公司", c[4], "330481 海宁市", "布艺沙发", "一般消费品", "2025-06-24", 1],
        ok(
            T,
            enterprise_name="海宁市周王庙家具有限公司",
            uscc=c[4],
            unit=U,
            product="布艺沙发",
            category="一般消费品",
            date="2025-06-24",
            on_platform=True,
        ),
    )
    return Case(
        f"{stem}.csv",
        U,
        "2025-06",
        "GBK CSV exported by a platform: a line of pinyin field codes (XH, QYMC, TYSHXYDM, SSQX …) above the Chinese "
        "header; 所属区县 as 330481 海宁市 / 330481海宁市 / 330481; 是否入驻平台 as 1/0; a cooperative's 93 code; "
        "a Pinghu row",
        True,
        t.text().encode("gbk"),
        t.rows,
        holdout_set=4,
    )


@case
def jiashan_benchmarking_web_copy() -> Case:
    """A published 结果公示 list copied from a web page: non-breaking and zero-width spaces in the cells."""
    U, c, xiuzhou = "嘉善县", Firms("嘉善县", "h4-b-web"), Firms("秀洲区", "h4-b-web")
    nb, zw = "\u00a0", "\u200b"
    x = XBook()
    s = x.sheet("Sheet1")
    s.put(["2024年第三批企业标准对标达标结果公示名单（嘉善县）"])
    s.put(["序号", "企业名称", "统一社会信用代码", "所在地", "产品名称", "对标标准", "对标结论"], bold=True)
    s.widths(6, 30, 24, 14, 18, 26, 16)
    s.put(
        [
            1,
            f"{nb}嘉善县恒泰电子有限公司{nb}",
            c[1] + zw,
            f"嘉善县{nb}",
            f"LED驱动电源{zw}",
            f"IEC{nb}61347-2-13:2014",
            "达到",
        ],
        ok(
            B,
            enterprise_name="嘉善县恒泰电子有限公司",
            uscc=c[1],
            unit=U,
            product="LED驱动电源",
            standard_no="IEC 61347-2-13:2014",
            result="达到",
        ),
    )
    s.put(
        [2, f"嘉善县{zw}联合木业有限公司", zw + c[2], "嘉善县", "实木复合地板", f"EN{nb}13489:2017", "优于"],
        ok(
            B,
            enterprise_name="嘉善县联合木业有限公司",
            uscc=c[2],
            unit=U,
            product="实木复合地板",
            standard_no="EN 13489:2017",
            result="优于",
        ),
    )
    s.put(
        [3, f"浙江嘉善天凝机械有限公司{nb}{nb}", c[3], "嘉善县天凝镇", "数控车床", f"ISO{nb}13041-1:2020", f"达到{nb}"],
        ok(
            B,
            enterprise_name="浙江嘉善天凝机械有限公司",
            uscc=c[3],
            unit=U,
            product="数控车床",
            standard_no="ISO 13041-1:2020",
            result="达到",
        ),
    )
    s.put(
        [
            4,
            "嘉善县姚庄精密五金有限公司",
            c[4][:6] + nb + c[4][6:],
            "嘉善县",
            "精密冲压件",
            f"DIN{nb}6930-2:2011",
            "达到",
        ],
        ok(
            B,
            enterprise_name="嘉善县姚庄精密五金有限公司",
            uscc=c[4],
            unit=U,
            product="精密冲压件",
            standard_no="DIN 6930-2:2011",
            result="达到",
        ),
    )
    # Published on the same page: a Xiuzhou firm.
    s.put([5, "嘉兴市秀洲区新塍电器有限公司", xiuzhou[1], "秀洲区", "电热毯", f"IEC{nb}60335-2-17:2012", "达到"], no(B))
    s.put(
        [6, f"嘉善县西塘纽扣有限公司{zw}", c[5], "嘉善县", "树脂纽扣", f"ASTM{nb}D4846-96(2016)", "达到"],
        ok(
            B,
            enterprise_name="嘉善县西塘纽扣有限公司",
            uscc=c[5],
            unit=U,
            product="树脂纽扣",
            standard_no="ASTM D4846-96(2016)",
            result="达到",
        ),
    )
    s.put(
        [7, "嘉善县大云食品有限公司", c[6], "嘉善县", "巧克力制品", f"CXS{nb}87-1981", "达到国际先进水平"],
        ok(
            B,
            enterprise_name="嘉善县大云食品有限公司",
            uscc=c[6],
            unit=U,
            product="巧克力制品",
            standard_no="CXS 87-1981",
            result="达到",
        ),
    )
    s.put([f"公示时间：2024年9月20日至9月26日{nb}{nb}（来源：浙江省市场监督管理局网站）"])
    return Case(
        "jiashan_2024-09_benchmarking_web_copy.xlsx",
        U,
        "2024-09",
        "对标达标结果公示名单 copied from the province's web page into a bare Sheet1: non-breaking spaces around and "
        "inside cells (IEC\\u00a061347), zero-width spaces before and after names and codes, no date column, 对标结论 "
        "达到国际先进水平, a Xiuzhou firm on the same list, a 公示时间 source line",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def haiyan_brand_mark_tick_columns() -> Case:
    """Status split over two tick columns (入库培育 | 已认证 under 类别); 备注 企业已注销 marks a row void."""
    U, c = "海盐县", Firms("海盐县", "h4-p-ticks")
    x = XBook()
    s = x.sheet("品字标")
    s.title("海盐县“品字标”品牌培育情况表（2025年5月）", 9)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "类别", None, "浙江制造标准", "证书编号", "日期", "备注"],
        bold=True,
    )
    s.put([None, None, None, None, "入库培育", "已认证"], bold=True)
    for ref in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "I2:I3", "J2:J3"):
        s.merge(ref)
    s.widths(6, 28, 22, 18, 10, 10, 20, 22, 14, 16)
    s.put(
        [1, "海盐县武原紧固件有限公司", c[1], "高强度螺栓", "√", None, "T/ZZB 0416—2018", None, d(2025, 5, 6)],
        ok(
            P,
            enterprise_name="海盐县武原紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="高强度螺栓",
            status="入库培育",
            standard_no="T/ZZB 0416—2018",
            date="2025-05-06",
        ),
    )
    s.put(
        [
            2,
            "浙江海盐核电阀门有限公司",
            c[2],
            "核电用闸阀",
            None,
            "√",
            "T/ZZB 1026—2019",
            "ZJM-019-2113-2025",
            d(2025, 5, 9),
        ],
        ok(
            P,
            enterprise_name="浙江海盐核电阀门有限公司",
            uscc=c[2],
            unit=U,
            product="核电用闸阀",
            status="已认证",
            standard_no="T/ZZB 1026—2019",
            cert_no="ZJM-019-2113-2025",
            date="2025-05-09",
        ),
    )
    # The firm was deregistered: the clerk marks the row void in 备注.
    s.put(
        [3, "海盐县通元标准件有限公司", c[3], "六角法兰面螺母", "√", None, "/", None, d(2025, 5, 13), "企业已注销"],
        no(P),
    )
    s.put(
        [
            4,
            "海盐县百步五金有限公司",
            c[4],
            "自攻螺钉",
            None,
            "√",
            "T/ZZB 2290—2021",
            "ZJM-007-3356-2025",
            d(2025, 5, 20),
        ],
        ok(
            P,
            enterprise_name="海盐县百步五金有限公司",
            uscc=c[4],
            unit=U,
            product="自攻螺钉",
            status="已认证",
            standard_no="T/ZZB 2290—2021",
            cert_no="ZJM-007-3356-2025",
            date="2025-05-20",
        ),
    )
    s.put(
        [5, "海盐县澉浦食品有限公司", c[5], "速冻汤圆", "√", None, None, None, d(2025, 5, 27)],
        ok(
            P,
            enterprise_name="海盐县澉浦食品有限公司",
            uscc=c[5],
            unit=U,
            product="速冻汤圆",
            status="入库培育",
            date="2025-05-27",
        ),
    )
    s.put(
        [6, "海盐县于城电器有限公司", c[6], "电热毯", "√", None, "T/ZZB 0873—2018", None, d(2025, 5, 29), "新入库"],
        ok(
            P,
            enterprise_name="海盐县于城电器有限公司",
            uscc=c[6],
            unit=U,
            product="电热毯",
            status="入库培育",
            standard_no="T/ZZB 0873—2018",
            date="2025-05-29",
        ),
    )
    s.put(["合计", "5家", None, None, 3, 2], bold=True)
    return Case(
        "haiyan_2025-05_brand_mark_tick_columns.xlsx",
        U,
        "2025-05",
        "培育情况表 whose status is split over two tick columns 入库培育 | 已认证 under a merged 类别 header, "
        "a √ in one; no county column; 备注 企业已注销 marking a row void; 合计 counting the ticks",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


@case
def xiuzhou_recall_plan_forms() -> Case:
    """召回计划 备案 forms pasted one under another: label cells beside value cells, one block of rows per recall."""
    U, c = "秀洲区", Firms("秀洲区", "h4-r-forms")
    x = XBook()
    s = x.sheet("召回计划")
    s.title("秀洲区2025年5月缺陷产品召回计划备案情况", 4)
    s.widths(14, 36, 16, 30)

    def block(lines: list[list], expect: dict, defect: str) -> None:
        first = s.n + 1
        for cells in lines:
            s.put(cells)
        row = s.put(["存在的缺陷", defect])
        s.merge(f"B{row}:D{row}")
        for r in range(first, row + 1):
            s.ws.cell(row=r, column=1).font = BOLD
            s.ws.cell(row=r, column=3).font = BOLD
        # A form is one recall: its row is the block's first row (README).
        x.rows.append({"sheet": s.ws.title, "row": first, **expect})
        s.blank()

    s.blank()
    block(
        [
            ["生产者名称", "嘉兴市秀洲区洪合童车有限公司", "统一社会信用代码", c[1]],
            ["产品名称", "儿童自行车", "型号规格", "HH-12、HH-14、HH-16"],
            ["召回类型", "主动召回", "涉及数量", "2860辆"],
            ["召回日期", d(2025, 5, 6), "已召回数量", "1530辆"],
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区洪合童车有限公司",
            uscc=c[1],
            unit=U,
            product="儿童自行车",
            model="HH-12、HH-14、HH-16",
            recall_type="主动召回",
            quantity=2860,
            quantity_unit="辆",
            date="2025-05-06",
            recalled=1530,
            defect="前叉焊接强度不足，骑行中可能断裂，存在摔伤风险",
        ),
        "前叉焊接强度不足，骑行中可能断裂，存在摔伤风险",
    )
    block(
        [
            ["生产者名称", "嘉兴市王店家电有限公司", "统一社会信用代码", c[2]],
            ["产品名称", "取暖器", "型号规格", "NF-2000"],
            ["召回类型", "主动召回", "涉及数量", "约4200台"],
            ["召回日期", "2025年5月14日至2025年8月13日", "已召回数量", "/"],
        ],
        ok(
            R,
            enterprise_name="嘉兴市王店家电有限公司",
            uscc=c[2],
            unit=U,
            product="取暖器",
            model="NF-2000",
            recall_type="主动召回",
            quantity=4200,
            quantity_unit="台",
            date="2025-05-14",
            defect="倾倒保护开关失效，存在火灾隐患",
        ),
        "倾倒保护开关失效，存在火灾隐患",
    )
    block(
        [
            ["生产者名称", "嘉兴市新塍智能家居有限公司", "统一社会信用代码", c[3]],
            ["产品名称", "智能门锁", "型号规格", "X7、X7 Pro"],
            ["召回类型", "责令召回", "涉及数量", "1,150套"],
            ["召回日期", d(2025, 5, 22), "已召回数量", "360套"],
        ],
        ok(
            R,
            enterprise_name="嘉兴市新塍智能家居有限公司",
            uscc=c[3],
            unit=U,
            product="智能门锁",
            model="X7、X7 Pro",
            recall_type="责令召回",
            quantity=1150,
            quantity_unit="套",
            date="2025-05-22",
            recalled=360,
            defect="机械钥匙锁芯可被技术开启",
        ),
        "机械钥匙锁芯可被技术开启",
    )
    # The last character of the code mistyped.
    block(
        [
            ["生产者名称", "嘉兴市油车港玩具有限公司", "统一社会信用代码", wrong_check(c[4])],
            ["产品名称", "儿童磁力积木", "型号规格", "CL-64、CL-128"],
            ["召回类型", "主动召回", "涉及数量", "5200盒"],
            ["召回日期", d(2025, 5, 28), "已召回数量", "0"],
        ],
        no(R),
        "磁体易脱落，儿童误吞存在伤害风险",
    )
    s.put(["填报人：陈XX", None, "审核：沈XX"])
    return Case(
        "xiuzhou_2025-05_recall_plan_forms.xlsx",
        U,
        "2025-05",
        "召回计划 备案 forms pasted one under another: each recall a block of five rows with label cells (生产者名称, "
        "统一社会信用代码, 产品名称, 型号规格 …) beside value cells and the defect merged across, a blank row between "
        "blocks; quantities with units (2860辆, 约4200台, 1,150套), a date range, a mistyped code",
        True,
        x.data(),
        x.rows,
        holdout_set=4,
    )


# =============================================================================================
# Holdout set 5: written after set 4's first run; never run through the reader before their
# expectations were typed
# =============================================================================================
@case
def nanhu_recall_platform_export() -> Case:
    """缺陷产品召回 platform export: 24 columns, no title, ISO date-times, 12,000 as text."""
    U, c, xiuzhou = "南湖区", Firms("南湖区", "h5-r-platform"), Firms("秀洲区", "h5-r-platform")
    x = XBook()
    s = x.sheet("Sheet0")
    s.put(
        [
            "召回编号",
            "召回类别",
            "产品类别",
            "产品名称",
            "品牌",
            "型号规格",
            "生产起止日期",
            "涉及数量",
            "数量单位",
            "召回类型",
            "缺陷描述",
            "可能导致的后果",
            "召回措施",
            "生产者名称",
            "统一社会信用代码",
            "生产者所在地",
            "联系人",
            "联系电话",
            "召回开始时间",
            "召回结束时间",
            "已召回数量",
            "召回进度",
            "信息来源",
            "发布时间",
        ]
    )
    s.ws.freeze_panes = "A2"
    s.put(
        [
            "XF-ZJ-2024-1107",
            "消费品",
            "家用电器",
            "电暖器",
            "暖康",
            "NK-2000T",
            "2023-09至2024-08",
            "12,000",
            "台",
            "主动召回",
            "倾倒开关在特定角度下不能断电",
            "倾倒后持续加热，存在火灾隐患",
            "免费更换倾倒开关",
            "嘉兴暖康电器有限公司",
            c[1],
            "浙江省嘉兴市南湖区",
            "陈XX",
            "0573-8XXXXXXX",
            "2024-11-05T00:00:00",
            "2025-11-04T00:00:00",
            "8,640",
            "72.0%",
            "企业报告",
            "2024-11-06T10:12:45",
        ],
        ok(
            R,
            enterprise_name="嘉兴暖康电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖器",
            model="NK-2000T",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="台",
            defect="倾倒开关在特定角度下不能断电",
            date="2024-11-05",
            recalled=8640,
        ),
    )
    s.put(
        [
            "XF-ZJ-2024-1112",
            "消费品",
            "儿童用品",
            "儿童自行车",
            "小骑士",
            "XQS-16、XQS-18",
            "2024-01至2024-09",
            "1,500",
            "辆",
            "主动召回",
            "前叉焊接强度不足",
            "骑行中前叉可能断裂，造成摔伤",
            "免费更换前叉",
            "嘉兴小骑士童车有限公司",
            c[2],
            "浙江省嘉兴市南湖区",
            "沈XX",
            "0573-8XXXXXXX",
            "2024-11-08T00:00:00",
            "2025-05-07T00:00:00",
            "320",
            "21.3%",
            "企业报告",
            "2024-11-11T15:40:02",
        ],
        ok(
            R,
            enterprise_name="嘉兴小骑士童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童自行车",
            model="XQS-16、XQS-18",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="辆",
            defect="前叉焊接强度不足",
            date="2024-11-08",
            recalled=320,
        ),
    )
    s.put(
        [
            "XF-ZJ-2024-1118",
            "消费品",
            "电子电器",
            "移动电源",
            "凯能",
            "KN-P10",
            "2024-03至2024-06",
            "26,380",
            "个",
            "责令召回",
            "电芯隔膜存在缺陷",
            "使用中可能起火",
            "退货并退款",
            "嘉兴凯能电子有限公司",
            c[3],
            "浙江省嘉兴市南湖区",
            "朱XX",
            "0573-8XXXXXXX",
            "2024-11-12T00:00:00",
            "2025-11-11T00:00:00",
            "0",
            "0.0%",
            "缺陷调查",
            "2024-11-13T09:05:17",
        ],
        ok(
            R,
            enterprise_name="嘉兴凯能电子有限公司",
            uscc=c[3],
            unit=U,
            product="移动电源",
            model="KN-P10",
            recall_type="责令召回",
            quantity=26380,
            quantity_unit="个",
            defect="电芯隔膜存在缺陷",
            date="2024-11-12",
            recalled=0,
        ),
    )
    # A Xiuzhou producer in the platform's list.
    s.put(
        [
            "XF-ZJ-2024-1121",
            "消费品",
            "家用电器",
            "电热水壶",
            "洪合",
            "HH-1715",
            "2024-02至2024-07",
            "4,200",
            "台",
            "主动召回",
            "温控器触点粘连",
            "干烧，存在烫伤和火灾隐患",
            "免费更换温控器",
            "嘉兴洪合家电有限公司",
            xiuzhou[1],
            "浙江省嘉兴市秀洲区",
            "吴XX",
            "0573-8XXXXXXX",
            "2024-11-15T00:00:00",
            "2025-11-14T00:00:00",
            "1,050",
            "25.0%",
            "企业报告",
            "2024-11-18T11:30:00",
        ],
        no(R),
    )
    s.put(
        [
            "XF-ZJ-2024-1125",
            "消费品",
            "服装鞋帽",
            "儿童连帽卫衣",
            "禾禾",
            "100、110、120、130",
            "2024-05至2024-09",
            "3,360",
            "件",
            "主动召回",
            "帽绳长度超标",
            "可能造成儿童勒伤",
            "免费剪除帽绳或退货",
            "嘉兴禾禾服饰有限公司",
            c[4],
            "浙江省嘉兴市南湖区",
            "钱XX",
            "0573-8XXXXXXX",
            "2024-11-19T00:00:00",
            "2025-02-18T00:00:00",
            "2,016",
            "60.0%",
            "企业报告",
            "2024-11-20T14:22:31",
        ],
        ok(
            R,
            enterprise_name="嘉兴禾禾服饰有限公司",
            uscc=c[4],
            unit=U,
            product="儿童连帽卫衣",
            model="100、110、120、130",
            recall_type="主动召回",
            quantity=3360,
            quantity_unit="件",
            defect="帽绳长度超标",
            date="2024-11-19",
            recalled=2016,
        ),
    )
    s.put(
        [
            "XF-ZJ-2024-1129",
            "消费品",
            "家用电器",
            "电动晾衣架",
            "嘉美",
            "JM-L8",
            "2023-11至2024-10",
            "860",
            "套",
            "主动召回",
            "电机过热保护器失效",
            "电机过热可能引发火灾",
            "免费更换电机组件",
            "嘉兴嘉美智能家居有限公司",
            c[5],
            "浙江省嘉兴市南湖区",
            "张XX",
            "0573-8XXXXXXX",
            "2024-11-22T00:00:00",
            "2025-11-21T00:00:00",
            "215",
            "25.0%",
            "企业报告",
            "2024-11-25T16:08:44",
        ],
        ok(
            R,
            enterprise_name="嘉兴嘉美智能家居有限公司",
            uscc=c[5],
            unit=U,
            product="电动晾衣架",
            model="JM-L8",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="套",
            defect="电机过热保护器失效",
            date="2024-11-22",
            recalled=215,
        ),
    )
    s.put(
        [
            "XF-ZJ-2024-1133",
            "消费品",
            "文教体育用品",
            "儿童滑板车",
            "乐途",
            "LT-S3",
            "2024-04至2024-10",
            "5,400",
            "辆",
            "主动召回",
            "折叠锁扣强度不足",
            "骑行中车把可能折叠，造成摔伤",
            "免费更换锁扣",
            "嘉兴乐途体育用品有限公司",
            c[6],
            "浙江省嘉兴市南湖区",
            "徐XX",
            "0573-8XXXXXXX",
            "2024-11-27T00:00:00",
            "2025-11-26T00:00:00",
            "1,188",
            "22.0%",
            "企业报告",
            "2024-11-28T10:47:19",
        ],
        ok(
            R,
            enterprise_name="嘉兴乐途体育用品有限公司",
            uscc=c[6],
            unit=U,
            product="儿童滑板车",
            model="LT-S3",
            recall_type="主动召回",
            quantity=5400,
            quantity_unit="辆",
            defect="折叠锁扣强度不足",
            date="2024-11-27",
            recalled=1188,
        ),
    )
    for col in "ABCDEFGHIJKLMNOPQRSTUVWX":
        s.ws.column_dimensions[col].width = 16
    return Case(
        "nanhu_2024-11_recall_platform_export.xlsx",
        U,
        "2024-11",
        "缺陷产品召回 platform export on Sheet0: 24 columns from 召回编号 to 发布时间 (品牌, 生产起止日期, "
        "可能导致的后果, 召回措施, 联系人, 召回进度 among them), header in row 1 with no title, the producer far "
        "to the right of the product; 召回开始时间 as 2024-11-05T00:00:00; 涉及数量 and 已召回数量 as text with "
        "thousands separators (12,000); 生产者所在地 浙江省嘉兴市南湖区; a Xiuzhou producer",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def xiuzhou_benchmarking_combined_columns() -> Case:
    """Two fields per column: 企业名称（统一社会信用代码） and 对标标准/对标结果; dates as 12月3号 and 24/12/6."""
    U, c = "秀洲区", Firms("秀洲区", "h5-b-combined")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("秀洲区企业标准对标达标提升行动完成情况（2024年12月）", 7)
    s.put(["填报单位：秀洲区市场监督管理局（盖章）"])
    s.put(
        ["序号", "企业名称（统一社会信用代码）", "所在镇（街道）", "对标产品", "对标标准/对标结果", "完成时间", "备注"],
        bold=True,
    )
    s.widths(6, 44, 14, 20, 30, 16, 14)
    wrap = Alignment(wrap_text=True, vertical="center")
    s.put(
        [1, f"嘉兴市秀洲区新塍电子有限公司（{c[1]}）", "新塍镇", "智能插座", "IEC 60884-1:2022/达到", "2024年12月3号"],
        ok(
            B,
            enterprise_name="嘉兴市秀洲区新塍电子有限公司",
            uscc=c[1],
            unit=U,
            product="智能插座",
            standard_no="IEC 60884-1:2022",
            result="达到",
            date="2024-12-03",
        ),
    )
    # Name and code on two lines of one cell (Alt+Enter), no brackets.
    row = s.put(
        [2, f"浙江王江泾纺织有限公司\n{c[2]}", "王江泾镇", "涤纶仿真丝面料", "ISO 13934-1:2013/优于", "24/12/6"],
        ok(
            B,
            enterprise_name="浙江王江泾纺织有限公司",
            uscc=c[2],
            unit=U,
            product="涤纶仿真丝面料",
            standard_no="ISO 13934-1:2013",
            result="优于",
            date="2024-12-06",
        ),
    )
    s.ws.cell(row=row, column=2).alignment = wrap
    s.put(
        [3, f"嘉兴洪合羊毛衫有限公司({c[3]})", "洪合镇", "羊毛针织衫", "ISO 6330:2021/达到", "2024年12月10号"],
        ok(
            B,
            enterprise_name="嘉兴洪合羊毛衫有限公司",
            uscc=c[3],
            unit=U,
            product="羊毛针织衫",
            standard_no="ISO 6330:2021",
            result="达到",
            date="2024-12-10",
        ),
    )
    # The code inside the brackets mistyped in its last character.
    s.put(
        [
            4,
            f"嘉兴市油车港机械有限公司（{wrong_check(c[4])}）",
            "油车港镇",
            "离心通风机",
            "ISO 5801:2017/达到",
            "24/12/12",
        ],
        no(B),
    )
    s.put(
        [5, f"嘉兴市秀洲区王店家电有限公司（{c[5]}）", "王店镇", "电热水壶", "IEC 60335-2-15:2016/优于", "24/12/18"],
        ok(
            B,
            enterprise_name="嘉兴市秀洲区王店家电有限公司",
            uscc=c[5],
            unit=U,
            product="电热水壶",
            standard_no="IEC 60335-2-15:2016",
            result="优于",
            date="2024-12-18",
        ),
    )
    # The standard and the result on two lines instead of a slash.
    row = s.put(
        [6, f"嘉兴市油车港五金有限公司（{c[6]}）", "油车港镇", "双层保温杯", "EN 12546-1:2000\n达到", "2024年12月20号"],
        ok(
            B,
            enterprise_name="嘉兴市油车港五金有限公司",
            uscc=c[6],
            unit=U,
            product="双层保温杯",
            standard_no="EN 12546-1:2000",
            result="达到",
            date="2024-12-20",
        ),
    )
    s.ws.cell(row=row, column=5).alignment = wrap
    row = s.put(
        [
            7,
            f"嘉兴高照电子科技有限公司\n（{c[7]}）",
            "高照街道",
            "LED驱动电源",
            "IEC 61347-1:2015/达到",
            "24/12/27",
            "第二个对标产品",
        ],
        ok(
            B,
            enterprise_name="嘉兴高照电子科技有限公司",
            uscc=c[7],
            unit=U,
            product="LED驱动电源",
            standard_no="IEC 61347-1:2015",
            result="达到",
            date="2024-12-27",
        ),
    )
    s.ws.cell(row=row, column=2).alignment = wrap
    s.put(
        [
            8,
            f"嘉兴高照电子科技有限公司（{c[7]}）",
            "高照街道",
            "LED平板灯",
            "IEC 60598-2-1:2020/优于",
            "24/12/27",
        ],
        ok(
            B,
            enterprise_name="嘉兴高照电子科技有限公司",
            uscc=c[7],
            unit=U,
            product="LED平板灯",
            standard_no="IEC 60598-2-1:2020",
            result="优于",
            date="2024-12-27",
        ),
    )
    s.put(["合计：6家企业7个产品"])
    s.put(["填报人：", None, "审核人：", None, "联系电话："])
    return Case(
        "xiuzhou_2024-12_benchmarking_combined_columns.xlsx",
        U,
        "2024-12",
        "完成情况 whose columns hold two fields each: 企业名称（统一社会信用代码） (full-width or half-width "
        "brackets, or name and code on two lines of the cell) and 对标标准/对标结果 (a slash or a line break "
        "between); no county column but 所在镇（街道）; 完成时间 as 2024年12月3号 and 24/12/6; a mistyped code "
        "inside the brackets",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


def seal_picture() -> io.BytesIO:
    """A small red seal (PNG) as a scanned 公章 pasted over the sign-off."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    picture = PILImage.new("RGBA", (120, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((4, 4, 116, 116), outline=(220, 30, 30, 255), width=6)
    draw.regular_polygon((60, 60, 20), 5, rotation=90, fill=(220, 30, 30, 255))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


@case
def jiashan_brand_mark_wps_pictures() -> Case:
    """WPS sheet: in-cell pictures (=DISPIMG), a seal picture, comments, sheet protection; 状态（证书编号） combined."""
    from openpyxl.comments import Comment
    from openpyxl.drawing.image import Image

    U, c = "嘉善县", Firms("嘉善县", "h5-p-wps")
    x = XBook()
    s = x.sheet("品字标")
    s.title("嘉善县“品字标”品牌培育和认证企业情况表（2025年2月）", 9)
    header = s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品图片",
            "状态（证书编号）",
            "浙江制造标准",
            "日期",
            "备注",
        ],
        bold=True,
    )
    s.ws.cell(row=header, column=3).comment = Comment("请填写18位统一社会信用代码，字母大写。", "Administrator")
    s.ws.cell(row=header, column=6).comment = Comment("已认证的请在括号内注明证书编号。", "Administrator")
    s.widths(6, 28, 22, 16, 12, 30, 20, 12, 16)

    def picture(n: int) -> str:
        return f'=_xlfn.DISPIMG("ID_{n:04d}7E2C9B1F4A6D8E0C3B5A7F9D1E",1)'

    s.put(
        [
            1,
            "嘉善县丁栅木业有限公司",
            c[1],
            "实木复合地板",
            picture(1),
            "已认证（ZJM-015-2231-2025）",
            "T/ZZB 0512—2018",
            d(2025, 2, 5),
        ],
        ok(
            P,
            enterprise_name="嘉善县丁栅木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木复合地板",
            status="已认证",
            cert_no="ZJM-015-2231-2025",
            standard_no="T/ZZB 0512—2018",
            date="2025-02-05",
        ),
        "yyyy/m/d",
    )
    # A month typed as a decimal number: 2025.2 is February 2025.
    row = s.put(
        [2, "嘉善县姚庄精密机械有限公司", c[2], "精密滚珠丝杠", picture(2), "入库培育", "T/ZZB 2716—2022", 2025.2],
        ok(
            P,
            enterprise_name="嘉善县姚庄精密机械有限公司",
            uscc=c[2],
            unit=U,
            product="精密滚珠丝杠",
            status="入库培育",
            standard_no="T/ZZB 2716—2022",
            date="2025-02-01",
        ),
    )
    s.ws.cell(row=row, column=8).comment = Comment("入库批次为2月，具体日期待省局公布。", "Administrator")
    row = s.put(
        [
            3,
            "浙江嘉善大云光电有限公司",
            c[3],
            "LED平板灯",
            picture(3),
            "已认证\nZJM-006-5387-2025",
            "T/ZZB 1109—2019",
            "2025.2.14",
        ],
        ok(
            P,
            enterprise_name="浙江嘉善大云光电有限公司",
            uscc=c[3],
            unit=U,
            product="LED平板灯",
            status="已认证",
            cert_no="ZJM-006-5387-2025",
            standard_no="T/ZZB 1109—2019",
            date="2025-02-14",
        ),
    )
    s.ws.cell(row=row, column=6).alignment = Alignment(wrap_text=True)
    # No product named yet: the clerk left a dash and a comment.
    row = s.put([4, "嘉善县干窑建材有限公司", c[4], "/", None, "入库培育", None, 2025.2], no(P))
    s.ws.cell(row=row, column=4).comment = Comment("产品名称待企业确认后补报。", "Administrator")
    s.put(
        [5, "嘉善县西塘纽扣有限公司", c[5], "树脂纽扣", picture(5), "入库培育", None, 2025.2],
        ok(
            P,
            enterprise_name="嘉善县西塘纽扣有限公司",
            uscc=c[5],
            unit=U,
            product="树脂纽扣",
            status="入库培育",
            date="2025-02-01",
        ),
    )
    s.put(
        [
            6,
            "嘉善县陶庄酿造有限公司",
            c[6],
            "糯米黄酒",
            picture(6),
            "已认证（ZJM-007-4410-2025）",
            "T/ZZB 0298—2017",
            d(2025, 2, 21),
        ],
        ok(
            P,
            enterprise_name="嘉善县陶庄酿造有限公司",
            uscc=c[6],
            unit=U,
            product="糯米黄酒",
            status="已认证",
            cert_no="ZJM-007-4410-2025",
            standard_no="T/ZZB 0298—2017",
            date="2025-02-21",
        ),
        "yyyy/m/d",
    )
    s.put(
        [
            7,
            "嘉善县魏塘电子有限公司",
            c[7],
            "微型电机",
            picture(7),
            "入库培育",
            "T/ZZB 2531—2021",
            d(2025, 2, 26),
            "新入库",
        ],
        ok(
            P,
            enterprise_name="嘉善县魏塘电子有限公司",
            uscc=c[7],
            unit=U,
            product="微型电机",
            status="入库培育",
            standard_no="T/ZZB 2531—2021",
            date="2025-02-26",
        ),
        "yyyy/m/d",
    )
    s.put(
        [
            8,
            "嘉善县罗星五金制品有限公司",
            c[8],
            "不锈钢合页",
            picture(8),
            "已认证（ZJM-019-2604-2025）",
            "T/ZZB 1873—2020",
            d(2025, 2, 27),
        ],
        ok(
            P,
            enterprise_name="嘉善县罗星五金制品有限公司",
            uscc=c[8],
            unit=U,
            product="不锈钢合页",
            status="已认证",
            cert_no="ZJM-019-2604-2025",
            standard_no="T/ZZB 1873—2020",
            date="2025-02-27",
        ),
        "yyyy/m/d",
    )
    for row in range(header + 1, s.n + 1):
        s.ws.row_dimensions[row].height = 48
    s.put(["合计", "入库培育3家，已认证4家"], bold=True)
    s.blank()
    sign = s.put([None, None, None, None, None, "嘉善县市场监督管理局（盖章）"])
    s.put([None, None, None, None, None, "2025年3月4日"])
    seal = Image(seal_picture())
    seal.width = seal.height = 90
    s.ws.add_image(seal, f"F{sign - 1}")
    s.ws.protection.sheet = True
    s.ws.protection.password = "jsscjg"
    return Case(
        "jiashan_2025-02_brand_mark_wps_pictures.xlsx",
        U,
        "2025-02",
        'WPS 表格 sheet with a 产品图片 column of in-cell pictures (=DISPIMG("ID_…",1)), a seal picture over the '
        "sign-off, comments (批注) on header and data cells, sheet protection; 状态（证书编号） holding the status "
        "and the certificate (已认证（ZJM-…）, or on two lines); 日期 as 2025.2 typed as a number, 2025.2.14 text "
        "and date cells; a product written /",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def haiyan_green_mac_1904() -> Case:
    """Made on a Mac: the 1904 date system; names in rich text (two colours); a note row between the data rows."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    U, c = "海盐县", Firms("海盐县", "h5-g-mac")
    x = XBook()
    x.wb.epoch = CALENDAR_MAC_1904
    s = x.sheet("绿色产品认证")
    s.title("海盐县绿色产品认证获证情况表（2024年10月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "证书编号",
            "发证日期",
            "有效期至",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 14, 18, 16, 18, 12, 12, 16)
    red = InlineFont(color="FFFF0000", b=True)
    f = "yyyy/m/d"
    s.put(
        [
            1,
            "浙江海盐力源环保科技有限公司",
            c[1],
            "海盐县",
            "水性防水涂料",
            "涂料",
            "CGP2410010036",
            d(2024, 10, 8),
            d(2027, 10, 7),
        ],
        ok(
            G,
            enterprise_name="浙江海盐力源环保科技有限公司",
            uscc=c[1],
            unit=U,
            product="水性防水涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2410010036",
            issue_date="2024-10-08",
            valid_until="2027-10-07",
        ),
        f,
    )
    # The name in two colours: the town part typed in red bold (rich text).
    row = s.put(
        [2, None, c[2], "海盐县", "生活用纸", "纸和纸制品", "CGP2410010052", d(2024, 10, 11), d(2027, 10, 10)],
        ok(
            G,
            enterprise_name="海盐县武原纸业有限公司",
            uscc=c[2],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2410010052",
            issue_date="2024-10-11",
            valid_until="2027-10-10",
        ),
        f,
    )
    s.ws.cell(row=row, column=2).value = CellRichText("海盐县", TextBlock(red, "武原"), "纸业有限公司")
    row = s.put(
        [
            3,
            None,
            c[3],
            "海盐县",
            "塑料购物袋",
            "塑料制品",
            "CGP2410010067",
            d(2024, 10, 15),
            d(2027, 10, 14),
            "首次获证",
        ],
        ok(
            G,
            enterprise_name="海盐县通元塑业有限公司",
            uscc=c[3],
            unit=U,
            product="塑料购物袋",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2410010067",
            issue_date="2024-10-15",
            valid_until="2027-10-14",
        ),
        f,
    )
    s.ws.cell(row=row, column=2).value = CellRichText(TextBlock(red, "海盐县通元"), "塑业有限公司")
    note = s.put(["注：以下3家企业为绿色建材产品认证，证书由认证机构按绿色建材评价标识转换颁发。"])
    s.merge(f"A{note}:J{note}")
    s.put(
        [
            4,
            "海盐县沈荡建材有限公司",
            c[4],
            "海盐县",
            "预拌混凝土",
            "绿色建材",
            "CTC2410GB0153",
            d(2024, 10, 17),
            d(2027, 10, 16),
            "三星级",
        ],
        ok(
            G,
            enterprise_name="海盐县沈荡建材有限公司",
            uscc=c[4],
            unit=U,
            product="预拌混凝土",
            category="绿色建材",
            status="已获证",
            cert_no="CTC2410GB0153",
            issue_date="2024-10-17",
            valid_until="2027-10-16",
        ),
        f,
    )
    # A credit code one character short (17 characters).
    s.put(
        [
            5,
            "海盐县秦山门窗有限公司",
            c[5][:12] + c[5][13:],
            "海盐县",
            "断桥铝合金窗",
            "绿色建材",
            "CTC2410GB0168",
            d(2024, 10, 22),
            d(2027, 10, 21),
            "二星级",
        ],
        no(G),
        f,
    )
    s.put(
        [
            6,
            "海盐县百步钢构有限公司",
            c[6],
            "海盐县",
            "轻钢龙骨",
            "绿色建材",
            "CTC2410GB0172",
            d(2024, 10, 24),
            d(2027, 10, 23),
            "二星级",
        ],
        ok(
            G,
            enterprise_name="海盐县百步钢构有限公司",
            uscc=c[6],
            unit=U,
            product="轻钢龙骨",
            category="绿色建材",
            status="已获证",
            cert_no="CTC2410GB0172",
            issue_date="2024-10-24",
            valid_until="2027-10-23",
        ),
        f,
    )
    s.put(
        [
            7,
            "海盐县于城卫浴有限公司",
            c[7],
            "海盐县",
            "坐便器",
            "卫生陶瓷",
            "CGP2410010089",
            d(2024, 10, 29),
            d(2027, 10, 28),
        ],
        ok(
            G,
            enterprise_name="海盐县于城卫浴有限公司",
            uscc=c[7],
            unit=U,
            product="坐便器",
            category="卫生陶瓷",
            status="已获证",
            cert_no="CGP2410010089",
            issue_date="2024-10-29",
            valid_until="2027-10-28",
        ),
        f,
    )
    s.put(["合计", "7家", None, None, None, None, "7张"], bold=True)
    s.put(["填表人：", None, "审核人：", None, None, None, "填报日期：", d(2024, 11, 4)], date_format=f)
    return Case(
        "haiyan_2024-10_green_mac_1904.xlsx",
        U,
        "2024-10",
        "获证情况表 made in Excel for Mac: the workbook on the 1904 date system, so every date cell's serial is 1462 "
        "lower than on Windows; names in rich text (part in red bold); a note row merged across the table between two "
        "groups of rows (绿色建材 certificates, 星级 in 备注); a credit code one character short",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def haining_three_same_html_export() -> Case:
    """A platform's 导出Excel: an .xls that is a web page (an HTML table), codes styled as text, &nbsp; cells."""
    U, c, tongxiang = "海宁市", Firms("海宁市", "h5-t-html"), Firms("桐乡市", "h5-t-html")
    rows: list[list[str]] = []
    expected: list[dict] = []
    text = " style=\"mso-number-format:'\\@'\""

    def put(cells: list[str], expect: dict | None = None) -> None:
        rows.append(cells)
        if expect is not None:
            # Excel opens the page with each table row as one sheet row, on the sheet the page names (x:Name).
            expected.append({"sheet": "三同产品", "row": len(rows), **expect})

    stem = "haining_2024-12_three_same_html_export"
    put(["“三同”企业产品信息导出"])
    put(["查询条件：所属地区=嘉兴市海宁市；声明日期=2024-12-01至2024-12-31"])
    put(["序号", "企业名称", "统一社会信用代码", "所属地区", "产品名称", "产品类别", "声明日期", "是否入驻平台"])
    put(
        ["1", "海宁市许村布艺有限公司", c[1], "嘉兴市海宁市", "沙发布", "一般消费品", "2024-12-03", "是"],
        ok(
            T,
            enterprise_name="海宁市许村布艺有限公司",
            uscc=c[1],
            unit=U,
            product="沙发布",
            category="一般消费品",
            date="2024-12-03",
            on_platform=True,
        ),
    )
    put(
        ["2", "海宁市斜桥榨菜食品有限公司", c[2], "嘉兴市海宁市", "斜桥榨菜", "食品农产品", "2024-12-05", "是"],
        ok(
            T,
            enterprise_name="海宁市斜桥榨菜食品有限公司",
            uscc=c[2],
            unit=U,
            product="斜桥榨菜",
            category="食品农产品",
            date="2024-12-05",
            on_platform=True,
        ),
    )
    put(
        ["3", "海宁市马桥经编有限公司", c[3], "嘉兴市海宁市", "经编蕾丝面料", "一般消费品", "2024-12-09", "否"],
        ok(
            T,
            enterprise_name="海宁市马桥经编有限公司",
            uscc=c[3],
            unit=U,
            product="经编蕾丝面料",
            category="一般消费品",
            date="2024-12-09",
            on_platform=False,
        ),
    )
    # A Tongxiang firm in the export.
    put(
        ["4", "桐乡市洲泉丝绸有限公司", tongxiang[1], "嘉兴市桐乡市", "真丝围巾", "一般消费品", "2024-12-12", "是"],
        no(T),
    )
    put(
        ["5", "海宁市袁花皮件有限公司", c[5], "嘉兴市海宁市", "真皮手袋", "一般消费品", "2024-12-17", ""],
        ok(
            T,
            enterprise_name="海宁市袁花皮件有限公司",
            uscc=c[5],
            unit=U,
            product="真皮手袋",
            category="一般消费品",
            date="2024-12-17",
        ),
    )
    put(
        ["6", "海宁市尖山新能源科技有限公司", c[6], "嘉兴市海宁市", "光伏接线盒", "工业品", "2024-12-20", "否"],
        ok(
            T,
            enterprise_name="海宁市尖山新能源科技有限公司",
            uscc=c[6],
            unit=U,
            product="光伏接线盒",
            category="工业品",
            date="2024-12-20",
            on_platform=False,
        ),
    )
    put(
        ["7", "海宁市长安纺织有限公司", c[7], "嘉兴市海宁市", "涤纶长丝", "工业品", "2024-12-26", "是"],
        ok(
            T,
            enterprise_name="海宁市长安纺织有限公司",
            uscc=c[7],
            unit=U,
            product="涤纶长丝",
            category="工业品",
            date="2024-12-26",
            on_platform=True,
        ),
    )
    put(
        ["8", "海宁市丁桥果蔬专业合作社", c.coop(1), "嘉兴市海宁市", "鲜切果蔬", "食品农产品", "2024-12-30", "是"],
        ok(
            T,
            enterprise_name="海宁市丁桥果蔬专业合作社",
            uscc=c.coop(1),
            unit=U,
            product="鲜切果蔬",
            category="食品农产品",
            date="2024-12-30",
            on_platform=True,
        ),
    )
    put(["导出时间：2025-01-03 09:12:44　共 8 条记录"])
    width = 8
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>三同产品</x:Name>"
        "<x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets>"
        "</x:ExcelWorkbook></xml><![endif]-->",
        "<style>td{border:.5pt solid windowtext;font-size:11pt;}</style>",
        "</head>",
        "<body>",
        '<table border="1" cellspacing="0" cellpadding="0">',
    ]
    for number, cells in enumerate(rows, start=1):
        if len(cells) == 1:
            weight = ' style="font-weight:bold;font-size:14pt"' if number == 1 else ""
            lines.append(f'<tr><td colspan="{width}"{weight}>{cells[0]}</td></tr>')
            continue
        tds = []
        for index, value in enumerate(cells):
            style = text if index == 2 and number > 3 else ""
            tds.append(f"<td{style}>{value or '&nbsp;'}</td>")
        lines.append("<tr>" + "".join(tds) + "</tr>")
    lines += ["</table>", "</body>", "</html>"]
    return Case(
        f"{stem}.xls",
        U,
        "2024-12",
        "三同 platform's 导出Excel: an .xls that is a web page (an HTML table with Excel's office namespaces, "
        "UTF-8), a title row and a 查询条件 row spanning the table, codes styled mso-number-format:\\@, an empty "
        "cell written "
        "&nbsp;, 所属地区 嘉兴市海宁市, 是否入驻平台 是/否, an 导出时间 … 共 8 条记录 footer; a Tongxiang firm",
        True,
        ("\r\n".join(lines) + "\r\n").encode("utf-8"),
        expected,
        holdout_set=5,
    )


@case
def pinghu_benchmarking_county_subtotals() -> Case:
    """Pinghu's return with 港区's firms forwarded below its own: a 小计 per unit, a note row between, 25/3/5 dates."""
    U, c, gangqu = "平湖市", Firms("平湖市", "h5-b-subtotals"), Firms("嘉兴港区", "h5-b-subtotals-gangqu")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("平湖市企业标准对标达标情况汇总表（2025年3月）", 8)
    s.put(["填报单位：平湖市市场监督管理局", None, None, None, None, "填报时间：2025年4月3日"])
    s.put(
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "对标产品", "对标标准", "对标结果", "完成日期"],
        bold=True,
    )
    s.widths(6, 14, 30, 22, 20, 22, 10, 12)
    first = s.put(
        [1, "平湖市", "平湖市当湖箱包有限公司", c[1], "硬壳拉杆箱", "EN 15986:2011", "达到", "25/3/5"],
        ok(
            B,
            enterprise_name="平湖市当湖箱包有限公司",
            uscc=c[1],
            unit=U,
            product="硬壳拉杆箱",
            standard_no="EN 15986:2011",
            result="达到",
            date="2025-03-05",
        ),
    )
    s.put(
        [2, None, "平湖市新仓光电有限公司", c[2], "LED路灯", "IEC 60598-2-3:2002", "优于", "25/3/11"],
        ok(
            B,
            enterprise_name="平湖市新仓光电有限公司",
            uscc=c[2],
            unit=U,
            product="LED路灯",
            standard_no="IEC 60598-2-3:2002",
            result="优于",
            date="2025-03-11",
        ),
    )
    s.put(
        [3, None, "浙江平湖曹桥服装有限公司", c[3], "羽绒服", "EN 12934:1999", "达到", "25/3/14"],
        ok(
            B,
            enterprise_name="浙江平湖曹桥服装有限公司",
            uscc=c[3],
            unit=U,
            product="羽绒服",
            standard_no="EN 12934:1999",
            result="达到",
            date="2025-03-14",
        ),
    )
    s.put(
        [4, None, "平湖市林埭汽配有限公司", c[4], "汽车座椅调角器", "ISO 7970:2017", "达到", d(2025, 3, 20)],
        ok(
            B,
            enterprise_name="平湖市林埭汽配有限公司",
            uscc=c[4],
            unit=U,
            product="汽车座椅调角器",
            standard_no="ISO 7970:2017",
            result="达到",
            date="2025-03-20",
        ),
        "yy/m/d",
    )
    last = s.put(
        [5, None, "平湖市独山港纸业有限公司", c[5], "瓦楞原纸", "EN 643:2014", "优于", "25/3/26"],
        ok(
            B,
            enterprise_name="平湖市独山港纸业有限公司",
            uscc=c[5],
            unit=U,
            product="瓦楞原纸",
            standard_no="EN 643:2014",
            result="优于",
            date="2025-03-26",
        ),
    )
    s.merge(f"B{first}:B{last}")
    s.put([None, "平湖市 小计", "5家", None, "5个"], bold=True)
    note = s.put(["以下企业由嘉兴港区分局报送，一并汇总上报，请市局分送港区。"])
    s.merge(f"A{note}:H{note}")
    first = s.put(
        [6, "嘉兴港区", "嘉兴港区乍浦化工材料有限公司", gangqu[1], "环氧树脂", "ISO 3001:1999", "达到", "25/3/7"],
        no(B),
    )
    last = s.put(
        [7, None, "嘉兴港区海湾新材料有限公司", gangqu[2], "聚碳酸酯粒料", "ISO 7391-2:2006", "达到", "25/3/19"],
        no(B),
    )
    s.merge(f"B{first}:B{last}")
    s.put([None, "嘉兴港区 小计", "2家", None, "2个"], bold=True)
    s.put([None, "合计", "7家", None, "7个"], bold=True)
    s.put(["填表人：", None, None, "审核人：", None, "联系电话："])
    return Case(
        "pinghu_2025-03_benchmarking_county_subtotals.xlsx",
        U,
        "2025-03",
        "汇总表 holding two units: Pinghu's rows, then a note row (以下企业由嘉兴港区分局报送…) and 港区's rows, "
        "the county merged down over each group, a 小计 per unit (平湖市 小计 / 嘉兴港区 小计) in the county column "
        "and a 合计; "
        "完成日期 as 25/3/5 text and a yy/m/d date cell; 港区's rows are another unit's",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


class PhysicalLines(Lines):
    """A text return whose cells may hold line breaks: a row is the line its record starts on."""

    def __init__(self, stem: str):
        super().__init__(stem)
        self.next_line = 1

    def put(self, cells: list, expect: dict | None = None) -> int:
        start = self.next_line
        self.lines.append(["" if v is None else str(v) for v in cells])
        self.next_line += 1 + sum(str(v).count("\n") for v in cells if v is not None)
        if expect is not None:
            self.rows.append({"sheet": self.stem, "row": start, **expect})
        return start


@case
def tongxiang_recall_multiline() -> Case:
    """CSV saved from Excel with line breaks inside quoted cells, a sep=, first line, tab-prefixed codes."""
    U, c, haining = "桐乡市", Firms("桐乡市", "h5-r-multiline"), Firms("海宁市", "h5-r-multiline")
    stem = "tongxiang_2024-06_recall_multiline"
    t = PhysicalLines(stem)
    t.put(["sep=,"])
    t.put(["桐乡市缺陷产品召回情况月报（2024年6月）"])
    t.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "召回日期",
            "已召回数量",
            "存在的缺陷",
        ]
    )
    t.put(
        [
            1,
            "桐乡市濮院\n针织有限公司",
            "\t" + c[1],
            "桐乡市",
            "儿童毛衣",
            "TX-100\nTX-120",
            "主动召回",
            2400,
            "件",
            "2024/6/3",
            1800,
            "1.纽扣拉力不足\n2.领口抽绳过长",
        ],
        ok(
            R,
            enterprise_name="桐乡市濮院针织有限公司",
            uscc=c[1],
            unit=U,
            product="儿童毛衣",
            model="TX-100 TX-120",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="件",
            date="2024-06-03",
            recalled=1800,
            defect="1.纽扣拉力不足 2.领口抽绳过长",
        ),
    )
    # The recall date pasted as an Excel serial number (45455 is 2024-06-12).
    t.put(
        [
            2,
            "桐乡市崇福电器有限公司",
            "\t" + c[2],
            "桐乡市",
            "暖风机",
            "CF-2000",
            "主动召回",
            860,
            "台",
            serial(2024, 6, 12),
            430,
            "温控器失效，可能过热",
        ],
        ok(
            R,
            enterprise_name="桐乡市崇福电器有限公司",
            uscc=c[2],
            unit=U,
            product="暖风机",
            model="CF-2000",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="台",
            date="2024-06-12",
            recalled=430,
            defect="温控器失效，可能过热",
        ),
    )
    # A Haining producer typed into Tongxiang's return.
    t.put(
        [
            3,
            "海宁市许村窗帘有限公司",
            "\t" + haining[1],
            "海宁市",
            "儿童房窗帘",
            "XC-01",
            "主动召回",
            1200,
            "套",
            "2024/6/14",
            None,
            "拉绳未设安全装置，\n存在勒伤风险",
        ],
        no(R),
    )
    t.put(
        [
            4,
            "桐乡市梧桐童车有限公司",
            "\t" + c[3],
            "桐乡市",
            "婴儿推车",
            "WT-3\nWT-5\nWT-7",
            "责令召回",
            3150,
            "辆",
            "2024年6月18号",
            900,
            "刹车装置在坡道上可能失效",
        ],
        ok(
            R,
            enterprise_name="桐乡市梧桐童车有限公司",
            uscc=c[3],
            unit=U,
            product="婴儿推车",
            model="WT-3 WT-5 WT-7",
            recall_type="责令召回",
            quantity=3150,
            quantity_unit="辆",
            date="2024-06-18",
            recalled=900,
            defect="刹车装置在坡道上可能失效",
        ),
    )
    t.put(
        [
            5,
            "桐乡市乌镇灯饰有限公司",
            "\t" + c[4],
            "桐乡市",
            "LED台灯",
            "WZ-T8",
            "主动召回",
            5000,
            "只",
            "2024/6/21",
            2600,
            "电源适配器爬电距离不足，\n存在触电风险",
        ],
        ok(
            R,
            enterprise_name="桐乡市乌镇灯饰有限公司",
            uscc=c[4],
            unit=U,
            product="LED台灯",
            model="WZ-T8",
            recall_type="主动召回",
            quantity=5000,
            quantity_unit="只",
            date="2024-06-21",
            recalled=2600,
            defect="电源适配器爬电距离不足，存在触电风险",
        ),
    )
    t.put(
        [
            6,
            "桐乡市石门\n家居用品有限公司",
            "\t" + c[5],
            "桐乡市石门镇",
            "电热毯",
            "SM-150",
            "主动召回",
            640,
            "条",
            "2024/6/27",
            640,
            "过热保护失效",
        ],
        ok(
            R,
            enterprise_name="桐乡市石门家居用品有限公司",
            uscc=c[5],
            unit=U,
            product="电热毯",
            model="SM-150",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="条",
            date="2024-06-27",
            recalled=640,
            defect="过热保护失效",
        ),
    )
    t.put(["合计", None, None, None, None, None, None, 12050])
    return Case(
        f"{stem}.csv",
        U,
        "2024-06",
        "CSV saved from Excel (GB18030) whose first line is sep=,; cells typed with Alt+Enter kept as quoted cells "
        "over several lines (a name broken between two Chinese characters, models one a line, a numbered defect "
        "list), so records span lines; codes with a tab before them (as system exports write them to keep Excel from "
        "rounding); "
        "召回日期 as 2024/6/3, an Excel serial (45455) and 2024年6月18号; a Haining producer",
        True,
        t.text().encode("gb18030"),
        t.rows,
        holdout_set=5,
    )


@case
def jingkai_green_combined_xls() -> Case:
    """Excel 97-2003, protected: 获证产品（产品类别） and 证书编号（发证日期） combined; 属地 written as the bureau."""
    U, c, nanhu = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h5-g-xls"), Firms("南湖区", "h5-g-xls-nanhu")
    x = XlsBook()
    s = x.sheet("绿色产品认证")
    ws = s.ws
    ws.protect = True
    ws.password = "jkfj2024"
    ws.write_merge(0, 0, 0, 7, "嘉兴经济技术开发区绿色产品认证情况（2024年9月）")
    ws.write_merge(1, 1, 0, 4, "填报单位：嘉兴市市场监督管理局经济技术开发区分局")
    ws.write_merge(1, 1, 5, 7, "填报日期：2024年10月8日")
    for col, text in enumerate(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "属地",
            "获证产品（产品类别）",
            "证书编号（发证日期）",
            "有效期至",
            "备注",
        ]
    ):
        ws.write(2, col, text)
    s.n = 3
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "嘉兴经开绿能新材料有限公司",
            c[1],
            "经开分局",
            "水性涂料（涂料）",
            "CGP2409050018（2024.9.3）",
            d(2027, 9, 2),
        ],
        ok(
            G,
            enterprise_name="嘉兴经开绿能新材料有限公司",
            uscc=c[1],
            unit=U,
            product="水性涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2409050018",
            issue_date="2024-09-03",
            valid_until="2027-09-02",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市城南纸制品有限公司",
            c[2],
            "嘉兴市市场监督管理局经济技术开发区分局",
            "纸巾纸（纸和纸制品）",
            "CGP2409050027（2024.9.9）",
            "2027.9.8",
        ],
        ok(
            G,
            enterprise_name="嘉兴市城南纸制品有限公司",
            uscc=c[2],
            unit=U,
            product="纸巾纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2409050027",
            issue_date="2024-09-09",
            valid_until="2027-09-08",
        ),
    )
    # Still being coached: no certificate yet.
    s.put(
        [
            3,
            "嘉兴经开家居用品有限公司",
            c[3],
            "经开分局",
            "刨花板（人造板和木质地板）",
            "/",
            "/",
            "培育中，预计11月获证",
        ],
        ok(
            G,
            enterprise_name="嘉兴经开家居用品有限公司",
            uscc=c[3],
            unit=U,
            product="刨花板",
            category="人造板和木质地板",
            status="培育中",
        ),
    )
    # A Nanhu firm, its 属地 written as Nanhu's bureau.
    s.put(
        [
            4,
            "嘉兴市南湖区凤桥板材有限公司",
            nanhu[1],
            "南湖分局",
            "细木工板（人造板和木质地板）",
            "CGP2409050034（2024.9.12）",
            d(2027, 9, 11),
        ],
        no(G),
        f,
    )
    s.put(
        [
            5,
            "嘉兴经开包装材料有限公司",
            c[5],
            "经开分局",
            "塑料包装膜（塑料制品）",
            "CGP2409050041（2024年9月20号）",
            d(2027, 9, 19),
        ],
        ok(
            G,
            enterprise_name="嘉兴经开包装材料有限公司",
            uscc=c[5],
            unit=U,
            product="塑料包装膜",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2409050041",
            issue_date="2024-09-20",
            valid_until="2027-09-19",
        ),
        f,
    )
    s.put(
        [6, "嘉兴经开日化有限公司", c[6], "经开区", "洗衣液（洗涤用品）", "CGP2409050056（2024.9.25）", "2027.9.24"],
        ok(
            G,
            enterprise_name="嘉兴经开日化有限公司",
            uscc=c[6],
            unit=U,
            product="洗衣液",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2409050056",
            issue_date="2024-09-25",
            valid_until="2027-09-24",
        ),
    )
    s.put(
        [
            7,
            "嘉兴经开家具制造有限公司",
            c[7],
            "经开分局",
            "办公椅（家具）",
            "CGP2409050063（2024.9.27）",
            d(2027, 9, 26),
        ],
        ok(
            G,
            enterprise_name="嘉兴经开家具制造有限公司",
            uscc=c[7],
            unit=U,
            product="办公椅",
            category="家具",
            status="已获证",
            cert_no="CGP2409050063",
            issue_date="2024-09-27",
            valid_until="2027-09-26",
        ),
        f,
    )
    s.put(["合计", "获证企业5家，证书5张；培育企业1家"])
    s.put(["填表人：", None, None, "审核人：", None, "联系电话："])
    return Case(
        "jingkai_2024-09_green_combined.xls",
        U,
        "2024-09",
        "Excel 97-2003 sheet under protection with a merged title block; two fields per column: "
        "获证产品（产品类别） and 证书编号（发证日期） (2024.9.3, 2024年9月20号 inside the brackets); 属地 written "
        "as the bureau (经开分局, 嘉兴市市场监督管理局经济技术开发区分局, 经开区); a row still in 培育 with / for the "
        "certificate; 有效期至 as date cells and 2027.9.8 text; a Nanhu firm under 南湖分局",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def gangqu_three_same_ticks_bureau() -> Case:
    """WPS's three default sheets with the return on Sheet2; ✔/✘ ticks; 填报单位 as the bureau; a letter O in a code."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h5-t-ticks")
    x = XBook()
    x.sheet("Sheet1")
    s = x.sheet("Sheet2")
    x.sheet("Sheet3")
    x.wb.active = 1
    s.title("嘉兴港区“三同”产品情况（2024年8月）", 8)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "填报单位", "产品名称", "产品类别", "声明日期", "入驻平台"],
        bold=True,
    )
    s.widths(6, 30, 22, 26, 18, 12, 18, 10)
    s.put(
        [1, "浙江乍浦食品有限公司", c[1], "港区分局", "速冻虾仁", "食品农产品", "2024 年 8 月 6 日", "✔"],
        ok(
            T,
            enterprise_name="浙江乍浦食品有限公司",
            uscc=c[1],
            unit=U,
            product="速冻虾仁",
            category="食品农产品",
            date="2024-08-06",
            on_platform=True,
        ),
    )
    # The clerk typed the letter O for the zero in the region code (33O482): a code has no letter O.
    s.put(
        [
            2,
            "嘉兴港区海盛服饰有限公司",
            c[2].replace("330482", "33O482"),
            "港区分局",
            "针织T恤",
            "一般消费品",
            d(2024, 8, 9),
            "✘",
        ],
        ok(
            T,
            enterprise_name="嘉兴港区海盛服饰有限公司",
            uscc=c[2],
            unit=U,
            product="针织T恤",
            category="一般消费品",
            date="2024-08-09",
            on_platform=False,
        ),
        'yyyy"年"m"月"d"日"',
    )
    s.put(
        [
            3,
            "嘉兴港区新润化工有限公司",
            c[3],
            "嘉兴市市场监督管理局港区分局",
            "水性丙烯酸乳液",
            "工业品",
            "2024-8-14",
            "✓",
        ],
        ok(
            T,
            enterprise_name="嘉兴港区新润化工有限公司",
            uscc=c[3],
            unit=U,
            product="水性丙烯酸乳液",
            category="工业品",
            date="2024-08-14",
            on_platform=True,
        ),
    )
    # The credit code not known yet.
    s.put([4, "嘉兴港区乍浦塑料制品有限公司", "/", "港区分局", "塑料收纳箱", "一般消费品", "2024-8-16", "✗"], no(T))
    s.put(
        [5, "嘉兴港区独山渔业专业合作社", c.coop(1), "港区分局", "冷冻带鱼", "食品农产品", "2024 年 8 月 21 日", "✔"],
        ok(
            T,
            enterprise_name="嘉兴港区独山渔业专业合作社",
            uscc=c.coop(1),
            unit=U,
            product="冷冻带鱼",
            category="食品农产品",
            date="2024-08-21",
            on_platform=True,
        ),
    )
    s.put(
        [6, "浙江嘉港新材料科技有限公司", c[4], "港区分局", "聚酯切片", "工业品", d(2024, 8, 26), "✗"],
        ok(
            T,
            enterprise_name="浙江嘉港新材料科技有限公司",
            uscc=c[4],
            unit=U,
            product="聚酯切片",
            category="工业品",
            date="2024-08-26",
            on_platform=False,
        ),
        'yyyy"年"m"月"d"日"',
    )
    s.put(
        [7, "嘉兴港区乍浦家纺有限公司", c[5], "港区分局", "纯棉毛巾", "一般消费品", "2024 年 8 月 29 日", "✔"],
        ok(
            T,
            enterprise_name="嘉兴港区乍浦家纺有限公司",
            uscc=c[5],
            unit=U,
            product="纯棉毛巾",
            category="一般消费品",
            date="2024-08-29",
            on_platform=True,
        ),
    )
    s.put(["说明：入驻平台栏“✔”表示已入驻“三同”公共服务平台，“✘”或“✗”表示未入驻。"])
    return Case(
        "gangqu_2024-08_three_same_ticks_bureau.xlsx",
        U,
        "2024-08",
        "WPS workbook with its three default sheets, the return on Sheet2 between an empty Sheet1 and Sheet3; 入驻平台 "
        "as ✔/✓ and ✘/✗; 填报单位 as the bureau (港区分局, 嘉兴市市场监督管理局港区分局); 声明日期 typed with spaces "
        "(2024 年 8 月 6 日), as 2024-8-14 and as date cells; a letter O typed for a zero in a credit code; a code /",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def nanhu_brand_mark_colour_legend() -> Case:
    """Rows shaded by kind with a legend above: yellow 入库, green 获证, grey 已退出培育库 (not counted)."""
    from openpyxl.styles import PatternFill

    U, c = "南湖区", Firms("南湖区", "h5-p-colours")
    yellow, green, grey = (PatternFill("solid", fgColor=colour) for colour in ("FFFFFF00", "FF92D050", "FFBFBFBF"))
    x = XBook()
    s = x.sheet("品字标企业")
    s.title("南湖区“品字标”品牌企业名单（2025年1月）", 8)
    legend = s.put(
        ["说明：黄色底纹为本月新入库培育企业，绿色底纹为本月新获证企业，灰色底纹为已退出培育库企业（不计入本月数）。"]
    )
    s.merge(f"A{legend}:H{legend}")
    for col, fill in ((2, yellow), (4, green), (6, grey)):
        s.ws.cell(row=legend + 1, column=col).fill = fill
    s.put([None, None, "入库培育", None, "已认证", None, "已退出"])
    header = s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在街道（镇）",
            "产品名称",
            "浙江制造标准编号",
            "证书编号",
            "入库/获证时间",
        ],
        bold=True,
    )
    s.ws.freeze_panes = f"A{header + 1}"
    s.widths(6, 30, 22, 14, 20, 20, 22, 16)
    f = "yyyy.m.d"

    def shade(row: int, fill: PatternFill) -> None:
        for col in range(1, 9):
            s.ws.cell(row=row, column=col).fill = fill

    rows = [
        (
            yellow,
            [1, "嘉兴市七星压缩机配件有限公司", c[1], "七星街道", "压缩机曲轴", "T/ZZB 2145—2021", None, d(2025, 1, 6)],
            ok(
                P,
                enterprise_name="嘉兴市七星压缩机配件有限公司",
                uscc=c[1],
                unit=U,
                product="压缩机曲轴",
                status="入库培育",
                standard_no="T/ZZB 2145—2021",
                date="2025-01-06",
            ),
        ),
        (
            green,
            [
                2,
                "浙江南湖特种钢管有限公司",
                c[2],
                "大桥镇",
                "精密冷拔钢管",
                "T/ZZB 0873—2019",
                "ZJM-021-1187-2025",
                d(2025, 1, 9),
            ],
            ok(
                P,
                enterprise_name="浙江南湖特种钢管有限公司",
                uscc=c[2],
                unit=U,
                product="精密冷拔钢管",
                status="已认证",
                standard_no="T/ZZB 0873—2019",
                cert_no="ZJM-021-1187-2025",
                date="2025-01-09",
            ),
        ),
        (
            yellow,
            [3, "嘉兴市凤桥水蜜桃食品有限公司", c[3], "凤桥镇", "水蜜桃罐头", None, None, d(2025, 1, 10)],
            ok(
                P,
                enterprise_name="嘉兴市凤桥水蜜桃食品有限公司",
                uscc=c[3],
                unit=U,
                product="水蜜桃罐头",
                status="入库培育",
                date="2025-01-10",
            ),
        ),
        # Grey: left the cultivation pool; the legend says it is not counted.
        (
            grey,
            [4, "嘉兴市余新五金工具有限公司", c[4], "余新镇", "扭力扳手", "T/ZZB 1562—2020", None, d(2025, 1, 13)],
            no(P),
        ),
        (
            green,
            [
                5,
                "嘉兴南湖智能电器有限公司",
                c[5],
                "新丰镇",
                "电热水器",
                "T/ZZB 0427—2018",
                "ZJM-006-5402-2025",
                d(2025, 1, 16),
            ],
            ok(
                P,
                enterprise_name="嘉兴南湖智能电器有限公司",
                uscc=c[5],
                unit=U,
                product="电热水器",
                status="已认证",
                standard_no="T/ZZB 0427—2018",
                cert_no="ZJM-006-5402-2025",
                date="2025-01-16",
            ),
        ),
        (
            yellow,
            [6, "嘉兴市南湖区东栅电子有限公司", c[6], "东栅街道", "片式电感", "T/ZZB 2688—2022", None, d(2025, 1, 21)],
            ok(
                P,
                enterprise_name="嘉兴市南湖区东栅电子有限公司",
                uscc=c[6],
                unit=U,
                product="片式电感",
                status="入库培育",
                standard_no="T/ZZB 2688—2022",
                date="2025-01-21",
            ),
        ),
        (
            green,
            [
                7,
                "嘉兴市解放塑胶制品有限公司",
                c[7],
                "解放街道",
                "PPR给水管",
                "T/ZZB 0211—2017",
                "ZJM-019-2651-2025",
                d(2025, 1, 24),
            ],
            ok(
                P,
                enterprise_name="嘉兴市解放塑胶制品有限公司",
                uscc=c[7],
                unit=U,
                product="PPR给水管",
                status="已认证",
                standard_no="T/ZZB 0211—2017",
                cert_no="ZJM-019-2651-2025",
                date="2025-01-24",
            ),
        ),
        (
            yellow,
            [8, "嘉兴市建设家具有限公司", c[8], "建设街道", "实木办公桌", "T/ZZB 1290—2019", None, d(2025, 1, 27)],
            ok(
                P,
                enterprise_name="嘉兴市建设家具有限公司",
                uscc=c[8],
                unit=U,
                product="实木办公桌",
                status="入库培育",
                standard_no="T/ZZB 1290—2019",
                date="2025-01-27",
            ),
        ),
    ]
    for fill, cells, expect in rows:
        shade(s.put(cells, expect, f), fill)
    s.put(["合计", "入库4家，获证3家"], bold=True)
    return Case(
        "nanhu_2025-01_brand_mark_colour_legend.xlsx",
        U,
        "2025-01",
        "品牌企业名单 with no status column: rows shaded yellow (入库培育), green (已认证) or grey (已退出培育库, "
        "不计入) as a legend line and a row of coloured swatches above the header explain; 所在街道（镇） instead "
        "of a county column; dates shown 2025.1.6; a grey row",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def haiyan_recall_online_form() -> Case:
    """金山文档 收集表 export the city shares with every county: 提交时间/提交者, numbered questions, A./B. answers."""
    U, c, haining = "海盐县", Firms("海盐县", "h5-r-form"), Firms("海宁市", "h5-r-form")
    x = XBook()
    s = x.sheet("收集结果")
    s.put(
        [
            "提交时间",
            "提交者",
            "1. 填报单位",
            "2. 生产者名称（必填）",
            "3. 统一社会信用代码（必填）",
            "4. 召回产品名称",
            "5. 型号规格",
            "6. 召回类型",
            "7. 涉及数量",
            "8. 计量单位",
            "9. 召回开始日期",
            "10. 存在的缺陷",
            "11. 已召回数量",
        ],
        bold=True,
    )
    s.ws.freeze_panes = "A2"
    s.widths(20, 16, 22, 30, 24, 16, 16, 14, 10, 10, 14, 36, 12)
    s.put(
        [
            "2025/04/08 16:21:33",
            "海盐县局-王XX",
            "海盐县市场监督管理局",
            "海盐县武原电器有限公司",
            c[1],
            "取暖器",
            "WY-NF20",
            "A.主动召回",
            1320,
            "台",
            "2025-04-03",
            "倾倒开关失灵，存在火灾隐患",
            600,
        ],
        ok(
            R,
            enterprise_name="海盐县武原电器有限公司",
            uscc=c[1],
            unit=U,
            product="取暖器",
            model="WY-NF20",
            recall_type="主动召回",
            quantity=1320,
            quantity_unit="台",
            date="2025-04-03",
            defect="倾倒开关失灵，存在火灾隐患",
            recalled=600,
        ),
    )
    # Another county's clerk filled the same shared form.
    s.put(
        [
            "2025/04/09 09:02:15",
            "海宁市局-李XX",
            "海宁市市场监督管理局",
            "海宁市斜桥电器有限公司",
            haining[1],
            "电热水袋",
            "XQ-1",
            "A.主动召回",
            5000,
            "个",
            "2025-04-07",
            "袋体焊缝强度不足，可能漏液烫伤",
            None,
        ],
        no(R),
    )
    s.put(
        [
            "2025/04/10 10:45:51",
            "海盐县局-王XX",
            "海盐县市场监督管理局",
            "海盐县通元童车有限公司",
            c[2],
            "儿童三轮车",
            "TY-301、TY-302",
            "B.责令召回",
            2160,
            "辆",
            "2025-04-09",
            "推杆锁定机构失效，存在夹伤风险",
            None,
        ],
        ok(
            R,
            enterprise_name="海盐县通元童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童三轮车",
            model="TY-301、TY-302",
            recall_type="责令召回",
            quantity=2160,
            quantity_unit="辆",
            date="2025-04-09",
            defect="推杆锁定机构失效，存在夹伤风险",
        ),
    )
    s.put(
        [
            "2025/04/14 14:03:27",
            "海盐县局-王XX",
            "海盐县市场监督管理局",
            "海盐县澉浦灯具有限公司",
            c[3],
            "LED应急灯",
            "GP-E8",
            "A. 主动召回",
            780,
            "只",
            "2025-04-11",
            "电池过充保护缺失",
            780,
        ],
        ok(
            R,
            enterprise_name="海盐县澉浦灯具有限公司",
            uscc=c[3],
            unit=U,
            product="LED应急灯",
            model="GP-E8",
            recall_type="主动召回",
            quantity=780,
            quantity_unit="只",
            date="2025-04-11",
            defect="电池过充保护缺失",
            recalled=780,
        ),
    )
    # The quantity not known at the time of filling.
    s.put(
        [
            "2025/04/16 11:18:09",
            "海盐县局-王XX",
            "海盐县市场监督管理局",
            "海盐县沈荡五金有限公司",
            c[4],
            "折叠梯",
            "SD-5",
            "A.主动召回",
            "待统计",
            "架",
            "2025-04-15",
            "锁止铰链可能断裂",
            None,
        ],
        no(R),
    )
    s.put(
        [
            "2025/04/22 15:36:40",
            "海盐县局-王XX",
            "海盐县",
            "海盐县百步童装有限公司",
            c[5],
            "儿童连衣裙",
            "90-130",
            "A.主动召回",
            1890,
            "件",
            "2025-04-18",
            "装饰亮片易脱落",
            1200,
        ],
        ok(
            R,
            enterprise_name="海盐县百步童装有限公司",
            uscc=c[5],
            unit=U,
            product="儿童连衣裙",
            model="90-130",
            recall_type="主动召回",
            quantity=1890,
            quantity_unit="件",
            date="2025-04-18",
            defect="装饰亮片易脱落",
            recalled=1200,
        ),
    )
    s.put(
        [
            "2025/04/25 08:59:02",
            "海盐县局-王XX",
            "海盐县市场监督管理局",
            "海盐县于城电子有限公司",
            c[6],
            "电动牙刷",
            "YC-T3",
            "A.主动召回",
            3400,
            "支",
            "2025-04-23",
            "充电底座绝缘不足",
            950,
        ],
        ok(
            R,
            enterprise_name="海盐县于城电子有限公司",
            uscc=c[6],
            unit=U,
            product="电动牙刷",
            model="YC-T3",
            recall_type="主动召回",
            quantity=3400,
            quantity_unit="支",
            date="2025-04-23",
            defect="充电底座绝缘不足",
            recalled=950,
        ),
    )
    s.put(
        [
            "2025/04/28 17:12:55",
            "海盐县局-王XX",
            "海盐县市场监督管理局",
            "浙江海盐秦山塑业有限公司",
            c[7],
            "儿童水杯",
            "QS-350",
            "A.主动召回",
            6000,
            "个",
            "2025-04-25",
            "吸管组件易脱落，存在窒息风险",
            2400,
        ],
        ok(
            R,
            enterprise_name="浙江海盐秦山塑业有限公司",
            uscc=c[7],
            unit=U,
            product="儿童水杯",
            model="QS-350",
            recall_type="主动召回",
            quantity=6000,
            quantity_unit="个",
            date="2025-04-25",
            defect="吸管组件易脱落，存在窒息风险",
            recalled=2400,
        ),
    )
    return Case(
        "haiyan_2025-04_recall_online_form.xlsx",
        U,
        "2025-04",
        "金山文档 收集表 export of the form the city shares with every county: 提交时间 and 提交者 first, the "
        "questions numbered (2. 生产者名称（必填）, 7. 涉及数量 …), choices answered with their option letter "
        "(A.主动召回, B.责令召回, A. 主动召回); 填报单位 as the bureau (海盐县市场监督管理局); a row a Haining clerk "
        "submitted; 待统计",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def haining_recall_units_row() -> Case:
    """月报 with a row of units under the header (台 under 涉及数量 and 已召回数量); text numbers with separators."""
    U, c = "海宁市", Firms("海宁市", "h5-r-units")
    x = XBook()
    s = x.sheet("召回月报")
    s.title("海宁市缺陷产品召回情况月报（2025年3月）", 9)
    s.put(["报送单位：海宁市市场监督管理局质量发展科", None, None, None, None, None, "报送日期：2025年4月2日"])
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回方式",
            "涉及数量",
            "已召回数量",
            "召回日期",
            "缺陷情况",
        ],
        bold=True,
    )
    s.put(["—", "—", "—", "—", "—", "—", "台", "台", "年/月/日", "—"], bold=True)
    s.widths(6, 28, 22, 14, 16, 10, 10, 10, 12, 34)
    f = "yyyy/m/d"
    s.put(
        [
            1,
            "海宁市硖石电器有限公司",
            c[1],
            "吸尘器",
            "XS-V12",
            "主动召回",
            "1,500",
            "1,020",
            d(2025, 3, 4),
            "电池包过热",
        ],
        ok(
            R,
            enterprise_name="海宁市硖石电器有限公司",
            uscc=c[1],
            unit=U,
            product="吸尘器",
            model="XS-V12",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="台",
            recalled=1020,
            date="2025-03-04",
            defect="电池包过热",
        ),
        f,
    )
    s.put(
        [
            2,
            "海宁市海昌空调设备有限公司",
            c[2],
            "移动空调",
            "HC-26",
            "主动召回",
            "２，０００",
            "３５０",
            d(2025, 3, 7),
            "排水泵漏电",
        ],
        ok(
            R,
            enterprise_name="海宁市海昌空调设备有限公司",
            uscc=c[2],
            unit=U,
            product="移动空调",
            model="HC-26",
            recall_type="主动召回",
            quantity=2000,
            quantity_unit="台",
            recalled=350,
            date="2025-03-07",
            defect="排水泵漏电",
        ),
        f,
    )
    s.put(
        [
            3,
            "海宁市盐官厨具有限公司",
            c[3],
            "电磁炉",
            "YG-2100",
            "责令召回",
            12600,
            "4,800",
            d(2025, 3, 12),
            "线圈盘固定不牢，可能短路",
        ],
        ok(
            R,
            enterprise_name="海宁市盐官厨具有限公司",
            uscc=c[3],
            unit=U,
            product="电磁炉",
            model="YG-2100",
            recall_type="责令召回",
            quantity=12600,
            quantity_unit="台",
            recalled=4800,
            date="2025-03-12",
            defect="线圈盘固定不牢，可能短路",
        ),
        f,
    )
    # The producer's credit code left empty.
    s.put(
        [
            4,
            "海宁市周王庙电机有限公司",
            None,
            "落地扇",
            "ZW-40",
            "主动召回",
            "3,200",
            None,
            d(2025, 3, 17),
            "摇头齿轮断裂",
        ],
        no(R),
        f,
    )
    s.put(
        [5, "海宁市袁花照明电器有限公司", c[5], "台灯", "YH-L6", "主动召回", 760, 760, d(2025, 3, 20), "灯头绝缘不足"],
        ok(
            R,
            enterprise_name="海宁市袁花照明电器有限公司",
            uscc=c[5],
            unit=U,
            product="台灯",
            model="YH-L6",
            recall_type="主动召回",
            quantity=760,
            quantity_unit="台",
            recalled=760,
            date="2025-03-20",
            defect="灯头绝缘不足",
        ),
        f,
    )
    s.put(
        [
            6,
            "海宁市长安暖通设备有限公司",
            c[6],
            "油汀取暖器",
            "CA-13",
            "主动召回",
            "2,350",
            "1,100",
            d(2025, 3, 25),
            "温控开关触点熔焊",
        ],
        ok(
            R,
            enterprise_name="海宁市长安暖通设备有限公司",
            uscc=c[6],
            unit=U,
            product="油汀取暖器",
            model="CA-13",
            recall_type="主动召回",
            quantity=2350,
            quantity_unit="台",
            recalled=1100,
            date="2025-03-25",
            defect="温控开关触点熔焊",
        ),
        f,
    )
    s.put(
        [
            7,
            "海宁市许村智能家居有限公司",
            c[7],
            "电动窗帘电机",
            "XC-M2",
            "主动召回",
            "980",
            "0",
            d(2025, 3, 28),
            "遇阻不停机，可能夹伤",
        ],
        ok(
            R,
            enterprise_name="海宁市许村智能家居有限公司",
            uscc=c[7],
            unit=U,
            product="电动窗帘电机",
            model="XC-M2",
            recall_type="主动召回",
            quantity=980,
            quantity_unit="台",
            recalled=0,
            date="2025-03-28",
            defect="遇阻不停机，可能夹伤",
        ),
        f,
    )
    s.put(["合计", "7起", None, None, None, None, "23,390", "8,030"], bold=True)
    return Case(
        "haining_2025-03_recall_units_row.xlsx",
        U,
        "2025-03",
        "召回月报 with a row of units under the header (— … 台 | 台 | 年/月/日 …), so 涉及数量 and 已召回数量 carry "
        "their unit only there; numbers as text with thousands separators (1,500, ２，０００ in full-width) and as "
        "numbers; 召回方式 for 召回类型, 缺陷情况 for the defect; a row with no credit code",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


@case
def tongxiang_benchmarking_checkbox_options() -> Case:
    """对标结果 printed as its options with a box ticked (☑达到 □优于); 对标标准 before 产品; no county column."""
    U, c = "桐乡市", Firms("桐乡市", "h5-b-boxes")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("桐乡市企业标准对标达标情况登记表（2024年11月）", 7)
    s.put(["填报单位（盖章）：桐乡市市场监督管理局", None, None, None, "填报日期：2024年12月4日"])
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "对标的国际（国外）先进标准", "对标产品", "对标结果", "完成日期"],
        bold=True,
    )
    s.widths(6, 30, 22, 28, 20, 18, 16)
    f = 'yyyy"年"m"月"d"日"'
    s.put(
        ["一", "桐乡市濮院毛针织有限公司", c[1], "ISO 3759:2011", "羊毛针织开衫", "☑达到 □优于", d(2024, 11, 4)],
        ok(
            B,
            enterprise_name="桐乡市濮院毛针织有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛针织开衫",
            standard_no="ISO 3759:2011",
            result="达到",
            date="2024-11-04",
        ),
        f,
    )
    s.put(
        ["二", "桐乡市崇福皮草有限公司", c[2], "ASTM D2208-00(2017)", "毛皮服装", "□达到 ☑优于", d(2024, 11, 6)],
        ok(
            B,
            enterprise_name="桐乡市崇福皮草有限公司",
            uscc=c[2],
            unit=U,
            product="毛皮服装",
            standard_no="ASTM D2208-00(2017)",
            result="优于",
            date="2024-11-06",
        ),
        f,
    )
    s.put(
        ["三", "浙江桐乡化纤科技有限公司", c[3], "ISO 2062:2009", "涤纶工业丝", "■达到 □优于", d(2024, 11, 8)],
        ok(
            B,
            enterprise_name="浙江桐乡化纤科技有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶工业丝",
            standard_no="ISO 2062:2009",
            result="达到",
            date="2024-11-08",
        ),
        f,
    )
    # The box after each word, an ideographic space between.
    s.put(
        [
            "四",
            "桐乡市梧桐光伏材料有限公司",
            c[4],
            "IEC 62788-1-2:2016",
            "光伏封装胶膜",
            "达到□\u3000优于☑",
            d(2024, 11, 13),
        ],
        ok(
            B,
            enterprise_name="桐乡市梧桐光伏材料有限公司",
            uscc=c[4],
            unit=U,
            product="光伏封装胶膜",
            standard_no="IEC 62788-1-2:2016",
            result="优于",
            date="2024-11-13",
        ),
        f,
    )
    # Neither box ticked: no result.
    s.put(
        ["五", "桐乡市乌镇蓝印布艺有限公司", c[5], "ISO 105-C06:2010", "蓝印花布", "□达到 □优于", d(2024, 11, 15)],
        ok(
            B,
            enterprise_name="桐乡市乌镇蓝印布艺有限公司",
            uscc=c[5],
            unit=U,
            product="蓝印花布",
            standard_no="ISO 105-C06:2010",
            date="2024-11-15",
        ),
        f,
    )
    s.put(
        ["六", "桐乡市洲泉丝绸有限公司", c[6], "ISO 13936-1:2004", "真丝面料", "☑ 达到\u3000□ 优于", d(2024, 11, 20)],
        ok(
            B,
            enterprise_name="桐乡市洲泉丝绸有限公司",
            uscc=c[6],
            unit=U,
            product="真丝面料",
            standard_no="ISO 13936-1:2004",
            result="达到",
            date="2024-11-20",
        ),
        f,
    )
    s.put(
        ["七", "桐乡市屠甸机械有限公司", c[7], "ISO 10218-1:2011", "工业机器人夹具", "□达到  ■优于", d(2024, 11, 22)],
        ok(
            B,
            enterprise_name="桐乡市屠甸机械有限公司",
            uscc=c[7],
            unit=U,
            product="工业机器人夹具",
            standard_no="ISO 10218-1:2011",
            result="优于",
            date="2024-11-22",
        ),
        f,
    )
    s.put(
        ["八", "桐乡市河山五金有限公司", c[8], "EN 1935:2002", "单轴合页", "☑达到 □优于", d(2024, 11, 27)],
        ok(
            B,
            enterprise_name="桐乡市河山五金有限公司",
            uscc=c[8],
            unit=U,
            product="单轴合页",
            standard_no="EN 1935:2002",
            result="达到",
            date="2024-11-27",
        ),
        f,
    )
    s.put(["合计", "8家"], bold=True)
    s.put(["注：对标结果请在相应方框内打“√”或涂黑；完成日期以专家评审意见日期为准。"])
    return Case(
        "tongxiang_2024-11_benchmarking_checkbox_options.xlsx",
        U,
        "2024-11",
        "登记表 whose 对标结果 cell prints both options with a box ticked (☑达到 □优于, □达到 ☑优于, ■ filled, the "
        "box after the word, one row with neither ticked); 序号 in Chinese numerals (一、二 …); 对标标准 before "
        "对标产品; no county column",
        True,
        x.data(),
        x.rows,
        holdout_set=5,
    )


# =============================================================================================
# Holdout set 6: written after set 5, in layouts and with quirks no file above has
# =============================================================================================
@case
def nanhu_benchmarking_unit_groups() -> Case:
    """Rows sorted by unit with the unit only in a group header row (一、南湖区 / 二、嘉兴经济技术开发区)."""
    U, c, jk = "南湖区", Firms("南湖区", "h6-b-groups"), Firms("嘉兴经济技术开发区", "h6-b-groups-jk")
    x = XBook()
    s = x.sheet("对标达标企业")
    s.title("南湖区企业标准对标达标提升行动进展清单（2024年6月）", 7)
    s.put(["报送单位：南湖区市场监督管理局", None, None, None, None, "2024年7月2日"])
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "对标产品", "对标国际（国外）标准", "对标结果", "完成时间"], bold=True
    )
    s.widths(8, 30, 22, 20, 24, 10, 14)
    group = s.put(["一、南湖区（5家）"], bold=True)
    s.merge(f"A{group}:G{group}")
    s.put(
        [1, "嘉兴南湖压缩机有限公司", c[1], "全封闭制冷压缩机", "ISO 917:1989", "达到", d(2024, 6, 4)],
        ok(
            B,
            enterprise_name="嘉兴南湖压缩机有限公司",
            uscc=c[1],
            unit=U,
            product="全封闭制冷压缩机",
            standard_no="ISO 917:1989",
            result="达到",
            date="2024-06-04",
        ),
    )
    s.put(
        [2, "嘉兴市七星特钢制品有限公司", c[2], "冷拉圆钢", "EN 10277:2018", "优于", d(2024, 6, 7)],
        ok(
            B,
            enterprise_name="嘉兴市七星特钢制品有限公司",
            uscc=c[2],
            unit=U,
            product="冷拉圆钢",
            standard_no="EN 10277:2018",
            result="优于",
            date="2024-06-07",
        ),
    )
    s.put(
        [3, "嘉兴凤桥果蔬食品有限公司", c[3], "速冻水蜜桃", "CODEX STAN 242-2003", "达到", d(2024, 6, 12)],
        ok(
            B,
            enterprise_name="嘉兴凤桥果蔬食品有限公司",
            uscc=c[3],
            unit=U,
            product="速冻水蜜桃",
            standard_no="CODEX STAN 242-2003",
            result="达到",
            date="2024-06-12",
        ),
    )
    s.put(
        [4, "嘉兴市大桥电机有限公司", c[4], "三相异步电动机", "IEC 60034-30-1:2014", "达到", d(2024, 6, 18)],
        ok(
            B,
            enterprise_name="嘉兴市大桥电机有限公司",
            uscc=c[4],
            unit=U,
            product="三相异步电动机",
            standard_no="IEC 60034-30-1:2014",
            result="达到",
            date="2024-06-18",
        ),
    )
    s.put(
        [5, "嘉兴新丰纺织有限公司", c[5], "色织布", "ISO 105-X12:2016", "达到", d(2024, 6, 21)],
        ok(
            B,
            enterprise_name="嘉兴新丰纺织有限公司",
            uscc=c[5],
            unit=U,
            product="色织布",
            standard_no="ISO 105-X12:2016",
            result="达到",
            date="2024-06-21",
        ),
    )
    group = s.put(["二、嘉兴经济技术开发区（1家）"], bold=True)
    s.merge(f"A{group}:G{group}")
    s.put([1, "嘉兴经开食品科技有限公司", jk[1], "风味发酵乳", "CODEX STAN 243-2003", "达到", d(2024, 6, 13)], no(B))
    s.put(["合计", "6家"], bold=True)
    s.put(["注：经开区企业由经开分局确认后一并报送。"])
    return Case(
        "nanhu_2024-06_benchmarking_unit_groups.xlsx",
        U,
        "2024-06",
        "清单 sorted by unit with no county column: the unit only in a merged group header row (一、南湖区（5家） / "
        "二、嘉兴经济技术开发区（1家）) above its firms, 序号 restarting in each group; 经开's row is another "
        "unit's",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def xiuzhou_benchmarking_pass_words() -> Case:
    """对标结果 written as 达标 / 领先 / 未达标; 完成时间 as 2024年7月上旬 / 中旬 / 下旬 and a quarter."""
    U, c = "秀洲区", Firms("秀洲区", "h6-b-words")
    x = XBook()
    s = x.sheet("7月")
    s.title("秀洲区对标达标提升行动企业情况（2024年7月）", 8)
    s.put(["序号", "企业名称", "统一社会信用代码", "所在区县", "产品", "对标标准", "对标结果", "完成时间"], bold=True)
    s.widths(6, 30, 22, 10, 20, 22, 10, 18)
    s.put(
        [1, "嘉兴秀洲智能家居有限公司", c[1], "秀洲区", "智能晾衣机", "IEC 60335-2-43:2017", "达标", "2024年7月上旬"],
        ok(
            B,
            enterprise_name="嘉兴秀洲智能家居有限公司",
            uscc=c[1],
            unit=U,
            product="智能晾衣机",
            standard_no="IEC 60335-2-43:2017",
            result="达到",
            date="2024-07-01",
        ),
    )
    s.put(
        [2, "嘉兴王店小家电有限公司", c[2], "秀洲区", "电热水壶", "IEC 60335-2-15:2012", "领先", "2024年7月中旬"],
        ok(
            B,
            enterprise_name="嘉兴王店小家电有限公司",
            uscc=c[2],
            unit=U,
            product="电热水壶",
            standard_no="IEC 60335-2-15:2012",
            result="优于",
            date="2024-07-11",
        ),
    )
    s.put(
        [3, "嘉兴油车港纺织有限公司", c[3], "秀洲区", "涤纶仿真丝面料", "ISO 13934-1:2013", "达标", "2024年7月下旬"],
        ok(
            B,
            enterprise_name="嘉兴油车港纺织有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶仿真丝面料",
            standard_no="ISO 13934-1:2013",
            result="达到",
            date="2024-07-21",
        ),
    )
    # Benchmarked but not reached: no 对标达标 enterprise this month.
    s.put(
        [4, "嘉兴新塍五金制品有限公司", c[4], "秀洲区", "不锈钢水槽", "EN 13310:2003", "未达标", "2024年7月中旬"],
        no(B),
    )
    s.put(
        [5, "嘉兴洪合毛衫有限公司", c[5], "秀洲区", "羊毛衫", "ISO 6330:2012", "国际领先", "2024年第三季度"],
        ok(
            B,
            enterprise_name="嘉兴洪合毛衫有限公司",
            uscc=c[5],
            unit=U,
            product="羊毛衫",
            standard_no="ISO 6330:2012",
            result="优于",
            date="2024-07-01",
        ),
    )
    s.put(
        [6, "嘉兴高照光伏科技有限公司", c[6], "秀洲区", "光伏组件接线盒", "IEC 62790:2020", "达标", "2024年7月"],
        ok(
            B,
            enterprise_name="嘉兴高照光伏科技有限公司",
            uscc=c[6],
            unit=U,
            product="光伏组件接线盒",
            standard_no="IEC 62790:2020",
            result="达到",
            date="2024-07-01",
        ),
    )
    s.put(
        [7, "嘉兴秀洲电子科技有限公司", c[7], "秀洲区", "LED筒灯", "IEC 60598-2-2:2011", "达标", "2024年7月下旬"],
        ok(
            B,
            enterprise_name="嘉兴秀洲电子科技有限公司",
            uscc=c[7],
            unit=U,
            product="LED筒灯",
            standard_no="IEC 60598-2-2:2011",
            result="达到",
            date="2024-07-21",
        ),
    )
    s.put(["说明：对标结果填“达标”“领先”或“未达标”；完成时间可填至旬。"])
    return Case(
        "xiuzhou_2024-07_benchmarking_pass_words.xlsx",
        U,
        "2024-07",
        "情况表 on a sheet 7月 whose 对标结果 is written 达标 / 领先 / 国际领先 / 未达标 (not reached, refused); "
        "完成时间 to the ten days (2024年7月上旬 / 中旬 / 下旬), a quarter (2024年第三季度) and a month",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def tongxiang_benchmarking_apostrophes() -> Case:
    """GBK CSV typed to keep text: codes and dates with a leading apostrophe, standards written =T("…")."""
    U, c = "桐乡市", Firms("桐乡市", "h6-b-apostrophes")
    stem = "tongxiang_2024-09_benchmarking_apostrophes"
    t = Lines(stem)
    t.put(["桐乡市对标达标企业（2024年9月）"])
    t.put(["序号", "企业名称", "统一社会信用代码", "县（市、区）", "产品名称", "对标标准", "对标结果", "完成日期"])
    t.put(
        ["1", "桐乡市濮院羊毛衫有限公司", "'" + c[1], "桐乡市", "羊绒衫", '=T("ISO 3758:2012")', "达到", "'2024-09-05"],
        ok(
            B,
            enterprise_name="桐乡市濮院羊毛衫有限公司",
            uscc=c[1],
            unit=U,
            product="羊绒衫",
            standard_no="ISO 3758:2012",
            result="达到",
            date="2024-09-05",
        ),
    )
    t.put(
        [
            "2",
            "桐乡市振石复合材料有限公司",
            "'" + c[2],
            "桐乡市",
            "玻璃纤维布",
            '=T("ISO 2113:1996")',
            "优于",
            "'2024-09-10",
        ],
        ok(
            B,
            enterprise_name="桐乡市振石复合材料有限公司",
            uscc=c[2],
            unit=U,
            product="玻璃纤维布",
            standard_no="ISO 2113:1996",
            result="优于",
            date="2024-09-10",
        ),
    )
    t.put(
        [
            "3",
            "桐乡市乌镇食品有限公司",
            "'" + c[3],
            "桐乡市",
            "姑嫂饼",
            '=T("CODEX STAN 192-1995")',
            "达到",
            "'2024/9/12",
        ],
        ok(
            B,
            enterprise_name="桐乡市乌镇食品有限公司",
            uscc=c[3],
            unit=U,
            product="姑嫂饼",
            standard_no="CODEX STAN 192-1995",
            result="达到",
            date="2024-09-12",
        ),
    )
    t.put(
        ["4", "桐乡市崇福毛皮制品有限公司", "'" + c[4], "桐乡市", "毛皮围巾", "'ISO 17232:2006", "达到", "'2024-09-18"],
        ok(
            B,
            enterprise_name="桐乡市崇福毛皮制品有限公司",
            uscc=c[4],
            unit=U,
            product="毛皮围巾",
            standard_no="ISO 17232:2006",
            result="达到",
            date="2024-09-18",
        ),
    )
    t.put(
        [
            "5",
            "桐乡市洲泉化纤有限公司",
            "'" + c[5],
            "'桐乡市",
            "涤纶长丝",
            '=T("ISO 2060:1994")',
            "达到",
            "'2024-09-20",
        ],
        ok(
            B,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[5],
            unit=U,
            product="涤纶长丝",
            standard_no="ISO 2060:1994",
            result="达到",
            date="2024-09-20",
        ),
    )
    # No standard named: =T("") shows nothing.
    t.put(["6", "桐乡市大麻紧固件有限公司", "'" + c[6], "桐乡市", "六角头螺栓", '=T("")', "达到", "'2024-09-24"], no(B))
    t.put(
        ["7", "桐乡市梧桐五金有限公司", "'" + c[7], "桐乡市", "门锁执手", '=T("EN 1906:2012")', "优于", "'2024-09-26"],
        ok(
            B,
            enterprise_name="桐乡市梧桐五金有限公司",
            uscc=c[7],
            unit=U,
            product="门锁执手",
            standard_no="EN 1906:2012",
            result="优于",
            date="2024-09-26",
        ),
    )
    t.put(
        [
            "8",
            "桐乡市石门化工有限公司",
            "'" + c[8],
            "桐乡市",
            "水性聚氨酯树脂",
            '=T("ISO 4629-2:2016")',
            "达到",
            "'2024-09-27",
        ],
        ok(
            B,
            enterprise_name="桐乡市石门化工有限公司",
            uscc=c[8],
            unit=U,
            product="水性聚氨酯树脂",
            standard_no="ISO 4629-2:2016",
            result="达到",
            date="2024-09-27",
        ),
    )
    t.put(["合计", "8家"])
    return Case(
        f"{stem}.csv",
        U,
        "2024-09",
        "GBK CSV typed by hand to keep text: credit codes, dates and one unit with a leading apostrophe ('9133…, "
        '\'2024-09-05); 对标标准 written as =T("…") formulas, one =T("") empty (refused, no standard)',
        True,
        t.text().encode("gbk"),
        t.rows,
        holdout_set=6,
    )


@case
def jiashan_recall_sub_rows() -> Case:
    """Several products per producer in sub-rows: the producer's name and code only on its first row."""
    U, c, tx = "嘉善县", Firms("嘉善县", "h6-r-subrows"), Firms("桐乡市", "h6-r-subrows")
    x = XBook()
    s = x.sheet("召回")
    s.title("嘉善县缺陷产品召回情况（2024年11月）", 10)
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "召回产品",
            "型号",
            "召回类型",
            "涉及数量",
            "缺陷情况",
            "召回日期",
            "已召回",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 18, 14, 10, 10, 30, 12, 8)
    s.put(
        [
            1,
            "嘉善童乐玩具有限公司",
            c[1],
            "儿童电动车",
            "TL-6688",
            "主动召回",
            "1,200辆",
            "电池仓盖易脱落，存在夹手风险",
            d(2024, 11, 4),
            "860辆",
        ],
        ok(
            R,
            enterprise_name="嘉善童乐玩具有限公司",
            uscc=c[1],
            unit=U,
            product="儿童电动车",
            model="TL-6688",
            recall_type="主动召回",
            quantity=1200,
            quantity_unit="辆",
            defect="电池仓盖易脱落，存在夹手风险",
            date="2024-11-04",
            recalled=860,
        ),
    )
    s.put(
        [None, None, None, "儿童滑板车", "TL-S2", "主动召回", "350辆", "折叠锁扣强度不足", d(2024, 11, 4), "120辆"],
        ok(
            R,
            enterprise_name="嘉善童乐玩具有限公司",
            uscc=c[1],
            unit=U,
            product="儿童滑板车",
            model="TL-S2",
            recall_type="主动召回",
            quantity=350,
            quantity_unit="辆",
            defect="折叠锁扣强度不足",
            date="2024-11-04",
            recalled=120,
        ),
    )
    s.put(
        [None, None, None, "婴儿学步车", "TL-B1", "主动召回", "80辆", "刹车装置失效", d(2024, 11, 6), None],
        ok(
            R,
            enterprise_name="嘉善童乐玩具有限公司",
            uscc=c[1],
            unit=U,
            product="婴儿学步车",
            model="TL-B1",
            recall_type="主动召回",
            quantity=80,
            quantity_unit="辆",
            defect="刹车装置失效",
            date="2024-11-06",
        ),
    )
    s.put(
        [
            2,
            "嘉善魏塘家具有限公司",
            c[2],
            "儿童高低床",
            "GD-120",
            "责令召回",
            "46张",
            "护栏间隙过大，存在卡头风险",
            d(2024, 11, 12),
            "46张",
        ],
        ok(
            R,
            enterprise_name="嘉善魏塘家具有限公司",
            uscc=c[2],
            unit=U,
            product="儿童高低床",
            model="GD-120",
            recall_type="责令召回",
            quantity=46,
            quantity_unit="张",
            defect="护栏间隙过大，存在卡头风险",
            date="2024-11-12",
            recalled=46,
        ),
    )
    s.put(
        [None, None, None, "儿童书桌", "SZ-80", "责令召回", "120张", "边角锐利", d(2024, 11, 12), "95张"],
        ok(
            R,
            enterprise_name="嘉善魏塘家具有限公司",
            uscc=c[2],
            unit=U,
            product="儿童书桌",
            model="SZ-80",
            recall_type="责令召回",
            quantity=120,
            quantity_unit="张",
            defect="边角锐利",
            date="2024-11-12",
            recalled=95,
        ),
    )
    s.put(
        [
            3,
            "嘉善姚庄电器有限公司",
            c[3],
            "电暖器",
            "NQ-2000",
            "主动召回",
            "2,300台",
            "倾倒开关失灵，存在火灾隐患",
            d(2024, 11, 19),
            "1,150台",
        ],
        ok(
            R,
            enterprise_name="嘉善姚庄电器有限公司",
            uscc=c[3],
            unit=U,
            product="电暖器",
            model="NQ-2000",
            recall_type="主动召回",
            quantity=2300,
            quantity_unit="台",
            defect="倾倒开关失灵，存在火灾隐患",
            date="2024-11-19",
            recalled=1150,
        ),
    )
    # A Tongxiang producer whose dealer is in Jiashan, with a sub-row: both rows are Tongxiang's.
    s.put(
        [
            4,
            "桐乡市梧桐电器有限公司",
            tx[1],
            "取暖器",
            "QN-18",
            "主动召回",
            "600台",
            "温控器失效",
            d(2024, 11, 21),
            None,
        ],
        no(R),
    )
    s.put([None, None, None, "暖风机", "NF-20", "主动召回", "240台", "电源线过细", d(2024, 11, 21), None], no(R))
    s.put(["合计", "4家", None, "8个产品"], bold=True)
    s.put(["注：同一生产者召回多个产品的，生产者名称只在首行填写。第4家为桐乡市企业，经销商在我县。"])
    return Case(
        "jiashan_2024-11_recall_sub_rows.xlsx",
        U,
        "2024-11",
        "召回 list with several products per producer in sub-rows: the producer's 序号, name and credit code only on "
        "its first row, the sub-rows blank there (not merged); a Tongxiang producer with a sub-row (both another "
        "unit's); 1,200辆 / 1,150台 with units in the cells",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def haiyan_recall_word_table() -> Case:
    """A Word table pasted into WPS and saved as .xlsx: each record two rows merged down, columns merged across."""
    U, c = "海盐县", Firms("海盐县", "h6-r-word")
    x = XBook()
    s = x.sheet("Sheet1")
    ws = s.ws
    s.title("海盐县缺陷产品召回工作情况表", 12)
    s.put(["（2025年2月）"])
    s.merge("A2:L2")
    # Header: two rows merged down, some fields two columns wide.
    top = s.put(
        [
            "序号",
            "生产企业",
            None,
            "统一社会信用代码",
            "产品名称",
            "规格型号",
            None,
            "召回方式",
            "涉及数量",
            "召回时间",
            "存在缺陷",
            None,
        ],
        bold=True,
    )
    s.blank()
    for ref in ("A", "D", "E", "H", "I", "J"):
        s.merge(f"{ref}{top}:{ref}{top + 1}")
    for ref in ("B{r}:C{r1}", "F{r}:G{r1}", "K{r}:L{r1}"):
        s.merge(ref.format(r=top, r1=top + 1))

    def record(cells: list, expect: dict) -> None:
        first = s.put(cells, expect)
        s.blank()
        for col in ("A", "D", "E", "H", "I", "J"):
            s.merge(f"{col}{first}:{col}{first + 1}")
        for ref in ("B{r}:C{r1}", "F{r}:G{r1}", "K{r}:L{r1}"):
            s.merge(ref.format(r=first, r1=first + 1))
        for col in range(1, 13):
            ws.cell(row=first, column=col).alignment = CENTER

    record(
        [
            "1",
            "海盐县武原紧固件有限公司",
            None,
            c[1],
            "膨胀螺栓",
            "M10×80",
            None,
            "主动召回",
            "12000套",
            "2025年2月5日",
            "抗拉强度不足",
            None,
        ],
        ok(
            R,
            enterprise_name="海盐县武原紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="膨胀螺栓",
            model="M10×80",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="套",
            defect="抗拉强度不足",
            date="2025-02-05",
        ),
    )
    record(
        [
            "2",
            "浙江海盐核电阀门有限公司",
            None,
            c[2],
            "不锈钢截止阀",
            "J41W-16P",
            None,
            "主动召回",
            "86台",
            "2025年2月10日",
            "阀杆密封件老化，存在泄漏风险",
            None,
        ],
        ok(
            R,
            enterprise_name="浙江海盐核电阀门有限公司",
            uscc=c[2],
            unit=U,
            product="不锈钢截止阀",
            model="J41W-16P",
            recall_type="主动召回",
            quantity=86,
            quantity_unit="台",
            defect="阀杆密封件老化，存在泄漏风险",
            date="2025-02-10",
        ),
    )
    record(
        [
            "3",
            "海盐县沈荡电动车有限公司",
            None,
            c[3],
            "电动自行车",
            "TDT-A8",
            None,
            "责令召回",
            "430辆",
            "2025年2月14日",
            "充电器不符合GB 42295要求",
            None,
        ],
        ok(
            R,
            enterprise_name="海盐县沈荡电动车有限公司",
            uscc=c[3],
            unit=U,
            product="电动自行车",
            model="TDT-A8",
            recall_type="责令召回",
            quantity=430,
            quantity_unit="辆",
            defect="充电器不符合GB 42295要求",
            date="2025-02-14",
        ),
    )
    record(
        [
            "4",
            "海盐县秦山五金工具有限公司",
            None,
            c[4],
            "手动扳手",
            "/",
            None,
            "主动召回",
            "2500把",
            "2025年2月18日",
            "材质硬度不足",
            None,
        ],
        ok(
            R,
            enterprise_name="海盐县秦山五金工具有限公司",
            uscc=c[4],
            unit=U,
            product="手动扳手",
            recall_type="主动召回",
            quantity=2500,
            quantity_unit="把",
            defect="材质硬度不足",
            date="2025-02-18",
        ),
    )
    record(
        [
            "5",
            "海盐县通元童车有限公司",
            None,
            c[5],
            "婴儿推车",
            "BB-02",
            None,
            "主动召回",
            "待统计",
            "2025年2月24日",
            "安全带锁扣易松脱",
            None,
        ],
        no(R),
    )
    record(
        [
            "6",
            "海盐县于城照明电器有限公司",
            None,
            c[6],
            "LED台灯",
            "TD-12",
            None,
            "主动召回",
            "1800盏",
            "2025年2月26日",
            "灯头温升过高",
            None,
        ],
        ok(
            R,
            enterprise_name="海盐县于城照明电器有限公司",
            uscc=c[6],
            unit=U,
            product="LED台灯",
            model="TD-12",
            recall_type="主动召回",
            quantity=1800,
            quantity_unit="盏",
            defect="灯头温升过高",
            date="2025-02-26",
        ),
    )
    record(
        [
            "7",
            "海盐县元通塑业有限公司",
            None,
            c[7],
            "儿童水杯",
            "BS-350",
            None,
            "主动召回",
            "5600个",
            "2025年2月27日",
            "吸管阀门易脱落，存在窒息风险",
            None,
        ],
        ok(
            R,
            enterprise_name="海盐县元通塑业有限公司",
            uscc=c[7],
            unit=U,
            product="儿童水杯",
            model="BS-350",
            recall_type="主动召回",
            quantity=5600,
            quantity_unit="个",
            defect="吸管阀门易脱落，存在窒息风险",
            date="2025-02-27",
        ),
    )
    s.put(["填报单位：海盐县市场监督管理局（质量发展科）"])
    s.merge(f"A{s.n}:L{s.n}")
    return Case(
        "haiyan_2025-02_recall_word_table.xlsx",
        U,
        "2025-02",
        "a Word table pasted into WPS and saved as .xlsx: header and every record two rows merged down, "
        "生产企业 / 规格型号 / 存在缺陷 merged across two columns, the period in a merged second line; 待统计 in "
        "涉及数量 (refused)",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def nanhu_recall_dropdown_codes() -> Case:
    """召回类型 from a drop-down whose values carry codes (01-主动召回); dates as a quarter or to the ten days."""
    U, c = "南湖区", Firms("南湖区", "h6-r-codes")
    x = XBook()
    s = x.sheet("召回月报")
    s.title("南湖区缺陷产品召回月报（2025年6月）", 11)
    s.put(
        [
            "序号",
            "生产者",
            "统一社会信用代码",
            "县区",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "计量单位",
            "召回时间",
            "已召回数量",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 10, 18, 14, 14, 10, 8, 18, 10)
    types = DataValidation(type="list", formula1='"01-主动召回,02-责令召回"', allow_blank=True)
    s.ws.add_data_validation(types)
    types.add("G3:G20")
    s.put(
        [
            1,
            "嘉兴南湖电器有限公司",
            c[1],
            "南湖区",
            "破壁料理机",
            "PB-900",
            "01-主动召回",
            "2万余",
            "台",
            "2025年6月上旬",
            "9000",
        ],
        ok(
            R,
            enterprise_name="嘉兴南湖电器有限公司",
            uscc=c[1],
            unit=U,
            product="破壁料理机",
            model="PB-900",
            recall_type="主动召回",
            quantity=20000,
            quantity_unit="台",
            date="2025-06-01",
            recalled=9000,
        ),
    )
    s.put(
        [
            2,
            "嘉兴市余新童车有限公司",
            c[2],
            "南湖区",
            "儿童三轮车",
            "SL-3",
            "02-责令召回",
            "540",
            "辆",
            "2025年6月中旬",
            "0",
        ],
        ok(
            R,
            enterprise_name="嘉兴市余新童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童三轮车",
            model="SL-3",
            recall_type="责令召回",
            quantity=540,
            quantity_unit="辆",
            date="2025-06-11",
            recalled=0,
        ),
    )
    s.put(
        [
            3,
            "嘉兴凤桥智能科技有限公司",
            c[3],
            "南湖区",
            "扫地机器人",
            "FQ-S7",
            "01-主动召回",
            "1万余",
            "台",
            "2025年第二季度",
            "4200",
        ],
        ok(
            R,
            enterprise_name="嘉兴凤桥智能科技有限公司",
            uscc=c[3],
            unit=U,
            product="扫地机器人",
            model="FQ-S7",
            recall_type="主动召回",
            quantity=10000,
            quantity_unit="台",
            date="2025-04-01",
            recalled=4200,
        ),
    )
    s.put(
        [
            4,
            "嘉兴新丰服饰有限公司",
            c[4],
            "南湖区",
            "儿童卫衣",
            "110-150",
            "01-主动召回",
            "3600",
            "件",
            "2025年6月下旬",
            None,
        ],
        ok(
            R,
            enterprise_name="嘉兴新丰服饰有限公司",
            uscc=c[4],
            unit=U,
            product="儿童卫衣",
            model="110-150",
            recall_type="主动召回",
            quantity=3600,
            quantity_unit="件",
            date="2025-06-21",
        ),
    )
    # The same recall entered twice.
    s.put(
        [
            5,
            "嘉兴新丰服饰有限公司",
            c[4],
            "南湖区",
            "儿童卫衣",
            "110-150",
            "01-主动召回",
            "3600",
            "件",
            "2025年6月下旬",
            None,
        ],
        no(R),
    )
    s.put(
        [
            6,
            "嘉兴大桥五金有限公司",
            c[5],
            "南湖区",
            "折叠梯",
            "ZT-5",
            "01-主动召回",
            "760",
            "架",
            "2025年6月中下旬",
            "300",
        ],
        ok(
            R,
            enterprise_name="嘉兴大桥五金有限公司",
            uscc=c[5],
            unit=U,
            product="折叠梯",
            model="ZT-5",
            recall_type="主动召回",
            quantity=760,
            quantity_unit="架",
            date="2025-06-11",
            recalled=300,
        ),
    )
    s.put(
        [
            7,
            "嘉兴七星灯具有限公司",
            c[6],
            "南湖区",
            "吸顶灯",
            "XD-40",
            "02-责令召回",
            "1500",
            "盏",
            "2025年6月上旬",
            "1500",
        ],
        ok(
            R,
            enterprise_name="嘉兴七星灯具有限公司",
            uscc=c[6],
            unit=U,
            product="吸顶灯",
            model="XD-40",
            recall_type="责令召回",
            quantity=1500,
            quantity_unit="盏",
            date="2025-06-01",
            recalled=1500,
        ),
    )
    return Case(
        "nanhu_2025-06_recall_dropdown_codes.xlsx",
        U,
        "2025-06",
        "月报 whose 召回类型 comes from a drop-down list with coded values (01-主动召回 / 02-责令召回); 召回时间 to "
        "the ten days (2025年6月上旬, 中旬, 下旬, 中下旬) and a quarter (2025年第二季度); 2万余 / 1万余 beside a "
        "计量单位 column; a recall entered twice",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def haiyan_brand_mark_long_term() -> Case:
    """品字标 list with 证书有效期 长期 and a status drop-down coded 1-入库培育 / 2-已认证."""
    U, c = "海盐县", Firms("海盐县", "h6-p-longterm")
    x = XBook()
    s = x.sheet("品字标")
    s.title("海盐县“品字标”品牌企业培育认证情况（2024年8月）", 9)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品",
            "状态（下拉选择）",
            "浙江制造标准",
            "证书编号",
            "证书有效期",
            "日期",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 18, 12, 20, 22, 12, 12)
    status = DataValidation(type="list", formula1='"1-入库培育,2-已认证"', allow_blank=True)
    s.ws.add_data_validation(status)
    status.add("E3:E20")
    s.put(
        [
            1,
            "浙江海盐紧固件有限公司",
            c[1],
            "高强度螺栓",
            "2-已认证",
            "T/ZZB 0378—2018",
            "ZJM-002-1187-2024",
            "长期",
            d(2024, 8, 2),
        ],
        ok(
            P,
            enterprise_name="浙江海盐紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="高强度螺栓",
            status="已认证",
            standard_no="T/ZZB 0378—2018",
            cert_no="ZJM-002-1187-2024",
            date="2024-08-02",
        ),
    )
    s.put(
        [2, "海盐县百步管业有限公司", c[2], "PE给水管", "1-入库培育", "/", "/", "/", d(2024, 8, 6)],
        ok(
            P,
            enterprise_name="海盐县百步管业有限公司",
            uscc=c[2],
            unit=U,
            product="PE给水管",
            status="入库培育",
            date="2024-08-06",
        ),
    )
    s.put(
        [
            3,
            "海盐县澉浦轴承有限公司",
            c[3],
            "深沟球轴承",
            "2-已认证",
            "T/ZZB 0104—2016",
            "ZJM-005-2306-2024",
            "2027年8月8日",
            d(2024, 8, 9),
        ],
        ok(
            P,
            enterprise_name="海盐县澉浦轴承有限公司",
            uscc=c[3],
            unit=U,
            product="深沟球轴承",
            status="已认证",
            standard_no="T/ZZB 0104—2016",
            cert_no="ZJM-005-2306-2024",
            date="2024-08-09",
        ),
    )
    s.put(
        [4, "海盐县望海街道电子有限公司", c[4], "连接器", "1-入库培育", None, None, None, d(2024, 8, 14)],
        ok(
            P,
            enterprise_name="海盐县望海街道电子有限公司",
            uscc=c[4],
            unit=U,
            product="连接器",
            status="入库培育",
            date="2024-08-14",
        ),
    )
    s.put(
        [
            5,
            "浙江秦山核电设备有限公司",
            c[5],
            "核级阀门",
            "2-已认证",
            "T/ZZB 1275—2019",
            "ZJM-008-0931-2024",
            "长期",
            d(2024, 8, 20),
        ],
        ok(
            P,
            enterprise_name="浙江秦山核电设备有限公司",
            uscc=c[5],
            unit=U,
            product="核级阀门",
            status="已认证",
            standard_no="T/ZZB 1275—2019",
            cert_no="ZJM-008-0931-2024",
            date="2024-08-20",
        ),
    )
    # The status left to choose.
    s.put([6, "海盐县通元纺织有限公司", c[6], "家纺面料", "请选择", None, None, None, d(2024, 8, 22)], no(P))
    s.put(
        [7, "海盐县沈荡酿造有限公司", c[7], "黄酒", "1-入库培育", None, None, "长期", d(2024, 8, 28)],
        ok(
            P,
            enterprise_name="海盐县沈荡酿造有限公司",
            uscc=c[7],
            unit=U,
            product="黄酒",
            status="入库培育",
            date="2024-08-28",
        ),
    )
    return Case(
        "haiyan_2024-08_brand_mark_long_term.xlsx",
        U,
        "2024-08",
        "品字标 list whose 状态（下拉选择） comes from a drop-down coded 1-入库培育 / 2-已认证, one left at its "
        "prompt 请选择 (refused); a 证书有效期 column holding 长期, a date or /",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def jiashan_brand_mark_pending_xls() -> Case:
    """Excel 97-2003 品字标 list: 证书编号 申请中 / 审核中 for pool firms, names typed with traditional characters."""
    U, c, pinghu = "嘉善县", Firms("嘉善县", "h6-p-pending"), Firms("平湖市", "h6-p-pending")
    x = XlsBook()
    s = x.sheet("品字标企业")
    s.ws.write_merge(0, 0, 0, 7, "嘉善縣“品字標”企業培育情況表（2025年3月）")
    s.n = 1
    s.put(["企業名稱", "統一社會信用代碼", "所屬縣區", "產品名稱", "狀態", "標準編號", "證書編號", "入庫/發證日期"])
    s.put(
        ["嘉善縣天凝木業有限公司", c[1], "嘉善縣", "實木複合地板", "入庫", "/", "申请中", "2025.3.4"],
        ok(
            P,
            enterprise_name="嘉善縣天凝木業有限公司",
            uscc=c[1],
            unit=U,
            product="實木複合地板",
            status="入库培育",
            date="2025-03-04",
        ),
    )
    s.put(
        ["嘉善干窑机械有限公司", c[2], "嘉善县", "注塑机", "认证", "T/ZZB 0527—2018", "ZJM-003-5520-2025", "2025.3.7"],
        ok(
            P,
            enterprise_name="嘉善干窑机械有限公司",
            uscc=c[2],
            unit=U,
            product="注塑机",
            status="已认证",
            standard_no="T/ZZB 0527—2018",
            cert_no="ZJM-003-5520-2025",
            date="2025-03-07",
        ),
    )
    s.put(
        ["嘉善西塘黃酒釀造有限公司", c[3], "嘉善縣", "黃酒", "入庫", None, "审核中", "2025.3.11"],
        ok(
            P,
            enterprise_name="嘉善西塘黃酒釀造有限公司",
            uscc=c[3],
            unit=U,
            product="黃酒",
            status="入库培育",
            date="2025-03-11",
        ),
    )
    s.put(
        [
            "嘉善姚庄光电有限公司",
            c[4],
            "嘉善县",
            "LED面板灯",
            "认证",
            "T/ZZB 1630—2020",
            "ZJM-006-5611-2025",
            "2025.3.14",
        ],
        ok(
            P,
            enterprise_name="嘉善姚庄光电有限公司",
            uscc=c[4],
            unit=U,
            product="LED面板灯",
            status="已认证",
            standard_no="T/ZZB 1630—2020",
            cert_no="ZJM-006-5611-2025",
            date="2025-03-14",
        ),
    )
    s.put(
        ["嘉善大云紡織有限公司", c[5], "嘉善縣", "功能性面料", "入庫", "/", "申请中", "2025.3.19"],
        ok(
            P,
            enterprise_name="嘉善大云紡織有限公司",
            uscc=c[5],
            unit=U,
            product="功能性面料",
            status="入库培育",
            date="2025-03-19",
        ),
    )
    s.put(["平湖市新埭箱包有限公司", pinghu[1], "平湖市", "拉杆箱", "入庫", "/", "申请中", "2025.3.20"], no(P))
    s.put(
        [
            "嘉善陶庄五金有限公司",
            c[6],
            "嘉善县",
            "不锈钢合页",
            "认证",
            "T/ZZB 2012—2021",
            "ZJM-001-5703-2025",
            "2025.3.26",
        ],
        ok(
            P,
            enterprise_name="嘉善陶庄五金有限公司",
            uscc=c[6],
            unit=U,
            product="不锈钢合页",
            status="已认证",
            standard_no="T/ZZB 2012—2021",
            cert_no="ZJM-001-5703-2025",
            date="2025-03-26",
        ),
    )
    s.put(["合計：7家（認證3家，入庫4家）"])
    return Case(
        "jiashan_2025-03_brand_mark_pending.xls",
        U,
        "2025-03",
        "Excel 97-2003 品字标 list typed on a traditional-character input method: headers, 嘉善縣, 入庫 and some "
        "firm names in traditional characters (names kept as typed); 证书编号 申请中 / 审核中 for pool firms; "
        "2025.3.4 dates as text; a Pinghu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def haining_three_same_english_booleans() -> Case:
    """Headers in English only and a 平台 column of TRUE/FALSE booleans, as a LibreOffice sheet saves them."""
    U, c = "海宁市", Firms("海宁市", "h6-t-english")
    x = XBook()
    s = x.sheet("Sheet1")
    s.put(
        ["No.", "Company Name", "USCC", "County", "Product", "Category", "Declaration Date", "Listed on Platform"],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 18, 12, 16, 18)
    s.put(
        [1, "海宁市许村家纺有限公司", c[1], "海宁市", "提花窗帘", "一般消费品", d(2024, 9, 3), True],
        ok(
            T,
            enterprise_name="海宁市许村家纺有限公司",
            uscc=c[1],
            unit=U,
            product="提花窗帘",
            category="一般消费品",
            date="2024-09-03",
            on_platform=True,
        ),
    )
    s.put(
        [2, "海宁长安经编科技有限公司", c[2], "海宁市", "经编间隔织物", "工业品", d(2024, 9, 5), False],
        ok(
            T,
            enterprise_name="海宁长安经编科技有限公司",
            uscc=c[2],
            unit=U,
            product="经编间隔织物",
            category="工业品",
            date="2024-09-05",
            on_platform=False,
        ),
    )
    s.put(
        [3, "海宁皮革城服饰有限公司", c[3], "海宁市", "羊皮夹克", "一般消费品", d(2024, 9, 10), True],
        ok(
            T,
            enterprise_name="海宁皮革城服饰有限公司",
            uscc=c[3],
            unit=U,
            product="羊皮夹克",
            category="一般消费品",
            date="2024-09-10",
            on_platform=True,
        ),
    )
    s.put(
        [4, "海宁斜桥榨菜食品有限公司", c[4], "海宁市", "榨菜", "食品农产品", d(2024, 9, 12), True],
        ok(
            T,
            enterprise_name="海宁斜桥榨菜食品有限公司",
            uscc=c[4],
            unit=U,
            product="榨菜",
            category="食品农产品",
            date="2024-09-12",
            on_platform=True,
        ),
    )
    s.put([5, "海宁袁花轴承有限公司", "/", "海宁市", "圆锥滚子轴承", "工业品", d(2024, 9, 18), False], no(T))
    s.put(
        [6, "海宁尖山光伏材料有限公司", c[6], "海宁市", "光伏背板", "工业品", d(2024, 9, 20), False],
        ok(
            T,
            enterprise_name="海宁尖山光伏材料有限公司",
            uscc=c[6],
            unit=U,
            product="光伏背板",
            category="工业品",
            date="2024-09-20",
            on_platform=False,
        ),
    )
    s.put(
        [7, "海宁周王庙蚕丝有限公司", c[7], "海宁市", "蚕丝被", "一般消费品", d(2024, 9, 25), True],
        ok(
            T,
            enterprise_name="海宁周王庙蚕丝有限公司",
            uscc=c[7],
            unit=U,
            product="蚕丝被",
            category="一般消费品",
            date="2024-09-25",
            on_platform=True,
        ),
    )
    s.put(
        [8, "海宁丁桥纸业有限公司", c[8], "海宁市", "生活用纸", "一般消费品", d(2024, 9, 27), False],
        ok(
            T,
            enterprise_name="海宁丁桥纸业有限公司",
            uscc=c[8],
            unit=U,
            product="生活用纸",
            category="一般消费品",
            date="2024-09-27",
            on_platform=False,
        ),
    )
    return Case(
        "haining_2024-09_three_same_english_booleans.xlsx",
        U,
        "2024-09",
        "sheet kept for a foreign-trade fair with English headers only (Company Name, USCC, County, Product, Category, "
        "Declaration Date, Listed on Platform) and no title; the platform column as TRUE/FALSE boolean cells; a "
        "code written /",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def jingkai_three_same_reordered_template() -> Case:
    """The city's template with columns reordered and renamed by the clerk; numbered 填报说明 items under the list."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h6-t-reordered")
    x = XBook()
    s = x.sheet("三同")
    s.title("嘉兴经济技术开发区“三同”产品月报（2025年1月）", 8)
    s.put(
        ["序号", "三同产品名称", "类别", "生产企业", "企业信用代码", "属地", "是否已上平台", "自我声明时间"],
        bold=True,
    )
    s.widths(6, 20, 12, 30, 22, 12, 12, 14)
    s.put(
        [1, "冷冻调理牛排", "食品农产品", "嘉兴经开肉类食品有限公司", c[1], "经开区", "是", d(2025, 1, 6)],
        ok(
            T,
            enterprise_name="嘉兴经开肉类食品有限公司",
            uscc=c[1],
            unit=U,
            product="冷冻调理牛排",
            category="食品农产品",
            date="2025-01-06",
            on_platform=True,
        ),
    )
    s.put(
        [2, "无线蓝牙耳机", "一般消费品", "嘉兴城南电子科技有限公司", c[2], "经开区", "否", d(2025, 1, 9)],
        ok(
            T,
            enterprise_name="嘉兴城南电子科技有限公司",
            uscc=c[2],
            unit=U,
            product="无线蓝牙耳机",
            category="一般消费品",
            date="2025-01-09",
            on_platform=False,
        ),
    )
    s.put(
        [3, "汽车线束", "工业品", "嘉兴塘汇汽车零部件有限公司", c[3], "经开区", "是", d(2025, 1, 14)],
        ok(
            T,
            enterprise_name="嘉兴塘汇汽车零部件有限公司",
            uscc=c[3],
            unit=U,
            product="汽车线束",
            category="工业品",
            date="2025-01-14",
            on_platform=True,
        ),
    )
    s.put([4, "待定", "食品农产品", "嘉兴长水烘焙食品有限公司", c[4], "经开区", "否", d(2025, 1, 16)], no(T))
    s.put(
        [5, "儿童保温杯", "一般消费品", "嘉兴嘉北日用品有限公司", c[5], "经开区", "是", d(2025, 1, 21)],
        ok(
            T,
            enterprise_name="嘉兴嘉北日用品有限公司",
            uscc=c[5],
            unit=U,
            product="儿童保温杯",
            category="一般消费品",
            date="2025-01-21",
            on_platform=True,
        ),
    )
    s.put(
        [6, "速冻汤圆", "食品农产品", "嘉兴经开食品有限公司", c[6], "经开区", "是", d(2025, 1, 23)],
        ok(
            T,
            enterprise_name="嘉兴经开食品有限公司",
            uscc=c[6],
            unit=U,
            product="速冻汤圆",
            category="食品农产品",
            date="2025-01-23",
            on_platform=True,
        ),
    )
    s.put(
        [7, "伺服电机", "工业品", "嘉兴城北智能装备有限公司", c[7], "经开区", "否", d(2025, 1, 27)],
        ok(
            T,
            enterprise_name="嘉兴城北智能装备有限公司",
            uscc=c[7],
            unit=U,
            product="伺服电机",
            category="工业品",
            date="2025-01-27",
            on_platform=False,
        ),
    )
    s.blank()
    s.put(["填报说明："], bold=True)
    for number, text in (
        (1, "“三同”产品指同线同标同质产品，本表填报当月新增产品，一个产品一行。"),
        (2, "类别按食品农产品、一般消费品、工业品填写。"),
        (3, "是否已上平台指是否已在“三同”公共服务平台发布声明，填“是”或“否”。"),
        (4, "本表于每月5日前报市局标准化处。"),
    ):
        row = s.put([number, text])
        s.merge(f"B{row}:H{row}")
    return Case(
        "jingkai_2025-01_three_same_reordered_template.xlsx",
        U,
        "2025-01",
        "the city's 三同 template with its columns reordered and renamed by the clerk (三同产品名称 first, 生产企业, "
        "企业信用代码, 属地 经开区, 是否已上平台, 自我声明时间 last); 产品 待定 (refused); numbered 填报说明 items "
        "1 … 4 under the list, a number in 序号's column and the text merged across",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def pinghu_green_body_status() -> Case:
    """A certification body's certificate export filtered to Pinghu: 证书状态 有效 / 暂停 / 撤销 per certificate."""
    U, c = "平湖市", Firms("平湖市", "h6-g-body")
    x = XBook()
    s = x.sheet("证书信息")
    s.put(
        [
            "证书编号",
            "获证组织名称",
            "统一社会信用代码",
            "获证组织地址",
            "产品名称",
            "产品类别",
            "认证依据",
            "颁证日期",
            "证书到期日期",
            "证书状态",
        ],
        bold=True,
    )
    s.widths(18, 30, 22, 36, 18, 16, 18, 12, 12, 10)
    s.put(
        [
            "CGP2410030211",
            "平湖市当湖涂料有限公司",
            c[1],
            "浙江省嘉兴市平湖市当湖街道新华北路88号",
            "水性木器涂料",
            "涂料",
            "GB/T 35602-2017",
            "2024-10-08",
            "2029-10-07",
            "有效",
        ],
        ok(
            G,
            enterprise_name="平湖市当湖涂料有限公司",
            uscc=c[1],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2410030211",
            issue_date="2024-10-08",
            valid_until="2029-10-07",
        ),
    )
    s.put(
        [
            "CGP2410030245",
            "平湖市新仓纸业有限公司",
            c[2],
            "浙江省嘉兴市平湖市新仓镇工业园区",
            "瓦楞纸箱",
            "纸和纸制品",
            "GB/T 35613-2017",
            "2024-10-11",
            "2029-10-10",
            "有效",
        ],
        ok(
            G,
            enterprise_name="平湖市新仓纸业有限公司",
            uscc=c[2],
            unit=U,
            product="瓦楞纸箱",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2410030245",
            issue_date="2024-10-11",
            valid_until="2029-10-10",
        ),
    )
    s.put(
        [
            "CGP2410030260",
            "平湖市曹桥家具有限公司",
            c[3],
            "浙江省嘉兴市平湖市曹桥街道百寿路12号",
            "实木餐桌",
            "家具",
            "GB/T 35607-2017",
            "2024-10-15",
            "2029-10-14",
            "暂停",
        ],
        ok(
            G,
            enterprise_name="平湖市曹桥家具有限公司",
            uscc=c[3],
            unit=U,
            product="实木餐桌",
            category="家具",
            status="已获证",
            cert_no="CGP2410030260",
            issue_date="2024-10-15",
            valid_until="2029-10-14",
        ),
    )
    # Revoked by the body before the return was sent.
    s.put(
        [
            "CGP2410030288",
            "平湖市林埭塑业有限公司",
            c[4],
            "浙江省嘉兴市平湖市林埭镇徐埭路5号",
            "塑料收纳箱",
            "塑料制品",
            "GB/T 37866-2019",
            "2024-10-17",
            "2029-10-16",
            "撤销",
        ],
        no(G),
    )
    s.put(
        [
            "CGP2410030302",
            "平湖市钟埭纺织有限公司",
            c[5],
            "浙江省嘉兴市平湖市钟埭街道钟埭工业区",
            "再生涤纶面料",
            "纺织产品",
            "GB/T 35611-2017",
            "2024-10-22",
            "2029-10-21",
            "有效",
        ],
        ok(
            G,
            enterprise_name="平湖市钟埭纺织有限公司",
            uscc=c[5],
            unit=U,
            product="再生涤纶面料",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2410030302",
            issue_date="2024-10-22",
            valid_until="2029-10-21",
        ),
    )
    s.put(
        [
            "CGP2410030317",
            "浙江平湖独山港保温材料有限公司",
            c[6],
            "浙江省嘉兴市平湖市独山港镇海港大道",
            "岩棉板",
            "绝热材料",
            "GB/T 35608-2017",
            "2024-10-25",
            "2029-10-24",
            "有效",
        ],
        ok(
            G,
            enterprise_name="浙江平湖独山港保温材料有限公司",
            uscc=c[6],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2410030317",
            issue_date="2024-10-25",
            valid_until="2029-10-24",
        ),
    )
    s.put(
        [
            "CGP2410030333",
            "平湖市广陈洗涤用品有限公司",
            c[7],
            "浙江省嘉兴市平湖市广陈镇龙萌路3号",
            "洗衣液",
            "洗涤用品",
            "GB/T 35609-2017",
            "2024-10-29",
            "2029-10-28",
            "有效",
        ],
        ok(
            G,
            enterprise_name="平湖市广陈洗涤用品有限公司",
            uscc=c[7],
            unit=U,
            product="洗衣液",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2410030333",
            issue_date="2024-10-29",
            valid_until="2029-10-28",
        ),
    )
    s.put(
        [
            "CGP2410030349",
            "平湖市新埭陶瓷有限公司",
            c[8],
            "浙江省嘉兴市平湖市新埭镇创新路66号",
            "陶瓷砖",
            "陶瓷砖（板）",
            "GB/T 35610-2017",
            "2024-10-30",
            "2029-10-29",
            "有效",
        ],
        ok(
            G,
            enterprise_name="平湖市新埭陶瓷有限公司",
            uscc=c[8],
            unit=U,
            product="陶瓷砖",
            category="陶瓷砖（板）",
            status="已获证",
            cert_no="CGP2410030349",
            issue_date="2024-10-30",
            valid_until="2029-10-29",
        ),
    )
    return Case(
        "pinghu_2024-10_green_body_status.xlsx",
        U,
        "2024-10",
        "a certification body's certificate export (证书编号 first, 获证组织地址, 认证依据, 颁证日期 / 证书到期日期 "
        "as text) filtered to Pinghu and sent as the return; 证书状态 有效 / 暂停 / 撤销 per certificate, the revoked "
        "one void; no title, no county column",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


@case
def gangqu_green_pivot_beside() -> Case:
    """The list with a pivot beside it (units as columns, certificate counts as values) from the city's sheet."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h6-g-pivot")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("嘉兴港区绿色产品认证获证情况（2024年12月）", 8)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "证书编号",
            "发证日期",
            "有效期至",
            None,
            "全市累计获证证书数（张）",
        ],
        bold=True,
    )
    ws = s.ws
    ws.merge_cells("J2:S2")
    s.widths(6, 30, 22, 18, 14, 16, 12, 12, 4)
    pivot = [
        ["南湖区", "秀洲区", "嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市", "经开区", "港区", "合计"],
        [5, 3, 4, 2, 4, 3, 2, 1, 9, 33],
        [1, 0, 1, 0, 0, 1, 0, 0, 7, 10],
    ]
    labels = [None, "累计", "本月新增"]

    def row(cells: list, expect: dict, index: int | None = None) -> None:
        r = s.put(cells, expect)
        if index is not None:
            if labels[index]:
                ws.cell(row=r, column=9, value=labels[index])
            for col, value in enumerate(pivot[index], start=10):
                ws.cell(row=r, column=col, value=value)
        for col in (7, 8):
            ws.cell(row=r, column=col).number_format = "yyyy/m/d"

    row(
        [
            1,
            "嘉兴港区乍浦新材料有限公司",
            c[1],
            "水性工业涂料",
            "涂料",
            "CGP2412050104",
            d(2024, 12, 3),
            d(2029, 12, 2),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦新材料有限公司",
            uscc=c[1],
            unit=U,
            product="水性工业涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2412050104",
            issue_date="2024-12-03",
            valid_until="2029-12-02",
        ),
        0,
    )
    row(
        [
            2,
            "嘉兴港区海湾防水材料有限公司",
            c[2],
            "聚氨酯防水涂料",
            "防水与密封材料",
            "CGP2412050127",
            d(2024, 12, 9),
            d(2029, 12, 8),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区海湾防水材料有限公司",
            uscc=c[2],
            unit=U,
            product="聚氨酯防水涂料",
            category="防水与密封材料",
            status="已获证",
            cert_no="CGP2412050127",
            issue_date="2024-12-09",
            valid_until="2029-12-08",
        ),
        1,
    )
    row(
        [3, "嘉兴港区乍浦纸制品有限公司", c[3], "/", "纸和纸制品", "CGP2412050139", d(2024, 12, 12), d(2029, 12, 11)],
        no(G),
        2,
    )
    row(
        [
            4,
            "嘉兴港区独山保温材料有限公司",
            c[4],
            "挤塑聚苯板",
            "绝热材料",
            "CGP2412050152",
            d(2024, 12, 16),
            d(2029, 12, 15),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区独山保温材料有限公司",
            uscc=c[4],
            unit=U,
            product="挤塑聚苯板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2412050152",
            issue_date="2024-12-16",
            valid_until="2029-12-15",
        ),
    )
    row(
        [
            5,
            "嘉兴港区化工塑料有限公司",
            c[5],
            "塑料托盘",
            "塑料制品",
            "CGP2412050168",
            d(2024, 12, 19),
            d(2029, 12, 18),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区化工塑料有限公司",
            uscc=c[5],
            unit=U,
            product="塑料托盘",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2412050168",
            issue_date="2024-12-19",
            valid_until="2029-12-18",
        ),
    )
    row(
        [
            6,
            "嘉兴港区美福纺织有限公司",
            c[6],
            "再生纤维素纤维",
            "纺织产品",
            "CGP2412050181",
            d(2024, 12, 23),
            d(2029, 12, 22),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区美福纺织有限公司",
            uscc=c[6],
            unit=U,
            product="再生纤维素纤维",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2412050181",
            issue_date="2024-12-23",
            valid_until="2029-12-22",
        ),
    )
    row(
        [7, "嘉兴港区乍浦家居有限公司", c[7], "板式衣柜", "家具", "CGP2412050196", d(2024, 12, 27), d(2029, 12, 26)],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦家居有限公司",
            uscc=c[7],
            unit=U,
            product="板式衣柜",
            category="家具",
            status="已获证",
            cert_no="CGP2412050196",
            issue_date="2024-12-27",
            valid_until="2029-12-26",
        ),
    )
    s.put(["合计", None, None, None, None, "7张"], bold=True)
    return Case(
        "gangqu_2024-12_green_pivot_beside.xlsx",
        U,
        "2024-12",
        "certificate list in A:H with a pivot pasted beside it from the city's sheet (J:S: the nine units as columns, "
        "累计 and 本月新增 counts as values, labelled in column I) sharing the list's first rows; no county or status "
        "column; a product written / (refused)",
        True,
        x.data(),
        x.rows,
        holdout_set=6,
    )


# =============================================================================================
# Holdout set 7: written after set 6, in layouts and with quirks no file above has
# =============================================================================================
@case
def jiashan_benchmarking_appended_months() -> Case:
    """The year's ledger: August's rows typed under July's, the month's own marked 本月新增 是."""
    U, c = "嘉善县", Firms("嘉善县", "h7-b-appended")
    x = XBook()
    s = x.sheet("2024年台账")
    s.title("嘉善县企业标准对标达标提升行动台账（2024年）", 9)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县区",
            "产品名称",
            "对标标准",
            "对标结果",
            "完成日期",
            "本月新增",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 18, 22, 10, 12, 10)
    # July's rows, returned last month: kept in the ledger, not this month's return.
    s.put([1, "嘉善县天凝木业有限公司", c[1], "嘉善县", "实木复合地板", "EN 13489:2017", "达到", d(2024, 7, 3), "否"])
    s.put([2, "嘉善干窑机械制造有限公司", c[2], "嘉善县", "注塑机", "EN 201:2009", "达到", d(2024, 7, 12), "否"])
    s.put([3, "浙江西塘食品有限公司", c[3], "嘉善县", "八珍糕", "CODEX STAN 192-1995", "优于", d(2024, 7, 25), "否"])
    s.put(
        [4, "嘉善县姚庄电子科技有限公司", c[4], "嘉善县", "片式电感", "IEC 62024-1:2017", "达到", d(2024, 8, 2), "是"],
        ok(
            B,
            enterprise_name="嘉善县姚庄电子科技有限公司",
            uscc=c[4],
            unit=U,
            product="片式电感",
            standard_no="IEC 62024-1:2017",
            result="达到",
            date="2024-08-02",
        ),
    )
    s.put(
        [5, "嘉善大云家具有限公司", c[5], "嘉善县", "实木餐椅", "EN 12520:2015", "优于", d(2024, 8, 7), "是"],
        ok(
            B,
            enterprise_name="嘉善大云家具有限公司",
            uscc=c[5],
            unit=U,
            product="实木餐椅",
            standard_no="EN 12520:2015",
            result="优于",
            date="2024-08-07",
        ),
    )
    s.put(
        [6, "嘉善县惠民五金有限公司", c[6], "嘉善县", "不锈钢合页", "EN 1935:2002", "达到", d(2024, 8, 13), "是"],
        ok(
            B,
            enterprise_name="嘉善县惠民五金有限公司",
            uscc=c[6],
            unit=U,
            product="不锈钢合页",
            standard_no="EN 1935:2002",
            result="达到",
            date="2024-08-13",
        ),
    )
    # A typo in the code's last character: the check fails.
    s.put(
        [
            7,
            "嘉善魏塘玻璃制品有限公司",
            wrong_check(c[7]),
            "嘉善县",
            "钢化玻璃",
            "EN 12150-1:2015",
            "达到",
            d(2024, 8, 16),
            "是",
        ],
        no(B),
    )
    s.put(
        [8, "嘉善县罗星光电有限公司", c[8], "嘉善县", "LED面板灯", "IEC 62722-2-1:2014", "达到", d(2024, 8, 22), "是"],
        ok(
            B,
            enterprise_name="嘉善县罗星光电有限公司",
            uscc=c[8],
            unit=U,
            product="LED面板灯",
            standard_no="IEC 62722-2-1:2014",
            result="达到",
            date="2024-08-22",
        ),
    )
    s.put(
        [9, "嘉善陶庄纺织有限公司", c[9], "嘉善县", "涤棉混纺布", "ISO 13937-2:2000", "达到", d(2024, 8, 28), "是"],
        ok(
            B,
            enterprise_name="嘉善陶庄纺织有限公司",
            uscc=c[9],
            unit=U,
            product="涤棉混纺布",
            standard_no="ISO 13937-2:2000",
            result="达到",
            date="2024-08-28",
        ),
    )
    s.put(
        [10, "嘉善县干窑窑业有限公司", c[10], "嘉善县", "烧结多孔砖", "EN 771-1:2011", "达到", d(2024, 8, 30), "是"],
        ok(
            B,
            enterprise_name="嘉善县干窑窑业有限公司",
            uscc=c[10],
            unit=U,
            product="烧结多孔砖",
            standard_no="EN 771-1:2011",
            result="达到",
            date="2024-08-30",
        ),
    )
    s.put(["合计", "10家（其中本月新增7家）"], bold=True)
    return Case(
        "jiashan_2024-08_benchmarking_appended_months.xlsx",
        U,
        "2024-08",
        "the year's 台账 with August's rows typed under July's and a 本月新增 column (是 for this month's rows, 否 for "
        "July's, returned before); 合计 counting both; a code with a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def nanhu_brand_mark_field_codes() -> Case:
    """Header frozen in row 2 with a row of English field codes under it; statuses with bracketed asides."""
    U, c, xz = "南湖区", Firms("南湖区", "h7-p-codes"), Firms("秀洲区", "h7-p-codes")
    x = XBook()
    s = x.sheet("品字标")
    s.title("南湖区“品字标”品牌企业培育认证月报（2024年5月）", 8)
    s.put(
        ["企业名称", "统一社会信用代码", "所在县区", "产品名称", "培育认证状态", "浙江制造标准号", "证书编号", "日期"],
        bold=True,
    )
    s.put(["ent_name", "uscc", "county", "product", "status", "std_no", "cert_no", "rpt_date"])
    s.ws.freeze_panes = "A4"
    s.widths(30, 22, 10, 18, 18, 20, 22, 12)
    s.put(
        [
            "嘉兴南湖压缩机有限公司",
            c[1],
            "南湖区",
            "涡旋压缩机",
            "已认证（2024年）",
            "T/ZZB 1532—2020",
            "ZJM-001-6120-2024",
            d(2024, 5, 6),
        ],
        ok(
            P,
            enterprise_name="嘉兴南湖压缩机有限公司",
            uscc=c[1],
            unit=U,
            product="涡旋压缩机",
            status="已认证",
            standard_no="T/ZZB 1532—2020",
            cert_no="ZJM-001-6120-2024",
            date="2024-05-06",
        ),
    )
    s.put(
        ["嘉兴市凤桥食品有限公司", c[2], "南湖区", "水蜜桃罐头", "入库培育（第二批）", None, None, d(2024, 5, 9)],
        ok(
            P,
            enterprise_name="嘉兴市凤桥食品有限公司",
            uscc=c[2],
            unit=U,
            product="水蜜桃罐头",
            status="入库培育",
            date="2024-05-09",
        ),
    )
    s.put(
        [
            "嘉兴大桥特种线缆有限公司",
            c[3],
            "南湖区",
            "光伏电缆",
            "已认证（换证）",
            "T/ZZB 0929—2019",
            "ZJM-001-6135-2024",
            d(2024, 5, 14),
        ],
        ok(
            P,
            enterprise_name="嘉兴大桥特种线缆有限公司",
            uscc=c[3],
            unit=U,
            product="光伏电缆",
            status="已认证",
            standard_no="T/ZZB 0929—2019",
            cert_no="ZJM-001-6135-2024",
            date="2024-05-14",
        ),
    )
    s.put(
        ["嘉兴七星精密机械有限公司", c[4], "南湖区", "精密齿轮箱", "入库培育（第二批）", None, None, d(2024, 5, 17)],
        ok(
            P,
            enterprise_name="嘉兴七星精密机械有限公司",
            uscc=c[4],
            unit=U,
            product="精密齿轮箱",
            status="入库培育",
            date="2024-05-17",
        ),
    )
    # A Xiuzhou firm's row, sent by the district by mistake.
    s.put(
        ["嘉兴市王江泾织造有限公司", xz[1], "秀洲区", "涤纶面料", "入库培育（第二批）", None, None, d(2024, 5, 20)],
        no(P),
    )
    s.put(
        [
            "嘉兴新丰电机有限公司",
            c[5],
            "南湖区",
            "微型电机",
            "已认证（2024年）",
            "T/ZZB 2011—2021",
            "ZJM-001-6158-2024",
            d(2024, 5, 23),
        ],
        ok(
            P,
            enterprise_name="嘉兴新丰电机有限公司",
            uscc=c[5],
            unit=U,
            product="微型电机",
            status="已认证",
            standard_no="T/ZZB 2011—2021",
            cert_no="ZJM-001-6158-2024",
            date="2024-05-23",
        ),
    )
    s.put(
        ["嘉兴余新塑业有限公司", c[6], "南湖区", "PP-R管材", "入库培育（第三批）", None, None, d(2024, 5, 28)],
        ok(
            P,
            enterprise_name="嘉兴余新塑业有限公司",
            uscc=c[6],
            unit=U,
            product="PP-R管材",
            status="入库培育",
            date="2024-05-28",
        ),
    )
    return Case(
        "nanhu_2024-05_brand_mark_field_codes.xlsx",
        U,
        "2024-05",
        "title in row 1, Chinese header in row 2 and a row of English field codes under it (ent_name, uscc, "
        "county …), panes frozen below both; statuses with bracketed asides (已认证（2024年）, 已认证（换证）, "
        "入库培育（第二批）); a Xiuzhou firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def haining_green_station_sheets() -> Case:
    """A cover sheet, one sheet per 市场监督管理所 of the city and a 汇总 of counts; one certificate on two sheets."""
    U = "海宁市"
    c = Firms("海宁市", "h7-g-stations")
    x = XBook()
    cover = x.sheet("封面")
    cover.put([None, "绿色产品认证工作月报"])
    cover.blank()
    cover.put([None, "填报单位：", "海宁市市场监督管理局"])
    cover.put([None, "报送月份：", "2024年6月"])
    cover.put([None, "汇总科室：", "质量发展科"])
    cover.put([None, "联系电话：", "0573-87012345"])

    header = ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "证书编号", "发证日期", "有效期至"]

    def station(name: str, title: str):
        s = x.sheet(name)
        s.title(title, 8)
        s.put(header, bold=True)
        s.widths(6, 30, 22, 18, 16, 18, 12, 12)
        return s

    def cert(name, code, product, category, number, issued, until):
        return ok(
            G,
            enterprise_name=name,
            uscc=code,
            unit=U,
            product=product,
            category=category,
            status="已获证",
            cert_no=number,
            issue_date=issued.isoformat(),
            valid_until=until.isoformat(),
        )

    s = station("硖石所", "硖石市场监督管理所辖区绿色产品认证获证情况（2024年6月）")
    s.put(
        [1, "海宁市硖石家纺有限公司", c[1], "涤纶窗帘布", "纺织产品", "CGP2406020114", d(2024, 6, 4), d(2029, 6, 3)],
        cert("海宁市硖石家纺有限公司", c[1], "涤纶窗帘布", "纺织产品", "CGP2406020114", d(2024, 6, 4), d(2029, 6, 3)),
    )
    s.put(
        [2, "海宁市海洲涂料有限公司", c[2], "水性墙面涂料", "涂料", "CGP2406020121", d(2024, 6, 6), d(2029, 6, 5)],
        cert("海宁市海洲涂料有限公司", c[2], "水性墙面涂料", "涂料", "CGP2406020121", d(2024, 6, 6), d(2029, 6, 5)),
    )
    s = station("许村所", "许村市场监督管理所辖区绿色产品认证获证情况（2024年6月）")
    s.put(
        [1, "海宁许村经编有限公司", c[3], "经编沙发布", "纺织产品", "CGP2406020136", d(2024, 6, 11), d(2029, 6, 10)],
        cert("海宁许村经编有限公司", c[3], "经编沙发布", "纺织产品", "CGP2406020136", d(2024, 6, 11), d(2029, 6, 10)),
    )
    s.put(
        [2, "海宁市许巷纸品有限公司", c[4], "瓦楞纸板", "纸和纸制品", "CGP2406020142", d(2024, 6, 13), d(2029, 6, 12)],
        cert("海宁市许巷纸品有限公司", c[4], "瓦楞纸板", "纸和纸制品", "CGP2406020142", d(2024, 6, 13), d(2029, 6, 12)),
    )
    s.put(
        [3, "海宁荣星家居有限公司", c[5], "板式书柜", "家具", "CGP2406020150", d(2024, 6, 18), d(2029, 6, 17)],
        cert("海宁荣星家居有限公司", c[5], "板式书柜", "家具", "CGP2406020150", d(2024, 6, 18), d(2029, 6, 17)),
    )
    s = station("长安所", "长安市场监督管理所辖区绿色产品认证获证情况（2024年6月）")
    s.put(
        [
            1,
            "海宁长安保温材料有限公司",
            c[6],
            "挤塑聚苯板",
            "绝热材料",
            "CGP2406020163",
            d(2024, 6, 20),
            d(2029, 6, 19),
        ],
        cert(
            "海宁长安保温材料有限公司", c[6], "挤塑聚苯板", "绝热材料", "CGP2406020163", d(2024, 6, 20), d(2029, 6, 19)
        ),
    )
    # The firm sits on the line between two stations: 许村所 reported the same certificate.
    s.put(
        [2, "海宁荣星家居有限公司", c[5], "板式书柜", "家具", "CGP2406020150", d(2024, 6, 18), d(2029, 6, 17)],
        no(G),
    )
    s.put(
        [
            3,
            "海宁市周王庙陶瓷有限公司",
            c[7],
            "釉面砖",
            "陶瓷砖（板）",
            "CGP2406020177",
            d(2024, 6, 25),
            d(2029, 6, 24),
        ],
        cert(
            "海宁市周王庙陶瓷有限公司", c[7], "釉面砖", "陶瓷砖（板）", "CGP2406020177", d(2024, 6, 25), d(2029, 6, 24)
        ),
    )
    total = x.sheet("汇总")
    total.put(["市场监督管理所", "本月新增证书（张）", "累计（张）"], bold=True)
    total.put(["硖石所", 2, 9])
    total.put(["许村所", 3, 11])
    total.put(["长安所", 3, 7])
    total.put(["合计", 8, 27], bold=True)
    return Case(
        "haining_2024-06_green_station_sheets.xlsx",
        U,
        "2024-06",
        "a 封面 cover sheet (填报单位, 报送月份 as label and value cells), one list per 市场监督管理所 on sheets "
        "硖石所 / 许村所 / 长安所 with their own titles and no county or status column, and a 汇总 sheet of counts; "
        "one certificate reported by two stations (the second refused as a repeat)",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def pinghu_recall_unit_first() -> Case:
    """计量单位 typed before 涉及数量; 召回日期 as 2024/06/08 00:00 text, as a system export writes it."""
    U, c = "平湖市", Firms("平湖市", "h7-r-unitfirst")
    x = XBook()
    s = x.sheet("召回情况")
    s.title("平湖市缺陷产品召回情况月报（2024年6月）", 11)
    s.put(["填报单位：平湖市市场监督管理局", None, None, None, None, None, None, None, "填报日期：2024年7月3日"])
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "计量单位",
            "涉及数量",
            "已召回数量",
            "缺陷描述",
            "召回日期",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 16, 14, 10, 8, 10, 10, 30, 18)
    s.put(
        [
            1,
            "平湖市童星童车有限公司",
            c[1],
            "儿童自行车",
            "TX-16",
            "主动召回",
            "辆",
            1860,
            420,
            "车把竖管强度不足，可能断裂",
            "2024/06/05 00:00",
        ],
        ok(
            R,
            enterprise_name="平湖市童星童车有限公司",
            uscc=c[1],
            unit=U,
            product="儿童自行车",
            model="TX-16",
            recall_type="主动召回",
            quantity=1860,
            quantity_unit="辆",
            recalled=420,
            defect="车把竖管强度不足，可能断裂",
            date="2024-06-05",
        ),
    )
    s.put(
        [
            2,
            "平湖市新埭箱包有限公司",
            c[2],
            "拉杆箱",
            "XB-24",
            "主动召回",
            "只",
            3200,
            3200,
            "拉杆锁止机构失效，存在夹手风险",
            "2024/06/08 00:00",
        ],
        ok(
            R,
            enterprise_name="平湖市新埭箱包有限公司",
            uscc=c[2],
            unit=U,
            product="拉杆箱",
            model="XB-24",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="只",
            recalled=3200,
            defect="拉杆锁止机构失效，存在夹手风险",
            date="2024-06-08",
        ),
    )
    s.put(
        [
            3,
            "平湖市当湖电器有限公司",
            c[3],
            "电暖器",
            "DN-2000",
            "责令召回",
            "台",
            540,
            0,
            "倾倒开关失效，存在火灾隐患",
            "2024/06/12 00:00",
        ],
        ok(
            R,
            enterprise_name="平湖市当湖电器有限公司",
            uscc=c[3],
            unit=U,
            product="电暖器",
            model="DN-2000",
            recall_type="责令召回",
            quantity=540,
            quantity_unit="台",
            recalled=0,
            defect="倾倒开关失效，存在火灾隐患",
            date="2024-06-12",
        ),
    )
    # The quantity was still being counted when the return went out.
    s.put(
        [
            4,
            "平湖市乍浦五金有限公司",
            c[4],
            "折叠梯",
            "ZT-5",
            "主动召回",
            "把",
            "待核实",
            None,
            "锁扣强度不足",
            "2024/06/17 00:00",
        ],
        no(R),
    )
    s.put(
        [
            5,
            "平湖市独山港电动车有限公司",
            c[5],
            "电动自行车",
            "DS-48V",
            "主动召回",
            "辆",
            960,
            215,
            "充电器输出电压异常，可能引起电池过热",
            "2024/06/20 00:00",
        ],
        ok(
            R,
            enterprise_name="平湖市独山港电动车有限公司",
            uscc=c[5],
            unit=U,
            product="电动自行车",
            model="DS-48V",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="辆",
            recalled=215,
            defect="充电器输出电压异常，可能引起电池过热",
            date="2024-06-20",
        ),
    )
    s.put(
        [
            6,
            "平湖市林埭玩具有限公司",
            c[6],
            "毛绒玩具",
            "MR-30",
            "主动召回",
            "件",
            12500,
            8600,
            "眼睛部件易脱落，存在误吞风险",
            "2024/06/26 00:00",
        ],
        ok(
            R,
            enterprise_name="平湖市林埭玩具有限公司",
            uscc=c[6],
            unit=U,
            product="毛绒玩具",
            model="MR-30",
            recall_type="主动召回",
            quantity=12500,
            quantity_unit="件",
            recalled=8600,
            defect="眼睛部件易脱落，存在误吞风险",
            date="2024-06-26",
        ),
    )
    s.put(
        [
            7,
            "平湖市曹桥服饰有限公司",
            c[7],
            "儿童连衣裙",
            "LY-120",
            "主动召回",
            "件",
            4300,
            3900,
            "胸前装饰扣易脱落，存在误吞风险",
            "2024/06/28 00:00",
        ],
        ok(
            R,
            enterprise_name="平湖市曹桥服饰有限公司",
            uscc=c[7],
            unit=U,
            product="儿童连衣裙",
            model="LY-120",
            recall_type="主动召回",
            quantity=4300,
            quantity_unit="件",
            recalled=3900,
            defect="胸前装饰扣易脱落，存在误吞风险",
            date="2024-06-28",
        ),
    )
    s.put(["合计", None, None, None, None, None, None, "=SUM(H4:H10)", "=SUM(I4:I10)"], bold=True)
    s.put(["审核人：", None, None, "填表人：", None, None, "联系电话："])
    return Case(
        "pinghu_2024-06_recall_unit_first.xlsx",
        U,
        "2024-06",
        "recall 月报 with 计量单位 typed before 涉及数量 and 已召回数量; 召回日期 as text 2024/06/05 00:00 (a clock "
        "time without seconds); 涉及数量 待核实 (refused); SUM 合计 and sign-off line",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def xiuzhou_recall_mac_utf16() -> Case:
    """A CSV saved by a Mac in UTF-16 LE without a byte-order mark, comma-separated, LF line ends."""
    U, c = "秀洲区", Firms("秀洲区", "h7-r-utf16")
    stem = "xiuzhou_2024-05_recall_mac_utf16"
    t = Lines(stem)
    t.put(
        [
            "生产者名称",
            "统一社会信用代码",
            "所在县区",
            "召回产品",
            "型号",
            "召回方式",
            "召回数量",
            "单位",
            "缺陷",
            "召回开始日期",
        ]
    )
    t.put(
        [
            "嘉兴秀洲小家电有限公司",
            c[1],
            "秀洲区",
            "电热水壶",
            "SK-17A",
            "主动召回",
            "2400",
            "台",
            "温控器失效，可能干烧",
            "2024-05-06",
        ],
        ok(
            R,
            enterprise_name="嘉兴秀洲小家电有限公司",
            uscc=c[1],
            unit=U,
            product="电热水壶",
            model="SK-17A",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="台",
            defect="温控器失效，可能干烧",
            date="2024-05-06",
        ),
    )
    t.put(
        [
            "嘉兴王店电器有限公司",
            c[2],
            "秀洲区",
            "电风扇",
            "FS-40",
            "主动召回",
            "1,150",
            "台",
            "网罩间隙过大，手指可触及扇叶",
            "2024-05-09",
        ],
        ok(
            R,
            enterprise_name="嘉兴王店电器有限公司",
            uscc=c[2],
            unit=U,
            product="电风扇",
            model="FS-40",
            recall_type="主动召回",
            quantity=1150,
            quantity_unit="台",
            defect="网罩间隙过大，手指可触及扇叶",
            date="2024-05-09",
        ),
    )
    t.put(
        [
            "嘉兴新塍童车有限公司",
            c[3],
            "秀洲区",
            "婴儿推车",
            "TC-8",
            "责令召回",
            "380",
            "辆",
            "折叠锁定装置可能意外解锁",
            "2024-05-14",
        ],
        ok(
            R,
            enterprise_name="嘉兴新塍童车有限公司",
            uscc=c[3],
            unit=U,
            product="婴儿推车",
            model="TC-8",
            recall_type="责令召回",
            quantity=380,
            quantity_unit="辆",
            defect="折叠锁定装置可能意外解锁",
            date="2024-05-14",
        ),
    )
    t.put(
        [
            "嘉兴油车港智能科技有限公司",
            c[4],
            "秀洲区",
            "智能插座",
            "ZC-10",
            "主动召回",
            "5600",
            "个",
            "插套温升超标",
            "2024-05-20",
        ],
        ok(
            R,
            enterprise_name="嘉兴油车港智能科技有限公司",
            uscc=c[4],
            unit=U,
            product="智能插座",
            model="ZC-10",
            recall_type="主动召回",
            quantity=5600,
            quantity_unit="个",
            defect="插套温升超标",
            date="2024-05-20",
        ),
    )
    # The same recall entered twice.
    t.put(
        [
            "嘉兴油车港智能科技有限公司",
            c[4],
            "秀洲区",
            "智能插座",
            "ZC-10",
            "主动召回",
            "5600",
            "个",
            "插套温升超标",
            "2024-05-20",
        ],
        no(R),
    )
    t.put(
        [
            "嘉兴洪合针织有限公司",
            c[5],
            "秀洲区",
            "儿童卫衣",
            "WY-110",
            "主动召回",
            "860",
            "件",
            "帽绳过长，存在勒颈风险",
            "2024-05-27",
        ],
        ok(
            R,
            enterprise_name="嘉兴洪合针织有限公司",
            uscc=c[5],
            unit=U,
            product="儿童卫衣",
            model="WY-110",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="件",
            defect="帽绳过长，存在勒颈风险",
            date="2024-05-27",
        ),
    )
    t.put(
        [
            "嘉兴王江泾灯饰有限公司",
            c[6],
            "秀洲区",
            "吸顶灯",
            "XD-36",
            "主动召回",
            "1200",
            "盏",
            "灯罩卡扣易断裂，存在坠落风险",
            "2024-05-30",
        ],
        ok(
            R,
            enterprise_name="嘉兴王江泾灯饰有限公司",
            uscc=c[6],
            unit=U,
            product="吸顶灯",
            model="XD-36",
            recall_type="主动召回",
            quantity=1200,
            quantity_unit="盏",
            defect="灯罩卡扣易断裂，存在坠落风险",
            date="2024-05-30",
        ),
    )
    return Case(
        f"{stem}.csv",
        U,
        "2024-05",
        "CSV saved by a Mac in UTF-16 LE with no byte-order mark, comma-separated with LF line ends, no title; "
        "1,150 quoted; one recall entered twice (the second refused)",
        True,
        t.text().replace("\r\n", "\n").encode("utf-16-le"),
        t.rows,
        holdout_set=7,
    )


@case
def haiyan_recall_format_units() -> Case:
    """Quantities typed as numbers and shown with their unit by the cell's number format (0"台"), no 单位 column."""
    U, c = "海盐县", Firms("海盐县", "h7-r-format")
    x = XBook()
    s = x.sheet("3月")
    s.title("海盐县缺陷产品召回工作情况（2024年3月）", 10)
    s.put(
        [
            "序号",
            "生产企业",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "已召回",
            "召回日期",
            "缺陷情况",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 16, 14, 10, 12, 12, 14, 30)

    def put(cells, unit_format, expect):
        row = s.put(cells, expect, date_format=CN_DATE)
        for col in (7, 8):
            s.ws.cell(row=row, column=col).number_format = unit_format

    put(
        [
            1,
            "海盐县武原紧固件有限公司",
            c[1],
            "膨胀螺栓",
            "M10×100",
            "主动召回",
            48000,
            31000,
            d(2024, 3, 4),
            "镀层不合格，易锈蚀断裂",
        ],
        '#,##0"套"',
        ok(
            R,
            enterprise_name="海盐县武原紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="膨胀螺栓",
            model="M10×100",
            recall_type="主动召回",
            quantity=48000,
            quantity_unit="套",
            recalled=31000,
            date="2024-03-04",
            defect="镀层不合格，易锈蚀断裂",
        ),
    )
    put(
        [
            2,
            "海盐县秦山电器有限公司",
            c[2],
            "电烤箱",
            "KX-32",
            "主动召回",
            1250,
            600,
            d(2024, 3, 8),
            "门玻璃受热易爆裂",
        ],
        '0"台"',
        ok(
            R,
            enterprise_name="海盐县秦山电器有限公司",
            uscc=c[2],
            unit=U,
            product="电烤箱",
            model="KX-32",
            recall_type="主动召回",
            quantity=1250,
            quantity_unit="台",
            recalled=600,
            date="2024-03-08",
            defect="门玻璃受热易爆裂",
        ),
    )
    put(
        [
            3,
            "海盐县沈荡童车有限公司",
            c[3],
            "儿童滑板车",
            "HB-3",
            "责令召回",
            720,
            0,
            d(2024, 3, 13),
            "前轮支架焊接不牢",
        ],
        '0"辆"',
        ok(
            R,
            enterprise_name="海盐县沈荡童车有限公司",
            uscc=c[3],
            unit=U,
            product="儿童滑板车",
            model="HB-3",
            recall_type="责令召回",
            quantity=720,
            quantity_unit="辆",
            recalled=0,
            date="2024-03-13",
            defect="前轮支架焊接不牢",
        ),
    )
    # The firm had not yet given its figures: 涉及数量 left empty.
    put(
        [
            4,
            "海盐县通元灯具有限公司",
            c[4],
            "LED台灯",
            "TD-06",
            "主动召回",
            None,
            None,
            d(2024, 3, 18),
            "电源适配器绝缘不足",
        ],
        '0"盏"',
        no(R),
    )
    put(
        [
            5,
            "海盐县于城塑料制品有限公司",
            c[5],
            "儿童水杯",
            "SB-350",
            "主动召回",
            9800,
            7450,
            d(2024, 3, 21),
            "吸管阀门小零件易脱落",
        ],
        '#,##0"个"',
        ok(
            R,
            enterprise_name="海盐县于城塑料制品有限公司",
            uscc=c[5],
            unit=U,
            product="儿童水杯",
            model="SB-350",
            recall_type="主动召回",
            quantity=9800,
            quantity_unit="个",
            recalled=7450,
            date="2024-03-21",
            defect="吸管阀门小零件易脱落",
        ),
    )
    put(
        [
            6,
            "海盐县澉浦户外用品有限公司",
            c[6],
            "折叠露营椅",
            "LY-2",
            "主动召回",
            2300,
            1980,
            d(2024, 3, 27),
            "铰接处存在夹手风险",
        ],
        '0"把"',
        ok(
            R,
            enterprise_name="海盐县澉浦户外用品有限公司",
            uscc=c[6],
            unit=U,
            product="折叠露营椅",
            model="LY-2",
            recall_type="主动召回",
            quantity=2300,
            quantity_unit="把",
            recalled=1980,
            date="2024-03-27",
            defect="铰接处存在夹手风险",
        ),
    )
    put(
        [
            7,
            "海盐县西塘桥电动工具有限公司",
            c[7],
            "角磨机",
            "JM-100",
            "主动召回",
            3600,
            2100,
            d(2024, 3, 29),
            "防护罩固定不牢",
        ],
        '#,##0"台"',
        ok(
            R,
            enterprise_name="海盐县西塘桥电动工具有限公司",
            uscc=c[7],
            unit=U,
            product="角磨机",
            model="JM-100",
            recall_type="主动召回",
            quantity=3600,
            quantity_unit="台",
            recalled=2100,
            date="2024-03-29",
            defect="防护罩固定不牢",
        ),
    )
    s.put(["说明：涉及数量、已召回数量按企业报送数填写，单位随单元格格式显示。"])
    return Case(
        "haiyan_2024-03_recall_format_units.xlsx",
        U,
        "2024-03",
        "recall list with no 单位 column: 涉及数量 and 已召回 typed as numbers and shown with their unit by a custom "
        'number format (#,##0"套", 0"台", 0"辆" …); 2024年3月4日 date cells; an empty 涉及数量 (refused)',
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def tongxiang_three_same_links() -> Case:
    """三同 list with a 声明链接 column of hyperlinks and a 二维码 column holding only its caption."""
    U, c, hn = "桐乡市", Firms("桐乡市", "h7-t-links"), Firms("海宁市", "h7-t-links")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("桐乡市“同线同标同质”产品情况（2024年7月）", 9)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "所在地", "产品名称", "产品类别", "声明日期", "声明链接", "二维码"],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 18, 12, 12, 48, 10)

    def put(cells, link, expect):
        row = s.put([*cells, link, "扫码查看"], expect)
        s.ws.cell(row=row, column=8).hyperlink = link

    base = "https://www.tongxianbiao.cn/declaration/detail?id="
    put(
        [1, "桐乡市濮院针织有限公司", c[1], "桐乡市", "羊毛针织衫", "一般消费品", d(2024, 7, 2)],
        base + "330483240701",
        ok(
            T,
            enterprise_name="桐乡市濮院针织有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛针织衫",
            category="一般消费品",
            date="2024-07-02",
        ),
    )
    put(
        [2, "桐乡市乌镇姑嫂饼食品有限公司", c[2], "桐乡市", "姑嫂饼", "食品农产品", d(2024, 7, 5)],
        base + "330483240702",
        ok(
            T,
            enterprise_name="桐乡市乌镇姑嫂饼食品有限公司",
            uscc=c[2],
            unit=U,
            product="姑嫂饼",
            category="食品农产品",
            date="2024-07-05",
        ),
    )
    put(
        [3, "桐乡市崇福皮草有限公司", c[3], "桐乡市", "皮草围巾", "一般消费品", d(2024, 7, 9)],
        base + "330483240703",
        ok(
            T,
            enterprise_name="桐乡市崇福皮草有限公司",
            uscc=c[3],
            unit=U,
            product="皮草围巾",
            category="一般消费品",
            date="2024-07-09",
        ),
    )
    put(
        [4, "桐乡市振石新材料有限公司", c[4], "桐乡市", "玻璃纤维短切毡", "工业品", d(2024, 7, 12)],
        base + "330483240704",
        ok(
            T,
            enterprise_name="桐乡市振石新材料有限公司",
            uscc=c[4],
            unit=U,
            product="玻璃纤维短切毡",
            category="工业品",
            date="2024-07-12",
        ),
    )
    # A Haining firm's declaration, copied in from the platform's search by mistake.
    put(
        [5, "海宁市马桥经编有限公司", hn[1], "海宁市", "经编蕾丝面料", "一般消费品", d(2024, 7, 15)],
        base + "330481240705",
        no(T),
    )
    put(
        [6, "桐乡市石门湾杭白菊有限公司", c[5], "桐乡市", "杭白菊", "食品农产品", d(2024, 7, 19)],
        base + "330483240706",
        ok(
            T,
            enterprise_name="桐乡市石门湾杭白菊有限公司",
            uscc=c[5],
            unit=U,
            product="杭白菊",
            category="食品农产品",
            date="2024-07-19",
        ),
    )
    put(
        [7, "桐乡市洲泉化纤有限公司", c[6], "桐乡市", "涤纶低弹丝", "工业品", d(2024, 7, 24)],
        base + "330483240707",
        ok(
            T,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[6],
            unit=U,
            product="涤纶低弹丝",
            category="工业品",
            date="2024-07-24",
        ),
    )
    s.put(["注：声明链接可在“三同”公共服务平台查验，二维码见纸质材料。"])
    return Case(
        "tongxiang_2024-07_three_same_links.xlsx",
        U,
        "2024-07",
        "三同 list with a 声明链接 column of the platform's declaration URLs (as cell hyperlinks) and a 二维码 column "
        "holding only 扫码查看; 所在地 as the county header; no platform column; a Haining firm's declaration",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def gangqu_brand_mark_wingdings() -> Case:
    """附件2 form whose 入库培育 / 已认证 boxes are Wingdings 2 characters (R ticked, £ empty), as in a Word form."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h7-p-wingdings")
    x = XBook()
    s = x.sheet("附件2")
    s.put(["附件2"])
    s.title("嘉兴港区“品字标”品牌企业培育认证情况表", 9)
    s.put(["填报单位：嘉兴港区市场监督管理分局", None, None, None, None, None, "报送时间：2024年11月4日"])
    head = s.put(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "类别", None, "浙江制造标准", "证书编号", "日期"],
        bold=True,
    )
    s.put([None, None, None, None, "入库培育", "已认证"], bold=True)
    for col in "ABCDGHI":
        s.merge(f"{col}{head}:{col}{head + 1}")
    s.merge(f"E{head}:F{head}")
    s.widths(6, 30, 22, 18, 10, 10, 20, 22, 12)
    box = Font(name="Wingdings 2", size=12)

    def put(cells, ticks, expect):
        row = s.put(cells[:4] + list(ticks) + cells[4:], expect, date_format=CN_DATE)
        for col in (5, 6):
            s.ws.cell(row=row, column=col).font = box

    put(
        [1, "嘉兴港区乍浦化工有限公司", c[1], "环氧树脂", "T/ZZB 2207—2021", "ZJM-011-1034-2024", d(2024, 10, 8)],
        "£R",
        ok(
            P,
            enterprise_name="嘉兴港区乍浦化工有限公司",
            uscc=c[1],
            unit=U,
            product="环氧树脂",
            status="已认证",
            standard_no="T/ZZB 2207—2021",
            cert_no="ZJM-011-1034-2024",
            date="2024-10-08",
        ),
    )
    put(
        [2, "嘉兴港区美福新材料有限公司", c[2], "聚酯切片", None, None, d(2024, 10, 11)],
        "R£",
        ok(
            P,
            enterprise_name="嘉兴港区美福新材料有限公司",
            uscc=c[2],
            unit=U,
            product="聚酯切片",
            status="入库培育",
            date="2024-10-11",
        ),
    )
    put(
        [3, "嘉兴港区独山港物流装备有限公司", c[3], "集装箱拖车", None, None, d(2024, 10, 15)],
        "R£",
        ok(
            P,
            enterprise_name="嘉兴港区独山港物流装备有限公司",
            uscc=c[3],
            unit=U,
            product="集装箱拖车",
            status="入库培育",
            date="2024-10-15",
        ),
    )
    put(
        [
            4,
            "嘉兴港区华兴合成材料有限公司",
            c[4],
            "丙烯酸乳液",
            "T/ZZB 1873—2020",
            "ZJM-011-1051-2024",
            d(2024, 10, 18),
        ],
        "£R",
        ok(
            P,
            enterprise_name="嘉兴港区华兴合成材料有限公司",
            uscc=c[4],
            unit=U,
            product="丙烯酸乳液",
            status="已认证",
            standard_no="T/ZZB 1873—2020",
            cert_no="ZJM-011-1051-2024",
            date="2024-10-18",
        ),
    )
    # No product named: the clerk left a slash.
    put([5, "嘉兴港区乍浦塑业有限公司", c[5], "/", None, None, d(2024, 10, 22)], "R£", no(P))
    put(
        [6, "嘉兴港区九龙山食品有限公司", c[6], "海鲜调味料", None, None, d(2024, 10, 25)],
        "R£",
        ok(
            P,
            enterprise_name="嘉兴港区九龙山食品有限公司",
            uscc=c[6],
            unit=U,
            product="海鲜调味料",
            status="入库培育",
            date="2024-10-25",
        ),
    )
    put(
        [7, "嘉兴港区中宝塑胶有限公司", c[7], "汽车密封条", "T/ZZB 1409—2019", "ZJM-011-1066-2024", d(2024, 10, 29)],
        "£R",
        ok(
            P,
            enterprise_name="嘉兴港区中宝塑胶有限公司",
            uscc=c[7],
            unit=U,
            product="汽车密封条",
            status="已认证",
            standard_no="T/ZZB 1409—2019",
            cert_no="ZJM-011-1066-2024",
            date="2024-10-29",
        ),
    )
    s.put(["填表人：", None, "审核人：", None, "联系电话："])
    return Case(
        "gangqu_2024-10_brand_mark_wingdings.xlsx",
        U,
        "2024-10",
        "附件2 form from a Word template: 类别 merged over 入库培育 / 已认证 with the boxes typed in the Wingdings 2 "
        "font (R shows ☑, £ shows ☐) as Word's 带框对号 pastes them; 附件2 line and title above; a product written / "
        "(refused)",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def jingkai_green_former_names_xls() -> Case:
    """Excel 97-2003 green list in which renamed firms carry their former name in brackets after the name."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h7-g-former")
    x = XlsBook()
    s = x.sheet("绿色产品认证")
    s.ws.write_merge(0, 0, 0, 9, "嘉兴经济技术开发区绿色产品认证企业情况（2024年8月）")
    s.n = 1
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育时间",
            "证书编号",
            "发证日期",
            "有效期至",
        ]
    )
    s.put(
        [
            1,
            "嘉兴经开智能家居股份有限公司（原嘉兴经开家具有限公司）",
            c[1],
            "实木衣柜",
            "家具",
            "已获证",
            None,
            "CGP2408040112",
            d(2024, 8, 5),
            d(2029, 8, 4),
        ],
        ok(
            G,
            enterprise_name="嘉兴经开智能家居股份有限公司",
            uscc=c[1],
            unit=U,
            product="实木衣柜",
            category="家具",
            status="已获证",
            cert_no="CGP2408040112",
            issue_date="2024-08-05",
            valid_until="2029-08-04",
        ),
    )
    s.put(
        [2, "嘉兴城南涂料科技有限公司", c[2], "水性工业涂料", "涂料", "培育中", d(2024, 8, 7), None, None, None],
        ok(
            G,
            enterprise_name="嘉兴城南涂料科技有限公司",
            uscc=c[2],
            unit=U,
            product="水性工业涂料",
            category="涂料",
            status="培育中",
            start_date="2024-08-07",
        ),
    )
    s.put(
        [
            3,
            "浙江嘉经新材料科技有限公司(曾用名：嘉兴嘉经塑料制品有限公司)",
            c[3],
            "塑料周转箱",
            "塑料制品",
            "已获证",
            None,
            "CGP2408040127",
            d(2024, 8, 12),
            d(2029, 8, 11),
        ],
        ok(
            G,
            enterprise_name="浙江嘉经新材料科技有限公司",
            uscc=c[3],
            unit=U,
            product="塑料周转箱",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2408040127",
            issue_date="2024-08-12",
            valid_until="2029-08-11",
        ),
    )
    s.put(
        [
            4,
            "嘉兴经开纸业有限公司",
            c[4],
            "生活用纸",
            "纸和纸制品",
            "已获证",
            None,
            "CGP2408040133",
            d(2024, 8, 14),
            d(2029, 8, 13),
        ],
        ok(
            G,
            enterprise_name="嘉兴经开纸业有限公司",
            uscc=c[4],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2408040133",
            issue_date="2024-08-14",
            valid_until="2029-08-13",
        ),
    )
    # The code was typed with two characters swapped: the check fails.
    s.put(
        [
            5,
            "嘉兴塘汇保温建材有限公司",
            transposed(c[5]),
            "岩棉板",
            "绝热材料",
            "已获证",
            None,
            "CGP2408040141",
            d(2024, 8, 19),
            d(2029, 8, 18),
        ],
        no(G),
    )
    s.put(
        [
            6,
            "嘉兴经开纺织科技有限公司（原嘉兴市城东纺织厂）",
            c[6],
            "再生涤纶面料",
            "纺织产品",
            "培育中",
            d(2024, 8, 21),
            None,
            None,
            None,
        ],
        ok(
            G,
            enterprise_name="嘉兴经开纺织科技有限公司",
            uscc=c[6],
            unit=U,
            product="再生涤纶面料",
            category="纺织产品",
            status="培育中",
            start_date="2024-08-21",
        ),
    )
    s.put(
        [
            7,
            "嘉兴长水卫浴有限公司",
            c[7],
            "陶瓷坐便器",
            "卫生陶瓷",
            "已获证",
            None,
            "CGP2408040156",
            d(2024, 8, 27),
            d(2029, 8, 26),
        ],
        ok(
            G,
            enterprise_name="嘉兴长水卫浴有限公司",
            uscc=c[7],
            unit=U,
            product="陶瓷坐便器",
            category="卫生陶瓷",
            status="已获证",
            cert_no="CGP2408040156",
            issue_date="2024-08-27",
            valid_until="2029-08-26",
        ),
    )
    s.put(["注：企业更名的，括号内注明原名称。"])
    return Case(
        "jingkai_2024-08_green_former_names.xls",
        U,
        "2024-08",
        "Excel 97-2003 list with no county column: renamed firms written with their former name in brackets after the "
        "current one (（原…）, (曾用名：…)); 培育中 and 已获证 mixed with 纳入培育时间; a code with two characters "
        "swapped (refused)",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def xiuzhou_benchmarking_blank_numbered() -> Case:
    """The city's template with 序号 1 … 15 printed in advance: seven filled, 以下空白, the rest numbered but empty."""
    U, c = "秀洲区", Firms("秀洲区", "h7-b-numbered")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("企业标准对标达标提升行动进展情况表", 8)
    s.put(["填报单位（盖章）：秀洲区市场监督管理局", None, None, None, None, "所属月份：2024年3月"])
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "县（市、区）", "对标产品", "对标标准编号", "对标结果", "完成时间"],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 24, 10, 12)
    s.put(
        [1, "嘉兴秀洲光伏科技有限公司", c[1], "秀洲区", "光伏背板", "IEC 62788-2:2017", "达到", d(2024, 3, 5)],
        ok(
            B,
            enterprise_name="嘉兴秀洲光伏科技有限公司",
            uscc=c[1],
            unit=U,
            product="光伏背板",
            standard_no="IEC 62788-2:2017",
            result="达到",
            date="2024-03-05",
        ),
    )
    s.put(
        [2, "嘉兴王江泾丝绸有限公司", c[2], "秀洲区", "真丝绸缎", "ISO 105-C06:2010", "优于", d(2024, 3, 8)],
        ok(
            B,
            enterprise_name="嘉兴王江泾丝绸有限公司",
            uscc=c[2],
            unit=U,
            product="真丝绸缎",
            standard_no="ISO 105-C06:2010",
            result="优于",
            date="2024-03-08",
        ),
    )
    s.put(
        [3, "嘉兴新塍塑胶有限公司", c[3], "秀洲区", "PVC地板", "EN ISO 10582:2017", "达到", d(2024, 3, 12)],
        ok(
            B,
            enterprise_name="嘉兴新塍塑胶有限公司",
            uscc=c[3],
            unit=U,
            product="PVC地板",
            standard_no="EN ISO 10582:2017",
            result="达到",
            date="2024-03-12",
        ),
    )
    # The standard was still to be confirmed with the firm.
    s.put([4, "嘉兴油车港机械有限公司", c[4], "秀洲区", "数控折弯机", "待补充", "达到", d(2024, 3, 15)], no(B))
    s.put(
        [5, "嘉兴高照食品有限公司", c[5], "秀洲区", "速冻汤圆", "CODEX STAN 192-1995", "达到", d(2024, 3, 20)],
        ok(
            B,
            enterprise_name="嘉兴高照食品有限公司",
            uscc=c[5],
            unit=U,
            product="速冻汤圆",
            standard_no="CODEX STAN 192-1995",
            result="达到",
            date="2024-03-20",
        ),
    )
    s.put(
        [6, "嘉兴洪合电子有限公司", c[6], "秀洲区", "电源适配器", "IEC 62368-1:2018", "达到", d(2024, 3, 26)],
        ok(
            B,
            enterprise_name="嘉兴洪合电子有限公司",
            uscc=c[6],
            unit=U,
            product="电源适配器",
            standard_no="IEC 62368-1:2018",
            result="达到",
            date="2024-03-26",
        ),
    )
    s.put(
        [7, "嘉兴王店五金工具有限公司", c[7], "秀洲区", "手动扳手", "ISO 6789-1:2017", "达到", d(2024, 3, 28)],
        ok(
            B,
            enterprise_name="嘉兴王店五金工具有限公司",
            uscc=c[7],
            unit=U,
            product="手动扳手",
            standard_no="ISO 6789-1:2017",
            result="达到",
            date="2024-03-28",
        ),
    )
    s.put([8, "以下空白"])
    for number in range(9, 16):
        s.put([number])
    s.put(["填表人：", None, "联系电话：", None, None, "填报日期：2024年4月2日"])
    return Case(
        "xiuzhou_2024-03_benchmarking_blank_numbered.xlsx",
        U,
        "2024-03",
        "the city's printed template with 序号 1 … 15 filled in advance: seven firms, 以下空白 on line 8 and lines "
        "9 … 15 holding only their number; 填报单位（盖章） and 所属月份 line; 对标标准编号 待补充 (refused)",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def haining_three_same_ytd_sheet() -> Case:
    """The month's sheet (2月新增) beside the year-to-date sheet (2025年累计) that repeats its rows."""
    U, c = "海宁市", Firms("海宁市", "h7-t-ytd")
    header = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "县（市、区）",
        "产品名称",
        "产品类别",
        "声明日期",
        "是否入驻平台",
    ]
    x = XBook()
    s = x.sheet("2月新增")
    s.title("海宁市“三同”产品本月新增情况（2025年2月）", 8)
    s.put(header, bold=True)
    s.widths(6, 30, 22, 12, 18, 12, 12, 12)
    month = [
        (1, "海宁市许村布艺有限公司", c[3], "海宁市", "提花沙发布", "一般消费品", d(2025, 2, 6), "是"),
        (2, "海宁市盐官食品有限公司", c[4], "海宁市", "潮乡酱鸭", "食品农产品", d(2025, 2, 11), "否"),
        (3, "海宁袁花紧固件有限公司", c[5], "海宁市", "不锈钢自攻螺钉", "工业品", d(2025, 2, 14), "是"),
        (4, "海宁市丁桥电子有限公司", wrong_check(c[6]), "海宁市", "LED驱动电源", "工业品", d(2025, 2, 19), "是"),
        (5, "海宁市黄湾皮件有限公司", c[7], "海宁市", "真皮钱包", "一般消费品", d(2025, 2, 24), "是"),
        (6, "海宁市周王庙蚕丝有限公司", c[8], "海宁市", "蚕丝被", "一般消费品", d(2025, 2, 26), "是"),
    ]
    s.put(
        list(month[0]),
        ok(
            T,
            enterprise_name="海宁市许村布艺有限公司",
            uscc=c[3],
            unit=U,
            product="提花沙发布",
            category="一般消费品",
            date="2025-02-06",
            on_platform=True,
        ),
    )
    s.put(
        list(month[1]),
        ok(
            T,
            enterprise_name="海宁市盐官食品有限公司",
            uscc=c[4],
            unit=U,
            product="潮乡酱鸭",
            category="食品农产品",
            date="2025-02-11",
            on_platform=False,
        ),
    )
    s.put(
        list(month[2]),
        ok(
            T,
            enterprise_name="海宁袁花紧固件有限公司",
            uscc=c[5],
            unit=U,
            product="不锈钢自攻螺钉",
            category="工业品",
            date="2025-02-14",
            on_platform=True,
        ),
    )
    # A typo in the code's last character.
    s.put(list(month[3]), no(T))
    s.put(
        list(month[4]),
        ok(
            T,
            enterprise_name="海宁市黄湾皮件有限公司",
            uscc=c[7],
            unit=U,
            product="真皮钱包",
            category="一般消费品",
            date="2025-02-24",
            on_platform=True,
        ),
    )
    s.put(
        list(month[5]),
        ok(
            T,
            enterprise_name="海宁市周王庙蚕丝有限公司",
            uscc=c[8],
            unit=U,
            product="蚕丝被",
            category="一般消费品",
            date="2025-02-26",
            on_platform=True,
        ),
    )
    s.put(["本月合计", "6个"], bold=True)
    # The year to date: January's rows (returned last month) and February's again, none of them listed.
    y = x.sheet("2025年累计")
    y.title("海宁市“三同”产品累计情况（2025年1-2月）", 8)
    y.put(header, bold=True)
    y.widths(6, 30, 22, 12, 18, 12, 12, 12)
    y.put([1, "海宁市长安经编有限公司", c[1], "海宁市", "经编网布", "工业品", d(2025, 1, 9), "是"])
    y.put([2, "海宁市斜桥榨菜有限公司", c[2], "海宁市", "低盐榨菜", "食品农产品", d(2025, 1, 22), "是"])
    for number, *rest in month:
        y.put([number + 2, *rest])
    y.put(["累计合计", "8个"], bold=True)
    return Case(
        "haining_2025-02_three_same_ytd_sheet.xlsx",
        U,
        "2025-02",
        "the month's sheet 2月新增 first and a year-to-date sheet 2025年累计 after it repeating January's rows and "
        "February's (not listed: only the month's sheet is the return); 是否入驻平台 是/否; a code with a wrong check "
        "character",
        True,
        x.data(),
        x.rows,
        holdout_set=7,
    )


@case
def tongxiang_brand_mark_month_column() -> Case:
    """GB18030 CSV of the year's list with a 月份 column: April's rows left above May's."""
    U, c = "桐乡市", Firms("桐乡市", "h7-p-month")
    stem = "tongxiang_2024-05_brand_mark_month_column"
    t = Lines(stem)
    t.put(["月份", "企业名称", "统一社会信用代码", "县市区", "产品", "状态", "标准编号", "证书编号", "认定日期"])
    # April's rows, returned last month.
    t.put(["2024年4月", "桐乡市梧桐羊毛衫有限公司", c[1], "桐乡市", "羊毛衫", "入库培育", "", "", "2024-04-10"])
    t.put(
        [
            "2024年4月",
            "桐乡市屠甸电机有限公司",
            c[2],
            "桐乡市",
            "永磁同步电机",
            "已认证",
            "T/ZZB 1108—2019",
            "ZJM-007-3301-2024",
            "2024-04-23",
        ]
    )
    t.put(
        ["2024年5月", "桐乡市濮院毛纺有限公司", c[3], "桐乡市", "精纺毛纱", "入库培育", "", "", "2024-05-07"],
        ok(
            P,
            enterprise_name="桐乡市濮院毛纺有限公司",
            uscc=c[3],
            unit=U,
            product="精纺毛纱",
            status="入库培育",
            date="2024-05-07",
        ),
    )
    t.put(
        [
            "2024年5月",
            "桐乡市崇福皮革有限公司",
            c[4],
            "桐乡市",
            "汽车座椅皮革",
            "已认证",
            "T/ZZB 0816—2018",
            "ZJM-007-3327-2024",
            "2024-05-10",
        ],
        ok(
            P,
            enterprise_name="桐乡市崇福皮革有限公司",
            uscc=c[4],
            unit=U,
            product="汽车座椅皮革",
            status="已认证",
            standard_no="T/ZZB 0816—2018",
            cert_no="ZJM-007-3327-2024",
            date="2024-05-10",
        ),
    )
    t.put(
        ["2024年5月", "桐乡市乌镇酱菜有限公司", c[5], "桐乡市", "酱菜", "入库培育", "", "", "2024-05-14"],
        ok(
            P,
            enterprise_name="桐乡市乌镇酱菜有限公司",
            uscc=c[5],
            unit=U,
            product="酱菜",
            status="入库培育",
            date="2024-05-14",
        ),
    )
    t.put(
        [
            "2024年5月",
            "桐乡市河山五金有限公司",
            c[6],
            "桐乡市",
            "不锈钢厨具",
            "已认证",
            "T/ZZB 0432—2018",
            "ZJM-007-3342-2024",
            "2024-05-21",
        ],
        ok(
            P,
            enterprise_name="桐乡市河山五金有限公司",
            uscc=c[6],
            unit=U,
            product="不锈钢厨具",
            status="已认证",
            standard_no="T/ZZB 0432—2018",
            cert_no="ZJM-007-3342-2024",
            date="2024-05-21",
        ),
    )
    # The same row pasted twice.
    t.put(
        [
            "2024年5月",
            "桐乡市河山五金有限公司",
            c[6],
            "桐乡市",
            "不锈钢厨具",
            "已认证",
            "T/ZZB 0432—2018",
            "ZJM-007-3342-2024",
            "2024-05-21",
        ],
        no(P),
    )
    t.put(
        ["2024年5月", "桐乡市大麻化纤有限公司", c[7], "桐乡市", "差别化涤纶长丝", "入库培育", "", "", "2024-05-28"],
        ok(
            P,
            enterprise_name="桐乡市大麻化纤有限公司",
            uscc=c[7],
            unit=U,
            product="差别化涤纶长丝",
            status="入库培育",
            date="2024-05-28",
        ),
    )
    t.put(
        ["2024年5月", "桐乡市凤鸣家具有限公司", c[8], "桐乡市", "实木沙发", "入库培育", "", "", "2024-05-30"],
        ok(
            P,
            enterprise_name="桐乡市凤鸣家具有限公司",
            uscc=c[8],
            unit=U,
            product="实木沙发",
            status="入库培育",
            date="2024-05-30",
        ),
    )
    return Case(
        f"{stem}.csv",
        U,
        "2024-05",
        "GB18030 CSV of the year's 品字标 list with a 月份 column first (2024年4月 rows, returned last month, above "
        "2024年5月 rows); no title; one May row pasted twice (the second refused)",
        True,
        t.text().encode("gb18030"),
        t.rows,
        holdout_set=7,
    )


# =============================================================================================
# Holdout set 8: written after set 7, in layouts and with quirks no file above has
# =============================================================================================
@case
def haiyan_recall_tab_text() -> Case:
    """A recall system's 导出Excel: tab-separated GBK text saved as .xls; 8-digit dates, start and end columns."""
    U, c, ph = "海盐县", Firms("海盐县", "h8-r-tabtext"), Firms("平湖市", "h8-r-tabtext")
    stem = "haiyan_2024-07_recall_tab_text"
    t = Lines(stem)
    t.put(
        [
            "召回编号",
            "生产者名称",
            "统一社会信用代码",
            "所在地区",
            "产品名称",
            "型号规格",
            "召回方式",
            "召回数量",
            "计量单位",
            "召回开始日期",
            "召回结束日期",
            "缺陷描述",
            "已召回数量",
        ]
    )
    t.put(
        [
            "ZH330424202407001",
            "海盐县武原童车有限公司",
            c[1],
            "嘉兴市海盐县",
            "儿童三轮车",
            "SL-308",
            "主动召回",
            "1260",
            "辆",
            "20240703",
            "20240930",
            "后轮轴紧固件强度不足，可能脱落",
            "380",
        ],
        ok(
            R,
            enterprise_name="海盐县武原童车有限公司",
            uscc=c[1],
            unit=U,
            product="儿童三轮车",
            model="SL-308",
            recall_type="主动召回",
            quantity=1260,
            quantity_unit="辆",
            date="2024-07-03",
            defect="后轮轴紧固件强度不足，可能脱落",
            recalled=380,
        ),
    )
    t.put(
        [
            "ZH330424202407002",
            "海盐秦山电气有限公司",
            c[2],
            "嘉兴市海盐县",
            "电热水壶",
            "KE-1518",
            "主动召回",
            "5400",
            "台",
            "20240708",
            "",
            "温控器失效，可能干烧",
            "0",
        ],
        ok(
            R,
            enterprise_name="海盐秦山电气有限公司",
            uscc=c[2],
            unit=U,
            product="电热水壶",
            model="KE-1518",
            recall_type="主动召回",
            quantity=5400,
            quantity_unit="台",
            date="2024-07-08",
            defect="温控器失效，可能干烧",
            recalled=0,
        ),
    )
    t.put(
        [
            "ZH330424202407003",
            "浙江海盐沈荡五金有限公司",
            c[3],
            "嘉兴市海盐县",
            "多用途梯",
            "TZ-6",
            "责令召回",
            "830",
            "把",
            "20240711",
            "20241010",
            "锁止装置强度不足，使用中可能折叠",
            "655",
        ],
        ok(
            R,
            enterprise_name="浙江海盐沈荡五金有限公司",
            uscc=c[3],
            unit=U,
            product="多用途梯",
            model="TZ-6",
            recall_type="责令召回",
            quantity=830,
            quantity_unit="把",
            date="2024-07-11",
            defect="锁止装置强度不足，使用中可能折叠",
            recalled=655,
        ),
    )
    # The system lists every recall the clerk's account can see: a Pinghu producer's recall is not Haiyan's.
    t.put(
        [
            "ZH330482202407004",
            "平湖市新仓电器有限公司",
            ph[1],
            "嘉兴市平湖市",
            "暖风机",
            "NF-20",
            "主动召回",
            "700",
            "台",
            "20240715",
            "20241014",
            "倾倒开关失效，存在过热风险",
            "150",
        ],
        no(R),
    )
    t.put(
        [
            "ZH330424202407005",
            "海盐县澉浦玩具有限公司",
            c[4],
            "嘉兴市海盐县",
            "磁力积木",
            "CL-64",
            "主动召回",
            "2300",
            "套",
            "20240719",
            "20241018",
            "磁体易脱落，存在误吞风险",
            "1120",
        ],
        ok(
            R,
            enterprise_name="海盐县澉浦玩具有限公司",
            uscc=c[4],
            unit=U,
            product="磁力积木",
            model="CL-64",
            recall_type="主动召回",
            quantity=2300,
            quantity_unit="套",
            date="2024-07-19",
            defect="磁体易脱落，存在误吞风险",
            recalled=1120,
        ),
    )
    t.put(
        [
            "ZH330424202407006",
            "海盐县通元箱包有限公司",
            c[5],
            "嘉兴市海盐县",
            "儿童书包",
            "TB-12",
            "主动召回",
            "960",
            "个",
            "20240724",
            "",
            "反光材料面积不足，夜间可视性差",
            "300",
        ],
        ok(
            R,
            enterprise_name="海盐县通元箱包有限公司",
            uscc=c[5],
            unit=U,
            product="儿童书包",
            model="TB-12",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="个",
            date="2024-07-24",
            defect="反光材料面积不足，夜间可视性差",
            recalled=300,
        ),
    )
    t.put(
        [
            "ZH330424202407007",
            "海盐县于城灯具有限公司",
            c[6],
            "嘉兴市海盐县",
            "LED台灯",
            "TD-9",
            "主动召回",
            "1850",
            "盏",
            "20240729",
            "20241031",
            "电源适配器绝缘不良，存在触电风险",
            "240",
        ],
        ok(
            R,
            enterprise_name="海盐县于城灯具有限公司",
            uscc=c[6],
            unit=U,
            product="LED台灯",
            model="TD-9",
            recall_type="主动召回",
            quantity=1850,
            quantity_unit="盏",
            date="2024-07-29",
            defect="电源适配器绝缘不良，存在触电风险",
            recalled=240,
        ),
    )
    return Case(
        "haiyan_2024-07_recall_tab_text.xls",
        U,
        "2024-07",
        "a recall system's 导出Excel that is tab-separated GBK text saved as .xls (no title, header on line 1); "
        "召回编号 first; dates as 8 digits (20240703); 召回开始日期 and 召回结束日期 in two columns, the end often "
        "empty; 嘉兴市海盐县; a Pinghu producer's recall the account can also see",
        True,
        t.text("\t").encode("gbk"),
        t.rows,
        holdout_set=8,
    )


@case
def jiashan_benchmarking_date_parts() -> Case:
    """An old paper form: 完成时间 merged over 年 | 月 | 日 columns, one 日 left empty; no county column."""
    U, c = "嘉善县", Firms("嘉善县", "h8-b-dateparts")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("嘉善县企业标准对标达标提升行动完成情况统计表", 10)
    s.put(["填报单位（盖章）：嘉善县市场监督管理局", None, None, None, None, None, "报送日期：2024年6月3日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "对标的国际标准或国外先进标准",
            "对标结果",
            "完成时间",
            None,
            None,
            "备注",
        ],
        bold=True,
    )
    s.put([None, None, None, None, None, None, "年", "月", "日"], bold=True)
    s.merge("G3:I3")
    for col in "ABCDEFJ":
        s.merge(f"{col}3:{col}4")
    s.widths(6, 30, 22, 16, 26, 10, 7, 5, 5, 20)
    s.put(
        [1, "浙江嘉善华美木业有限公司", c[1], "实木复合地板", "EN 14342:2013", "达到", 2024, 5, 6],
        ok(
            B,
            enterprise_name="浙江嘉善华美木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木复合地板",
            standard_no="EN 14342:2013",
            result="达到",
            date="2024-05-06",
        ),
    )
    s.put(
        [2, "嘉善县天凝家具有限公司", c[2], "办公椅", "EN 1335-1:2020", "优于", 2024, 5, 10],
        ok(
            B,
            enterprise_name="嘉善县天凝家具有限公司",
            uscc=c[2],
            unit=U,
            product="办公椅",
            standard_no="EN 1335-1:2020",
            result="优于",
            date="2024-05-10",
        ),
    )
    # The day is not known yet: the month alone gives the 1st.
    s.put(
        [
            3,
            "嘉善县姚庄精密电子有限公司",
            c[3],
            "电源适配器",
            "IEC 62368-1:2018",
            "达到",
            2024,
            5,
            None,
            "具体日期待企业确认",
        ],
        ok(
            B,
            enterprise_name="嘉善县姚庄精密电子有限公司",
            uscc=c[3],
            unit=U,
            product="电源适配器",
            standard_no="IEC 62368-1:2018",
            result="达到",
            date="2024-05-01",
        ),
    )
    s.put(
        [4, "嘉善大云玻璃有限公司", c[4], "夹层玻璃", "EN ISO 12543-2:2011", "达到", 2024, 5, 16],
        ok(
            B,
            enterprise_name="嘉善大云玻璃有限公司",
            uscc=c[4],
            unit=U,
            product="夹层玻璃",
            standard_no="EN ISO 12543-2:2011",
            result="达到",
            date="2024-05-16",
        ),
    )
    # No standard named: the required 对标标准 is a placeholder.
    s.put([5, "嘉善县惠民竹木制品有限公司", c[5], "竹砧板", "/", "达到", 2024, 5, 20], no(B))
    s.put(
        [6, "嘉善罗星照明电器有限公司", c[6], "LED筒灯", "IEC 60598-2-2:2011", "达到", 2024, 5, 23],
        ok(
            B,
            enterprise_name="嘉善罗星照明电器有限公司",
            uscc=c[6],
            unit=U,
            product="LED筒灯",
            standard_no="IEC 60598-2-2:2011",
            result="达到",
            date="2024-05-23",
        ),
    )
    s.put(
        [7, "浙江嘉善陶庄纺织有限公司", c[7], "色织布", "ISO 105-C06:2010", "优于", 2024, 5, 28],
        ok(
            B,
            enterprise_name="浙江嘉善陶庄纺织有限公司",
            uscc=c[7],
            unit=U,
            product="色织布",
            standard_no="ISO 105-C06:2010",
            result="优于",
            date="2024-05-28",
        ),
    )
    s.put(
        [8, "嘉善县干窑建材有限公司", c[8], "烧结多孔砖", "ASTM C62-17", "达到", 2024, 4, 29, "4月底完成，本月补报"],
        ok(
            B,
            enterprise_name="嘉善县干窑建材有限公司",
            uscc=c[8],
            unit=U,
            product="烧结多孔砖",
            standard_no="ASTM C62-17",
            result="达到",
            date="2024-04-29",
        ),
    )
    s.put(["合计", "8家"], bold=True)
    s.blank()
    s.put(["单位负责人：", None, "审核人：", None, "填表人：", None, "联系电话："])
    return Case(
        "jiashan_2024-05_benchmarking_date_parts.xlsx",
        U,
        "2024-05",
        "统计表 from an old paper form: 完成时间 merged over three columns 年 | 月 | 日 holding numbers, one 日 left "
        "empty (month only); 报送日期 line, no county column, 备注 remarks, 合计 and sign-off line; 对标标准 /",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def xiuzhou_benchmarking_firm_headings() -> Case:
    """Products listed under a heading row per firm that gives its name and credit code; 序号 restarting per firm."""
    U, c = "秀洲区", Firms("秀洲区", "h8-b-headings")
    x = XBook()
    s = x.sheet("对标明细")
    s.title("秀洲区2024年4月企业对标达标情况（按企业汇总）", 7)
    s.put(["序号", "产品名称", "对标标准编号", "对标标准名称", "对标结果", "完成日期", "备注"], bold=True)
    s.widths(8, 18, 22, 34, 10, 12, 12)
    f = "yyyy/m/d"

    def firm(text):
        row = s.put([text])
        s.merge(f"A{row}:G{row}")
        s.ws.cell(row=row, column=1).font = BOLD

    n1, n2, n4, n5 = (
        "嘉兴市洪合毛衫有限公司",
        "嘉兴秀洲王店家电有限公司",
        "嘉兴新塍织造有限公司",
        "嘉兴王江泾纺织科技有限公司",
    )
    firm(f"一、嘉兴市洪合毛衫有限公司（统一社会信用代码：{c[1]}）")
    s.put(
        [1, "羊毛针织衫", "ISO 13938-1:2019", "纺织品 织物胀破性能 第1部分：液压法", "达到", d(2024, 4, 8)],
        ok(
            B,
            enterprise_name=n1,
            uscc=c[1],
            unit=U,
            product="羊毛针织衫",
            standard_no="ISO 13938-1:2019",
            result="达到",
            date="2024-04-08",
        ),
        f,
    )
    s.put(
        [2, "羊绒围巾", "ISO 12945-2:2020", "纺织品 织物起毛起球性能 第2部分：马丁代尔法", "优于", d(2024, 4, 8)],
        ok(
            B,
            enterprise_name=n1,
            uscc=c[1],
            unit=U,
            product="羊绒围巾",
            standard_no="ISO 12945-2:2020",
            result="优于",
            date="2024-04-08",
        ),
        f,
    )
    firm(f"二、嘉兴秀洲王店家电有限公司（统一社会信用代码：{c[2]}）")
    s.put(
        [1, "电热水壶", "IEC 60335-2-15:2016", "家用电器安全 液体加热器的特殊要求", "达到", d(2024, 4, 12)],
        ok(
            B,
            enterprise_name=n2,
            uscc=c[2],
            unit=U,
            product="电热水壶",
            standard_no="IEC 60335-2-15:2016",
            result="达到",
            date="2024-04-12",
        ),
        f,
    )
    s.put(
        [2, "多功能料理机", "IEC 60335-2-14:2016", "家用电器安全 厨房机械的特殊要求", "达到", d(2024, 4, 12)],
        ok(
            B,
            enterprise_name=n2,
            uscc=c[2],
            unit=U,
            product="多功能料理机",
            standard_no="IEC 60335-2-14:2016",
            result="达到",
            date="2024-04-12",
        ),
        f,
    )
    s.put(
        [3, "空气炸锅", "IEC 60335-2-9:2019", "家用电器安全 烤架、面包片烘烤器等的特殊要求", "优于", d(2024, 4, 15)],
        ok(
            B,
            enterprise_name=n2,
            uscc=c[2],
            unit=U,
            product="空气炸锅",
            standard_no="IEC 60335-2-9:2019",
            result="优于",
            date="2024-04-15",
        ),
        f,
    )
    # A typo in the heading's code: the check fails, so the firm's product row is refused.
    firm(f"三、嘉兴市油车港智能家居有限公司（统一社会信用代码：{wrong_check(c[3])}）")
    s.put([1, "智能坐便盖", "IEC 60335-2-84:2019", "家用电器安全 坐便器的特殊要求", "达到", d(2024, 4, 18)], no(B), f)
    firm(f"四、嘉兴新塍织造有限公司（统一社会信用代码：{c[4]}）")
    s.put(
        [1, "涤纶长丝织物", "ISO 13934-1:2013", "纺织品 织物拉伸性能 第1部分：条样法", "达到", d(2024, 4, 22)],
        ok(
            B,
            enterprise_name=n4,
            uscc=c[4],
            unit=U,
            product="涤纶长丝织物",
            standard_no="ISO 13934-1:2013",
            result="达到",
            date="2024-04-22",
        ),
        f,
    )
    firm(f"五、嘉兴王江泾纺织科技有限公司（统一社会信用代码：{c[5]}）")
    s.put(
        [1, "提花面料", "ISO 105-B02:2014", "纺织品 色牢度试验 耐人造光色牢度", "达到", d(2024, 4, 25)],
        ok(
            B,
            enterprise_name=n5,
            uscc=c[5],
            unit=U,
            product="提花面料",
            standard_no="ISO 105-B02:2014",
            result="达到",
            date="2024-04-25",
        ),
        f,
    )
    s.put(
        [2, "防水涂层面料", "ISO 811:2018", "纺织品 抗渗水性的测定 静水压法", "优于", d(2024, 4, 26), "企业自我声明"],
        ok(
            B,
            enterprise_name=n5,
            uscc=c[5],
            unit=U,
            product="防水涂层面料",
            standard_no="ISO 811:2018",
            result="优于",
            date="2024-04-26",
        ),
        f,
    )
    s.put(["本月共5家企业9个产品完成对标。"])
    return Case(
        "xiuzhou_2024-04_benchmarking_firm_headings.xlsx",
        U,
        "2024-04",
        "products grouped under a merged heading row per firm (一、企业名称（统一社会信用代码：…）), 序号 restarting "
        "under each; no name, code or county column; an 对标标准名称 column beside the number; a heading with a "
        "wrong check character (its product refused); a closing count line",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def nanhu_brand_mark_two_dates() -> Case:
    """状态 培育 / 认证 with a date column per status (入库时间, 获证时间); a 经开 firm in the district's list."""
    U, c, jk = "南湖区", Firms("南湖区", "h8-p-twodates"), Firms("嘉兴经济技术开发区", "h8-p-twodates-jk")
    x = XBook()
    s = x.sheet("品字标企业")
    s.title("2024年3月南湖区“品字标”培育及认证企业情况", 11)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属区域",
            "主导产品",
            "状态",
            "入库时间",
            "获证时间",
            "浙江制造标准",
            "证书编号",
            "联系人",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 16, 8, 12, 12, 18, 22, 8)
    f = "yyyy.mm.dd"
    s.put(
        [1, "嘉兴南湖特钢有限公司", c[1], "南湖区", "合金结构钢", "培育", d(2024, 3, 5), "—", "—", "—", "张伟"],
        ok(
            P,
            enterprise_name="嘉兴南湖特钢有限公司",
            uscc=c[1],
            unit=U,
            product="合金结构钢",
            status="入库培育",
            date="2024-03-05",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市七星压缩机有限公司",
            c[2],
            "南湖区",
            "汽车空调压缩机",
            "认证",
            d(2023, 6, 12),
            d(2024, 3, 8),
            "T/ZZB 1123—2019",
            "ZJM-001-7021-2024",
            "李明",
        ],
        ok(
            P,
            enterprise_name="嘉兴市七星压缩机有限公司",
            uscc=c[2],
            unit=U,
            product="汽车空调压缩机",
            status="已认证",
            standard_no="T/ZZB 1123—2019",
            cert_no="ZJM-001-7021-2024",
            date="2024-03-08",
        ),
        f,
    )
    s.put(
        [3, "嘉兴市凤桥农产品有限公司", c[3], "南湖区", "水蜜桃", "培育", d(2024, 3, 11), "—", "—", "—", "沈芳"],
        ok(
            P,
            enterprise_name="嘉兴市凤桥农产品有限公司",
            uscc=c[3],
            unit=U,
            product="水蜜桃",
            status="入库培育",
            date="2024-03-11",
        ),
        f,
    )
    # A firm of the 经开 zone (it registers with Nanhu's code, but the row says 经开区): not Nanhu's row.
    s.put(
        [
            4,
            "嘉兴经开智能装备有限公司",
            jk[1],
            "经开区",
            "工业机器人减速器",
            "培育",
            d(2024, 3, 13),
            "—",
            "—",
            "—",
            "王强",
        ],
        no(P),
        f,
    )
    s.put(
        [
            5,
            "嘉兴大桥电缆有限公司",
            c[4],
            "南湖区",
            "光伏电缆",
            "认证",
            d(2022, 11, 20),
            d(2024, 3, 15),
            "T/ZZB 0929—2019",
            "ZJM-001-7038-2024",
            "陈刚",
        ],
        ok(
            P,
            enterprise_name="嘉兴大桥电缆有限公司",
            uscc=c[4],
            unit=U,
            product="光伏电缆",
            status="已认证",
            standard_no="T/ZZB 0929—2019",
            cert_no="ZJM-001-7038-2024",
            date="2024-03-15",
        ),
        f,
    )
    s.put(
        [6, "嘉兴新丰精密铸造有限公司", c[5], "南湖区", "精密铸件", "培育", d(2024, 3, 19), "—", "—", "—", "周杰"],
        ok(
            P,
            enterprise_name="嘉兴新丰精密铸造有限公司",
            uscc=c[5],
            unit=U,
            product="精密铸件",
            status="入库培育",
            date="2024-03-19",
        ),
        f,
    )
    # Certified without having been in the pool: 入库时间 left empty.
    s.put(
        [
            7,
            "嘉兴余新电子有限公司",
            c[6],
            "南湖区",
            "片式电容",
            "认证",
            None,
            d(2024, 3, 26),
            "T/ZZB 2208—2021",
            "ZJM-001-7052-2024",
            "吴敏",
        ],
        ok(
            P,
            enterprise_name="嘉兴余新电子有限公司",
            uscc=c[6],
            unit=U,
            product="片式电容",
            status="已认证",
            standard_no="T/ZZB 2208—2021",
            cert_no="ZJM-001-7052-2024",
            date="2024-03-26",
        ),
        f,
    )
    s.put(
        [8, "嘉兴市东栅服饰有限公司", c[7], "南湖区", "针织T恤", "培育", d(2024, 3, 28), "—", "—", "—", "徐丽"],
        ok(
            P,
            enterprise_name="嘉兴市东栅服饰有限公司",
            uscc=c[7],
            unit=U,
            product="针织T恤",
            status="入库培育",
            date="2024-03-28",
        ),
        f,
    )
    s.put(["小计：培育5家，认证3家"])
    return Case(
        "nanhu_2024-03_brand_mark_two_dates.xlsx",
        U,
        "2024-03",
        "品字标 list with 状态 培育 / 认证 and a date column per status (入库时间, 获证时间; a certified firm has "
        "both, "
        "its date the 获证时间); 所属区域, 主导产品, 联系人; dashes in empty cells; dates shown 2024.03.05; a 经开区 "
        "firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def haining_green_plan_dates() -> Case:
    """培育 and 获证 rows with a 计划获证时间 column (a plan, no field) beside 纳入培育时间; contacts at the right."""
    U, c = "海宁市", Firms("海宁市", "h8-g-plan")
    x = XBook()
    s = x.sheet("绿色产品认证培育库")
    s.title("海宁市绿色产品认证培育企业及获证情况（2024年2月）", 13)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "认证目录类别",
            "培育状态",
            "纳入培育时间",
            "计划获证时间",
            "证书编号",
            "发证日期",
            "有效期至",
            "联系人",
            "联系电话",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 14, 16, 10, 12, 12, 16, 12, 12, 8, 14)
    s.put(
        [
            1,
            "海宁市许村家纺有限公司",
            c[1],
            "沙发布",
            "纺织产品",
            "培育中",
            d(2024, 2, 2),
            "2024年6月",
            None,
            None,
            None,
            "王丽",
            "0573-87261135",
        ],
        ok(
            G,
            enterprise_name="海宁市许村家纺有限公司",
            uscc=c[1],
            unit=U,
            product="沙发布",
            category="纺织产品",
            status="培育中",
            start_date="2024-02-02",
        ),
    )
    s.put(
        [
            2,
            "海宁经编新材料有限公司",
            c[2],
            "经编面料",
            "纺织产品",
            "培育中",
            d(2024, 2, 5),
            "2024年三季度",
            None,
            None,
            None,
            "朱军",
            "0573-87502218",
        ],
        ok(
            G,
            enterprise_name="海宁经编新材料有限公司",
            uscc=c[2],
            unit=U,
            product="经编面料",
            category="纺织产品",
            status="培育中",
            start_date="2024-02-05",
        ),
    )
    s.put(
        [
            3,
            "海宁市长安涂料有限公司",
            c[3],
            "水性木器涂料",
            "涂料",
            "已获证",
            d(2023, 10, 16),
            "/",
            "CGP2402030015",
            d(2024, 2, 7),
            d(2029, 2, 6),
            "钱峰",
            "0573-87413360",
        ],
        ok(
            G,
            enterprise_name="海宁市长安涂料有限公司",
            uscc=c[3],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="已获证",
            start_date="2023-10-16",
            cert_no="CGP2402030015",
            issue_date="2024-02-07",
            valid_until="2029-02-06",
        ),
    )
    s.put(
        [
            4,
            "海宁市丁桥家具有限公司",
            c[4],
            "实木椅",
            "家具",
            "培育中",
            d(2024, 2, 18),
            "2024年8月",
            None,
            None,
            None,
            "孙浩",
            "0573-87352204",
        ],
        ok(
            G,
            enterprise_name="海宁市丁桥家具有限公司",
            uscc=c[4],
            unit=U,
            product="实木椅",
            category="家具",
            status="培育中",
            start_date="2024-02-18",
        ),
    )
    # The firm is in the pool but has not chosen its product: the required product is a placeholder.
    s.put(
        [
            5,
            "海宁市盐官陶瓷有限公司",
            c[5],
            "待定",
            "/",
            "培育中",
            d(2024, 2, 20),
            "待定",
            None,
            None,
            None,
            "郑红",
            "0573-87628841",
        ],
        no(G),
    )
    s.put(
        [
            6,
            "海宁马桥纸业有限公司",
            c[6],
            "瓦楞纸箱",
            "纸和纸制品",
            "已获证",
            d(2023, 12, 4),
            "/",
            "CGP2402030027",
            d(2024, 2, 21),
            d(2029, 2, 20),
            "冯斌",
            "0573-87170056",
        ],
        ok(
            G,
            enterprise_name="海宁马桥纸业有限公司",
            uscc=c[6],
            unit=U,
            product="瓦楞纸箱",
            category="纸和纸制品",
            status="已获证",
            start_date="2023-12-04",
            cert_no="CGP2402030027",
            issue_date="2024-02-21",
            valid_until="2029-02-20",
        ),
    )
    s.put(
        [
            7,
            "海宁市周王庙保温材料有限公司",
            c[7],
            "岩棉板",
            "绝热材料",
            "已获证",
            None,
            "/",
            "CGP2402030034",
            d(2024, 2, 26),
            d(2029, 2, 25),
            "褚伟",
            "0573-87793312",
        ],
        ok(
            G,
            enterprise_name="海宁市周王庙保温材料有限公司",
            uscc=c[7],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2402030034",
            issue_date="2024-02-26",
            valid_until="2029-02-25",
        ),
    )
    s.put(
        [
            8,
            "海宁市袁花人造板有限公司",
            c[8],
            "刨花板",
            "人造板和木质地板",
            "培育中",
            d(2024, 2, 27),
            "2024年底",
            None,
            None,
            None,
            "卫东",
            "0573-87615590",
        ],
        ok(
            G,
            enterprise_name="海宁市袁花人造板有限公司",
            uscc=c[8],
            unit=U,
            product="刨花板",
            category="人造板和木质地板",
            status="培育中",
            start_date="2024-02-27",
        ),
    )
    s.put(["说明：计划获证时间由企业自报，仅供跟踪参考。"])
    return Case(
        "haining_2024-02_green_plan_dates.xlsx",
        U,
        "2024-02",
        "绿色产品认证 培育库 with 培育状态 培育中 / 已获证 and a 计划获证时间 column (2024年6月, 2024年三季度, "
        "2024年底: "
        "a plan, no field) between 纳入培育时间 and the certificate columns; 联系人/联系电话 at the right; a pool row "
        "whose product is 待定",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def pinghu_recall_wan_units() -> Case:
    """Quantities in 万件 as the headers say (涉及数量（万件）); product and model in one column 产品名称（型号）."""
    U, c = "平湖市", Firms("平湖市", "h8-r-wan")
    x = XBook()
    s = x.sheet("召回")
    s.title("平湖市缺陷产品召回情况统计（2024年4月）", 9)
    s.put(
        [
            "序号",
            "生产者",
            "统一社会信用代码",
            "产品名称（型号）",
            "召回性质",
            "涉及数量（万件）",
            "已召回（万件）",
            "主要缺陷",
            "召回时间",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 24, 10, 14, 14, 30, 12)
    f = CN_DATE
    s.put(
        [
            1,
            "平湖市新埭箱包有限公司",
            c[1],
            "拉杆箱（XB-2088）",
            "主动",
            1.2,
            0.86,
            "拉杆焊点开裂，存在脱落风险",
            d(2024, 4, 3),
        ],
        ok(
            R,
            enterprise_name="平湖市新埭箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            model="XB-2088",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="件",
            recalled=8600,
            defect="拉杆焊点开裂，存在脱落风险",
            date="2024-04-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "平湖市当湖童装有限公司",
            c[2],
            "儿童外套（BT-110）",
            "主动",
            0.35,
            0.35,
            "帽绳过长，存在勒颈风险",
            d(2024, 4, 9),
        ],
        ok(
            R,
            enterprise_name="平湖市当湖童装有限公司",
            uscc=c[2],
            unit=U,
            product="儿童外套",
            model="BT-110",
            recall_type="主动召回",
            quantity=3500,
            quantity_unit="件",
            recalled=3500,
            defect="帽绳过长，存在勒颈风险",
            date="2024-04-09",
        ),
        f,
    )
    s.put(
        [
            3,
            "平湖市林埭玩具有限公司",
            c[3],
            "毛绒玩具（MR-45）",
            "责令",
            2,
            0.4,
            "眼睛部件易脱落，存在误吞风险",
            d(2024, 4, 12),
        ],
        ok(
            R,
            enterprise_name="平湖市林埭玩具有限公司",
            uscc=c[3],
            unit=U,
            product="毛绒玩具",
            model="MR-45",
            recall_type="责令召回",
            quantity=20000,
            quantity_unit="件",
            recalled=4000,
            defect="眼睛部件易脱落，存在误吞风险",
            date="2024-04-12",
        ),
        f,
    )
    # The count was not in when the table was made.
    s.put(
        [4, "平湖市曹桥箱包有限公司", c[4], "儿童背包（TB-06）", "主动", "/", "/", "背带扣件强度不足", d(2024, 4, 16)],
        no(R),
        f,
    )
    s.put(
        [
            5,
            "平湖市乍浦电器有限公司",
            c[5],
            "电热毯（DR-150）",
            "主动",
            0.06,
            0,
            "温控器失效，存在过热风险",
            d(2024, 4, 18),
        ],
        ok(
            R,
            enterprise_name="平湖市乍浦电器有限公司",
            uscc=c[5],
            unit=U,
            product="电热毯",
            model="DR-150",
            recall_type="主动召回",
            quantity=600,
            quantity_unit="件",
            recalled=0,
            defect="温控器失效，存在过热风险",
            date="2024-04-18",
        ),
        f,
    )
    s.put(
        [
            6,
            "平湖市钟埭服饰有限公司",
            c[6],
            "儿童连衣裙（LQ-90）",
            "主动",
            0.125,
            0.08,
            "装饰亮片易脱落，存在误吞风险",
            d(2024, 4, 23),
        ],
        ok(
            R,
            enterprise_name="平湖市钟埭服饰有限公司",
            uscc=c[6],
            unit=U,
            product="儿童连衣裙",
            model="LQ-90",
            recall_type="主动召回",
            quantity=1250,
            quantity_unit="件",
            recalled=800,
            defect="装饰亮片易脱落，存在误吞风险",
            date="2024-04-23",
        ),
        f,
    )
    s.put(
        [
            7,
            "平湖市独山港五金有限公司",
            c[7],
            "折叠凳（ZD-3）",
            "主动",
            0.42,
            0.3,
            "锁止结构强度不足，存在夹伤风险",
            d(2024, 4, 26),
        ],
        ok(
            R,
            enterprise_name="平湖市独山港五金有限公司",
            uscc=c[7],
            unit=U,
            product="折叠凳",
            model="ZD-3",
            recall_type="主动召回",
            quantity=4200,
            quantity_unit="件",
            recalled=3000,
            defect="锁止结构强度不足，存在夹伤风险",
            date="2024-04-26",
        ),
        f,
    )
    s.put(["合计", None, None, None, None, "=SUM(F3:F9)", "=SUM(G3:G9)"], bold=True)
    s.put(["注：数量以万件计。"])
    return Case(
        "pinghu_2024-04_recall_wan_units.xlsx",
        U,
        "2024-04",
        "召回情况统计 with quantities in 万件 as the headers say (涉及数量（万件） 1.2 / 0.35 / 0.125, "
        "已召回（万件）); "
        "产品名称（型号） in one column (拉杆箱（XB-2088）); 召回性质 主动 / 责令; a row with / for both quantities; "
        "SUM 合计 and a note",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def gangqu_three_same_export_markets() -> Case:
    """三同 list with 执行标准 and 出口国家（地区） columns; 否（正在申请）; a firm of 平湖市独山港镇."""
    U, c, ph = "嘉兴港区", Firms("嘉兴港区", "h8-t-markets"), Firms("平湖市", "h8-t-markets-ph")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("嘉兴港区“三同”产品培育情况表（2025年5月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "属地",
            "产品名称",
            "执行标准",
            "出口国家（地区）",
            "产品类别",
            "声明时间",
            "是否入驻平台",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 8, 16, 20, 16, 12, 14, 16)
    s.put(
        [
            1,
            "浙江乍浦化工新材料有限公司",
            c[1],
            "港区",
            "环氧树脂",
            "GB/T 13657-2011",
            "欧盟、韩国",
            "工业品",
            "2025年5月",
            "已入驻",
        ],
        ok(
            T,
            enterprise_name="浙江乍浦化工新材料有限公司",
            uscc=c[1],
            unit=U,
            product="环氧树脂",
            category="工业品",
            date="2025-05-01",
            on_platform=True,
        ),
    )
    s.put(
        [
            2,
            "嘉兴港区佳利塑胶有限公司",
            c[2],
            "港区",
            "PET薄膜",
            "GB/T 16958-2008",
            "日本",
            "工业品",
            d(2025, 5, 8),
            "否（正在申请）",
        ],
        ok(
            T,
            enterprise_name="嘉兴港区佳利塑胶有限公司",
            uscc=c[2],
            unit=U,
            product="PET薄膜",
            category="工业品",
            date="2025-05-08",
            on_platform=False,
        ),
    )
    s.put(
        [
            3,
            "嘉兴乍浦港食品有限公司",
            c[3],
            "港区",
            "速冻调理食品",
            "GB 19295-2021",
            "日本、美国",
            "食品农产品",
            "2025.5.12",
            "已入驻",
        ],
        ok(
            T,
            enterprise_name="嘉兴乍浦港食品有限公司",
            uscc=c[3],
            unit=U,
            product="速冻调理食品",
            category="食品农产品",
            date="2025-05-12",
            on_platform=True,
        ),
    )
    # A firm of a Pinghu town next to the zone: another unit's row.
    s.put(
        [
            4,
            "平湖市独山港化纤有限公司",
            ph[1],
            "平湖市独山港镇",
            "涤纶短纤维",
            "GB/T 14464-2017",
            "越南",
            "工业品",
            d(2025, 5, 14),
            "已入驻",
        ],
        no(T),
    )
    s.put(
        [
            5,
            "嘉兴港区美福化工有限公司",
            c[4],
            "港区",
            "聚碳酸酯颗粒",
            "GB/T 35513.2-2017",
            "东南亚",
            "工业品",
            d(2025, 5, 20),
            "已入驻",
        ],
        ok(
            T,
            enterprise_name="嘉兴港区美福化工有限公司",
            uscc=c[4],
            unit=U,
            product="聚碳酸酯颗粒",
            category="工业品",
            date="2025-05-20",
            on_platform=True,
        ),
    )
    s.put(
        [
            6,
            "嘉兴港区华亿包装有限公司",
            c[5],
            "港区",
            "食品级纸杯",
            "GB 4806.8-2022",
            "澳大利亚",
            "一般消费品",
            d(2025, 5, 23),
            "已入驻",
        ],
        ok(
            T,
            enterprise_name="嘉兴港区华亿包装有限公司",
            uscc=c[5],
            unit=U,
            product="食品级纸杯",
            category="一般消费品",
            date="2025-05-23",
            on_platform=True,
        ),
    )
    s.put(
        [
            7,
            "嘉兴港区嘉澳日化有限公司",
            c[6],
            "港区",
            "洗手液",
            "GB/T 34855-2017",
            "新加坡",
            "一般消费品",
            d(2025, 5, 27),
            "/",
        ],
        ok(
            T,
            enterprise_name="嘉兴港区嘉澳日化有限公司",
            uscc=c[6],
            unit=U,
            product="洗手液",
            category="一般消费品",
            date="2025-05-27",
        ),
    )
    s.put(["填报人：", None, "审核人：", None, None, "填报时间：2025年6月4日"])
    return Case(
        "gangqu_2025-05_three_same_export_markets.xlsx",
        U,
        "2025-05",
        "三同 培育情况表 on Sheet1 with 执行标准 and 出口国家（地区） columns (no fields); 属地 港区; 声明时间 as date "
        "cells, 2025年5月 and 2025.5.12 text; 是否入驻平台 已入驻 / 否（正在申请） / /; a 平湖市独山港镇 firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def jingkai_green_month_headings() -> Case:
    """The year's certificate ledger with a merged heading row per month (一月份 …); uploaded for March."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h8-g-months")
    x = XBook()
    s = x.sheet("2024年绿色产品认证")
    s.title("嘉兴经济技术开发区绿色产品认证工作台账（2024年）", 9)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "证书编号", "发证日期", "有效期至", "备注"],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 16, 16, 12, 12, 14)

    def month(text):
        row = s.put([text])
        s.merge(f"A{row}:I{row}")
        s.ws.cell(row=row, column=1).font = BOLD

    def cert(name, code, product, category, number, issued, until):
        return ok(
            G,
            enterprise_name=name,
            uscc=code,
            unit=U,
            product=product,
            category=category,
            status="已获证",
            cert_no=number,
            issue_date=issued,
            valid_until=until,
        )

    # January's and February's rows were returned in those months.
    month("一月份（2张）")
    s.put(
        [
            1,
            "嘉兴经开木业有限公司",
            c[1],
            "实木复合地板",
            "人造板和木质地板",
            "CGP2401040006",
            d(2024, 1, 10),
            d(2029, 1, 9),
        ]
    )
    s.put([2, "嘉兴城南家纺有限公司", c[2], "床上用品", "纺织产品", "CGP2401040013", d(2024, 1, 24), d(2029, 1, 23)])
    month("二月份（1张）")
    s.put(
        [3, "嘉兴市长水卫浴有限公司", c[3], "陶瓷坐便器", "卫生陶瓷", "CGP2402040004", d(2024, 2, 22), d(2029, 2, 21)]
    )
    month("三月份（6张）")
    s.put(
        [4, "嘉兴经开家居科技有限公司", c[4], "板式衣柜", "家具", "CGP2403040011", d(2024, 3, 4), d(2029, 3, 3)],
        cert("嘉兴经开家居科技有限公司", c[4], "板式衣柜", "家具", "CGP2403040011", "2024-03-04", "2029-03-03"),
    )
    s.put(
        [5, "嘉兴市城南纺织有限公司", c[5], "涤纶窗帘", "纺织产品", "CGP2403040019", d(2024, 3, 8), d(2029, 3, 7)],
        cert("嘉兴市城南纺织有限公司", c[5], "涤纶窗帘", "纺织产品", "CGP2403040019", "2024-03-08", "2029-03-07"),
    )
    s.put(
        [6, "嘉兴经开建材有限公司", c[6], "中空玻璃", "建筑玻璃", "CGP2403040026", d(2024, 3, 13), d(2029, 3, 12)],
        cert("嘉兴经开建材有限公司", c[6], "中空玻璃", "建筑玻璃", "CGP2403040026", "2024-03-13", "2029-03-12"),
    )
    s.put(
        [7, "嘉兴塘汇涂料有限公司", c[7], "水性防腐涂料", "涂料", "CGP2403040033", d(2024, 3, 20), d(2029, 3, 19)],
        cert("嘉兴塘汇涂料有限公司", c[7], "水性防腐涂料", "涂料", "CGP2403040033", "2024-03-20", "2029-03-19"),
    )
    # A typo in the code's last character.
    s.put(
        [
            8,
            "嘉兴长水新材料有限公司",
            wrong_check(c[8]),
            "岩棉板",
            "绝热材料",
            "CGP2403040041",
            d(2024, 3, 26),
            d(2029, 3, 25),
        ],
        no(G),
    )
    s.put(
        [
            9,
            "嘉兴经开纸业有限公司",
            c[9],
            "纸制餐盒",
            "纸和纸制品",
            "CGP2403040048",
            d(2024, 3, 28),
            d(2029, 3, 27),
            "企业新获证",
        ],
        cert("嘉兴经开纸业有限公司", c[9], "纸制餐盒", "纸和纸制品", "CGP2403040048", "2024-03-28", "2029-03-27"),
    )
    s.put(["2024年累计", "9张"], bold=True)
    return Case(
        "jingkai_2024-03_green_month_headings.xlsx",
        U,
        "2024-03",
        "the year's certificate 台账 uploaded for March with a merged heading row per month (一月份（2张）, "
        "二月份（1张）, 三月份（6张）) and 序号 running on through the year; only March's rows are the return; no "
        "county or status column; a code with a wrong check character; 2024年累计 line",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


def as_xlsm(data: bytes) -> bytes:
    """The same workbook declared macro-enabled (.xlsm), as a template with a checking macro is saved."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            member = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, body)
    return out.getvalue()


@case
def tongxiang_brand_mark_macro() -> Case:
    """The city's macro-enabled checking template (.xlsm): a 校验结果 column its macro fills, a visible 代码表 sheet."""
    U, c = "桐乡市", Firms("桐乡市", "h8-p-macro")
    x = XBook()
    s = x.sheet("填报表")
    s.title("“品字标”品牌企业培育认证情况填报表（桐乡市，2025年1月）", 10)
    s.put(["填写完毕后请点击“校验”按钮，校验结果全部为“通过”后报送。"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "类型",
            "浙江制造标准编号",
            "证书编号",
            "日期",
            "校验结果",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 10, 18, 22, 12, 22)
    s.put(
        [1, "桐乡市濮院毛衫有限公司", c[1], "桐乡市", "羊毛衫", "入库培育", None, None, d(2025, 1, 6), "通过"],
        ok(
            P,
            enterprise_name="桐乡市濮院毛衫有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            status="入库培育",
            date="2025-01-06",
        ),
    )
    s.put(
        [
            2,
            "桐乡市崇福皮草制品有限公司",
            c[2],
            "桐乡市",
            "皮草服装",
            "已认证",
            "T/ZZB 0612—2018",
            "ZJM-004-5013-2025",
            d(2025, 1, 9),
            "通过",
        ],
        ok(
            P,
            enterprise_name="桐乡市崇福皮草制品有限公司",
            uscc=c[2],
            unit=U,
            product="皮草服装",
            status="已认证",
            standard_no="T/ZZB 0612—2018",
            cert_no="ZJM-004-5013-2025",
            date="2025-01-09",
        ),
    )
    s.put(
        [
            3,
            "浙江桐乡振石复合材料有限公司",
            c[3],
            "桐乡市",
            "玻璃纤维短切原丝",
            "已认证",
            "T/ZZB 1654—2020",
            "ZJM-004-5027-2025",
            d(2025, 1, 13),
            "通过",
        ],
        ok(
            P,
            enterprise_name="浙江桐乡振石复合材料有限公司",
            uscc=c[3],
            unit=U,
            product="玻璃纤维短切原丝",
            status="已认证",
            standard_no="T/ZZB 1654—2020",
            cert_no="ZJM-004-5027-2025",
            date="2025-01-13",
        ),
    )
    # The macro flagged the code and the clerk sent the file anyway.
    s.put(
        [
            4,
            "桐乡市洲泉化纤有限公司",
            wrong_check(c[4]),
            "桐乡市",
            "涤纶工业丝",
            "入库培育",
            None,
            None,
            d(2025, 1, 15),
            "统一社会信用代码校验位错误",
        ],
        no(P),
    )
    s.put(
        [5, "桐乡市乌镇蓝印花布有限公司", c[5], "桐乡市", "蓝印花布", "入库培育", None, None, d(2025, 1, 17), "通过"],
        ok(
            P,
            enterprise_name="桐乡市乌镇蓝印花布有限公司",
            uscc=c[5],
            unit=U,
            product="蓝印花布",
            status="入库培育",
            date="2025-01-17",
        ),
    )
    s.put(
        [
            6,
            "桐乡市梧桐电器有限公司",
            c[6],
            "桐乡市",
            "吸油烟机",
            "已认证",
            "T/ZZB 0128—2017",
            "ZJM-004-5049-2025",
            d(2025, 1, 22),
            "通过",
        ],
        ok(
            P,
            enterprise_name="桐乡市梧桐电器有限公司",
            uscc=c[6],
            unit=U,
            product="吸油烟机",
            status="已认证",
            standard_no="T/ZZB 0128—2017",
            cert_no="ZJM-004-5049-2025",
            date="2025-01-22",
        ),
    )
    s.put(
        [7, "桐乡市高桥汽配有限公司", c[7], "桐乡市", "汽车制动盘", "入库培育", None, None, d(2025, 1, 24), "通过"],
        ok(
            P,
            enterprise_name="桐乡市高桥汽配有限公司",
            uscc=c[7],
            unit=U,
            product="汽车制动盘",
            status="入库培育",
            date="2025-01-24",
        ),
    )
    dv = DataValidation(type="list", formula1="=代码表!$B$2:$B$3", allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add("F4:F60")
    lists = x.sheet("代码表")
    lists.put(["县（市、区）", "类型"], bold=True)
    lists.put(["南湖区", "入库培育"])
    lists.put(["秀洲区", "已认证"])
    for name in ["嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市", "嘉兴经济技术开发区", "嘉兴港区"]:
        lists.put([name])
    return Case(
        "tongxiang_2025-01_brand_mark_macro.xlsm",
        U,
        "2025-01",
        "the city's macro-enabled checking template saved as .xlsm: a 校验 instruction line, a 校验结果 column its "
        "macro fills (通过 / 统一社会信用代码校验位错误, no field), 类型 from a drop-down fed by a visible 代码表 "
        "sheet of units and types (no data); the flagged code is wrong",
        True,
        as_xlsm(x.data()),
        x.rows,
        holdout_set=8,
    )


@case
def pinghu_three_same_narrative() -> Case:
    """三同 list followed by the bureau's 工作情况说明 paragraphs on one sheet; a 个体工商户's 92 code; √ or blank."""
    U, c = "平湖市", Firms("平湖市", "h8-t-narrative")
    ind = Firms("平湖市", "h8-t-narrative-ind", kind="92")
    x = XBook()
    s = x.sheet("三同")
    s.title("平湖市“同线同标同质”工作月报（2025年4月）", 8)
    s.put(["一、本月新增“三同”产品清单"], bold=False)
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "县（市、区）", "产品名称", "产品类别", "声明日期", "入驻平台"],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 12, 12, 10)
    f = "yyyy/m/d"
    s.put(
        [1, "平湖市当湖街道老陆家糟蛋店", ind[1], "平湖市", "平湖糟蛋", "食品农产品", d(2025, 4, 3), "√"],
        ok(
            T,
            enterprise_name="平湖市当湖街道老陆家糟蛋店",
            uscc=ind[1],
            unit=U,
            product="平湖糟蛋",
            category="食品农产品",
            date="2025-04-03",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "平湖市华越服饰有限公司", c[1], "平湖市", "羽绒服", "一般消费品", d(2025, 4, 8), "√"],
        ok(
            T,
            enterprise_name="平湖市华越服饰有限公司",
            uscc=c[1],
            unit=U,
            product="羽绒服",
            category="一般消费品",
            date="2025-04-08",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [3, "平湖市新埭光机电有限公司", c[2], "平湖市", "数控机床主轴", "工业品", d(2025, 4, 11), None],
        ok(
            T,
            enterprise_name="平湖市新埭光机电有限公司",
            uscc=c[2],
            unit=U,
            product="数控机床主轴",
            category="工业品",
            date="2025-04-11",
        ),
        f,
    )
    s.put(
        [4, "浙江平湖旅途箱包有限公司", c[3], "平湖市", "拉杆箱", "一般消费品", d(2025, 4, 15), "√"],
        ok(
            T,
            enterprise_name="浙江平湖旅途箱包有限公司",
            uscc=c[3],
            unit=U,
            product="拉杆箱",
            category="一般消费品",
            date="2025-04-15",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [5, "平湖市广陈农业开发有限公司", c[4], "平湖市", "西瓜", "食品农产品", d(2025, 4, 18), "√"],
        ok(
            T,
            enterprise_name="平湖市广陈农业开发有限公司",
            uscc=c[4],
            unit=U,
            product="西瓜",
            category="食品农产品",
            date="2025-04-18",
            on_platform=True,
        ),
        f,
    )
    # The product cell was left empty: the required product is missing.
    s.put([6, "平湖市曹桥童装有限公司", c[5], "平湖市", None, "一般消费品", d(2025, 4, 22), "√"], no(T), f)
    s.put(
        [7, "平湖市独山港汽配有限公司", c[6], "平湖市", "汽车座椅骨架", "工业品", d(2025, 4, 25), "√"],
        ok(
            T,
            enterprise_name="平湖市独山港汽配有限公司",
            uscc=c[6],
            unit=U,
            product="汽车座椅骨架",
            category="工业品",
            date="2025-04-25",
            on_platform=True,
        ),
        f,
    )
    s.blank()
    s.put(["二、工作情况说明"])
    row = s.put(
        [
            "本月我局新增“三同”产品7个，其中食品农产品2个、一般消费品3个、工业品2个。我局通过“三同”政策宣讲会、"
            "企业走访等方式，指导箱包、服装企业开展“三同”声明，其中6家企业已入驻“三同”公共服务平台。"
        ]
    )
    s.merge(f"A{row}:H{row}")
    s.ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    s.ws.row_dimensions[row].height = 60
    s.put(["三、存在问题及下步打算"])
    row = s.put(["部分小微企业对“三同”认识不足，申报积极性不高。下一步将结合“品字标”培育，继续扩大“三同”产品覆盖面。"])
    s.merge(f"A{row}:H{row}")
    s.ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    s.ws.row_dimensions[row].height = 45
    s.put([None, None, None, None, None, "平湖市市场监督管理局"])
    s.put([None, None, None, None, None, "2025年5月6日"])
    return Case(
        "pinghu_2025-04_three_same_narrative.xlsx",
        U,
        "2025-04",
        "工作月报 on one sheet: 一、清单 (the list), then 二、工作情况说明 and 三、存在问题及下步打算 as merged "
        "paragraphs, the bureau and date at the foot; 入驻平台 √ or blank; a 个体工商户 (92 code, 街道 in its name); "
        "an empty product cell",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def haiyan_three_same_category_sheets() -> Case:
    """One sheet per 产品类别 (食品农产品, 一般消费品, 工业品) and no category column: the sheet names the category."""
    U, c = "海盐县", Firms("海盐县", "h8-t-catsheets")
    x = XBook()
    header = ["序号", "企业名称", "统一社会信用代码", "产品名称", "声明日期", "是否入驻平台", "备注"]

    def sheet(category):
        s = x.sheet(category)
        s.title(f"海盐县“三同”产品情况（{category}）2024年4月", 7)
        s.put(header, bold=True)
        s.widths(6, 30, 22, 18, 12, 12, 14)
        return s

    s = sheet("食品农产品")
    s.put(
        [1, "海盐县于城食品有限公司", c[1], "速冻汤圆", d(2024, 4, 3), "是"],
        ok(
            T,
            enterprise_name="海盐县于城食品有限公司",
            uscc=c[1],
            unit=U,
            product="速冻汤圆",
            category="食品农产品",
            date="2024-04-03",
            on_platform=True,
        ),
    )
    s.put(
        [2, "海盐县六里茶叶专业合作社", c.coop(1), "绿茶", d(2024, 4, 11), "否", "合作社"],
        ok(
            T,
            enterprise_name="海盐县六里茶叶专业合作社",
            uscc=c.coop(1),
            unit=U,
            product="绿茶",
            category="食品农产品",
            date="2024-04-11",
            on_platform=False,
        ),
    )
    s = sheet("一般消费品")
    s.put(
        [1, "海盐县沈荡服饰有限公司", c[2], "针织内衣", d(2024, 4, 8), "是"],
        ok(
            T,
            enterprise_name="海盐县沈荡服饰有限公司",
            uscc=c[2],
            unit=U,
            product="针织内衣",
            category="一般消费品",
            date="2024-04-08",
            on_platform=True,
        ),
    )
    s.put(
        [2, "海盐县元通家居有限公司", c[3], "实木地板", d(2024, 4, 15), "是"],
        ok(
            T,
            enterprise_name="海盐县元通家居有限公司",
            uscc=c[3],
            unit=U,
            product="实木地板",
            category="一般消费品",
            date="2024-04-15",
            on_platform=True,
        ),
    )
    # The firm could not give its code yet: the required credit code is a placeholder.
    s.put([3, "海盐县秦山厨具有限公司", "暂无", "不锈钢锅具", d(2024, 4, 19), "是", "代码待企业提供"], no(T))
    s = sheet("工业品")
    s.put(
        [1, "海盐县武原标准件有限公司", c[4], "高强度螺栓", d(2024, 4, 9), "是"],
        ok(
            T,
            enterprise_name="海盐县武原标准件有限公司",
            uscc=c[4],
            unit=U,
            product="高强度螺栓",
            category="工业品",
            date="2024-04-09",
            on_platform=True,
        ),
    )
    s.put(
        [2, "浙江海盐核电配套设备有限公司", c[5], "不锈钢法兰", d(2024, 4, 24), "否"],
        ok(
            T,
            enterprise_name="浙江海盐核电配套设备有限公司",
            uscc=c[5],
            unit=U,
            product="不锈钢法兰",
            category="工业品",
            date="2024-04-24",
            on_platform=False,
        ),
    )
    return Case(
        "haiyan_2024-04_three_same_category_sheets.xlsx",
        U,
        "2024-04",
        "one sheet per 产品类别 (食品农产品 / 一般消费品 / 工业品), each with its own title and header and no category "
        "or county column, so the sheet names each row's category; 是/否 platform; a cooperative's 93 code; a code "
        "written 暂无",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def jiashan_recall_progress_columns() -> Case:
    """Recall 台账 with 召回完成率 and 召回进展 columns (no fields); one 已召回数量 left empty beside its rate."""
    U, c, xz = "嘉善县", Firms("嘉善县", "h8-r-progress"), Firms("秀洲区", "h8-r-progress")
    x = XBook()
    s = x.sheet("召回台账")
    s.title("嘉善县缺陷产品召回工作进展台账（2025年6月）", 13)
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所在县（市、区）",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "已召回数量",
            "召回完成率",
            "召回进展",
            "存在缺陷",
            "召回日期",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 12, 14, 12, 18, 10, 6, 10, 10, 10, 30, 12)
    f = CN_DATE

    def put(cells, expect):
        row = s.put(cells, expect, f)
        s.ws.cell(row=row, column=11).number_format = "0%"

    put(
        [
            1,
            "嘉善县天凝电动车有限公司",
            c[1],
            "嘉善县",
            "电动自行车",
            "TN-48",
            "主动召回",
            1350,
            "辆",
            1148,
            0.85,
            "进行中",
            "控制器存在短路风险，可能起火",
            d(2025, 6, 4),
        ],
        ok(
            R,
            enterprise_name="嘉善县天凝电动车有限公司",
            uscc=c[1],
            unit=U,
            product="电动自行车",
            model="TN-48",
            recall_type="主动召回",
            quantity=1350,
            quantity_unit="辆",
            recalled=1148,
            defect="控制器存在短路风险，可能起火",
            date="2025-06-04",
        ),
    )
    put(
        [
            2,
            "嘉善县惠民电器有限公司",
            c[2],
            "嘉善县",
            "电暖器",
            "HM-2200",
            "主动召回",
            620,
            "台",
            620,
            1,
            "已完成",
            "倾倒开关失效，存在火灾隐患",
            d(2025, 6, 7),
        ],
        ok(
            R,
            enterprise_name="嘉善县惠民电器有限公司",
            uscc=c[2],
            unit=U,
            product="电暖器",
            model="HM-2200",
            recall_type="主动召回",
            quantity=620,
            quantity_unit="台",
            recalled=620,
            defect="倾倒开关失效，存在火灾隐患",
            date="2025-06-07",
        ),
    )
    # Only the rate was known: 已召回数量 stays empty, not worked out from the rate.
    put(
        [
            3,
            "嘉善姚庄童车有限公司",
            c[3],
            "嘉善县",
            "婴儿推车",
            "YZ-3",
            "主动召回（缺陷调查后）",
            2800,
            "辆",
            None,
            0.6,
            "进行中",
            "刹车装置失效，存在滑行风险",
            d(2025, 6, 12),
        ],
        ok(
            R,
            enterprise_name="嘉善姚庄童车有限公司",
            uscc=c[3],
            unit=U,
            product="婴儿推车",
            model="YZ-3",
            recall_type="主动召回",
            quantity=2800,
            quantity_unit="辆",
            defect="刹车装置失效，存在滑行风险",
            date="2025-06-12",
        ),
    )
    put(
        [
            4,
            "嘉善县西塘灯饰有限公司",
            c[4],
            "嘉善县",
            "LED吸顶灯",
            "XT-24",
            "主动召回",
            3100,
            "盏",
            0,
            0,
            "进行中",
            "驱动电源绝缘不良，存在触电风险",
            d(2025, 6, 18),
        ],
        ok(
            R,
            enterprise_name="嘉善县西塘灯饰有限公司",
            uscc=c[4],
            unit=U,
            product="LED吸顶灯",
            model="XT-24",
            recall_type="主动召回",
            quantity=3100,
            quantity_unit="盏",
            recalled=0,
            defect="驱动电源绝缘不良，存在触电风险",
            date="2025-06-18",
        ),
    )
    # A Xiuzhou producer's recall, copied from the city's notice: not Jiashan's.
    put(
        [
            5,
            "嘉兴市王店小家电有限公司",
            xz[1],
            "秀洲区",
            "电热水壶",
            "WD-17",
            "主动召回",
            2200,
            "台",
            900,
            0.41,
            "进行中",
            "温控器失效，可能干烧",
            d(2025, 6, 20),
        ],
        no(R),
    )
    put(
        [
            6,
            "嘉善县大云玩具有限公司",
            c[5],
            "嘉善县",
            "软体积木",
            "DY-40",
            "责令召回",
            4500,
            "套",
            1200,
            0.27,
            "进行中",
            "小零件易脱落，存在误吞风险",
            d(2025, 6, 21),
        ],
        ok(
            R,
            enterprise_name="嘉善县大云玩具有限公司",
            uscc=c[5],
            unit=U,
            product="软体积木",
            model="DY-40",
            recall_type="责令召回",
            quantity=4500,
            quantity_unit="套",
            recalled=1200,
            defect="小零件易脱落，存在误吞风险",
            date="2025-06-21",
        ),
    )
    put(
        [
            7,
            "嘉善罗星五金有限公司",
            c[6],
            "嘉善县",
            "折叠梯",
            "LX-7",
            "主动召回",
            960,
            "把",
            960,
            1,
            "已完成",
            "锁止机构强度不足，使用中可能折叠",
            d(2025, 6, 27),
        ],
        ok(
            R,
            enterprise_name="嘉善罗星五金有限公司",
            uscc=c[6],
            unit=U,
            product="折叠梯",
            model="LX-7",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="把",
            recalled=960,
            defect="锁止机构强度不足，使用中可能折叠",
            date="2025-06-27",
        ),
    )
    s.put(["注：召回完成率＝已召回数量÷涉及数量；召回进展填“进行中”或“已完成”。"])
    return Case(
        "jiashan_2025-06_recall_progress_columns.xlsx",
        U,
        "2025-06",
        "召回工作进展台账 with 召回完成率 (0% format: 85%, 100%) and 召回进展 进行中 / 已完成 columns (no fields) "
        "between the quantities and the defect; one 已召回数量 empty beside its rate (left empty); "
        "主动召回（缺陷调查后）; "
        "a Xiuzhou producer's recall",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


@case
def haining_benchmarking_org_codes() -> Case:
    """A form taken from the 经信 side: 组织机构代码, 法定代表人, 注册资本 and 企业规模 beside the credit code."""
    U, c = "海宁市", Firms("海宁市", "h8-b-orgcodes")
    x = XBook()
    s = x.sheet("对标企业")
    s.title("海宁市2025年4月企业标准对标达标名单", 11)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "组织机构代码",
            "法定代表人",
            "注册资本（万元）",
            "企业规模",
            "产品名称",
            "对标标准",
            "对标结果",
            "完成日期",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 14, 10, 12, 8, 16, 22, 10, 12)

    def org(code):
        return f"{code[8:16]}-{code[16]}"

    s.put(
        [
            1,
            "海宁市马桥经编有限公司",
            c[1],
            org(c[1]),
            "张建国",
            5000,
            "规上",
            "经编网眼布",
            "ISO 13938-2:2019",
            "达到",
            d(2025, 4, 2),
        ],
        ok(
            B,
            enterprise_name="海宁市马桥经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编网眼布",
            standard_no="ISO 13938-2:2019",
            result="达到",
            date="2025-04-02",
        ),
    )
    s.put(
        [
            2,
            "海宁市许村布艺有限公司",
            c[2],
            org(c[2]),
            "李华",
            1200,
            "规上",
            "提花沙发布",
            "EN 1021-1:2014",
            "优于",
            d(2025, 4, 8),
        ],
        ok(
            B,
            enterprise_name="海宁市许村布艺有限公司",
            uscc=c[2],
            unit=U,
            product="提花沙发布",
            standard_no="EN 1021-1:2014",
            result="优于",
            date="2025-04-08",
        ),
    )
    s.put(
        [
            3,
            "海宁市海昌皮革有限公司",
            c[3],
            org(c[3]),
            "沈勇",
            300,
            "规下",
            "皮革手袋",
            "ISO 17186:2011",
            "达到",
            d(2025, 4, 11),
        ],
        ok(
            B,
            enterprise_name="海宁市海昌皮革有限公司",
            uscc=c[3],
            unit=U,
            product="皮革手袋",
            standard_no="ISO 17186:2011",
            result="达到",
            date="2025-04-11",
        ),
    )
    # Only the old organisation code was typed: the required credit code is missing.
    s.put(
        [
            4,
            "海宁市长安紧固件有限公司",
            None,
            "14695732-6",
            "陆明",
            800,
            "规上",
            "六角头螺栓",
            "ISO 4014:2022",
            "达到",
            d(2025, 4, 14),
        ],
        no(B),
    )
    s.put(
        [
            5,
            "海宁市尖山新能源有限公司",
            c[4],
            org(c[4]),
            "顾涛",
            20000,
            "规上",
            "光伏组件",
            "IEC 61215-1:2021",
            "达到",
            d(2025, 4, 16),
        ],
        ok(
            B,
            enterprise_name="海宁市尖山新能源有限公司",
            uscc=c[4],
            unit=U,
            product="光伏组件",
            standard_no="IEC 61215-1:2021",
            result="达到",
            date="2025-04-16",
        ),
    )
    s.put(
        [
            6,
            "海宁市盐官机械有限公司",
            c[5],
            org(c[5]),
            "蒋平",
            500,
            "规下",
            "电机转子",
            "IEC 60034-1:2022",
            "达到",
            d(2025, 4, 22),
        ],
        ok(
            B,
            enterprise_name="海宁市盐官机械有限公司",
            uscc=c[5],
            unit=U,
            product="电机转子",
            standard_no="IEC 60034-1:2022",
            result="达到",
            date="2025-04-22",
        ),
    )
    s.put(
        [
            7,
            "海宁市斜桥榨菜有限公司",
            c[6],
            org(c[6]),
            "杨斌",
            1500,
            "规上",
            "榨菜",
            "CXS 260-2007",
            "达到",
            d(2025, 4, 25),
        ],
        ok(
            B,
            enterprise_name="海宁市斜桥榨菜有限公司",
            uscc=c[6],
            unit=U,
            product="榨菜",
            standard_no="CXS 260-2007",
            result="达到",
            date="2025-04-25",
        ),
    )
    s.put(
        [
            8,
            "海宁市黄湾照明有限公司",
            c[7],
            org(c[7]),
            "韩磊",
            2000,
            "规上",
            "LED路灯",
            "IEC 60598-2-3:2002",
            "优于",
            d(2025, 4, 29),
        ],
        ok(
            B,
            enterprise_name="海宁市黄湾照明有限公司",
            uscc=c[7],
            unit=U,
            product="LED路灯",
            standard_no="IEC 60598-2-3:2002",
            result="优于",
            date="2025-04-29",
        ),
    )
    s.put(["合计", None, None, None, None, "=SUM(F3:F10)"], bold=True)
    return Case(
        "haining_2025-04_benchmarking_org_codes.xlsx",
        U,
        "2025-04",
        "对标达标名单 on a form taken from the 经信 side: 组织机构代码 (xxxxxxxx-x) beside the credit code, "
        "法定代表人, 注册资本（万元）, 企业规模 规上/规下 (no fields), no county column; a row with only the "
        "组织机构代码 (no credit code); 合计 summing 注册资本",
        True,
        x.data(),
        x.rows,
        holdout_set=8,
    )


# =============================================================================================
# Holdout set 9
# =============================================================================================
@case
def nanhu_benchmarking_returned_comments() -> Case:
    """A return sent back (退回) and resubmitted: the city's 市局审核意见 column and the county's 修改情况说明 kept."""
    U, c = "南湖区", Firms("南湖区", "h9-b-returned")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("南湖区企业标准对标达标提升行动月报（2024年2月）（退回修改后重报）", 10)
    s.put(
        ["填报单位：南湖区市场监督管理局", None, None, None, None, None, None, "报送日期：2024年3月8日（第二次报送）"]
    )
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "对标产品名称",
            "对标标准编号",
            "对标结果",
            "完成日期",
            "市局审核意见",
            "修改情况说明",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 20, 10, 16, 26, 26)
    f = CN_DATE
    s.put(
        [
            1,
            "嘉兴市凯诚压缩机有限公司",
            c[1],
            "南湖区",
            "全封闭活塞式压缩机",
            "EN 12900:2013",
            "达到",
            d(2024, 2, 2),
            "信用代码校验位错误",
            "已更正信用代码",
        ],
        ok(
            B,
            enterprise_name="嘉兴市凯诚压缩机有限公司",
            uscc=c[1],
            unit=U,
            product="全封闭活塞式压缩机",
            standard_no="EN 12900:2013",
            result="达到",
            date="2024-02-02",
        ),
        f,
    )
    s.put(
        [2, "嘉兴南湖精工轴承有限公司", c[2], "南湖区", "深沟球轴承", "ISO 492:2014", "优于", d(2024, 2, 6)],
        ok(
            B,
            enterprise_name="嘉兴南湖精工轴承有限公司",
            uscc=c[2],
            unit=U,
            product="深沟球轴承",
            standard_no="ISO 492:2014",
            result="优于",
            date="2024-02-06",
        ),
        f,
    )
    s.put(
        [
            3,
            "浙江禾城电气有限公司",
            c[3],
            "南湖区",
            "低压断路器",
            "IEC 60947-2:2016",
            "达到",
            d(2024, 2, 7),
            "对标结果未填",
            "已补充",
        ],
        ok(
            B,
            enterprise_name="浙江禾城电气有限公司",
            uscc=c[3],
            unit=U,
            product="低压断路器",
            standard_no="IEC 60947-2:2016",
            result="达到",
            date="2024-02-07",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴市七星五金制品有限公司",
            c[4],
            "南湖区",
            "不锈钢合页",
            "EN 1935:2002",
            "达到",
            d(2024, 2, 18),
            "产品名称请填写具体产品（原填“五金件”）",
            "已修改",
        ],
        ok(
            B,
            enterprise_name="嘉兴市七星五金制品有限公司",
            uscc=c[4],
            unit=U,
            product="不锈钢合页",
            standard_no="EN 1935:2002",
            result="达到",
            date="2024-02-18",
        ),
        f,
    )
    # The city queried the firm's county; the county found it is Xiuzhou's and marks the row deleted.
    s.put(
        [
            5,
            "嘉兴新嘉纺织有限公司",
            c[5],
            "南湖区",
            "涤纶弹力丝",
            "ISO 2062:2009",
            "达到",
            d(2024, 2, 20),
            "该企业注册地在秀洲区，请核实",
            "经核实属秀洲区企业，本表删除",
        ],
        no(B),
        f,
    )
    # The county answered that the code is right, but its check character still fails.
    s.put(
        [
            6,
            "嘉兴市恒升汽车零部件有限公司",
            wrong_check(c[6]),
            "南湖区",
            "汽车制动盘",
            "ISO 26867:2009",
            "达到",
            d(2024, 2, 21),
            "信用代码校验位错误",
            "经核实，营业执照代码无误",
        ],
        no(B),
        f,
    )
    s.put(
        [7, "嘉兴凯越塑胶有限公司", c[7], "南湖区", "聚乙烯缠绕膜", "ASTM D4649-03", "优于", d(2024, 2, 26)],
        ok(
            B,
            enterprise_name="嘉兴凯越塑胶有限公司",
            uscc=c[7],
            unit=U,
            product="聚乙烯缠绕膜",
            standard_no="ASTM D4649-03",
            result="优于",
            date="2024-02-26",
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴市昌盛新材料有限公司",
            c[8],
            "南湖区",
            "玻璃纤维短切毡",
            "ISO 2559:2011",
            "达到",
            d(2024, 2, 28),
            "完成日期格式不规范",
            "已修改",
        ],
        ok(
            B,
            enterprise_name="嘉兴市昌盛新材料有限公司",
            uscc=c[8],
            unit=U,
            product="玻璃纤维短切毡",
            standard_no="ISO 2559:2011",
            result="达到",
            date="2024-02-28",
        ),
        f,
    )
    s.put(
        [9, "浙江南湖电子科技有限公司", c[9], "南湖区", "片式电感器", "IEC 62024-1:2017", "达到", d(2024, 2, 29)],
        ok(
            B,
            enterprise_name="浙江南湖电子科技有限公司",
            uscc=c[9],
            unit=U,
            product="片式电感器",
            standard_no="IEC 62024-1:2017",
            result="达到",
            date="2024-02-29",
        ),
        f,
    )
    s.put(["合计", "共9条（其中删除1条）"])
    s.blank()
    s.put(["填表人：沈琳", None, None, "审核人：顾建平", None, None, "联系电话：0573-82551026"])
    return Case(
        "nanhu_2024-02_benchmarking_returned_comments.xlsx",
        U,
        "2024-02",
        "a return sent back by the city and resubmitted: title 退回修改后重报, 第二次报送; the city's 市局审核意见 "
        "and the county's 修改情况说明 columns kept beside the data; a row the county answers 本表删除 (void); a "
        "code still failing its check though the county answers 代码无误",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def xiuzhou_brand_mark_status_change() -> Case:
    """品字标 本月状态变动表: 变动类型, 变动前状态 → 变动后状态; a firm leaving the pool (退出) among the entries."""
    U, c = "秀洲区", Firms("秀洲区", "h9-p-change")
    x = XBook()
    s = x.sheet("状态变动")
    s.title("秀洲区“品字标”培育企业本月状态变动情况表", 10)
    s.put(["统计月份：2025年1月", None, None, None, None, None, None, None, "单位：家"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "变动类型",
            "变动前状态",
            "变动后状态",
            "变动时间",
            "浙江制造标准编号",
            "证书编号",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 12, 12, 12, 12, 18, 22)
    f = "yyyy.m.d"
    s.put(
        [1, "嘉兴市秀洲区王江泾丝绸有限公司", c[1], "真丝面料", "新入库", "—", "入库培育", d(2025, 1, 6), "—", "—"],
        ok(
            P,
            enterprise_name="嘉兴市秀洲区王江泾丝绸有限公司",
            uscc=c[1],
            unit=U,
            product="真丝面料",
            status="入库培育",
            date="2025-01-06",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴洲际智能家居有限公司",
            c[2],
            "集成灶",
            "入库转认证",
            "入库培育",
            "已认证",
            d(2025, 1, 9),
            "T/ZZB 1476—2020",
            "ZJM-002-3318-2025",
        ],
        ok(
            P,
            enterprise_name="嘉兴洲际智能家居有限公司",
            uscc=c[2],
            unit=U,
            product="集成灶",
            status="已认证",
            standard_no="T/ZZB 1476—2020",
            cert_no="ZJM-002-3318-2025",
            date="2025-01-09",
        ),
        f,
    )
    s.put(
        [3, "嘉兴市新塍五金工具有限公司", c[3], "活动扳手", "新入库", "—", "入库培育", d(2025, 1, 10), "—", "—"],
        ok(
            P,
            enterprise_name="嘉兴市新塍五金工具有限公司",
            uscc=c[3],
            unit=U,
            product="活动扳手",
            status="入库培育",
            date="2025-01-10",
        ),
        f,
    )
    # Left the pool this month: no entry of the program.
    s.put(
        [4, "嘉兴油车港电器有限公司", c[4], "电热水壶", "退出", "入库培育", "退出培育库", d(2025, 1, 13), "—", "—"],
        no(P),
        f,
    )
    s.put(
        [
            5,
            "浙江秀洲新能源科技有限公司",
            c[5],
            "光伏接线盒",
            "新认证",
            "—",
            "已认证",
            d(2025, 1, 15),
            "T/ZZB 2035—2021",
            "ZJM-002-3326-2025",
        ],
        ok(
            P,
            enterprise_name="浙江秀洲新能源科技有限公司",
            uscc=c[5],
            unit=U,
            product="光伏接线盒",
            status="已认证",
            standard_no="T/ZZB 2035—2021",
            cert_no="ZJM-002-3326-2025",
            date="2025-01-15",
        ),
        f,
    )
    s.put(
        [6, "嘉兴市洪合毛衫有限公司", c[6], "羊毛衫", "新入库", "—", "入库培育", d(2025, 1, 17), "—", "—"],
        ok(
            P,
            enterprise_name="嘉兴市洪合毛衫有限公司",
            uscc=c[6],
            unit=U,
            product="羊毛衫",
            status="入库培育",
            date="2025-01-17",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴市秀洲区高照厨具有限公司",
            c[7],
            "吸油烟机",
            "入库转认证",
            "入库培育",
            "已认证",
            d(2025, 1, 21),
            "T/ZZB 0523—2018",
            "ZJM-002-3341-2025",
        ],
        ok(
            P,
            enterprise_name="嘉兴市秀洲区高照厨具有限公司",
            uscc=c[7],
            unit=U,
            product="吸油烟机",
            status="已认证",
            standard_no="T/ZZB 0523—2018",
            cert_no="ZJM-002-3341-2025",
            date="2025-01-21",
        ),
        f,
    )
    s.put(
        [8, "嘉兴嘉北照明科技有限公司", c[8], "LED筒灯", "新入库", "—", "入库培育", d(2025, 1, 24), "—", "—"],
        ok(
            P,
            enterprise_name="嘉兴嘉北照明科技有限公司",
            uscc=c[8],
            unit=U,
            product="LED筒灯",
            status="入库培育",
            date="2025-01-24",
        ),
        f,
    )
    s.put(
        [9, "嘉兴市王店塑料制品有限公司", c[9], "PE保鲜膜", "新入库", "—", "入库培育", d(2025, 1, 27), "—", "—"],
        ok(
            P,
            enterprise_name="嘉兴市王店塑料制品有限公司",
            uscc=c[9],
            unit=U,
            product="PE保鲜膜",
            status="入库培育",
            date="2025-01-27",
        ),
        f,
    )
    s.put(["本月变动合计：新入库5家，入库转认证2家，新认证1家，退出1家。"])
    s.merge(f"A{s.n}:J{s.n}")
    return Case(
        "xiuzhou_2025-01_brand_mark_status_change.xlsx",
        U,
        "2025-01",
        "品字标 本月状态变动表: 变动类型 (新入库 / 入库转认证 / 新认证 / 退出), 变动前状态 and 变动后状态 columns, "
        "the entry reported by its 变动后状态; a firm leaving the pool (退出培育库); dashes; dates shown 2025.1.6; "
        "单位：家 above",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def jiashan_recall_station_blocks() -> Case:
    """The county's return pasted together from its 市场监督管理所's tables: a line per 所, its own header, 小计."""
    U, c = "嘉善县", Firms("嘉善县", "h9-r-stations")
    x = XBook()
    s = x.sheet("召回汇总")
    s.title("嘉善县缺陷产品召回情况汇总表（2024年6月）", 11)
    s.put(["填报单位：嘉善县市场监督管理局（质量发展科汇总）"])
    s.widths(6, 28, 22, 16, 14, 10, 10, 6, 28, 14, 10)
    f = "yyyy-mm-dd"

    def header(words: list) -> None:
        s.put(words, bold=True)

    s.put(["一、罗星市场监督管理所"], bold=False)
    s.merge(f"A{s.n}:K{s.n}")
    header(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "存在的缺陷",
            "召回日期",
            "已召回数量",
        ]
    )
    s.put(
        [
            1,
            "嘉善县罗星电器有限公司",
            c[1],
            "电暖器",
            "NSB-200",
            "主动召回",
            1860,
            "台",
            "倾倒开关失效，存在火灾隐患",
            d(2024, 6, 4),
            1120,
        ],
        ok(
            R,
            enterprise_name="嘉善县罗星电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖器",
            model="NSB-200",
            recall_type="主动召回",
            quantity=1860,
            quantity_unit="台",
            defect="倾倒开关失效，存在火灾隐患",
            date="2024-06-04",
            recalled=1120,
        ),
        f,
    )
    s.put(
        [
            2,
            "浙江嘉善欧雅家具有限公司",
            c[2],
            "儿童床",
            "EY-C08",
            "主动召回",
            420,
            "张",
            "护栏间隙过大，存在卡头风险",
            d(2024, 6, 11),
            "待统计",
        ],
        ok(
            R,
            enterprise_name="浙江嘉善欧雅家具有限公司",
            uscc=c[2],
            unit=U,
            product="儿童床",
            model="EY-C08",
            recall_type="主动召回",
            quantity=420,
            quantity_unit="张",
            defect="护栏间隙过大，存在卡头风险",
            date="2024-06-11",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉善恒通电动车有限公司",
            c[3],
            "电动自行车",
            "HT-48V",
            "主动召回",
            236,
            "辆",
            "充电器输出过压，存在电池起火风险",
            d(2024, 6, 17),
            236,
        ],
        ok(
            R,
            enterprise_name="嘉善恒通电动车有限公司",
            uscc=c[3],
            unit=U,
            product="电动自行车",
            model="HT-48V",
            recall_type="主动召回",
            quantity=236,
            quantity_unit="辆",
            defect="充电器输出过压，存在电池起火风险",
            date="2024-06-17",
            recalled=236,
        ),
        f,
    )
    s.put([None, "小计", "3起"])
    s.put(["二、西塘市场监督管理所"])
    s.merge(f"A{s.n}:K{s.n}")
    # The station's own table, its headers worded its own way.
    header(
        [
            "序号",
            "生产企业",
            "信用代码",
            "召回产品",
            "规格型号",
            "召回方式",
            "数量",
            "计量单位",
            "缺陷情况",
            "召回时间",
            "已召回",
        ]
    )
    s.put(
        [
            1,
            "嘉善县西塘纽扣有限公司",
            c[4],
            "儿童服装用金属按扣",
            "AK-12",
            "责令召回",
            52000,
            "件",
            "按扣结合力不足，存在儿童误吞风险",
            d(2024, 6, 13),
            38600,
        ],
        ok(
            R,
            enterprise_name="嘉善县西塘纽扣有限公司",
            uscc=c[4],
            unit=U,
            product="儿童服装用金属按扣",
            model="AK-12",
            recall_type="责令召回",
            quantity=52000,
            quantity_unit="件",
            defect="按扣结合力不足，存在儿童误吞风险",
            date="2024-06-13",
            recalled=38600,
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉善县罗星电器有限公司",
            c[1],
            "电暖器",
            "NSB-200",
            "主动召回",
            1860,
            "台",
            "倾倒开关失效，存在火灾隐患",
            d(2024, 6, 4),
            1120,
        ],
        no(R),
        f,
    )
    s.put([None, "小计", "2起"])
    s.put(["三、姚庄市场监督管理所：本月无缺陷产品召回"])
    s.merge(f"A{s.n}:K{s.n}")
    s.put(["四、天凝市场监督管理所"])
    s.merge(f"A{s.n}:K{s.n}")
    header(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "存在的缺陷",
            "召回日期",
            "已召回数量",
        ]
    )
    s.put(
        [
            1,
            "嘉善天凝木业有限公司",
            c[5],
            "儿童书桌",
            "TN-Z60",
            "主动召回",
            315,
            "张",
            "桌角锐利，存在划伤风险",
            d(2024, 6, 20),
            198,
        ],
        ok(
            R,
            enterprise_name="嘉善天凝木业有限公司",
            uscc=c[5],
            unit=U,
            product="儿童书桌",
            model="TN-Z60",
            recall_type="主动召回",
            quantity=315,
            quantity_unit="张",
            defect="桌角锐利，存在划伤风险",
            date="2024-06-20",
            recalled=198,
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉善县天凝照明电器有限公司",
            c[6],
            "LED台灯",
            "TL-3、TL-5",
            "主动召回",
            2400,
            "只",
            "电源适配器绝缘不足，存在触电风险",
            d(2024, 6, 25),
            0,
        ],
        ok(
            R,
            enterprise_name="嘉善县天凝照明电器有限公司",
            uscc=c[6],
            unit=U,
            product="LED台灯",
            model="TL-3、TL-5",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="只",
            defect="电源适配器绝缘不足，存在触电风险",
            date="2024-06-25",
            recalled=0,
        ),
        f,
    )
    s.put([None, "小计", "2起"])
    s.put([None, "合计", "7起（其中西塘所第2条与罗星所第1条为同一召回）"])
    return Case(
        "jiashan_2024-06_recall_station_blocks.xlsx",
        U,
        "2024-06",
        "the county's return pasted together from four 市场监督管理所 tables on one sheet: a merged line per 所, "
        "each 所's own header (worded differently), 序号 restarting, 小计 per 所, a 所 with 本月无召回; one recall "
        "reported by two 所 (a repeat); 已召回数量 待统计 and 0",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def haiyan_green_short_names() -> Case:
    """企业名称 merged over 全称 | 简称 (a short name column no program asks for); 培育中 and 已获证 mixed."""
    U, c = "海盐县", Firms("海盐县", "h9-g-short")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("海盐县绿色产品认证工作推进情况表（2024年5月）", 11)
    s.put(
        [
            "序号",
            "企业名称",
            None,
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.put([None, "全称", "简称"], bold=True)
    s.merge("B2:C2")
    for col in "ADEFGHIJK":
        s.merge(f"{col}2:{col}3")
    s.widths(6, 30, 10, 22, 16, 18, 10, 12, 22, 12, 12)
    f = "yyyy/m/d"
    s.put(
        [
            1,
            "海盐县武原建材有限公司",
            "武原建材",
            c[1],
            "中空玻璃",
            "建筑玻璃",
            "培育中",
            d(2024, 5, 6),
            None,
            None,
            None,
        ],
        ok(
            G,
            enterprise_name="海盐县武原建材有限公司",
            uscc=c[1],
            unit=U,
            product="中空玻璃",
            category="建筑玻璃",
            status="培育中",
            start_date="2024-05-06",
        ),
        f,
    )
    s.put(
        [
            2,
            "浙江海盐华丰家居用品有限公司",
            "华丰家居",
            c[2],
            "实木餐桌",
            "家具",
            "已获证",
            d(2023, 11, 2),
            "CGP2405H0318",
            d(2024, 5, 9),
            d(2029, 5, 8),
        ],
        ok(
            G,
            enterprise_name="浙江海盐华丰家居用品有限公司",
            uscc=c[2],
            unit=U,
            product="实木餐桌",
            category="家具",
            status="已获证",
            start_date="2023-11-02",
            cert_no="CGP2405H0318",
            issue_date="2024-05-09",
            valid_until="2029-05-08",
        ),
        f,
    )
    s.put(
        [
            3,
            "海盐秦山纺织有限公司",
            "秦山纺织",
            c[3],
            "涤纶面料",
            "纺织产品",
            "培育中",
            d(2024, 5, 13),
            None,
            None,
            None,
        ],
        ok(
            G,
            enterprise_name="海盐秦山纺织有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶面料",
            category="纺织产品",
            status="培育中",
            start_date="2024-05-13",
        ),
        f,
    )
    s.put(
        [
            4,
            "海盐县沈荡涂料有限公司",
            "沈荡涂料",
            c[4],
            "水性内墙涂料",
            "涂料",
            "已获证",
            d(2024, 1, 15),
            "CGP2405T0042",
            d(2024, 5, 16),
            d(2029, 5, 15),
        ],
        ok(
            G,
            enterprise_name="海盐县沈荡涂料有限公司",
            uscc=c[4],
            unit=U,
            product="水性内墙涂料",
            category="涂料",
            status="已获证",
            start_date="2024-01-15",
            cert_no="CGP2405T0042",
            issue_date="2024-05-16",
            valid_until="2029-05-15",
        ),
        f,
    )
    # The status cell was left with a slash: whether the firm is in the pool or certified is unknown.
    s.put(
        [5, "海盐通元塑业有限公司", "通元塑业", c[5], "塑料管材", "塑料制品", "/", None, None, None, None],
        no(G),
        f,
    )
    s.put(
        [
            6,
            "海盐县百步竹木制品有限公司",
            "百步竹木",
            c[6],
            "竹砧板",
            "竹制品",
            "培育中",
            d(2024, 5, 21),
            None,
            None,
            None,
        ],
        ok(
            G,
            enterprise_name="海盐县百步竹木制品有限公司",
            uscc=c[6],
            unit=U,
            product="竹砧板",
            category="竹制品",
            status="培育中",
            start_date="2024-05-21",
        ),
        f,
    )
    s.put(
        [
            7,
            "浙江于城卫浴有限公司",
            "于城卫浴",
            c[7],
            "陶瓷坐便器",
            "卫生陶瓷",
            "已获证",
            None,
            "CGP2405W0127",
            d(2024, 5, 23),
            d(2029, 5, 22),
        ],
        ok(
            G,
            enterprise_name="浙江于城卫浴有限公司",
            uscc=c[7],
            unit=U,
            product="陶瓷坐便器",
            category="卫生陶瓷",
            status="已获证",
            cert_no="CGP2405W0127",
            issue_date="2024-05-23",
            valid_until="2029-05-22",
        ),
        f,
    )
    s.put(
        [
            8,
            "海盐县通元包装有限公司",
            "通元包装",
            c[8],
            "瓦楞纸箱",
            "纸制品",
            "培育中",
            d(2024, 5, 28),
            None,
            None,
            None,
        ],
        ok(
            G,
            enterprise_name="海盐县通元包装有限公司",
            uscc=c[8],
            unit=U,
            product="瓦楞纸箱",
            category="纸制品",
            status="培育中",
            start_date="2024-05-28",
        ),
        f,
    )
    s.put(["填报人：朱晓燕", None, None, "审核人：钱卫东", None, None, "报送日期：2024年6月3日"])
    return Case(
        "haiyan_2024-05_green_short_names.xlsx",
        U,
        "2024-05",
        "企业名称 merged over two sub-columns 全称 | 简称 (the short name no field), other headers merged down two "
        "rows; 培育中 and 已获证 mixed with 纳入培育日期, one certified firm without it; a status written /",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def haining_three_same_web_paste() -> Case:
    """The 三同 platform's 企业声明管理 page pasted into Excel: breadcrumb, query line, 操作 buttons, pager."""
    U, c = "海宁市", Firms("海宁市", "h9-t-webpaste")
    x = XBook()
    s = x.sheet("Sheet1")
    s.put(["“同线同标同质”公共服务平台  >  企业声明管理"])
    s.put(["声明状态：全部    所在地区：海宁市    声明时间：2024-04-01 至 2024-04-30    查询    重置"])
    s.put(
        [
            "序号",
            "声明编号",
            "企业名称",
            "统一社会信用代码",
            "所在地区",
            "产品名称",
            "产品类别",
            "声明时间",
            "声明状态",
            "操作",
        ]
    )
    s.widths(6, 20, 30, 22, 20, 16, 12, 20, 10, 12)
    s.put(
        [
            1,
            "SST3304812404001",
            "海宁市盐官皮革制品有限公司",
            c[1],
            "浙江省嘉兴市海宁市",
            "真皮手提包",
            "一般消费品",
            "2024-04-02 09:15:37",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="海宁市盐官皮革制品有限公司",
            uscc=c[1],
            unit=U,
            product="真皮手提包",
            category="一般消费品",
            date="2024-04-02",
        ),
    )
    s.put(
        [
            2,
            "SST3304812404002",
            "海宁经编科技有限公司",
            c[2],
            "浙江省嘉兴市海宁市",
            "经编间隔织物",
            "工业品",
            "2024-04-07 14:02:11",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="海宁经编科技有限公司",
            uscc=c[2],
            unit=U,
            product="经编间隔织物",
            category="工业品",
            date="2024-04-07",
        ),
    )
    s.put(
        [
            3,
            "SST3304812404003",
            "海宁市斜桥榨菜食品有限公司",
            c[3],
            "浙江省嘉兴市海宁市",
            "斜桥榨菜",
            "食品农产品",
            "2024-04-09 10:47:52",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="海宁市斜桥榨菜食品有限公司",
            uscc=c[3],
            unit=U,
            product="斜桥榨菜",
            category="食品农产品",
            date="2024-04-09",
        ),
    )
    s.put(
        [
            4,
            "SST3304812404004",
            "浙江海宁光伏材料有限公司",
            c[4],
            "浙江省嘉兴市海宁市",
            "光伏背板",
            "工业品",
            "2024-04-12 16:20:05",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="浙江海宁光伏材料有限公司",
            uscc=c[4],
            unit=U,
            product="光伏背板",
            category="工业品",
            date="2024-04-12",
        ),
    )
    s.put(
        [
            5,
            "SST3304812404005",
            "海宁市丁桥蘑菇专业合作社",
            c.coop(1),
            "浙江省嘉兴市海宁市",
            "鲜蘑菇",
            "食品农产品",
            "2024-04-16 08:58:40",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="海宁市丁桥蘑菇专业合作社",
            uscc=c.coop(1),
            unit=U,
            product="鲜蘑菇",
            category="食品农产品",
            date="2024-04-16",
        ),
    )
    # The firm withdrew its declaration: no 三同 product.
    s.put(
        [
            6,
            "SST3304812404006",
            "海宁市袁花灯饰有限公司",
            c[6],
            "浙江省嘉兴市海宁市",
            "LED吸顶灯",
            "一般消费品",
            "2024-04-18 11:33:09",
            "已撤回",
            "查看",
        ],
        no(T),
    )
    s.put(
        [
            7,
            "SST3304812404007",
            "海宁市周王庙纺织有限公司",
            c[7],
            "浙江省嘉兴市海宁市",
            "窗帘布",
            "一般消费品",
            "2024-04-23 15:41:26",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="海宁市周王庙纺织有限公司",
            uscc=c[7],
            unit=U,
            product="窗帘布",
            category="一般消费品",
            date="2024-04-23",
        ),
    )
    s.put(
        [
            8,
            "SST3304812404008",
            "海宁市硖石皮草服饰有限公司",
            c[8],
            "浙江省嘉兴市海宁市",
            "皮草围巾",
            "一般消费品",
            "2024-04-26 09:07:14",
            "已发布",
            "查看 编辑",
        ],
        ok(
            T,
            enterprise_name="海宁市硖石皮草服饰有限公司",
            uscc=c[8],
            unit=U,
            product="皮草围巾",
            category="一般消费品",
            date="2024-04-26",
        ),
    )
    s.put(["共 8 条", None, "10条/页", None, "<", 1, ">", "前往", 1, "页"])
    return Case(
        "haining_2024-04_three_same_web_paste.xlsx",
        U,
        "2024-04",
        "the 三同 platform's 企业声明管理 page selected and pasted into a bare Sheet1: breadcrumb and query-form "
        "lines above the header, an 操作 column of button texts (查看 编辑), the pager (共 8 条 10条/页 < 1 > 前往 "
        "1 页) under the list; 声明时间 with clock time as text; 浙江省嘉兴市海宁市; a cooperative's 93 code; a "
        "declaration 已撤回",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def pinghu_recall_quantity_slash() -> Case:
    """GBK CSV: 涉及数量/已召回数量（台） in one column written 1200/980; an out-of-city producer's recall."""
    U, c = "平湖市", Firms("平湖市", "h9-r-slash")
    nb = Firms("平湖市", "h9-r-slash-nb")
    nb.region = "330212"  # a Ningbo (鄞州区) producer whose products a Pinghu dealer sold
    t = Lines("pinghu_2024-02_recall_quantity_slash")
    t.put(["平湖市2024年2月缺陷产品召回情况"])
    t.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所属地区",
            "召回产品",
            "型号",
            "召回方式",
            "涉及数量/已召回数量（台）",
            "缺陷描述",
            "召回时间",
        ]
    )
    t.put(
        [
            1,
            "平湖市当湖电器有限公司",
            c[1],
            "平湖市",
            "电热水壶",
            "DH-17A",
            "主动召回",
            "1200/980",
            "温控器失效，存在干烧起火风险",
            "2024/2/5",
        ],
        ok(
            R,
            enterprise_name="平湖市当湖电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热水壶",
            model="DH-17A",
            recall_type="主动召回",
            quantity=1200,
            quantity_unit="台",
            recalled=980,
            defect="温控器失效，存在干烧起火风险",
            date="2024-02-05",
        ),
    )
    t.put(
        [
            2,
            "平湖市新仓电机有限公司",
            c[2],
            "平湖市",
            "落地扇",
            "FS-40",
            "主动召回",
            "560/560",
            "扇叶网罩间隙过大，存在夹手风险",
            "2024/2/8",
        ],
        ok(
            R,
            enterprise_name="平湖市新仓电机有限公司",
            uscc=c[2],
            unit=U,
            product="落地扇",
            model="FS-40",
            recall_type="主动召回",
            quantity=560,
            quantity_unit="台",
            recalled=560,
            defect="扇叶网罩间隙过大，存在夹手风险",
            date="2024-02-08",
        ),
    )
    t.put(
        [
            3,
            "平湖市钟埭家电有限公司",
            c[3],
            "平湖市",
            "手持式吸尘器",
            "VC-8",
            "责令召回",
            "3000/待统计",
            "电池组过热，存在起火风险",
            "2024/2/19",
        ],
        ok(
            R,
            enterprise_name="平湖市钟埭家电有限公司",
            uscc=c[3],
            unit=U,
            product="手持式吸尘器",
            model="VC-8",
            recall_type="责令召回",
            quantity=3000,
            quantity_unit="台",
            defect="电池组过热，存在起火风险",
            date="2024-02-19",
        ),
    )
    # The producer is in Ningbo; only its dealer is in Pinghu.
    t.put(
        [
            4,
            "宁波市鄞州恒丰电器有限公司",
            nb[1],
            "宁波市鄞州区",
            "电暖器",
            "HF-2200",
            "主动召回",
            "750/310",
            "电源线截面积不足，存在过热风险",
            "2024/2/20",
        ],
        no(R),
    )
    t.put(
        [
            5,
            "平湖市曹桥厨房电器有限公司",
            c[5],
            "平湖市",
            "空气炸锅",
            "AF-35、AF-50",
            "主动召回",
            "2.1万/1.85万",
            "锅篮手柄松脱，存在烫伤风险",
            "2024/2/22",
        ],
        ok(
            R,
            enterprise_name="平湖市曹桥厨房电器有限公司",
            uscc=c[5],
            unit=U,
            product="空气炸锅",
            model="AF-35、AF-50",
            recall_type="主动召回",
            quantity=21000,
            quantity_unit="台",
            recalled=18500,
            defect="锅篮手柄松脱，存在烫伤风险",
            date="2024-02-22",
        ),
    )
    t.put(
        [
            6,
            "平湖市广陈电器有限公司",
            c[6],
            "平湖市",
            "暖风机",
            "NF-2000",
            "主动召回",
            "860/0",
            "倾倒断电开关失效",
            "2024/2/26",
        ],
        ok(
            R,
            enterprise_name="平湖市广陈电器有限公司",
            uscc=c[6],
            unit=U,
            product="暖风机",
            model="NF-2000",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="台",
            recalled=0,
            defect="倾倒断电开关失效",
            date="2024-02-26",
        ),
    )
    t.put(
        [
            7,
            "平湖市林埭机电有限公司",
            c[7],
            "平湖市",
            "台式钻床",
            "ZQ-16",
            "主动召回",
            "45/45",
            "皮带罩固定不牢，存在卷入风险",
            "2024/2/28",
        ],
        ok(
            R,
            enterprise_name="平湖市林埭机电有限公司",
            uscc=c[7],
            unit=U,
            product="台式钻床",
            model="ZQ-16",
            recall_type="主动召回",
            quantity=45,
            quantity_unit="台",
            recalled=45,
            defect="皮带罩固定不牢，存在卷入风险",
            date="2024-02-28",
        ),
    )
    t.put(["合计：7起"])
    t.put(["填报人：陆佳", "", "", "联系电话：0573-85021366"])
    return Case(
        "pinghu_2024-02_recall_quantity_slash.csv",
        U,
        "2024-02",
        "GBK CSV with a title line: 涉及数量/已召回数量（台） in one column written 1200/980 (3000/待统计, "
        "2.1万/1.85万, 860/0), the unit only in that header; 所属地区; a Ningbo producer whose goods a Pinghu "
        "dealer sold; 合计 and 填报人 lines",
        True,
        t.text().encode("gbk"),
        t.rows,
        holdout_set=9,
    )


@case
def tongxiang_brand_mark_star_markers() -> Case:
    """Names marked ★ / ▲ (before or after) as a legend under the list explains; 类别 入库 / 认证."""
    U, c = "桐乡市", Firms("桐乡市", "h9-p-stars")
    hn = Firms("海宁市", "h9-p-stars-hn")
    x = XBook()
    s = x.sheet("品字标")
    s.title("桐乡市“品字标”品牌培育情况月报表（2024年3月）", 9)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "类别",
            "浙江制造标准",
            "证书编号",
            "日期",
        ],
        bold=True,
    )
    s.widths(6, 32, 22, 12, 16, 8, 18, 22, 12)
    f = "yyyy/mm/dd"
    s.put(
        [
            1,
            "★浙江桐乡华新毛纺有限公司",
            c[1],
            "桐乡市",
            "羊毛衫",
            "认证",
            "T/ZZB 0215—2017",
            "ZJM-005-2207-2024",
            d(2024, 3, 4),
        ],
        ok(
            P,
            enterprise_name="浙江桐乡华新毛纺有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            status="已认证",
            standard_no="T/ZZB 0215—2017",
            cert_no="ZJM-005-2207-2024",
            date="2024-03-04",
        ),
        f,
    )
    s.put(
        [2, "桐乡市濮院针织服饰有限公司▲", c[2], "桐乡市", "针织开衫", "入库", "—", "—", d(2024, 3, 6)],
        ok(
            P,
            enterprise_name="桐乡市濮院针织服饰有限公司",
            uscc=c[2],
            unit=U,
            product="针织开衫",
            status="入库培育",
            date="2024-03-06",
        ),
        f,
    )
    s.put(
        [3, "▲桐乡市崇福皮草有限公司", c[3], "桐乡市", "皮草服装", "入库", "—", "—", d(2024, 3, 8)],
        ok(
            P,
            enterprise_name="桐乡市崇福皮草有限公司",
            uscc=c[3],
            unit=U,
            product="皮草服装",
            status="入库培育",
            date="2024-03-08",
        ),
        f,
    )
    s.put(
        [
            4,
            "★桐乡市洲泉化纤有限公司",
            c[4],
            "桐乡市",
            "涤纶长丝",
            "认证",
            "T/ZZB 1352—2019",
            "ZJM-005-2215-2024",
            d(2024, 3, 12),
        ],
        ok(
            P,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶长丝",
            status="已认证",
            standard_no="T/ZZB 1352—2019",
            cert_no="ZJM-005-2215-2024",
            date="2024-03-12",
        ),
        f,
    )
    s.put(
        [5, "桐乡市梧桐玻纤制品有限公司", c[5], "桐乡市", "玻璃纤维网格布", "入库", "—", "—", d(2024, 3, 14)],
        ok(
            P,
            enterprise_name="桐乡市梧桐玻纤制品有限公司",
            uscc=c[5],
            unit=U,
            product="玻璃纤维网格布",
            status="入库培育",
            date="2024-03-14",
        ),
        f,
    )
    # A Haining firm on Tongxiang's list.
    s.put(
        [6, "海宁市长安经编有限公司", hn[1], "海宁市", "经编面料", "入库", "—", "—", d(2024, 3, 18)],
        no(P),
        f,
    )
    s.put(
        [
            7,
            "★桐乡市高桥电机有限公司",
            c[7],
            "桐乡市",
            "微型电机",
            "认证",
            "T/ZZB 0871—2018",
            "ZJM-005-2231-2024",
            d(2024, 3, 20),
        ],
        ok(
            P,
            enterprise_name="桐乡市高桥电机有限公司",
            uscc=c[7],
            unit=U,
            product="微型电机",
            status="已认证",
            standard_no="T/ZZB 0871—2018",
            cert_no="ZJM-005-2231-2024",
            date="2024-03-20",
        ),
        f,
    )
    s.put(
        [8, "桐乡市屠甸电子有限公司▲", c[8], "桐乡市", "电子线束", "入库", "—", "—", d(2024, 3, 25)],
        ok(
            P,
            enterprise_name="桐乡市屠甸电子有限公司",
            uscc=c[8],
            unit=U,
            product="电子线束",
            status="入库培育",
            date="2024-03-25",
        ),
        f,
    )
    s.put(
        [9, "桐乡市河山农业开发有限公司", c[9], "桐乡市", "杭白菊", "入库", "—", "—", d(2024, 3, 27)],
        ok(
            P,
            enterprise_name="桐乡市河山农业开发有限公司",
            uscc=c[9],
            unit=U,
            product="杭白菊",
            status="入库培育",
            date="2024-03-27",
        ),
        f,
    )
    s.put(["注：★为本月新取得“浙江制造”认证企业；▲为省级“品字标”重点培育企业。"])
    s.merge(f"A{s.n}:I{s.n}")
    return Case(
        "tongxiang_2024-03_brand_mark_star_markers.xlsx",
        U,
        "2024-03",
        "品字标 月报表 with names marked ★ (new certificate) or ▲ (province's key pool), before or after the name, "
        "as the legend under the list explains; 类别 入库 / 认证; dashes; a Haining firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def jingkai_benchmarking_hint_row() -> Case:
    """The zone's template with a row of 填写要求 (format hints, one with an example standard) under the header."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h9-b-hints")
    nh = Firms("南湖区", "h9-b-hints-nh")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("嘉兴经济技术开发区企业标准对标达标提升行动月报表", 9)
    s.put(["报送月份：2024年6月", None, None, None, None, None, None, "报送单位：经开分局"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在区域",
            "对标产品名称",
            "对标的国际（国外）先进标准",
            "对标结果",
            "完成日期",
            "备注",
        ],
        bold=True,
    )
    hint = s.put(
        [
            None,
            "填写营业执照上的企业全称",
            "18位，字母须大写",
            "经开/南湖/秀洲等",
            "具体到产品名称",
            "填写标准编号，如ISO 1217:2009",
            "下拉选择：达到/优于",
            "格式：2024-06-01",
            "选填",
        ]
    )
    for col in range(1, 10):
        s.ws.cell(row=hint, column=col).font = GREY
    s.widths(6, 30, 22, 12, 16, 28, 12, 14, 12)
    s.put(
        [1, "嘉兴经开食品有限公司", c[1], "经开", "油炸方便面", "CXS 249-2006", "达到", d(2024, 6, 3), "首次对标"],
        ok(
            B,
            enterprise_name="嘉兴经开食品有限公司",
            uscc=c[1],
            unit=U,
            product="油炸方便面",
            standard_no="CXS 249-2006",
            result="达到",
            date="2024-06-03",
        ),
    )
    s.put(
        [2, "嘉兴市城南精密机械有限公司", c[2], "嘉兴经开区", "直线导轨", "ISO 12090-1:2011", "优于", d(2024, 6, 5)],
        ok(
            B,
            enterprise_name="嘉兴市城南精密机械有限公司",
            uscc=c[2],
            unit=U,
            product="直线导轨",
            standard_no="ISO 12090-1:2011",
            result="优于",
            date="2024-06-05",
        ),
    )
    s.put(
        [3, "嘉兴塘汇烘焙食品有限公司", c[3], "经开", "苏打饼干", "CXS 192-1995", "达到", d(2024, 6, 11)],
        ok(
            B,
            enterprise_name="嘉兴塘汇烘焙食品有限公司",
            uscc=c[3],
            unit=U,
            product="苏打饼干",
            standard_no="CXS 192-1995",
            result="达到",
            date="2024-06-11",
        ),
    )
    # A Nanhu firm typed into the zone's return.
    s.put(
        [4, "嘉兴市南湖区大桥五金有限公司", nh[1], "南湖区", "不锈钢合页", "EN 1935:2002", "达到", d(2024, 6, 12)],
        no(B),
    )
    s.put(
        [
            5,
            "浙江嘉兴长水塑胶有限公司",
            c[5],
            "经济技术开发区",
            "聚丙烯注塑件",
            "ISO 1873-1:1995",
            "达到",
            d(2024, 6, 17),
        ],
        ok(
            B,
            enterprise_name="浙江嘉兴长水塑胶有限公司",
            uscc=c[5],
            unit=U,
            product="聚丙烯注塑件",
            standard_no="ISO 1873-1:1995",
            result="达到",
            date="2024-06-17",
        ),
    )
    s.put(
        [6, "嘉兴经开新能源汽车零部件有限公司", c[6], "经开", "电池托盘", "ISO 6469-1:2019", "达到", d(2024, 6, 20)],
        ok(
            B,
            enterprise_name="嘉兴经开新能源汽车零部件有限公司",
            uscc=c[6],
            unit=U,
            product="电池托盘",
            standard_no="ISO 6469-1:2019",
            result="达到",
            date="2024-06-20",
        ),
    )
    s.put(
        [
            7,
            "嘉兴嘉北科创电子有限公司",
            c[7],
            "经开",
            "铝电解电容器",
            "IEC 60384-4:2016",
            "优于",
            d(2024, 6, 24),
            "复评",
        ],
        ok(
            B,
            enterprise_name="嘉兴嘉北科创电子有限公司",
            uscc=c[7],
            unit=U,
            product="铝电解电容器",
            standard_no="IEC 60384-4:2016",
            result="优于",
            date="2024-06-24",
        ),
    )
    s.put(
        [8, "嘉兴城南乳业有限公司", c[8], "经开", "巴氏杀菌乳", "CXS 206-1999", "达到", d(2024, 6, 27)],
        ok(
            B,
            enterprise_name="嘉兴城南乳业有限公司",
            uscc=c[8],
            unit=U,
            product="巴氏杀菌乳",
            standard_no="CXS 206-1999",
            result="达到",
            date="2024-06-27",
        ),
    )
    s.put(["填报人：姚敏", None, None, "联系电话：0573-82208815"])
    return Case(
        "jingkai_2024-06_benchmarking_hint_row.xlsx",
        U,
        "2024-06",
        "the zone's template with a grey row of 填写要求 under the header (填写营业执照上的企业全称, 18位，字母须大写, "
        "如ISO 1217:2009, 下拉选择：达到/优于, 格式：2024-06-01); 所在区域 经开 / 嘉兴经开区 / 经济技术开发区; Codex "
        "standards; a Nanhu firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def gangqu_green_sheet_copies() -> Case:
    """Last month's sheet kept beside the copy the clerk made for this month (绿色产品认证, 绿色产品认证 (2))."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h9-g-copies")
    ph = Firms("平湖市", "h9-g-copies-ph")
    x = XBook()
    header = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "所在地",
        "产品名称",
        "产品类别",
        "认证状态",
        "纳入培育日期",
        "证书编号",
        "发证日期",
        "有效期至",
    ]
    f = "yyyy-mm-dd"
    # June's sheet, returned last month: not listed.
    june = x.sheet("绿色产品认证")
    june.title("嘉兴港区绿色产品认证培育及获证情况（2024年6月）", 11)
    june.put(header, bold=True)
    june.widths(6, 30, 22, 16, 16, 18, 10, 12, 16, 12, 12)
    june.put(
        [1, "嘉兴港区美联化工有限公司", c[11], "嘉兴港区", "水性防腐涂料", "涂料", "培育中", d(2024, 6, 4)], None, f
    )
    june.put(
        [2, "浙江乍浦塑胶制品有限公司", c[12], "嘉兴港区", "塑料周转箱", "塑料制品", "培育中", d(2024, 6, 7)], None, f
    )
    june.put(
        [
            3,
            "嘉兴港区兴源纸业有限公司",
            c[13],
            "港区",
            "牛皮箱纸板",
            "纸和纸制品",
            "已获证",
            d(2023, 12, 1),
            "CGP2406Z0061",
            d(2024, 6, 13),
            d(2029, 6, 12),
        ],
        None,
        f,
    )
    june.put(
        [4, "嘉兴港区海盛家纺有限公司", c[14], "嘉兴港区", "床上用品", "纺织产品", "培育中", d(2024, 6, 20)], None, f
    )
    june.put(
        [5, "嘉兴港区绿源日化有限公司", c[15], "嘉兴港区", "洗洁精", "洗涤用品", "培育中", d(2024, 6, 26)], None, f
    )
    june.put(["填报人：冯洁", None, None, None, None, None, None, "报送日期：2024年7月3日"])
    # The copy made for July, the sheet the workbook opens on.
    s = x.sheet("绿色产品认证 (2)")
    s.title("嘉兴港区绿色产品认证培育及获证情况（2024年7月）", 11)
    s.put(header, bold=True)
    s.widths(6, 30, 22, 16, 16, 18, 10, 12, 16, 12, 12)
    s.put(
        [
            1,
            "浙江乍浦新材料有限公司",
            c[1],
            "嘉兴港区",
            "水性工业涂料",
            "涂料",
            "已获证",
            d(2024, 1, 10),
            "CGP2407T0215",
            d(2024, 7, 3),
            d(2029, 7, 2),
        ],
        ok(
            G,
            enterprise_name="浙江乍浦新材料有限公司",
            uscc=c[1],
            unit=U,
            product="水性工业涂料",
            category="涂料",
            status="已获证",
            start_date="2024-01-10",
            cert_no="CGP2407T0215",
            issue_date="2024-07-03",
            valid_until="2029-07-02",
        ),
        f,
    )
    s.put(
        [2, "嘉兴港区华塑管业有限公司", c[2], "港区", "PE给水管", "塑料制品", "培育中", d(2024, 7, 5)],
        ok(
            G,
            enterprise_name="嘉兴港区华塑管业有限公司",
            uscc=c[2],
            unit=U,
            product="PE给水管",
            category="塑料制品",
            status="培育中",
            start_date="2024-07-05",
        ),
        f,
    )
    s.put(
        [3, "嘉兴港区洁美日化有限公司", c[3], "嘉兴港区", "洗衣液", "洗涤用品", "培育中", d(2024, 7, 9)],
        ok(
            G,
            enterprise_name="嘉兴港区洁美日化有限公司",
            uscc=c[3],
            unit=U,
            product="洗衣液",
            category="洗涤用品",
            status="培育中",
            start_date="2024-07-09",
        ),
        f,
    )
    # A firm of Pinghu's 独山港镇, next to the port zone but not in it.
    s.put(
        [
            4,
            "平湖市独山港恒达纸业有限公司",
            ph[1],
            "平湖市独山港镇",
            "瓦楞纸板",
            "纸和纸制品",
            "培育中",
            d(2024, 7, 11),
        ],
        no(G),
        f,
    )
    s.put(
        [
            5,
            "嘉兴港区乍浦纺织有限公司",
            c[5],
            "嘉兴港区",
            "涤纶坯布",
            "纺织产品",
            "已获证",
            None,
            "CGP2407F0098",
            d(2024, 7, 16),
            d(2029, 7, 15),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦纺织有限公司",
            uscc=c[5],
            unit=U,
            product="涤纶坯布",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2407F0098",
            issue_date="2024-07-16",
            valid_until="2029-07-15",
        ),
        f,
    )
    s.put(
        [6, "嘉兴港区海湾木业有限公司", c[6], "港区", "强化木地板", "人造板和木质地板", "培育中", d(2024, 7, 22)],
        ok(
            G,
            enterprise_name="嘉兴港区海湾木业有限公司",
            uscc=c[6],
            unit=U,
            product="强化木地板",
            category="人造板和木质地板",
            status="培育中",
            start_date="2024-07-22",
        ),
        f,
    )
    s.put(["填报人：冯洁", None, None, None, None, None, None, "报送日期：2024年8月2日"])
    x.wb.active = 1
    x.wb["绿色产品认证"].sheet_view.tabSelected = False
    x.wb["绿色产品认证 (2)"].sheet_view.tabSelected = True
    return Case(
        "gangqu_2024-07_green_sheet_copies.xlsx",
        U,
        "2024-07",
        "June's sheet 绿色产品认证 kept beside the copy made for July, 绿色产品认证 (2) (the sheet the workbook "
        "opens on), each titled with its month; 所在地 嘉兴港区 / 港区; a 平湖市独山港镇 firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def haiyan_three_same_group_subheaders() -> Case:
    """Generic sub-headers told apart by their group: 自我声明 over 日期 | 编号, 入驻“三同”平台 over 是否 | 日期."""
    U, c = "海盐县", Firms("海盐县", "h9-t-groups")
    x = XBook()
    s = x.sheet("三同")
    s.title("海盐县内外销产品“同线同标同质”工作情况表（2025年6月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "自我声明",
            None,
            "入驻“三同”平台",
            None,
            "备注",
        ],
        bold=True,
    )
    s.put([None, None, None, None, None, "日期", "编号", "是否", "日期"], bold=True)
    s.merge("F2:G2")
    s.merge("H2:I2")
    for col in "ABCDEJ":
        s.merge(f"{col}2:{col}3")
    s.widths(6, 30, 22, 16, 12, 14, 22, 8, 14, 12)
    f = CN_DATE
    s.put(
        [
            1,
            "海盐县澉浦海产品有限公司",
            c[1],
            "冻虾仁",
            "食品农产品",
            d(2025, 6, 3),
            "SST-2025-0603-0012",
            "是",
            d(2025, 6, 5),
        ],
        ok(
            T,
            enterprise_name="海盐县澉浦海产品有限公司",
            uscc=c[1],
            unit=U,
            product="冻虾仁",
            category="食品农产品",
            date="2025-06-03",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [
            2,
            "浙江海盐力源紧固件有限公司",
            c[2],
            "高强度螺栓",
            "工业品",
            d(2025, 6, 6),
            "SST-2025-0606-0027",
            "是",
            d(2025, 6, 10),
        ],
        ok(
            T,
            enterprise_name="浙江海盐力源紧固件有限公司",
            uscc=c[2],
            unit=U,
            product="高强度螺栓",
            category="工业品",
            date="2025-06-06",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [3, "海盐核电阀门有限公司", c[3], "不锈钢闸阀", "工业品", d(2025, 6, 9), "SST-2025-0609-0008", "否", "/"],
        ok(
            T,
            enterprise_name="海盐核电阀门有限公司",
            uscc=c[3],
            unit=U,
            product="不锈钢闸阀",
            category="工业品",
            date="2025-06-09",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [
            4,
            "海盐县通元针织有限公司",
            c[4],
            "针织手套",
            "一般消费品",
            d(2025, 6, 12),
            "SST-2025-0612-0031",
            "是",
            d(2025, 6, 13),
        ],
        ok(
            T,
            enterprise_name="海盐县通元针织有限公司",
            uscc=c[4],
            unit=U,
            product="针织手套",
            category="一般消费品",
            date="2025-06-12",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [
            5,
            "海盐于城五金有限公司",
            c[5],
            "不锈钢水槽",
            "一般消费品",
            d(2025, 6, 16),
            "SST-2025-0616-0019",
            "是",
            d(2025, 6, 18),
        ],
        ok(
            T,
            enterprise_name="海盐于城五金有限公司",
            uscc=c[5],
            unit=U,
            product="不锈钢水槽",
            category="一般消费品",
            date="2025-06-16",
            on_platform=True,
        ),
        f,
    )
    # The product cell was left empty.
    s.put(
        [
            6,
            "海盐县沈荡酿造有限公司",
            c[6],
            None,
            "食品农产品",
            d(2025, 6, 19),
            "SST-2025-0619-0044",
            "否",
            None,
            "待补充",
        ],
        no(T),
        f,
    )
    s.put(
        [
            7,
            "海盐县百步农业科技有限公司",
            c[7],
            "芦笋罐头",
            "食品农产品",
            d(2025, 6, 23),
            "SST-2025-0623-0005",
            "是",
            d(2025, 6, 25),
        ],
        ok(
            T,
            enterprise_name="海盐县百步农业科技有限公司",
            uscc=c[7],
            unit=U,
            product="芦笋罐头",
            category="食品农产品",
            date="2025-06-23",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [8, "浙江海盐华星标准件有限公司", c[8], "自攻螺钉", "工业品", d(2025, 6, 26), "SST-2025-0626-0016", "否"],
        ok(
            T,
            enterprise_name="浙江海盐华星标准件有限公司",
            uscc=c[8],
            unit=U,
            product="自攻螺钉",
            category="工业品",
            date="2025-06-26",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [
            9,
            "海盐县元通制衣有限公司",
            c[9],
            "羽绒服",
            "一般消费品",
            d(2025, 6, 27),
            "SST-2025-0627-0051",
            "是",
            d(2025, 6, 30),
        ],
        ok(
            T,
            enterprise_name="海盐县元通制衣有限公司",
            uscc=c[9],
            unit=U,
            product="羽绒服",
            category="一般消费品",
            date="2025-06-27",
            on_platform=True,
        ),
        f,
    )
    s.put(["合计", "9个产品，入驻平台6个"])
    return Case(
        "haiyan_2025-06_three_same_group_subheaders.xlsx",
        U,
        "2025-06",
        "two-row header whose sub-headers are generic and told apart by the merged group above them: 自我声明 over "
        "日期 | 编号 (the declaration's date and number), 入驻“三同”平台 over 是否 | 日期 (is it listed, and since "
        "when); an empty product cell with 备注 待补充",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def xiuzhou_green_validity_years_xls() -> Case:
    """Excel 97-2003 获证名单: 有效期 as a span (5年, 五年, 3年), once as a date; dates shown with the weekday."""
    U, c = "秀洲区", Firms("秀洲区", "h9-g-years")
    x = XlsBook()
    s = x.sheet("获证名单")
    s.put(["秀洲区绿色产品认证获证企业名单（2024年2月）"])
    s.put(
        [
            "序号",
            "获证企业",
            "统一社会信用代码",
            "获证产品",
            "认证目录",
            "证书编号",
            "发证日期",
            "有效期",
            "认证机构",
        ]
    )
    f = 'yyyy"年"m"月"d"日" aaaa'
    s.put(
        [
            1,
            "嘉兴市秀洲区新塍家具有限公司",
            c[1],
            "实木衣柜",
            "家具",
            "CGP2402H0051",
            d(2024, 2, 1),
            "5年",
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区新塍家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木衣柜",
            category="家具",
            status="已获证",
            cert_no="CGP2402H0051",
            issue_date="2024-02-01",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市王江泾织造有限公司",
            c[2],
            "涤纶仿真丝面料",
            "纺织产品",
            "CGP2402F0112",
            d(2024, 2, 5),
            "五年",
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市王江泾织造有限公司",
            uscc=c[2],
            unit=U,
            product="涤纶仿真丝面料",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2402F0112",
            issue_date="2024-02-05",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴秀洲新型建材有限公司",
            c[3],
            "中空玻璃",
            "建筑玻璃",
            "CGP2402B0037",
            d(2024, 2, 7),
            "3年",
            "中国建材检验认证集团股份有限公司",
        ],
        ok(
            G,
            enterprise_name="嘉兴秀洲新型建材有限公司",
            uscc=c[3],
            unit=U,
            product="中空玻璃",
            category="建筑玻璃",
            status="已获证",
            cert_no="CGP2402B0037",
            issue_date="2024-02-07",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴市油车港涂料有限公司",
            c[4],
            "水性木器涂料",
            "涂料",
            "CGP2402T0074",
            d(2024, 2, 18),
            d(2029, 2, 17),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市油车港涂料有限公司",
            uscc=c[4],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2402T0074",
            issue_date="2024-02-18",
            valid_until="2029-02-17",
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴市王店纸业有限公司",
            c[5],
            "生活用纸",
            "纸和纸制品",
            "CGP2402Z0023",
            d(2024, 2, 20),
            "5年",
            "方圆标志认证集团有限公司",
        ],
        ok(
            G,
            enterprise_name="嘉兴市王店纸业有限公司",
            uscc=c[5],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2402Z0023",
            issue_date="2024-02-20",
        ),
        f,
    )
    # Row 2 typed again.
    s.put(
        [
            6,
            "嘉兴市王江泾织造有限公司",
            c[2],
            "涤纶仿真丝面料",
            "纺织产品",
            "CGP2402F0112",
            d(2024, 2, 5),
            "五年",
            "中国质量认证中心",
        ],
        no(G),
        f,
    )
    s.put(
        [
            7,
            "嘉兴市洪合日化有限公司",
            c[7],
            "洗洁精",
            "洗涤用品",
            "CGP2402X0019",
            d(2024, 2, 27),
            "5年",
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市洪合日化有限公司",
            uscc=c[7],
            unit=U,
            product="洗洁精",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2402X0019",
            issue_date="2024-02-27",
        ),
        f,
    )
    s.put(["注：绿色产品认证证书有效期一般为5年。"])
    return Case(
        "xiuzhou_2024-02_green_validity_years.xls",
        U,
        "2024-02",
        "Excel 97-2003 获证名单 with no status or county column: 有效期 written as a span (5年, 五年, 3年; once as "
        "a date), 发证日期 shown with the weekday (2024年2月1日 星期四), 认证机构; a row typed twice",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


@case
def nanhu_recall_stock_breakdown() -> Case:
    """涉及数量 merged over 合计 | 其中：已销售 | 其中：库存; the unit in its own column after them."""
    U, c = "南湖区", Firms("南湖区", "h9-r-stock")
    x = XBook()
    s = x.sheet("缺陷产品召回")
    s.title("南湖区缺陷产品召回情况统计表（2024年1月）", 13)
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            None,
            None,
            "单位",
            "已召回数量",
            "存在的缺陷",
            "召回日期",
        ],
        bold=True,
    )
    s.put([None, None, None, None, None, None, "合计", "其中：已销售", "其中：库存"], bold=True)
    s.merge("G2:I2")
    for col in "ABCDEFJKLM":
        s.merge(f"{col}2:{col}3")
    s.widths(6, 28, 22, 14, 12, 10, 10, 12, 12, 6, 12, 30, 12)
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "嘉兴市南湖电器有限公司",
            c[1],
            "电烤箱",
            "KX-30",
            "主动召回",
            1500,
            1180,
            320,
            "台",
            900,
            "温控器失灵，存在过热风险",
            d(2024, 1, 8),
        ],
        ok(
            R,
            enterprise_name="嘉兴市南湖电器有限公司",
            uscc=c[1],
            unit=U,
            product="电烤箱",
            model="KX-30",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="台",
            recalled=900,
            defect="温控器失灵，存在过热风险",
            date="2024-01-08",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴七星童车有限公司",
            c[2],
            "儿童三轮车",
            "TC-201",
            "主动召回",
            2600,
            2600,
            0,
            "辆",
            1750,
            "车把紧固螺栓易松脱",
            d(2024, 1, 10),
        ],
        ok(
            R,
            enterprise_name="嘉兴七星童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童三轮车",
            model="TC-201",
            recall_type="主动召回",
            quantity=2600,
            quantity_unit="辆",
            recalled=1750,
            defect="车把紧固螺栓易松脱",
            date="2024-01-10",
        ),
        f,
    )
    s.put(
        [
            3,
            "浙江嘉禾玩具有限公司",
            c[3],
            "电动玩具车",
            "DW-09",
            "责令召回",
            4800,
            3600,
            1200,
            "件",
            3950,
            "电池仓易打开，存在儿童误吞纽扣电池风险",
            d(2024, 1, 15),
        ],
        ok(
            R,
            enterprise_name="浙江嘉禾玩具有限公司",
            uscc=c[3],
            unit=U,
            product="电动玩具车",
            model="DW-09",
            recall_type="责令召回",
            quantity=4800,
            quantity_unit="件",
            recalled=3950,
            defect="电池仓易打开，存在儿童误吞纽扣电池风险",
            date="2024-01-15",
        ),
        f,
    )
    # The check character is wrong.
    s.put(
        [
            4,
            "嘉兴市大桥灯具有限公司",
            wrong_check(c[4]),
            "LED台灯",
            "DQ-T12",
            "主动召回",
            980,
            700,
            280,
            "台",
            460,
            "灯头绝缘不足，存在触电风险",
            d(2024, 1, 17),
        ],
        no(R),
        f,
    )
    s.put(
        [
            5,
            "嘉兴南湖婴童用品有限公司",
            c[5],
            "婴儿推车",
            "BB-66",
            "主动召回",
            620,
            540,
            80,
            "辆",
            "/",
            "折叠锁止机构失效",
            d(2024, 1, 22),
        ],
        ok(
            R,
            enterprise_name="嘉兴南湖婴童用品有限公司",
            uscc=c[5],
            unit=U,
            product="婴儿推车",
            model="BB-66",
            recall_type="主动召回",
            quantity=620,
            quantity_unit="辆",
            defect="折叠锁止机构失效",
            date="2024-01-22",
        ),
        f,
    )
    s.put(
        [
            6,
            "嘉兴市余新服饰有限公司",
            c[6],
            "儿童连帽衫",
            "ET-3021",
            "主动召回",
            3200,
            2900,
            300,
            "件",
            3200,
            "帽绳过长，存在勒颈风险",
            d(2024, 1, 25),
        ],
        ok(
            R,
            enterprise_name="嘉兴市余新服饰有限公司",
            uscc=c[6],
            unit=U,
            product="儿童连帽衫",
            model="ET-3021",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="件",
            recalled=3200,
            defect="帽绳过长，存在勒颈风险",
            date="2024-01-25",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴市新丰厨具有限公司",
            c[7],
            "电压力锅",
            "YL-50",
            "主动召回",
            1300,
            1100,
            200,
            "台",
            0,
            "泄压阀易堵塞，存在爆锅风险",
            d(2024, 1, 29),
        ],
        ok(
            R,
            enterprise_name="嘉兴市新丰厨具有限公司",
            uscc=c[7],
            unit=U,
            product="电压力锅",
            model="YL-50",
            recall_type="主动召回",
            quantity=1300,
            quantity_unit="台",
            recalled=0,
            defect="泄压阀易堵塞，存在爆锅风险",
            date="2024-01-29",
        ),
        f,
    )
    s.put(["合计", None, None, None, None, None, 15000, 12620, 2380, None, 10260])
    s.put(["注：涉及数量“合计”为已销售与库存数量之和。"])
    s.merge(f"A{s.n}:M{s.n}")
    return Case(
        "nanhu_2024-01_recall_stock_breakdown.xlsx",
        U,
        "2024-01",
        "涉及数量 merged over three sub-columns 合计 | 其中：已销售 | 其中：库存 (the parts no fields), 单位 after "
        "them, other headers merged down two rows; 已召回数量 / and 0; 合计 row of sums; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=9,
    )


# =============================================================================================
# Holdout set 10
# =============================================================================================
@case
def haining_benchmarking_indicator_rows() -> Case:
    """对标达标结果汇总表: each product's key indicators one per row, the firm, product and result merged down."""
    U, c, tx = "海宁市", Firms("海宁市", "h10-b-indicators"), Firms("桐乡市", "h10-b-indicators-tx")
    x = XBook()
    s = x.sheet("对标结果")
    s.title("海宁市企业标准对标达标结果汇总表（2024年1月）", 11)
    s.put(
        ["填报单位（盖章）：海宁市市场监督管理局", None, None, None, None, None, None, None, "填报日期：2024年2月2日"]
    )
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "对标产品",
            "对标的国际（国外）先进标准",
            "关键技术指标",
            "国际（国外）先进标准指标值",
            "企业标准指标值",
            "对标结果",
            "完成日期",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 14, 18, 22, 20, 16, 16, 10, 14)
    f = CN_DATE

    def block(first: list, indicators: list, expect: dict) -> None:
        """One product: its first indicator on the first row, the others under it, the rest merged down."""
        top = s.put([*first[:6], *indicators[0], *first[6:]], expect, f)
        for extra in indicators[1:]:
            s.put([None] * 6 + list(extra))
        if len(indicators) > 1:
            for col in "ABCDEFJK":
                s.merge(f"{col}{top}:{col}{s.n}")

    block(
        [1, "海宁市许村经编有限公司", c[1], "海宁市许村镇", "经编涤纶沙发面料", "EN 14465:2003", "优于", d(2024, 1, 8)],
        [("断裂强力（N）", "≥350", "≥400"), ("耐磨性（次）", "≥20000", "≥30000"), ("耐光色牢度（级）", "≥4", "≥4-5")],
        ok(
            B,
            enterprise_name="海宁市许村经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编涤纶沙发面料",
            standard_no="EN 14465:2003",
            result="优于",
            date="2024-01-08",
        ),
    )
    block(
        [2, "海宁市长安皮革制品有限公司", c[2], "海宁市", "家具用牛皮革", "EN 16223:2012", "达到", d(2024, 1, 12)],
        [("撕裂力（N）", "≥20", "≥20"), ("耐摩擦色牢度（级）", "≥3", "≥3")],
        ok(
            B,
            enterprise_name="海宁市长安皮革制品有限公司",
            uscc=c[2],
            unit=U,
            product="家具用牛皮革",
            standard_no="EN 16223:2012",
            result="达到",
            date="2024-01-12",
        ),
    )
    block(
        [3, "海宁市盐官轴承有限公司", c[3], "海宁市", "圆锥滚子轴承", "ISO 492:2014", "优于", d(2024, 1, 15)],
        [("径向跳动（μm）", "≤15", "≤12"), ("振动加速度级（dB）", "≤52", "≤48")],
        ok(
            B,
            enterprise_name="海宁市盐官轴承有限公司",
            uscc=c[3],
            unit=U,
            product="圆锥滚子轴承",
            standard_no="ISO 492:2014",
            result="优于",
            date="2024-01-15",
        ),
    )
    block(
        [4, "海宁市硖石照明电器有限公司", c[4], "海宁市", "LED平板灯", "IEC 62722-2-1:2014", "优于", d(2024, 1, 18)],
        [("光效（lm/W）", "≥100", "≥110"), ("显色指数Ra", "≥80", "≥82"), ("光通维持率（3000h）", "≥93%", "≥96%")],
        ok(
            B,
            enterprise_name="海宁市硖石照明电器有限公司",
            uscc=c[4],
            unit=U,
            product="LED平板灯",
            standard_no="IEC 62722-2-1:2014",
            result="优于",
            date="2024-01-18",
        ),
    )
    # A Tongxiang firm across the border, put in Haining's table by mistake.
    block(
        [5, "桐乡市崇福皮草有限公司", tx[1], "桐乡市", "羊剪绒皮革", "EN 16223:2012", "达到", d(2024, 1, 19)],
        [("撕裂力（N）", "≥20", "≥22"), ("收缩温度（℃）", "≥75", "≥75")],
        no(B),
    )
    block(
        [6, "海宁市尖山新能源科技有限公司", c[6], "海宁市", "晶硅光伏组件", "IEC 61215-1:2021", "优于", d(2024, 1, 22)],
        [("组件转换效率（%）", "≥21.0", "≥21.8"), ("首年功率衰减（%）", "≤2.0", "≤1.5")],
        ok(
            B,
            enterprise_name="海宁市尖山新能源科技有限公司",
            uscc=c[6],
            unit=U,
            product="晶硅光伏组件",
            standard_no="IEC 61215-1:2021",
            result="优于",
            date="2024-01-22",
        ),
    )
    # A product with a single key indicator: one row, nothing merged.
    block(
        [7, "海宁市周王庙紧固件有限公司", c[7], "海宁市", "六角头螺栓", "ISO 898-1:2013", "达到", d(2024, 1, 25)],
        [("抗拉强度（MPa）", "≥800", "≥800")],
        ok(
            B,
            enterprise_name="海宁市周王庙紧固件有限公司",
            uscc=c[7],
            unit=U,
            product="六角头螺栓",
            standard_no="ISO 898-1:2013",
            result="达到",
            date="2024-01-25",
        ),
    )
    block(
        [8, "海宁市丁桥电缆有限公司", c[8], "海宁市", "光伏电缆", "EN 50618:2014", "达到", d(2024, 1, 29)],
        [
            ("导体电阻（Ω/km）", "≤5.09", "≤5.09"),
            ("耐臭氧性", "无开裂", "无开裂"),
            ("绝缘电阻（MΩ·km）", "≥1000", "≥1000"),
        ],
        ok(
            B,
            enterprise_name="海宁市丁桥电缆有限公司",
            uscc=c[8],
            unit=U,
            product="光伏电缆",
            standard_no="EN 50618:2014",
            result="达到",
            date="2024-01-29",
        ),
    )
    s.put(["注：每个对标产品按关键技术指标逐项填写，企业名称、产品、标准、结果和日期合并单元格。"])
    s.merge(f"A{s.n}:K{s.n}")
    s.put(["填表人：许佳琪", None, None, None, "审核人：陈国庆", None, None, None, "联系电话：0573-87021563"])
    return Case(
        "haining_2024-01_benchmarking_indicator_rows.xlsx",
        U,
        "2024-01",
        "对标达标结果汇总表 giving each product's key indicators one per row (关键技术指标 | 国际标准指标值 | 企业标准"
        "指标值), the firm, code, unit, product, standard, result and date merged down over them; a product with one "
        "indicator row; 海宁市许村镇; a Tongxiang firm's product",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def jingkai_benchmarking_standard_types_xls() -> Case:
    """Excel 97-2003 情况表: 企业执行标准, 对标标准类型 and 标准名称 beside the number; 完成年月 as six digits."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h10-b-types")
    x = XlsBook()
    s = x.sheet("对标情况")
    s.put(["嘉兴经济技术开发区企业标准对标达标情况表"])
    s.put(["填报单位：经开分局", None, None, None, None, None, None, None, "统计年月：202503"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属区域",
            "企业执行标准",
            "对标产品",
            "对标标准类型",
            "对标采用的国际标准或国外先进标准编号",
            "标准名称",
            "对标结果",
            "完成年月",
        ]
    )
    s.put(
        [
            1,
            "嘉兴经开精密机械有限公司",
            c[1],
            "嘉兴经济技术开发区",
            "Q/JKJM 001-2024",
            "数控车床主轴",
            "国际标准",
            "ISO 230-2:2014",
            "机床检验通则 第2部分：数控轴线的定位精度和重复定位精度的确定",
            "达到",
            "202503",
        ],
        ok(
            B,
            enterprise_name="嘉兴经开精密机械有限公司",
            uscc=c[1],
            unit=U,
            product="数控车床主轴",
            standard_no="ISO 230-2:2014",
            result="达到",
            date="2025-03-01",
        ),
    )
    s.put(
        [
            2,
            "嘉兴经开汽车配件有限公司",
            c[2],
            "经开区",
            "Q/JKQP 003-2023",
            "汽车空调压缩机",
            "国外先进标准",
            "SAE J639-2020",
            "Motor Vehicle Refrigerant Vapor Compression Systems",
            "优于",
            202503,
        ],
        ok(
            B,
            enterprise_name="嘉兴经开汽车配件有限公司",
            uscc=c[2],
            unit=U,
            product="汽车空调压缩机",
            standard_no="SAE J639-2020",
            result="优于",
            date="2025-03-01",
        ),
    )
    s.put(
        [
            3,
            "嘉兴经开电子科技有限公司",
            c[3],
            "嘉兴经济技术开发区",
            "Q/JKDZ 002-2024",
            "片式固定电阻器",
            "国际标准",
            "IEC 60115-1:2020",
            "电子设备用固定电阻器 第1部分：总规范",
            "达到",
            "202503",
        ],
        ok(
            B,
            enterprise_name="嘉兴经开电子科技有限公司",
            uscc=c[3],
            unit=U,
            product="片式固定电阻器",
            standard_no="IEC 60115-1:2020",
            result="达到",
            date="2025-03-01",
        ),
    )
    # The standard's number was never filled in: no 对标达标 entry can be stored without it.
    s.put(
        [
            4,
            "浙江嘉经塑业有限公司",
            c[4],
            "经开区",
            "Q/ZJJS 001-2024",
            "聚丙烯编织袋",
            "国际标准",
            "/",
            "/",
            "达到",
            "202503",
        ],
        no(B),
    )
    s.put(
        [
            5,
            "嘉兴经开纺织有限公司",
            c[5],
            "嘉兴经济技术开发区",
            "Q/JKFZ 005-2024",
            "涤纶工业长丝",
            "国外先进标准",
            "ASTM D2256/D2256M-21",
            "Standard Test Method for Tensile Properties of Yarns by the Single-Strand Method",
            "优于",
            "202502",
        ],
        ok(
            B,
            enterprise_name="嘉兴经开纺织有限公司",
            uscc=c[5],
            unit=U,
            product="涤纶工业长丝",
            standard_no="ASTM D2256/D2256M-21",
            result="优于",
            date="2025-02-01",
        ),
    )
    s.put(
        [
            6,
            "嘉兴经开粮油食品有限公司",
            c[6],
            "经开区",
            "Q/JKLY 0001S-2024",
            "小麦粉",
            "国际标准",
            "CXS 152-1985",
            "Standard for Wheat Flour",
            "达到",
            202503,
        ],
        ok(
            B,
            enterprise_name="嘉兴经开粮油食品有限公司",
            uscc=c[6],
            unit=U,
            product="小麦粉",
            standard_no="CXS 152-1985",
            result="达到",
            date="2025-03-01",
        ),
    )
    s.put(
        [
            7,
            "嘉兴经开新材料科技有限公司",
            c[7],
            "嘉兴经济技术开发区",
            "Q/JKXC 002-2025",
            "聚氨酯密封胶",
            "国外先进标准",
            "ASTM C920-18",
            "Standard Specification for Elastomeric Joint Sealants",
            "优于",
            "202503",
        ],
        ok(
            B,
            enterprise_name="嘉兴经开新材料科技有限公司",
            uscc=c[7],
            unit=U,
            product="聚氨酯密封胶",
            standard_no="ASTM C920-18",
            result="优于",
            date="2025-03-01",
        ),
    )
    s.put(["合计", "7家"])
    s.put(["填表人：钱晓燕", None, None, None, None, None, "联系电话：0573-82215837"])
    return Case(
        "jingkai_2025-03_benchmarking_standard_types.xls",
        U,
        "2025-03",
        "Excel 97-2003 情况表: 企业执行标准 (Q/…), 对标标准类型 (国际标准 / 国外先进标准) and 标准名称 "
        "beside a long-worded "
        "对标采用的国际标准或国外先进标准编号 header; 完成年月 as six digits (202503, text or number, one 202502); a "
        "standard number left /; ASTM D2256/D2256M-21",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def tongxiang_benchmarking_brand_mark_ledger() -> Case:
    """One 质量提升工作台账 holding 对标达标 and 品字标 rows, told by a 工作类别 column, sharing 标准编号."""
    U, c = "桐乡市", Firms("桐乡市", "h10-bp-ledger")
    x = XBook()
    s = x.sheet("工作台账")
    s.title("桐乡市质量提升重点工作台账（2025年5月新增）", 12)
    s.put(
        [
            "序号",
            "工作类别",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "标准编号",
            "对标结果",
            "品字标状态",
            "证书编号",
            "完成时间",
            "责任科室",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 10, 30, 22, 16, 20, 10, 10, 20, 12, 12, 16)
    s.ws.freeze_panes = "A3"
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "对标达标",
            "桐乡市濮院针织有限公司",
            c[1],
            "羊毛衫",
            "ISO 12945-2:2020",
            "优于",
            None,
            None,
            d(2025, 5, 6),
            "标准化科",
        ],
        ok(
            B,
            enterprise_name="桐乡市濮院针织有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            standard_no="ISO 12945-2:2020",
            result="优于",
            date="2025-05-06",
        ),
        f,
    )
    s.put(
        [
            2,
            "品字标",
            "桐乡市崇福皮草制品有限公司",
            c[2],
            "羊剪绒靴",
            "T/ZZB 1889—2020",
            None,
            "已认证",
            "ZJM-008-5102-2025",
            d(2025, 5, 9),
            "质量发展科",
        ],
        ok(
            P,
            enterprise_name="桐乡市崇福皮草制品有限公司",
            uscc=c[2],
            unit=U,
            product="羊剪绒靴",
            status="已认证",
            standard_no="T/ZZB 1889—2020",
            cert_no="ZJM-008-5102-2025",
            date="2025-05-09",
        ),
        f,
    )
    s.put(
        [
            3,
            "对标达标",
            "桐乡市梧桐化纤有限公司",
            c[3],
            "涤纶POY长丝",
            "ISO 2062:2009",
            "达到",
            None,
            None,
            d(2025, 5, 12),
            "标准化科",
        ],
        ok(
            B,
            enterprise_name="桐乡市梧桐化纤有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶POY长丝",
            standard_no="ISO 2062:2009",
            result="达到",
            date="2025-05-12",
        ),
        f,
    )
    s.put(
        [
            4,
            "品字标",
            "桐乡市洲泉电子有限公司",
            c[4],
            "电源适配器",
            "T/ZZB 2560—2022",
            None,
            "入库培育",
            "/",
            d(2025, 5, 14),
            "质量发展科",
        ],
        ok(
            P,
            enterprise_name="桐乡市洲泉电子有限公司",
            uscc=c[4],
            unit=U,
            product="电源适配器",
            status="入库培育",
            standard_no="T/ZZB 2560—2022",
            date="2025-05-14",
        ),
        f,
    )
    # Its status is not known yet: the row cannot be counted in either state.
    s.put(
        [
            5,
            "品字标",
            "桐乡市乌镇食品有限公司",
            c[5],
            "酱鸭",
            "—",
            None,
            "待定",
            "—",
            "—",
            "质量发展科",
            "待省局公布名单",
        ],
        no(P),
        f,
    )
    s.put(
        [
            6,
            "对标达标",
            "桐乡市高桥五金有限公司",
            c[6],
            "不锈钢水槽",
            "EN 13310:2003",
            "达到",
            None,
            None,
            d(2025, 5, 20),
            "标准化科",
        ],
        ok(
            B,
            enterprise_name="桐乡市高桥五金有限公司",
            uscc=c[6],
            unit=U,
            product="不锈钢水槽",
            standard_no="EN 13310:2003",
            result="达到",
            date="2025-05-20",
        ),
        f,
    )
    s.put(
        [
            7,
            "品字标",
            "桐乡市屠甸纺织有限公司",
            c[7],
            "家纺面料",
            "T/ZZB 0927—2018",
            None,
            "已认证",
            "ZJM-008-5131-2025",
            d(2025, 5, 23),
            "质量发展科",
        ],
        ok(
            P,
            enterprise_name="桐乡市屠甸纺织有限公司",
            uscc=c[7],
            unit=U,
            product="家纺面料",
            status="已认证",
            standard_no="T/ZZB 0927—2018",
            cert_no="ZJM-008-5131-2025",
            date="2025-05-23",
        ),
        f,
    )
    # The same firm as row 2, now in the other program.
    s.put(
        [
            8,
            "对标达标",
            "桐乡市崇福皮草制品有限公司",
            c[2],
            "羊剪绒靴",
            "EN ISO 20347:2022",
            "达到",
            None,
            None,
            d(2025, 5, 26),
            "标准化科",
            "同时为品字标认证企业",
        ],
        ok(
            B,
            enterprise_name="桐乡市崇福皮草制品有限公司",
            uscc=c[2],
            unit=U,
            product="羊剪绒靴",
            standard_no="EN ISO 20347:2022",
            result="达到",
            date="2025-05-26",
        ),
        f,
    )
    s.put(
        [
            9,
            "对标达标",
            "桐乡市龙翔汽车配件有限公司",
            c[9],
            "汽车座椅面料",
            "ISO 3795:1989",
            "达到",
            None,
            None,
            d(2025, 5, 28),
            "标准化科",
        ],
        ok(
            B,
            enterprise_name="桐乡市龙翔汽车配件有限公司",
            uscc=c[9],
            unit=U,
            product="汽车座椅面料",
            standard_no="ISO 3795:1989",
            result="达到",
            date="2025-05-28",
        ),
        f,
    )
    s.put(["本月新增：对标达标5个产品（5家企业），品字标认证2家、入库1家，1家待定。"])
    s.merge(f"A{s.n}:L{s.n}")
    return Case(
        "tongxiang_2025-05_benchmarking_brand_mark_ledger.xlsx",
        U,
        "2025-05",
        "质量提升重点工作台账: 对标达标 and 品字标 rows in one list told by a 工作类别 column, one 标准编号 column for "
        "both (对标标准 / 浙江制造标准), 对标结果 and 品字标状态 each filled for its own rows; 责任科室; no county "
        "column; a firm in both programs; a 品字标 status 待定",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def nanhu_brand_mark_print_header() -> Case:
    """Title and 填报单位 only in the printed page header; 台账编号 first; 所属区域 written 本区."""
    U, c, xz = "南湖区", Firms("南湖区", "h10-p-header"), Firms("秀洲区", "h10-p-header-xz")
    x = XBook()
    s = x.sheet("品字标")
    s.ws.oddHeader.center.text = "南湖区“品字标”品牌培育情况月报（2025年5月）"
    s.ws.oddHeader.left.text = "填报单位：南湖区市场监督管理局"
    s.ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    s.ws.print_title_rows = "1:1"
    s.ws.freeze_panes = "A2"
    s.put(
        [
            "台账编号",
            "企业名称",
            "统一社会信用代码",
            "所属区域",
            "产品名称",
            "入库/认证",
            "浙江制造标准编号",
            "证书编号",
            "入库/认证日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(16, 30, 22, 10, 18, 10, 18, 20, 14, 16)
    f = "yyyy/m/d"
    s.put(
        [
            "NH-PZB-2025-031",
            "嘉兴市新丰制冷压缩机有限公司",
            c[1],
            "本区",
            "涡旋式制冷压缩机",
            "认证",
            "T/ZZB 1345—2019",
            "ZJM-001-5210-2025",
            d(2025, 5, 7),
            "由入库转认证",
        ],
        ok(
            P,
            enterprise_name="嘉兴市新丰制冷压缩机有限公司",
            uscc=c[1],
            unit=U,
            product="涡旋式制冷压缩机",
            status="已认证",
            standard_no="T/ZZB 1345—2019",
            cert_no="ZJM-001-5210-2025",
            date="2025-05-07",
        ),
        f,
    )
    s.put(
        [
            "NH-PZB-2025-032",
            "嘉兴南湖特钢制品有限公司",
            c[2],
            "本区",
            "冷拔精密钢管",
            "入库",
            "T/ZZB 2288—2021",
            "—",
            d(2025, 5, 9),
        ],
        ok(
            P,
            enterprise_name="嘉兴南湖特钢制品有限公司",
            uscc=c[2],
            unit=U,
            product="冷拔精密钢管",
            status="入库培育",
            standard_no="T/ZZB 2288—2021",
            date="2025-05-09",
        ),
        f,
    )
    s.put(
        ["NH-PZB-2025-033", "浙江大桥电机有限公司", c[3], "南湖区", "三相异步电动机", "入库", "—", "—", d(2025, 5, 12)],
        ok(
            P,
            enterprise_name="浙江大桥电机有限公司",
            uscc=c[3],
            unit=U,
            product="三相异步电动机",
            status="入库培育",
            date="2025-05-12",
        ),
        f,
    )
    # A Xiuzhou firm: another unit's row.
    s.put(
        [
            "NH-PZB-2025-034",
            "嘉兴市油车港机械有限公司",
            xz[1],
            "秀洲区",
            "农用喷雾器",
            "入库",
            "—",
            "—",
            d(2025, 5, 14),
        ],
        no(P),
        f,
    )
    s.put(
        [
            "NH-PZB-2025-035",
            "嘉兴七星纺织科技有限公司",
            c[5],
            "本区",
            "功能性针织面料",
            "认证",
            "T/ZZB 0661—2018",
            "ZJM-001-5227-2025",
            d(2025, 5, 16),
        ],
        ok(
            P,
            enterprise_name="嘉兴七星纺织科技有限公司",
            uscc=c[5],
            unit=U,
            product="功能性针织面料",
            status="已认证",
            standard_no="T/ZZB 0661—2018",
            cert_no="ZJM-001-5227-2025",
            date="2025-05-16",
        ),
        f,
    )
    s.put(
        [
            "NH-PZB-2025-036",
            "嘉兴市余新电器有限公司",
            c[6],
            "本区",
            "暖风机",
            "入库",
            "T/ZZB 2734—2022",
            "—",
            d(2025, 5, 20),
        ],
        ok(
            P,
            enterprise_name="嘉兴市余新电器有限公司",
            uscc=c[6],
            unit=U,
            product="暖风机",
            status="入库培育",
            standard_no="T/ZZB 2734—2022",
            date="2025-05-20",
        ),
        f,
    )
    s.put(
        [
            "NH-PZB-2025-037",
            "嘉兴大桥密封件有限公司",
            c[7],
            "本区",
            "橡胶密封圈",
            "入库",
            "—",
            "—",
            d(2025, 5, 23),
            "第二批",
        ],
        ok(
            P,
            enterprise_name="嘉兴大桥密封件有限公司",
            uscc=c[7],
            unit=U,
            product="橡胶密封圈",
            status="入库培育",
            date="2025-05-23",
        ),
        f,
    )
    s.put(
        [
            "NH-PZB-2025-038",
            "嘉兴市东栅五金有限公司",
            c[8],
            "本区",
            "机械门锁",
            "认证",
            "T/ZZB 0210—2017",
            "ZJM-001-5240-2025",
            d(2025, 5, 27),
        ],
        ok(
            P,
            enterprise_name="嘉兴市东栅五金有限公司",
            uscc=c[8],
            unit=U,
            product="机械门锁",
            status="已认证",
            standard_no="T/ZZB 0210—2017",
            cert_no="ZJM-001-5240-2025",
            date="2025-05-27",
        ),
        f,
    )
    return Case(
        "nanhu_2025-05_brand_mark_print_header.xlsx",
        U,
        "2025-05",
        "the title and 填报单位 only in the printed page header (页眉) with page numbers in the footer, "
        "the header in row "
        "1 as print titles; 台账编号 (NH-PZB-2025-031) first; 所属区域 written 本区 for the unit's own firms, once "
        "南湖区; 入库 / 认证; a Xiuzhou firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def xiuzhou_recall_db_export() -> Case:
    """Recall system's database export as UTF-8 CSV: NULL in empty cells, 2025-04-03 00:00:00.0, 1200.0."""
    U, c = "秀洲区", Firms("秀洲区", "h10-r-dbexport")
    t = Lines("xiuzhou_2025-04_recall_db_export")
    t.put(
        [
            "ID",
            "召回编号",
            "生产者名称",
            "统一社会信用代码",
            "所在区县",
            "产品名称",
            "规格型号",
            "召回类型",
            "涉及数量",
            "计量单位",
            "缺陷描述",
            "召回开始日期",
            "已召回数量",
        ]
    )
    t.put(
        [
            "10231",
            "ZH2025-0412",
            "嘉兴市秀洲区新塍电器有限公司",
            c[1],
            "秀洲区",
            "电热油汀",
            "NY-13",
            "主动召回",
            "1200.0",
            "台",
            "温控器失效导致外壳过热",
            "2025-04-03 00:00:00.0",
            "860.0",
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区新塍电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热油汀",
            model="NY-13",
            recall_type="主动召回",
            quantity=1200,
            quantity_unit="台",
            defect="温控器失效导致外壳过热",
            date="2025-04-03",
            recalled=860,
        ),
    )
    t.put(
        [
            "10236",
            "ZH2025-0415",
            "嘉兴秀洲童车有限公司",
            c[2],
            "秀洲区",
            "儿童电动车",
            "XZ-618",
            "主动召回",
            "356.0",
            "辆",
            "充电插座无防护，存在短路起火风险",
            "2025-04-08 00:00:00.0",
            "NULL",
        ],
        ok(
            R,
            enterprise_name="嘉兴秀洲童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童电动车",
            model="XZ-618",
            recall_type="主动召回",
            quantity=356,
            quantity_unit="辆",
            defect="充电插座无防护，存在短路起火风险",
            date="2025-04-08",
        ),
    )
    # The same producer and product, another model: a recall of its own.
    t.put(
        [
            "10237",
            "ZH2025-0416",
            "嘉兴秀洲童车有限公司",
            c[2],
            "秀洲区",
            "儿童电动车",
            "XZ-620",
            "主动召回",
            "214.0",
            "辆",
            "充电插座无防护，存在短路起火风险",
            "2025-04-08 00:00:00.0",
            "NULL",
        ],
        ok(
            R,
            enterprise_name="嘉兴秀洲童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童电动车",
            model="XZ-620",
            recall_type="主动召回",
            quantity=214,
            quantity_unit="辆",
            defect="充电插座无防护，存在短路起火风险",
            date="2025-04-08",
        ),
    )
    # The quantity was never entered: the recall cannot be counted.
    t.put(
        [
            "10240",
            "ZH2025-0421",
            "嘉兴市王江泾家居用品有限公司",
            c[4],
            "秀洲区",
            "儿童高脚椅",
            "HC-02",
            "责令召回",
            "NULL",
            "件",
            "束缚系统强度不足，存在跌落风险",
            "2025-04-11 00:00:00.0",
            "NULL",
        ],
        no(R),
    )
    t.put(
        [
            "10248",
            "ZH2025-0427",
            "浙江秀洲电动工具有限公司",
            c[5],
            "秀洲区",
            "角磨机",
            "S1M-100",
            "主动召回",
            "2500.00",
            "台",
            "开关防尘不良，存在意外启动风险",
            "2025-04-16 00:00:00.0",
            "1830.00",
        ],
        ok(
            R,
            enterprise_name="浙江秀洲电动工具有限公司",
            uscc=c[5],
            unit=U,
            product="角磨机",
            model="S1M-100",
            recall_type="主动召回",
            quantity=2500,
            quantity_unit="台",
            defect="开关防尘不良，存在意外启动风险",
            date="2025-04-16",
            recalled=1830,
        ),
    )
    t.put(
        [
            "10252",
            "ZH2025-0433",
            "嘉兴市油车港灯饰有限公司",
            c[6],
            "秀洲区",
            "儿童小夜灯",
            "NL-5",
            "主动召回",
            "4800.0",
            "个",
            "电池仓螺丝易松脱，存在误吞纽扣电池风险",
            "2025-04-22 00:00:00.0",
            "0.0",
        ],
        ok(
            R,
            enterprise_name="嘉兴市油车港灯饰有限公司",
            uscc=c[6],
            unit=U,
            product="儿童小夜灯",
            model="NL-5",
            recall_type="主动召回",
            quantity=4800,
            quantity_unit="个",
            defect="电池仓螺丝易松脱，存在误吞纽扣电池风险",
            date="2025-04-22",
            recalled=0,
        ),
    )
    t.put(
        [
            "10255",
            "ZH2025-0438",
            "嘉兴市王店家电有限公司",
            c[7],
            "秀洲区",
            "电饭煲",
            "NULL",
            "主动召回",
            "960.0",
            "台",
            "内胆涂层易脱落",
            "2025-04-25 00:00:00.0",
            "312.0",
        ],
        ok(
            R,
            enterprise_name="嘉兴市王店家电有限公司",
            uscc=c[7],
            unit=U,
            product="电饭煲",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="台",
            defect="内胆涂层易脱落",
            date="2025-04-25",
            recalled=312,
        ),
    )
    return Case(
        "xiuzhou_2025-04_recall_db_export.csv",
        U,
        "2025-04",
        "recall system's database export as UTF-8 CSV without BOM, no title: ID and 召回编号 first, "
        "NULL in every empty "
        "cell, 召回开始日期 as 2025-04-03 00:00:00.0, quantities as 1200.0 / 2500.00 / 0.0; two models of one product; "
        "a NULL 涉及数量",
        True,
        t.text().encode("utf-8"),
        t.rows,
        holdout_set=10,
    )


@case
def pinghu_recall_ytd_below() -> Case:
    """一、本月新增 list, then 二、本年累计 (1-5月) on the same sheet repeating the month's recalls."""
    U, c, gq = "平湖市", Firms("平湖市", "h10-r-ytd"), Firms("嘉兴港区", "h10-r-ytd-gq")
    x = XBook()
    s = x.sheet("召回情况")
    s.title("平湖市缺陷产品召回情况表（2024年5月）", 12)
    s.put(["填报单位：平湖市市场监督管理局", None, None, None, None, None, None, None, None, "填报日期：2024年6月4日"])
    header = [
        "序号",
        "生产者名称",
        "统一社会信用代码",
        "所属地区",
        "产品名称",
        "型号规格",
        "召回类型",
        "涉及数量",
        "单位",
        "存在的缺陷",
        "召回日期",
        "已召回数量",
    ]
    s.widths(6, 28, 22, 14, 14, 12, 10, 10, 6, 30, 12, 10)
    f = "yyyy-mm-dd"
    s.put(["一、本月新增召回情况"])
    s.merge(f"A{s.n}:L{s.n}")
    s.put(header, bold=True)
    s.put(
        [
            1,
            "平湖市当湖箱包有限公司",
            c[1],
            "平湖市",
            "儿童拉杆箱",
            "PH-K18",
            "主动召回",
            1500,
            "只",
            "拉杆锁止装置易失效，存在夹伤风险",
            d(2024, 5, 6),
            620,
        ],
        ok(
            R,
            enterprise_name="平湖市当湖箱包有限公司",
            uscc=c[1],
            unit=U,
            product="儿童拉杆箱",
            model="PH-K18",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="只",
            defect="拉杆锁止装置易失效，存在夹伤风险",
            date="2024-05-06",
            recalled=620,
        ),
        f,
    )
    s.put(
        [
            2,
            "平湖市曹桥电器有限公司",
            c[2],
            "平湖市",
            "电热毯",
            "DR-150",
            "主动召回",
            640,
            "条",
            "温控开关失效，存在过热风险",
            d(2024, 5, 10),
            205,
        ],
        ok(
            R,
            enterprise_name="平湖市曹桥电器有限公司",
            uscc=c[2],
            unit=U,
            product="电热毯",
            model="DR-150",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="条",
            defect="温控开关失效，存在过热风险",
            date="2024-05-10",
            recalled=205,
        ),
        f,
    )
    # A producer in 嘉兴港区: the zone reports it, not Pinghu.
    s.put(
        [
            3,
            "嘉兴港区乍浦塑料制品有限公司",
            gq[1],
            "嘉兴港区",
            "儿童餐椅",
            "CY-3",
            "主动召回",
            980,
            "把",
            "锁紧件强度不足，存在跌落风险",
            d(2024, 5, 13),
            430,
        ],
        no(R),
        f,
    )
    s.put(
        [
            4,
            "平湖市新埭童车有限公司",
            c[4],
            "平湖市新埭镇",
            "婴儿推车",
            "BB-66",
            "责令召回",
            820,
            "辆",
            "刹车装置易失效，存在溜车风险",
            d(2024, 5, 15),
            410,
        ],
        ok(
            R,
            enterprise_name="平湖市新埭童车有限公司",
            uscc=c[4],
            unit=U,
            product="婴儿推车",
            model="BB-66",
            recall_type="责令召回",
            quantity=820,
            quantity_unit="辆",
            defect="刹车装置易失效，存在溜车风险",
            date="2024-05-15",
            recalled=410,
        ),
        f,
    )
    s.put(
        [
            5,
            "平湖市独山港电子有限公司",
            c[5],
            "平湖市",
            "移动电源",
            "PB-10000",
            "主动召回",
            3200,
            "个",
            "电芯一致性差，存在过热风险",
            d(2024, 5, 21),
            2750,
        ],
        ok(
            R,
            enterprise_name="平湖市独山港电子有限公司",
            uscc=c[5],
            unit=U,
            product="移动电源",
            model="PB-10000",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="个",
            defect="电芯一致性差，存在过热风险",
            date="2024-05-21",
            recalled=2750,
        ),
        f,
    )
    s.put(
        [
            6,
            "平湖市林埭服饰有限公司",
            c[6],
            "平湖市",
            "儿童外套",
            "110-150cm",
            "主动召回",
            2100,
            "件",
            "帽绳过长，存在勒伤风险",
            d(2024, 5, 28),
            1980,
        ],
        ok(
            R,
            enterprise_name="平湖市林埭服饰有限公司",
            uscc=c[6],
            unit=U,
            product="儿童外套",
            model="110-150cm",
            recall_type="主动召回",
            quantity=2100,
            quantity_unit="件",
            defect="帽绳过长，存在勒伤风险",
            date="2024-05-28",
            recalled=1980,
        ),
        f,
    )
    s.put(["本月小计", None, "6起"])
    s.blank()
    # The year to date, kept under the month's list: earlier months' recalls were returned before.
    s.put(["二、本年累计召回情况（1-5月）"])
    s.merge(f"A{s.n}:L{s.n}")
    s.put(header, bold=True)
    s.put(
        [
            1,
            "平湖市钟埭家电有限公司",
            c[11],
            "平湖市",
            "手持式吸尘器",
            "VC-8",
            "主动召回",
            1800,
            "台",
            "电池组过热，存在起火风险",
            d(2024, 1, 16),
            1800,
        ],
        None,
        f,
    )
    s.put(
        [
            2,
            "平湖市广陈玩具有限公司",
            c[12],
            "平湖市",
            "充气玩具",
            "GC-20",
            "主动召回",
            5000,
            "个",
            "小零件易脱落",
            d(2024, 3, 4),
            4620,
        ],
        None,
        f,
    )
    s.put(
        [
            3,
            "平湖市当湖电器有限公司",
            c[13],
            "平湖市",
            "电热水壶",
            "DH-17A",
            "主动召回",
            900,
            "台",
            "温控器失效",
            d(2024, 4, 9),
            880,
        ],
        None,
        f,
    )
    s.put(
        [
            4,
            "平湖市当湖箱包有限公司",
            c[1],
            "平湖市",
            "儿童拉杆箱",
            "PH-K18",
            "主动召回",
            1500,
            "只",
            "拉杆锁止装置易失效，存在夹伤风险",
            d(2024, 5, 6),
            620,
        ],
        None,
        f,
    )
    s.put(
        [
            5,
            "平湖市曹桥电器有限公司",
            c[2],
            "平湖市",
            "电热毯",
            "DR-150",
            "主动召回",
            640,
            "条",
            "温控开关失效，存在过热风险",
            d(2024, 5, 10),
            205,
        ],
        None,
        f,
    )
    s.put(
        [
            6,
            "平湖市新埭童车有限公司",
            c[4],
            "平湖市新埭镇",
            "婴儿推车",
            "BB-66",
            "责令召回",
            820,
            "辆",
            "刹车装置易失效，存在溜车风险",
            d(2024, 5, 15),
            410,
        ],
        None,
        f,
    )
    s.put(
        [
            7,
            "平湖市独山港电子有限公司",
            c[5],
            "平湖市",
            "移动电源",
            "PB-10000",
            "主动召回",
            3200,
            "个",
            "电芯一致性差，存在过热风险",
            d(2024, 5, 21),
            2750,
        ],
        None,
        f,
    )
    s.put(
        [
            8,
            "平湖市林埭服饰有限公司",
            c[6],
            "平湖市",
            "儿童外套",
            "110-150cm",
            "主动召回",
            2100,
            "件",
            "帽绳过长，存在勒伤风险",
            d(2024, 5, 28),
            1980,
        ],
        None,
        f,
    )
    s.put(["累计合计", None, "8起"])
    s.blank()
    s.put(["填表人：顾晓梅", None, None, None, "审核人：陆建华"])
    return Case(
        "pinghu_2024-05_recall_ytd_below.xlsx",
        U,
        "2024-05",
        "one sheet with 一、本月新增召回情况 (the month's list, 本月小计) and under it "
        "二、本年累计召回情况（1-5月）, the same header again, repeating earlier months' recalls and the "
        "month's own; 平湖市新埭镇; a 嘉兴港区 producer's row",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def gangqu_recall_scope_column() -> Case:
    """召回统计表 with a 召回范围（生产日期） column of date ranges beside the recall's start; units in [台] headers."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h10-r-scope")
    x = XBook()
    s = x.sheet("2025年2月")
    s.title("嘉兴港区缺陷产品召回情况统计表", 12)
    s.put(["报送单位：港区分局（盖章）", None, None, None, None, None, None, None, None, "报送时间：2025年3月5日"])
    s.put(
        [
            "序号",
            "召回编号",
            "生产者",
            "统一社会信用代码",
            "召回产品",
            "型号",
            "召回范围（生产日期）",
            "涉及数量[台]",
            "召回方式",
            "缺陷情况",
            "召回开始时间",
            "已召回[台]",
        ],
        bold=True,
    )
    s.widths(6, 14, 28, 22, 12, 10, 30, 12, 10, 30, 14, 10)
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "GQ-2025-003",
            "嘉兴港区海乐电器有限公司",
            c[1],
            "空气炸锅",
            "AF-35",
            "2024年6月1日至2024年11月30日生产",
            2860,
            "主动召回",
            "锅篮手柄连接处易断裂，存在烫伤风险",
            d(2025, 2, 10),
            1120,
        ],
        ok(
            R,
            enterprise_name="嘉兴港区海乐电器有限公司",
            uscc=c[1],
            unit=U,
            product="空气炸锅",
            model="AF-35",
            recall_type="主动召回",
            quantity=2860,
            quantity_unit="台",
            defect="锅篮手柄连接处易断裂，存在烫伤风险",
            date="2025-02-10",
            recalled=1120,
        ),
        f,
    )
    s.put(
        [
            2,
            "GQ-2025-004",
            "浙江乍浦电器科技有限公司",
            c[2],
            "电动牙刷",
            "ET-2",
            "2024年8月至10月生产",
            5400,
            "主动召回",
            "充电底座绝缘不足，存在触电风险",
            d(2025, 2, 14),
            3680,
        ],
        ok(
            R,
            enterprise_name="浙江乍浦电器科技有限公司",
            uscc=c[2],
            unit=U,
            product="电动牙刷",
            model="ET-2",
            recall_type="主动召回",
            quantity=5400,
            quantity_unit="台",
            defect="充电底座绝缘不足，存在触电风险",
            date="2025-02-14",
            recalled=3680,
        ),
        f,
    )
    s.put(
        [
            3,
            "GQ-2025-005",
            "嘉兴港区兴达机电有限公司",
            c[3],
            "台式钻床",
            "ZQ-13",
            "2023年12月—2024年9月",
            430,
            "责令召回",
            "皮带防护罩缺失，存在卷入风险",
            d(2025, 2, 18),
            "/",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区兴达机电有限公司",
            uscc=c[3],
            unit=U,
            product="台式钻床",
            model="ZQ-13",
            recall_type="责令召回",
            quantity=430,
            quantity_unit="台",
            defect="皮带防护罩缺失，存在卷入风险",
            date="2025-02-18",
        ),
        f,
    )
    kettle = [
        4,
        "GQ-2025-006",
        "嘉兴港区海乐电器有限公司",
        c[1],
        "电热水壶",
        "KT-17",
        "2024年10月生产",
        1350,
        "主动召回",
        "蒸汽开关失效，存在干烧风险",
        d(2025, 2, 20),
        980,
    ]
    s.put(
        kettle,
        ok(
            R,
            enterprise_name="嘉兴港区海乐电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热水壶",
            model="KT-17",
            recall_type="主动召回",
            quantity=1350,
            quantity_unit="台",
            defect="蒸汽开关失效，存在干烧风险",
            date="2025-02-20",
            recalled=980,
        ),
        f,
    )
    # The clerk pasted the kettle recall twice, 序号 and all: an exact repeat.
    s.put(kettle, no(R), f)
    s.put(
        [
            6,
            "GQ-2025-007",
            "嘉兴港区佳禾家电有限公司",
            c[6],
            "除湿机",
            "DH-20",
            "2024年5月至2024年12月生产",
            760,
            "主动召回",
            "水箱满水保护失效，存在漏电风险",
            d(2025, 2, 25),
            210,
        ],
        ok(
            R,
            enterprise_name="嘉兴港区佳禾家电有限公司",
            uscc=c[6],
            unit=U,
            product="除湿机",
            model="DH-20",
            recall_type="主动召回",
            quantity=760,
            quantity_unit="台",
            defect="水箱满水保护失效，存在漏电风险",
            date="2025-02-25",
            recalled=210,
        ),
        f,
    )
    s.put(["说明：召回范围按召回计划填写生产日期区间；已召回数量截至报送之日。"])
    s.merge(f"A{s.n}:L{s.n}")
    return Case(
        "gangqu_2025-02_recall_scope_column.xlsx",
        U,
        "2025-02",
        "召回情况统计表 on a sheet named 2025年2月: 召回编号, a 召回范围（生产日期） column of "
        "production-date ranges (no "
        "field) before the 召回开始时间, units in square brackets in the headers (涉及数量[台], 已召回[台]); 已召回 /; "
        "one recall pasted twice",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def jiashan_green_validity_columns() -> Case:
    """绿色产品认证进展表: 证书有效期 merged over 起 | 止, no 发证日期 column; 培育中 and 已获证 mixed."""
    U, c = "嘉善县", Firms("嘉善县", "h10-g-validity")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("嘉善县绿色产品认证工作进展情况（2024年4月）", 11)
    top = s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "证书有效期",
        ],
        bold=True,
    )
    s.put([None] * 9 + ["起", "止"], bold=True)
    for col in "ABCDEFGHI":
        s.merge(f"{col}{top}:{col}{top + 1}")
    s.merge(f"J{top}:K{top}")
    s.widths(6, 30, 22, 14, 16, 18, 10, 14, 16, 14, 14)
    f = "yyyy.mm.dd"
    s.put(
        [
            1,
            "嘉善县姚庄家具有限公司",
            c[1],
            "嘉善县",
            "实木餐桌",
            "家具",
            "已获证",
            d(2023, 9, 12),
            "CGP2404H0088",
            d(2024, 4, 3),
            d(2029, 4, 2),
        ],
        ok(
            G,
            enterprise_name="嘉善县姚庄家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木餐桌",
            category="家具",
            status="已获证",
            start_date="2023-09-12",
            cert_no="CGP2404H0088",
            issue_date="2024-04-03",
            valid_until="2029-04-02",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉善县干窑木业有限公司",
            c[2],
            "嘉善县",
            "强化木地板",
            "人造板和木质地板",
            "培育中",
            d(2024, 4, 8),
            "—",
            "—",
            "—",
        ],
        ok(
            G,
            enterprise_name="嘉善县干窑木业有限公司",
            uscc=c[2],
            unit=U,
            product="强化木地板",
            category="人造板和木质地板",
            status="培育中",
            start_date="2024-04-08",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉善县西塘纺织有限公司",
            c[3],
            "嘉善县",
            "床上用品",
            "纺织产品",
            "已获证",
            "/",
            "CGP2404F0154",
            d(2024, 4, 11),
            d(2029, 4, 10),
        ],
        ok(
            G,
            enterprise_name="嘉善县西塘纺织有限公司",
            uscc=c[3],
            unit=U,
            product="床上用品",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2404F0154",
            issue_date="2024-04-11",
            valid_until="2029-04-10",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉善县大云卫浴有限公司",
            c[4],
            "嘉善县",
            "陶瓷坐便器",
            "卫生陶瓷",
            "培育中",
            d(2024, 4, 15),
            "—",
            "—",
            "—",
        ],
        ok(
            G,
            enterprise_name="嘉善县大云卫浴有限公司",
            uscc=c[4],
            unit=U,
            product="陶瓷坐便器",
            category="卫生陶瓷",
            status="培育中",
            start_date="2024-04-15",
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉善县魏塘建材有限公司",
            c[5],
            "嘉善县",
            "建筑用中空玻璃",
            "建筑玻璃",
            "已获证",
            "/",
            "CGP2404B0029",
            d(2024, 4, 18),
            d(2027, 4, 17),
        ],
        ok(
            G,
            enterprise_name="嘉善县魏塘建材有限公司",
            uscc=c[5],
            unit=U,
            product="建筑用中空玻璃",
            category="建筑玻璃",
            status="已获证",
            cert_no="CGP2404B0029",
            issue_date="2024-04-18",
            valid_until="2027-04-17",
        ),
        f,
    )
    s.put(
        [
            6,
            "嘉善县惠民涂料有限公司",
            c[6],
            "嘉善县",
            "水性木器涂料",
            "涂料",
            "已获证",
            d(2023, 11, 20),
            "CGP2404T0071",
            d(2024, 4, 22),
            d(2029, 4, 21),
        ],
        ok(
            G,
            enterprise_name="嘉善县惠民涂料有限公司",
            uscc=c[6],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="已获证",
            start_date="2023-11-20",
            cert_no="CGP2404T0071",
            issue_date="2024-04-22",
            valid_until="2029-04-21",
        ),
        f,
    )
    # A code typed with the letter I, which no credit code holds.
    bad = c[7][:10] + "I" + c[7][11:]
    s.put(
        [7, "嘉善县陶庄纸业有限公司", bad, "嘉善县", "生活用纸", "纸和纸制品", "培育中", d(2024, 4, 25), "—", "—", "—"],
        no(G),
        f,
    )
    s.put(
        [8, "嘉善县天凝家具有限公司", c[8], "嘉善县", "办公椅", "家具", "培育中", d(2024, 4, 29), "—", "—", "—"],
        ok(
            G,
            enterprise_name="嘉善县天凝家具有限公司",
            uscc=c[8],
            unit=U,
            product="办公椅",
            category="家具",
            status="培育中",
            start_date="2024-04-29",
        ),
        f,
    )
    s.put(["合计", "培育中4家，已获证4张"])
    s.put(["填报人：沈佳怡", None, None, None, None, None, None, None, "联系电话：0573-84186320"])
    return Case(
        "jiashan_2024-04_green_validity_columns.xlsx",
        U,
        "2024-04",
        "进展情况表 with 证书有效期 merged over 起 | 止 and no 发证日期 column (the certificate's issue "
        "date is its 起), other "
        "headers merged down two rows; 培育中 and 已获证 mixed, a certified firm's 纳入培育日期 kept; dates shown "
        "2024.04.03; a code typed with the letter I",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def gangqu_green_service_progress() -> Case:
    """A certification-service body's 培育进度表 forwarded by the zone: 辅导进度 %, 当前状态, 服务人员."""
    U, c, ph = "嘉兴港区", Firms("嘉兴港区", "h10-g-service"), Firms("平湖市", "h10-g-service-ph")
    x = XBook()
    s = x.sheet("培育进度")
    s.title("嘉兴港区绿色产品认证培育企业服务进度表", 12)
    s.put(
        [
            "服务机构：浙江方圆检测集团股份有限公司",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "截至：2024年4月28日",
        ]
    )
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在区域",
            "拟认证产品",
            "产品类别",
            "纳入培育时间",
            "辅导进度",
            "当前状态",
            "证书编号",
            "发证时间",
            "服务人员",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 22, 16, 16, 14, 10, 10, 16, 14, 10)
    f = CN_DATE

    def put(cells: list, expect: dict) -> None:
        row = s.put(cells, expect, f)
        s.ws.cell(row=row, column=8).number_format = "0%"

    put(
        [
            1,
            "嘉兴港区华特涂料有限公司",
            c[1],
            "嘉兴港区",
            "水性工业涂料",
            "涂料",
            d(2024, 1, 15),
            1,
            "已获证",
            "CGP2404T0102",
            d(2024, 4, 12),
            "张工",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区华特涂料有限公司",
            uscc=c[1],
            unit=U,
            product="水性工业涂料",
            category="涂料",
            status="已获证",
            start_date="2024-01-15",
            cert_no="CGP2404T0102",
            issue_date="2024-04-12",
        ),
    )
    put(
        [
            2,
            "嘉兴港区乍浦新材料有限公司",
            c[2],
            "港区",
            "塑料管材",
            "塑料制品",
            d(2024, 4, 3),
            0.1,
            "辅导中",
            "—",
            "—",
            "李工",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦新材料有限公司",
            uscc=c[2],
            unit=U,
            product="塑料管材",
            category="塑料制品",
            status="培育中",
            start_date="2024-04-03",
        ),
    )
    put(
        [
            3,
            "浙江嘉港日化有限公司",
            c[3],
            "嘉兴港区",
            "洗衣液",
            "洗涤用品",
            d(2024, 4, 9),
            0.15,
            "辅导中",
            "—",
            "—",
            "李工",
        ],
        ok(
            G,
            enterprise_name="浙江嘉港日化有限公司",
            uscc=c[3],
            unit=U,
            product="洗衣液",
            category="洗涤用品",
            status="培育中",
            start_date="2024-04-09",
        ),
    )
    # A Pinghu firm the service body also serves: not the zone's.
    put(
        [
            4,
            "平湖市独山港包装有限公司",
            ph[1],
            "平湖市",
            "瓦楞纸箱",
            "纸和纸制品",
            d(2024, 4, 11),
            0.1,
            "辅导中",
            "—",
            "—",
            "张工",
        ],
        no(G),
    )
    put(
        [
            5,
            "嘉兴港区兴港纸业有限公司",
            c[5],
            "嘉兴港区（乍浦经济开发区）",
            "牛皮箱纸板",
            "纸和纸制品",
            d(2023, 11, 6),
            1,
            "已获证",
            "CGP2404Z0047",
            d(2024, 4, 19),
            "张工",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区兴港纸业有限公司",
            uscc=c[5],
            unit=U,
            product="牛皮箱纸板",
            category="纸和纸制品",
            status="已获证",
            start_date="2023-11-06",
            cert_no="CGP2404Z0047",
            issue_date="2024-04-19",
        ),
    )
    put(
        [
            6,
            "嘉兴港区海通化纤有限公司",
            c[6],
            "港区",
            "再生涤纶短纤维",
            "纺织产品",
            d(2024, 4, 22),
            0.05,
            "辅导中",
            "—",
            "—",
            "王工",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区海通化纤有限公司",
            uscc=c[6],
            unit=U,
            product="再生涤纶短纤维",
            category="纺织产品",
            status="培育中",
            start_date="2024-04-22",
        ),
    )
    put(
        [
            7,
            "嘉兴港区瑞丰建材有限公司",
            c[7],
            "港区",
            "中空玻璃",
            "建筑玻璃",
            d(2024, 4, 25),
            0,
            "辅导中",
            "—",
            "—",
            "王工",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区瑞丰建材有限公司",
            uscc=c[7],
            unit=U,
            product="中空玻璃",
            category="建筑玻璃",
            status="培育中",
            start_date="2024-04-25",
        ),
    )
    s.put(["注：辅导进度为服务机构评估值；已获证企业证书信息以认证机构公告为准。"])
    s.merge(f"A{s.n}:L{s.n}")
    s.put(["服务机构联系人：周敏", None, None, None, None, None, None, None, "港区分局审核：冯洁"])
    return Case(
        "gangqu_2024-04_green_service_progress.xlsx",
        U,
        "2024-04",
        "a certification-service body's 培育企业服务进度表 forwarded by the zone: 服务机构 and 截至 lines, 拟认证产品, "
        "辅导进度 as percentages, 当前状态 辅导中 / 已获证, 服务人员; 港区 / 嘉兴港区（乍浦经济开发区）; a Pinghu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def haiyan_three_same_lookup_errors() -> Case:
    """所属县 and 产品类别 filled by a lookup, pasted as values: #N/A left in some cells."""
    U, c, hn = "海盐县", Firms("海盐县", "h10-t-lookup"), Firms("海宁市", "h10-t-lookup-hn")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("海盐县“三同”产品情况表（2024年1月）", 8)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”平台",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 14, 16, 12, 14, 12)
    f = CN_DATE
    s.put(
        [1, "海盐县武原紧固件有限公司", c[1], "海盐县", "六角法兰面螺栓", "工业品", d(2024, 1, 5), "是"],
        ok(
            T,
            enterprise_name="海盐县武原紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="六角法兰面螺栓",
            category="工业品",
            date="2024-01-05",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "海盐县秦山阀门有限公司", c[2], "海盐县", "截止阀", "#N/A", d(2024, 1, 9), "是"],
        ok(
            T,
            enterprise_name="海盐县秦山阀门有限公司",
            uscc=c[2],
            unit=U,
            product="截止阀",
            date="2024-01-09",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [3, "海盐县通元食品有限公司", c[3], "#N/A", "速冻粽子", "食品农产品", d(2024, 1, 11), "否"],
        ok(
            T,
            enterprise_name="海盐县通元食品有限公司",
            uscc=c[3],
            unit=U,
            product="速冻粽子",
            category="食品农产品",
            date="2024-01-11",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [4, "海盐县沈荡酿造有限公司", c[4], "海盐县", "黄酒", "食品农产品", d(2024, 1, 16), "是"],
        ok(
            T,
            enterprise_name="海盐县沈荡酿造有限公司",
            uscc=c[4],
            unit=U,
            product="黄酒",
            category="食品农产品",
            date="2024-01-16",
            on_platform=True,
        ),
        f,
    )
    # A Haining firm: another unit's row.
    s.put(
        [5, "海宁市袁花五金有限公司", hn[1], "海宁市", "不锈钢门合页", "一般消费品", d(2024, 1, 17), "是"],
        no(T),
        f,
    )
    s.put(
        [6, "海盐县于城服饰有限公司", c[6], "海盐县", "针织T恤", "一般消费品", d(2024, 1, 19), "否"],
        ok(
            T,
            enterprise_name="海盐县于城服饰有限公司",
            uscc=c[6],
            unit=U,
            product="针织T恤",
            category="一般消费品",
            date="2024-01-19",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [7, "海盐县元通电子有限公司", c[7], "海盐县", "转换插座", "#N/A", d(2024, 1, 24), "是"],
        ok(
            T,
            enterprise_name="海盐县元通电子有限公司",
            uscc=c[7],
            unit=U,
            product="转换插座",
            date="2024-01-24",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [8, "海盐县百步照明电器有限公司", c[8], "海盐县", "LED球泡灯", "一般消费品", d(2024, 1, 26), "是"],
        ok(
            T,
            enterprise_name="海盐县百步照明电器有限公司",
            uscc=c[8],
            unit=U,
            product="LED球泡灯",
            category="一般消费品",
            date="2024-01-26",
            on_platform=True,
        ),
        f,
    )
    s.put(["填报人：朱丽萍", None, None, None, "报送日期：2024年2月1日"])
    return Case(
        "haiyan_2024-01_three_same_lookup_errors.xlsx",
        U,
        "2024-01",
        "三同 情况表 whose 所属县（市、区） and 产品类别 were filled by a lookup and pasted as values: "
        "#N/A error cells left "
        "in two categories and one county; 是 / 否; a Haining firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def jingkai_three_same_system_export() -> Case:
    """The city's 三同 登记系统 export: no title, 数据状态 正常 / 已删除, 登记人; dates as text 2024/11/04."""
    U, c, nh = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h10-t-system"), Firms("南湖区", "h10-t-system-nh")
    x = XBook()
    s = x.sheet("导出数据")
    s.put(
        [
            "企业名称",
            "统一社会信用代码",
            "所属区域",
            "产品名称",
            "产品类别",
            "声明日期",
            "是否入驻平台",
            "数据状态",
            "登记人",
        ],
        bold=True,
    )
    s.widths(30, 22, 20, 16, 12, 12, 12, 10, 10)
    s.put(
        [
            "嘉兴经开乳业有限公司",
            c[1],
            "嘉兴经济技术开发区",
            "巴氏杀菌乳",
            "食品农产品",
            "2024/11/04",
            "是",
            "正常",
            "王丽",
        ],
        ok(
            T,
            enterprise_name="嘉兴经开乳业有限公司",
            uscc=c[1],
            unit=U,
            product="巴氏杀菌乳",
            category="食品农产品",
            date="2024-11-04",
            on_platform=True,
        ),
    )
    s.put(
        ["嘉兴经开家居科技有限公司", c[2], "经开区", "智能马桶盖", "一般消费品", "2024/11/06", "是", "正常", "王丽"],
        ok(
            T,
            enterprise_name="嘉兴经开家居科技有限公司",
            uscc=c[2],
            unit=U,
            product="智能马桶盖",
            category="一般消费品",
            date="2024-11-06",
            on_platform=True,
        ),
    )
    # Entered twice and the second deleted in the system; the export still shows it.
    s.put(
        ["嘉兴经开家居科技有限公司", c[2], "经开区", "智能马桶盖", "一般消费品", "2024/11/06", "是", "已删除", "王丽"],
        no(T),
    )
    s.put(
        ["嘉兴经开精工机械有限公司", c[4], "嘉兴经开", "工程液压缸", "工业品", "2024/11/12", "否", "正常", "徐伟"],
        ok(
            T,
            enterprise_name="嘉兴经开精工机械有限公司",
            uscc=c[4],
            unit=U,
            product="工程液压缸",
            category="工业品",
            date="2024-11-12",
            on_platform=False,
        ),
    )
    # A Nanhu firm entered by the zone's clerk.
    s.put(
        ["嘉兴南湖禾丰食品有限公司", nh[1], "南湖区", "速冻汤圆", "食品农产品", "2024/11/14", "是", "正常", "徐伟"],
        no(T),
    )
    s.put(
        [
            "浙江嘉经服饰有限公司",
            c[6],
            "嘉兴经济技术开发区",
            "羽绒服",
            "一般消费品",
            "2024/11/19",
            "是",
            "正常",
            "王丽",
        ],
        ok(
            T,
            enterprise_name="浙江嘉经服饰有限公司",
            uscc=c[6],
            unit=U,
            product="羽绒服",
            category="一般消费品",
            date="2024-11-19",
            on_platform=True,
        ),
    )
    s.put(
        ["嘉兴经开塑料制品有限公司", c[7], "经开", "保鲜袋", "一般消费品", "2024/11/22", "否", "正常", "徐伟"],
        ok(
            T,
            enterprise_name="嘉兴经开塑料制品有限公司",
            uscc=c[7],
            unit=U,
            product="保鲜袋",
            category="一般消费品",
            date="2024-11-22",
            on_platform=False,
        ),
    )
    s.put(
        [
            "嘉兴经开电子有限公司",
            c[8],
            "嘉兴经济技术开发区",
            "电源线组件",
            "工业品",
            "2024/11/27",
            "是",
            "正常",
            "王丽",
        ],
        ok(
            T,
            enterprise_name="嘉兴经开电子有限公司",
            uscc=c[8],
            unit=U,
            product="电源线组件",
            category="工业品",
            date="2024-11-27",
            on_platform=True,
        ),
    )
    return Case(
        "jingkai_2024-11_three_same_system_export.xlsx",
        U,
        "2024-11",
        "the city's 三同 registration system export on 导出数据: header in row 1, no title or totals, "
        "a 数据状态 column "
        "(正常 / 已删除: a record deleted in the system still exported) and a 登记人 column; dates as text 2024/11/04; "
        "经开 / 经开区 / 嘉兴经开; a Nanhu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def xiuzhou_brand_mark_short_headers() -> Case:
    """A clerk's quick list on Sheet1: no title, abbreviated headers (企业名, 信用码, 标准号, 证书号, 时间)."""
    U, c = "秀洲区", Firms("秀洲区", "h10-p-short")
    x = XBook()
    s = x.sheet("Sheet1")
    s.put(["企业名", "信用码", "产品", "入库/认证", "标准号", "证书号", "时间"])
    s.widths(30, 22, 14, 10, 18, 20, 12)
    s.put(
        ["嘉兴秀洲洁具有限公司", c[1], "淋浴花洒", "入库", "T/ZZB 1120—2019", None, "2024.1.5"],
        ok(
            P,
            enterprise_name="嘉兴秀洲洁具有限公司",
            uscc=c[1],
            unit=U,
            product="淋浴花洒",
            status="入库培育",
            standard_no="T/ZZB 1120—2019",
            date="2024-01-05",
        ),
    )
    s.put(
        ["嘉兴市油车港叉车有限公司", c[2], "电动叉车", "认证", "T/ZZB 2410—2021", "ZJM-002-3102-2024", "2024.1.9"],
        ok(
            P,
            enterprise_name="嘉兴市油车港叉车有限公司",
            uscc=c[2],
            unit=U,
            product="电动叉车",
            status="已认证",
            standard_no="T/ZZB 2410—2021",
            cert_no="ZJM-002-3102-2024",
            date="2024-01-09",
        ),
    )
    s.put(
        ["嘉兴市新塍蓄电池有限公司", c[3], "铅酸蓄电池", "入库", None, None, "2024.1.11"],
        ok(
            P,
            enterprise_name="嘉兴市新塍蓄电池有限公司",
            uscc=c[3],
            unit=U,
            product="铅酸蓄电池",
            status="入库培育",
            date="2024-01-11",
        ),
    )
    s.put(
        ["嘉兴市王江泾纺织科技有限公司", c[4], "涤纶色织布", "入库", None, None, "2024.1.15"],
        ok(
            P,
            enterprise_name="嘉兴市王江泾纺织科技有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶色织布",
            status="入库培育",
            date="2024-01-15",
        ),
    )
    s.put(
        ["浙江秀洲光伏材料有限公司", c[5], "光伏背板", "认证", "T/ZZB 1658—2020", "ZJM-002-3117-2024", "2024.1.18"],
        ok(
            P,
            enterprise_name="浙江秀洲光伏材料有限公司",
            uscc=c[5],
            unit=U,
            product="光伏背板",
            status="已认证",
            standard_no="T/ZZB 1658—2020",
            cert_no="ZJM-002-3117-2024",
            date="2024-01-18",
        ),
    )
    # A typo in the code's last character.
    s.put(
        ["嘉兴市洪合针织有限公司", wrong_check(c[6]), "羊绒针织衫", "入库", "T/ZZB 0455—2018", None, "2024.1.22"],
        no(P),
    )
    s.put(
        ["嘉兴市新塍小家电有限公司", c[7], "电烤箱", "入库", "T/ZZB 2866—2022", None, "2024.1.26"],
        ok(
            P,
            enterprise_name="嘉兴市新塍小家电有限公司",
            uscc=c[7],
            unit=U,
            product="电烤箱",
            status="入库培育",
            standard_no="T/ZZB 2866—2022",
            date="2024-01-26",
        ),
    )
    s.put(
        ["嘉兴嘉禾照明科技有限公司", c[8], "LED吸顶灯", "认证", "T/ZZB 0930—2018", "ZJM-002-3125-2024", "2024.1.30"],
        ok(
            P,
            enterprise_name="嘉兴嘉禾照明科技有限公司",
            uscc=c[8],
            unit=U,
            product="LED吸顶灯",
            status="已认证",
            standard_no="T/ZZB 0930—2018",
            cert_no="ZJM-002-3125-2024",
            date="2024-01-30",
        ),
    )
    return Case(
        "xiuzhou_2024-01_brand_mark_short_headers.xlsx",
        U,
        "2024-01",
        "a clerk's quick list on Sheet1: no title, notes or totals, abbreviated headers 企业名 | 信用码 | "
        "产品 | 入库/认证 | "
        "标准号 | 证书号 | 时间, no county column; dates typed as text 2024.1.5; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


@case
def tongxiang_green_cover_letter() -> Case:
    """A 报送函 sheet (the bureau's cover letter as paragraphs) before the list on a second sheet."""
    U, c = "桐乡市", Firms("桐乡市", "h10-g-letter")
    x = XBook()
    cover = x.sheet("报送函")
    cover.ws.column_dimensions["A"].width = 90
    for line in [
        "桐乡市市场监督管理局",
        "关于报送2024年1月绿色产品认证工作情况的函",
        "嘉兴市市场监督管理局质量发展处：",
        "    根据《关于做好2024年度绿色产品认证扩面提升工作的通知》要求，现将我局2024年1月绿色产品认证培育和获证情况"
        "报送如下：本月新增纳入培育企业4家，新获绿色产品认证证书3张。具体名单见附表。",
        "    特此函告。",
        "附件：桐乡市绿色产品认证培育及获证企业名单（2024年1月）",
        "桐乡市市场监督管理局",
        "2024年2月2日",
        "（联系人：陈思远，电话：0573-88125406）",
    ]:
        cover.put([line])
        cover.ws.cell(row=cover.n, column=1).alignment = Alignment(wrap_text=True)
    s = x.sheet("附表")
    s.title("桐乡市绿色产品认证培育及获证企业名单（2024年1月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 18, 10, 16, 16, 16, 16)
    s.put(
        [
            1,
            "桐乡市濮院毛针织有限公司",
            c[1],
            "羊毛针织衫",
            "纺织产品",
            "已获证",
            "/",
            "CGP2401F0033",
            "2024年01月08日",
            "2029年01月07日",
        ],
        ok(
            G,
            enterprise_name="桐乡市濮院毛针织有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛针织衫",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2401F0033",
            issue_date="2024-01-08",
            valid_until="2029-01-07",
        ),
    )
    s.put(
        [2, "桐乡市崇福家具有限公司", c[2], "板式书柜", "家具", "培育中", "2024年01月10日", "/", "/", "/"],
        ok(
            G,
            enterprise_name="桐乡市崇福家具有限公司",
            uscc=c[2],
            unit=U,
            product="板式书柜",
            category="家具",
            status="培育中",
            start_date="2024-01-10",
        ),
    )
    s.put(
        [
            3,
            "桐乡市大麻建材有限公司",
            c[3],
            "陶瓷砖",
            "陶瓷砖（板）",
            "已获证",
            "/",
            "CGP2401B0012",
            "2024年01月16日",
            "2029年01月15日",
        ],
        ok(
            G,
            enterprise_name="桐乡市大麻建材有限公司",
            uscc=c[3],
            unit=U,
            product="陶瓷砖",
            category="陶瓷砖（板）",
            status="已获证",
            cert_no="CGP2401B0012",
            issue_date="2024-01-16",
            valid_until="2029-01-15",
        ),
    )
    # The product was never filled in.
    s.put(
        [4, "桐乡市河山纸业有限公司", c[4], None, "纸和纸制品", "培育中", "2024年01月18日", "/", "/", "/"],
        no(G),
    )
    s.put(
        [5, "桐乡市乌镇纺织品有限公司", c[5], "蓝印花布床品", "纺织产品", "培育中", "2024年01月22日", "/", "/", "/"],
        ok(
            G,
            enterprise_name="桐乡市乌镇纺织品有限公司",
            uscc=c[5],
            unit=U,
            product="蓝印花布床品",
            category="纺织产品",
            status="培育中",
            start_date="2024-01-22",
        ),
    )
    s.put(
        [
            6,
            "桐乡市石门涂料有限公司",
            c[6],
            "水性内墙涂料",
            "涂料",
            "已获证",
            "/",
            "CGP2401T0020",
            "2024年01月25日",
            "2029年01月24日",
        ],
        ok(
            G,
            enterprise_name="桐乡市石门涂料有限公司",
            uscc=c[6],
            unit=U,
            product="水性内墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2401T0020",
            issue_date="2024-01-25",
            valid_until="2029-01-24",
        ),
    )
    s.put(
        [7, "桐乡市梧桐家纺有限公司", c[7], "羽绒被", "纺织产品", "培育中", "2024年01月29日", "/", "/", "/"],
        ok(
            G,
            enterprise_name="桐乡市梧桐家纺有限公司",
            uscc=c[7],
            unit=U,
            product="羽绒被",
            category="纺织产品",
            status="培育中",
            start_date="2024-01-29",
        ),
    )
    x.wb.active = 1
    return Case(
        "tongxiang_2024-01_green_cover_letter.xlsx",
        U,
        "2024-01",
        "the bureau's 报送函 (cover letter: 文头, 主送, paragraphs, 附件, 落款, 联系人) as text lines on the "
        "first sheet, the list on 附表 (the workbook opens on it); no county column; dates as text 2024年01月08日; "
        "an empty product",
        True,
        x.data(),
        x.rows,
        holdout_set=10,
    )


# =============================================================================================
# Holdout set 11: ordinary layouts from other clerks, some with one real-world quirk each
# =============================================================================================
@case
def haiyan_benchmarking_indicator_counts() -> Case:
    """对标达标情况统计表 with 对标指标数 and 其中优于指标数 columns (no fields), 备注, 合计 and sign-off."""
    U, c, hn = "海盐县", Firms("海盐县", "h11-b-counts"), Firms("海宁市", "h11-b-counts-hn")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("海盐县企业标准对标达标情况统计表（2025年3月）", 11)
    s.put(["填报单位：海盐县市场监督管理局", None, None, None, None, None, None, None, "填报日期：2025年4月3日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "对标产品名称",
            "对标的国际（国外）先进标准",
            "对标指标数（项）",
            "其中优于指标数（项）",
            "对标结果",
            "完成日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 24, 10, 10, 10, 16, 16)
    f = CN_DATE
    s.put(
        [1, "浙江海盐力拓紧固件有限公司", c[1], "海盐县", "六角头螺栓", "ISO 4014:2022", 12, 5, "优于", d(2025, 3, 4)],
        ok(
            B,
            enterprise_name="浙江海盐力拓紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="六角头螺栓",
            standard_no="ISO 4014:2022",
            result="优于",
            date="2025-03-04",
        ),
        f,
    )
    s.put(
        [
            2,
            "海盐县通元标准件有限公司",
            c[2],
            "海盐县",
            "内六角圆柱头螺钉",
            "ISO 4762:2004",
            10,
            0,
            "达到",
            d(2025, 3, 7),
        ],
        ok(
            B,
            enterprise_name="海盐县通元标准件有限公司",
            uscc=c[2],
            unit=U,
            product="内六角圆柱头螺钉",
            standard_no="ISO 4762:2004",
            result="达到",
            date="2025-03-07",
        ),
        f,
    )
    s.put(
        [3, "海盐县秦山阀门有限公司", c[3], "海盐", "核级截止阀", "ASME BPVC-III-2021", 15, 3, "优于", d(2025, 3, 12)],
        ok(
            B,
            enterprise_name="海盐县秦山阀门有限公司",
            uscc=c[3],
            unit=U,
            product="核级截止阀",
            standard_no="ASME BPVC-III-2021",
            result="优于",
            date="2025-03-12",
        ),
        f,
    )
    s.put(
        [
            4,
            "海盐县武原五金制品有限公司",
            c[4],
            "海盐县",
            "不锈钢合页",
            "EN 1935:2002",
            8,
            0,
            "达到",
            d(2025, 3, 14),
            "企业自我声明已公开",
        ],
        ok(
            B,
            enterprise_name="海盐县武原五金制品有限公司",
            uscc=c[4],
            unit=U,
            product="不锈钢合页",
            standard_no="EN 1935:2002",
            result="达到",
            date="2025-03-14",
        ),
        f,
    )
    # A Haining firm on Haiyan's return.
    s.put(
        [
            5,
            "海宁市斜桥紧固件有限公司",
            hn[1],
            "海宁市",
            "十字槽盘头螺钉",
            "ISO 7045:2011",
            9,
            1,
            "优于",
            d(2025, 3, 18),
        ],
        no(B),
        f,
    )
    s.put(
        [6, "海盐县沈荡电器有限公司", c[6], "海盐县", "电热水壶", "IEC 60335-2-15:2016", 9, 2, "优于", d(2025, 3, 20)],
        ok(
            B,
            enterprise_name="海盐县沈荡电器有限公司",
            uscc=c[6],
            unit=U,
            product="电热水壶",
            standard_no="IEC 60335-2-15:2016",
            result="优于",
            date="2025-03-20",
        ),
        f,
    )
    s.put(
        [7, "浙江海盐澉浦纺织有限公司", c[7], "海盐县", "涤纶长丝", "ISO 2060:1994", 6, 0, "达到", d(2025, 3, 25)],
        ok(
            B,
            enterprise_name="浙江海盐澉浦纺织有限公司",
            uscc=c[7],
            unit=U,
            product="涤纶长丝",
            standard_no="ISO 2060:1994",
            result="达到",
            date="2025-03-25",
        ),
        f,
    )
    s.put(
        [8, "海盐县于城轴承有限公司", c[8], "海盐县", "深沟球轴承", "ISO 492:2014", 11, 4, "优于", d(2025, 3, 27)],
        ok(
            B,
            enterprise_name="海盐县于城轴承有限公司",
            uscc=c[8],
            unit=U,
            product="深沟球轴承",
            standard_no="ISO 492:2014",
            result="优于",
            date="2025-03-27",
        ),
        f,
    )
    s.put(["合计", "8家企业", None, None, "8个产品", None, 80, 15])
    s.put(
        [
            "单位负责人：张国平",
            None,
            None,
            "审核人：李慧",
            None,
            None,
            "填表人：朱晓雯",
            None,
            "联系电话：0573-86021537",
        ]
    )
    return Case(
        "haiyan_2025-03_benchmarking_indicator_counts.xlsx",
        U,
        "2025-03",
        "对标达标情况统计表: title, 填报单位 / 填报日期 line, 对标指标数（项） and 其中优于指标数（项） columns beside "
        "对标结果, 备注, 合计 of firms and indicators, 单位负责人 / 审核人 / 填表人 sign-off; 海盐 for the county; "
        "a Haining firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def pinghu_benchmarking_code_first() -> Case:
    """A clerk's own list: credit code before the name, no 序号, 统计时间 line, towns after 平湖市, a 港区 firm."""
    U, c, gq = "平湖市", Firms("平湖市", "h11-b-codefirst"), Firms("嘉兴港区", "h11-b-codefirst-gq")
    x = XBook()
    s = x.sheet("对标达标企业")
    s.title("平湖市2024年3月对标达标企业名单", 7)
    s.put(["统计时间：2024年3月1日—2024年3月31日"])
    s.put(["统一社会信用代码", "企业名称", "所属地区", "产品名称", "对标标准编号", "对标结论", "达标日期"], bold=True)
    s.widths(22, 30, 20, 16, 22, 10, 14)
    f = "yyyy/m/d"
    s.put(
        [c[1], "平湖市景兴箱包有限公司", "平湖市当湖街道", "拉杆箱", "EN 15986:2011", "达到", d(2024, 3, 5)],
        ok(
            B,
            enterprise_name="平湖市景兴箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            standard_no="EN 15986:2011",
            result="达到",
            date="2024-03-05",
        ),
        f,
    )
    s.put(
        [c[2], "浙江平湖华达服装有限公司", "平湖市钟埭街道", "羽绒服", "ISO 12947-2:2016", "优于", d(2024, 3, 8)],
        ok(
            B,
            enterprise_name="浙江平湖华达服装有限公司",
            uscc=c[2],
            unit=U,
            product="羽绒服",
            standard_no="ISO 12947-2:2016",
            result="优于",
            date="2024-03-08",
        ),
        f,
    )
    s.put(
        [c[3], "平湖市新埭光电有限公司", "平湖市新埭镇", "LED面板灯", "IEC 62722-2-1:2014", "达到", d(2024, 3, 12)],
        ok(
            B,
            enterprise_name="平湖市新埭光电有限公司",
            uscc=c[3],
            unit=U,
            product="LED面板灯",
            standard_no="IEC 62722-2-1:2014",
            result="达到",
            date="2024-03-12",
        ),
        f,
    )
    # A firm of 嘉兴港区 (its code carries Pinghu's region code too): the zone reports it.
    s.put(
        [gq[1], "浙江乍浦新材料有限公司", "嘉兴港区", "聚碳酸酯树脂", "ISO 7391-2:2006", "达到", d(2024, 3, 14)],
        no(B),
        f,
    )
    s.put(
        [c[5], "平湖市曹桥箱包有限公司", "平湖市曹桥街道", "背提包", "ASTM D751-19", "达到", d(2024, 3, 19)],
        ok(
            B,
            enterprise_name="平湖市曹桥箱包有限公司",
            uscc=c[5],
            unit=U,
            product="背提包",
            standard_no="ASTM D751-19",
            result="达到",
            date="2024-03-19",
        ),
        f,
    )
    s.put(
        [
            c[6],
            "平湖市独山港精密机械有限公司",
            "平湖市独山港镇",
            "数控车床",
            "ISO 13041-1:2020",
            "优于",
            d(2024, 3, 22),
        ],
        ok(
            B,
            enterprise_name="平湖市独山港精密机械有限公司",
            uscc=c[6],
            unit=U,
            product="数控车床",
            standard_no="ISO 13041-1:2020",
            result="优于",
            date="2024-03-22",
        ),
        f,
    )
    s.put(
        [c[7], "平湖市林埭服饰有限公司", "平湖市林埭镇", "针织T恤", "ISO 6330:2021", "达到", d(2024, 3, 27)],
        ok(
            B,
            enterprise_name="平湖市林埭服饰有限公司",
            uscc=c[7],
            unit=U,
            product="针织T恤",
            standard_no="ISO 6330:2021",
            result="达到",
            date="2024-03-27",
        ),
        f,
    )
    s.blank()
    s.put(["制表：陆晓燕", None, None, "审核：王建国"])
    return Case(
        "pinghu_2024-03_benchmarking_code_first.xlsx",
        U,
        "2024-03",
        "a clerk's own list: 统一社会信用代码 the first column and 企业名称 second, no 序号, a 统计时间 line "
        "under the title, 所属地区 with towns and streets after 平湖市, 对标结论 / 达标日期, 制表 / 审核 line; "
        "a 嘉兴港区 firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def xiuzhou_brand_mark_status_sheets() -> Case:
    """One sheet per status (入库培育企业, 已认证企业), each with its own title and header, no status column."""
    U, c = "秀洲区", Firms("秀洲区", "h11-p-sheets")
    x = XBook()
    pool = x.sheet("入库培育企业")
    pool.title("秀洲区2024年9月新增“品字标”入库培育企业名单", 7)
    pool.put(
        ["序号", "企业名称", "统一社会信用代码", "所属县（市、区）", "培育产品", "浙江制造标准编号", "入库日期"],
        bold=True,
    )
    pool.widths(6, 30, 22, 12, 16, 20, 14)
    pool.put(
        [1, "嘉兴王店电器有限公司", c[1], "秀洲区", "电压力锅", "T/ZZB 0712—2018", d(2024, 9, 3)],
        ok(
            P,
            enterprise_name="嘉兴王店电器有限公司",
            uscc=c[1],
            unit=U,
            product="电压力锅",
            status="入库培育",
            standard_no="T/ZZB 0712—2018",
            date="2024-09-03",
        ),
    )
    pool.put(
        [2, "嘉兴市新塍家纺有限公司", c[2], "秀洲区", "蚕丝被", "T/ZZB 1546—2020", d(2024, 9, 10)],
        ok(
            P,
            enterprise_name="嘉兴市新塍家纺有限公司",
            uscc=c[2],
            unit=U,
            product="蚕丝被",
            status="入库培育",
            standard_no="T/ZZB 1546—2020",
            date="2024-09-10",
        ),
    )
    pool.put(
        [3, "嘉兴油车港电子有限公司", c[3], "秀洲区", "智能门锁", None, d(2024, 9, 12)],
        ok(
            P,
            enterprise_name="嘉兴油车港电子有限公司",
            uscc=c[3],
            unit=U,
            product="智能门锁",
            status="入库培育",
            date="2024-09-12",
        ),
    )
    # A typo in the code's last character.
    pool.put(
        [4, "嘉兴市洪合羊毛衫有限公司", wrong_check(c[4]), "秀洲区", "羊毛针织衫", "T/ZZB 0455—2018", d(2024, 9, 19)],
        no(P),
    )
    pool.put(
        [5, "浙江秀洲新材料有限公司", c[5], "秀洲区", "光伏封装胶膜", "T/ZZB 2210—2021", d(2024, 9, 24)],
        ok(
            P,
            enterprise_name="浙江秀洲新材料有限公司",
            uscc=c[5],
            unit=U,
            product="光伏封装胶膜",
            status="入库培育",
            standard_no="T/ZZB 2210—2021",
            date="2024-09-24",
        ),
    )
    pool.put(["合计：5家"])
    cert = x.sheet("已认证企业")
    cert.title("秀洲区2024年9月新增“品字标”认证企业名单", 8)
    cert.put(
        ["序号", "企业名称", "统一社会信用代码", "所属县（市、区）", "认证产品", "标准编号", "证书编号", "获证日期"],
        bold=True,
    )
    cert.widths(6, 30, 22, 12, 18, 20, 22, 14)
    cert.put(
        [
            1,
            "嘉兴市王江泾织造有限公司",
            c[6],
            "秀洲区",
            "涤纶仿真丝面料",
            "T/ZZB 0301—2017",
            "ZJM-002-3360-2024",
            d(2024, 9, 6),
        ],
        ok(
            P,
            enterprise_name="嘉兴市王江泾织造有限公司",
            uscc=c[6],
            unit=U,
            product="涤纶仿真丝面料",
            status="已认证",
            standard_no="T/ZZB 0301—2017",
            cert_no="ZJM-002-3360-2024",
            date="2024-09-06",
        ),
    )
    cert.put(
        [
            2,
            "嘉兴秀洲智能家居有限公司",
            c[7],
            "秀洲区",
            "智能晾衣机",
            "T/ZZB 2503—2021",
            "ZJM-002-3371-2024",
            d(2024, 9, 18),
        ],
        ok(
            P,
            enterprise_name="嘉兴秀洲智能家居有限公司",
            uscc=c[7],
            unit=U,
            product="智能晾衣机",
            status="已认证",
            standard_no="T/ZZB 2503—2021",
            cert_no="ZJM-002-3371-2024",
            date="2024-09-18",
        ),
    )
    cert.put(
        [
            3,
            "嘉兴市洪合电机有限公司",
            c[8],
            "秀洲区",
            "三相异步电动机",
            "T/ZZB 0133—2016",
            "ZJM-002-3379-2024",
            d(2024, 9, 20),
        ],
        ok(
            P,
            enterprise_name="嘉兴市洪合电机有限公司",
            uscc=c[8],
            unit=U,
            product="三相异步电动机",
            status="已认证",
            standard_no="T/ZZB 0133—2016",
            cert_no="ZJM-002-3379-2024",
            date="2024-09-20",
        ),
    )
    cert.put(
        [
            4,
            "嘉兴市油车港五金有限公司",
            c[9],
            "秀洲区",
            "不锈钢水槽",
            "T/ZZB 0533—2018",
            "ZJM-002-3388-2024",
            d(2024, 9, 26),
        ],
        ok(
            P,
            enterprise_name="嘉兴市油车港五金有限公司",
            uscc=c[9],
            unit=U,
            product="不锈钢水槽",
            status="已认证",
            standard_no="T/ZZB 0533—2018",
            cert_no="ZJM-002-3388-2024",
            date="2024-09-26",
        ),
    )
    cert.put(["合计：4家"])
    return Case(
        "xiuzhou_2024-09_brand_mark_status_sheets.xlsx",
        U,
        "2024-09",
        "two sheets, 入库培育企业 and 已认证企业, each with its own title, header wording (培育产品 / 入库日期, "
        "认证产品 / 证书编号 / 获证日期) and 合计 line, no status column; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def haining_brand_mark_standard_dates() -> Case:
    """“浙江制造”标准研制及认证情况表: 标准发布日期 (no field) beside 获证日期; 认证情况 已认证 / 培育中."""
    U, c, tx = "海宁市", Firms("海宁市", "h11-p-stddates"), Firms("桐乡市", "h11-p-stddates-tx")
    x = XBook()
    s = x.sheet("品字标")
    s.title("海宁市“浙江制造”标准研制及“品字标”认证情况表（2024年10月）", 10)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "“浙江制造”标准编号",
            "标准发布日期",
            "认证情况",
            "证书编号",
            "获证日期",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 14, 16, 20, 14, 10, 22, 14)
    s.put(
        [
            1,
            "海宁市许村经编有限公司",
            c[1],
            "海宁市",
            "经编窗帘布",
            "T/ZZB 1867—2020",
            d(2020, 11, 30),
            "已认证",
            "ZJM-006-4512-2024",
            d(2024, 10, 8),
        ],
        ok(
            P,
            enterprise_name="海宁市许村经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编窗帘布",
            status="已认证",
            standard_no="T/ZZB 1867—2020",
            cert_no="ZJM-006-4512-2024",
            date="2024-10-08",
        ),
    )
    s.put(
        [
            2,
            "海宁市马桥皮革有限公司",
            c[2],
            "海宁市",
            "汽车内饰革",
            "T/ZZB 2981—2022",
            d(2022, 12, 28),
            "培育中",
            "/",
            "/",
        ],
        ok(
            P,
            enterprise_name="海宁市马桥皮革有限公司",
            uscc=c[2],
            unit=U,
            product="汽车内饰革",
            status="入库培育",
            standard_no="T/ZZB 2981—2022",
        ),
    )
    s.put(
        [
            3,
            "浙江海宁尖山光电有限公司",
            c[3],
            "海宁市",
            "光伏组件",
            "T/ZZB 1283—2019",
            d(2019, 10, 31),
            "已认证",
            "ZJM-006-4527-2024",
            d(2024, 10, 15),
        ],
        ok(
            P,
            enterprise_name="浙江海宁尖山光电有限公司",
            uscc=c[3],
            unit=U,
            product="光伏组件",
            status="已认证",
            standard_no="T/ZZB 1283—2019",
            cert_no="ZJM-006-4527-2024",
            date="2024-10-15",
        ),
    )
    s.put(
        [
            4,
            "海宁市长安轴承有限公司",
            c[4],
            "海宁市长安镇",
            "圆锥滚子轴承",
            "T/ZZB 0426—2018",
            d(2018, 6, 29),
            "已认证",
            "ZJM-006-4531-2024",
            d(2024, 10, 17),
        ],
        ok(
            P,
            enterprise_name="海宁市长安轴承有限公司",
            uscc=c[4],
            unit=U,
            product="圆锥滚子轴承",
            status="已认证",
            standard_no="T/ZZB 0426—2018",
            cert_no="ZJM-006-4531-2024",
            date="2024-10-17",
        ),
    )
    # A Tongxiang firm on Haining's return.
    s.put(
        [
            5,
            "桐乡市崇福皮草有限公司",
            tx[1],
            "桐乡市",
            "羊剪绒服装",
            "T/ZZB 2277—2021",
            d(2021, 6, 30),
            "培育中",
            "/",
            "/",
        ],
        no(P),
    )
    s.put(
        [6, "海宁市盐官家具有限公司", c[6], "海宁市", "实木床", "T/ZZB 3105—2023", d(2023, 8, 30), "培育中", "/", "/"],
        ok(
            P,
            enterprise_name="海宁市盐官家具有限公司",
            uscc=c[6],
            unit=U,
            product="实木床",
            status="入库培育",
            standard_no="T/ZZB 3105—2023",
        ),
    )
    s.put(
        [
            7,
            "海宁市斜桥榨菜食品有限公司",
            c[7],
            "海宁市",
            "榨菜",
            "T/ZZB 0842—2018",
            d(2018, 12, 25),
            "已认证",
            "ZJM-006-4540-2024",
            d(2024, 10, 24),
        ],
        ok(
            P,
            enterprise_name="海宁市斜桥榨菜食品有限公司",
            uscc=c[7],
            unit=U,
            product="榨菜",
            status="已认证",
            standard_no="T/ZZB 0842—2018",
            cert_no="ZJM-006-4540-2024",
            date="2024-10-24",
        ),
    )
    s.put(
        [
            8,
            "海宁市丁桥纺织有限公司",
            c[8],
            "海宁市",
            "家纺面料",
            "T/ZZB 1991—2020",
            d(2020, 12, 30),
            "培育中",
            "/",
            "/",
        ],
        ok(
            P,
            enterprise_name="海宁市丁桥纺织有限公司",
            uscc=c[8],
            unit=U,
            product="家纺面料",
            status="入库培育",
            standard_no="T/ZZB 1991—2020",
        ),
    )
    s.put(["注：标准发布日期为企业主导制定的“浙江制造”标准的发布日期。"])
    s.merge(f"A{s.n}:J{s.n}")
    return Case(
        "haining_2024-10_brand_mark_standard_dates.xlsx",
        U,
        "2024-10",
        "“浙江制造”标准研制及“品字标”认证情况表: 标准发布日期 (the standard's own date, years back) beside "
        "获证日期; 认证情况 已认证 / 培育中, / for a pool firm's certificate and date; a note under the list; "
        "海宁市长安镇; a Tongxiang firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def tongxiang_recall_filing_dates() -> Case:
    """召回监管台账: 召回计划备案日期 (no field) and 召回实施日期, 召回编号, 信息来源 column (no field)."""
    U, c = "桐乡市", Firms("桐乡市", "h11-r-filing")
    x = XBook()
    s = x.sheet("召回台账")
    s.title("桐乡市缺陷产品召回监管台账（2025年6月）", 15)
    s.put(
        [
            "序号",
            "召回编号",
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "召回类型",
            "涉及数量",
            "单位",
            "存在的缺陷",
            "召回计划备案日期",
            "召回实施日期",
            "已召回数量",
            "信息来源",
        ],
        bold=True,
    )
    s.widths(6, 14, 30, 22, 12, 16, 12, 10, 10, 6, 28, 14, 14, 10, 12)
    s.put(
        [
            1,
            "TX2025-06-01",
            "桐乡市濮院电器有限公司",
            c[1],
            "桐乡市",
            "电暖器",
            "NSB-200",
            "主动召回",
            1500,
            "台",
            "倾倒开关失效，存在火灾隐患",
            d(2025, 5, 28),
            d(2025, 6, 3),
            620,
            "企业报告",
        ],
        ok(
            R,
            enterprise_name="桐乡市濮院电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖器",
            model="NSB-200",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="台",
            defect="倾倒开关失效，存在火灾隐患",
            date="2025-06-03",
            recalled=620,
        ),
    )
    s.put(
        [
            2,
            "TX2025-06-02",
            "桐乡市洲泉童车有限公司",
            c[2],
            "桐乡市",
            "儿童自行车",
            "TZ-16",
            "主动召回",
            860,
            "辆",
            "车架焊接强度不足",
            d(2025, 6, 5),
            d(2025, 6, 10),
            0,
            "缺陷调查",
        ],
        ok(
            R,
            enterprise_name="桐乡市洲泉童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童自行车",
            model="TZ-16",
            recall_type="主动召回",
            quantity=860,
            quantity_unit="辆",
            defect="车架焊接强度不足",
            date="2025-06-10",
            recalled=0,
        ),
    )
    s.put(
        [
            3,
            "TX2025-06-03",
            "浙江桐乡乌镇服饰有限公司",
            c[3],
            "桐乡市",
            "儿童卫衣",
            "110-150cm",
            "主动召回",
            3200,
            "件",
            "帽绳过长，存在勒颈风险",
            d(2025, 6, 9),
            d(2025, 6, 12),
            2100,
            "抽查不合格",
        ],
        ok(
            R,
            enterprise_name="浙江桐乡乌镇服饰有限公司",
            uscc=c[3],
            unit=U,
            product="儿童卫衣",
            model="110-150cm",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="件",
            defect="帽绳过长，存在勒颈风险",
            date="2025-06-12",
            recalled=2100,
        ),
    )
    # The quantity is still being counted.
    s.put(
        [
            4,
            "TX2025-06-04",
            "桐乡市梧桐厨具有限公司",
            c[4],
            "桐乡市",
            "燃气灶",
            "JZT-2B",
            "责令召回",
            "待统计",
            "台",
            "熄火保护装置失效",
            d(2025, 6, 11),
            d(2025, 6, 16),
            "待统计",
            "抽查不合格",
        ],
        no(R),
    )
    s.put(
        [
            5,
            "TX2025-06-05",
            "桐乡市大麻灯饰有限公司",
            c[5],
            "桐乡市",
            "LED台灯",
            "TD-08",
            "主动召回",
            2400,
            "盏",
            "电源适配器绝缘不足",
            d(2025, 6, 16),
            d(2025, 6, 20),
            1150,
            "企业报告",
        ],
        ok(
            R,
            enterprise_name="桐乡市大麻灯饰有限公司",
            uscc=c[5],
            unit=U,
            product="LED台灯",
            model="TD-08",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="盏",
            defect="电源适配器绝缘不足",
            date="2025-06-20",
            recalled=1150,
        ),
    )
    s.put(
        [
            6,
            "TX2025-06-06",
            "桐乡市石门电动车有限公司",
            c[6],
            "桐乡市",
            "电动自行车充电器",
            "CD-4820",
            "主动召回",
            5600,
            "个",
            "输出过压保护失效",
            d(2025, 6, 18),
            d(2025, 6, 23),
            None,
            "国家召回网",
        ],
        ok(
            R,
            enterprise_name="桐乡市石门电动车有限公司",
            uscc=c[6],
            unit=U,
            product="电动自行车充电器",
            model="CD-4820",
            recall_type="主动召回",
            quantity=5600,
            quantity_unit="个",
            defect="输出过压保护失效",
            date="2025-06-23",
        ),
    )
    s.put(
        [
            7,
            "TX2025-06-07",
            "桐乡市崇福羊毛衫有限公司",
            c[7],
            "桐乡市",
            "儿童毛衣",
            "90-130cm",
            "主动召回",
            1800,
            "件",
            "纽扣拉力不足，存在误吞风险",
            d(2025, 6, 20),
            d(2025, 6, 26),
            430,
            "企业报告",
        ],
        ok(
            R,
            enterprise_name="桐乡市崇福羊毛衫有限公司",
            uscc=c[7],
            unit=U,
            product="儿童毛衣",
            model="90-130cm",
            recall_type="主动召回",
            quantity=1800,
            quantity_unit="件",
            defect="纽扣拉力不足，存在误吞风险",
            date="2025-06-26",
            recalled=430,
        ),
    )
    s.put(["填报人：钱丽萍", None, None, None, None, None, None, None, None, None, "报送日期：2025年7月2日"])
    return Case(
        "tongxiang_2025-06_recall_filing_dates.xlsx",
        U,
        "2025-06",
        "召回监管台账: 召回编号 first, 召回计划备案日期 (the plan filed) before 召回实施日期 (the recall's start), "
        "a 信息来源 column (企业报告 / 缺陷调查 / 抽查不合格 / 国家召回网); an empty 已召回数量; 涉及数量 待统计",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def jingkai_recall_product_class() -> Case:
    """召回情况表 sorted by 产品类别 (no field), product before producer, 召回方式 主动 / 责令; a repeat."""
    U, c, nh = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h11-r-class"), Firms("南湖区", "h11-r-class-nh")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("嘉兴经济技术开发区缺陷产品召回情况表（2024年4月）", 13)
    s.put(
        [
            "序号",
            "产品类别",
            "产品名称",
            "型号规格",
            "生产企业名称",
            "统一社会信用代码",
            "属地",
            "召回方式",
            "召回数量",
            "计量单位",
            "缺陷情况",
            "召回时间",
            "已完成召回数量",
        ],
        bold=True,
    )
    s.widths(6, 12, 16, 12, 30, 22, 12, 10, 10, 8, 26, 14, 12)
    f = CN_DATE
    s.put(
        [
            1,
            "家用电器",
            "电热水器",
            "DSZF-60",
            "嘉兴经开电器有限公司",
            c[1],
            "经开",
            "主动",
            980,
            "台",
            "漏电保护装置失效",
            d(2024, 4, 2),
            455,
        ],
        ok(
            R,
            enterprise_name="嘉兴经开电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热水器",
            model="DSZF-60",
            recall_type="主动召回",
            quantity=980,
            quantity_unit="台",
            defect="漏电保护装置失效",
            date="2024-04-02",
            recalled=455,
        ),
        f,
    )
    s.put(
        [
            2,
            "家用电器",
            "电烤箱",
            "KX-30",
            "嘉兴经开厨电有限公司",
            c[2],
            "经开",
            "主动",
            1500,
            "台",
            "门体玻璃易爆裂",
            d(2024, 4, 24),
            320,
        ],
        ok(
            R,
            enterprise_name="嘉兴经开厨电有限公司",
            uscc=c[2],
            unit=U,
            product="电烤箱",
            model="KX-30",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="台",
            defect="门体玻璃易爆裂",
            date="2024-04-24",
            recalled=320,
        ),
        f,
    )
    # A Nanhu producer (its code carries the same region code as the zone's firms).
    s.put(
        [
            3,
            "家用电器",
            "空气炸锅",
            "AF-5",
            "嘉兴南湖小家电有限公司",
            nh[1],
            "南湖区",
            "主动",
            2600,
            "台",
            "炸篮把手易脱落",
            d(2024, 4, 26),
            800,
        ],
        no(R),
        f,
    )
    s.put(
        [
            4,
            "儿童用品",
            "儿童安全座椅",
            "KS-01",
            "嘉兴经开婴童用品有限公司",
            c[4],
            "经开",
            "主动",
            1260,
            "个",
            "卡扣强度不足",
            d(2024, 4, 9),
            1260,
        ],
        ok(
            R,
            enterprise_name="嘉兴经开婴童用品有限公司",
            uscc=c[4],
            unit=U,
            product="儿童安全座椅",
            model="KS-01",
            recall_type="主动召回",
            quantity=1260,
            quantity_unit="个",
            defect="卡扣强度不足",
            date="2024-04-09",
            recalled=1260,
        ),
        f,
    )
    # The same recall typed again under the next class.
    s.put(
        [
            5,
            "儿童用品",
            "儿童安全座椅",
            "KS-01",
            "嘉兴经开婴童用品有限公司",
            c[4],
            "经开",
            "主动",
            1260,
            "个",
            "卡扣强度不足",
            d(2024, 4, 9),
            1260,
        ],
        no(R),
        f,
    )
    s.put(
        [
            6,
            "电子电器",
            "移动电源",
            "PB-10000",
            "浙江嘉经电子科技有限公司",
            c[6],
            "嘉兴经开区",
            "责令",
            4300,
            "个",
            "电芯过热，存在起火风险",
            d(2024, 4, 15),
            1870,
        ],
        ok(
            R,
            enterprise_name="浙江嘉经电子科技有限公司",
            uscc=c[6],
            unit=U,
            product="移动电源",
            model="PB-10000",
            recall_type="责令召回",
            quantity=4300,
            quantity_unit="个",
            defect="电芯过热，存在起火风险",
            date="2024-04-15",
            recalled=1870,
        ),
        f,
    )
    s.put(
        [
            7,
            "文教体育用品",
            "儿童滑板车",
            "HB-3",
            "嘉兴城南运动器材有限公司",
            c[7],
            "经开",
            "主动",
            640,
            "辆",
            "折叠锁扣易松脱",
            d(2024, 4, 18),
            0,
        ],
        ok(
            R,
            enterprise_name="嘉兴城南运动器材有限公司",
            uscc=c[7],
            unit=U,
            product="儿童滑板车",
            model="HB-3",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="辆",
            defect="折叠锁扣易松脱",
            date="2024-04-18",
            recalled=0,
        ),
        f,
    )
    s.put(["备注：产品类别按《消费品召回管理暂行规定》分类填写。"])
    s.merge(f"A{s.n}:M{s.n}")
    return Case(
        "jingkai_2024-04_recall_product_class.xlsx",
        U,
        "2024-04",
        "召回情况表 sorted by a 产品类别 column (家用电器 / 儿童用品 / 电子电器 / 文教体育用品), the product and model "
        "before the producer, 属地 经开 / 嘉兴经开区, 召回方式 主动 / 责令, 召回数量 / 计量单位 / 已完成召回数量; a "
        "Nanhu producer; one recall typed twice",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def nanhu_recall_station_column() -> Case:
    """召回月报 with a 属地监管所 column (the unit's 所, no field) and no county column; 已召回数量 before 单位."""
    U, c = "南湖区", Firms("南湖区", "h11-r-station")
    x = XBook()
    s = x.sheet("召回")
    s.title("南湖区缺陷产品召回情况月报（2024年10月）", 12)
    s.put(
        [
            "序号",
            "属地监管所",
            "生产者名称",
            "统一社会信用代码",
            "产品名称",
            "规格型号",
            "召回类型",
            "涉及数量",
            "已召回数量",
            "单位",
            "存在的缺陷",
            "召回日期",
        ],
        bold=True,
    )
    s.widths(6, 12, 30, 22, 16, 12, 10, 10, 10, 6, 26, 16)
    f = CN_DATE
    s.put(
        [
            1,
            "东栅所",
            "嘉兴市南湖区东栅电器有限公司",
            c[1],
            "暖风机",
            "NF-2000",
            "主动召回",
            1800,
            760,
            "台",
            "温控器失灵致外壳过热",
            d(2024, 10, 8),
        ],
        ok(
            R,
            enterprise_name="嘉兴市南湖区东栅电器有限公司",
            uscc=c[1],
            unit=U,
            product="暖风机",
            model="NF-2000",
            recall_type="主动召回",
            quantity=1800,
            recalled=760,
            quantity_unit="台",
            defect="温控器失灵致外壳过热",
            date="2024-10-08",
        ),
        f,
    )
    s.put(
        [
            2,
            "七星所",
            "嘉兴七星童车有限公司",
            c[2],
            "儿童三轮车",
            "QX-T3",
            "主动召回",
            520,
            210,
            "辆",
            "脚踏板易断裂",
            d(2024, 10, 11),
        ],
        ok(
            R,
            enterprise_name="嘉兴七星童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童三轮车",
            model="QX-T3",
            recall_type="主动召回",
            quantity=520,
            recalled=210,
            quantity_unit="辆",
            defect="脚踏板易断裂",
            date="2024-10-11",
        ),
        f,
    )
    s.put(
        [
            3,
            "新丰所",
            "嘉兴新丰压缩机有限公司",
            c[3],
            "冰箱压缩机",
            "QD-110",
            "主动召回",
            3600,
            3600,
            "台",
            "启动继电器触点粘连",
            d(2024, 10, 14),
        ],
        ok(
            R,
            enterprise_name="嘉兴新丰压缩机有限公司",
            uscc=c[3],
            unit=U,
            product="冰箱压缩机",
            model="QD-110",
            recall_type="主动召回",
            quantity=3600,
            recalled=3600,
            quantity_unit="台",
            defect="启动继电器触点粘连",
            date="2024-10-14",
        ),
        f,
    )
    # A typo in the code's last character.
    s.put(
        [
            4,
            "大桥所",
            "嘉兴大桥五金工具有限公司",
            wrong_check(c[4]),
            "电动螺丝刀",
            "DL-36",
            "主动召回",
            900,
            150,
            "把",
            "电池过充保护失效",
            d(2024, 10, 17),
        ],
        no(R),
        f,
    )
    s.put(
        [
            5,
            "凤桥所",
            "嘉兴凤桥灯具有限公司",
            c[5],
            "吸顶灯",
            "XD-450",
            "主动召回",
            1350,
            420,
            "盏",
            "灯罩卡扣易脱落，存在坠落风险",
            d(2024, 10, 21),
        ],
        ok(
            R,
            enterprise_name="嘉兴凤桥灯具有限公司",
            uscc=c[5],
            unit=U,
            product="吸顶灯",
            model="XD-450",
            recall_type="主动召回",
            quantity=1350,
            recalled=420,
            quantity_unit="盏",
            defect="灯罩卡扣易脱落，存在坠落风险",
            date="2024-10-21",
        ),
        f,
    )
    s.put(
        [
            6,
            "余新所",
            "嘉兴余新玩具有限公司",
            c[6],
            "毛绒玩具",
            "MR-25",
            "责令召回",
            2200,
            0,
            "件",
            "小零件易脱落",
            d(2024, 10, 23),
        ],
        ok(
            R,
            enterprise_name="嘉兴余新玩具有限公司",
            uscc=c[6],
            unit=U,
            product="毛绒玩具",
            model="MR-25",
            recall_type="责令召回",
            quantity=2200,
            recalled=0,
            quantity_unit="件",
            defect="小零件易脱落",
            date="2024-10-23",
        ),
        f,
    )
    s.put(
        [
            7,
            "东栅所",
            "嘉兴市南湖区东栅电器有限公司",
            c[1],
            "电热取暖桌",
            "QN-80",
            "主动召回",
            450,
            120,
            "台",
            "电源线绝缘破损",
            d(2024, 10, 28),
        ],
        ok(
            R,
            enterprise_name="嘉兴市南湖区东栅电器有限公司",
            uscc=c[1],
            unit=U,
            product="电热取暖桌",
            model="QN-80",
            recall_type="主动召回",
            quantity=450,
            recalled=120,
            quantity_unit="台",
            defect="电源线绝缘破损",
            date="2024-10-28",
        ),
        f,
    )
    s.put(["合计", None, None, None, None, None, None, 10820, 5260])
    s.put(["填报单位：南湖区市场监督管理局质量发展科", None, None, None, None, None, None, None, "填报人：顾佳"])
    return Case(
        "nanhu_2024-10_recall_station_column.xlsx",
        U,
        "2024-10",
        "召回情况月报 with a 属地监管所 column (东栅所 / 七星所 / 新丰所 …, the 所 supervising the producer) and no "
        "county column; 已召回数量 before 单位; 合计 of quantities; one producer with two recalls; a wrong check "
        "character",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def jiashan_green_basis_column() -> Case:
    """绿色产品认证获证情况表 with 认证依据 (GB/T 3560x) and 认证机构 columns, no status column."""
    U, c, xz = "嘉善县", Firms("嘉善县", "h11-g-basis"), Firms("秀洲区", "h11-g-basis-xz")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("嘉善县绿色产品认证获证企业情况表（2024年2月）", 11)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "认证依据",
            "认证机构",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 16, 18, 18, 30, 18, 14, 14)
    f = CN_DATE
    cqc, ctc = "中国质量认证中心", "中国建材检验认证集团股份有限公司"
    s.put(
        [
            1,
            "嘉善县姚庄木业有限公司",
            c[1],
            "嘉善县",
            "实木复合地板",
            "人造板和木质地板",
            "GB/T 35601-2017",
            cqc,
            "CQC24G0310R0S",
            d(2024, 2, 2),
            d(2029, 2, 1),
        ],
        ok(
            G,
            enterprise_name="嘉善县姚庄木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木复合地板",
            category="人造板和木质地板",
            status="已获证",
            cert_no="CQC24G0310R0S",
            issue_date="2024-02-02",
            valid_until="2029-02-01",
        ),
        f,
    )
    s.put(
        [
            2,
            "浙江嘉善天凝家具有限公司",
            c[2],
            "嘉善县",
            "办公桌",
            "家具",
            "GB/T 35607-2017",
            ctc,
            "CTC24G0127",
            d(2024, 2, 6),
            d(2029, 2, 5),
        ],
        ok(
            G,
            enterprise_name="浙江嘉善天凝家具有限公司",
            uscc=c[2],
            unit=U,
            product="办公桌",
            category="家具",
            status="已获证",
            cert_no="CTC24G0127",
            issue_date="2024-02-06",
            valid_until="2029-02-05",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉善县罗星纺织有限公司",
            c[3],
            "嘉善县",
            "窗帘布",
            "纺织产品",
            "GB/T 35611-2017",
            cqc,
            "CQC24G0342R0S",
            d(2024, 2, 18),
            d(2029, 2, 17),
        ],
        ok(
            G,
            enterprise_name="嘉善县罗星纺织有限公司",
            uscc=c[3],
            unit=U,
            product="窗帘布",
            category="纺织产品",
            status="已获证",
            cert_no="CQC24G0342R0S",
            issue_date="2024-02-18",
            valid_until="2029-02-17",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉善县大云塑业有限公司",
            c[4],
            "嘉善县",
            "塑料收纳箱",
            "塑料制品",
            "GB/T 37866-2019",
            cqc,
            "CQC24G0355R0S",
            d(2024, 2, 20),
            d(2029, 2, 19),
        ],
        ok(
            G,
            enterprise_name="嘉善县大云塑业有限公司",
            uscc=c[4],
            unit=U,
            product="塑料收纳箱",
            category="塑料制品",
            status="已获证",
            cert_no="CQC24G0355R0S",
            issue_date="2024-02-20",
            valid_until="2029-02-19",
        ),
        f,
    )
    # A Xiuzhou firm on Jiashan's list.
    s.put(
        [
            5,
            "嘉兴市秀洲区王江泾纺织有限公司",
            xz[1],
            "秀洲区",
            "床上用品",
            "纺织产品",
            "GB/T 35611-2017",
            cqc,
            "CQC24G0360R0S",
            d(2024, 2, 22),
            d(2029, 2, 21),
        ],
        no(G),
        f,
    )
    s.put(
        [
            6,
            "嘉善县干窑涂料有限公司",
            c[6],
            "嘉善县",
            "水性外墙涂料",
            "涂料",
            "GB/T 35602-2017",
            ctc,
            "CTC24G0139",
            d(2024, 2, 26),
            d(2029, 2, 25),
        ],
        ok(
            G,
            enterprise_name="嘉善县干窑涂料有限公司",
            uscc=c[6],
            unit=U,
            product="水性外墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CTC24G0139",
            issue_date="2024-02-26",
            valid_until="2029-02-25",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉善县惠民卫浴有限公司",
            c[7],
            "嘉善县",
            "陶瓷洗面器",
            "卫生陶瓷",
            "GB/T 35603-2017",
            ctc,
            "CTC24G0142",
            d(2024, 2, 28),
            d(2029, 2, 27),
        ],
        ok(
            G,
            enterprise_name="嘉善县惠民卫浴有限公司",
            uscc=c[7],
            unit=U,
            product="陶瓷洗面器",
            category="卫生陶瓷",
            status="已获证",
            cert_no="CTC24G0142",
            issue_date="2024-02-28",
            valid_until="2029-02-27",
        ),
        f,
    )
    s.put(["合计", "7张证书"])
    s.put(["填表人：沈晓燕", None, None, None, None, None, None, "联系电话：0573-84236518"])
    return Case(
        "jiashan_2024-02_green_basis_column.xlsx",
        U,
        "2024-02",
        "绿色产品认证获证企业情况表 with 认证依据 (GB/T 35601-2017 …, the green-product standard) and 认证机构 "
        "columns between 产品类别 and 证书编号, no status column, dates shown 2024年2月2日; 合计 and 填表人 lines; "
        "a Xiuzhou firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def gangqu_green_plain_xls() -> Case:
    """The zone's plain Excel 97-2003 list in its own header words (企业（单位）名称, 统一代码, 区域, 进展 …)."""
    U, c, ph = "嘉兴港区", Firms("嘉兴港区", "h11-g-plain"), Firms("平湖市", "h11-g-plain-ph")
    x = XlsBook()
    s = x.sheet("港区3月")
    s.put(["嘉兴港区绿色产品认证培育及获证情况（2024年3月）"])
    s.ws.merge(0, 0, 0, 10)
    s.put(
        [
            "序号",
            "企业（单位）名称",
            "统一代码",
            "区域",
            "认证产品",
            "认证目录",
            "进展",
            "入库日期",
            "证书号",
            "颁证日期",
            "证书有效期",
        ]
    )
    s.put(
        [
            1,
            "浙江乍浦化学建材有限公司",
            c[1],
            "港区",
            "水性防水涂料",
            "涂料",
            "已发证",
            "/",
            "CGP2403T0041",
            "2024.03.05",
            "2029.03.04",
        ],
        ok(
            G,
            enterprise_name="浙江乍浦化学建材有限公司",
            uscc=c[1],
            unit=U,
            product="水性防水涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2403T0041",
            issue_date="2024-03-05",
            valid_until="2029-03-04",
        ),
    )
    s.put(
        [
            2,
            "嘉兴港区美福家居有限公司",
            c[2],
            "嘉兴港区",
            "刨花板",
            "人造板和木质地板",
            "辅导中",
            "2024.03.08",
            "/",
            "/",
            "/",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区美福家居有限公司",
            uscc=c[2],
            unit=U,
            product="刨花板",
            category="人造板和木质地板",
            status="培育中",
            start_date="2024-03-08",
        ),
    )
    s.put(
        [
            3,
            "嘉兴港区乍浦塑胶有限公司",
            c[3],
            "港区",
            "塑料保鲜盒",
            "塑料制品",
            "已发证",
            "2023.10.16",
            "CGP2403P0017",
            "2024.03.12",
            "2029.03.11",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦塑胶有限公司",
            uscc=c[3],
            unit=U,
            product="塑料保鲜盒",
            category="塑料制品",
            status="已获证",
            start_date="2023-10-16",
            cert_no="CGP2403P0017",
            issue_date="2024-03-12",
            valid_until="2029-03-11",
        ),
    )
    # A Pinghu firm (same region code as the zone's firms) on the zone's list.
    s.put(
        [4, "平湖市全塘纸业有限公司", ph[1], "平湖市", "生活用纸", "纸和纸制品", "辅导中", "2024.03.15", "/", "/", "/"],
        no(G),
    )
    s.put(
        [
            5,
            "嘉兴港区恒通纺织有限公司",
            c[5],
            "嘉兴港区",
            "涤纶面料",
            "纺织产品",
            "辅导中",
            "2024.03.19",
            "/",
            "/",
            "/",
        ],
        ok(
            G,
            enterprise_name="嘉兴港区恒通纺织有限公司",
            uscc=c[5],
            unit=U,
            product="涤纶面料",
            category="纺织产品",
            status="培育中",
            start_date="2024-03-19",
        ),
    )
    s.put(
        [
            6,
            "浙江嘉港新材料有限公司",
            c[6],
            "港区",
            "岩棉保温板",
            "绝热材料",
            "已发证",
            "/",
            "CGP2403B0052",
            "2024.03.22",
            "2027.03.21",
        ],
        ok(
            G,
            enterprise_name="浙江嘉港新材料有限公司",
            uscc=c[6],
            unit=U,
            product="岩棉保温板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2403B0052",
            issue_date="2024-03-22",
            valid_until="2027-03-21",
        ),
    )
    s.put(
        [7, "嘉兴港区东方涂料有限公司", c[7], "港区", "水性木器漆", "涂料", "辅导中", "2024.03.27", "/", "/", "/"],
        ok(
            G,
            enterprise_name="嘉兴港区东方涂料有限公司",
            uscc=c[7],
            unit=U,
            product="水性木器漆",
            category="涂料",
            status="培育中",
            start_date="2024-03-27",
        ),
    )
    return Case(
        "gangqu_2024-03_green_plain_xls.xls",
        U,
        "2024-03",
        "the zone's plain Excel 97-2003 list on sheet 港区3月 in its clerk's own header words (企业（单位）名称, "
        "统一代码, 区域, 认证产品, 认证目录, 进展 已发证 / 辅导中, 入库日期, 证书号, 颁证日期, 证书有效期); dates "
        "typed as text 2024.03.05, / for what a row lacks; a Pinghu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def pinghu_three_same_category_ticks() -> Case:
    """三同 list with 产品类别 merged over 食品农产品 | 一般消费品 | 工业品 tick columns (√)."""
    U, c, gq = "平湖市", Firms("平湖市", "h11-t-ticks"), Firms("嘉兴港区", "h11-t-ticks-gq")
    x = XBook()
    s = x.sheet("三同")
    s.title("平湖市内外销产品“同线同标同质”企业名单（2025年1月）", 10)
    top = s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            None,
            None,
            "声明日期",
            "是否入驻平台",
        ],
        bold=True,
    )
    s.put([None] * 5 + ["食品农产品", "一般消费品", "工业品"], bold=True)
    for col in "ABCDEIJ":
        s.merge(f"{col}{top}:{col}{top + 1}")
    s.merge(f"F{top}:H{top}")
    s.widths(6, 30, 22, 12, 16, 10, 10, 10, 14, 10)
    s.put(
        [1, "平湖市新仓农业开发有限公司", c[1], "平湖市", "速冻甜玉米", "√", None, None, d(2025, 1, 6), "是"],
        ok(
            T,
            enterprise_name="平湖市新仓农业开发有限公司",
            uscc=c[1],
            unit=U,
            product="速冻甜玉米",
            category="食品农产品",
            date="2025-01-06",
            on_platform=True,
        ),
    )
    s.put(
        [2, "平湖市景兴包装材料有限公司", c[2], "平湖市", "瓦楞纸箱", None, None, "√", d(2025, 1, 8), "是"],
        ok(
            T,
            enterprise_name="平湖市景兴包装材料有限公司",
            uscc=c[2],
            unit=U,
            product="瓦楞纸箱",
            category="工业品",
            date="2025-01-08",
            on_platform=True,
        ),
    )
    s.put(
        [3, "平湖市当湖箱包有限公司", c[3], "平湖市", "拉杆箱", None, "√", None, d(2025, 1, 10), "否"],
        ok(
            T,
            enterprise_name="平湖市当湖箱包有限公司",
            uscc=c[3],
            unit=U,
            product="拉杆箱",
            category="一般消费品",
            date="2025-01-10",
            on_platform=False,
        ),
    )
    s.put(
        [4, "平湖市新埭光伏科技有限公司", c[4], "平湖市", "光伏逆变器", None, None, "√", d(2025, 1, 14), "是"],
        ok(
            T,
            enterprise_name="平湖市新埭光伏科技有限公司",
            uscc=c[4],
            unit=U,
            product="光伏逆变器",
            category="工业品",
            date="2025-01-14",
            on_platform=True,
        ),
    )
    # A 嘉兴港区 firm: the zone reports it.
    s.put(
        [5, "嘉兴港区乍浦食品有限公司", gq[1], "嘉兴港区", "即食海苔", "√", None, None, d(2025, 1, 16), "是"],
        no(T),
    )
    s.put(
        [6, "平湖市广陈童装有限公司", c[6], "平湖市", "婴儿连体衣", None, "√", None, d(2025, 1, 20), "是"],
        ok(
            T,
            enterprise_name="平湖市广陈童装有限公司",
            uscc=c[6],
            unit=U,
            product="婴儿连体衣",
            category="一般消费品",
            date="2025-01-20",
            on_platform=True,
        ),
    )
    s.put(
        [7, "平湖市曹桥菌业有限公司", c[7], "平湖市", "鲜香菇", "√", None, None, d(2025, 1, 23), "否"],
        ok(
            T,
            enterprise_name="平湖市曹桥菌业有限公司",
            uscc=c[7],
            unit=U,
            product="鲜香菇",
            category="食品农产品",
            date="2025-01-23",
            on_platform=False,
        ),
    )
    s.put(
        [8, "平湖市林埭服装有限公司", c[8], "平湖市", "羽绒服", None, "√", None, None, "是"],
        ok(
            T,
            enterprise_name="平湖市林埭服装有限公司",
            uscc=c[8],
            unit=U,
            product="羽绒服",
            category="一般消费品",
            on_platform=True,
        ),
    )
    s.put(["合计", None, None, None, "8个", 3, 3, 2])
    return Case(
        "pinghu_2025-01_three_same_category_ticks.xlsx",
        U,
        "2025-01",
        "三同 名单 with 产品类别 merged over three tick columns 食品农产品 / 一般消费品 / 工业品 (√ under one), other "
        "headers merged down two rows; 是否入驻平台 是 / 否; an empty 声明日期; 合计 of ticks; a 嘉兴港区 firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def jiashan_three_same_line_standard_quality() -> Case:
    """三同 企业名单 with 是否同线生产 | 是否同标生产 | 是否同质 columns (no fields) before the declaration."""
    U, c = "嘉善县", Firms("嘉善县", "h11-t-lsq")
    x = XBook()
    s = x.sheet("三同企业名单")
    s.title("嘉善县“同线同标同质”产品企业名单（2024年1月）", 11)
    s.put(["填报单位（盖章）：嘉善县市场监督管理局", None, None, None, None, None, None, None, "2024年2月4日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "是否同线生产",
            "是否同标生产",
            "是否同质",
            "自我声明日期",
            "是否入驻“三同”平台",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 16, 12, 10, 10, 10, 14, 12)
    s.put(
        [1, "嘉善县西塘黄酒有限公司", c[1], "嘉善县", "黄酒", "食品", "是", "是", "是", d(2024, 1, 5), "是"],
        ok(
            T,
            enterprise_name="嘉善县西塘黄酒有限公司",
            uscc=c[1],
            unit=U,
            product="黄酒",
            category="食品农产品",
            date="2024-01-05",
            on_platform=True,
        ),
    )
    s.put(
        [2, "浙江嘉善姚庄家具有限公司", c[2], "嘉善县", "实木餐椅", "消费品", "是", "是", "是", d(2024, 1, 9), "是"],
        ok(
            T,
            enterprise_name="浙江嘉善姚庄家具有限公司",
            uscc=c[2],
            unit=U,
            product="实木餐椅",
            category="一般消费品",
            date="2024-01-09",
            on_platform=True,
        ),
    )
    s.put(
        [3, "嘉善县魏塘五金有限公司", c[3], "嘉善县", "不锈钢门铰链", "工业品", "是", "是", "是", d(2024, 1, 11), "否"],
        ok(
            T,
            enterprise_name="嘉善县魏塘五金有限公司",
            uscc=c[3],
            unit=U,
            product="不锈钢门铰链",
            category="工业品",
            date="2024-01-11",
            on_platform=False,
        ),
    )
    s.put(
        [
            4,
            "嘉善县大云巧克力食品有限公司",
            c[4],
            "嘉善县",
            "黑巧克力",
            "食品农产品",
            "是",
            "是",
            "是",
            d(2024, 1, 16),
            "是",
        ],
        ok(
            T,
            enterprise_name="嘉善县大云巧克力食品有限公司",
            uscc=c[4],
            unit=U,
            product="黑巧克力",
            category="食品农产品",
            date="2024-01-16",
            on_platform=True,
        ),
    )
    # The product was never filled in.
    s.put(
        [5, "嘉善县陶庄童装有限公司", c[5], "嘉善县", None, "消费品", "是", "是", "是", d(2024, 1, 18), "是"],
        no(T),
    )
    s.put(
        [6, "嘉善县惠民电子有限公司", c[6], "嘉善县", "电源适配器", "工业品", "是", "是", "是", d(2024, 1, 22), "是"],
        ok(
            T,
            enterprise_name="嘉善县惠民电子有限公司",
            uscc=c[6],
            unit=U,
            product="电源适配器",
            category="工业品",
            date="2024-01-22",
            on_platform=True,
        ),
    )
    s.put(
        [
            7,
            "嘉善县干窑竹木制品有限公司",
            c[7],
            "嘉善县",
            "竹砧板",
            "一般消费品",
            "是",
            "是",
            "是",
            d(2024, 1, 25),
            "否",
        ],
        ok(
            T,
            enterprise_name="嘉善县干窑竹木制品有限公司",
            uscc=c[7],
            unit=U,
            product="竹砧板",
            category="一般消费品",
            date="2024-01-25",
            on_platform=False,
        ),
    )
    s.put(["说明：“三同”指企业在同一生产线、按相同的标准和质量要求生产内外销产品。"])
    s.merge(f"A{s.n}:K{s.n}")
    return Case(
        "jiashan_2024-01_three_same_line_standard_quality.xlsx",
        U,
        "2024-01",
        "三同 企业名单 with the declaration's three answers 是否同线生产 / 是否同标生产 / 是否同质 (all 是) before "
        "自我声明日期 and 是否入驻“三同”平台; 填报单位（盖章） line; 产品类别 食品 / 消费品 / 工业品; a 说明 line; "
        "an empty product",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


@case
def tongxiang_three_same_brand_columns() -> Case:
    """三同 list with 品牌（商标） and 年外销额（万美元） columns (no fields) and an ordinary 备注."""
    U, c, hn = "桐乡市", Firms("桐乡市", "h11-t-brand"), Firms("海宁市", "h11-t-brand-hn")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("桐乡市“三同”产品情况表（2024年10月）", 11)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "品牌（商标）",
            "产品类别",
            "年外销额（万美元）",
            "声明日期",
            "是否入驻“三同”平台",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 16, 12, 12, 12, 14, 12, 14)
    f = "yyyy/m/d"
    s.put(
        [
            1,
            "桐乡市濮院羊毛衫有限公司",
            c[1],
            "桐乡市",
            "羊毛衫",
            "濮丽",
            "一般消费品",
            320,
            d(2024, 10, 8),
            "是",
            "首次声明",
        ],
        ok(
            T,
            enterprise_name="桐乡市濮院羊毛衫有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            category="一般消费品",
            date="2024-10-08",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "桐乡市崇福皮草有限公司", c[2], "桐乡市", "羊剪绒大衣", "崇裘", "一般消费品", 185, d(2024, 10, 10), "是"],
        ok(
            T,
            enterprise_name="桐乡市崇福皮草有限公司",
            uscc=c[2],
            unit=U,
            product="羊剪绒大衣",
            category="一般消费品",
            date="2024-10-10",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [
            3,
            "桐乡市乌镇酱园有限公司",
            c[3],
            "桐乡市",
            "酱鸭",
            "乌香",
            "食品农产品",
            42,
            d(2024, 10, 15),
            "否",
            "拟下月入驻",
        ],
        ok(
            T,
            enterprise_name="桐乡市乌镇酱园有限公司",
            uscc=c[3],
            unit=U,
            product="酱鸭",
            category="食品农产品",
            date="2024-10-15",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [4, "桐乡市洲泉化纤有限公司", c[4], "桐乡市", "涤纶长丝", "洲纤", "工业品", 1260, d(2024, 10, 17), "是"],
        ok(
            T,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶长丝",
            category="工业品",
            date="2024-10-17",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [5, "桐乡市河山菊业有限公司", c[5], "桐乡市", "杭白菊", "/", "食品农产品", 28, d(2024, 10, 21), "是"],
        ok(
            T,
            enterprise_name="桐乡市河山菊业有限公司",
            uscc=c[5],
            unit=U,
            product="杭白菊",
            category="食品农产品",
            date="2024-10-21",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [6, "桐乡市梧桐蚕丝被有限公司", c[6], "桐乡市", "蚕丝被", "桐丝", "一般消费品", 96, d(2024, 10, 24), "是"],
        ok(
            T,
            enterprise_name="桐乡市梧桐蚕丝被有限公司",
            uscc=c[6],
            unit=U,
            product="蚕丝被",
            category="一般消费品",
            date="2024-10-24",
            on_platform=True,
        ),
        f,
    )
    # A Haining firm on Tongxiang's list.
    s.put(
        [7, "海宁市许村家纺有限公司", hn[1], "海宁市", "沙发布", "许纺", "一般消费品", 210, d(2024, 10, 25), "是"],
        no(T),
        f,
    )
    s.put(
        [8, "桐乡市石门电机有限公司", c[8], "桐乡市", "微型电机", "石电", "工业品", 540, d(2024, 10, 29), "否"],
        ok(
            T,
            enterprise_name="桐乡市石门电机有限公司",
            uscc=c[8],
            unit=U,
            product="微型电机",
            category="工业品",
            date="2024-10-29",
            on_platform=False,
        ),
        f,
    )
    s.put(["合计", "8个产品", None, None, None, None, None, 2681])
    return Case(
        "tongxiang_2024-10_three_same_brand_columns.xlsx",
        U,
        "2024-10",
        "三同产品情况表 with 品牌（商标） and 年外销额（万美元） columns between the product and the declaration, "
        "an ordinary 备注 (首次声明, 拟下月入驻), 合计 of 外销额; dates shown 2024/10/8; a Haining firm",
        True,
        x.data(),
        x.rows,
        holdout_set=11,
    )


# =============================================================================================
# Holdout set 12: ordinary layouts from other clerks over a year, some with one real-world quirk each
# =============================================================================================
@case
def jiashan_benchmarking_two_standards() -> Case:
    """对标达标情况表 where a product benchmarked against two standards names both in one cell (、)."""
    U, c = "嘉善县", Firms("嘉善县", "h12-b-pairs")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("嘉善县企业标准对标达标情况表", 9)
    s.put(["（2025年6月）"])
    s.merge("A2:I2")
    s.ws["A2"].alignment = Alignment(horizontal="center")
    s.put(["填报单位（盖章）：嘉善县市场监督管理局", None, None, None, None, None, "填报日期：2025年7月2日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "对标产品名称",
            "对标国际标准（国外先进标准）",
            "对标结果",
            "完成时间",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 34, 10, 16, 18)
    f = CN_DATE
    s.put(
        [
            1,
            "浙江嘉善华翔家具有限公司",
            c[1],
            "嘉善县",
            "实木餐椅",
            "EN 12520:2015、EN 1728:2012",
            "优于",
            d(2025, 6, 4),
            "同时对标两项标准",
        ],
        ok(
            B,
            enterprise_name="浙江嘉善华翔家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木餐椅",
            standard_no="EN 12520:2015、EN 1728:2012",
            result="优于",
            date="2025-06-04",
        ),
        f,
    )
    s.put(
        [2, "嘉善县姚庄木门有限公司", c[2], "嘉善县", "实木复合门", "EN 14351-1:2006+A2:2016", "达到", d(2025, 6, 6)],
        ok(
            B,
            enterprise_name="嘉善县姚庄木门有限公司",
            uscc=c[2],
            unit=U,
            product="实木复合门",
            standard_no="EN 14351-1:2006+A2:2016",
            result="达到",
            date="2025-06-06",
        ),
        f,
    )
    s.put(
        [3, "浙江嘉善精工轴承有限公司", c[3], "嘉善县", "圆锥滚子轴承", "ISO 355:2019", "达到", d(2025, 6, 10)],
        ok(
            B,
            enterprise_name="浙江嘉善精工轴承有限公司",
            uscc=c[3],
            unit=U,
            product="圆锥滚子轴承",
            standard_no="ISO 355:2019",
            result="达到",
            date="2025-06-10",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉善县惠民木业有限公司",
            c[4],
            "嘉善县",
            "多层实木复合地板",
            "EN 13489:2017、EN 14342:2013",
            "优于",
            d(2025, 6, 12),
            "同时对标两项标准",
        ],
        ok(
            B,
            enterprise_name="嘉善县惠民木业有限公司",
            uscc=c[4],
            unit=U,
            product="多层实木复合地板",
            standard_no="EN 13489:2017、EN 14342:2013",
            result="优于",
            date="2025-06-12",
        ),
        f,
    )
    s.put(
        [5, "嘉善县魏塘电子有限公司", c[5], "嘉善县", "片式电感器", "IEC 62024-1:2017", "达到", d(2025, 6, 13)],
        ok(
            B,
            enterprise_name="嘉善县魏塘电子有限公司",
            uscc=c[5],
            unit=U,
            product="片式电感器",
            standard_no="IEC 62024-1:2017",
            result="达到",
            date="2025-06-13",
        ),
        f,
    )
    # June has 30 days: the date typed as text cannot be read.
    s.put(
        [6, "嘉善县陶庄机械有限公司", c[6], "嘉善县", "数控折弯机", "ISO 16092-3:2017", "达到", "2025年6月31日"],
        no(B),
        f,
    )
    s.put(
        [
            7,
            "嘉善县大云家居有限公司",
            c[7],
            "嘉善县",
            "办公椅",
            "ANSI/BIFMA X5.1-2017、EN 1335-1:2020",
            "优于",
            d(2025, 6, 18),
            "同时对标两项标准",
        ],
        ok(
            B,
            enterprise_name="嘉善县大云家居有限公司",
            uscc=c[7],
            unit=U,
            product="办公椅",
            standard_no="ANSI/BIFMA X5.1-2017、EN 1335-1:2020",
            result="优于",
            date="2025-06-18",
        ),
        f,
    )
    s.put(
        [8, "嘉善县罗星五金有限公司", c[8], "嘉善县", "家具铰链", "EN 15570:2008", "达到", d(2025, 6, 20), "首次对标"],
        ok(
            B,
            enterprise_name="嘉善县罗星五金有限公司",
            uscc=c[8],
            unit=U,
            product="家具铰链",
            standard_no="EN 15570:2008",
            result="达到",
            date="2025-06-20",
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [
            9,
            "嘉善县天凝竹木制品有限公司",
            wrong_check(c[9]),
            "嘉善县",
            "竹制砧板",
            "EN 1186-1:2002",
            "达到",
            d(2025, 6, 24),
        ],
        no(B),
        f,
    )
    s.put(
        [
            10,
            "嘉善县杨庙家具有限公司",
            c[10],
            "嘉善县",
            "板式衣柜",
            "EN 16121:2013+A1:2017",
            "达到",
            d(2025, 6, 26),
        ],
        ok(
            B,
            enterprise_name="嘉善县杨庙家具有限公司",
            uscc=c[10],
            unit=U,
            product="板式衣柜",
            standard_no="EN 16121:2013+A1:2017",
            result="达到",
            date="2025-06-26",
        ),
        f,
    )
    s.put(["合计", None, None, None, "10个产品"])
    s.put(["说明：一个产品同时对标多项标准的，在“对标国际标准”栏内以顿号分隔填写。"])
    s.put(["审核人：沈建华", None, None, "填表人：顾佳琪", None, "联系电话：0573-84251906"])
    return Case(
        "jiashan_2025-06_benchmarking_two_standards.xlsx",
        U,
        "2025-06",
        "对标达标情况表: title and （2025年6月） lines, 填报单位（盖章） / 填报日期, 对标国际标准（国外先进标准） "
        "naming two standards in one cell for three products (EN 12520:2015、EN 1728:2012), 说明 and sign-off "
        "under 合计; a date 2025年6月31日; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def jingkai_benchmarking_catch_up_row() -> Case:
    """进展情况表 with 企业基本情况 / 对标情况 group headers, 联系人, a January row reported late, a repeat."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h12-b-catchup")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("嘉兴经济技术开发区企业标准对标达标提升行动进展情况表", 10)
    s.put(["统计月份：2024年2月", None, None, None, None, None, "报送单位：嘉兴市市场监督管理局经济技术开发区分局"])
    top = s.put(["序号", "企业基本情况", None, None, "对标情况", None, None, None, "联系人", "备注"], bold=True)
    s.put(
        [None, "企业名称", "统一社会信用代码", "所在区域", "对标产品", "对标的先进标准", "对标结果", "完成日期"],
        bold=True,
    )
    s.merge(f"B{top}:D{top}")
    s.merge(f"E{top}:H{top}")
    for col in "AIJ":
        s.merge(f"{col}{top}:{col}{top + 1}")
    s.widths(6, 30, 22, 12, 18, 22, 10, 14, 8, 20)
    f = "yyyy/mm/dd"
    s.put(
        [1, "嘉兴经开精密弹簧有限公司", c[1], "经开区", "压缩弹簧", "EN 13906-1:2013", "优于", d(2024, 2, 5), "周敏"],
        ok(
            B,
            enterprise_name="嘉兴经开精密弹簧有限公司",
            uscc=c[1],
            unit=U,
            product="压缩弹簧",
            standard_no="EN 13906-1:2013",
            result="优于",
            date="2024-02-05",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市城南汽车部件有限公司",
            c[2],
            "经开区",
            "汽车座椅调角器",
            "UN ECE R17",
            "达到",
            d(2024, 2, 7),
            "钱磊",
        ],
        ok(
            B,
            enterprise_name="嘉兴市城南汽车部件有限公司",
            uscc=c[2],
            unit=U,
            product="汽车座椅调角器",
            standard_no="UN ECE R17",
            result="达到",
            date="2024-02-07",
        ),
        f,
    )
    # Done in January, left out of January's return: reported now with its own date.
    s.put(
        [
            3,
            "嘉兴长水电子有限公司",
            c[3],
            "嘉兴经开区",
            "铝电解电容器",
            "IEC 60384-4:2016",
            "达到",
            d(2024, 1, 26),
            "吴芳",
            "1月完成，漏报，本月补报",
        ],
        ok(
            B,
            enterprise_name="嘉兴长水电子有限公司",
            uscc=c[3],
            unit=U,
            product="铝电解电容器",
            standard_no="IEC 60384-4:2016",
            result="达到",
            date="2024-01-26",
        ),
        f,
    )
    s.put(
        [4, "嘉兴市百味园食品有限公司", c[4], "经开区", "方便面", "CXS 249-2006", "达到", d(2024, 2, 19), "陈红"],
        ok(
            B,
            enterprise_name="嘉兴市百味园食品有限公司",
            uscc=c[4],
            unit=U,
            product="方便面",
            standard_no="CXS 249-2006",
            result="达到",
            date="2024-02-19",
        ),
        f,
    )
    s.put(
        [5, "嘉兴嘉北轴承有限公司", c[5], "经开区", "直线导轨副", "ISO 12090-1:2011", "达到", d(2024, 2, 20), "沈伟"],
        ok(
            B,
            enterprise_name="嘉兴嘉北轴承有限公司",
            uscc=c[5],
            unit=U,
            product="直线导轨副",
            standard_no="ISO 12090-1:2011",
            result="达到",
            date="2024-02-20",
        ),
        f,
    )
    s.put(
        [
            6,
            "嘉兴经开新能源科技有限公司",
            c[6],
            "经开区",
            "储能用锂离子电池组",
            "IEC 62619:2022",
            "优于",
            d(2024, 2, 22),
            "徐明",
        ],
        ok(
            B,
            enterprise_name="嘉兴经开新能源科技有限公司",
            uscc=c[6],
            unit=U,
            product="储能用锂离子电池组",
            standard_no="IEC 62619:2022",
            result="优于",
            date="2024-02-22",
        ),
        f,
    )
    s.put(
        [7, "嘉兴长水塑胶制品有限公司", c[7], "经开区", "PET瓶坯", "(EU) No 10/2011", "达到", d(2024, 2, 23), "张丽"],
        ok(
            B,
            enterprise_name="嘉兴长水塑胶制品有限公司",
            uscc=c[7],
            unit=U,
            product="PET瓶坯",
            standard_no="(EU) No 10/2011",
            result="达到",
            date="2024-02-23",
        ),
        f,
    )
    # Row 2 pasted again further down.
    s.put(
        [
            8,
            "嘉兴市城南汽车部件有限公司",
            c[2],
            "经开区",
            "汽车座椅调角器",
            "UN ECE R17",
            "达到",
            d(2024, 2, 7),
            "钱磊",
        ],
        no(B),
        f,
    )
    s.put(
        [
            9,
            "嘉兴城南照明电器有限公司",
            c[9],
            "经开区",
            "LED筒灯",
            "IEC 60598-2-2:2022",
            "达到",
            d(2024, 2, 27),
            "李强",
        ],
        ok(
            B,
            enterprise_name="嘉兴城南照明电器有限公司",
            uscc=c[9],
            unit=U,
            product="LED筒灯",
            standard_no="IEC 60598-2-2:2022",
            result="达到",
            date="2024-02-27",
        ),
        f,
    )
    s.put(["合计", "9家"])
    s.put(["填表人：王晓东", None, None, "联系电话：0573-82201357"])
    return Case(
        "jingkai_2024-02_benchmarking_catch_up_row.xlsx",
        U,
        "2024-02",
        "进展情况表: 统计月份 / 报送单位 line, 企业基本情况 and 对标情况 group headers over the fields, 序号 / "
        "联系人 / 备注 merged down, 所在区域 经开区; a January completion reported late (备注 漏报，本月补报); "
        "one row pasted twice",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def tongxiang_benchmarking_indicator_sheet() -> Case:
    """对标企业名单 with a second sheet 指标对比明细 (one row per indicator, no data); an empty 对标标准."""
    U, c = "桐乡市", Firms("桐乡市", "h12-b-detail")
    x = XBook()
    s = x.sheet("对标企业名单")
    s.title("桐乡市2025年3月企业标准对标达标名单", 9)
    s.put(["报送单位：桐乡市市场监督管理局标准化科"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "对标产品",
            "对标标准编号",
            "对标结论",
            "完成日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 20, 22, 10, 14, 22)
    f = "yyyy-m-d"
    s.put(
        [
            1,
            "桐乡市濮院针织服饰有限公司",
            c[1],
            "桐乡市",
            "羊毛针织衫",
            "ISO 12945-2:2020",
            "达到",
            d(2025, 3, 3),
            "指标对比见附表",
        ],
        ok(
            B,
            enterprise_name="桐乡市濮院针织服饰有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛针织衫",
            standard_no="ISO 12945-2:2020",
            result="达到",
            date="2025-03-03",
        ),
        f,
    )
    s.put(
        [2, "桐乡市崇福裘革制品有限公司", c[2], "桐乡市", "裘皮服装", "ISO 17234-1:2020", "达到", d(2025, 3, 5)],
        ok(
            B,
            enterprise_name="桐乡市崇福裘革制品有限公司",
            uscc=c[2],
            unit=U,
            product="裘皮服装",
            standard_no="ISO 17234-1:2020",
            result="达到",
            date="2025-03-05",
        ),
        f,
    )
    s.put(
        [
            3,
            "桐乡市乌镇电热器具有限公司",
            c[3],
            "桐乡市",
            "电热毯",
            "IEC 60335-2-17:2012",
            "优于",
            d(2025, 3, 7),
            "指标对比见附表",
        ],
        ok(
            B,
            enterprise_name="桐乡市乌镇电热器具有限公司",
            uscc=c[3],
            unit=U,
            product="电热毯",
            standard_no="IEC 60335-2-17:2012",
            result="优于",
            date="2025-03-07",
        ),
        f,
    )
    s.put(
        [
            4,
            "桐乡市梧桐玻璃纤维有限公司",
            c[4],
            "桐乡市",
            "无碱玻璃纤维无捻粗纱",
            "ISO 3341:2000",
            "优于",
            d(2025, 3, 11),
            "指标对比见附表",
        ],
        ok(
            B,
            enterprise_name="桐乡市梧桐玻璃纤维有限公司",
            uscc=c[4],
            unit=U,
            product="无碱玻璃纤维无捻粗纱",
            standard_no="ISO 3341:2000",
            result="优于",
            date="2025-03-11",
        ),
        f,
    )
    # The standard left empty: the firm had not sent it yet.
    s.put(
        [5, "桐乡市高桥化纤有限公司", c[5], "桐乡市", "涤纶低弹丝", None, "达到", d(2025, 3, 14), "对标标准待企业补充"],
        no(B),
        f,
    )
    s.put(
        [6, "桐乡市大麻光伏科技有限公司", c[6], "桐乡市", "晶硅光伏组件", "IEC 61215-1:2021", "达到", d(2025, 3, 18)],
        ok(
            B,
            enterprise_name="桐乡市大麻光伏科技有限公司",
            uscc=c[6],
            unit=U,
            product="晶硅光伏组件",
            standard_no="IEC 61215-1:2021",
            result="达到",
            date="2025-03-18",
        ),
        f,
    )
    s.put(
        [7, "桐乡市河山汽车配件有限公司", c[7], "桐乡市", "盘式制动衬片", "UN ECE R90", "达到", d(2025, 3, 20)],
        ok(
            B,
            enterprise_name="桐乡市河山汽车配件有限公司",
            uscc=c[7],
            unit=U,
            product="盘式制动衬片",
            standard_no="UN ECE R90",
            result="达到",
            date="2025-03-20",
        ),
        f,
    )
    s.put(
        [8, "桐乡市屠甸缝制设备有限公司", c[8], "桐乡市", "工业平缝机", "ISO 10821:2005", "达到", d(2025, 3, 25)],
        ok(
            B,
            enterprise_name="桐乡市屠甸缝制设备有限公司",
            uscc=c[8],
            unit=U,
            product="工业平缝机",
            standard_no="ISO 10821:2005",
            result="达到",
            date="2025-03-25",
        ),
        f,
    )
    s.put(
        [9, "桐乡市洲泉锦纶有限公司", c[9], "桐乡市", "锦纶6弹力丝", "ISO 2062:2009", "达到", d(2025, 3, 27)],
        ok(
            B,
            enterprise_name="桐乡市洲泉锦纶有限公司",
            uscc=c[9],
            unit=U,
            product="锦纶6弹力丝",
            standard_no="ISO 2062:2009",
            result="达到",
            date="2025-03-27",
        ),
        f,
    )
    s.blank()
    s.put(["制表：沈露", None, "审核：钟伟强", None, None, "报送日期：2025年4月1日"])
    # The attached comparison of key indicators: one row per indicator, no enterprise rows of their own.
    t = x.sheet("指标对比明细")
    t.title("附表：对标指标对比明细", 7)
    t.put(
        ["序号", "企业名称", "产品名称", "对标指标", "国际（国外）标准指标值", "企业标准指标值", "对比情况"],
        bold=True,
    )
    t.widths(6, 30, 20, 22, 20, 18, 10)
    t.put([1, "桐乡市濮院针织服饰有限公司", "羊毛针织衫", "起球（级）", "≥3", "≥3-4", "达到"])
    t.put([2, "桐乡市濮院针织服饰有限公司", "羊毛针织衫", "水洗尺寸变化率（%）", "-5～+3", "-3～+3", "优于"])
    t.put([3, "桐乡市乌镇电热器具有限公司", "电热毯", "泄漏电流（mA）", "≤0.75", "≤0.25", "优于"])
    t.put([4, "桐乡市乌镇电热器具有限公司", "电热毯", "绝缘电阻（MΩ）", "≥2", "≥5", "优于"])
    t.put([5, "桐乡市梧桐玻璃纤维有限公司", "无碱玻璃纤维无捻粗纱", "断裂强度（N/tex）", "≥0.35", "≥0.45", "优于"])
    t.put([6, "桐乡市梧桐玻璃纤维有限公司", "无碱玻璃纤维无捻粗纱", "含水率（%）", "≤0.10", "≤0.08", "优于"])
    return Case(
        "tongxiang_2025-03_benchmarking_indicator_sheet.xlsx",
        U,
        "2025-03",
        "对标企业名单 with 对标标准编号 / 对标结论, 备注 指标对比见附表, and a second sheet 指标对比明细 comparing key "
        "indicators one per row (企业名称, 产品名称, 对标指标, 国际标准值, 企业标准值, 对比情况), no data; an empty "
        "对标标准",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def haining_brand_mark_iqnet() -> Case:
    """品字标 月报 with a 是否同时获IQNet国际互认证书 column (no field); a firm reported 认证 without a certificate."""
    U, c = "海宁市", Firms("海宁市", "h12-p-iqnet")
    x = XBook()
    s = x.sheet("品字标")
    s.title("海宁市“品字标浙江制造”品牌培育及认证情况月报（2024年9月）", 11)
    s.put(["填报单位：海宁市市场监督管理局", None, None, None, None, None, None, None, None, "单位：家"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "入库/认证",
            "“浙江制造”标准编号",
            "认证证书编号",
            "是否同时获IQNet国际互认证书",
            "入库/认证日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 18, 10, 20, 22, 14, 14, 16)
    f = "yyyy.m.d"
    s.put(
        [
            1,
            "海宁市马桥经编有限公司",
            c[1],
            "海宁市",
            "经编涤纶面料",
            "入库",
            "T/ZZB 2301—2021",
            "/",
            "/",
            d(2024, 9, 3),
        ],
        ok(
            P,
            enterprise_name="海宁市马桥经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编涤纶面料",
            status="入库培育",
            standard_no="T/ZZB 2301—2021",
            date="2024-09-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "海宁市海昌皮革服饰有限公司",
            c[2],
            "海宁市",
            "羊皮革服装",
            "认证",
            "T/ZZB 0935—2019",
            "ZJM-001-5127-2024",
            "是",
            d(2024, 9, 5),
        ],
        ok(
            P,
            enterprise_name="海宁市海昌皮革服饰有限公司",
            uscc=c[2],
            unit=U,
            product="羊皮革服装",
            status="已认证",
            standard_no="T/ZZB 0935—2019",
            cert_no="ZJM-001-5127-2024",
            date="2024-09-05",
        ),
        f,
    )
    s.put(
        [
            3,
            "海宁市长安家纺有限公司",
            c[3],
            "海宁市",
            "提花窗帘布",
            "认证",
            "T/ZZB 1420—2019",
            "ZJM-006-5133-2024",
            "否",
            d(2024, 9, 9),
        ],
        ok(
            P,
            enterprise_name="海宁市长安家纺有限公司",
            uscc=c[3],
            unit=U,
            product="提花窗帘布",
            status="已认证",
            standard_no="T/ZZB 1420—2019",
            cert_no="ZJM-006-5133-2024",
            date="2024-09-09",
        ),
        f,
    )
    s.put(
        [
            4,
            "海宁市袁花轴承有限公司",
            c[4],
            "海宁市",
            "汽车轮毂轴承单元",
            "入库",
            "T/ZZB 0367—2018",
            "/",
            "/",
            d(2024, 9, 11),
        ],
        ok(
            P,
            enterprise_name="海宁市袁花轴承有限公司",
            uscc=c[4],
            unit=U,
            product="汽车轮毂轴承单元",
            status="入库培育",
            standard_no="T/ZZB 0367—2018",
            date="2024-09-11",
        ),
        f,
    )
    s.put(
        [5, "海宁市斜桥榨菜食品有限公司", c[5], "海宁市", "榨菜", "入库", "T/ZZB 2160—2021", "/", "/", d(2024, 9, 12)],
        ok(
            P,
            enterprise_name="海宁市斜桥榨菜食品有限公司",
            uscc=c[5],
            unit=U,
            product="榨菜",
            status="入库培育",
            standard_no="T/ZZB 2160—2021",
            date="2024-09-12",
        ),
        f,
    )
    # Reported certified while the certificate has not arrived: stored with a warning asking for the number, as
    # a 已获证 row with — is elsewhere in the corpus (nanhu_2024-07_brand_mark_pool).
    s.put(
        [
            6,
            "海宁市周王庙电子有限公司",
            c[6],
            "海宁市",
            "LED驱动电源",
            "认证",
            "T/ZZB 0531—2018",
            "/",
            "/",
            d(2024, 9, 18),
            "证书待寄达",
        ],
        ok(
            P,
            enterprise_name="海宁市周王庙电子有限公司",
            uscc=c[6],
            unit=U,
            product="LED驱动电源",
            status="已认证",
            standard_no="T/ZZB 0531—2018",
            date="2024-09-18",
        ),
        f,
    )
    s.put(
        [
            7,
            "海宁市硖石灯饰有限公司",
            c[7],
            "海宁市",
            "LED吸顶灯",
            "认证",
            "T/ZZB 0830—2018",
            "ZJM-003-5140-2024",
            "是",
            d(2024, 9, 20),
        ],
        ok(
            P,
            enterprise_name="海宁市硖石灯饰有限公司",
            uscc=c[7],
            unit=U,
            product="LED吸顶灯",
            status="已认证",
            standard_no="T/ZZB 0830—2018",
            cert_no="ZJM-003-5140-2024",
            date="2024-09-20",
        ),
        f,
    )
    s.put(
        [
            8,
            "海宁市丁桥经编有限公司",
            c[8],
            "海宁市",
            "经编间隔织物",
            "入库",
            "T/ZZB 1879—2020",
            "/",
            "/",
            d(2024, 9, 24),
        ],
        ok(
            P,
            enterprise_name="海宁市丁桥经编有限公司",
            uscc=c[8],
            unit=U,
            product="经编间隔织物",
            status="入库培育",
            standard_no="T/ZZB 1879—2020",
            date="2024-09-24",
        ),
        f,
    )
    s.put(
        [
            9,
            "海宁市黄湾五金有限公司",
            c[9],
            "海宁市",
            "不锈钢保温杯",
            "认证",
            "T/ZZB 0487—2018",
            "ZJM-005-5151-2024",
            "否",
            d(2024, 9, 26),
        ],
        ok(
            P,
            enterprise_name="海宁市黄湾五金有限公司",
            uscc=c[9],
            unit=U,
            product="不锈钢保温杯",
            status="已认证",
            standard_no="T/ZZB 0487—2018",
            cert_no="ZJM-005-5151-2024",
            date="2024-09-26",
        ),
        f,
    )
    s.put(["注：“是否同时获IQNet国际互认证书”仅已认证企业填写，入库企业填“/”。"])
    s.put(["填表人：俞佳", None, None, "审核人：陈志刚", None, None, "联系电话：0573-87012396"])
    return Case(
        "haining_2024-09_brand_mark_iqnet.xlsx",
        U,
        "2024-09",
        "品字标 月报: 填报单位 and 单位：家 line, 入库/认证 入库 / 认证, “浙江制造”标准编号, a "
        "是否同时获IQNet国际互认证书 column 是 / 否 / / (no field), 入库/认证日期 shown 2024.9.3, a note and "
        "sign-off; a firm reported 认证 with its 证书编号 / (证书待寄达)",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def pinghu_brand_mark_merged_county() -> Case:
    """附件2 情况表 with the county column merged down over every row, 联系人 / 联系电话; a wrong check character."""
    U, c = "平湖市", Firms("平湖市", "h12-p-merged")
    x = XBook()
    s = x.sheet("品字标企业")
    s.put(["附件2"])
    s.title("平湖市“品字标”企业培育认证情况表（2025年2月）", 11)
    s.put(["填报单位（盖章）：平湖市市场监督管理局", None, None, None, None, None, None, "报送日期：2025年3月4日"])
    s.put(
        [
            "序号",
            "所属县（市、区）",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "状态",
            "浙江制造标准编号",
            "证书编号",
            "日期",
            "联系人",
            "联系电话",
        ],
        bold=True,
    )
    s.widths(6, 12, 30, 22, 16, 10, 20, 22, 16, 8, 14)
    f = CN_DATE
    first = s.put(
        [
            1,
            "平湖市",
            "平湖市当湖箱包有限公司",
            c[1],
            "拉杆箱",
            "已认证",
            "T/ZZB 0106—2022",
            "ZJM-002-6011-2025",
            d(2025, 2, 10),
            "陆婷",
            "13857301126",
        ],
        ok(
            P,
            enterprise_name="平湖市当湖箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            status="已认证",
            standard_no="T/ZZB 0106—2022",
            cert_no="ZJM-002-6011-2025",
            date="2025-02-10",
        ),
        f,
    )
    s.put(
        [
            2,
            None,
            "平湖市光机电科技有限公司",
            c[2],
            "光学镜头",
            "入库培育",
            "T/ZZB 1902—2020",
            None,
            d(2025, 2, 11),
            "孙磊",
            "13957382410",
        ],
        ok(
            P,
            enterprise_name="平湖市光机电科技有限公司",
            uscc=c[2],
            unit=U,
            product="光学镜头",
            status="入库培育",
            standard_no="T/ZZB 1902—2020",
            date="2025-02-11",
        ),
        f,
    )
    s.put(
        [
            3,
            None,
            "平湖市新仓服装有限公司",
            c[3],
            "羽绒服",
            "入库培育",
            "T/ZZB 0640—2018",
            None,
            d(2025, 2, 13),
            "金燕",
        ],
        ok(
            P,
            enterprise_name="平湖市新仓服装有限公司",
            uscc=c[3],
            unit=U,
            product="羽绒服",
            status="入库培育",
            standard_no="T/ZZB 0640—2018",
            date="2025-02-13",
        ),
        f,
    )
    s.put(
        [
            4,
            None,
            "平湖市广陈食品有限公司",
            c[4],
            "速冻西兰花",
            "已认证",
            "T/ZZB 2218—2021",
            "ZJM-006-6020-2025",
            d(2025, 2, 17),
            "钱伟",
        ],
        ok(
            P,
            enterprise_name="平湖市广陈食品有限公司",
            uscc=c[4],
            unit=U,
            product="速冻西兰花",
            status="已认证",
            standard_no="T/ZZB 2218—2021",
            cert_no="ZJM-006-6020-2025",
            date="2025-02-17",
        ),
        f,
    )
    s.put(
        [5, None, "平湖市钟埭五金有限公司", c[5], "不锈钢炒锅", "入库培育", "T/ZZB 0399—2018", None, d(2025, 2, 18)],
        ok(
            P,
            enterprise_name="平湖市钟埭五金有限公司",
            uscc=c[5],
            unit=U,
            product="不锈钢炒锅",
            status="入库培育",
            standard_no="T/ZZB 0399—2018",
            date="2025-02-18",
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [
            6,
            None,
            "平湖市曹桥童车有限公司",
            wrong_check(c[6]),
            "儿童推车",
            "已认证",
            "T/ZZB 1115—2019",
            "ZJM-007-6027-2025",
            d(2025, 2, 20),
            "顾强",
        ],
        no(P),
        f,
    )
    s.put(
        [7, None, "平湖市林埭电器有限公司", c[7], "电动剃须刀", "入库培育", "T/ZZB 2542—2021", None, d(2025, 2, 21)],
        ok(
            P,
            enterprise_name="平湖市林埭电器有限公司",
            uscc=c[7],
            unit=U,
            product="电动剃须刀",
            status="入库培育",
            standard_no="T/ZZB 2542—2021",
            date="2025-02-21",
        ),
        f,
    )
    s.put(
        [
            8,
            None,
            "平湖市独山港纸业有限公司",
            c[8],
            "瓦楞原纸",
            "已认证",
            "T/ZZB 0763—2018",
            "ZJM-004-6035-2025",
            d(2025, 2, 25),
        ],
        ok(
            P,
            enterprise_name="平湖市独山港纸业有限公司",
            uscc=c[8],
            unit=U,
            product="瓦楞原纸",
            status="已认证",
            standard_no="T/ZZB 0763—2018",
            cert_no="ZJM-004-6035-2025",
            date="2025-02-25",
        ),
        f,
    )
    last = s.put(
        [9, None, "平湖市新埭电子有限公司", c[9], "电源适配器", "入库培育", "T/ZZB 0974—2019", None, d(2025, 2, 27)],
        ok(
            P,
            enterprise_name="平湖市新埭电子有限公司",
            uscc=c[9],
            unit=U,
            product="电源适配器",
            status="入库培育",
            standard_no="T/ZZB 0974—2019",
            date="2025-02-27",
        ),
        f,
    )
    s.merge(f"B{first}:B{last}")
    s.ws[f"B{first}"].alignment = CENTER
    s.put(["注：1.状态填写“入库培育”或“已认证”；2.已认证企业须填写证书编号。"])
    return Case(
        "pinghu_2025-02_brand_mark_merged_county.xlsx",
        U,
        "2025-02",
        "附件2 情况表: 附件2 line above the title, 填报单位（盖章） / 报送日期, 所属县（市、区） second and merged "
        "down over all nine rows (平湖市), 状态 入库培育 / 已认证, 联系人 / 联系电话 partly filled, a note line; "
        "a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def xiuzhou_recall_plain_xls() -> Case:
    """A plain Excel 97-2003 召回情况统计 in the clerk's words (召回企业, 召回产品, 已完成召回); an empty quantity."""
    U, c = "秀洲区", Firms("秀洲区", "h12-r-xls")
    x = XlsBook()
    s = x.sheet("缺陷产品召回")
    s.put(["秀洲区缺陷产品召回情况统计（2024年11月）"])
    s.ws.merge(0, 0, 0, 11)
    s.put(
        [
            "序号",
            "召回企业",
            "统一社会信用代码",
            "召回产品",
            "产品型号",
            "召回原因",
            "召回方式",
            "召回数量",
            "计量单位",
            "召回开始时间",
            "已完成召回",
            "备注",
        ]
    )
    f = CN_DATE
    s.put(
        [
            1,
            "嘉兴市秀洲区王江泾电器有限公司",
            c[1],
            "电暖器",
            "XZ-NQ2001",
            "倾倒开关失效，倾倒后不能断电",
            "主动召回",
            2360,
            "台",
            d(2024, 11, 4),
            1105,
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区王江泾电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖器",
            model="XZ-NQ2001",
            defect="倾倒开关失效，倾倒后不能断电",
            recall_type="主动召回",
            quantity=2360,
            quantity_unit="台",
            date="2024-11-04",
            recalled=1105,
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴新塍智能家居有限公司",
            c[2],
            "智能马桶盖",
            "ZN-M5、ZN-M6",
            "加热座圈温控失效，存在烫伤风险",
            "主动召回",
            4800,
            "台",
            d(2024, 11, 6),
            2210,
        ],
        ok(
            R,
            enterprise_name="嘉兴新塍智能家居有限公司",
            uscc=c[2],
            unit=U,
            product="智能马桶盖",
            model="ZN-M5、ZN-M6",
            defect="加热座圈温控失效，存在烫伤风险",
            recall_type="主动召回",
            quantity=4800,
            quantity_unit="台",
            date="2024-11-06",
            recalled=2210,
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴洪合童车有限公司",
            c[3],
            "儿童自行车",
            "HH-12、HH-14、HH-16",
            "前叉焊缝强度不足，存在断裂风险",
            "主动召回",
            960,
            "辆",
            d(2024, 11, 8),
            0,
        ],
        ok(
            R,
            enterprise_name="嘉兴洪合童车有限公司",
            uscc=c[3],
            unit=U,
            product="儿童自行车",
            model="HH-12、HH-14、HH-16",
            defect="前叉焊缝强度不足，存在断裂风险",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="辆",
            date="2024-11-08",
            recalled=0,
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴油车港厨电有限公司",
            c[4],
            "燃气灶",
            "JZT-2G12",
            "熄火保护装置闭阀时间超标",
            "责令召回",
            1520,
            "台",
            d(2024, 11, 12),
            380,
        ],
        ok(
            R,
            enterprise_name="嘉兴油车港厨电有限公司",
            uscc=c[4],
            unit=U,
            product="燃气灶",
            model="JZT-2G12",
            defect="熄火保护装置闭阀时间超标",
            recall_type="责令召回",
            quantity=1520,
            quantity_unit="台",
            date="2024-11-12",
            recalled=380,
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴王店小家电有限公司",
            c[5],
            "电热水壶",
            "WD-1716",
            "壶底密封圈老化导致漏电",
            "主动召回",
            6300,
            "只",
            d(2024, 11, 15),
            2870,
        ],
        ok(
            R,
            enterprise_name="嘉兴王店小家电有限公司",
            uscc=c[5],
            unit=U,
            product="电热水壶",
            model="WD-1716",
            defect="壶底密封圈老化导致漏电",
            recall_type="主动召回",
            quantity=6300,
            quantity_unit="只",
            date="2024-11-15",
            recalled=2870,
        ),
        f,
    )
    # The quantity left empty until the firm confirms it.
    s.put(
        [
            6,
            "嘉兴高照照明电器有限公司",
            c[6],
            "儿童台灯",
            "GZ-T08",
            "灯罩易脱落，小零件可被儿童吞咽",
            "主动召回",
            None,
            "台",
            d(2024, 11, 19),
            None,
            "数量待企业核实",
        ],
        no(R),
        f,
    )
    s.put(
        [
            7,
            "嘉兴秀洲新能源车业有限公司",
            c[7],
            "电动自行车",
            "XZ-TDT1201Z",
            "充电器插头温升超标",
            "主动召回",
            1180,
            "辆",
            d(2024, 11, 21),
            430,
        ],
        ok(
            R,
            enterprise_name="嘉兴秀洲新能源车业有限公司",
            uscc=c[7],
            unit=U,
            product="电动自行车",
            model="XZ-TDT1201Z",
            defect="充电器插头温升超标",
            recall_type="主动召回",
            quantity=1180,
            quantity_unit="辆",
            date="2024-11-21",
            recalled=430,
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴市油车港个护电器有限公司",
            c[8],
            "电吹风",
            "YC-2300",
            "电源线护套绝缘不良",
            "主动召回",
            3150,
            "台",
            d(2024, 11, 25),
            960,
        ],
        ok(
            R,
            enterprise_name="嘉兴市油车港个护电器有限公司",
            uscc=c[8],
            unit=U,
            product="电吹风",
            model="YC-2300",
            defect="电源线护套绝缘不良",
            recall_type="主动召回",
            quantity=3150,
            quantity_unit="台",
            date="2024-11-25",
            recalled=960,
        ),
        f,
    )
    s.put(
        [
            9,
            "嘉兴秀洲儿童用品有限公司",
            c[9],
            "儿童连帽衫",
            "110-150码",
            "帽绳过长，存在勒颈风险",
            "主动召回",
            2400,
            "件",
            d(2024, 11, 28),
            1650,
        ],
        ok(
            R,
            enterprise_name="嘉兴秀洲儿童用品有限公司",
            uscc=c[9],
            unit=U,
            product="儿童连帽衫",
            model="110-150码",
            defect="帽绳过长，存在勒颈风险",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="件",
            date="2024-11-28",
            recalled=1650,
        ),
        f,
    )
    s.put(["合计", None, None, None, None, None, None, 22670, None, None, 9605])
    s.put(["填报人：沈丽娟", None, None, "审核人：钱国华", None, None, None, "填报日期：2024年12月2日"])
    return Case(
        "xiuzhou_2024-11_recall_plain_xls.xls",
        U,
        "2024-11",
        "plain Excel 97-2003 召回情况统计 in the clerk's words (召回企业, 召回产品, 产品型号, 召回原因, 召回方式, "
        "计量单位, 召回开始时间, 已完成召回); several models joined by 、; 合计 of quantities; 填报人 / 审核人 line; "
        "an empty 召回数量",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def gangqu_recall_note_line() -> Case:
    """召回工作月报表 with a 说明 line above the header and a 召回联系人 column; a Pinghu producer's recall."""
    U, c, ph = "嘉兴港区", Firms("嘉兴港区", "h12-r-zone"), Firms("平湖市", "h12-r-zone-ph")
    x = XBook()
    s = x.sheet("召回情况")
    s.title("嘉兴港区缺陷产品召回工作月报表", 13)
    s.put(["报送月份：2025年6月", None, None, None, None, None, None, None, "报送单位：嘉兴港区分局"])
    s.put(["说明：本表填报本月新启动的召回，涉及数量含已销售和库存产品。"])
    s.merge("A3:M3")
    s.put(
        [
            "序号",
            "生产企业名称",
            "统一社会信用代码",
            "所属区域",
            "召回产品名称",
            "规格型号",
            "缺陷情况",
            "召回类型",
            "涉及数量",
            "单位",
            "召回时间",
            "已召回数量",
            "召回联系人",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 20, 14, 30, 10, 10, 6, 14, 10, 10)
    f = "yyyy/m/d"
    s.put(
        [
            1,
            "嘉兴港区乍浦电动工具有限公司",
            c[1],
            "港区",
            "角磨机",
            "JM-100A",
            "防护罩固定不牢，存在碎片飞溅伤人风险",
            "主动召回",
            1850,
            "台",
            d(2025, 6, 3),
            620,
            "朱斌",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区乍浦电动工具有限公司",
            uscc=c[1],
            unit=U,
            product="角磨机",
            model="JM-100A",
            defect="防护罩固定不牢，存在碎片飞溅伤人风险",
            recall_type="主动召回",
            quantity=1850,
            quantity_unit="台",
            date="2025-06-03",
            recalled=620,
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴港区远航轮胎有限公司",
            c[2],
            "嘉兴港区",
            "乘用车子午线轮胎",
            "205/55R16 91V",
            "胎侧存在鼓包隐患",
            "主动召回",
            3200,
            "条",
            d(2025, 6, 5),
            1460,
            "马骏",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区远航轮胎有限公司",
            uscc=c[2],
            unit=U,
            product="乘用车子午线轮胎",
            model="205/55R16 91V",
            defect="胎侧存在鼓包隐患",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="条",
            date="2025-06-05",
            recalled=1460,
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴港区东方灯具有限公司",
            c[3],
            "港区",
            "太阳能庭院灯",
            "TY-G20",
            "电池缺少保护板，存在过充起火风险",
            "主动召回",
            2750,
            "套",
            d(2025, 6, 9),
            900,
            "吴晨",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区东方灯具有限公司",
            uscc=c[3],
            unit=U,
            product="太阳能庭院灯",
            model="TY-G20",
            defect="电池缺少保护板，存在过充起火风险",
            recall_type="主动召回",
            quantity=2750,
            quantity_unit="套",
            date="2025-06-09",
            recalled=900,
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴港区美家塑料制品有限公司",
            c[4],
            "港区",
            "儿童餐具套装",
            "MJ-C05",
            "三聚氰胺迁移量超标",
            "主动召回",
            5600,
            "套",
            d(2025, 6, 12),
            5600,
            "钱芳",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区美家塑料制品有限公司",
            uscc=c[4],
            unit=U,
            product="儿童餐具套装",
            model="MJ-C05",
            defect="三聚氰胺迁移量超标",
            recall_type="主动召回",
            quantity=5600,
            quantity_unit="套",
            date="2025-06-12",
            recalled=5600,
        ),
        f,
    )
    # A Pinghu producer (its code carries 330482 as the zone's do): Pinghu reports it.
    s.put(
        [
            5,
            "平湖市新仓电器有限公司",
            ph[1],
            "平湖市",
            "电风扇",
            "FS-40",
            "网罩间隙过大，手指可触及扇叶",
            "主动召回",
            1300,
            "台",
            d(2025, 6, 16),
            260,
            "陆军",
        ],
        no(R),
        f,
    )
    s.put(
        [
            6,
            "嘉兴港区乍浦童车有限公司",
            c[6],
            "港区",
            "儿童滑板车",
            "HB-3",
            "折叠机构锁止不可靠",
            "责令召回",
            840,
            "辆",
            d(2025, 6, 18),
            120,
            "沈洁",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区乍浦童车有限公司",
            uscc=c[6],
            unit=U,
            product="儿童滑板车",
            model="HB-3",
            defect="折叠机构锁止不可靠",
            recall_type="责令召回",
            quantity=840,
            quantity_unit="辆",
            date="2025-06-18",
            recalled=120,
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴港区恒通电气有限公司",
            c[7],
            "嘉兴港区",
            "移动式插座",
            "HT-K6",
            "插套夹持力不足导致发热",
            "主动召回",
            12000,
            "只",
            d(2025, 6, 23),
            4300,
            "徐涛",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区恒通电气有限公司",
            uscc=c[7],
            unit=U,
            product="移动式插座",
            model="HT-K6",
            defect="插套夹持力不足导致发热",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="只",
            date="2025-06-23",
            recalled=4300,
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴港区金港五金有限公司",
            c[8],
            "港区",
            "家用折叠梯",
            "JG-T5",
            "铆接强度不足，存在坍塌风险",
            "主动召回",
            690,
            "架",
            d(2025, 6, 26),
            75,
            "金辉",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区金港五金有限公司",
            uscc=c[8],
            unit=U,
            product="家用折叠梯",
            model="JG-T5",
            defect="铆接强度不足，存在坍塌风险",
            recall_type="主动召回",
            quantity=690,
            quantity_unit="架",
            date="2025-06-26",
            recalled=75,
        ),
        f,
    )
    s.put(["合计", "8起"])
    s.put(["填表：邵文静", None, None, "审核：张海峰"])
    return Case(
        "gangqu_2025-06_recall_note_line.xlsx",
        U,
        "2025-06",
        "召回工作月报表: 报送月份 / 报送单位 line, a 说明 line merged across above the header, 所属区域 港区 / "
        "嘉兴港区, 召回时间 2025/6/3, a 召回联系人 column (no field), 合计 8起, 填表 / 审核 line; a Pinghu "
        "producer's recall",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def haiyan_recall_progress_update() -> Case:
    """召回月报: 一、本月新启动召回, then 二、以前月份召回进展更新 (earlier recalls' progress, no data)."""
    U, c = "海盐县", Firms("海盐县", "h12-r-update")
    x = XBook()
    s = x.sheet("召回月报")
    s.title("海盐县缺陷产品召回情况月报（2024年11月）", 11)
    s.put(["填报单位：海盐县市场监督管理局", None, None, None, None, None, None, "填报时间：2024年12月3日"])
    s.put(["一、本月新启动召回"], bold=False)
    s.put(
        [
            "序号",
            "生产者",
            "统一社会信用代码",
            "产品名称",
            "型号",
            "召回类型",
            "涉及产品数量",
            "单位",
            "缺陷描述",
            "召回开始日期",
            "已召回数量",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 16, 12, 12, 12, 12, 28, 14, 12)
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "海盐县通元小家电有限公司",
            c[1],
            "多功能料理锅",
            "TY-HG30",
            "主动召回",
            2100,
            "台",
            "内胆涂层脱落",
            d(2024, 11, 4),
            890,
        ],
        ok(
            R,
            enterprise_name="海盐县通元小家电有限公司",
            uscc=c[1],
            unit=U,
            product="多功能料理锅",
            model="TY-HG30",
            recall_type="主动召回",
            quantity=2100,
            quantity_unit="台",
            defect="内胆涂层脱落",
            date="2024-11-04",
            recalled=890,
        ),
        f,
    )
    s.put(
        [
            2,
            "海盐县秦山童车有限公司",
            c[2],
            "儿童平衡车",
            "QS-B12",
            "主动召回",
            760,
            "辆",
            "车把立管强度不足",
            d(2024, 11, 6),
            215,
        ],
        ok(
            R,
            enterprise_name="海盐县秦山童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童平衡车",
            model="QS-B12",
            recall_type="主动召回",
            quantity=760,
            quantity_unit="辆",
            defect="车把立管强度不足",
            date="2024-11-06",
            recalled=215,
        ),
        f,
    )
    s.put(
        [
            3,
            "海盐县于城灯具有限公司",
            c[3],
            "LED投光灯",
            "YC-FL100",
            "主动召回",
            1450,
            "台",
            "防护等级达不到标称的IP65",
            d(2024, 11, 11),
            300,
        ],
        ok(
            R,
            enterprise_name="海盐县于城灯具有限公司",
            uscc=c[3],
            unit=U,
            product="LED投光灯",
            model="YC-FL100",
            recall_type="主动召回",
            quantity=1450,
            quantity_unit="台",
            defect="防护等级达不到标称的IP65",
            date="2024-11-11",
            recalled=300,
        ),
        f,
    )
    s.put(
        [
            4,
            "海盐县澉浦纺织品有限公司",
            c[4],
            "儿童睡衣",
            "90-130码",
            "主动召回",
            3800,
            "套",
            "纽扣拉力不足，存在误吞风险",
            d(2024, 11, 13),
            2650,
        ],
        ok(
            R,
            enterprise_name="海盐县澉浦纺织品有限公司",
            uscc=c[4],
            unit=U,
            product="儿童睡衣",
            model="90-130码",
            recall_type="主动召回",
            quantity=3800,
            quantity_unit="套",
            defect="纽扣拉力不足，存在误吞风险",
            date="2024-11-13",
            recalled=2650,
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [
            5,
            "海盐县元通电器有限公司",
            wrong_check(c[5]),
            "取暖器",
            "YT-2201",
            "主动召回",
            2600,
            "台",
            "倾倒开关失效",
            d(2024, 11, 15),
            640,
        ],
        no(R),
        f,
    )
    s.put(
        [
            6,
            "海盐县百步五金工具有限公司",
            c[6],
            "液压千斤顶",
            "BB-3T",
            "责令召回",
            520,
            "台",
            "额定载荷下泄压",
            d(2024, 11, 20),
            110,
        ],
        ok(
            R,
            enterprise_name="海盐县百步五金工具有限公司",
            uscc=c[6],
            unit=U,
            product="液压千斤顶",
            model="BB-3T",
            recall_type="责令召回",
            quantity=520,
            quantity_unit="台",
            defect="额定载荷下泄压",
            date="2024-11-20",
            recalled=110,
        ),
        f,
    )
    s.put(
        [
            7,
            "海盐县沈荡塑业有限公司",
            c[7],
            "儿童吸管水杯",
            "SD-350",
            "主动召回",
            9600,
            "只",
            "吸管部件易脱落，存在窒息风险",
            d(2024, 11, 22),
            4100,
        ],
        ok(
            R,
            enterprise_name="海盐县沈荡塑业有限公司",
            uscc=c[7],
            unit=U,
            product="儿童吸管水杯",
            model="SD-350",
            recall_type="主动召回",
            quantity=9600,
            quantity_unit="只",
            defect="吸管部件易脱落，存在窒息风险",
            date="2024-11-22",
            recalled=4100,
        ),
        f,
    )
    s.put(
        [
            8,
            "海盐县武原厨具有限公司",
            c[8],
            "不锈钢压力锅",
            "WY-22",
            "主动召回",
            1280,
            "只",
            "安全阀排气不畅",
            d(2024, 11, 26),
            0,
        ],
        ok(
            R,
            enterprise_name="海盐县武原厨具有限公司",
            uscc=c[8],
            unit=U,
            product="不锈钢压力锅",
            model="WY-22",
            recall_type="主动召回",
            quantity=1280,
            quantity_unit="只",
            defect="安全阀排气不畅",
            date="2024-11-26",
            recalled=0,
        ),
        f,
    )
    s.put(
        [
            9,
            "海盐县望海电子有限公司",
            c[9],
            "电子体温计",
            "WH-T21",
            "主动召回",
            4500,
            "支",
            "示值误差超出允许范围",
            d(2024, 11, 28),
            1200,
        ],
        ok(
            R,
            enterprise_name="海盐县望海电子有限公司",
            uscc=c[9],
            unit=U,
            product="电子体温计",
            model="WH-T21",
            recall_type="主动召回",
            quantity=4500,
            quantity_unit="支",
            defect="示值误差超出允许范围",
            date="2024-11-28",
            recalled=1200,
        ),
        f,
    )
    s.put(["小计", "9起"])
    s.blank()
    # Earlier months' recalls, returned before: only their progress is updated here.
    s.put(["二、以前月份召回进展更新（截至2024年11月30日）"])
    s.put(
        [
            "序号",
            "生产者",
            "统一社会信用代码",
            "产品名称",
            "型号",
            "召回开始日期",
            "涉及产品数量",
            "截至本月已召回数量",
            "召回进度",
            "备注",
        ],
        bold=True,
    )
    s.put(
        [1, "海盐县西塘桥电器有限公司", c[21], "电热水袋", "XT-01", d(2024, 9, 12), 5200, 4870, "93.7%", "进行中"],
        None,
        f,
    )
    s.put(
        [2, "海盐县于城童车有限公司", c[22], "婴儿推车", "YC-S7", d(2024, 10, 8), 680, 680, "100%", "已完成"],
        None,
        f,
    )
    s.put(
        [3, "海盐县澉浦电子有限公司", c[23], "移动电源", "GP-10000", d(2024, 10, 21), 3400, 1900, "55.9%", "进行中"],
        None,
        f,
    )
    s.blank()
    s.put(["填表人：吴晓燕", None, None, "审核人：朱国强", None, None, None, "联系电话：0573-86115820"])
    return Case(
        "haiyan_2024-11_recall_progress_update.xlsx",
        U,
        "2024-11",
        "召回情况月报: 一、本月新启动召回 with 小计, then 二、以前月份召回进展更新（截至2024年11月30日） with its own "
        "header (截至本月已召回数量, 召回进度) for three recalls of September and October, returned before (no data); "
        "sign-off; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def nanhu_green_progress_table() -> Case:
    """绿色产品认证工作推进情况表: 培育中 and 已获证 mixed, 纳入培育时间 / 发证时间, 认证机构; a 经开 firm."""
    U, c, jk = "南湖区", Firms("南湖区", "h12-g-nanhu"), Firms("嘉兴经济技术开发区", "h12-g-nanhu-jk")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("南湖区绿色产品认证工作推进情况表", 13)
    s.put(["数据期间：2025年3月1日至3月31日（本月新增）"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育时间",
            "证书编号",
            "发证时间",
            "证书有效期至",
            "认证机构",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 16, 18, 10, 14, 20, 14, 14, 12, 12)
    f = "yyyy.m.d"
    s.put(
        [
            1,
            "嘉兴市南湖区凤桥家具有限公司",
            c[1],
            "南湖区",
            "实木书桌",
            "家具",
            "已获证",
            "/",
            "CQC25GP0100731",
            d(2025, 3, 4),
            d(2030, 3, 3),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市南湖区凤桥家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木书桌",
            category="家具",
            status="已获证",
            cert_no="CQC25GP0100731",
            issue_date="2025-03-04",
            valid_until="2030-03-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市七星纺织有限公司",
            c[2],
            "南湖区",
            "全棉印花床品",
            "纺织产品",
            "培育中",
            d(2025, 3, 6),
            "/",
            "/",
            "/",
        ],
        ok(
            G,
            enterprise_name="嘉兴市七星纺织有限公司",
            uscc=c[2],
            unit=U,
            product="全棉印花床品",
            category="纺织产品",
            status="培育中",
            start_date="2025-03-06",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴南湖涂料有限公司",
            c[3],
            "南湖",
            "水性木器涂料",
            "涂料",
            "已获证",
            "/",
            "CGP2503C0127",
            d(2025, 3, 10),
            d(2030, 3, 9),
            "方圆标志认证集团",
        ],
        ok(
            G,
            enterprise_name="嘉兴南湖涂料有限公司",
            uscc=c[3],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2503C0127",
            issue_date="2025-03-10",
            valid_until="2030-03-09",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴大桥纸业有限公司",
            c[4],
            "南湖区",
            "生活用纸",
            "纸和纸制品",
            "已获证",
            "/",
            "CQC25GP0100758",
            d(2025, 3, 12),
            d(2030, 3, 11),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴大桥纸业有限公司",
            uscc=c[4],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CQC25GP0100758",
            issue_date="2025-03-12",
            valid_until="2030-03-11",
        ),
        f,
    )
    # A firm of the 经开 zone (its code carries 330402 as Nanhu's do): the zone reports it.
    s.put(
        [
            5,
            "嘉兴城南新型建材有限公司",
            jk[1],
            "经开区",
            "岩棉板",
            "绝热材料",
            "已获证",
            "/",
            "CTC25GP0216",
            d(2025, 3, 14),
            d(2030, 3, 13),
            "中国建材检验认证集团",
        ],
        no(G),
        f,
    )
    s.put(
        [
            6,
            "嘉兴市新丰塑料制品有限公司",
            c[6],
            "南湖区",
            "塑料保鲜盒",
            "塑料制品",
            "培育中",
            d(2025, 3, 17),
            "/",
            "/",
            "/",
        ],
        ok(
            G,
            enterprise_name="嘉兴市新丰塑料制品有限公司",
            uscc=c[6],
            unit=U,
            product="塑料保鲜盒",
            category="塑料制品",
            status="培育中",
            start_date="2025-03-17",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴余新日化有限公司",
            c[7],
            "南湖区",
            "浓缩洗衣液",
            "洗涤用品",
            "已获证",
            "/",
            "CGP2503W0133",
            d(2025, 3, 19),
            d(2030, 3, 18),
            "方圆标志认证集团",
        ],
        ok(
            G,
            enterprise_name="嘉兴余新日化有限公司",
            uscc=c[7],
            unit=U,
            product="浓缩洗衣液",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2503W0133",
            issue_date="2025-03-19",
            valid_until="2030-03-18",
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴市南湖区东栅木业有限公司",
            c[8],
            "南湖区",
            "强化木地板",
            "人造板和木质地板",
            "培育中",
            d(2025, 3, 24),
            "/",
            "/",
            "/",
            None,
            "拟5月申请",
        ],
        ok(
            G,
            enterprise_name="嘉兴市南湖区东栅木业有限公司",
            uscc=c[8],
            unit=U,
            product="强化木地板",
            category="人造板和木质地板",
            status="培育中",
            start_date="2025-03-24",
        ),
        f,
    )
    s.put(
        [
            9,
            "嘉兴市南湖区大桥门窗有限公司",
            c[9],
            "南湖区",
            "中空玻璃",
            "建筑玻璃",
            "已获证",
            "/",
            "CTC25GP0221",
            d(2025, 3, 27),
            d(2030, 3, 26),
            "中国建材检验认证集团",
        ],
        ok(
            G,
            enterprise_name="嘉兴市南湖区大桥门窗有限公司",
            uscc=c[9],
            unit=U,
            product="中空玻璃",
            category="建筑玻璃",
            status="已获证",
            cert_no="CTC25GP0221",
            issue_date="2025-03-27",
            valid_until="2030-03-26",
        ),
        f,
    )
    s.put(["本月新增：培育3家，获证6张"])
    s.put(["填报人：蒋文", None, None, "科室负责人：许建明", None, None, None, "填报日期：2025年4月2日"])
    return Case(
        "nanhu_2025-03_green_progress_table.xlsx",
        U,
        "2025-03",
        "绿色产品认证工作推进情况表: 数据期间 line, 认证状态 培育中 / 已获证 with 纳入培育时间 and 发证时间 / "
        "证书有效期至 (/ where they do not apply), 认证机构, a count line and 填报人 / 科室负责人 sign-off; dates "
        "shown 2025.3.4; a 经开区 firm",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def gangqu_green_model_column() -> Case:
    """The zone's January list with a 规格型号 column (no field of this program); a Pinghu firm's row."""
    U, c, ph = "嘉兴港区", Firms("嘉兴港区", "h12-g-models"), Firms("平湖市", "h12-g-models-ph")
    x = XBook()
    s = x.sheet("绿色认证")
    s.title("嘉兴港区2024年1月绿色产品认证情况", 12)
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "区域",
            "产品名称",
            "规格型号",
            "产品类别",
            "状态",
            "入库日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 22, 18, 18, 10, 16, 16, 16, 16)
    f = CN_DATE
    s.put(
        [
            1,
            "嘉兴港区乍浦防水材料有限公司",
            c[1],
            "港区",
            "弹性体改性沥青防水卷材",
            "SBS Ⅰ PY PE 3mm",
            "防水与密封材料",
            "已获证",
            None,
            "CGP2401F0007",
            d(2024, 1, 8),
            d(2029, 1, 7),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦防水材料有限公司",
            uscc=c[1],
            unit=U,
            product="弹性体改性沥青防水卷材",
            category="防水与密封材料",
            status="已获证",
            cert_no="CGP2401F0007",
            issue_date="2024-01-08",
            valid_until="2029-01-07",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴港区华宇化学建材有限公司",
            c[2],
            "港区",
            "聚氨酯防水涂料",
            "单组分 20kg/桶",
            "防水与密封材料",
            "培育中",
            d(2024, 1, 10),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区华宇化学建材有限公司",
            uscc=c[2],
            unit=U,
            product="聚氨酯防水涂料",
            category="防水与密封材料",
            status="培育中",
            start_date="2024-01-10",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴港区乍浦保温材料有限公司",
            c[3],
            "港区",
            "挤塑聚苯乙烯泡沫板",
            "1200×600×50mm",
            "绝热材料",
            "已获证",
            None,
            "CGP2401J0012",
            d(2024, 1, 12),
            d(2029, 1, 11),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦保温材料有限公司",
            uscc=c[3],
            unit=U,
            product="挤塑聚苯乙烯泡沫板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2401J0012",
            issue_date="2024-01-12",
            valid_until="2029-01-11",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴港区绿源木塑科技有限公司",
            c[4],
            "嘉兴港区",
            "木塑地板",
            "140×25mm",
            "木塑制品",
            "已获证",
            None,
            "CGP2401M0015",
            d(2024, 1, 15),
            d(2029, 1, 14),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区绿源木塑科技有限公司",
            uscc=c[4],
            unit=U,
            product="木塑地板",
            category="木塑制品",
            status="已获证",
            cert_no="CGP2401M0015",
            issue_date="2024-01-15",
            valid_until="2029-01-14",
        ),
        f,
    )
    # A Pinghu firm (its code carries 330482 as the zone's do): Pinghu reports it.
    s.put(
        [5, "平湖市新仓塑胶有限公司", ph[1], "平湖市", "塑料收纳箱", "60L", "塑料制品", "培育中", d(2024, 1, 16)],
        no(G),
        f,
    )
    s.put(
        [
            6,
            "嘉兴港区嘉港玻璃有限公司",
            c[6],
            "港区",
            "Low-E中空玻璃",
            "6+12A+6",
            "建筑玻璃",
            "已获证",
            None,
            "CGP2401B0021",
            d(2024, 1, 18),
            d(2029, 1, 17),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区嘉港玻璃有限公司",
            uscc=c[6],
            unit=U,
            product="Low-E中空玻璃",
            category="建筑玻璃",
            status="已获证",
            cert_no="CGP2401B0021",
            issue_date="2024-01-18",
            valid_until="2029-01-17",
        ),
        f,
    )
    s.put(
        [7, "嘉兴港区立新涂料有限公司", c[7], "港区", "水性外墙涂料", "20kg/桶", "涂料", "培育中", d(2024, 1, 22)],
        ok(
            G,
            enterprise_name="嘉兴港区立新涂料有限公司",
            uscc=c[7],
            unit=U,
            product="水性外墙涂料",
            category="涂料",
            status="培育中",
            start_date="2024-01-22",
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴港区宏达纸制品有限公司",
            c[8],
            "港区",
            "瓦楞纸箱",
            "五层BC楞",
            "纸和纸制品",
            "已获证",
            None,
            "CGP2401Z0026",
            d(2024, 1, 25),
            d(2029, 1, 24),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区宏达纸制品有限公司",
            uscc=c[8],
            unit=U,
            product="瓦楞纸箱",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2401Z0026",
            issue_date="2024-01-25",
            valid_until="2029-01-24",
        ),
        f,
    )
    s.put(
        [
            9,
            "嘉兴港区乍浦密封件有限公司",
            c[9],
            "港区",
            "硅酮结构密封胶",
            "300ml/支",
            "防水与密封材料",
            "培育中",
            d(2024, 1, 29),
        ],
        ok(
            G,
            enterprise_name="嘉兴港区乍浦密封件有限公司",
            uscc=c[9],
            unit=U,
            product="硅酮结构密封胶",
            category="防水与密封材料",
            status="培育中",
            start_date="2024-01-29",
        ),
        f,
    )
    s.blank()
    s.put(["报送人：范丽", None, None, None, "报送时间：2024年2月2日"])
    return Case(
        "gangqu_2024-01_green_model_column.xlsx",
        U,
        "2024-01",
        "the zone's January list on sheet 绿色认证: a 规格型号 column (SBS Ⅰ PY PE 3mm, 6+12A+6, 300ml/支; no field) "
        "between 产品名称 and 产品类别, 状态 培育中 / 已获证 with 入库日期 or the certificate's columns, 报送人 "
        "line; a Pinghu firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def jingkai_three_same_class_suffix() -> Case:
    """三同产品申报情况表 with 产品分类 written 食品农产品类 / 一般消费品类 / 工业品类; 属地; a Nanhu firm."""
    U, c, nh = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h12-t-class"), Firms("南湖区", "h12-t-class-nh")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("嘉兴经济技术开发区“三同”产品申报情况表（2025年5月）", 9)
    s.put(["填报单位：经开区市场监管分局", None, None, None, "联系人：顾敏", None, "电话：0573-82213456"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "属地",
            "产品名称",
            "产品分类",
            "声明时间",
            "是否入驻“三同”平台",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 18, 14, 14, 12, 16)
    f = "yyyy/mm/dd"
    s.put(
        [1, "嘉兴市长水食品有限公司", c[1], "经开", "速冻汤圆", "食品农产品类", d(2025, 5, 6), "是"],
        ok(
            T,
            enterprise_name="嘉兴市长水食品有限公司",
            uscc=c[1],
            unit=U,
            product="速冻汤圆",
            category="食品农产品",
            date="2025-05-06",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "嘉兴经开乳品有限公司", c[2], "经开", "风味发酵乳", "食品农产品类", d(2025, 5, 8), "是"],
        ok(
            T,
            enterprise_name="嘉兴经开乳品有限公司",
            uscc=c[2],
            unit=U,
            product="风味发酵乳",
            category="食品农产品",
            date="2025-05-08",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [3, "嘉兴城南罐头食品有限公司", c[3], "经开区", "黄桃罐头", "食品农产品类", d(2025, 5, 9), "否", "拟6月入驻"],
        ok(
            T,
            enterprise_name="嘉兴城南罐头食品有限公司",
            uscc=c[3],
            unit=U,
            product="黄桃罐头",
            category="食品农产品",
            date="2025-05-09",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [4, "嘉兴嘉北家居用品有限公司", c[4], "经开", "硅胶厨具套装", "一般消费品类", d(2025, 5, 13), "是"],
        ok(
            T,
            enterprise_name="嘉兴嘉北家居用品有限公司",
            uscc=c[4],
            unit=U,
            product="硅胶厨具套装",
            category="一般消费品",
            date="2025-05-13",
            on_platform=True,
        ),
        f,
    )
    # A Nanhu firm (its code carries 330402 as the zone's do): Nanhu reports it.
    s.put(
        [5, "嘉兴市南湖区余新食品有限公司", nh[1], "南湖区", "桃酥", "食品农产品类", d(2025, 5, 15), "是"],
        no(T),
        f,
    )
    s.put(
        [6, "嘉兴长水微电机有限公司", c[6], "经开", "直流无刷电机", "工业品类", d(2025, 5, 19), "是"],
        ok(
            T,
            enterprise_name="嘉兴长水微电机有限公司",
            uscc=c[6],
            unit=U,
            product="直流无刷电机",
            category="工业品",
            date="2025-05-19",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [7, "嘉兴城南果蔬食品有限公司", c[7], "嘉兴经开区", "冻干草莓脆", "食品农产品类", d(2025, 5, 21), "否"],
        ok(
            T,
            enterprise_name="嘉兴城南果蔬食品有限公司",
            uscc=c[7],
            unit=U,
            product="冻干草莓脆",
            category="食品农产品",
            date="2025-05-21",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [8, "嘉兴塘汇服饰有限公司", c[8], "经开", "针织运动服", "一般消费品类", d(2025, 5, 26), "是"],
        ok(
            T,
            enterprise_name="嘉兴塘汇服饰有限公司",
            uscc=c[8],
            unit=U,
            product="针织运动服",
            category="一般消费品",
            date="2025-05-26",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [9, "嘉兴嘉北汽车零部件有限公司", c[9], "经开", "汽车减震器", "工业品类", d(2025, 5, 28), "是"],
        ok(
            T,
            enterprise_name="嘉兴嘉北汽车零部件有限公司",
            uscc=c[9],
            unit=U,
            product="汽车减震器",
            category="工业品",
            date="2025-05-28",
            on_platform=True,
        ),
        f,
    )
    s.put(["合计", "9个产品"])
    s.put(["审核：杨建", None, None, "填表：顾敏", None, None, "填报日期：2025年6月3日"])
    return Case(
        "jingkai_2025-05_three_same_class_suffix.xlsx",
        U,
        "2025-05",
        "三同产品申报情况表: 填报单位 / 联系人 / 电话 line, 属地 经开 / 经开区 / 嘉兴经开区, 产品分类 written "
        "食品农产品类 / 一般消费品类 / 工业品类, 声明时间 2025/05/06, 是否入驻“三同”平台 是 / 否, 备注, 合计, "
        "审核 / 填表 line; a Nanhu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=12,
    )


@case
def pinghu_three_same_wps_csv() -> Case:
    """GBK CSV saved from WPS: title and 填报单位 lines, dates as 2024/8/5; a row pasted twice, an empty product."""
    U, c = "平湖市", Firms("平湖市", "h12-t-csv")
    stem = "pinghu_2024-08_three_same_wps_csv"
    t = Lines(stem)
    t.put(["平湖市“三同”产品情况统计表（2024年8月）", "", "", "", "", "", "", "", ""])
    t.put(["填报单位：平湖市市场监督管理局", "", "", "", "", "", "填报日期：2024年9月2日", "", ""])
    t.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在地区",
            "产品名称",
            "产品类别",
            "自我声明日期",
            "是否入驻三同平台",
            "备注",
        ]
    )
    t.put(
        [1, "平湖市当湖服饰有限公司", c[1], "平湖市", "羽绒服", "一般消费品", "2024/8/5", "是", ""],
        ok(
            T,
            enterprise_name="平湖市当湖服饰有限公司",
            uscc=c[1],
            unit=U,
            product="羽绒服",
            category="一般消费品",
            date="2024-08-05",
            on_platform=True,
        ),
    )
    t.put(
        [2, "平湖市钟埭箱包有限公司", c[2], "平湖市", "拉杆箱", "一般消费品", "2024/8/7", "是", ""],
        ok(
            T,
            enterprise_name="平湖市钟埭箱包有限公司",
            uscc=c[2],
            unit=U,
            product="拉杆箱",
            category="一般消费品",
            date="2024-08-07",
            on_platform=True,
        ),
    )
    t.put(
        [3, "平湖市广陈农业开发有限公司", c[3], "平湖市", "鲜食甜玉米", "食品农产品", "2024/8/8", "否", ""],
        ok(
            T,
            enterprise_name="平湖市广陈农业开发有限公司",
            uscc=c[3],
            unit=U,
            product="鲜食甜玉米",
            category="食品农产品",
            date="2024-08-08",
            on_platform=False,
        ),
    )
    t.put(
        [4, "平湖市新埭精密机械有限公司", c[4], "平湖市", "伺服刀塔", "工业品", "2024/8/12", "是", ""],
        ok(
            T,
            enterprise_name="平湖市新埭精密机械有限公司",
            uscc=c[4],
            unit=U,
            product="伺服刀塔",
            category="工业品",
            date="2024-08-12",
            on_platform=True,
        ),
    )
    t.put(
        [5, "平湖市林埭箱包有限公司", c[5], "平湖市", "双肩背包", "一般消费品", "2024/8/14", "是", ""],
        ok(
            T,
            enterprise_name="平湖市林埭箱包有限公司",
            uscc=c[5],
            unit=U,
            product="双肩背包",
            category="一般消费品",
            date="2024-08-14",
            on_platform=True,
        ),
    )
    # Row 2 pasted again, 序号 and all.
    t.put([2, "平湖市钟埭箱包有限公司", c[2], "平湖市", "拉杆箱", "一般消费品", "2024/8/7", "是", ""], no(T))
    t.put(
        [7, "平湖市独山港食品有限公司", c[7], "平湖市", "速冻毛豆", "食品农产品", "2024/8/20", "是", ""],
        ok(
            T,
            enterprise_name="平湖市独山港食品有限公司",
            uscc=c[7],
            unit=U,
            product="速冻毛豆",
            category="食品农产品",
            date="2024-08-20",
            on_platform=True,
        ),
    )
    t.put(
        [8, "平湖市新仓光电科技有限公司", c[8], "平湖市", "光纤连接器", "工业品", "2024/8/22", "否", ""],
        ok(
            T,
            enterprise_name="平湖市新仓光电科技有限公司",
            uscc=c[8],
            unit=U,
            product="光纤连接器",
            category="工业品",
            date="2024-08-22",
            on_platform=False,
        ),
    )
    # The product left empty: the firm had not said which product.
    t.put(
        [9, "平湖市当湖童装有限公司", c[9], "平湖市", "", "一般消费品", "2024/8/27", "是", "产品名称待企业确认"],
        no(T),
    )
    t.put(
        [10, "平湖市曹桥五金制品有限公司", c[10], "平湖市", "不锈钢餐具", "一般消费品", "2024/8/29", "是", ""],
        ok(
            T,
            enterprise_name="平湖市曹桥五金制品有限公司",
            uscc=c[10],
            unit=U,
            product="不锈钢餐具",
            category="一般消费品",
            date="2024-08-29",
            on_platform=True,
        ),
    )
    t.put(["合计", "10", "", "", "", "", "", "", ""])
    t.put(["制表：张蕾", "", "审核：徐建平", "", "", "", "", "", ""])
    return Case(
        f"{stem}.csv",
        U,
        "2024-08",
        "GBK CSV saved from WPS: a title line and a 填报单位 / 填报日期 line padded with empty cells, 所在地区, "
        "自我声明日期 as text 2024/8/5, 是否入驻三同平台 是 / 否, 合计 and 制表 / 审核 lines; row 2 pasted again "
        "with its 序号; an empty product",
        True,
        t.text().encode("gbk"),
        t.rows,
        holdout_set=12,
    )


# =============================================================================================
# Holdout set 13: ordinary layouts from other clerks over a year, each with at most one real-world quirk
# =============================================================================================
@case
def haiyan_benchmarking_industry_column() -> Case:
    """对标达标企业名单 with a 所属行业 column first (no field) and no county column; a wrong check character."""
    U, c = "海盐县", Firms("海盐县", "h13-b-industry")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("海盐县企业标准对标达标企业名单（2024年10月）", 9)
    s.put(["填报单位：海盐县市场监督管理局", None, None, None, None, None, "填报日期：2024年11月4日"])
    s.put(
        [
            "序号",
            "所属行业",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "对标的国际（国外）先进标准",
            "对标结果",
            "达标日期",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 12, 30, 22, 22, 26, 10, 16, 14)
    f = CN_DATE
    s.put(
        [
            1,
            "核电关联",
            "浙江海盐核电阀门有限公司",
            c[1],
            "核级截止阀",
            "ASME BPVC Section III:2021",
            "达到",
            d(2024, 10, 8),
        ],
        ok(
            B,
            enterprise_name="浙江海盐核电阀门有限公司",
            uscc=c[1],
            unit=U,
            product="核级截止阀",
            standard_no="ASME BPVC Section III:2021",
            result="达到",
            date="2024-10-08",
        ),
        f,
    )
    s.put(
        [2, "紧固件", "海盐县武原紧固件有限公司", c[2], "六角头螺栓", "ISO 4014:2022", "优于", d(2024, 10, 9)],
        ok(
            B,
            enterprise_name="海盐县武原紧固件有限公司",
            uscc=c[2],
            unit=U,
            product="六角头螺栓",
            standard_no="ISO 4014:2022",
            result="优于",
            date="2024-10-09",
        ),
        f,
    )
    s.put(
        [3, "紧固件", "海盐县通元标准件有限公司", c[3], "内六角圆柱头螺钉", "ISO 4762:2004", "达到", d(2024, 10, 11)],
        ok(
            B,
            enterprise_name="海盐县通元标准件有限公司",
            uscc=c[3],
            unit=U,
            product="内六角圆柱头螺钉",
            standard_no="ISO 4762:2004",
            result="达到",
            date="2024-10-11",
        ),
        f,
    )
    s.put(
        [
            4,
            "核电关联",
            "海盐县澉浦管道有限公司",
            c[4],
            "核电站用不锈钢无缝钢管",
            "ASTM A312/A312M-22",
            "达到",
            d(2024, 10, 15),
        ],
        ok(
            B,
            enterprise_name="海盐县澉浦管道有限公司",
            uscc=c[4],
            unit=U,
            product="核电站用不锈钢无缝钢管",
            standard_no="ASTM A312/A312M-22",
            result="达到",
            date="2024-10-15",
        ),
        f,
    )
    s.put(
        [5, "食品", "海盐县百步食品有限公司", c[5], "速冻蔬菜", "CXS 320-2015", "达到", d(2024, 10, 16)],
        ok(
            B,
            enterprise_name="海盐县百步食品有限公司",
            uscc=c[5],
            unit=U,
            product="速冻蔬菜",
            standard_no="CXS 320-2015",
            result="达到",
            date="2024-10-16",
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [6, "纺织", "海盐县于城纺织有限公司", wrong_check(c[6]), "经编毛毯", "ISO 6330:2021", "达到", d(2024, 10, 18)],
        no(B),
        f,
    )
    s.put(
        [7, "电子信息", "海盐县沈荡电子有限公司", c[7], "电源适配器", "IEC 62368-1:2018", "优于", d(2024, 10, 22)],
        ok(
            B,
            enterprise_name="海盐县沈荡电子有限公司",
            uscc=c[7],
            unit=U,
            product="电源适配器",
            standard_no="IEC 62368-1:2018",
            result="优于",
            date="2024-10-22",
        ),
        f,
    )
    s.put(
        [8, "装备制造", "海盐县西塘桥轴承有限公司", c[8], "深沟球轴承", "ISO 492:2014", "达到", d(2024, 10, 24)],
        ok(
            B,
            enterprise_name="海盐县西塘桥轴承有限公司",
            uscc=c[8],
            unit=U,
            product="深沟球轴承",
            standard_no="ISO 492:2014",
            result="达到",
            date="2024-10-24",
        ),
        f,
    )
    s.put(
        [
            9,
            "紧固件",
            "海盐县望海紧固件有限公司",
            c[9],
            "自攻螺钉",
            "ISO 1481:2011",
            "达到",
            d(2024, 10, 29),
            "首次对标",
        ],
        ok(
            B,
            enterprise_name="海盐县望海紧固件有限公司",
            uscc=c[9],
            unit=U,
            product="自攻螺钉",
            standard_no="ISO 1481:2011",
            result="达到",
            date="2024-10-29",
        ),
        f,
    )
    s.put(["合计", None, "9家"])
    s.put(["注：所属行业按县重点产业目录填写。"])
    s.put(["填表人：朱晓燕", None, None, "联系电话：0573-86112035"])
    return Case(
        "haiyan_2024-10_benchmarking_industry_column.xlsx",
        U,
        "2024-10",
        "对标达标企业名单: 填报单位 / 填报日期 line, a 所属行业 column (核电关联, 紧固件 …; no field) between 序号 and "
        "企业名称, no county column, 对标的国际（国外）先进标准, 达标日期 shown 2024年10月8日, 合计, a note and 填表人 "
        "line; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def gangqu_benchmarking_failed_result() -> Case:
    """对标达标工作进展表 with month-only 完成时间 text, a 未达标 row and a Pinghu firm's row."""
    U, c, ph = "嘉兴港区", Firms("嘉兴港区", "h13-b-gangqu"), Firms("平湖市", "h13-b-gangqu-ph")
    x = XBook()
    s = x.sheet("对标进展")
    s.title("嘉兴港区企业标准对标达标工作进展表", 9)
    s.put(["报送单位：嘉兴港区市场监管分局", None, None, None, None, None, "报送时间：2025年5月6日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属区域",
            "对标产品名称",
            "对标标准名称及编号",
            "对标结果",
            "完成时间",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 18, 40, 10, 12, 22)
    s.put(
        [
            1,
            "浙江嘉港新材料有限公司",
            c[1],
            "港区",
            "聚碳酸酯树脂",
            "ISO 7391-2:2006 聚碳酸酯模塑和挤出材料",
            "优于",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="浙江嘉港新材料有限公司",
            uscc=c[1],
            unit=U,
            product="聚碳酸酯树脂",
            standard_no="ISO 7391-2:2006 聚碳酸酯模塑和挤出材料",
            result="优于",
            date="2025-04-01",
        ),
    )
    s.put(
        [
            2,
            "嘉兴港区华泰化学有限公司",
            c[2],
            "嘉兴港区",
            "工业乙二醇",
            "ASTM E1177-17 乙二醇规范",
            "达到",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区华泰化学有限公司",
            uscc=c[2],
            unit=U,
            product="工业乙二醇",
            standard_no="ASTM E1177-17 乙二醇规范",
            result="达到",
            date="2025-04-01",
        ),
    )
    s.put(
        [
            3,
            "嘉兴港区润达助剂有限公司",
            c[3],
            "港区",
            "受阻酚类抗氧剂",
            "JIS K 7210-1:2014 塑料熔体流动速率",
            "达到",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区润达助剂有限公司",
            uscc=c[3],
            unit=U,
            product="受阻酚类抗氧剂",
            standard_no="JIS K 7210-1:2014 塑料熔体流动速率",
            result="达到",
            date="2025-04-01",
        ),
    )
    # Benchmarked but not reached: the firm is no 对标达标 enterprise.
    s.put(
        [
            4,
            "嘉兴港区乍浦精细化工有限公司",
            c[4],
            "港区",
            "水性聚氨酯分散体",
            "ISO 2555:2018 树脂 表观黏度的测定",
            "未达标",
            "2025年4月",
            "2项指标未达到，继续整改",
        ],
        no(B),
    )
    s.put(
        [
            5,
            "嘉兴港区恒通化纤有限公司",
            c[5],
            "嘉兴港区",
            "涤纶工业长丝",
            "ISO 2062:2009 纱线断裂强力的测定",
            "优于",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区恒通化纤有限公司",
            uscc=c[5],
            unit=U,
            product="涤纶工业长丝",
            standard_no="ISO 2062:2009 纱线断裂强力的测定",
            result="优于",
            date="2025-04-01",
        ),
    )
    # A Pinghu firm (its code carries 330482 as the zone's do): Pinghu reports it.
    s.put(
        [
            6,
            "平湖市独山港石化材料有限公司",
            ph[1],
            "平湖市独山港镇",
            "聚丙烯专用料",
            "ASTM D4101-17 聚丙烯注塑和挤出材料",
            "达到",
            "2025年4月",
        ],
        no(B),
    )
    s.put(
        [
            7,
            "嘉兴港区嘉化包装材料有限公司",
            c[7],
            "港区",
            "BOPP薄膜",
            "ASTM D882-18 塑料薄膜拉伸性能",
            "达到",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区嘉化包装材料有限公司",
            uscc=c[7],
            unit=U,
            product="BOPP薄膜",
            standard_no="ASTM D882-18 塑料薄膜拉伸性能",
            result="达到",
            date="2025-04-01",
        ),
    )
    s.put(
        [
            8,
            "嘉兴港区东方涂料有限公司",
            c[8],
            "港区",
            "工业防腐涂料",
            "ISO 12944-6:2018 色漆和清漆 防腐蚀保护",
            "达到",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区东方涂料有限公司",
            uscc=c[8],
            unit=U,
            product="工业防腐涂料",
            standard_no="ISO 12944-6:2018 色漆和清漆 防腐蚀保护",
            result="达到",
            date="2025-04-01",
        ),
    )
    s.put(
        [
            9,
            "嘉兴港区明晟硅材料有限公司",
            c[9],
            "港区",
            "有机硅密封胶",
            "ISO 11600:2002 建筑密封胶分级和要求",
            "优于",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区明晟硅材料有限公司",
            uscc=c[9],
            unit=U,
            product="有机硅密封胶",
            standard_no="ISO 11600:2002 建筑密封胶分级和要求",
            result="优于",
            date="2025-04-01",
        ),
    )
    s.put(
        [
            10,
            "嘉兴港区永固管业有限公司",
            c[10],
            "嘉兴港区",
            "PE给水管",
            "ISO 4427-2:2019 聚乙烯给水管道系统",
            "达到",
            "2025年4月",
        ],
        ok(
            B,
            enterprise_name="嘉兴港区永固管业有限公司",
            uscc=c[10],
            unit=U,
            product="PE给水管",
            standard_no="ISO 4427-2:2019 聚乙烯给水管道系统",
            result="达到",
            date="2025-04-01",
        ),
    )
    s.blank()
    s.put(["分管领导：沈国平", None, None, "经办人：何佳", None, None, "联系电话：0573-85581203"])
    return Case(
        "gangqu_2025-04_benchmarking_failed_result.xlsx",
        U,
        "2025-04",
        "对标达标工作进展表 on sheet 对标进展: 报送单位 / 报送时间 line, 所属区域 港区 / 嘉兴港区, 对标标准名称及编号 "
        "(number and title in one cell), 完成时间 as month-only text 2025年4月, 分管领导 / 经办人 line; a row 未达标; "
        "a 平湖市独山港镇 firm",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def nanhu_benchmarking_code_last() -> Case:
    """A clerk's list with the header in row 1 under an AutoFilter, the credit code near the end; a code missing."""
    U, c = "南湖区", Firms("南湖区", "h13-b-codelast")
    x = XBook()
    s = x.sheet("2024年12月对标")
    s.put(["企业名称", "对标产品", "对标标准", "结果", "时间", "信用代码", "区县", "备注"], bold=True)
    s.widths(30, 20, 22, 8, 12, 22, 14, 20)
    s.ws.freeze_panes = "A2"
    f = "yyyy/m/d"
    s.put(
        ["嘉兴市南湖特钢制品有限公司", "轴承钢棒材", "ASTM A295/A295M-17", "达到", d(2024, 12, 3), c[1], "南湖"],
        ok(
            B,
            enterprise_name="嘉兴市南湖特钢制品有限公司",
            uscc=c[1],
            unit=U,
            product="轴承钢棒材",
            standard_no="ASTM A295/A295M-17",
            result="达到",
            date="2024-12-03",
        ),
        f,
    )
    s.put(
        ["嘉兴市凤桥压缩机有限公司", "涡旋式制冷压缩机", "ISO 917:1989", "优于", d(2024, 12, 5), c[2], "南湖"],
        ok(
            B,
            enterprise_name="嘉兴市凤桥压缩机有限公司",
            uscc=c[2],
            unit=U,
            product="涡旋式制冷压缩机",
            standard_no="ISO 917:1989",
            result="优于",
            date="2024-12-05",
        ),
        f,
    )
    s.put(
        [
            "嘉兴市大桥精密钢管有限公司",
            "冷拔精密无缝钢管",
            "EN 10305-1:2016",
            "达到",
            d(2024, 12, 6),
            c[3],
            "嘉兴市南湖区",
        ],
        ok(
            B,
            enterprise_name="嘉兴市大桥精密钢管有限公司",
            uscc=c[3],
            unit=U,
            product="冷拔精密无缝钢管",
            standard_no="EN 10305-1:2016",
            result="达到",
            date="2024-12-06",
        ),
        f,
    )
    s.put(
        ["嘉兴市新丰压缩机配件有限公司", "压缩机曲轴", "ISO 1217:2009", "达到", d(2024, 12, 10), c[4], "南湖"],
        ok(
            B,
            enterprise_name="嘉兴市新丰压缩机配件有限公司",
            uscc=c[4],
            unit=U,
            product="压缩机曲轴",
            standard_no="ISO 1217:2009",
            result="达到",
            date="2024-12-10",
        ),
        f,
    )
    # The code not yet found when the list was sent.
    s.put(
        [
            "嘉兴市余新弹簧钢丝有限公司",
            "油淬火回火弹簧钢丝",
            "EN 10270-2:2011",
            "达到",
            d(2024, 12, 12),
            None,
            "南湖",
            "代码待查",
        ],
        no(B),
        f,
    )
    s.put(
        ["嘉兴市七星电器有限公司", "电热水壶", "IEC 60335-2-15:2016", "达到", d(2024, 12, 16), c[6], "南湖区"],
        ok(
            B,
            enterprise_name="嘉兴市七星电器有限公司",
            uscc=c[6],
            unit=U,
            product="电热水壶",
            standard_no="IEC 60335-2-15:2016",
            result="达到",
            date="2024-12-16",
        ),
        f,
    )
    s.put(
        ["嘉兴市南湖区云海合金有限公司", "不锈钢冷轧钢带", "ASTM A240/A240M-23", "优于", d(2024, 12, 18), c[7], "南湖"],
        ok(
            B,
            enterprise_name="嘉兴市南湖区云海合金有限公司",
            uscc=c[7],
            unit=U,
            product="不锈钢冷轧钢带",
            standard_no="ASTM A240/A240M-23",
            result="优于",
            date="2024-12-18",
        ),
        f,
    )
    s.put(
        ["嘉兴市东栅制冷设备有限公司", "冷凝机组", "EN 13215:2016", "达到", d(2024, 12, 20), c[8], "南湖"],
        ok(
            B,
            enterprise_name="嘉兴市东栅制冷设备有限公司",
            uscc=c[8],
            unit=U,
            product="冷凝机组",
            standard_no="EN 13215:2016",
            result="达到",
            date="2024-12-20",
        ),
        f,
    )
    s.put(
        [
            "嘉兴市竹林紧固件有限公司",
            "高强度六角螺母",
            "ISO 4032:2012",
            "达到",
            d(2024, 12, 24),
            c[9],
            "南湖",
            "12月新增",
        ],
        ok(
            B,
            enterprise_name="嘉兴市竹林紧固件有限公司",
            uscc=c[9],
            unit=U,
            product="高强度六角螺母",
            standard_no="ISO 4032:2012",
            result="达到",
            date="2024-12-24",
        ),
        f,
    )
    s.ws.auto_filter.ref = f"A1:H{s.n}"
    return Case(
        "nanhu_2024-12_benchmarking_code_last.xlsx",
        U,
        "2024-12",
        "a clerk's own list on sheet 2024年12月对标: no title, the header in row 1 frozen under an AutoFilter "
        "(nothing filtered), columns 企业名称 | 对标产品 | 对标标准 | 结果 | 时间 | 信用代码 | 区县 | 备注, the "
        "code near the end, 区县 南湖 / 南湖区 / 嘉兴市南湖区; a row whose code is left empty (代码待查)",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def jingkai_brand_mark_cutoff_line() -> Case:
    """品字标 情况表 with 培育认证情况 merged over 培育状态 / 浙江制造标准 / 证书编号; a 获证 row without a number."""
    U, c, nh = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h13-p-jingkai"), Firms("南湖区", "h13-p-jingkai-nh")
    x = XBook()
    s = x.sheet("品字标")
    s.title("嘉兴经济技术开发区“品字标浙江制造”企业培育认证情况表", 10)
    s.put(["统计截止：2024年6月30日", None, None, None, None, None, None, None, "单位：家"])
    top = s.put(
        ["序号", "企业名称", "统一社会信用代码", "属地", "产品名称", "培育认证情况", None, None, "日期", "备注"],
        bold=True,
    )
    s.put([None, None, None, None, None, "培育状态", "浙江制造标准", "证书编号"], bold=True)
    s.merge(f"F{top}:H{top}")
    for col in "ABCDEIJ":
        s.merge(f"{col}{top}:{col}{top + 1}")
    s.widths(6, 30, 22, 10, 18, 10, 18, 22, 12, 16)
    f = "yyyy.mm.dd"
    s.put(
        [
            1,
            "嘉兴经开食品机械有限公司",
            c[1],
            "经开",
            "全自动灌装机",
            "获证",
            "T/ZZB 1523—2020",
            "ZJM-004-3871-2024",
            d(2024, 6, 4),
        ],
        ok(
            P,
            enterprise_name="嘉兴经开食品机械有限公司",
            uscc=c[1],
            unit=U,
            product="全自动灌装机",
            status="已认证",
            standard_no="T/ZZB 1523—2020",
            cert_no="ZJM-004-3871-2024",
            date="2024-06-04",
        ),
        f,
    )
    s.put(
        [2, "嘉兴市城南糕点食品有限公司", c[2], "经开", "月饼", "入库", "T/ZZB 2405—2021", None, d(2024, 6, 5)],
        ok(
            P,
            enterprise_name="嘉兴市城南糕点食品有限公司",
            uscc=c[2],
            unit=U,
            product="月饼",
            status="入库培育",
            standard_no="T/ZZB 2405—2021",
            date="2024-06-05",
        ),
        f,
    )
    s.put(
        [3, "嘉兴长水汽车电子有限公司", c[3], "经开", "汽车线束", "入库", "T/ZZB 1136—2019", None, d(2024, 6, 7)],
        ok(
            P,
            enterprise_name="嘉兴长水汽车电子有限公司",
            uscc=c[3],
            unit=U,
            product="汽车线束",
            status="入库培育",
            standard_no="T/ZZB 1136—2019",
            date="2024-06-07",
        ),
        f,
    )
    # Certified this month, the certificate not yet received: stored with a warning asking for the number.
    s.put(
        [
            4,
            "嘉兴嘉北调味品有限公司",
            c[4],
            "经开",
            "酿造酱油",
            "获证",
            "T/ZZB 0212—2017",
            None,
            d(2024, 6, 12),
            "证书办理中",
        ],
        ok(
            P,
            enterprise_name="嘉兴嘉北调味品有限公司",
            uscc=c[4],
            unit=U,
            product="酿造酱油",
            status="已认证",
            standard_no="T/ZZB 0212—2017",
            date="2024-06-12",
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴经开智能装备有限公司",
            c[5],
            "经开",
            "工业机器人减速器",
            "入库",
            "T/ZZB 2089—2021",
            None,
            d(2024, 6, 13),
        ],
        ok(
            P,
            enterprise_name="嘉兴经开智能装备有限公司",
            uscc=c[5],
            unit=U,
            product="工业机器人减速器",
            status="入库培育",
            standard_no="T/ZZB 2089—2021",
            date="2024-06-13",
        ),
        f,
    )
    s.put(
        [
            6,
            "嘉兴塘汇包装制品有限公司",
            c[6],
            "经开",
            "食品级纸杯",
            "获证",
            "T/ZZB 0955—2019",
            "ZJM-002-3880-2024",
            d(2024, 6, 18),
        ],
        ok(
            P,
            enterprise_name="嘉兴塘汇包装制品有限公司",
            uscc=c[6],
            unit=U,
            product="食品级纸杯",
            status="已认证",
            standard_no="T/ZZB 0955—2019",
            cert_no="ZJM-002-3880-2024",
            date="2024-06-18",
        ),
        f,
    )
    # A Nanhu firm (its code carries 330402 as the zone's do): Nanhu reports it.
    s.put(
        [7, "嘉兴市南湖区新兴食品有限公司", nh[1], "南湖区", "粽子", "入库", "T/ZZB 0580—2018", None, d(2024, 6, 19)],
        no(P),
        f,
    )
    s.put(
        [8, "嘉兴城南精密模具有限公司", c[8], "经开", "汽车冲压模具", "入库", "T/ZZB 1744—2020", None, d(2024, 6, 24)],
        ok(
            P,
            enterprise_name="嘉兴城南精密模具有限公司",
            uscc=c[8],
            unit=U,
            product="汽车冲压模具",
            status="入库培育",
            standard_no="T/ZZB 1744—2020",
            date="2024-06-24",
        ),
        f,
    )
    s.put(
        [
            9,
            "嘉兴经开医疗器械有限公司",
            c[9],
            "经开",
            "一次性使用输液器",
            "获证",
            "T/ZZB 1290—2019",
            "ZJM-006-3896-2024",
            d(2024, 6, 27),
        ],
        ok(
            P,
            enterprise_name="嘉兴经开医疗器械有限公司",
            uscc=c[9],
            unit=U,
            product="一次性使用输液器",
            status="已认证",
            standard_no="T/ZZB 1290—2019",
            cert_no="ZJM-006-3896-2024",
            date="2024-06-27",
        ),
        f,
    )
    s.put(["本月新增：入库5家，获证3家"])
    s.put(["填报人：邹丽", None, None, "审核人：陈海涛"])
    return Case(
        "jingkai_2024-06_brand_mark_cutoff_line.xlsx",
        U,
        "2024-06",
        "品字标 企业培育认证情况表: 统计截止 / 单位：家 line, 培育认证情况 merged over 培育状态 (入库 / 获证) | "
        "浙江制造标准 | 证书编号, other headers merged down, 属地 经开, dates shown 2024.06.04, a count line; a "
        "获证 firm with an empty 证书编号 (证书办理中); a Nanhu firm",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def tongxiang_brand_mark_town_column() -> Case:
    """品字标 list with a 镇（街道） column and no county column; one firm with two products; a row typed twice."""
    U, c = "桐乡市", Firms("桐乡市", "h13-p-town")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("桐乡市2024年12月“品字标”企业入库及认证情况", 10)
    s.put(
        [
            "序号",
            "镇（街道）",
            "企业名称",
            "统一社会信用代码",
            "产品名称",
            "入库或认证",
            "标准编号",
            "证书编号",
            "时间",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 10, 30, 22, 18, 10, 18, 22, 16, 14)
    f = CN_DATE
    s.put(
        [
            1,
            "濮院镇",
            "桐乡市濮院毛纺织有限公司",
            c[1],
            "羊毛衫",
            "认证",
            "T/ZZB 0286—2017",
            "ZJM-003-7102-2024",
            d(2024, 12, 2),
        ],
        ok(
            P,
            enterprise_name="桐乡市濮院毛纺织有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            status="已认证",
            standard_no="T/ZZB 0286—2017",
            cert_no="ZJM-003-7102-2024",
            date="2024-12-02",
        ),
        f,
    )
    s.put(
        [2, "濮院镇", "桐乡市濮院毛纺织有限公司", c[1], "羊绒围巾", "入库", "T/ZZB 1577—2020", None, d(2024, 12, 2)],
        ok(
            P,
            enterprise_name="桐乡市濮院毛纺织有限公司",
            uscc=c[1],
            unit=U,
            product="羊绒围巾",
            status="入库培育",
            standard_no="T/ZZB 1577—2020",
            date="2024-12-02",
        ),
        f,
    )
    s.put(
        [3, "洲泉镇", "桐乡市洲泉化纤有限公司", c[3], "涤纶预取向丝", "入库", "T/ZZB 2266—2021", None, d(2024, 12, 4)],
        ok(
            P,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[3],
            unit=U,
            product="涤纶预取向丝",
            status="入库培育",
            standard_no="T/ZZB 2266—2021",
            date="2024-12-04",
        ),
        f,
    )
    s.put(
        [
            4,
            "崇福镇",
            "桐乡市崇福皮草有限公司",
            c[4],
            "獭兔毛皮服装",
            "认证",
            "T/ZZB 0719—2018",
            "ZJM-001-7110-2024",
            d(2024, 12, 6),
        ],
        ok(
            P,
            enterprise_name="桐乡市崇福皮草有限公司",
            uscc=c[4],
            unit=U,
            product="獭兔毛皮服装",
            status="已认证",
            standard_no="T/ZZB 0719—2018",
            cert_no="ZJM-001-7110-2024",
            date="2024-12-06",
        ),
        f,
    )
    s.put(
        [
            5,
            "梧桐街道",
            "桐乡市梧桐电子科技有限公司",
            c[5],
            "电动工具用锂电池包",
            "入库",
            "T/ZZB 2471—2021",
            None,
            d(2024, 12, 10),
        ],
        ok(
            P,
            enterprise_name="桐乡市梧桐电子科技有限公司",
            uscc=c[5],
            unit=U,
            product="电动工具用锂电池包",
            status="入库培育",
            standard_no="T/ZZB 2471—2021",
            date="2024-12-10",
        ),
        f,
    )
    s.put(
        [
            6,
            "乌镇镇",
            "桐乡市乌镇蓝印布艺有限公司",
            c[6],
            "蓝印花布床品",
            "入库",
            "T/ZZB 1608—2020",
            None,
            d(2024, 12, 12),
        ],
        ok(
            P,
            enterprise_name="桐乡市乌镇蓝印布艺有限公司",
            uscc=c[6],
            unit=U,
            product="蓝印花布床品",
            status="入库培育",
            standard_no="T/ZZB 1608—2020",
            date="2024-12-12",
        ),
        f,
    )
    s.put(
        [
            7,
            "大麻镇",
            "桐乡市大麻五金工具有限公司",
            c[7],
            "手动套筒扳手",
            "认证",
            "T/ZZB 0344—2018",
            "ZJM-005-7124-2024",
            d(2024, 12, 17),
        ],
        ok(
            P,
            enterprise_name="桐乡市大麻五金工具有限公司",
            uscc=c[7],
            unit=U,
            product="手动套筒扳手",
            status="已认证",
            standard_no="T/ZZB 0344—2018",
            cert_no="ZJM-005-7124-2024",
            date="2024-12-17",
        ),
        f,
    )
    s.put(
        [
            8,
            "屠甸镇",
            "桐乡市屠甸特种纸业有限公司",
            c[8],
            "食品包装用原纸",
            "入库",
            "T/ZZB 1985—2020",
            None,
            d(2024, 12, 19),
        ],
        ok(
            P,
            enterprise_name="桐乡市屠甸特种纸业有限公司",
            uscc=c[8],
            unit=U,
            product="食品包装用原纸",
            status="入库培育",
            standard_no="T/ZZB 1985—2020",
            date="2024-12-19",
        ),
        f,
    )
    # Row 7 typed again further down.
    s.put(
        [
            9,
            "大麻镇",
            "桐乡市大麻五金工具有限公司",
            c[7],
            "手动套筒扳手",
            "认证",
            "T/ZZB 0344—2018",
            "ZJM-005-7124-2024",
            d(2024, 12, 17),
        ],
        no(P),
        f,
    )
    s.put(
        [
            10,
            "高桥街道",
            "桐乡市高桥电机有限公司",
            c[10],
            "三相异步电动机",
            "认证",
            "T/ZZB 0471—2018",
            "ZJM-006-7131-2024",
            d(2024, 12, 23),
            "换版后重新认证",
        ],
        ok(
            P,
            enterprise_name="桐乡市高桥电机有限公司",
            uscc=c[10],
            unit=U,
            product="三相异步电动机",
            status="已认证",
            standard_no="T/ZZB 0471—2018",
            cert_no="ZJM-006-7131-2024",
            date="2024-12-23",
        ),
        f,
    )
    s.blank()
    s.put([None, "填表：钟琳", None, "审核：俞建新", None, None, None, "2024年12月30日"])
    return Case(
        "tongxiang_2024-12_brand_mark_town_column.xlsx",
        U,
        "2024-12",
        "品字标 入库及认证情况 on Sheet1: a 镇（街道） column (濮院镇, 梧桐街道 …) and no county column, 入库或认证 "
        "入库 / 认证, 标准编号, 时间 shown 2024年12月2日, 填表 / 审核 line; one firm with two products (认证 and "
        "入库); a row typed twice",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def haining_recall_month_end_header() -> Case:
    """召回情况月报表 in the template's own order with 已召回数量（截至月底）; a wrong check character."""
    U, c = "海宁市", Firms("海宁市", "h13-r-monthend")
    x = XBook()
    s = x.sheet("缺陷产品召回")
    s.title("海宁市缺陷产品召回情况月报表", 13)
    s.put(
        [
            "填报单位：海宁市市场监督管理局（质量发展科）",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "所属月份：2024年8月",
        ]
    )
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "存在的缺陷",
            "召回类型",
            "涉及数量",
            "单位",
            "召回日期",
            "已召回数量（截至月底）",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 16, 16, 30, 10, 10, 6, 16, 12, 14)
    f = CN_DATE
    s.put(
        [
            1,
            "海宁市硖石灯饰有限公司",
            c[1],
            "海宁市",
            "LED台灯",
            "HN-TD08",
            "电源线截面积不足，存在过热风险",
            "主动召回",
            3200,
            "台",
            d(2024, 8, 2),
            1860,
        ],
        ok(
            R,
            enterprise_name="海宁市硖石灯饰有限公司",
            uscc=c[1],
            unit=U,
            product="LED台灯",
            model="HN-TD08",
            defect="电源线截面积不足，存在过热风险",
            recall_type="主动召回",
            quantity=3200,
            quantity_unit="台",
            date="2024-08-02",
            recalled=1860,
        ),
        f,
    )
    s.put(
        [
            2,
            "海宁市许村家纺有限公司",
            c[2],
            "海宁市",
            "儿童睡袋",
            "XC-S90",
            "拉链头易脱落，存在误吞风险",
            "主动召回",
            1500,
            "件",
            d(2024, 8, 6),
            1500,
            "已完成",
        ],
        ok(
            R,
            enterprise_name="海宁市许村家纺有限公司",
            uscc=c[2],
            unit=U,
            product="儿童睡袋",
            model="XC-S90",
            defect="拉链头易脱落，存在误吞风险",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="件",
            date="2024-08-06",
            recalled=1500,
        ),
        f,
    )
    s.put(
        [
            3,
            "海宁市长安电器有限公司",
            c[3],
            "海宁市",
            "电热水袋",
            "CA-500",
            "温控器失效，存在烫伤风险",
            "责令召回",
            5600,
            "只",
            d(2024, 8, 9),
            2300,
        ],
        ok(
            R,
            enterprise_name="海宁市长安电器有限公司",
            uscc=c[3],
            unit=U,
            product="电热水袋",
            model="CA-500",
            defect="温控器失效，存在烫伤风险",
            recall_type="责令召回",
            quantity=5600,
            quantity_unit="只",
            date="2024-08-09",
            recalled=2300,
        ),
        f,
    )
    s.put(
        [
            4,
            "海宁市海昌皮具有限公司",
            c[4],
            "海宁市",
            "儿童双肩包",
            "HC-KB12",
            "反光条面积不足，夜间警示性能不达标",
            "主动召回",
            2400,
            "个",
            d(2024, 8, 13),
            960,
        ],
        ok(
            R,
            enterprise_name="海宁市海昌皮具有限公司",
            uscc=c[4],
            unit=U,
            product="儿童双肩包",
            model="HC-KB12",
            defect="反光条面积不足，夜间警示性能不达标",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="个",
            date="2024-08-13",
            recalled=960,
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [
            5,
            "海宁市袁花电动车有限公司",
            wrong_check(c[5]),
            "海宁市",
            "电动自行车",
            "YH-48V",
            "控制器防水性能不足，存在短路风险",
            "主动召回",
            860,
            "辆",
            d(2024, 8, 16),
            310,
        ],
        no(R),
        f,
    )
    s.put(
        [
            6,
            "海宁市斜桥照明电器有限公司",
            c[6],
            "海宁市",
            "LED吸顶灯",
            "XQ-X24、XQ-X36",
            "灯罩固定卡扣强度不足，存在坠落风险",
            "主动召回",
            4100,
            "套",
            d(2024, 8, 20),
            0,
        ],
        ok(
            R,
            enterprise_name="海宁市斜桥照明电器有限公司",
            uscc=c[6],
            unit=U,
            product="LED吸顶灯",
            model="XQ-X24、XQ-X36",
            defect="灯罩固定卡扣强度不足，存在坠落风险",
            recall_type="主动召回",
            quantity=4100,
            quantity_unit="套",
            date="2024-08-20",
            recalled=0,
        ),
        f,
    )
    s.put(
        [
            7,
            "海宁市周王庙厨具有限公司",
            c[7],
            "海宁市",
            "不锈钢压力锅",
            "ZW-YLG22",
            "安全阀排气不畅，存在爆裂风险",
            "主动召回",
            1280,
            "口",
            d(2024, 8, 23),
            420,
        ],
        ok(
            R,
            enterprise_name="海宁市周王庙厨具有限公司",
            uscc=c[7],
            unit=U,
            product="不锈钢压力锅",
            model="ZW-YLG22",
            defect="安全阀排气不畅，存在爆裂风险",
            recall_type="主动召回",
            quantity=1280,
            quantity_unit="口",
            date="2024-08-23",
            recalled=420,
        ),
        f,
    )
    s.put(
        [
            8,
            "海宁市丁桥童车有限公司",
            c[8],
            "海宁市",
            "儿童推车",
            "DQ-T3",
            "折叠锁止机构易误解锁，存在夹伤风险",
            "主动召回",
            650,
            "辆",
            d(2024, 8, 28),
            120,
        ],
        ok(
            R,
            enterprise_name="海宁市丁桥童车有限公司",
            uscc=c[8],
            unit=U,
            product="儿童推车",
            model="DQ-T3",
            defect="折叠锁止机构易误解锁，存在夹伤风险",
            recall_type="主动召回",
            quantity=650,
            quantity_unit="辆",
            date="2024-08-28",
            recalled=120,
        ),
        f,
    )
    s.put(["合计", None, None, None, None, None, None, None, 19590, None, None, 6970])
    s.put(["单位负责人：王建华", None, None, "填表人：钱晓丽", None, None, "报出日期：2024年9月3日"])
    return Case(
        "haining_2024-08_recall_month_end_header.xlsx",
        U,
        "2024-08",
        "召回情况月报表 in the template's own column order, 填报单位（质量发展科） / 所属月份 line, "
        "已召回数量（截至月底） with a bracketed aside in the header, units 台 / 件 / 只 / 个 / 套 / 口 / 辆, 合计, "
        "单位负责人 / 填表人 / 报出日期 line; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def jiashan_recall_group_headers() -> Case:
    """召回情况表 with 召回企业信息 / 召回产品信息 / 召回实施情况 group headers; a Tongxiang producer."""
    U, c, tx = "嘉善县", Firms("嘉善县", "h13-r-groups"), Firms("桐乡市", "h13-r-groups-tx")
    x = XBook()
    s = x.sheet("召回")
    s.title("嘉善县2024年9月缺陷产品召回情况表", 13)
    s.put(["填报单位（盖章）：嘉善县市场监督管理局"])
    top = s.put(
        [
            "序号",
            "召回企业信息",
            None,
            None,
            "召回产品信息",
            None,
            None,
            "召回实施情况",
            None,
            None,
            None,
            None,
            "备注",
        ],
        bold=True,
    )
    s.put(
        [
            None,
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "存在的缺陷",
            "召回方式",
            "涉及数量",
            "单位",
            "召回开始日期",
            "已召回数量",
        ],
        bold=True,
    )
    s.merge(f"B{top}:D{top}")
    s.merge(f"E{top}:G{top}")
    s.merge(f"H{top}:L{top}")
    for col in "AM":
        s.merge(f"{col}{top}:{col}{top + 1}")
    s.widths(6, 30, 22, 12, 16, 16, 30, 10, 10, 6, 14, 10, 14)
    s.put(
        [
            1,
            "嘉善县天凝木业有限公司",
            c[1],
            "嘉善县",
            "实木儿童床",
            "TN-ET120",
            "护栏间隙过大，存在卡颈风险",
            "主动召回",
            420,
            "张",
            "2024.9.3",
            155,
        ],
        ok(
            R,
            enterprise_name="嘉善县天凝木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木儿童床",
            model="TN-ET120",
            defect="护栏间隙过大，存在卡颈风险",
            recall_type="主动召回",
            quantity=420,
            quantity_unit="张",
            date="2024-09-03",
            recalled=155,
        ),
    )
    s.put(
        [
            2,
            "嘉善县惠民童车有限公司",
            c[2],
            "嘉善县",
            "儿童三轮车",
            "HM-312",
            "车把端部防护不足，存在划伤风险",
            "主动召回",
            1800,
            "辆",
            "2024.9.5",
            620,
        ],
        ok(
            R,
            enterprise_name="嘉善县惠民童车有限公司",
            uscc=c[2],
            unit=U,
            product="儿童三轮车",
            model="HM-312",
            defect="车把端部防护不足，存在划伤风险",
            recall_type="主动召回",
            quantity=1800,
            quantity_unit="辆",
            date="2024-09-05",
            recalled=620,
        ),
    )
    s.put(
        [
            3,
            "嘉善县姚庄办公家具有限公司",
            c[3],
            "嘉善县",
            "电动升降桌",
            "YZ-D160",
            "升降防夹保护失效",
            "主动召回",
            960,
            "张",
            "2024.9.9",
            310,
        ],
        ok(
            R,
            enterprise_name="嘉善县姚庄办公家具有限公司",
            uscc=c[3],
            unit=U,
            product="电动升降桌",
            model="YZ-D160",
            defect="升降防夹保护失效",
            recall_type="主动召回",
            quantity=960,
            quantity_unit="张",
            date="2024-09-09",
            recalled=310,
        ),
    )
    s.put(
        [
            4,
            "嘉善县西塘木制玩具有限公司",
            c[4],
            "嘉善县",
            "木制积木",
            "XT-JM100",
            "小零件易脱落，存在误吞风险",
            "责令召回",
            5000,
            "盒",
            "2024.9.11",
            2100,
            "抽查发现",
        ],
        ok(
            R,
            enterprise_name="嘉善县西塘木制玩具有限公司",
            uscc=c[4],
            unit=U,
            product="木制积木",
            model="XT-JM100",
            defect="小零件易脱落，存在误吞风险",
            recall_type="责令召回",
            quantity=5000,
            quantity_unit="盒",
            date="2024-09-11",
            recalled=2100,
        ),
    )
    # A Tongxiang producer: Tongxiang reports its recall.
    s.put(
        [
            5,
            "桐乡市梧桐童车有限公司",
            tx[1],
            "桐乡市",
            "儿童滑板车",
            "WT-HB2",
            "折叠机构锁止不可靠",
            "主动召回",
            2200,
            "辆",
            "2024.9.12",
            800,
            "嘉善经销商销售",
        ],
        no(R),
    )
    s.put(
        [
            6,
            "嘉善县罗星电器有限公司",
            c[6],
            "嘉善县",
            "暖风机",
            "LX-NF20",
            "倾倒开关失效",
            "主动召回",
            3100,
            "台",
            "2024.9.18",
            1450,
        ],
        ok(
            R,
            enterprise_name="嘉善县罗星电器有限公司",
            uscc=c[6],
            unit=U,
            product="暖风机",
            model="LX-NF20",
            defect="倾倒开关失效",
            recall_type="主动召回",
            quantity=3100,
            quantity_unit="台",
            date="2024-09-18",
            recalled=1450,
        ),
    )
    s.put(
        [
            7,
            "嘉善县大云家居用品有限公司",
            c[7],
            "嘉善县",
            "折叠餐椅",
            "DY-ZY45",
            "折叠铰链强度不足，存在坍塌风险",
            "主动召回",
            1350,
            "把",
            "2024.9.23",
            0,
        ],
        ok(
            R,
            enterprise_name="嘉善县大云家居用品有限公司",
            uscc=c[7],
            unit=U,
            product="折叠餐椅",
            model="DY-ZY45",
            defect="折叠铰链强度不足，存在坍塌风险",
            recall_type="主动召回",
            quantity=1350,
            quantity_unit="把",
            date="2024-09-23",
            recalled=0,
        ),
    )
    s.put(
        [
            8,
            "嘉善县干窑灯具有限公司",
            c[8],
            "嘉善县",
            "儿童夜灯",
            "GY-YD3",
            "插头外壳强度不足，存在触电风险",
            "主动召回",
            2700,
            "只",
            "2024.9.26",
            900,
        ],
        ok(
            R,
            enterprise_name="嘉善县干窑灯具有限公司",
            uscc=c[8],
            unit=U,
            product="儿童夜灯",
            model="GY-YD3",
            defect="插头外壳强度不足，存在触电风险",
            recall_type="主动召回",
            quantity=2700,
            quantity_unit="只",
            date="2024-09-26",
            recalled=900,
        ),
    )
    s.put(["制表：沈丹", None, None, "核稿：姚卫东", None, None, None, "报送日期：2024年10月8日"])
    return Case(
        "jiashan_2024-09_recall_group_headers.xlsx",
        U,
        "2024-09",
        "召回情况表 with 召回企业信息 / 召回产品信息 / 召回实施情况 group headers merged over the fields, 序号 and "
        "备注 merged down, 填报单位（盖章） line, 召回方式, 召回开始日期 as text 2024.9.3, 制表 / 核稿 line; a "
        "Tongxiang producer's recall",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def xiuzhou_recall_rate_aside() -> Case:
    """召回信息汇总 with 召回数量 2400台 and 已召回数量（完成率） 1200（50%）; a recall typed twice."""
    U, c = "秀洲区", Firms("秀洲区", "h13-r-rate")
    x = XBook()
    s = x.sheet("召回信息")
    s.title("秀洲区2025年1月缺陷产品召回信息汇总", 12)
    s.put(["填报：秀洲区市场监督管理局质量科", None, None, None, None, None, None, None, None, "日期：2025年2月5日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县区",
            "召回产品",
            "规格型号",
            "缺陷描述",
            "召回性质",
            "召回数量",
            "已召回数量（完成率）",
            "召回时间",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 16, 16, 30, 10, 12, 18, 12, 14)
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "嘉兴市秀洲区王店电器有限公司",
            c[1],
            "秀洲区",
            "电暖桌",
            "WD-NZ80",
            "加热管防护罩间隙过大，存在烫伤风险",
            "主动",
            "2400台",
            "1200（50%）",
            d(2025, 1, 6),
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区王店电器有限公司",
            uscc=c[1],
            unit=U,
            product="电暖桌",
            model="WD-NZ80",
            defect="加热管防护罩间隙过大，存在烫伤风险",
            recall_type="主动召回",
            quantity=2400,
            quantity_unit="台",
            date="2025-01-06",
            recalled=1200,
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴油车港智能家居有限公司",
            c[2],
            "秀洲区",
            "智能门锁",
            "YC-S7、YC-S9",
            "机械钥匙锁芯可被技术开启",
            "主动",
            "6800套",
            "2040（30%）",
            d(2025, 1, 8),
        ],
        ok(
            R,
            enterprise_name="嘉兴油车港智能家居有限公司",
            uscc=c[2],
            unit=U,
            product="智能门锁",
            model="YC-S7、YC-S9",
            defect="机械钥匙锁芯可被技术开启",
            recall_type="主动召回",
            quantity=6800,
            quantity_unit="套",
            date="2025-01-08",
            recalled=2040,
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴市秀洲区洪合电器有限公司",
            c[3],
            "秀洲区",
            "电煮锅",
            "HH-DZG15",
            "耦合器温升超标",
            "主动",
            "3500台",
            "700（20%）",
            d(2025, 1, 9),
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区洪合电器有限公司",
            uscc=c[3],
            unit=U,
            product="电煮锅",
            model="HH-DZG15",
            defect="耦合器温升超标",
            recall_type="主动召回",
            quantity=3500,
            quantity_unit="台",
            date="2025-01-09",
            recalled=700,
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴新塍童车有限公司",
            c[4],
            "秀洲区",
            "儿童平衡车",
            "XC-PH10",
            "车架焊接强度不足",
            "责令",
            "900辆",
            "0（0%）",
            d(2025, 1, 13),
            "下发责令召回通知书",
        ],
        ok(
            R,
            enterprise_name="嘉兴新塍童车有限公司",
            uscc=c[4],
            unit=U,
            product="儿童平衡车",
            model="XC-PH10",
            defect="车架焊接强度不足",
            recall_type="责令召回",
            quantity=900,
            quantity_unit="辆",
            date="2025-01-13",
            recalled=0,
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴市秀洲区王江泾照明有限公司",
            c[5],
            "秀洲区",
            "LED筒灯",
            "WJ-TD6",
            "驱动电源绝缘不良",
            "主动",
            "12000只",
            "/",
            d(2025, 1, 15),
            "刚启动",
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区王江泾照明有限公司",
            uscc=c[5],
            unit=U,
            product="LED筒灯",
            model="WJ-TD6",
            defect="驱动电源绝缘不良",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="只",
            date="2025-01-15",
        ),
        f,
    )
    s.put(
        [
            6,
            "嘉兴油车港厨具有限公司",
            c[6],
            "秀洲区",
            "电热水壶",
            "YC-K17",
            "蒸汽开关失效，干烧不断电",
            "主动",
            "4200台",
            "1680（40%）",
            d(2025, 1, 20),
        ],
        ok(
            R,
            enterprise_name="嘉兴油车港厨具有限公司",
            uscc=c[6],
            unit=U,
            product="电热水壶",
            model="YC-K17",
            defect="蒸汽开关失效，干烧不断电",
            recall_type="主动召回",
            quantity=4200,
            quantity_unit="台",
            date="2025-01-20",
            recalled=1680,
        ),
        f,
    )
    # Row 2 typed again.
    s.put(
        [
            7,
            "嘉兴油车港智能家居有限公司",
            c[2],
            "秀洲区",
            "智能门锁",
            "YC-S7、YC-S9",
            "机械钥匙锁芯可被技术开启",
            "主动",
            "6800套",
            "2040（30%）",
            d(2025, 1, 8),
        ],
        no(R),
        f,
    )
    s.put(
        [
            8,
            "嘉兴市秀洲区新城家具有限公司",
            c[8],
            "秀洲区",
            "儿童书桌",
            "XC-SZ90",
            "桌角未倒圆，存在划伤风险",
            "主动",
            "1500张",
            "900（60%）",
            d(2025, 1, 22),
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区新城家具有限公司",
            uscc=c[8],
            unit=U,
            product="儿童书桌",
            model="XC-SZ90",
            defect="桌角未倒圆，存在划伤风险",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="张",
            date="2025-01-22",
            recalled=900,
        ),
        f,
    )
    s.put(
        [
            9,
            "嘉兴市秀洲区高照电子有限公司",
            c[9],
            "秀洲区",
            "移动电源",
            "GZ-P20",
            "电芯过充保护失效，存在起火风险",
            "主动",
            "8600个",
            "4300（50%）",
            d(2025, 1, 24),
        ],
        ok(
            R,
            enterprise_name="嘉兴市秀洲区高照电子有限公司",
            uscc=c[9],
            unit=U,
            product="移动电源",
            model="GZ-P20",
            defect="电芯过充保护失效，存在起火风险",
            recall_type="主动召回",
            quantity=8600,
            quantity_unit="个",
            date="2025-01-24",
            recalled=4300,
        ),
        f,
    )
    s.put(["备注：已召回数量后括号内为召回完成率。"])
    return Case(
        "xiuzhou_2025-01_recall_rate_aside.xlsx",
        U,
        "2025-01",
        "召回信息汇总 on sheet 召回信息: 填报 / 日期 line, 县区, 召回性质 主动 / 责令, 召回数量 with its unit "
        "(2400台), 已召回数量（完成率） written 1200（50%） (the rate no field), / for a recall just started, a note "
        "line; a recall typed twice",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def pinghu_green_validity_typo() -> Case:
    """培育及获证情况表 with a 认证目录 list sheet feeding the 产品类别 drop-down; a 有效期至 before its 发证日期."""
    U, c = "平湖市", Firms("平湖市", "h13-g-typo")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("平湖市绿色产品认证企业培育及获证情况表（2024年9月）", 12)
    s.put(
        [
            "填报单位：平湖市市场监督管理局认证认可科",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "填报日期：2024年10月9日",
        ]
    )
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在地区",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 20, 18, 10, 14, 16, 12, 12, 16)
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "平湖市当湖家具有限公司",
            c[1],
            "平湖市当湖街道",
            "实木衣柜",
            "家具",
            "已获证",
            None,
            "CGP2409J0031",
            d(2024, 9, 3),
            d(2029, 9, 2),
        ],
        ok(
            G,
            enterprise_name="平湖市当湖家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木衣柜",
            category="家具",
            status="已获证",
            cert_no="CGP2409J0031",
            issue_date="2024-09-03",
            valid_until="2029-09-02",
        ),
        f,
    )
    s.put(
        [2, "平湖市曹桥纺织有限公司", c[2], "平湖市曹桥街道", "涤纶针织面料", "纺织产品", "培育中", d(2024, 9, 5)],
        ok(
            G,
            enterprise_name="平湖市曹桥纺织有限公司",
            uscc=c[2],
            unit=U,
            product="涤纶针织面料",
            category="纺织产品",
            status="培育中",
            start_date="2024-09-05",
        ),
        f,
    )
    s.put(
        [
            3,
            "平湖市新埭涂料有限公司",
            c[3],
            "平湖市新埭镇",
            "水性木器涂料",
            "涂料",
            "已获证",
            None,
            "CGP2409T0036",
            d(2024, 9, 6),
            d(2029, 9, 5),
        ],
        ok(
            G,
            enterprise_name="平湖市新埭涂料有限公司",
            uscc=c[3],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2409T0036",
            issue_date="2024-09-06",
            valid_until="2029-09-05",
        ),
        f,
    )
    s.put(
        [4, "平湖市钟埭纸业有限公司", c[4], "平湖市钟埭街道", "生活用纸", "纸和纸制品", "培育中", d(2024, 9, 10)],
        ok(
            G,
            enterprise_name="平湖市钟埭纸业有限公司",
            uscc=c[4],
            unit=U,
            product="生活用纸",
            category="纸和纸制品",
            status="培育中",
            start_date="2024-09-10",
        ),
        f,
    )
    # 2029 typed as 2024: the certificate would expire the day before it was issued. Stored with a warning to check
    # the dates (the certificate is real; a date order is checked, not refused).
    s.put(
        [
            5,
            "平湖市林埭建材有限公司",
            c[5],
            "平湖市林埭镇",
            "陶瓷砖",
            "建筑陶瓷",
            "已获证",
            None,
            "CGP2409C0041",
            d(2024, 9, 12),
            d(2024, 9, 11),
        ],
        ok(
            G,
            enterprise_name="平湖市林埭建材有限公司",
            uscc=c[5],
            unit=U,
            product="陶瓷砖",
            category="建筑陶瓷",
            status="已获证",
            cert_no="CGP2409C0041",
            issue_date="2024-09-12",
            valid_until="2024-09-11",
        ),
        f,
    )
    s.put(
        [
            6,
            "平湖市广陈人造板有限公司",
            c[6],
            "平湖市广陈镇",
            "刨花板",
            "人造板和木质地板",
            "已获证",
            None,
            "CGP2409R0044",
            d(2024, 9, 13),
            d(2029, 9, 12),
        ],
        ok(
            G,
            enterprise_name="平湖市广陈人造板有限公司",
            uscc=c[6],
            unit=U,
            product="刨花板",
            category="人造板和木质地板",
            status="已获证",
            cert_no="CGP2409R0044",
            issue_date="2024-09-13",
            valid_until="2029-09-12",
        ),
        f,
    )
    s.put(
        [
            7,
            "平湖市独山港塑业有限公司",
            c[7],
            "平湖市独山港镇",
            "塑料收纳箱",
            "塑料制品",
            "培育中",
            d(2024, 9, 18),
            None,
            None,
            None,
            "10月申请认证",
        ],
        ok(
            G,
            enterprise_name="平湖市独山港塑业有限公司",
            uscc=c[7],
            unit=U,
            product="塑料收纳箱",
            category="塑料制品",
            status="培育中",
            start_date="2024-09-18",
        ),
        f,
    )
    s.put(
        [
            8,
            "平湖市乍浦服饰有限公司",
            c[8],
            "平湖市",
            "羽绒服",
            "纺织产品",
            "已获证",
            None,
            "CGP2409F0052",
            d(2024, 9, 20),
            d(2029, 9, 19),
        ],
        ok(
            G,
            enterprise_name="平湖市乍浦服饰有限公司",
            uscc=c[8],
            unit=U,
            product="羽绒服",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2409F0052",
            issue_date="2024-09-20",
            valid_until="2029-09-19",
        ),
        f,
    )
    s.put(
        [9, "平湖市新仓家居有限公司", c[9], "平湖市新仓镇", "软体沙发", "家具", "培育中", d(2024, 9, 25)],
        ok(
            G,
            enterprise_name="平湖市新仓家居有限公司",
            uscc=c[9],
            unit=U,
            product="软体沙发",
            category="家具",
            status="培育中",
            start_date="2024-09-25",
        ),
        f,
    )
    s.put(["填表人：陆晓燕", None, None, "联系电话：0573-85012277"])
    # The list the 产品类别 drop-down reads from, kept visible on its own sheet: no data.
    t = x.sheet("认证目录")
    t.put(["绿色产品认证目录（产品类别）"], bold=True)
    categories = [
        "人造板和木质地板",
        "涂料",
        "卫生陶瓷",
        "建筑玻璃",
        "太阳能热水系统",
        "家具",
        "绝热材料",
        "防水与密封材料",
    ]
    categories += ["陶瓷砖（板）", "纺织产品", "木塑制品", "纸和纸制品", "塑料制品", "洗涤用品", "建筑陶瓷"]
    for name in categories:
        t.put([name])
    t.widths(22)
    check = DataValidation(type="list", formula1=f"认证目录!$A$2:$A${t.n}", allow_blank=True)
    s.ws.add_data_validation(check)
    check.add("F4:F30")
    return Case(
        "pinghu_2024-09_green_validity_typo.xlsx",
        U,
        "2024-09",
        "绿色产品认证 培育及获证情况表: 填报单位 / 填报日期 line, 所在地区 with towns and streets after 平湖市, "
        "认证状态 培育中 / 已获证 with 纳入培育日期 or 证书编号 / 发证日期 / 有效期至, a visible 认证目录 sheet "
        "feeding the 产品类别 drop-down; a 有效期至 a day before its 发证日期 (2029 typed 2024)",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def xiuzhou_green_number_code() -> Case:
    """GBK CSV saved from Excel with the header on line 1; a code Excel had turned into 9.13304E+17."""
    U, c = "秀洲区", Firms("秀洲区", "h13-g-csv")
    stem = "xiuzhou_2024-06_green_number_code"
    t = Lines(stem)
    t.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "区域",
            "产品名称",
            "产品种类",
            "获证情况",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ]
    )
    t.put(
        [
            1,
            "嘉兴市秀洲区王店家具有限公司",
            c[1],
            "秀洲区",
            "板式书柜",
            "家具",
            "已获证",
            "",
            "CGP2406J0018",
            "2024/6/3",
            "2029/6/2",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区王店家具有限公司",
            uscc=c[1],
            unit=U,
            product="板式书柜",
            category="家具",
            status="已获证",
            cert_no="CGP2406J0018",
            issue_date="2024-06-03",
            valid_until="2029-06-02",
        ),
    )
    t.put(
        [2, "嘉兴新塍纺织有限公司", c[2], "秀洲区", "纯棉毛巾", "纺织产品", "培育中", "2024/6/4", "", "", ""],
        ok(
            G,
            enterprise_name="嘉兴新塍纺织有限公司",
            uscc=c[2],
            unit=U,
            product="纯棉毛巾",
            category="纺织产品",
            status="培育中",
            start_date="2024-06-04",
        ),
    )
    t.put(
        [
            3,
            "嘉兴市秀洲区油车港涂料有限公司",
            c[3],
            "秀洲区",
            "水性内墙涂料",
            "涂料",
            "已获证",
            "",
            "CGP2406T0022",
            "2024/6/6",
            "2029/6/5",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区油车港涂料有限公司",
            uscc=c[3],
            unit=U,
            product="水性内墙涂料",
            category="涂料",
            status="已获证",
            cert_no="CGP2406T0022",
            issue_date="2024-06-06",
            valid_until="2029-06-05",
        ),
    )
    # The code was a number in the sheet: Excel wrote it as 9.13304E+17 and its digits are lost.
    assert c[4].isdigit()
    t.put(
        [
            4,
            "嘉兴市秀洲区洪合木业有限公司",
            "9.13304E+17",
            "秀洲区",
            "实木复合地板",
            "人造板和木质地板",
            "已获证",
            "",
            "CGP2406R0025",
            "2024/6/7",
            "2029/6/6",
        ],
        no(G),
    )
    t.put(
        [
            5,
            "嘉兴市秀洲区高照纸制品有限公司",
            c[5],
            "秀洲区",
            "纸质餐盒",
            "纸和纸制品",
            "培育中",
            "2024/6/11",
            "",
            "",
            "",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区高照纸制品有限公司",
            uscc=c[5],
            unit=U,
            product="纸质餐盒",
            category="纸和纸制品",
            status="培育中",
            start_date="2024-06-11",
        ),
    )
    t.put(
        [
            6,
            "嘉兴王江泾家纺有限公司",
            c[6],
            "秀洲区",
            "床上用品四件套",
            "纺织产品",
            "已获证",
            "",
            "CGP2406F0029",
            "2024/6/13",
            "2029/6/12",
        ],
        ok(
            G,
            enterprise_name="嘉兴王江泾家纺有限公司",
            uscc=c[6],
            unit=U,
            product="床上用品四件套",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2406F0029",
            issue_date="2024-06-13",
            valid_until="2029-06-12",
        ),
    )
    t.put(
        [
            7,
            "嘉兴市秀洲区新城塑料制品有限公司",
            c[7],
            "秀洲区",
            "塑料餐具",
            "塑料制品",
            "培育中",
            "2024/6/17",
            "",
            "",
            "",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区新城塑料制品有限公司",
            uscc=c[7],
            unit=U,
            product="塑料餐具",
            category="塑料制品",
            status="培育中",
            start_date="2024-06-17",
        ),
    )
    t.put(
        [
            8,
            "嘉兴市秀洲区王店洗涤用品有限公司",
            c[8],
            "秀洲区",
            "洗衣液",
            "洗涤用品",
            "已获证",
            "",
            "CGP2406X0033",
            "2024/6/20",
            "2029/6/19",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区王店洗涤用品有限公司",
            uscc=c[8],
            unit=U,
            product="洗衣液",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2406X0033",
            issue_date="2024-06-20",
            valid_until="2029-06-19",
        ),
    )
    t.put(
        [
            9,
            "嘉兴市秀洲区油车港家具有限公司",
            c[9],
            "秀洲区",
            "办公桌",
            "家具",
            "已获证",
            "",
            "CGP2406J0037",
            "2024/6/25",
            "2029/6/24",
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区油车港家具有限公司",
            uscc=c[9],
            unit=U,
            product="办公桌",
            category="家具",
            status="已获证",
            cert_no="CGP2406J0037",
            issue_date="2024-06-25",
            valid_until="2029-06-24",
        ),
    )
    return Case(
        f"{stem}.csv",
        U,
        "2024-06",
        "CSV (逗号分隔) saved from Excel in GBK: the header on line 1, no title or totals, 区域, 产品种类, 获证情况 "
        "已获证 / 培育中, dates 2024/6/3 as Excel shows them; one code kept as a number in the sheet and written "
        "9.13304E+17",
        True,
        t.text().encode("gbk"),
        t.rows,
        holdout_set=13,
    )


@case
def haining_three_same_withdrawn_note() -> Case:
    """三同 产品汇总表 with towns after 海宁市 and 声明时间 2024/6/5; a declaration the 备注 says was withdrawn."""
    U, c = "海宁市", Firms("海宁市", "h13-t-withdrawn")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("海宁市2024年6月“同线同标同质”产品汇总表", 9)
    s.put(["报送单位：海宁市市场监督管理局", None, None, None, None, None, "报送日期：2024年7月3日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "声明时间",
            "是否入驻“三同”平台",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 20, 12, 12, 12, 18)
    f = "yyyy/m/d"
    s.put(
        [1, "海宁市许村经编有限公司", c[1], "海宁市许村镇", "经编窗纱", "一般消费品", d(2024, 6, 5), "是"],
        ok(
            T,
            enterprise_name="海宁市许村经编有限公司",
            uscc=c[1],
            unit=U,
            product="经编窗纱",
            category="一般消费品",
            date="2024-06-05",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "海宁市海昌皮革有限公司", c[2], "海宁市海昌街道", "头层牛皮沙发革", "工业品", d(2024, 6, 6), "是"],
        ok(
            T,
            enterprise_name="海宁市海昌皮革有限公司",
            uscc=c[2],
            unit=U,
            product="头层牛皮沙发革",
            category="工业品",
            date="2024-06-06",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [3, "海宁市斜桥食品有限公司", c[3], "海宁市斜桥镇", "低盐榨菜", "食品农产品", d(2024, 6, 7), "否"],
        ok(
            T,
            enterprise_name="海宁市斜桥食品有限公司",
            uscc=c[3],
            unit=U,
            product="低盐榨菜",
            category="食品农产品",
            date="2024-06-07",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [4, "海宁市长安家纺有限公司", c[4], "海宁市长安镇", "涤纶提花沙发布", "一般消费品", d(2024, 6, 12), "是"],
        ok(
            T,
            enterprise_name="海宁市长安家纺有限公司",
            uscc=c[4],
            unit=U,
            product="涤纶提花沙发布",
            category="一般消费品",
            date="2024-06-12",
            on_platform=True,
        ),
        f,
    )
    # The firm withdrew the declaration before the return was sent: void.
    s.put(
        [
            5,
            "海宁市马桥轴承有限公司",
            c[5],
            "海宁市马桥街道",
            "圆柱滚子轴承",
            "工业品",
            d(2024, 6, 14),
            "是",
            "声明已撤回",
        ],
        no(T),
        f,
    )
    s.put(
        [6, "海宁市硖石服饰有限公司", c[6], "海宁市硖石街道", "皮革夹克", "一般消费品", d(2024, 6, 18), "是"],
        ok(
            T,
            enterprise_name="海宁市硖石服饰有限公司",
            uscc=c[6],
            unit=U,
            product="皮革夹克",
            category="一般消费品",
            date="2024-06-18",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [
            7,
            "海宁市周王庙农业开发有限公司",
            c[7],
            "海宁市周王庙镇",
            "鲜切花卉",
            "食品农产品",
            d(2024, 6, 20),
            "否",
            "拟7月入驻",
        ],
        ok(
            T,
            enterprise_name="海宁市周王庙农业开发有限公司",
            uscc=c[7],
            unit=U,
            product="鲜切花卉",
            category="食品农产品",
            date="2024-06-20",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [8, "海宁市袁花灯具有限公司", c[8], "海宁市袁花镇", "LED投光灯", "工业品", d(2024, 6, 24), "是"],
        ok(
            T,
            enterprise_name="海宁市袁花灯具有限公司",
            uscc=c[8],
            unit=U,
            product="LED投光灯",
            category="工业品",
            date="2024-06-24",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [9, "海宁市丁桥纺织有限公司", c[9], "海宁市", "经编毛绒玩具面料", "一般消费品", d(2024, 6, 27), "是"],
        ok(
            T,
            enterprise_name="海宁市丁桥纺织有限公司",
            uscc=c[9],
            unit=U,
            product="经编毛绒玩具面料",
            category="一般消费品",
            date="2024-06-27",
            on_platform=True,
        ),
        f,
    )
    s.put(["合计", "9个产品（其中1个已撤回）"])
    s.put(["经办人：吴佳慧", None, None, "科室负责人：张国强"])
    return Case(
        "haining_2024-06_three_same_withdrawn_note.xlsx",
        U,
        "2024-06",
        "“同线同标同质”产品汇总表: 报送单位 / 报送日期 line, 所属县（市、区） with towns and streets after "
        "海宁市, 声明时间 shown 2024/6/5, 是否入驻“三同”平台 是 / 否, 合计 and 经办人 / 科室负责人 line; a "
        "declaration whose 备注 says 声明已撤回",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


@case
def jiashan_three_same_code_none() -> Case:
    """三同产品统计表 with 产品领域, 公开声明日期 as text and a 说明 sheet; a code written 无."""
    U, c = "嘉善县", Firms("嘉善县", "h13-t-none")
    x = XBook()
    s = x.sheet("三同统计")
    s.title("嘉善县内外销产品“同线同标同质”统计表", 9)
    s.put(["统计期：2025年4月1日—4月30日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "“三同”产品名称",
            "产品领域",
            "公开声明日期",
            "是否入驻平台",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 12, 20, 12, 16, 12, 20)
    s.put(
        [1, "嘉善县魏塘食品有限公司", c[1], "嘉善县", "黄酒", "食品农产品", "2025年4月2日", "是"],
        ok(
            T,
            enterprise_name="嘉善县魏塘食品有限公司",
            uscc=c[1],
            unit=U,
            product="黄酒",
            category="食品农产品",
            date="2025-04-02",
            on_platform=True,
        ),
    )
    s.put(
        [2, "嘉善县西塘家具有限公司", c[2], "嘉善县", "藤编休闲椅", "一般消费品", "2025年4月3日", "是"],
        ok(
            T,
            enterprise_name="嘉善县西塘家具有限公司",
            uscc=c[2],
            unit=U,
            product="藤编休闲椅",
            category="一般消费品",
            date="2025-04-03",
            on_platform=True,
        ),
    )
    s.put(
        [3, "嘉善县姚庄电子科技有限公司", c[3], "嘉善县", "电子变压器", "工业品", "2025年4月8日", "否"],
        ok(
            T,
            enterprise_name="嘉善县姚庄电子科技有限公司",
            uscc=c[3],
            unit=U,
            product="电子变压器",
            category="工业品",
            date="2025-04-08",
            on_platform=False,
        ),
    )
    s.put(
        [4, "嘉善县天凝竹木有限公司", c[4], "嘉善县", "竹制砧板", "一般消费品", "2025年4月10日", "是"],
        ok(
            T,
            enterprise_name="嘉善县天凝竹木有限公司",
            uscc=c[4],
            unit=U,
            product="竹制砧板",
            category="一般消费品",
            date="2025-04-10",
            on_platform=True,
        ),
    )
    # The clerk wrote 无 for a shop whose code she did not have: no credit code.
    s.put(
        [5, "嘉善县陶庄镇阿明粽子店", "无", "嘉善县", "鲜肉粽", "食品农产品", "2025年4月14日", "否", "个体工商户"],
        no(T),
    )
    s.put(
        [6, "嘉善县干窑砖瓦有限公司", c[6], "嘉善县", "京砖", "工业品", "2025年4月16日", "否"],
        ok(
            T,
            enterprise_name="嘉善县干窑砖瓦有限公司",
            uscc=c[6],
            unit=U,
            product="京砖",
            category="工业品",
            date="2025-04-16",
            on_platform=False,
        ),
    )
    s.put(
        [7, "嘉善县大云农业科技有限公司", c[7], "嘉善县", "鲜食葡萄", "食品农产品", "2025年4月21日", "是"],
        ok(
            T,
            enterprise_name="嘉善县大云农业科技有限公司",
            uscc=c[7],
            unit=U,
            product="鲜食葡萄",
            category="食品农产品",
            date="2025-04-21",
            on_platform=True,
        ),
    )
    s.put(
        [8, "嘉善县罗星紧固件有限公司", c[8], "嘉善县", "不锈钢膨胀螺栓", "工业品", "2025年4月24日", "是"],
        ok(
            T,
            enterprise_name="嘉善县罗星紧固件有限公司",
            uscc=c[8],
            unit=U,
            product="不锈钢膨胀螺栓",
            category="工业品",
            date="2025-04-24",
            on_platform=True,
        ),
    )
    s.put(
        [
            9,
            "嘉善县惠民五金制品有限公司",
            c[9],
            "嘉善县",
            "不锈钢保温杯",
            "一般消费品",
            "2025年4月28日",
            "是",
            "首次声明",
        ],
        ok(
            T,
            enterprise_name="嘉善县惠民五金制品有限公司",
            uscc=c[9],
            unit=U,
            product="不锈钢保温杯",
            category="一般消费品",
            date="2025-04-28",
            on_platform=True,
        ),
    )
    s.put(["填报人：孙悦", None, None, "联系电话：0573-84188602"])
    # The bureau's own notes for whoever fills the sheet next month: no data.
    t = x.sheet("说明")
    t.put(["填表说明"], bold=True)
    t.put(["1. 每个“三同”产品填一行，同一企业多个产品分行填写。"])
    t.put(["2. 产品领域按食品农产品、一般消费品、工业品填写。"])
    t.put(["3. 公开声明日期以“三同”平台公开时间为准。"])
    t.widths(60)
    return Case(
        "jiashan_2025-04_three_same_code_none.xlsx",
        U,
        "2025-04",
        "“同线同标同质”统计表 on sheet 三同统计: 统计期 line (2025年4月1日—4月30日), “三同”产品名称, 产品领域, "
        "公开声明日期 as text 2025年4月2日, 是否入驻平台 是 / 否, 填报人 line, and a second sheet 说明 of three "
        "numbered notes; a 个体工商户 whose code is written 无",
        True,
        x.data(),
        x.rows,
        holdout_set=13,
    )


# =============================================================================================
# Holdout set 14: ordinary layouts from other clerks over a year, each with at most one real-world quirk
# =============================================================================================
@case
def pinghu_benchmarking_result_aside() -> Case:
    """附件1 对标达标完成情况表 with 所在地区 and 联系人; 达到（部分指标优于）; a row 备注 重复上报."""
    U, c = "平湖市", Firms("平湖市", "h14-b-aside")
    x = XBook()
    s = x.sheet("对标达标完成情况")
    s.put(["附件1"])
    s.title("平湖市企业标准对标达标完成情况表（2024年12月）", 10)
    s.put(["填报单位（盖章）：平湖市市场监督管理局", None, None, None, None, None, None, "填报日期：2025年1月3日"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在地区",
            "对标产品名称",
            "对标的先进标准",
            "对标结果",
            "完成日期",
            "联系人",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 16, 18, 24, 20, 16, 10, 20)
    f = CN_DATE
    s.put(
        [1, "平湖市新仓箱包有限公司", c[1], "平湖市", "拉杆箱", "EN 15986:2011", "达到", d(2024, 12, 3), "张伟"],
        ok(
            B,
            enterprise_name="平湖市新仓箱包有限公司",
            uscc=c[1],
            unit=U,
            product="拉杆箱",
            standard_no="EN 15986:2011",
            result="达到",
            date="2024-12-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "平湖市当湖服饰有限公司",
            c[2],
            "平湖市当湖街道",
            "羽绒服",
            "EN 12934:1999",
            "优于",
            d(2024, 12, 4),
            "陆芳",
        ],
        ok(
            B,
            enterprise_name="平湖市当湖服饰有限公司",
            uscc=c[2],
            unit=U,
            product="羽绒服",
            standard_no="EN 12934:1999",
            result="优于",
            date="2024-12-04",
        ),
        f,
    )
    s.put(
        [
            3,
            "浙江平湖精工汽车零部件有限公司",
            c[3],
            "平湖市",
            "汽车制动盘",
            "SAE J431:2018",
            "达到",
            d(2024, 12, 6),
            "沈强",
        ],
        ok(
            B,
            enterprise_name="浙江平湖精工汽车零部件有限公司",
            uscc=c[3],
            unit=U,
            product="汽车制动盘",
            standard_no="SAE J431:2018",
            result="达到",
            date="2024-12-06",
        ),
        f,
    )
    # The clerk's aside after the result: the result is 达到.
    s.put(
        [
            4,
            "平湖市曹桥五金有限公司",
            c[4],
            "平湖市曹桥街道",
            "门用执手",
            "EN 1906:2012",
            "达到（部分指标优于）",
            d(2024, 12, 10),
            "顾明",
        ],
        ok(
            B,
            enterprise_name="平湖市曹桥五金有限公司",
            uscc=c[4],
            unit=U,
            product="门用执手",
            standard_no="EN 1906:2012",
            result="达到",
            date="2024-12-10",
        ),
        f,
    )
    s.put(
        [5, "平湖市钟埭光电科技有限公司", c[5], "平湖市", "LED面板灯", "IEC 60598-2-1:2020", "达到", d(2024, 12, 12)],
        ok(
            B,
            enterprise_name="平湖市钟埭光电科技有限公司",
            uscc=c[5],
            unit=U,
            product="LED面板灯",
            standard_no="IEC 60598-2-1:2020",
            result="达到",
            date="2024-12-12",
        ),
        f,
    )
    # Reported again though November's return had it: the 备注 marks it void.
    s.put(
        [
            6,
            "平湖市林埭纺织有限公司",
            c[6],
            "平湖市林埭镇",
            "涤纶针织面料",
            "ISO 12945-2:2020",
            "达到",
            d(2024, 11, 26),
            "钱丽",
            "重复上报（11月已报）",
        ],
        no(B),
        f,
    )
    s.put(
        [7, "平湖市广陈农业机械有限公司", c[7], "平湖市广陈镇", "旋耕机", "ISO 4254-5:2018", "达到", d(2024, 12, 17)],
        ok(
            B,
            enterprise_name="平湖市广陈农业机械有限公司",
            uscc=c[7],
            unit=U,
            product="旋耕机",
            standard_no="ISO 4254-5:2018",
            result="达到",
            date="2024-12-17",
        ),
        f,
    )
    s.put(
        [8, "平湖市新埭电器有限公司", c[8], "平湖市新埭镇", "卧式吸尘器", "IEC 60312-1:2016", "优于", d(2024, 12, 20)],
        ok(
            B,
            enterprise_name="平湖市新埭电器有限公司",
            uscc=c[8],
            unit=U,
            product="卧式吸尘器",
            standard_no="IEC 60312-1:2016",
            result="优于",
            date="2024-12-20",
        ),
        f,
    )
    s.put(
        [
            9,
            "平湖市独山港包装材料有限公司",
            c[9],
            "平湖市",
            "瓦楞纸箱",
            "ISO 3037:2022",
            "达到",
            d(2024, 12, 26),
            "吴斌",
        ],
        ok(
            B,
            enterprise_name="平湖市独山港包装材料有限公司",
            uscc=c[9],
            unit=U,
            product="瓦楞纸箱",
            standard_no="ISO 3037:2022",
            result="达到",
            date="2024-12-26",
        ),
        f,
    )
    s.put(["合计", "8家"])
    s.put(["单位负责人：陆建华", None, None, "审核人：沈丽", None, None, None, "填表人：顾敏"])
    return Case(
        "pinghu_2024-12_benchmarking_result_aside.xlsx",
        U,
        "2024-12",
        "附件1 对标达标完成情况表: 附件1 line over the title, 填报单位（盖章） / 填报日期 line, 所在地区 with "
        "streets and towns after 平湖市, 对标的先进标准, 完成日期 shown 2024年12月3日, 联系人, 合计, 单位负责人 / "
        "审核人 / 填表人 line; a result 达到（部分指标优于）; a row whose 备注 says 重复上报（11月已报）",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def xiuzhou_benchmarking_standard_title_column() -> Case:
    """对标达标情况汇总表 with 国际标准名称 beside 国际标准编号; 完成时间 typed as a month in some rows."""
    U, c = "秀洲区", Firms("秀洲区", "h14-b-title")
    x = XBook()
    s = x.sheet("对标达标")
    s.title("秀洲区企业标准对标达标情况汇总表", 9)
    s.put(["统计月份：2025年6月", None, None, None, None, "填报单位：嘉兴市秀洲区市场监督管理局"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属区县",
            "产品名称",
            "国际标准编号",
            "国际标准名称",
            "对标结论",
            "完成时间",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 16, 22, 40, 10, 16)
    f, m = CN_DATE, 'yyyy"年"m"月"'
    s.put(
        [
            1,
            "嘉兴市秀洲区王店电器有限公司",
            c[1],
            "秀洲区",
            "电饭煲",
            "IEC 60335-2-15:2016",
            "家用和类似用途电器的安全 第2-15部分：液体加热器的特殊要求",
            "达到",
            d(2025, 6, 4),
        ],
        ok(
            B,
            enterprise_name="嘉兴市秀洲区王店电器有限公司",
            uscc=c[1],
            unit=U,
            product="电饭煲",
            standard_no="IEC 60335-2-15:2016",
            result="达到",
            date="2025-06-04",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴洪合智能家居有限公司",
            c[2],
            "秀洲",
            "智能门锁",
            "EN 12209:2016",
            "建筑五金 锁具 机械锁及锁扣板",
            "优于",
            d(2025, 6, 6),
        ],
        ok(
            B,
            enterprise_name="嘉兴洪合智能家居有限公司",
            uscc=c[2],
            unit=U,
            product="智能门锁",
            standard_no="EN 12209:2016",
            result="优于",
            date="2025-06-06",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴秀洲光伏科技有限公司",
            c[3],
            "秀洲区",
            "光伏组件",
            "IEC 61215-1:2021",
            "地面用光伏组件 设计鉴定和定型 第1部分：测试要求",
            "达到",
            d(2025, 6, 10),
        ],
        ok(
            B,
            enterprise_name="嘉兴秀洲光伏科技有限公司",
            uscc=c[3],
            unit=U,
            product="光伏组件",
            standard_no="IEC 61215-1:2021",
            result="达到",
            date="2025-06-10",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴新塍新材料有限公司",
            c[4],
            "秀洲区",
            "聚酯切片",
            "ASTM D4603-18",
            "聚对苯二甲酸乙二醇酯特性黏度测定方法",
            "达到",
            d(2025, 6, 12),
        ],
        ok(
            B,
            enterprise_name="嘉兴新塍新材料有限公司",
            uscc=c[4],
            unit=U,
            product="聚酯切片",
            standard_no="ASTM D4603-18",
            result="达到",
            date="2025-06-12",
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴油车港照明电器有限公司",
            c[5],
            "秀洲区",
            "LED筒灯",
            "IEC 60598-2-2:2022",
            "灯具 第2-2部分：嵌入式灯具的特殊要求",
            "达到",
            d(2025, 6, 17),
        ],
        ok(
            B,
            enterprise_name="嘉兴油车港照明电器有限公司",
            uscc=c[5],
            unit=U,
            product="LED筒灯",
            standard_no="IEC 60598-2-2:2022",
            result="达到",
            date="2025-06-17",
        ),
        f,
    )
    # From here the clerk typed only the month (2025年6月): Excel keeps the 1st and shows the month.
    s.put(
        [
            6,
            "嘉兴市秀洲区高照厨具有限公司",
            c[6],
            "秀洲区",
            "不锈钢锅具",
            "EN 12983-1:2023",
            "烹饪器具 家用烹饪器具 第1部分：通用要求",
            "优于",
            d(2025, 6, 1),
        ],
        ok(
            B,
            enterprise_name="嘉兴市秀洲区高照厨具有限公司",
            uscc=c[6],
            unit=U,
            product="不锈钢锅具",
            standard_no="EN 12983-1:2023",
            result="优于",
            date="2025-06-01",
        ),
        m,
    )
    # The standard not yet given: a required field holding a placeholder.
    s.put(
        [7, "嘉兴王江泾纺织有限公司", c[7], "秀洲区", "涤纶仿真丝面料", "待补充", None, "达到", d(2025, 6, 1)],
        no(B),
        m,
    )
    s.put(
        [
            8,
            "嘉兴市秀洲区新城电机有限公司",
            c[8],
            "秀洲区",
            "吸尘器电机",
            "IEC 60034-30-1:2014",
            "旋转电机 第30-1部分：交流电动机的效率分级",
            "达到",
            d(2025, 6, 1),
        ],
        ok(
            B,
            enterprise_name="嘉兴市秀洲区新城电机有限公司",
            uscc=c[8],
            unit=U,
            product="吸尘器电机",
            standard_no="IEC 60034-30-1:2014",
            result="达到",
            date="2025-06-01",
        ),
        m,
    )
    s.put(
        [
            9,
            "嘉兴秀洲区洪合毛衫有限公司",
            c[9],
            "秀洲",
            "羊毛衫",
            "ISO 6330:2021",
            "纺织品 试验用家庭洗涤和干燥程序",
            "达到",
            d(2025, 6, 1),
        ],
        ok(
            B,
            enterprise_name="嘉兴秀洲区洪合毛衫有限公司",
            uscc=c[9],
            unit=U,
            product="羊毛衫",
            standard_no="ISO 6330:2021",
            result="达到",
            date="2025-06-01",
        ),
        m,
    )
    s.put(["注：国际标准名称填写中文译名；完成时间不能确定到日的，填写到月。"])
    s.put(["填表人：许晨", None, None, None, "联系电话：0573-82716350"])
    return Case(
        "xiuzhou_2025-06_benchmarking_standard_title_column.xlsx",
        U,
        "2025-06",
        "对标达标情况汇总表: 统计月份 / 填报单位 line, 所属区县 秀洲区 / 秀洲, 国际标准编号 with 国际标准名称 (its "
        "Chinese title; no field) beside it, 对标结论, 完成时间 shown 2025年6月4日 or, typed as a month, 2025年6月; a "
        "note and 填表人 line; a standard 待补充",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def haiyan_brand_mark_spacer_column() -> Case:
    """品字标 培育月报 with an empty narrow column between 企业名称 and the code; 培育 / 认证; a product 待定."""
    U, c = "海盐县", Firms("海盐县", "h14-p-spacer")
    x = XBook()
    s = x.sheet("品字标")
    s.title("海盐县“品字标浙江制造”品牌培育月报（2024年9月）", 11)
    s.put(["报送日期：2024年10月8日", None, None, None, None, None, None, None, None, "单位：家"])
    s.put(
        [
            "序号",
            "企业名称",
            None,
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "培育/认证",
            "浙江制造标准",
            "认证证书编号",
            "时间",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 2, 22, 12, 20, 10, 18, 22, 12, 18)
    f = "yyyy/mm/dd"
    s.put(
        [
            1,
            "浙江海盐力源紧固件有限公司",
            None,
            c[1],
            "海盐县",
            "不锈钢六角螺栓",
            "认证",
            "T/ZZB 0843—2018",
            "ZJM-009-5102-2024",
            d(2024, 9, 5),
        ],
        ok(
            P,
            enterprise_name="浙江海盐力源紧固件有限公司",
            uscc=c[1],
            unit=U,
            product="不锈钢六角螺栓",
            status="已认证",
            standard_no="T/ZZB 0843—2018",
            cert_no="ZJM-009-5102-2024",
            date="2024-09-05",
        ),
        f,
    )
    s.put(
        [2, "海盐县秦山阀门有限公司", None, c[2], "海盐县", "闸阀", "培育", "T/ZZB 1689—2020", "/", d(2024, 9, 6)],
        ok(
            P,
            enterprise_name="海盐县秦山阀门有限公司",
            uscc=c[2],
            unit=U,
            product="闸阀",
            status="入库培育",
            standard_no="T/ZZB 1689—2020",
            date="2024-09-06",
        ),
        f,
    )
    s.put(
        [
            3,
            "海盐县百步五金有限公司",
            None,
            c[3],
            "海盐县",
            "不锈钢合页",
            "培育",
            "T/ZZB 2231—2021",
            "/",
            d(2024, 9, 10),
        ],
        ok(
            P,
            enterprise_name="海盐县百步五金有限公司",
            uscc=c[3],
            unit=U,
            product="不锈钢合页",
            status="入库培育",
            standard_no="T/ZZB 2231—2021",
            date="2024-09-10",
        ),
        f,
    )
    s.put(
        [
            4,
            "浙江海盐通元机械有限公司",
            None,
            c[4],
            "海盐县",
            "小型潜水电泵",
            "认证",
            "T/ZZB 0567—2018",
            "ZJM-009-5117-2024",
            d(2024, 9, 12),
        ],
        ok(
            P,
            enterprise_name="浙江海盐通元机械有限公司",
            uscc=c[4],
            unit=U,
            product="小型潜水电泵",
            status="已认证",
            standard_no="T/ZZB 0567—2018",
            cert_no="ZJM-009-5117-2024",
            date="2024-09-12",
        ),
        f,
    )
    s.put(
        [5, "海盐县沈荡酿造有限公司", None, c[5], "海盐县", "黄酒", "培育", "T/ZZB 0721—2018", "/", d(2024, 9, 13)],
        ok(
            P,
            enterprise_name="海盐县沈荡酿造有限公司",
            uscc=c[5],
            unit=U,
            product="黄酒",
            status="入库培育",
            standard_no="T/ZZB 0721—2018",
            date="2024-09-13",
        ),
        f,
    )
    # The product not yet settled with the firm: a required field holding a placeholder.
    s.put(
        [6, "海盐县于城电子有限公司", None, c[6], "海盐县", "待定", "培育", "/", "/", d(2024, 9, 18), "产品待企业确认"],
        no(P),
        f,
    )
    s.put(
        [
            7,
            "海盐县澉浦建材有限公司",
            None,
            c[7],
            "海盐县",
            "蒸压加气混凝土砌块",
            "认证",
            "T/ZZB 1021—2019",
            "ZJM-009-5125-2024",
            d(2024, 9, 20),
        ],
        ok(
            P,
            enterprise_name="海盐县澉浦建材有限公司",
            uscc=c[7],
            unit=U,
            product="蒸压加气混凝土砌块",
            status="已认证",
            standard_no="T/ZZB 1021—2019",
            cert_no="ZJM-009-5125-2024",
            date="2024-09-20",
        ),
        f,
    )
    s.put(
        [
            8,
            "海盐县西塘桥纺织有限公司",
            None,
            c[8],
            "海盐县",
            "经编面料",
            "培育",
            "T/ZZB 2460—2021",
            "/",
            d(2024, 9, 24),
        ],
        ok(
            P,
            enterprise_name="海盐县西塘桥纺织有限公司",
            uscc=c[8],
            unit=U,
            product="经编面料",
            status="入库培育",
            standard_no="T/ZZB 2460—2021",
            date="2024-09-24",
        ),
        f,
    )
    s.put(
        [
            9,
            "海盐县望海电气有限公司",
            None,
            c[9],
            "海盐县",
            "低压开关柜",
            "培育",
            "T/ZZB 0190—2017",
            "/",
            d(2024, 9, 26),
        ],
        ok(
            P,
            enterprise_name="海盐县望海电气有限公司",
            uscc=c[9],
            unit=U,
            product="低压开关柜",
            status="入库培育",
            standard_no="T/ZZB 0190—2017",
            date="2024-09-26",
        ),
        f,
    )
    s.put(
        [
            10,
            "浙江海盐华联包装有限公司",
            None,
            c[10],
            "海盐县",
            "食品用塑料周转箱",
            "认证",
            "T/ZZB 1420—2019",
            "ZJM-009-5131-2024",
            d(2024, 9, 27),
        ],
        ok(
            P,
            enterprise_name="浙江海盐华联包装有限公司",
            uscc=c[10],
            unit=U,
            product="食品用塑料周转箱",
            status="已认证",
            standard_no="T/ZZB 1420—2019",
            cert_no="ZJM-009-5131-2024",
            date="2024-09-27",
        ),
        f,
    )
    s.put(["合计：培育6家，认证4家"])
    s.put(["填表人：冯佳", None, None, None, None, "联系电话：0573-86029117"])
    return Case(
        "haiyan_2024-09_brand_mark_spacer_column.xlsx",
        U,
        "2024-09",
        "品字标 培育月报: 报送日期 / 单位：家 line, an empty narrow column left between 企业名称 and "
        "统一社会信用代码, 培育/认证 培育 / 认证, 浙江制造标准, 认证证书编号 / for the pool's firms, 时间 shown "
        "2024/09/05, 合计 and 填表人 lines; a product 待定",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def jingkai_brand_mark_contents_sheet() -> Case:
    """A 目录 sheet listing the 附表, the list on 附表1 and counts on 附表2; one row pasted twice."""
    U, c = "嘉兴经济技术开发区", Firms("嘉兴经济技术开发区", "h14-p-contents")
    x = XBook()
    t = x.sheet("目录")
    t.put(["嘉兴经济技术开发区2025年3月质量提升工作报表"], bold=True)
    t.put(["序号", "表名", "备注"], bold=True)
    t.put([1, "附表1 “品字标浙江制造”入库培育及认证企业情况表", "本月新增"])
    t.put([2, "附表2 “品字标”企业情况统计", "本月及本年累计"])
    t.put(["报送单位：嘉兴经济技术开发区市场监管分局", None, "2025年4月2日"])
    t.widths(6, 50, 16)
    s = x.sheet("附表1")
    s.title("附表1  “品字标浙江制造”入库培育及认证企业情况表", 10)
    s.put(["填报单位：嘉兴经济技术开发区市场监管分局", None, None, None, None, None, None, "2025年3月"])
    s.put(
        ["序号", "单位名称", "社会信用代码", "属地", "产品名称", "状态", "标准号", "证书号", "日期", "备注"],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 20, 10, 18, 22, 12, 14)
    f = "yyyy-mm-dd"
    s.put(
        [
            1,
            "嘉兴经开智能装备有限公司",
            c[1],
            "经开",
            "数控折弯机",
            "已认证",
            "T/ZZB 1712—2020",
            "ZJM-004-4215-2025",
            d(2025, 3, 4),
        ],
        ok(
            P,
            enterprise_name="嘉兴经开智能装备有限公司",
            uscc=c[1],
            unit=U,
            product="数控折弯机",
            status="已认证",
            standard_no="T/ZZB 1712—2020",
            cert_no="ZJM-004-4215-2025",
            date="2025-03-04",
        ),
        f,
    )
    s.put(
        [2, "嘉兴城南烘焙食品有限公司", c[2], "经开", "冷冻面团", "入库培育", "T/ZZB 2895—2022", None, d(2025, 3, 5)],
        ok(
            P,
            enterprise_name="嘉兴城南烘焙食品有限公司",
            uscc=c[2],
            unit=U,
            product="冷冻面团",
            status="入库培育",
            standard_no="T/ZZB 2895—2022",
            date="2025-03-05",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴嘉北汽车零部件有限公司",
            c[3],
            "经开区",
            "汽车座椅调角器",
            "入库培育",
            "T/ZZB 1334—2019",
            None,
            d(2025, 3, 7),
        ],
        ok(
            P,
            enterprise_name="嘉兴嘉北汽车零部件有限公司",
            uscc=c[3],
            unit=U,
            product="汽车座椅调角器",
            status="入库培育",
            standard_no="T/ZZB 1334—2019",
            date="2025-03-07",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴长水精密机械有限公司",
            c[4],
            "经开",
            "滚珠丝杠副",
            "已认证",
            "T/ZZB 0958—2019",
            "ZJM-004-4228-2025",
            d(2025, 3, 11),
        ],
        ok(
            P,
            enterprise_name="嘉兴长水精密机械有限公司",
            uscc=c[4],
            unit=U,
            product="滚珠丝杠副",
            status="已认证",
            standard_no="T/ZZB 0958—2019",
            cert_no="ZJM-004-4228-2025",
            date="2025-03-11",
        ),
        f,
    )
    s.put(
        [5, "嘉兴经开乳业有限公司", c[5], "经开", "巴氏杀菌乳", "入库培育", "T/ZZB 0436—2018", None, d(2025, 3, 12)],
        ok(
            P,
            enterprise_name="嘉兴经开乳业有限公司",
            uscc=c[5],
            unit=U,
            product="巴氏杀菌乳",
            status="入库培育",
            standard_no="T/ZZB 0436—2018",
            date="2025-03-12",
        ),
        f,
    )
    # Row 5 pasted again with its 序号: an exact repeat.
    s.put(
        [5, "嘉兴经开乳业有限公司", c[5], "经开", "巴氏杀菌乳", "入库培育", "T/ZZB 0436—2018", None, d(2025, 3, 12)],
        no(P),
        f,
    )
    s.put(
        [
            6,
            "嘉兴塘汇电子科技有限公司",
            c[7],
            "经开区",
            "车载摄像头模组",
            "入库培育",
            "T/ZZB 3012—2023",
            None,
            d(2025, 3, 18),
        ],
        ok(
            P,
            enterprise_name="嘉兴塘汇电子科技有限公司",
            uscc=c[7],
            unit=U,
            product="车载摄像头模组",
            status="入库培育",
            standard_no="T/ZZB 3012—2023",
            date="2025-03-18",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴经开环保设备有限公司",
            c[8],
            "经开",
            "袋式除尘器",
            "已认证",
            "T/ZZB 1160—2019",
            "ZJM-004-4240-2025",
            d(2025, 3, 21),
        ],
        ok(
            P,
            enterprise_name="嘉兴经开环保设备有限公司",
            uscc=c[8],
            unit=U,
            product="袋式除尘器",
            status="已认证",
            standard_no="T/ZZB 1160—2019",
            cert_no="ZJM-004-4240-2025",
            date="2025-03-21",
        ),
        f,
    )
    s.put(
        [8, "嘉兴城南调味品有限公司", c[9], "经开", "料酒", "入库培育", "T/ZZB 2577—2021", None, d(2025, 3, 25)],
        ok(
            P,
            enterprise_name="嘉兴城南调味品有限公司",
            uscc=c[9],
            unit=U,
            product="料酒",
            status="入库培育",
            standard_no="T/ZZB 2577—2021",
            date="2025-03-25",
        ),
        f,
    )
    s.put(["填报人：褚佳琪", None, None, None, "联系电话：0573-82211046"])
    u = x.sheet("附表2")
    u.put(["附表2  “品字标”企业情况统计"], bold=True)
    u.put(["项目", "本月新增", "本年累计"], bold=True)
    u.put(["入库培育企业（家）", 5, 14])
    u.put(["认证企业（家）", 3, 7])
    u.widths(24, 12, 12)
    x.wb.active = 1
    x.wb["目录"].sheet_view.tabSelected = False
    x.wb["附表1"].sheet_view.tabSelected = True
    return Case(
        "jingkai_2025-03_brand_mark_contents_sheet.xlsx",
        U,
        "2025-03",
        "the zone's monthly workbook: a 目录 sheet listing the 附表 (序号 | 表名 | 备注; no data), the list on 附表1 "
        "(单位名称, 社会信用代码, 属地 经开 / 经开区, 状态 入库培育 / 已认证, 标准号, 证书号, 日期) and a 附表2 of "
        "counts; row 5 pasted again with its 序号",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def jiashan_recall_start_suffix() -> Case:
    """召回情况统计表 with 召回时间 typed as text, several with 起 after the day; a 涉及数量 待统计."""
    U, c = "嘉善县", Firms("嘉善县", "h14-r-start")
    x = XBook()
    s = x.sheet("召回情况")
    s.title("嘉善县缺陷产品召回情况统计表", 13)
    s.put(["统计月份：2025年1月", None, None, None, None, None, None, None, None, None, "填报人：金晓丽"])
    s.put(
        [
            "序号",
            "召回企业名称",
            "统一社会信用代码",
            "所在县区",
            "产品名称",
            "规格型号",
            "缺陷描述",
            "召回方式",
            "涉及数量",
            "计量单位",
            "召回时间",
            "已召回",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 10, 14, 18, 34, 10, 10, 8, 18, 8, 20)
    s.put(
        [
            1,
            "嘉善县魏塘家具有限公司",
            c[1],
            "嘉善县",
            "儿童高脚椅",
            "JS-GJ01",
            "锁定装置失效，存在跌落风险",
            "主动召回",
            1260,
            "把",
            "2025年1月6日起",
            310,
        ],
        ok(
            R,
            enterprise_name="嘉善县魏塘家具有限公司",
            uscc=c[1],
            unit=U,
            product="儿童高脚椅",
            model="JS-GJ01",
            defect="锁定装置失效，存在跌落风险",
            recall_type="主动召回",
            quantity=1260,
            quantity_unit="把",
            date="2025-01-06",
            recalled=310,
        ),
    )
    s.put(
        [
            2,
            "嘉善县姚庄电子科技有限公司",
            c[2],
            "嘉善县",
            "移动电源",
            "YZ-PB20、YZ-PB10",
            "电芯过热，存在起火风险",
            "主动召回",
            5400,
            "个",
            "2025年1月8日",
            1200,
        ],
        ok(
            R,
            enterprise_name="嘉善县姚庄电子科技有限公司",
            uscc=c[2],
            unit=U,
            product="移动电源",
            model="YZ-PB20、YZ-PB10",
            defect="电芯过热，存在起火风险",
            recall_type="主动召回",
            quantity=5400,
            quantity_unit="个",
            date="2025-01-08",
            recalled=1200,
        ),
    )
    s.put(
        [
            3,
            "嘉善县西塘木业有限公司",
            c[3],
            "嘉善县",
            "儿童床",
            "XT-EC120",
            "护栏间隙过大，存在夹伤风险",
            "责令召回",
            380,
            "张",
            "2025年1月10日起",
            0,
        ],
        ok(
            R,
            enterprise_name="嘉善县西塘木业有限公司",
            uscc=c[3],
            unit=U,
            product="儿童床",
            model="XT-EC120",
            defect="护栏间隙过大，存在夹伤风险",
            recall_type="责令召回",
            quantity=380,
            quantity_unit="张",
            date="2025-01-10",
            recalled=0,
        ),
    )
    s.put(
        [
            4,
            "嘉善县天凝电器有限公司",
            c[4],
            "嘉善县",
            "电暖器",
            "TN-NQ2200",
            "倾倒开关失效，存在火灾隐患",
            "主动召回",
            2150,
            "台",
            "2025年1月13日起",
            860,
        ],
        ok(
            R,
            enterprise_name="嘉善县天凝电器有限公司",
            uscc=c[4],
            unit=U,
            product="电暖器",
            model="TN-NQ2200",
            defect="倾倒开关失效，存在火灾隐患",
            recall_type="主动召回",
            quantity=2150,
            quantity_unit="台",
            date="2025-01-13",
            recalled=860,
        ),
    )
    # The firm still counting what it sold: a required quantity holding a placeholder.
    s.put(
        [
            5,
            "嘉善县惠民玩具有限公司",
            c[5],
            "嘉善县",
            "磁力积木",
            "HM-CL64",
            "小磁体易脱落，存在误吞风险",
            "主动召回",
            "待统计",
            "套",
            "2025年1月15日起",
            None,
            "企业正在核查销售记录",
        ],
        no(R),
    )
    s.put(
        [
            6,
            "嘉善县罗星灯饰有限公司",
            c[6],
            "嘉善县",
            "LED吸顶灯",
            "LX-XD36",
            "灯罩卡扣强度不足，存在坠落风险",
            "主动召回",
            3300,
            "套",
            "2025年1月17日",
            950,
        ],
        ok(
            R,
            enterprise_name="嘉善县罗星灯饰有限公司",
            uscc=c[6],
            unit=U,
            product="LED吸顶灯",
            model="LX-XD36",
            defect="灯罩卡扣强度不足，存在坠落风险",
            recall_type="主动召回",
            quantity=3300,
            quantity_unit="套",
            date="2025-01-17",
            recalled=950,
        ),
    )
    s.put(
        [
            7,
            "嘉善县干窑电动车有限公司",
            c[7],
            "嘉善县",
            "电动自行车",
            "GY-TDR48",
            "刹车线固定件松动，存在制动失效风险",
            "主动召回",
            640,
            "辆",
            "2025年1月20日起",
            125,
        ],
        ok(
            R,
            enterprise_name="嘉善县干窑电动车有限公司",
            uscc=c[7],
            unit=U,
            product="电动自行车",
            model="GY-TDR48",
            defect="刹车线固定件松动，存在制动失效风险",
            recall_type="主动召回",
            quantity=640,
            quantity_unit="辆",
            date="2025-01-20",
            recalled=125,
        ),
    )
    s.put(
        [
            8,
            "嘉善县大云厨具有限公司",
            c[8],
            "嘉善县",
            "家用燃气灶",
            "DY-JZ2",
            "熄火保护装置响应时间过长",
            "主动召回",
            1780,
            "台",
            "2025年1月24日起",
            0,
        ],
        ok(
            R,
            enterprise_name="嘉善县大云厨具有限公司",
            uscc=c[8],
            unit=U,
            product="家用燃气灶",
            model="DY-JZ2",
            defect="熄火保护装置响应时间过长",
            recall_type="主动召回",
            quantity=1780,
            quantity_unit="台",
            date="2025-01-24",
            recalled=0,
        ),
    )
    s.put(["合计", None, None, None, None, None, None, None, 14910, None, None, 3445])
    s.put(["审核：郁建平", None, None, None, None, None, None, None, "报出日期：2025年2月5日"])
    return Case(
        "jiashan_2025-01_recall_start_suffix.xlsx",
        U,
        "2025-01",
        "召回情况统计表: 统计月份 / 填报人 line, 召回企业名称, 所在县区, 缺陷描述, 召回方式, 涉及数量 and "
        "计量单位 (把, 个, 张, 台, 套, 辆), 召回时间 typed as text, most with 起 after the day (2025年1月6日起), "
        "已召回, 合计 of sums, 审核 / 报出日期 line; a 涉及数量 待统计",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def gangqu_recall_type_aside() -> Case:
    """The zone's 召回工作情况 with 召回类型 written 主动召回（经约谈）; a wrong check character."""
    U, c = "嘉兴港区", Firms("嘉兴港区", "h14-r-aside")
    x = XBook()
    s = x.sheet("召回")
    s.title("嘉兴港区缺陷产品召回工作情况（2024年10月）", 12)
    s.put(
        [
            "填报单位：嘉兴港区市场监督管理分局",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "报送日期：2024年11月5日",
        ]
    )
    s.put(
        [
            "序号",
            "生产企业",
            "信用代码",
            "区域",
            "召回产品",
            "型号",
            "召回类型",
            "涉及数量",
            "单位",
            "已召回数量",
            "召回开始日期",
            "缺陷情况",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 16, 14, 18, 10, 6, 10, 14, 34)
    f = "yyyy.m.d"
    s.put(
        [
            1,
            "嘉兴港区鑫达塑业有限公司",
            c[1],
            "港区",
            "儿童塑料餐具",
            "XD-CJ05",
            "主动召回",
            4800,
            "套",
            1650,
            d(2024, 10, 8),
            "总迁移量超标",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区鑫达塑业有限公司",
            uscc=c[1],
            unit=U,
            product="儿童塑料餐具",
            model="XD-CJ05",
            recall_type="主动召回",
            quantity=4800,
            quantity_unit="套",
            recalled=1650,
            date="2024-10-08",
            defect="总迁移量超标",
        ),
        f,
    )
    # The firm recalled after the bureau's interview: still a voluntary recall.
    s.put(
        [
            2,
            "嘉兴港区美嘉涂料有限公司",
            c[2],
            "嘉兴港区",
            "木器漆",
            "MJ-MQ01",
            "主动召回（经约谈）",
            2600,
            "桶",
            900,
            d(2024, 10, 10),
            "苯系物含量超标",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区美嘉涂料有限公司",
            uscc=c[2],
            unit=U,
            product="木器漆",
            model="MJ-MQ01",
            recall_type="主动召回",
            quantity=2600,
            quantity_unit="桶",
            recalled=900,
            date="2024-10-10",
            defect="苯系物含量超标",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴港区乍浦五金制品有限公司",
            c[3],
            "港区",
            "家用折叠梯",
            "ZP-ZT4",
            "主动召回",
            720,
            "把",
            300,
            d(2024, 10, 12),
            "锁止装置强度不足，存在倒塌风险",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区乍浦五金制品有限公司",
            uscc=c[3],
            unit=U,
            product="家用折叠梯",
            model="ZP-ZT4",
            recall_type="主动召回",
            quantity=720,
            quantity_unit="把",
            recalled=300,
            date="2024-10-12",
            defect="锁止装置强度不足，存在倒塌风险",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴港区恒信胶粘剂有限公司",
            c[4],
            "港区",
            "万能胶",
            "HX-502",
            "责令召回",
            12000,
            "支",
            0,
            d(2024, 10, 15),
            "苯含量超标",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区恒信胶粘剂有限公司",
            uscc=c[4],
            unit=U,
            product="万能胶",
            model="HX-502",
            recall_type="责令召回",
            quantity=12000,
            quantity_unit="支",
            recalled=0,
            date="2024-10-15",
            defect="苯含量超标",
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [
            5,
            "嘉兴港区汇丰电器有限公司",
            wrong_check(c[5]),
            "港区",
            "电热毯",
            "HF-DRT150",
            "主动召回",
            1900,
            "条",
            540,
            d(2024, 10, 17),
            "温控器失效，存在过热风险",
        ],
        no(R),
        f,
    )
    s.put(
        [
            6,
            "嘉兴港区东方塑料制品有限公司",
            c[6],
            "嘉兴港区",
            "儿童水杯",
            "DF-BS350",
            "主动召回（经约谈）",
            3500,
            "个",
            1200,
            d(2024, 10, 21),
            "吸管组件易脱落，存在窒息风险",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区东方塑料制品有限公司",
            uscc=c[6],
            unit=U,
            product="儿童水杯",
            model="DF-BS350",
            recall_type="主动召回",
            quantity=3500,
            quantity_unit="个",
            recalled=1200,
            date="2024-10-21",
            defect="吸管组件易脱落，存在窒息风险",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴港区华泰日化有限公司",
            c[7],
            "港区",
            "洗洁精",
            "HT-XJ500",
            "主动召回",
            8600,
            "瓶",
            4300,
            d(2024, 10, 24),
            "甲醛含量超标",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区华泰日化有限公司",
            uscc=c[7],
            unit=U,
            product="洗洁精",
            model="HT-XJ500",
            recall_type="主动召回",
            quantity=8600,
            quantity_unit="瓶",
            recalled=4300,
            date="2024-10-24",
            defect="甲醛含量超标",
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴港区永达电动车配件有限公司",
            c[8],
            "港区",
            "电动自行车充电器",
            "YD-CD48",
            "主动召回",
            2300,
            "个",
            760,
            d(2024, 10, 29),
            "输出短路保护失效",
        ],
        ok(
            R,
            enterprise_name="嘉兴港区永达电动车配件有限公司",
            uscc=c[8],
            unit=U,
            product="电动自行车充电器",
            model="YD-CD48",
            recall_type="主动召回",
            quantity=2300,
            quantity_unit="个",
            recalled=760,
            date="2024-10-29",
            defect="输出短路保护失效",
        ),
        f,
    )
    s.blank()
    s.put(["联系人：马骏", None, None, "电话：0573-85520318"])
    return Case(
        "gangqu_2024-10_recall_type_aside.xlsx",
        U,
        "2024-10",
        "the zone's 召回工作情况 on sheet 召回: 填报单位 / 报送日期 line, 生产企业, 信用代码, 区域 港区 / "
        "嘉兴港区, 召回产品, 型号, 召回类型 主动召回 / 责令召回 and twice 主动召回（经约谈）, 单位 before "
        "已召回数量, 召回开始日期 shown 2024.10.8, 缺陷情况 last, 联系人 line; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def haining_recall_planned_end() -> Case:
    """召回情况 with 召回开始日期 and 计划完成日期 (a planned date, no field); an empty 涉及数量."""
    U, c = "海宁市", Firms("海宁市", "h14-r-planned")
    x = XBook()
    s = x.sheet("缺陷产品召回")
    s.title("海宁市2025年5月缺陷产品召回情况", 14)
    s.put(
        [
            "报送单位：海宁市市场监督管理局质量发展科",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "2025年6月4日",
        ]
    )
    s.put(
        [
            "序号",
            "生产者名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "型号规格",
            "存在问题",
            "召回类型",
            "涉及数量",
            "单位",
            "召回开始日期",
            "计划完成日期",
            "已召回数量",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 12, 14, 12, 30, 10, 10, 6, 16, 16, 10, 14)
    f = CN_DATE

    def put(n, name, code, product, model, defect, kind, qty, unit, start, plan, recalled, expect, note=None):
        s.put(
            [n, name, code, "海宁市", product, model, defect, kind, qty, unit, start, plan, recalled, note], expect, f
        )

    put(
        1,
        "海宁市斜桥灯具有限公司",
        c[1],
        "落地灯",
        "XQ-LD12",
        "插头尺寸不符合要求，存在触电风险",
        "主动召回",
        2800,
        "台",
        d(2025, 5, 6),
        d(2025, 7, 31),
        640,
        ok(
            R,
            enterprise_name="海宁市斜桥灯具有限公司",
            uscc=c[1],
            unit=U,
            product="落地灯",
            model="XQ-LD12",
            defect="插头尺寸不符合要求，存在触电风险",
            recall_type="主动召回",
            quantity=2800,
            quantity_unit="台",
            date="2025-05-06",
            recalled=640,
        ),
    )
    put(
        2,
        "海宁市许村布艺有限公司",
        c[2],
        "儿童房窗帘",
        "XC-CL01",
        "拉绳过长，存在勒颈风险",
        "主动召回",
        1500,
        "套",
        d(2025, 5, 8),
        d(2025, 6, 30),
        420,
        ok(
            R,
            enterprise_name="海宁市许村布艺有限公司",
            uscc=c[2],
            unit=U,
            product="儿童房窗帘",
            model="XC-CL01",
            defect="拉绳过长，存在勒颈风险",
            recall_type="主动召回",
            quantity=1500,
            quantity_unit="套",
            date="2025-05-08",
            recalled=420,
        ),
    )
    put(
        3,
        "海宁市海昌皮具有限公司",
        c[3],
        "儿童双肩包",
        "HC-SJB03",
        "拉链头含铅量超标",
        "主动召回",
        900,
        "个",
        d(2025, 5, 9),
        d(2025, 6, 30),
        180,
        ok(
            R,
            enterprise_name="海宁市海昌皮具有限公司",
            uscc=c[3],
            unit=U,
            product="儿童双肩包",
            model="HC-SJB03",
            defect="拉链头含铅量超标",
            recall_type="主动召回",
            quantity=900,
            quantity_unit="个",
            date="2025-05-09",
            recalled=180,
        ),
    )
    put(
        4,
        "海宁市长安电器有限公司",
        c[4],
        "电热水袋",
        "CA-RSD",
        "充电时漏液，存在烫伤风险",
        "责令召回",
        6200,
        "个",
        d(2025, 5, 13),
        d(2025, 8, 31),
        0,
        ok(
            R,
            enterprise_name="海宁市长安电器有限公司",
            uscc=c[4],
            unit=U,
            product="电热水袋",
            model="CA-RSD",
            defect="充电时漏液，存在烫伤风险",
            recall_type="责令召回",
            quantity=6200,
            quantity_unit="个",
            date="2025-05-13",
            recalled=0,
        ),
    )
    # The quantity left empty while the firm checks its records: a required field missing.
    put(
        5,
        "海宁市周王庙电子有限公司",
        c[5],
        "移动电源",
        "ZWM-10K",
        "过充保护失效，存在起火风险",
        "主动召回",
        None,
        "个",
        d(2025, 5, 15),
        None,
        None,
        no(R),
        "数量核实中",
    )
    put(
        6,
        "海宁市马桥五金有限公司",
        c[6],
        "折叠晾衣架",
        "MQ-LYJ",
        "铰链处间隙过大，存在夹手风险",
        "主动召回",
        3400,
        "个",
        d(2025, 5, 20),
        d(2025, 7, 20),
        1100,
        ok(
            R,
            enterprise_name="海宁市马桥五金有限公司",
            uscc=c[6],
            unit=U,
            product="折叠晾衣架",
            model="MQ-LYJ",
            defect="铰链处间隙过大，存在夹手风险",
            recall_type="主动召回",
            quantity=3400,
            quantity_unit="个",
            date="2025-05-20",
            recalled=1100,
        ),
    )
    put(
        7,
        "海宁市袁花家纺有限公司",
        c[7],
        "电热毯",
        "YH-DRT",
        "温控器失效，存在过热风险",
        "主动召回",
        1260,
        "条",
        d(2025, 5, 22),
        d(2025, 7, 31),
        300,
        ok(
            R,
            enterprise_name="海宁市袁花家纺有限公司",
            uscc=c[7],
            unit=U,
            product="电热毯",
            model="YH-DRT",
            defect="温控器失效，存在过热风险",
            recall_type="主动召回",
            quantity=1260,
            quantity_unit="条",
            date="2025-05-22",
            recalled=300,
        ),
    )
    put(
        8,
        "海宁市丁桥童车有限公司",
        c[8],
        "儿童三轮车",
        "DQ-SL08",
        "车把强度不足，存在断裂风险",
        "主动召回",
        780,
        "辆",
        d(2025, 5, 26),
        d(2025, 7, 31),
        95,
        ok(
            R,
            enterprise_name="海宁市丁桥童车有限公司",
            uscc=c[8],
            unit=U,
            product="儿童三轮车",
            model="DQ-SL08",
            defect="车把强度不足，存在断裂风险",
            recall_type="主动召回",
            quantity=780,
            quantity_unit="辆",
            date="2025-05-26",
            recalled=95,
        ),
    )
    put(
        9,
        "海宁市硖石照明科技有限公司",
        c[9],
        "LED球泡灯",
        "XS-QP9W",
        "灯头温升过高",
        "主动召回",
        12000,
        "只",
        d(2025, 5, 28),
        d(2025, 8, 31),
        2600,
        ok(
            R,
            enterprise_name="海宁市硖石照明科技有限公司",
            uscc=c[9],
            unit=U,
            product="LED球泡灯",
            model="XS-QP9W",
            defect="灯头温升过高",
            recall_type="主动召回",
            quantity=12000,
            quantity_unit="只",
            date="2025-05-28",
            recalled=2600,
        ),
    )
    s.put(["注：计划完成日期以企业备案的召回计划为准。"])
    s.put(["经办人：陈晓", None, None, None, "科室负责人：王立群"])
    return Case(
        "haining_2025-05_recall_planned_end.xlsx",
        U,
        "2025-05",
        "缺陷产品召回情况: 报送单位 line with the sending date, 存在问题, 召回开始日期 and a 计划完成日期 beside it (a "
        "planned date; no field), both shown 2025年5月6日, 已召回数量, 备注, a note and 经办人 / 科室负责人 line; an "
        "empty 涉及数量",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def nanhu_green_certificate_list() -> Case:
    """获证情况 with no status column, 认证目录 and 认证机构; a firm with two certificates; a 经开区 firm's row."""
    U, c, jk = "南湖区", Firms("南湖区", "h14-g-list"), Firms("嘉兴经济技术开发区", "h14-g-list-jk")
    x = XBook()
    s = x.sheet("绿色产品认证")
    s.title("南湖区绿色产品认证获证情况（2024年11月）", 11)
    s.put(["填报单位：嘉兴市南湖区市场监督管理局", None, None, None, None, None, None, None, "填报时间：2024年12月2日"])
    s.put(
        [
            "序号",
            "获证企业",
            "统一社会信用代码",
            "区域",
            "获证产品",
            "认证目录",
            "证书编号",
            "发证日期",
            "有效期至",
            "认证机构",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 30, 22, 10, 20, 18, 16, 12, 12, 24, 12)
    f = "yyyy-m-d"
    s.put(
        [
            1,
            "嘉兴市南湖区凤桥家具有限公司",
            c[1],
            "南湖区",
            "实木餐桌",
            "家具",
            "CGP2411J0052",
            d(2024, 11, 4),
            d(2029, 11, 3),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市南湖区凤桥家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木餐桌",
            category="家具",
            status="已获证",
            cert_no="CGP2411J0052",
            issue_date="2024-11-04",
            valid_until="2029-11-03",
        ),
        f,
    )
    s.put(
        [
            2,
            "嘉兴市大桥纺织有限公司",
            c[2],
            "南湖区",
            "全棉床单",
            "纺织产品",
            "CGP2411F0057",
            d(2024, 11, 5),
            d(2029, 11, 4),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市大桥纺织有限公司",
            uscc=c[2],
            unit=U,
            product="全棉床单",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2411F0057",
            issue_date="2024-11-05",
            valid_until="2029-11-04",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴市七星建材有限公司",
            c[3],
            "南湖",
            "岩棉板",
            "绝热材料",
            "CGP2411A0061",
            d(2024, 11, 7),
            d(2029, 11, 6),
            "中国建材检验认证集团股份有限公司",
        ],
        ok(
            G,
            enterprise_name="嘉兴市七星建材有限公司",
            uscc=c[3],
            unit=U,
            product="岩棉板",
            category="绝热材料",
            status="已获证",
            cert_no="CGP2411A0061",
            issue_date="2024-11-07",
            valid_until="2029-11-06",
        ),
        f,
    )
    s.put(
        [
            4,
            "嘉兴市新丰纸业有限公司",
            c[4],
            "南湖区",
            "瓦楞原纸",
            "纸和纸制品",
            "CGP2411Z0064",
            d(2024, 11, 11),
            d(2029, 11, 10),
            "中环联合（北京）认证中心有限公司",
        ],
        ok(
            G,
            enterprise_name="嘉兴市新丰纸业有限公司",
            uscc=c[4],
            unit=U,
            product="瓦楞原纸",
            category="纸和纸制品",
            status="已获证",
            cert_no="CGP2411Z0064",
            issue_date="2024-11-11",
            valid_until="2029-11-10",
        ),
        f,
    )
    s.put(
        [
            5,
            "嘉兴市余新塑料制品有限公司",
            c[5],
            "南湖区",
            "塑料收纳箱",
            "塑料制品",
            "CGP2411S0068",
            d(2024, 11, 12),
            d(2029, 11, 11),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市余新塑料制品有限公司",
            uscc=c[5],
            unit=U,
            product="塑料收纳箱",
            category="塑料制品",
            status="已获证",
            cert_no="CGP2411S0068",
            issue_date="2024-11-12",
            valid_until="2029-11-11",
        ),
        f,
    )
    s.put(
        [
            6,
            "嘉兴市东栅防水材料有限公司",
            c[6],
            "南湖区",
            "弹性体改性沥青防水卷材",
            "防水与密封材料",
            "CGP2411W0071",
            d(2024, 11, 14),
            d(2029, 11, 13),
            "中国建材检验认证集团股份有限公司",
        ],
        ok(
            G,
            enterprise_name="嘉兴市东栅防水材料有限公司",
            uscc=c[6],
            unit=U,
            product="弹性体改性沥青防水卷材",
            category="防水与密封材料",
            status="已获证",
            cert_no="CGP2411W0071",
            issue_date="2024-11-14",
            valid_until="2029-11-13",
        ),
        f,
    )
    # A 经开 firm (its code carries 330402 as Nanhu's do): the zone reports it.
    s.put(
        [
            7,
            "嘉兴经开涂料有限公司",
            jk[1],
            "经开区",
            "水性工业涂料",
            "涂料",
            "CGP2411T0074",
            d(2024, 11, 18),
            d(2029, 11, 17),
            "中国质量认证中心",
        ],
        no(G),
        f,
    )
    s.put(
        [
            8,
            "嘉兴市南湖区云海洗涤用品有限公司",
            c[8],
            "南湖区",
            "无磷洗衣粉",
            "洗涤用品",
            "CGP2411X0077",
            d(2024, 11, 19),
            d(2029, 11, 18),
            "中国质量认证中心",
        ],
        ok(
            G,
            enterprise_name="嘉兴市南湖区云海洗涤用品有限公司",
            uscc=c[8],
            unit=U,
            product="无磷洗衣粉",
            category="洗涤用品",
            status="已获证",
            cert_no="CGP2411X0077",
            issue_date="2024-11-19",
            valid_until="2029-11-18",
        ),
        f,
    )
    # The first firm's second certificate.
    s.put(
        [
            9,
            "嘉兴市南湖区凤桥家具有限公司",
            c[1],
            "南湖区",
            "实木餐椅",
            "家具",
            "CGP2411J0079",
            d(2024, 11, 20),
            d(2029, 11, 19),
            "中国质量认证中心",
            "同一企业第2张",
        ],
        ok(
            G,
            enterprise_name="嘉兴市南湖区凤桥家具有限公司",
            uscc=c[1],
            unit=U,
            product="实木餐椅",
            category="家具",
            status="已获证",
            cert_no="CGP2411J0079",
            issue_date="2024-11-20",
            valid_until="2029-11-19",
        ),
        f,
    )
    s.put(["合计", "8家企业，9张证书"])
    s.put(["填表人：钟怡", None, None, None, "审核人：屠文斌"])
    return Case(
        "nanhu_2024-11_green_certificate_list.xlsx",
        U,
        "2024-11",
        "绿色产品认证获证情况: 填报单位 / 填报时间 line, 获证企业, 区域 南湖区 / 南湖, 获证产品, 认证目录, no status "
        "column, 发证日期 / 有效期至 shown 2024-11-4, 认证机构, one firm with two certificates, 合计 and 填表人 / "
        "审核人 line; a 经开区 firm's row",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def tongxiang_green_cultivation_xls() -> Case:
    """Excel 97-2003 培育及获证名单 with 培育产品 and 认证进展; a 认证进展 待定."""
    U, c = "桐乡市", Firms("桐乡市", "h14-g-xls")
    x = XlsBook()
    s = x.sheet("绿色产品")
    f = "yyyy-mm-dd"
    s.put(["桐乡市绿色产品认证培育及获证企业名单（2024年8月新增）"])
    s.put(["填报单位：桐乡市市场监督管理局"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "培育产品",
            "产品类别",
            "认证进展",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "有效期至",
        ]
    )
    s.put(
        [1, "桐乡市濮院毛衫有限公司", c[1], "桐乡市", "羊毛衫", "纺织产品", "培育中", d(2024, 8, 2)],
        ok(
            G,
            enterprise_name="桐乡市濮院毛衫有限公司",
            uscc=c[1],
            unit=U,
            product="羊毛衫",
            category="纺织产品",
            status="培育中",
            start_date="2024-08-02",
        ),
        f,
    )
    s.put(
        [
            2,
            "桐乡市梧桐家具有限公司",
            c[2],
            "桐乡市",
            "实木床",
            "家具",
            "已获证",
            None,
            "CGP2408J0031",
            d(2024, 8, 5),
            d(2029, 8, 4),
        ],
        ok(
            G,
            enterprise_name="桐乡市梧桐家具有限公司",
            uscc=c[2],
            unit=U,
            product="实木床",
            category="家具",
            status="已获证",
            cert_no="CGP2408J0031",
            issue_date="2024-08-05",
            valid_until="2029-08-04",
        ),
        f,
    )
    s.put(
        [3, "桐乡市崇福涂料有限公司", c[3], "桐乡市", "水性木器涂料", "涂料", "培育中", d(2024, 8, 7)],
        ok(
            G,
            enterprise_name="桐乡市崇福涂料有限公司",
            uscc=c[3],
            unit=U,
            product="水性木器涂料",
            category="涂料",
            status="培育中",
            start_date="2024-08-07",
        ),
        f,
    )
    s.put(
        [4, "桐乡市洲泉化纤有限公司", c[4], "桐乡市", "再生涤纶短纤维", "纺织产品", "培育中", d(2024, 8, 9)],
        ok(
            G,
            enterprise_name="桐乡市洲泉化纤有限公司",
            uscc=c[4],
            unit=U,
            product="再生涤纶短纤维",
            category="纺织产品",
            status="培育中",
            start_date="2024-08-09",
        ),
        f,
    )
    s.put(
        [
            5,
            "桐乡市大麻家纺有限公司",
            c[5],
            "桐乡市",
            "蚕丝被",
            "纺织产品",
            "已获证",
            None,
            "CGP2408F0036",
            d(2024, 8, 13),
            d(2029, 8, 12),
        ],
        ok(
            G,
            enterprise_name="桐乡市大麻家纺有限公司",
            uscc=c[5],
            unit=U,
            product="蚕丝被",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2408F0036",
            issue_date="2024-08-13",
            valid_until="2029-08-12",
        ),
        f,
    )
    # The clerk did not know where the firm stood: the status is unknown.
    s.put(
        [6, "桐乡市河山建材有限公司", c[6], "桐乡市", "陶瓷砖", "陶瓷砖（板）", "待定", d(2024, 8, 16)],
        no(G),
        f,
    )
    s.put(
        [7, "桐乡市石门纸业有限公司", c[7], "桐乡市", "纸质包装盒", "纸和纸制品", "培育中", d(2024, 8, 20)],
        ok(
            G,
            enterprise_name="桐乡市石门纸业有限公司",
            uscc=c[7],
            unit=U,
            product="纸质包装盒",
            category="纸和纸制品",
            status="培育中",
            start_date="2024-08-20",
        ),
        f,
    )
    s.put(
        [
            8,
            "桐乡市高桥玻璃有限公司",
            c[8],
            "桐乡市",
            "中空玻璃",
            "建筑玻璃",
            "已获证",
            None,
            "CGP2408B0042",
            d(2024, 8, 22),
            d(2029, 8, 21),
        ],
        ok(
            G,
            enterprise_name="桐乡市高桥玻璃有限公司",
            uscc=c[8],
            unit=U,
            product="中空玻璃",
            category="建筑玻璃",
            status="已获证",
            cert_no="CGP2408B0042",
            issue_date="2024-08-22",
            valid_until="2029-08-21",
        ),
        f,
    )
    s.put(
        [9, "桐乡市屠甸塑料制品有限公司", c[9], "桐乡市", "塑料保鲜盒", "塑料制品", "培育中", d(2024, 8, 27)],
        ok(
            G,
            enterprise_name="桐乡市屠甸塑料制品有限公司",
            uscc=c[9],
            unit=U,
            product="塑料保鲜盒",
            category="塑料制品",
            status="培育中",
            start_date="2024-08-27",
        ),
        f,
    )
    s.put([])
    s.put(["制表：沈晓燕", None, None, None, "审核：徐国庆"])
    return Case(
        "tongxiang_2024-08_green_cultivation_xls.xls",
        U,
        "2024-08",
        "Excel 97-2003 培育及获证企业名单 on sheet 绿色产品: title and 填报单位 lines, 培育产品, 产品类别, 认证进展 "
        "培育中 / 已获证, 纳入培育日期 or the certificate's 证书编号 / 发证日期 / 有效期至, dates shown 2024-08-02, "
        "制表 / 审核 line; a 认证进展 待定",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def xiuzhou_green_code_short() -> Case:
    """工作进展 on Sheet1 with the header frozen in row 3 and a merged count line; a 17-character code."""
    U, c = "秀洲区", Firms("秀洲区", "h14-g-short")
    x = XBook()
    s = x.sheet("Sheet1")
    s.title("秀洲区绿色产品认证工作进展（10月）", 12)
    s.put(["数据截至：2024年10月31日"])
    header = s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "县（市、区）",
            "产品名称",
            "产品类别",
            "认证状态",
            "纳入培育日期",
            "证书编号",
            "发证日期",
            "证书有效期至",
            "备注",
        ],
        bold=True,
    )
    s.ws.freeze_panes = f"A{header + 1}"
    s.widths(6, 30, 22, 12, 16, 16, 10, 16, 16, 16, 16, 12)
    f = CN_DATE
    s.put(
        [
            1,
            "嘉兴市秀洲区新塍木业有限公司",
            c[1],
            "秀洲区",
            "强化木地板",
            "人造板和木质地板",
            "已获证",
            None,
            "CGP2410R0044",
            d(2024, 10, 8),
            d(2029, 10, 7),
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区新塍木业有限公司",
            uscc=c[1],
            unit=U,
            product="强化木地板",
            category="人造板和木质地板",
            status="已获证",
            cert_no="CGP2410R0044",
            issue_date="2024-10-08",
            valid_until="2029-10-07",
        ),
        f,
    )
    s.put(
        [2, "嘉兴王店塑胶有限公司", c[2], "秀洲区", "塑料衣架", "塑料制品", "培育中", d(2024, 10, 9)],
        ok(
            G,
            enterprise_name="嘉兴王店塑胶有限公司",
            uscc=c[2],
            unit=U,
            product="塑料衣架",
            category="塑料制品",
            status="培育中",
            start_date="2024-10-09",
        ),
        f,
    )
    s.put(
        [
            3,
            "嘉兴市秀洲区洪合毛纺有限公司",
            c[3],
            "秀洲区",
            "羊毛毯",
            "纺织产品",
            "已获证",
            None,
            "CGP2410F0047",
            d(2024, 10, 10),
            d(2029, 10, 9),
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区洪合毛纺有限公司",
            uscc=c[3],
            unit=U,
            product="羊毛毯",
            category="纺织产品",
            status="已获证",
            cert_no="CGP2410F0047",
            issue_date="2024-10-10",
            valid_until="2029-10-09",
        ),
        f,
    )
    s.put(
        [4, "嘉兴油车港涂装材料有限公司", c[4], "秀洲区", "水性防腐涂料", "涂料", "培育中", d(2024, 10, 14)],
        ok(
            G,
            enterprise_name="嘉兴油车港涂装材料有限公司",
            uscc=c[4],
            unit=U,
            product="水性防腐涂料",
            category="涂料",
            status="培育中",
            start_date="2024-10-14",
        ),
        f,
    )
    # A character lost when the code was typed: 17 characters, no valid code.
    s.put(
        [5, "嘉兴市秀洲区高照纸箱有限公司", c[5][:17], "秀洲区", "快递包装箱", "快递包装", "培育中", d(2024, 10, 16)],
        no(G),
        f,
    )
    s.put(
        [
            6,
            "嘉兴新塍家具制造有限公司",
            c[6],
            "秀洲区",
            "办公椅",
            "家具",
            "已获证",
            None,
            "CGP2410J0052",
            d(2024, 10, 18),
            d(2029, 10, 17),
        ],
        ok(
            G,
            enterprise_name="嘉兴新塍家具制造有限公司",
            uscc=c[6],
            unit=U,
            product="办公椅",
            category="家具",
            status="已获证",
            cert_no="CGP2410J0052",
            issue_date="2024-10-18",
            valid_until="2029-10-17",
        ),
        f,
    )
    s.put(
        [
            7,
            "嘉兴市秀洲区王江泾洗涤用品有限公司",
            c[7],
            "秀洲区",
            "洗衣凝珠",
            "洗涤用品",
            "培育中",
            d(2024, 10, 22),
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区王江泾洗涤用品有限公司",
            uscc=c[7],
            unit=U,
            product="洗衣凝珠",
            category="洗涤用品",
            status="培育中",
            start_date="2024-10-22",
        ),
        f,
    )
    s.put(
        [
            8,
            "嘉兴秀洲建筑玻璃有限公司",
            c[8],
            "秀洲区",
            "Low-E中空玻璃",
            "建筑玻璃",
            "已获证",
            None,
            "CGP2410B0058",
            d(2024, 10, 24),
            d(2029, 10, 23),
        ],
        ok(
            G,
            enterprise_name="嘉兴秀洲建筑玻璃有限公司",
            uscc=c[8],
            unit=U,
            product="Low-E中空玻璃",
            category="建筑玻璃",
            status="已获证",
            cert_no="CGP2410B0058",
            issue_date="2024-10-24",
            valid_until="2029-10-23",
        ),
        f,
    )
    s.put(
        [
            9,
            "嘉兴市秀洲区新城保温材料有限公司",
            c[9],
            "秀洲区",
            "挤塑聚苯板",
            "绝热材料",
            "培育中",
            d(2024, 10, 28),
        ],
        ok(
            G,
            enterprise_name="嘉兴市秀洲区新城保温材料有限公司",
            uscc=c[9],
            unit=U,
            product="挤塑聚苯板",
            category="绝热材料",
            status="培育中",
            start_date="2024-10-28",
        ),
        f,
    )
    row = s.put(["本月新增培育企业4家、获证企业4家（证书4张）。"])
    s.merge(f"A{row}:L{row}")
    return Case(
        "xiuzhou_2024-10_green_code_short.xlsx",
        U,
        "2024-10",
        "绿色产品认证工作进展 on Sheet1: 数据截至 line, the header frozen in row 3, 认证状态 培育中 / 已获证 with "
        "纳入培育日期 or the certificate's columns (证书有效期至), dates shown 2024年10月8日, a count sentence merged "
        "across under the list; a code one character short (17)",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def jiashan_three_same_category_aside() -> Case:
    """三同 产品情况表 with 产品类别 written with its sub-class in brackets; one row pasted twice."""
    U, c = "嘉善县", Firms("嘉善县", "h14-t-aside")
    x = XBook()
    s = x.sheet("三同产品")
    s.title("嘉善县“同线同标同质”产品情况表", 9)
    s.put(["（2024年10月）"])
    s.put(["填报单位（盖章）：嘉善县市场监督管理局"])
    s.put(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”平台",
            "备注",
        ],
        bold=True,
    )
    s.widths(6, 28, 22, 14, 16, 24, 12, 12, 14)
    f = "yyyy.m.d"
    s.put(
        [1, "嘉善县魏塘木业有限公司", c[1], "嘉善县", "实木餐椅", "一般消费品（家具）", d(2024, 10, 8), "是"],
        ok(
            T,
            enterprise_name="嘉善县魏塘木业有限公司",
            uscc=c[1],
            unit=U,
            product="实木餐椅",
            category="一般消费品",
            date="2024-10-08",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [2, "嘉善县西塘黄酒有限公司", c[2], "嘉善县", "花雕酒", "食品农产品（酒类）", d(2024, 10, 9), "是"],
        ok(
            T,
            enterprise_name="嘉善县西塘黄酒有限公司",
            uscc=c[2],
            unit=U,
            product="花雕酒",
            category="食品农产品",
            date="2024-10-09",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [3, "嘉善县姚庄电子有限公司", c[3], "嘉善县", "片式电感", "工业品（电子元器件）", d(2024, 10, 11), "否"],
        ok(
            T,
            enterprise_name="嘉善县姚庄电子有限公司",
            uscc=c[3],
            unit=U,
            product="片式电感",
            category="工业品",
            date="2024-10-11",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [4, "嘉善县天凝家居用品有限公司", c[4], "嘉善县", "竹木收纳盒", "一般消费品", d(2024, 10, 15), "是"],
        ok(
            T,
            enterprise_name="嘉善县天凝家居用品有限公司",
            uscc=c[4],
            unit=U,
            product="竹木收纳盒",
            category="一般消费品",
            date="2024-10-15",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [5, "嘉善县陶庄五金有限公司", c[5], "嘉善县", "不锈钢门铰链", "工业品（五金）", d(2024, 10, 17), "是"],
        ok(
            T,
            enterprise_name="嘉善县陶庄五金有限公司",
            uscc=c[5],
            unit=U,
            product="不锈钢门铰链",
            category="工业品",
            date="2024-10-17",
            on_platform=True,
        ),
        f,
    )
    # Row 5 pasted again with its 序号: an exact repeat.
    s.put(
        [5, "嘉善县陶庄五金有限公司", c[5], "嘉善县", "不锈钢门铰链", "工业品（五金）", d(2024, 10, 17), "是"],
        no(T),
        f,
    )
    s.put(
        [6, "嘉善县大云农业有限公司", c[7], "嘉善县", "鲜切玫瑰", "食品农产品", d(2024, 10, 22), "否", "拟11月入驻"],
        ok(
            T,
            enterprise_name="嘉善县大云农业有限公司",
            uscc=c[7],
            unit=U,
            product="鲜切玫瑰",
            category="食品农产品",
            date="2024-10-22",
            on_platform=False,
        ),
        f,
    )
    s.put(
        [7, "嘉善县惠民童车有限公司", c[8], "嘉善县", "婴儿推车", "一般消费品（儿童用品）", d(2024, 10, 25), "是"],
        ok(
            T,
            enterprise_name="嘉善县惠民童车有限公司",
            uscc=c[8],
            unit=U,
            product="婴儿推车",
            category="一般消费品",
            date="2024-10-25",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [8, "嘉善县罗星光电有限公司", c[9], "嘉善县", "LED驱动电源", "工业品", d(2024, 10, 29), "是"],
        ok(
            T,
            enterprise_name="嘉善县罗星光电有限公司",
            uscc=c[9],
            unit=U,
            product="LED驱动电源",
            category="工业品",
            date="2024-10-29",
            on_platform=True,
        ),
        f,
    )
    s.put(["合计", "8个产品"])
    s.put(["填表人：钱嘉怡", None, None, "审核：顾卫东", None, None, "2024年11月4日"])
    return Case(
        "jiashan_2024-10_three_same_category_aside.xlsx",
        U,
        "2024-10",
        "“同线同标同质”产品情况表: （2024年10月） and 填报单位（盖章） lines, 产品类别 mostly written with "
        "the sub-class in brackets (一般消费品（家具）, 工业品（电子元器件）, 食品农产品（酒类）), 声明日期 shown "
        "2024.10.8, 是否入驻“三同”平台 是 / 否, 合计, 填表人 / 审核 line with a date; row 5 pasted again with its 序号",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


@case
def haiyan_three_same_merged_firm() -> Case:
    """三同 名单 with a firm's 序号, name and code merged down over its products; no county column."""
    U, c = "海盐县", Firms("海盐县", "h14-t-merged")
    x = XBook()
    s = x.sheet("三同")
    s.title("海盐县内外销“三同”产品名单（2025年4月）", 8)
    s.put(["报送：海盐县市场监督管理局", None, None, None, None, "报送时间：2025年5月6日"])
    s.put(
        ["序号", "企业名称", "统一社会信用代码", "产品名称", "产品类别", "自我声明日期", "是否入驻平台", "备注"],
        bold=True,
    )
    s.widths(6, 30, 22, 18, 12, 14, 12, 16)
    f = "yyyy-mm-dd"
    a = "浙江海盐三星紧固件有限公司"
    top = s.put(
        [1, a, c[1], "六角法兰面螺栓", "工业品", d(2025, 4, 3), "是"],
        ok(
            T,
            enterprise_name=a,
            uscc=c[1],
            unit=U,
            product="六角法兰面螺栓",
            category="工业品",
            date="2025-04-03",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [None, None, None, "不锈钢六角螺母", "工业品", d(2025, 4, 3), "是"],
        ok(
            T,
            enterprise_name=a,
            uscc=c[1],
            unit=U,
            product="不锈钢六角螺母",
            category="工业品",
            date="2025-04-03",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [None, None, None, "膨胀螺栓", "工业品", d(2025, 4, 3), "是"],
        ok(
            T,
            enterprise_name=a,
            uscc=c[1],
            unit=U,
            product="膨胀螺栓",
            category="工业品",
            date="2025-04-03",
            on_platform=True,
        ),
        f,
    )
    for col in "ABC":
        s.merge(f"{col}{top}:{col}{top + 2}")
    s.put(
        [2, "海盐县沈荡食品有限公司", c[2], "酱鸭", "食品农产品", d(2025, 4, 9), "否", "拟5月入驻"],
        ok(
            T,
            enterprise_name="海盐县沈荡食品有限公司",
            uscc=c[2],
            unit=U,
            product="酱鸭",
            category="食品农产品",
            date="2025-04-09",
            on_platform=False,
        ),
        f,
    )
    b = "海盐县通元服饰有限公司"
    top = s.put(
        [3, b, c[3], "针织T恤", "一般消费品", d(2025, 4, 14), "是"],
        ok(
            T,
            enterprise_name=b,
            uscc=c[3],
            unit=U,
            product="针织T恤",
            category="一般消费品",
            date="2025-04-14",
            on_platform=True,
        ),
        f,
    )
    s.put(
        [None, None, None, "儿童睡衣", "一般消费品", d(2025, 4, 14), "是"],
        ok(
            T,
            enterprise_name=b,
            uscc=c[3],
            unit=U,
            product="儿童睡衣",
            category="一般消费品",
            date="2025-04-14",
            on_platform=True,
        ),
        f,
    )
    for col in "ABC":
        s.merge(f"{col}{top}:{col}{top + 1}")
    s.put(
        [4, "海盐县澉浦电器有限公司", c[4], "台式电风扇", "一般消费品", d(2025, 4, 17), "是"],
        ok(
            T,
            enterprise_name="海盐县澉浦电器有限公司",
            uscc=c[4],
            unit=U,
            product="台式电风扇",
            category="一般消费品",
            date="2025-04-17",
            on_platform=True,
        ),
        f,
    )
    # A wrong check character.
    s.put(
        [5, "海盐县西塘桥五金有限公司", wrong_check(c[5]), "不锈钢水槽", "一般消费品", d(2025, 4, 22), "是"],
        no(T),
        f,
    )
    s.put(
        [6, "海盐县于城农产品有限公司", c[6], "小型西瓜", "食品农产品", d(2025, 4, 28), "否"],
        ok(
            T,
            enterprise_name="海盐县于城农产品有限公司",
            uscc=c[6],
            unit=U,
            product="小型西瓜",
            category="食品农产品",
            date="2025-04-28",
            on_platform=False,
        ),
        f,
    )
    s.put(["共计6家企业、9个产品。"])
    s.put(["经办人：曹丽萍", None, None, "联系电话：0573-86191520"])
    return Case(
        "haiyan_2025-04_three_same_merged_firm.xlsx",
        U,
        "2025-04",
        "内外销“三同”产品名单: 报送 / 报送时间 line, no county column, a firm's 序号, 企业名称 and 统一社会信用代码 "
        "merged down over its products (three, one, two), 自我声明日期 shown 2025-04-03, 是否入驻平台 是 / 否, 备注, "
        "共计 and 经办人 lines; a wrong check character",
        True,
        x.data(),
        x.rows,
        holdout_set=14,
    )


# ---------------------------------------------------------------------------------------------
def main() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for old in list(FILES.iterdir()) + list(EXPECTED.iterdir()):
        old.unlink()
    seen = set()
    for build in CASES:
        item: Case = build()
        stem = item.file.rsplit(".", 1)[0]
        assert stem not in seen, stem
        seen.add(stem)
        (FILES / item.file).write_bytes(item.data)
        expected = {
            "file": item.file,
            "layout": item.layout,
            "holdout": item.holdout,
            "unit": item.unit,
            "period": item.period,
            "rows": item.rows,
        }
        if item.holdout_set is not None:
            expected = {**{k: expected[k] for k in ("file", "layout", "holdout")}, "holdout_set": item.holdout_set}
            expected |= {"unit": item.unit, "period": item.period, "rows": item.rows}
        (EXPECTED / f"{stem}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    rows = sum(len(json.loads(p.read_text(encoding="utf-8"))["rows"]) for p in EXPECTED.glob("*.json"))
    print(f"{len(CASES)} returns, {rows} expected rows written to {FILES.relative_to(HERE.parent.parent.parent)}")


if __name__ == "__main__":
    main()
