"""Chinese fonts for pictures drawn on the server (PNG charts, map, tables).

A picture is made only with a CJK font found on disk: without one Chinese would come out as
boxes or not at all, so FontMissing says what to install instead. Searched in the usual font
folders, or in QB_FONT_DIRS (folders separated by ":"). Imports Pillow and vl-convert; no Streamlit.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

DEFAULT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
# File names of common CJK fonts, best first: (regular, bold).
CANDIDATES = (
    ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
    ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"),
    ("SourceHanSansSC-Regular.otf", "SourceHanSansSC-Bold.otf"),
    ("SourceHanSans-Regular.ttc", "SourceHanSans-Bold.ttc"),
    ("wqy-microhei.ttc", "wqy-microhei.ttc"),
    ("wqy-zenhei.ttc", "wqy-zenhei.ttc"),
    ("msyh.ttc", "msyhbd.ttc"),
    ("simhei.ttf", "simhei.ttf"),
)
PROBE = "质量提升进度看板嘉兴市南湖区"


class FontMissing(RuntimeError):
    """No CJK font on this server."""

    def __init__(self, searched: tuple[str, ...]) -> None:
        super().__init__(
            "服务器上没有中文字体，无法生成图片（中文会显示成方框）。请管理员安装中文字体"
            "（Debian/Ubuntu：apt-get install fonts-noto-cjk），或用环境变量 QB_FONT_DIRS 指明字体所在文件夹"
            f"后重试。已查找：{'、'.join(searched)}。"
        )


@dataclass(frozen=True)
class CjkFonts:
    regular: Path
    regular_index: int
    bold: Path
    bold_index: int
    family: str  # the family name Vega and CSS know it by, e.g. "Noto Sans CJK SC"

    def font(self, size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
        if bold:
            return ImageFont.truetype(str(self.bold), size, index=self.bold_index)
        return ImageFont.truetype(str(self.regular), size, index=self.regular_index)


def _packaged_dirs() -> tuple[str, ...]:
    """Fonts installed with pip where no system font could be (requirements-fonts.txt: the font files of
    the mplfonts package, found without importing it)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return ()
    return tuple(str(Path(p) / "fonts") for p in spec.submodule_search_locations)


def font_dirs() -> tuple[str, ...]:
    configured = os.environ.get("QB_FONT_DIRS", "").strip()
    dirs = configured.split(os.pathsep) if configured else (*DEFAULT_DIRS, *_packaged_dirs())
    return tuple(str(Path(d).expanduser()) for d in dirs if d)


def _simplified_face(path: Path) -> tuple[int, str]:
    """The face of a font collection meant for Simplified Chinese (SC), else the first one."""
    first = None
    for index in range(12):
        try:
            family = ImageFont.truetype(str(path), 16, index=index).getname()[0] or ""
        except OSError:
            break
        first = first or (index, family)
        if family.endswith(" SC") or "SC" in family.split():
            return index, family
    if first is None:
        raise OSError(path)
    return first


def _draws_chinese(path: Path, index: int) -> bool:
    """A font draws Chinese when the probe's characters have different shapes (missing glyphs
    all share one box)."""
    font = ImageFont.truetype(str(path), 24, index=index)
    masks = {bytes(font.getmask(ch)) for ch in PROBE[:6]}
    return len(masks) == 6


@lru_cache(maxsize=8)
def _find(dirs: tuple[str, ...]) -> CjkFonts:
    files: dict[str, Path] = {}
    for folder in dirs:
        root = Path(folder)
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            files.setdefault(path.name.lower(), path)
    for regular_name, bold_name in CANDIDATES:
        regular = files.get(regular_name.lower())
        if regular is None:
            continue
        bold = files.get(bold_name.lower(), regular)
        try:
            regular_index, family = _simplified_face(regular)
            bold_index, _ = _simplified_face(bold)
        except OSError:
            continue
        if _draws_chinese(regular, regular_index):
            return CjkFonts(regular, regular_index, bold, bold_index, family)
    raise FontMissing(dirs)


def cjk_fonts() -> CjkFonts:
    """The CJK font to draw with; FontMissing (with a Chinese message) when there is none."""
    return _find(font_dirs())


_registered: set[str] = set()


def vega_font_family() -> str:
    """Make the CJK font known to vl-convert (once per folder) and return its family name."""
    import vl_convert

    fonts = cjk_fonts()
    folder = str(fonts.regular.parent)
    if folder not in _registered:
        vl_convert.register_font_directory(folder)
        _registered.add(folder)
    return fonts.family
