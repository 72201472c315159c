"""Pictures for briefings, drawn on the server at 2× scale: Altair charts (vl-convert), the county
progress map and tables (Pillow). Every picture carries a title, the period and the data source
line, and Chinese is drawn with a CJK font (lib.fonts) or not at all (FontMissing).

Imports Pillow, vl-convert and lib; no Streamlit.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Sequence

import altair as alt
import pandas as pd
from PIL import Image, ImageDraw

from lib.charts import FONT
from lib.fonts import cjk_fonts, vega_font_family
from lib.maps import CROWDED, UnitShade, bounds, zone_label_place
from lib.vocabulary import PROGRESS, progress

SCALE = 2
# Logical pixels; pictures are WIDTH * SCALE = 1460 pixels wide: legible at a page's width in Word, and
# exactly the widest image Streamlit shows without resizing it on every rerun.
WIDTH = 730
MARGIN = 30
INK = (28, 39, 51)
MUTED = (96, 108, 122)
ACCENT = (31, 95, 166)
ZEBRA = (243, 246, 250)
LINE = (214, 220, 228)
PNG_MIME = "image/png"


def _px(value: float) -> int:
    return round(value * SCALE)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(72 * SCALE, 72 * SCALE))
    return buffer.getvalue()


def framed(content: Image.Image, *, title: str, period_text: str, source: str) -> bytes:
    """The content under a title and period line, with the source line at the bottom, as PNG."""
    fonts = cjk_fonts()
    title_font, period_font, source_font = fonts.font(_px(24), bold=True), fonts.font(_px(15)), fonts.font(_px(13))
    margin = _px(MARGIN)
    width = max(_px(WIDTH), content.width + 2 * margin)
    top = margin + _px(30) + _px(8) + _px(20) + _px(18)
    height = top + content.height + _px(20) + _px(18) + margin
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([margin, margin + _px(3), margin + _px(5), margin + _px(29)], fill=ACCENT)
    draw.text((margin + _px(14), margin), title, font=title_font, fill=INK)
    draw.text((margin + _px(14), margin + _px(38)), period_text, font=period_font, fill=MUTED)
    image.paste(content, ((width - content.width) // 2, top))
    rule_y = top + content.height + _px(12)
    draw.line([margin, rule_y, width - margin, rule_y], fill=LINE, width=_px(1))
    draw.text((margin, rule_y + _px(8)), source, font=source_font, fill=MUTED)
    return _png(image)


def chart_image(chart: alt.TopLevelMixin, width: int = WIDTH - 2 * MARGIN) -> Image.Image:
    """An Altair chart rendered by vl-convert at 2× with the CJK font first in every font list."""
    family = vega_font_family()
    fit = alt.AutoSizeParams(type="fit-x", contains="padding")  # labels and legend inside the width
    spec = chart.properties(width=width, autosize=fit).to_dict()
    text = json.dumps(spec, ensure_ascii=False).replace(json.dumps(FONT)[1:-1], f"{family}, {FONT}")
    import vl_convert

    png = vl_convert.vegalite_to_png(json.loads(text), scale=SCALE)
    return Image.open(io.BytesIO(png)).convert("RGB")


def chart_png(chart: alt.TopLevelMixin, *, title: str, period_text: str, source: str) -> bytes:
    return framed(chart_image(chart), title=title, period_text=period_text, source=source)


# Map --------------------------------------------------------------------------------------------


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"]]
    return []


def map_image(collection: dict, shades: dict[str, UnitShade], height: int = 560) -> Image.Image:
    """Units filled with their status colour, white borders, zones as dots, name and figure on
    each unit, and the legend below: the same boundaries and colours as the page's map."""
    fonts = cjk_fonts()
    width = _px(WIDTH - 2 * MARGIN)
    map_height = _px(height)
    over = 2  # polygons drawn at twice the size and reduced, for smooth edges
    west, south, east, north = bounds(collection)
    x0, y0 = _mercator(west, south)
    x1, y1 = _mercator(east, north)
    pad = _px(30)
    scale = min((width - 2 * pad) / (x1 - x0), (map_height - 2 * pad) / (y1 - y0))
    off_x = (width - (x1 - x0) * scale) / 2
    off_y = (map_height - (y1 - y0) * scale) / 2

    def place(lon: float, lat: float) -> tuple[float, float]:
        x, y = _mercator(lon, lat)
        return off_x + (x - x0) * scale, map_height - (off_y + (y - y0) * scale)

    big = Image.new("RGB", (width * over, map_height * over), "white")
    draw = ImageDraw.Draw(big)
    features = collection["features"]
    for feature in features:
        shade = shades.get(feature["properties"]["name"])
        color = progress(shade.status if shade else None).rgb
        for ring in _rings(feature["geometry"]):
            points = [tuple(v * over for v in place(lon, lat)) for lon, lat in ring]
            draw.polygon(points, fill=color, outline=(255, 255, 255), width=_px(2) * over)
    image = big.resize((width, map_height), Image.Resampling.LANCZOS)
    draw = ImageDraw.Draw(image, "RGBA")
    others = [f["properties"]["label"] for f in features if f["geometry"]["type"] != "Point"]
    crowded = len(features) > CROWDED
    name_font = fonts.font(_px(11 if crowded else 15), bold=True)
    figure_font = fonts.font(_px(10 if crowded else 13))
    line_height = _px(14 if crowded else 19)
    labels = []
    for feature in features:
        props = feature["properties"]
        shade = shades.get(props["name"], UnitShade(None, "", props["name"]))
        if feature["geometry"]["type"] == "Point":
            cx, cy = place(*feature["geometry"]["coordinates"])
            radius = _px(10)
            color = progress(shade.status).rgb
            draw.ellipse(
                [cx - radius, cy - radius, cx + radius, cy + radius], fill=color, outline="white", width=_px(2)
            )
            (dx, dy), anchor = zone_label_place(props["label"], others)
            lx, ly = place(*props["label"])
            xy, where = (lx + _px(dx), ly + _px(dy)), ("l" if anchor == "start" else "r", "b" if dy < 0 else "t")
            size = 0.0
        else:
            xy, where = place(*props["label"]), ("m", "m")
            size = sum(_area([place(lon, lat) for lon, lat in ring]) for ring in _rings(feature["geometry"]))
        name = props["short_name"] if props.get("kind") == "zone" else props["name"]
        labels.append((size, name, shade.figure, xy, where))
    # Largest units first; a label that would cover another drops its figure, then itself.
    taken: list[tuple[float, float, float, float]] = []
    for _, name, figure, xy, where in sorted(labels, key=lambda item: -item[0]):
        for texts in ((name, figure), (name, "")):
            box = _label_box(draw, xy, texts, (name_font, figure_font), where, line_height)
            if not any(_overlap(box, other) for other in taken):
                taken.append(box)
                _label(draw, box, texts, (name_font, figure_font), line_height)
                break
    return _with_legend(image)


def _area(points: list[tuple[float, float]]) -> float:
    following = points[1:] + points[:1]
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, following, strict=True))) / 2


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _label_box(draw, xy, texts: tuple[str, str], fonts: tuple, anchor: tuple[str, str], line_height: float):
    """The plate around name over figure; anchor (m|l|r, m|t|b) says where xy is on the plate."""
    x, y = xy
    (name, figure), (name_font, figure_font), (align, valign) = texts, fonts, anchor
    width = max(draw.textlength(name, font=name_font), draw.textlength(figure, font=figure_font) if figure else 0)
    box_w, box_h = width + _px(8), line_height * (2 if figure else 1) + _px(4)
    left = {"m": x - box_w / 2, "l": x, "r": x - box_w}[align]
    top = {"m": y - box_h / 2, "t": y, "b": y - box_h}[valign]
    return (left, top, left + box_w, top + box_h)


def _label(draw, box, texts: tuple[str, str], fonts: tuple, line_height: float) -> None:
    """Name over figure, centred on a translucent white plate."""
    left, top, right, _ = box
    draw.rounded_rectangle(box, radius=_px(3), fill=(255, 255, 255, 205))
    lines = [(text, font) for text, font in zip(texts, fonts, strict=True) if text]
    for n, (text, font) in enumerate(lines):
        y = top + _px(2) + n * line_height + line_height / 2
        draw.text(((left + right) / 2, y), text, font=font, fill=INK, anchor="mm")


def _with_legend(image: Image.Image) -> Image.Image:
    fonts = cjk_fonts()
    font = fonts.font(_px(14))
    strip = _px(34)
    out = Image.new("RGB", (image.width, image.height + strip), "white")
    out.paste(image, (0, 0))
    draw = ImageDraw.Draw(out)
    x, y = _px(4), image.height + strip / 2
    for entry in PROGRESS.values():
        color, text = entry.rgb, entry.label
        draw.rounded_rectangle([x, y - _px(7), x + _px(14), y + _px(7)], radius=_px(2), fill=color)
        draw.text((x + _px(20), y), text, font=font, fill=INK, anchor="lm")
        x += _px(20) + draw.textlength(text, font=font) + _px(24)
    return out


def map_png(collection: dict, shades: dict[str, UnitShade], *, title: str, period_text: str, source: str) -> bytes:
    return framed(map_image(collection, shades), title=title, period_text=period_text, source=source)


# Tables -----------------------------------------------------------------------------------------


def _is_number(text: str) -> bool:
    cleaned = text.replace(",", "").replace("%", "").replace("分", "").strip()
    try:
        float(cleaned)
    except ValueError:
        return False
    return True


def table_image(
    frame: pd.DataFrame,
    *,
    fill: Callable[[int, str, str], tuple[int, int, int] | None] | None = None,
    max_width: int = WIDTH - 2 * MARGIN,
) -> Image.Image:
    """A table as an image: blue header, alternate row shading, numbers right-aligned.
    Cells are shown as their text; fill(row, column, text) may give a cell's text colour."""
    fonts = cjk_fonts()
    body, head = fonts.font(_px(14)), fonts.font(_px(14), bold=True)
    cells = [
        ["—" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in row]
        for row in frame.itertuples(index=False)
    ]
    columns = [str(c) for c in frame.columns]
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    widths = []
    for c, name in enumerate(columns):
        texts = [probe.textlength(name, font=head)] + [probe.textlength(row[c], font=body) for row in cells]
        widths.append(max(texts) + _px(20))
    total = sum(widths)
    limit = _px(max_width)
    if total < limit:  # spread spare room over the columns
        widths = [w * limit / total for w in widths]
    row_h, head_h = _px(32), _px(36)
    image = Image.new("RGB", (int(sum(widths)), head_h + row_h * len(cells) + _px(1)), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, image.width, head_h], fill=ACCENT)
    numeric = [all(_is_number(row[c]) or row[c] == "—" for row in cells) and cells for c in range(len(columns))]
    x = 0.0
    for c, name in enumerate(columns):
        draw.text((x + widths[c] / 2, head_h / 2), name, font=head, fill="white", anchor="mm")
        x += widths[c]
    for r, row in enumerate(cells):
        top = head_h + r * row_h
        if r % 2:
            draw.rectangle([0, top, image.width, top + row_h], fill=ZEBRA)
        x = 0.0
        for c, text in enumerate(row):
            color = (fill(r, columns[c], text) if fill else None) or INK
            if numeric[c]:
                draw.text((x + widths[c] - _px(10), top + row_h / 2), text, font=body, fill=color, anchor="rm")
            else:
                draw.text((x + _px(10), top + row_h / 2), text, font=body, fill=color, anchor="lm")
            x += widths[c]
    draw.line([0, image.height - 1, image.width, image.height - 1], fill=LINE, width=_px(1))
    return image


def table_png(
    frame: pd.DataFrame,
    *,
    title: str,
    period_text: str,
    source: str,
    fill: Callable[[int, str, str], tuple[int, int, int] | None] | None = None,
) -> bytes:
    return framed(table_image(frame, fill=fill), title=title, period_text=period_text, source=source)


def status_fill(statuses: dict[str, Sequence[str | None]]) -> Callable[[int, str, str], tuple[int, int, int] | None]:
    """Colour cells by their row's progress status in that column (the vocabulary's ink: 超序时 green,
    滞后 red)."""

    def fill(row: int, column: str, _text: str):
        column_statuses = statuses.get(column)
        if column_statuses is None or row >= len(column_statuses):
            return None
        return progress(column_statuses[row]).ink

    return fill
