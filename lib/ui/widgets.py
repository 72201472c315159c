"""Widgets every page shares: the page header with the month picker, the data-source line, the
Excel download button, the page's width as the browser lays it out (for the map), the map's click
handling, the file uploader in Chinese.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
import streamlit.components.v2 as components

from lib.export import frame_to_xlsx_bytes
from lib.formatting import period_label, source_line
from lib.maps import FRAME_WIDTH
from lib.month_view import card_rows
from lib.periods import Period
from lib.ui.shell import PAGES_DIR
from lib.ui.views import periods

COUNTY_KEY = "county_unit"
MAP_KEY = "map_generation"
PERIOD_KEY = "app_period"


def card_columns(count: int) -> list:
    """Columns for count KPI cards, in the rows lib.month_view.card_rows lays out; a phone stacks them."""
    rows, per_row = card_rows(count)
    columns: list = []
    for _ in range(rows):
        columns.extend(st.columns(per_row))
    return columns[:count]


def page_header(title: str) -> Period | None:
    """Page title with the shared month picker beside it; None (with a notice) when there is no data.

    The chosen month is kept under PERIOD_KEY so every page opens on the same month.
    """
    months = periods()
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    left.title(title, anchor=False)
    if not months:
        no_data_notice()
        return None
    options = [f"{y}-{m:02d}" for y, m in months]
    remembered = st.session_state.get(PERIOD_KEY)
    choice = right.selectbox(
        "统计月份",
        options,
        index=options.index(remembered) if remembered in options else 0,
        key="period_select",
        format_func=month_label,
        help="累计值为当年1月至所选月份；序时进度为所选月份占全年的比例。",
    )
    st.session_state[PERIOD_KEY] = choice
    period = Period(int(choice[:4]), int(choice[5:]))
    st.caption(f"{period_label(period.year, period.month)} · 累计为{period.year}年1月至{period.month}月")
    return period


def source_caption(period: Period) -> None:
    st.caption(source_line(period.year, period.month))


def no_data_notice() -> None:
    st.info(
        "数据库中还没有上报数据。运行 `make run` 会在数据库为空时自动载入演示数据，"
        "也可以运行 `.venv/bin/python -m lib.cli demo` 写入演示数据。"
    )


def month_options(first: tuple[int, int] = (2023, 1)) -> list[str]:
    """Reporting months from `first` to last calendar month, newest first, as YYYY-MM."""
    today = dt.date.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    options = []
    while (year, month) >= first:
        options.append(f"{year}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return options


def month_label(text: str) -> str:
    return period_label(int(text[:4]), int(text[5:]))


# The width of the element's frame as the browser lays it out, in steps of 10 pixels, said when it is not
# the width the page was laid out for (data.width) and again when it changes (a window resized, a phone
# turned): a page already right reruns for nothing, so a visit at the usual width has no second run.
_WIDTH_JS = """
export default function (component) {
  const { parentElement, setStateValue, data } = component;
  const frame = parentElement instanceof ShadowRoot ? parentElement.host : parentElement;
  let said = data.width;
  const say = () => {
    const width = Math.floor(frame.getBoundingClientRect().width / 10) * 10;
    if (width > 0 && width !== said) {
      said = width;
      setStateValue("width", width);
    }
  };
  say();
  const observer = new ResizeObserver(say);
  observer.observe(frame);
  return () => observer.disconnect();
}
"""
_width_probe = components.component("qb_frame_width", js=_WIDTH_JS)
PAGE_WIDTH_KEY = "page_width"


def page_width(key: str) -> int | None:
    """The width of the page's main column in the reader's browser (pixels), kept for the session's other
    pages; None until a browser has said it differs from FRAME_WIDTH (the first moment of a visit, AppTest,
    the agent API, a screen of the usual width)."""
    known = st.session_state.get(PAGE_WIDTH_KEY)
    # The callback makes the width a value the page reruns for.
    said = _width_probe(
        key=key, data={"width": known or FRAME_WIDTH}, default={"width": None}, on_width_change=lambda: None
    ).width
    if said:
        st.session_state[PAGE_WIDTH_KEY] = int(said)
    return st.session_state.get(PAGE_WIDTH_KEY)


def map_key(name: str) -> str:
    """Widget key of a clickable map; renewed after a click so a stale selection does not linger."""
    return f"{name}_{st.session_state.get(MAP_KEY, 0)}"


def picked_unit(event) -> str | None:
    """The unit name a map click selected, if any."""
    objects = getattr(getattr(event, "selection", None), "objects", None) or {}
    for layer in ("units", "zones"):
        for item in objects.get(layer) or []:
            if isinstance(item, dict) and item.get("name"):
                return str(item["name"])
    return None


def open_county(unit_name: str) -> None:
    """Go to the 一县一业一策 page of a unit."""
    st.session_state[COUNTY_KEY] = unit_name
    st.session_state[MAP_KEY] = st.session_state.get(MAP_KEY, 0) + 1
    st.switch_page(PAGES_DIR / "county.py")


def chinese_file_uploader(max_mb: int) -> None:
    """Streamlit writes its file uploader's button and size note in English and offers no setting for
    them; a style shows Chinese in their place (the text stays in the page for screen readers)."""
    dropzone = "[data-testid='stFileUploaderDropzone']"
    st.html(
        "<style>"
        f"{dropzone} button [data-testid='stMarkdownContainer'] p {{font-size: 0}}"
        f"{dropzone} button [data-testid='stMarkdownContainer'] p::after {{content: '选择文件'; font-size: 0.875rem}}"
        f"{dropzone} [data-testid='stFileUploaderDropzoneInstructions'] span {{font-size: 0}}"
        f"{dropzone} [data-testid='stFileUploaderDropzoneInstructions'] span::after "
        f"{{content: '拖放文件到此处，单个文件不超过 {max_mb} MB'; font-size: 0.875rem}}"
        "</style>"
    )


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_download(
    label: str,
    frame: pd.DataFrame,
    *,
    sheet: str,
    title: str,
    file_name: str,
    key=None,
    formats: dict[str, str] | None = None,
    note: str | None = None,
) -> None:
    """A 下载 button for a table as a formatted, formula-safe Excel file (formats: see lib.export)."""
    st.download_button(
        label,
        # Made when clicked, not on every rerun.
        data=lambda: frame_to_xlsx_bytes(frame, sheet, title=title, formats=formats, note=note),
        file_name=file_name,
        mime=XLSX_MIME,
        icon=":material/download:",
        key=key,
    )
