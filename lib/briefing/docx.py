"""The 月度工作通报 as a Word document (python-docx), laid out as Chinese official documents are:
方正小标宋 title, 黑体 and 楷体 headings, 仿宋 body at 三号 with 28-point lines, page numbers as
"— 1 —". Font fallbacks are declared in the font table (仿宋_GB2312 → 仿宋, …) so Word and WPS on
machines without the GB2312 fonts still pick the right face. A PDF is made with LibreOffice when it
is installed. No Streamlit.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from lib.briefing.compose import Briefing
from lib.briefing.figures import Figure, briefing_figures
from lib.export import xml_safe

TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT = "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"
# Font table fallbacks: (name, alternative name, PANOSE family) as Word and WPS read them.
FONT_TABLE = (
    (TITLE_FONT, "宋体", "roman"),
    (HEADING_FONT, "SimHei", "modern"),
    (SUBHEADING_FONT, "楷体", "modern"),
    (BODY_FONT, "仿宋", "modern"),
)
SIZE_TITLE, SIZE_BODY, SIZE_TABLE = Pt(22), Pt(16), Pt(10.5)  # 二号, 三号, 五号
LINE = Pt(28)
NO_SPACE = Pt(0)
TEXT_WIDTH_CM = 15.6  # A4 less the 2.8 cm and 2.6 cm margins
BLACK = RGBColor(0, 0, 0)
NUMERALS = "一二三四五六七八九十"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _fonts(target, name: str, size=None, bold: bool | None = None) -> None:
    """Set a run's or style's font for Latin and East Asian text alike (no theme fonts)."""
    font = target.font
    font.name = name
    if size is not None:
        font.size = size
    if bold is not None:
        font.bold = bold
    font.color.rgb = BLACK
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _declare_fallbacks(document) -> None:
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            table = parse_xml(part.blob)
            for name, alternative, family in FONT_TABLE:
                entry = parse_xml(
                    f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alternative}"/>'
                    f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
                )
                table.append(entry)
            part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles(document) -> None:
    normal = document.styles["Normal"]
    _fonts(normal, BODY_FONT, SIZE_BODY)
    layout = normal.paragraph_format
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = LINE
    layout.space_before = layout.space_after = Pt(0)
    layout.first_line_indent = Pt(32)
    for style_name, font, bold in (("Heading 1", HEADING_FONT, False), ("Heading 2", SUBHEADING_FONT, True)):
        style = document.styles[style_name]
        _fonts(style, font, SIZE_BODY, bold)
        style.font.italic = False
        style.paragraph_format.first_line_indent = Pt(32)
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        style.paragraph_format.line_spacing = LINE
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.keep_with_next = True


def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.start_type = WD_SECTION_START.NEW_PAGE
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.paragraph_format.first_line_indent = Pt(0)
    _fonts(footer.add_run("— "), "宋体", Pt(14))
    field = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    footer._p.append(field)
    _fonts(footer.add_run(" —"), "宋体", Pt(14))


def _centered(document, text: str, font: str, size, *, bold: bool = False, after=NO_SPACE):
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    layout = paragraph.paragraph_format
    layout.first_line_indent = Pt(0)
    layout.line_spacing_rule = WD_LINE_SPACING.SINGLE
    layout.space_after = after
    _fonts(paragraph.add_run(text), font, size, bold)
    return paragraph


def _red_rule(paragraph) -> None:
    """The red line under the masthead."""
    borders = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="6" w:color="C00000"/></w:pBdr>'
    )
    paragraph._p.get_or_add_pPr().append(borders)


def _picture(document, png: bytes, caption: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    layout = paragraph.paragraph_format
    layout.first_line_indent = Pt(0)
    layout.line_spacing_rule = WD_LINE_SPACING.SINGLE  # an exact line height would crop the picture
    layout.keep_with_next = True
    paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(TEXT_WIDTH_CM - 0.2))
    _centered(document, caption, BODY_FONT, Pt(12), after=Pt(6))


def _table(document, frame, widths_cm: list[float]) -> None:
    table = document.add_table(rows=1, cols=len(frame.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
        _cell(cell, str(name), HEADING_FONT)
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="D9E2F3"/>'))
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))  # repeat on every page
    for row in frame.itertuples(index=False):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            _cell(cell, str(value), BODY_FONT)
    for row in table.rows:  # Word reads each cell's width, not the column's
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _board_widths(columns: int) -> list[float]:
    """名次, 单位, 综合得分, 较上月, then the programs share what is left of the 15.6 cm line."""
    fixed = [1.1, 3.0, 1.5, 1.3]
    rest = (TEXT_WIDTH_CM - sum(fixed)) / max(columns - len(fixed), 1)
    return fixed + [rest] * (columns - len(fixed))


def _cell(cell, text: str, font: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    layout = paragraph.paragraph_format
    layout.first_line_indent = Pt(0)
    layout.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _fonts(paragraph.add_run(text), font, SIZE_TABLE)


def briefing_docx(briefing: Briefing, figures: list[Figure] | None = None) -> bytes:
    """The whole 通报 as .docx bytes; figures default to briefing_figures(briefing). Text that XML
    cannot hold (a control character in a stored name) is left out of the document, not fatal."""
    briefing = xml_safe(briefing)
    figures = xml_safe(figures) if figures is not None else briefing_figures(briefing)
    pictures = {f.key: f for f in figures}
    document = Document()
    _declare_fallbacks(document)
    _styles(document)
    _page(document)
    document.core_properties.title = f"{briefing.title}（{briefing.number}）"
    document.core_properties.author = briefing.region.name
    _centered(document, briefing.title, TITLE_FONT, SIZE_TITLE, after=Pt(12))
    _centered(document, f"（{briefing.number}）", BODY_FONT, SIZE_BODY, after=Pt(6))
    masthead = _centered(document, f"{briefing.issuer}　　　　{briefing.date_text}", BODY_FONT, SIZE_BODY, after=Pt(18))
    _red_rule(masthead)

    heading = iter(NUMERALS)
    document.add_heading(f"{next(heading)}、总体情况", level=1)
    document.add_paragraph(briefing.lead)
    for text in briefing.overview:
        document.add_paragraph(text)

    document.add_heading(f"{next(heading)}、各项工作进展", level=1)
    figure_number = 0
    for n, section in enumerate(briefing.sections):
        document.add_heading(f"（{NUMERALS[n]}）{section.program.full_title}", level=2)
        document.add_paragraph(section.paragraph)
        for key in (f"progress_{section.program.key}", f"trend_{section.program.key}"):
            if key in pictures:
                figure_number += 1
                _picture(document, pictures[key].render(), f"图{figure_number}　{pictures[key].title}")
                break

    document.add_heading(f"{next(heading)}、综合排名", level=1)
    document.add_paragraph(briefing.ranking_text)
    figure_number += 1
    _centered(document, f"表1　{pictures['leaderboard'].title}（各项为年度目标完成率）", HEADING_FONT, Pt(12))
    _table(document, briefing.board_table, _board_widths(len(briefing.board_table.columns)))
    document.add_paragraph()
    _picture(document, pictures["map"].render(), f"图{figure_number}　{pictures['map'].title}")

    document.add_heading(f"{next(heading)}、“一县一业一策”推进情况", level=1)
    if briefing.plans:
        for plan in briefing.plans:
            document.add_paragraph(plan.text)
    else:
        document.add_paragraph(f"{briefing.period.year}年各县（市、区）尚未录入“一县一业一策”方案。")

    document.add_heading(f"{next(heading)}、需督办事项", level=1)
    if briefing.followups:
        for n, text in enumerate(briefing.followups, start=1):
            document.add_paragraph(f"{n}. {text}")
    else:
        document.add_paragraph("本期各单位均达到序时进度，月报均已按时上报。")

    document.add_heading(f"{next(heading)}、数据质量", level=1)
    document.add_paragraph(briefing.quality)

    document.add_paragraph()
    document.add_paragraph(f"{briefing.source}；综合得分为各项工作年度目标完成率的加权平均。")
    for text in (briefing.issuer, briefing.date_text):
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Pt(32)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def office_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# Where the official fonts are missing (as on most servers), LibreOffice is told which installed
# faces stand in for them: serif for 宋/仿宋/楷, sans for 黑体.
PDF_STAND_INS = {
    "Noto Serif CJK SC": (TITLE_FONT, SUBHEADING_FONT, BODY_FONT, "仿宋", "楷体", "宋体"),
    "Noto Sans CJK SC": (HEADING_FONT, "SimHei"),
}


def _fontconfig(folder: Path) -> Path:
    aliases = "".join(
        f'<alias binding="same"><family>{name}</family><prefer><family>{face}</family></prefer></alias>'
        for face, names in PDF_STAND_INS.items()
        for name in names
    )
    path = folder / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f'<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>{aliases}</fontconfig>',
        encoding="utf-8",
    )
    return path


def docx_to_pdf(docx: bytes, timeout: int = 180) -> bytes:
    """The same document as PDF through LibreOffice; RuntimeError (Chinese) when it cannot."""
    binary = office_binary()
    if binary is None:
        raise RuntimeError("服务器未安装 LibreOffice，无法生成 PDF；请下载 Word 文档。")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "briefing.docx"
        source.write_bytes(docx)
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(folder))}
        result = subprocess.run(
            [
                binary,
                "--headless",
                f"-env:UserInstallation=file://{folder}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
            env=env,
        )
        target = source.with_suffix(".pdf")
        if result.returncode != 0 or not target.exists():
            raise RuntimeError(f"LibreOffice 转换 PDF 失败：{result.stderr.decode(errors='replace')[-300:]}")
        return target.read_bytes()
