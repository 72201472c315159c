"""Colour legends: a list whose rows are shaded by what they are, with a 说明 that says what each colour
means ("灰色底纹为已退出培育库企业（不计入本月数）") or a key of coloured cells beside their meaning. A row shaded
in a colour the legend says does not count is void, as a struck-through row is.
"""

from __future__ import annotations

import colorsys
import re

# "黄色底纹为本月新入库培育企业", "灰色表示已退出", "标红的为重复上报": the colour and what follows it, to the next
# comma or full stop (the words in brackets stay with it: "已退出培育库企业（不计入本月数）").
_SAID = re.compile(
    r"(?:标(?P<marked>[黄绿灰红蓝橙紫粉])色?|(?P<colour>[黄绿灰红蓝橙紫粉])色)"
    r"(?:底纹|底色|背景|填充|标注|标记|单元格|行)?(?:的)?(?:为|表示|是|代表|指|:|：)?\s*(?P<meaning>[^，,。；;]*)"
)
# What a colour may say of its rows that means they are not part of the return.
VOID = re.compile(r"不计入|不统计|不纳入|已退出|退出|剔除|作废|删除|注销|吊销|撤销|重复|无效")


def colour_word(rgb: str) -> str | None:
    """The colour a clerk would call a background ("FFFF00" 黄, "92D050" 绿, "BFBFBF" 灰); None for white."""
    try:
        r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except (ValueError, IndexError):
        return None
    hue, saturation, value = colorsys.rgb_to_hsv(r, g, b)
    if saturation < 0.15:
        return None if value > 0.95 else "灰"
    degrees = hue * 360
    for limit, word in ((15, "红"), (40, "橙"), (70, "黄"), (170, "绿"), (260, "蓝"), (330, "紫"), (360, "红")):
        if degrees < limit:
            return word
    return "红"


def says_colours(text: str) -> bool:
    """Whether a text may be a colour legend (a quick look before any colour is read)."""
    return "色" in text or "标" in text


def legend(
    notes: list[str], key_rows: list[list[str]], fills: dict[tuple[int, int], str], key_at: list[int]
) -> dict[str, str]:
    """Colour word -> what it means, from the notes' sentences and from key rows (a coloured empty cell
    followed by the words it stands for; key_at gives each key row's 0-based row)."""
    meanings: dict[str, str] = {}
    for text in notes:
        for match in _SAID.finditer(text):
            word = match.group("marked") or match.group("colour")
            meaning = match.group("meaning").strip()
            if meaning:
                meanings.setdefault(word, meaning)
    for r, texts in zip(key_at, key_rows, strict=True):
        for c, text in enumerate(texts[1:], start=1):
            swatch = fills.get((r, c - 1))
            if text and not texts[c - 1] and swatch and (word := colour_word(swatch)):
                meanings.setdefault(word, text)
    return meanings


def row_colour(fills: dict[tuple[int, int], str], r: int, columns: list[int]) -> str | None:
    """The background every filled cell of a row shares, or None (no colour, or several)."""
    found = {fills.get((r, c)) for c in columns}
    return found.pop() if len(found) == 1 else None
