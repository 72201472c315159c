"""Writes the messy sample returns used by the tests, the way county bureaus really send them.

Run from the repository root: `python tests/samples/make_samples.py` (the .xls sample also needs
the xlwt package, which the app itself does not use). The files are committed; the tests only read them.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from lib.identifiers import make_uscc  # noqa: E402

FIRMS = [make_uscc("330402", f"MA2B{n:04d}") for n in range(1, 30)]
BAD_CHECK = FIRMS[0][:17] + ("0" if FIRMS[0][17] != "0" else "1")


def _titles(ws, title: str, width: int) -> None:
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["填报单位：南湖区市场监督管理局（盖章）", None, None, None, "填报日期：2024年11月3日"])


def benchmarking(ws) -> None:
    _titles(ws, "附件1：2024年10月企业标准对标达标提升行动进展情况表", 8)
    # Two header rows: "企业信息" is merged over name and code; the rest are merged down.
    ws.append(
        ["序号", "企业信息", None, "所属县（市、区）", "对标产品", "对标国际（国外）先进标准", "对标结论", "完成日期"]
    )
    ws.append([None, "企业名称（全称）", "统一社会\n信用代码", None, None, None, None, None])
    ws.merge_cells("B3:C3")
    for col in "ADEFGH":
        ws.merge_cells(f"{col}3:{col}4")
    rows = [
        [
            1,
            "嘉兴市恒达压缩机有限公司",
            FIRMS[0].lower()[:9] + " " + FIRMS[0][9:].lower(),
            "南湖",
            "螺杆式空气压缩机",
            "ISO 1217:2009",
            "达到",
            dt.date(2024, 10, 9),
        ],
        [
            2,
            "嘉兴华盛精密机械股份有限公司",
            FIRMS[1],
            "嘉兴市南湖区",
            "涡旋压缩机",
            "ISO 5389:2005",
            "优于国际先进水平",
            45580,
        ],
        [
            3,
            "浙江锦程制冷设备有限公司",
            FIRMS[2],
            "嘉興市南湖區",
            "活塞式制冷压缩机",
            "EN 12900:2013",
            "达标",
            "2024.10.15",
        ],
        [
            4,
            "嘉兴市宏远机械有限公司",
            FIRMS[3],
            "南湖区\u3000",
            "无油空气压缩机",
            "ISO 8573-1:2010",
            "达到",
            "2024/10/20",
        ],
        [5, "嘉兴市永兴压缩机有限公司", BAD_CHECK, "南湖区", "变频空压机", "ISO 1217:2009", "达到", "2024年10月9日"],
        [6, "嘉兴天成机械有限公司", FIRMS[5], "秀洲区", "压缩机", "ISO 1217:2009", "达到", "2024-10-12"],
        [7, "嘉兴瑞丰机械有限公司", FIRMS[6], "南湖区", "冷干机", "ISO 7183:2007", "达到", "2024年9月28日"],
        [8, "嘉兴市恒达压缩机有限公司", FIRMS[0], "南湖区", "螺杆式空气压缩机", "ISO 1217:2009", "达到", "2024-10-09"],
        [9, "嘉兴新亚机械有限公司", FIRMS[8], "南湖区", "储气罐", "EN 286-1:1998", "基本达到", "2024-10-18"],
        [10, None, FIRMS[9], "南湖区", "空气过滤器", "ISO 12500-1:2007", "达到", "2024-10-22"],
        [
            11,
            '=HYPERLINK("http://example.invalid","点击")',
            FIRMS[10],
            "南湖区",
            "<script>alert(1)</script>",
            "'; DROP TABLE program_records; --",
            "达到",
            "2024年10月",
        ],
        [
            12,
            "嘉兴金诚机械有限公司",
            FIRMS[11],
            "南湖区",
            "油气分离器",
            "ISO 8573-1:2010",
            "优于",
            "2024年10月23日至12月5日",
        ],
        [13],
        ["合计", "12家", None, None, None, None, None, None],
        [None],
        ["填报说明：1.本表按月填报，每月5日前报送；2.统一社会信用代码须为18位。"],
        ["填表人：张三", None, None, None, "联系电话：0573-12345678"],
    ]
    for row in rows:
        ws.append(row)
    # Hostile text typed by a user is text, not a formula: store it as a string cell.
    ws["B15"].data_type = "s"
    ws.column_dimensions["B"].width = 30


def brand_mark(ws) -> None:
    ws.append(["序号", "企业名称", "信用代码", "县（市、区）", "产品", "状态（入库/认证）", "标准号", "证书号", "日期"])
    ws.append([1, "嘉兴博远机械有限公司", FIRMS[12], "南湖", "空气压缩机", "入库", None, None, dt.date(2024, 10, 8)])
    ws.append(
        [
            2,
            "嘉兴盛泰压缩机有限公司",
            FIRMS[13],
            "南湖",
            "螺杆压缩机",
            "认证",
            "T/ZZB 1234—2023",
            None,
            dt.date(2024, 10, 16),
        ]
    )
    ws.append(
        [
            3,
            "嘉兴佳和机械有限公司",
            FIRMS[14],
            "南湖",
            "冷干机",
            "已认证",
            "T/ZZB 2345—2023",
            "ZJM-006-4481-2024",
            "2024.10.30",
        ]
    )


def recall(ws) -> None:
    ws.append(["缺陷产品召回情况表（2024年10月）"])
    ws.append(
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
    ws.append(
        [
            1,
            "嘉兴立信电器有限公司",
            FIRMS[15],
            "南湖区",
            "空气压缩机",
            "ZW-0.6/8",
            "主动",
            "286辆",
            None,
            "安全阀开启压力偏高",
            "2024年10月11日",
            "120",
        ]
    )
    ws.append(
        [
            2,
            "嘉兴鸿运科技有限公司",
            FIRMS[16],
            "南湖区",
            "电热水壶",
            "HY-1518",
            "主动召回",
            "1,200台",
            "台",
            "温控器失效",
            "2024-10-21",
            "共计800台",
        ]
    )
    ws.append(
        [
            3,
            "嘉兴正泰纺织有限公司",
            FIRMS[17],
            "南湖区",
            "儿童袜",
            "W-01",
            "责令召回",
            "100包(10000双)",
            None,
            "纤维含量不符",
            "2024-10-25",
            None,
        ]
    )
    ws.append(
        [
            4,
            "嘉兴振华家纺有限公司",
            FIRMS[18],
            "南湖区",
            "毛巾",
            "M-7",
            "主动召回",
            "共计5800条",
            None,
            "甲醛超标",
            "2024-10-26",
            "五千条",
        ]
    )


def green_cert(ws) -> None:
    ws.append(
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
        ]
    )
    ws.append(
        [1, "嘉兴隆达家具有限公司", FIRMS[19], "南湖区", "办公椅", "家具", "培育", "2024-10-10", None, None, None]
    )
    ws.append(
        [
            2,
            "嘉兴协力木业有限公司",
            FIRMS[20],
            "南湖区",
            "实木地板",
            "人造板和木质地板",
            "获证",
            None,
            "CGP2024001",
            "2024-10-12",
            "2029-10-11",
        ]
    )
    ws.append(
        [
            3,
            "嘉兴汇通涂料有限公司",
            FIRMS[21],
            "南湖区",
            "水性涂料",
            "涂料",
            "已获证",
            None,
            "CGP2024002",
            "2024-10-18",
            "2023-10-17",
        ]
    )
    ws.append(
        [4, "嘉兴东升塑业有限公司", FIRMS[22], "南湖区", "塑料托盘", "塑料制品", "已获证", None, None, None, None]
    )


def three_same(ws) -> None:
    ws.append(
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所属县（市、区）",
            "“三同”产品名称",
            "产品类别",
            "声明日期",
            "是否入驻“三同”平台",
        ]
    )
    ws.append([1, "嘉兴明辉食品有限公司", FIRMS[23], "南湖区", "速冻汤圆", "食品", "2024-10-08", "是"])
    ws.append([2, "嘉兴顺昌电器有限公司", FIRMS[24], "南湖区", "电风扇", "一般消费品", "2024-10-15", "否"])
    ws.append([3, "嘉兴润德机械有限公司", FIRMS[25], "南湖区", "齿轮泵", "工业产品", "2024-10-17", "√"])


def messy_workbook() -> bytes:
    wb = Workbook()
    notes = wb.active
    notes.title = "填报说明"
    notes.append(["填报说明"])
    notes.append(["1. 本表由各县（市、区）市场监管局每月5日前报送。"])
    for title, build in [
        ("对标达标", benchmarking),
        ("品字标企业", brand_mark),
        ("Sheet3", recall),
        ("绿色产品认证", green_cert),
        ("三同产品", three_same),
    ]:
        build(wb.create_sheet(title))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def recall_csv() -> str:
    lines = [
        "缺陷产品召回情况（秀洲区，2024年10月）",
        "序号,生产者名称,统一社会信用代码,所属县（市、区）,产品名称,型号规格,召回类型,涉及数量,存在的缺陷,召回日期",
        f"1,嘉兴智家科技有限公司,{make_uscc('330411', 'MA2C0001')},秀洲,智能马桶盖,ZT-A1,主动召回,286台,"
        "加热组件温控失效,2024年10月9日",
        f"2,嘉兴安居电器有限公司,{make_uscc('330411', 'MA2C0002')},秀洲区,智能窗帘电机,DC-35,主动召回,"
        '"1,200台",适配器绝缘不足,2024.10.15',
        "合计,,,,,,,1486台,,",
    ]
    return "\r\n".join(lines) + "\r\n"


def three_same_rows() -> list[list[object]]:
    return [
        ["序号", "企业名称", "统一社会信用代码", "县（市、区）", "产品名称", "产品类别", "声明日期"],
        [1, "海宁锦程经编有限公司", make_uscc("330481", "MA2D0001"), "海宁", "经编毛毯", "一般消费品", "2024-10-08"],
        [2, "海宁宏远家纺有限公司", make_uscc("330481", "MA2D0002"), "海宁市", "窗帘布", "一般消费品", "2024-10-18"],
    ]


def legacy_xls() -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("三同")
    for r, row in enumerate(three_same_rows()):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_macros(xlsx: bytes) -> bytes:
    """The same workbook as a macro-enabled .xlsm: a VBA project part and the macro content type."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            target.writestr(item, data)
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b'Sub AutoOpen(): Shell "calc": End Sub' * 10)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (400 * 1024 * 1024))
    return buffer.getvalue()


def main() -> None:
    messy = messy_workbook()
    (HERE / "nanhu_2024-10_messy.xlsx").write_bytes(messy)
    (HERE / "nanhu_2024-10_macro.xlsm").write_bytes(with_macros(messy))
    (HERE / "xiuzhou_recall_gbk.csv").write_bytes(recall_csv().encode("gb18030"))
    rows = three_same_rows()
    (HERE / "haining_three_same_utf8bom.csv").write_bytes(
        ("\n".join(",".join(str(v) for v in row) for row in rows) + "\n").encode("utf-8-sig")
    )
    (HERE / "haining_three_same.xls").write_bytes(legacy_xls())
    (HERE / "corrupt.xlsx").write_bytes(messy[: len(messy) // 2])
    (HERE / "not_a_spreadsheet.xlsx").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    (HERE / "zip_bomb.xlsx").write_bytes(zip_bomb())


if __name__ == "__main__":
    main()
