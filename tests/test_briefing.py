"""Briefings: the 通报 document's numbers against figures computed here from the tables, pictures with
real Chinese text, formatted and formula-safe Excel, the CLI and the 简报 page."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from docx import Document
from openpyxl import load_workbook
from PIL import Image, ImageChops
from sqlalchemy import text

from lib import pictures
from lib.briefing.compose import compose_briefing
from lib.briefing.docx import docx_to_pdf, office_binary
from lib.briefing.figures import briefing_figures
from lib.cli import main
from lib.db import get_engine, session_scope
from lib.export import frame_to_xlsx_bytes
from lib.fonts import CjkFonts
from lib.month_view import compute_leaderboard_sheet
from lib.periods import Period
from lib.programs import get_registry
from lib.region import load_region
from tests.conftest import ROOT
from tests.test_app import open_page, run_app

PERIOD = Period(2024, 10)
# Each program's primary metric written out by hand: (program, SQL aggregate, extra condition, label, unit).
PRIMARY = {
    "benchmarking": ("count(DISTINCT r.enterprise_id)", "", "对标达标企业", "家"),
    "brand_mark": ("count(DISTINCT r.enterprise_id)", "AND r.status = '已认证'", "“品字标”认证企业", "家"),
    "recall": ("count(*)", "", "缺陷产品召回", "次"),
    "green_cert": ("count(DISTINCT r.enterprise_id)", "", "绿色产品认证培育企业", "家"),
    "three_same": ("count(*)", "", "“三同”产品", "个"),
}
METRIC = {"benchmarking": "enterprises", "brand_mark": "certified", "recall": "recalls", "green_cert": "enterprises"}
METRIC["three_same"] = "products"


def city_figure(url: str, program: str, year: int, upto: int) -> float:
    agg, extra, _, _ = PRIMARY[program]
    sql = (
        f"SELECT {agg} FROM program_records r WHERE r.program = :p AND r.is_current "
        f"AND r.year = :y AND r.month <= :m {extra}"
    )
    with get_engine(url).connect() as connection:
        return connection.execute(text(sql), {"p": program, "y": year, "m": upto}).scalar()


def unit_figures(url: str, program: str) -> dict[str, tuple[float, float]]:
    """Per unit: (year-to-date value, annual target) of the primary metric for PERIOD."""
    agg, extra, _, _ = PRIMARY[program]
    sql = (
        f"SELECT u.name, (SELECT {agg} FROM program_records r WHERE r.unit_id = u.id AND r.program = :p "
        f"AND r.is_current AND r.year = :y AND r.month <= :m {extra}), "
        "(SELECT t.value FROM targets t WHERE t.unit_id = u.id AND t.program = :p AND t.metric = :k AND t.year = :y) "
        "FROM units u"
    )
    params = {"p": program, "k": METRIC[program], "y": PERIOD.year, "m": PERIOD.month}
    with get_engine(url).connect() as connection:
        return {name: (value, target) for name, value, target in connection.execute(text(sql), params)}


def city_target(url: str, program: str) -> float:
    sql = "SELECT sum(value) FROM targets WHERE program = :p AND metric = :k AND year = :y"
    with get_engine(url).connect() as connection:
        return connection.execute(text(sql), {"p": program, "k": METRIC[program], "y": PERIOD.year}).scalar()


def expected_scores(url: str) -> dict[str, float]:
    """Composite score per unit from the registry's weights and cap, computed here."""
    config = tomllib.loads((ROOT / "data" / "programs.toml").read_text(encoding="utf-8"))
    cap = config["leaderboard"]["completion_cap"]
    weights = {p["key"]: p["weight"] for p in config["program"]}
    totals: dict[str, list[float]] = {}
    for program in PRIMARY:
        for unit, (value, target) in unit_figures(url, program).items():
            if target:
                weighted, weight = totals.setdefault(unit, [0.0, 0.0])
                totals[unit] = [weighted + weights[program] * min(value / target, cap), weight + weights[program]]
    return {unit: round(100 * w / s, 1) for unit, (w, s) in totals.items()}


def docx_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


@pytest.fixture(scope="module")
def demo_docx(demo_sqlite_url, tmp_path_factory):
    out = tmp_path_factory.mktemp("briefing") / "通报.docx"
    env = {**os.environ, "DATABASE_URL": demo_sqlite_url}
    result = subprocess.run(
        [sys.executable, "-m", "lib.cli", "briefing", "--period", "2024-10", "--out", str(out), "--date", "2024-11-08"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "月度通报" in result.stdout
    return out


def test_document_numbers_equal_figures_computed_from_the_tables(demo_docx, demo_sqlite_url):
    document = Document(str(demo_docx))
    body = docx_text(document)
    assert body.startswith("嘉兴市质量提升工作月度通报\n（2024年第10期）")
    assert "2024年11月8日" in body
    for program, (_, _, label, unit) in PRIMARY.items():
        value = city_figure(demo_sqlite_url, program, 2024, 10)
        target = city_target(demo_sqlite_url, program)
        completion = value / target
        gap = round((completion - 10 / 12) * 100, 1)
        if gap > 0:
            phrase = f"超序时进度{gap:.1f}个百分点"
        elif gap < 0:
            phrase = f"落后序时进度{-gap:.1f}个百分点"
        else:
            phrase = "与序时进度持平"
        sentence = f"截至10月底，全市新增{label}{value}{unit}，完成年度目标的{completion * 100:.1f}%，{phrase}"
        assert sentence in body, sentence
        last_year = city_figure(demo_sqlite_url, program, 2023, 10)
        change = round((value / last_year - 1) * 100, 1)
        assert (f"同比增长{change:.1f}%" if change > 0 else f"同比下降{-change:.1f}%") in body


def test_document_has_the_leaderboard_leaders_laggards_plans_and_followups(demo_docx, demo_sqlite_url):
    document = Document(str(demo_docx))
    body = docx_text(document)
    scores = expected_scores(demo_sqlite_url)
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0][:4] == ["名次", "单位", "综合得分", "较上月"]
    shown = {row[1]: float(row[2]) for row in rows[1:]}
    assert shown == scores
    ordered = [row[1] for row in rows[1:]]
    assert ordered == sorted(scores, key=lambda u: -scores[u])
    top, bottom = ordered[:3], ordered[-3:][::-1]
    assert f"{top[0]}（{scores[top[0]]:.1f}分）、{top[1]}（{scores[top[1]]:.1f}分）、{top[2]}" in body
    assert f"{bottom[0]}（{scores[bottom[0]]:.1f}分）" in body and "为后进单位" in body
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == [
        "一、总体情况",
        "二、各项工作进展",
        "三、综合排名",
        "四、“一县一业一策”推进情况",
        "五、需督办事项",
        "六、数据质量",
    ]
    # 督办: every unit behind on a program's primary metric is named with that program.
    for program, (_, _, _, _) in PRIMARY.items():
        title = get_registry().get(program).title
        for unit, (value, target) in unit_figures(demo_sqlite_url, program).items():
            if target and value / target < 10 / 12 - 0.05:
                assert any(f". {unit}：截至" in line and title in line for line in body.split("\n")), (unit, title)
    assert "南湖区（压缩机）" in body and "攻坚项目平均进度" in body
    # 数据质量: the demo's October has three open flags (two spikes, one sudden zero), named by kind.
    assert "本期自动核查发现待核实的数据提示 3 项（异常偏高 2 项、突然为零 1 项）" in body
    assert "数据来源：各县（市、区）市场监管局月报，截至2024年10月" in body


def test_document_embeds_the_pictures_and_names_official_fonts(demo_docx):
    document = Document(str(demo_docx))
    assert len(document.inline_shapes) == 6  # a chart per program and the map
    with zipfile.ZipFile(demo_docx) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(media) == 6
        for name in media:
            image = Image.open(io.BytesIO(archive.read(name)))
            assert image.format == "PNG" and image.width >= 2 * pictures.WIDTH
        fonts = archive.read("word/fontTable.xml").decode("utf-8")
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts
    assert 'w:name="方正小标宋简体"' in fonts and 'w:name="黑体"' in fonts
    assert 'w:eastAsia="仿宋_GB2312"' in styles and 'w:eastAsia="黑体"' in styles
    title = document.paragraphs[0].runs[0]
    assert title.font.name == "方正小标宋简体" and title.font.size.pt == 22


@pytest.mark.skipif(office_binary() is None, reason="LibreOffice is not installed: the PDF is offered only with it")
def test_pdf_of_the_same_document(demo_docx):
    pdf = docx_to_pdf(demo_docx.read_bytes())
    assert pdf.startswith(b"%PDF") and len(pdf) > 100_000


def test_cli_refuses_a_month_without_data_and_a_wrong_suffix(app_env, demo_sqlite_url, tmp_path, capsys):
    app_env(demo_sqlite_url)
    assert main(["briefing", "--period", "2030-01", "--out", str(tmp_path / "a.docx")]) == 1
    assert "2030年1月还没有上报数据" in capsys.readouterr().err
    assert main(["briefing", "--period", "2024-10", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "应为 .docx" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


# Pictures -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_briefing(demo_sqlite_url):
    registry = get_registry()
    with session_scope(demo_sqlite_url) as session:
        return compose_briefing(session, registry, load_region("330400"), PERIOD)


def ink(image: Image.Image, box) -> int:
    """Dark pixels (text) in a box."""
    part = image.crop(box).convert("L")
    return sum(1 for v in part.get_flattened_data() if v < 110)


def test_pictures_are_2x_with_title_period_and_source(demo_briefing):
    figures = {f.key: f for f in briefing_figures(demo_briefing)}
    assert set(figures) >= {"map", "leaderboard", "progress_benchmarking", "trend_benchmarking", "trend_recall"}
    for key in ("map", "leaderboard", "progress_benchmarking", "trend_benchmarking"):
        image = Image.open(io.BytesIO(figures[key].render()))
        assert image.format == "PNG" and image.width >= 2 * pictures.WIDTH, key
        assert image.info.get("dpi", (0, 0))[0] >= 143
        # Title (top strip) and source line (bottom strip) are drawn.
        assert ink(image, (60, 60, 1200, 140)) > 2000, key
        assert ink(image, (60, image.height - 110, 1200, image.height - 40)) > 500, key


FONTLESS = """import sys
import vl_convert
for spec, out in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(out, "wb") as png:
        png.write(vl_convert.vegalite_to_png(open(spec, encoding="utf-8").read(), scale=2))
try:
    from lib.fonts import cjk_fonts
    cjk_fonts()
except RuntimeError as exc:
    print(exc)
"""


def word_chart(word: str):
    import altair as alt

    from lib.charts import FONT

    return alt.Chart(pd.DataFrame({"t": [word]})).mark_text(font=FONT, fontSize=30).encode(text="t:N")


def test_chart_text_is_drawn_with_the_cjk_font(demo_briefing, tmp_path):
    """The same charts rendered where no CJK font exists show boxes: the picture differs where the
    Chinese unit names are, two different names become the same boxes, and the app refuses to make
    pictures there."""
    from lib.charts import progress_chart
    from lib.pictures import chart_image

    units = demo_briefing.sections[0].units[["unit", "completion", "ytd_value", "target", "status"]]
    charts = [progress_chart(units, PERIOD.schedule).properties(width=600), word_chart("南湖区"), word_chart("秀洲区")]
    with_font = [chart_image(chart, width=600) for chart in charts]
    args = []
    for n, chart in enumerate(charts):
        spec = tmp_path / f"spec{n}.json"
        spec.write_text(json.dumps(chart.properties(width=600).to_dict(), ensure_ascii=False), encoding="utf-8")
        args += [str(spec), str(tmp_path / f"fontless{n}.png")]
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir></fontconfig>', encoding="utf-8"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QB_FONT_DIRS": "/usr/share/fonts/truetype/dejavu"}
    result = subprocess.run(
        [sys.executable, "-c", FONTLESS, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "服务器上没有中文字体" in result.stdout and "fonts-noto-cjk" in result.stdout
    without_font = [Image.open(tmp_path / f"fontless{n}.png").convert("RGB") for n in range(len(charts))]
    # The unit names (Chinese) sit left of the bars: there the two renders differ a lot.
    chart, fontless = with_font[0], without_font[0]
    labels_box = (0, 60, 200, chart.height - 120)
    difference = ImageChops.difference(chart.crop(labels_box), fontless.crop(labels_box))
    assert sum(1 for v in difference.convert("L").get_flattened_data() if v > 60) > 3000
    # With the font 南湖区 and 秀洲区 are different pictures; without it both are three equal boxes.
    assert ImageChops.difference(with_font[1], with_font[2]).getbbox() is not None
    assert ink(with_font[1], (0, 0, *with_font[1].size)) > 500
    assert ImageChops.difference(without_font[1], without_font[2]).getbbox() is None


def test_map_and_table_pictures_draw_chinese_not_boxes(demo_briefing, monkeypatch):
    from lib.fonts import cjk_fonts
    from lib.region import load_boundaries

    real = cjk_fonts()
    collection = load_boundaries("330400")
    table = demo_briefing.board_table
    with_font = (pictures.map_image(collection, demo_briefing.shades), pictures.table_image(table))
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    latin = CjkFonts(dejavu / "DejaVuSans.ttf", 0, dejavu / "DejaVuSans-Bold.ttf", 0, "DejaVu Sans")
    monkeypatch.setattr(pictures, "cjk_fonts", lambda: latin)
    without_font = (pictures.map_image(collection, demo_briefing.shades), pictures.table_image(table))
    for a, b in zip(with_font, without_font, strict=True):
        same_size = b.resize(a.size)
        changed = ImageChops.difference(a, same_size).convert("L")
        assert sum(1 for v in changed.get_flattened_data() if v > 60) > 5000
    # The real font draws 南 and 湖 differently; DejaVu draws both as the same box.
    south, lake = (bytes(real.font(40).getmask(ch)) for ch in "南湖")
    assert south != lake
    box_south, box_lake = (bytes(latin.font(40).getmask(ch)) for ch in "南湖")
    assert box_south == box_lake


# Excel ----------------------------------------------------------------------------------------


def test_leaderboard_xlsx_formats_and_formula_safety(demo_briefing):
    registry = get_registry()
    board = demo_briefing.board.copy()
    board.loc[board.index[0], "unit"] = '=HYPERLINK("http://example.com","点我")'
    sheet, formats = compute_leaderboard_sheet(board, registry, {"海盐县"})
    data = frame_to_xlsx_bytes(sheet, "排行榜", title="排行榜（2024年1—10月）", formats=formats, note="数据来源：测试")
    book = load_workbook(io.BytesIO(data))
    ws = book["排行榜"]
    assert ws["A1"].value == "排行榜（2024年1—10月）" and ws["A1"].font.bold
    header = [c.value for c in ws[2]]
    assert header[:4] == ["名次", "较上月", "单位", "综合得分"]
    assert ws.freeze_panes == "A3"
    assert all(ws.cell(row=2, column=c).font.bold for c in range(1, len(header) + 1))
    assert ws.cell(row=2, column=1).fill.fgColor.rgb.endswith("1F5FA6")
    col = header.index("对标达标完成率") + 1
    cell = ws.cell(row=3, column=col)
    assert cell.number_format == "0.0%"
    assert cell.value == pytest.approx(board["completion_benchmarking"].iloc[0])
    assert 0 < cell.value < 3  # a fraction: Excel shows it as a percentage
    score = ws.cell(row=3, column=4)
    assert score.number_format == "0.0" and isinstance(score.value, float)
    hostile = ws.cell(row=3, column=3)
    assert hostile.data_type == "s" and hostile.value.startswith("=HYPERLINK") and hostile.quotePrefix
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    widths = {ws.column_dimensions[c].width for c in "ABCD"}
    assert min(widths) >= 6
    assert ws.cell(row=3 + len(sheet) + 1, column=1).value == "数据来源：测试"


# The page -------------------------------------------------------------------------------------


def test_briefing_page_offers_pictures_excel_and_the_document(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = open_page(run_app("leader"), "briefing.py")
    assert app.title[0].value == "嘉兴市质量提升工作简报"
    assert app.header[0].value == "嘉兴市质量提升工作情况"
    assert [m.label for m in app.metric][:2] == ["对标达标企业", "“品字标”认证企业"]
    labels = [b.proto.label for b in app.get("download_button")]
    assert "下载图片：各县（市、区）综合得分（2024年1—10月）" in labels
    assert "下载图片：质量提升工作排行榜（2024年1—10月）" in labels
    assert sum(label.startswith("下载图片") for label in labels) == 2 + 5 + len(
        [p for p in get_registry() if p.primary.target]
    )
    assert "导出排行榜（Excel）" in labels and "生成并下载通报（Word）" in labels
    assert len(app.get("image")) == 2 + 5 + len([p for p in get_registry() if p.primary.target])
    text = " ".join(m.value for m in app.markdown)
    assert "5项重点工作中" in text and "**第1名　" in text
    assert [h.value for h in app.header][1:3] == ["先进单位", "后进单位"]


def test_figures_follow_a_new_month(demo_briefing, demo_sqlite_url):
    """Another month gives other sentences (not a cached copy)."""
    with session_scope(demo_sqlite_url) as session:
        other = compose_briefing(session, get_registry(), load_region("330400"), Period(2024, 6))
    assert other.overview != demo_briefing.overview
    assert all("截至6月底" in line for line in other.overview)
    assert isinstance(other.board_table, pd.DataFrame) and len(other.board_table) == 9
