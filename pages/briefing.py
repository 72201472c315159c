"""简报: 16:9 slides with large type for screenshots, every picture downloadable as a 2× PNG with
title, period and source line, tables as formatted Excel, and the month's 工作通报 as Word (and PDF)."""

import streamlit as st

from lib.briefing.docx import DOCX_MIME, docx_to_pdf, office_binary
from lib.briefing.figures import briefing_figures
from lib.fonts import FontMissing, cjk_fonts
from lib.formatting import md_escape
from lib.month_view import compute_leaderboard_sheet, compute_program_sheet
from lib.pictures import PNG_MIME
from lib.ui import shell, slides, views, widgets

registry, region = shell.prepare()
period = widgets.page_header(f"{region.name}质量提升工作简报")
if period is None:
    st.stop()
view = views.month(period)  # the month as every page shows it, built once per data version
try:
    cjk_fonts()
except FontMissing as exc:
    st.error(str(exc))
    st.stop()

presenting = st.toggle(
    "演示模式", key="briefing_presenting", help="隐藏顶部导航栏、加宽页面，便于全屏展示和截图；再次点击恢复。"
)
slides.slide_style(presenting)
content = slides.briefing(period)
summary = view.summary
described = {f.key: f for f in briefing_figures(content)}
with st.spinner("正在生成图片……"):
    figures = {key: slides.figure_png(period, key) for key in described}
source = content.source
stamp = f"{content.period_text} · 序时进度 {period.schedule * 100:.1f}%"


def picture_buttons(*keys: str, extra=None) -> None:
    row = st.container(horizontal=True)
    with row:
        for key in keys:
            st.download_button(
                f"下载图片：{described[key].title}",
                figures[key],
                file_name=described[key].file_name,
                mime=PNG_MIME,
                icon=":material/image:",
                on_click="ignore",
                key=f"briefing_png_{key}",
            )
        if extra:
            extra()


with st.container(key="slide_1"):
    st.header(f"{md_escape(region.name)}质量提升工作情况", anchor=False)
    st.markdown(f"**{stamp}**")
    for column, card in zip(widgets.card_columns(len(view.cards)), view.cards, strict=True):
        column.metric(
            card.title,
            card.value,
            delta=card.completion_text,
            delta_color="off",
            delta_arrow="off",
            delta_description=card.status,
            border=True,
        )
    st.markdown(md_escape(content.lead))
    st.markdown("\n".join(f"- {md_escape(text)}" for text in content.overview))
    st.caption(source)

with st.container(key="slide_2"):
    left, right = st.columns([3, 2], vertical_alignment="center")
    left.image(figures["map"], width="stretch", output_format="PNG")
    leaders, laggards = view.leaders, view.laggards
    with right:
        if leaders.empty:
            st.markdown(md_escape(content.ranking_text))
        st.header("先进单位", anchor=False)
        for row in leaders.itertuples():
            st.markdown(f"**第{row.名次}名　{md_escape(row.单位)}**　{row.综合得分:.1f}分")
        st.header("后进单位", anchor=False)
        for row in laggards.itertuples():
            st.markdown(f"**第{row.名次}名　{md_escape(row.单位)}**　{row.综合得分:.1f}分")
picture_buttons("map")

with st.container(key="slide_3"):
    st.image(figures["leaderboard"], width="stretch", output_format="PNG")
flagged = view.flagged
board_sheet, board_formats = compute_leaderboard_sheet(content.board, registry, flagged)
picture_buttons(
    "leaderboard",
    extra=lambda: widgets.xlsx_download(
        "导出排行榜（Excel）",
        board_sheet,
        sheet="排行榜",
        title=f"{region.name}质量提升工作排行榜（{content.period_text}）",
        file_name=f"排行榜_{period.key}.xlsx",
        formats=board_formats,
        note=source,
        key="briefing_board_xlsx",
    ),
)

for n, section in enumerate(content.sections, start=4):
    program = section.program
    keys = [k for k in (f"progress_{program.key}", f"trend_{program.key}") if k in figures]
    with st.container(key=f"slide_{n}"):
        st.header(md_escape(program.full_title), anchor=False)
        st.markdown(md_escape(section.paragraph))
        for spot, key in zip(st.columns(len(keys)), keys, strict=True):
            spot.image(figures[key], width="stretch", output_format="PNG")
    sheet, formats = compute_program_sheet(summary, program, program.primary, region.name)
    picture_buttons(
        *keys,
        extra=lambda program=program, sheet=sheet, formats=formats: widgets.xlsx_download(
            "导出各县（市、区）情况（Excel）",
            sheet,
            sheet=program.sheet,
            title=f"{program.full_title}各县（市、区）{program.primary.label}（{content.period_text}）",
            file_name=f"{program.title}_{period.key}.xlsx",
            formats=formats,
            note=source,
            key=f"briefing_{program.key}_xlsx",
        ),
    )

st.subheader("月度工作通报", anchor=False)
st.caption(
    "Word 文档：标题、期数、总体情况、各项工作进展（附图）、综合排名（排行榜和地图）、先进和后进单位、"
    "“一县一业一策”推进情况、需督办事项、数据质量、数据来源和落款日期。字体按公文习惯设置（方正小标宋、黑体、楷体、仿宋），"
    "电脑上没有这些字体时 Word 和 WPS 自动改用宋体、楷体、仿宋。"
)
buttons = st.container(horizontal=True)
name = f"{content.title}（{content.number}）"
buttons.download_button(
    "生成并下载通报（Word）",
    data=lambda: slides.briefing_document(period),
    file_name=f"{name}.docx",
    mime=DOCX_MIME,
    icon=":material/description:",
    type="primary",
    on_click="ignore",
    key="briefing_docx",
)
if office_binary():
    buttons.download_button(
        "生成并下载通报（PDF）",
        data=lambda: docx_to_pdf(slides.briefing_document(period)),
        file_name=f"{name}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        key="briefing_pdf",
    )
else:
    buttons.caption("服务器安装 LibreOffice 后，这里还可以下载 PDF。")
