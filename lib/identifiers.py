"""统一社会信用代码 (GB 32100-2015) check characters and normalisation; pure functions."""

from __future__ import annotations

import re
import unicodedata

from lib.ingest.normalise import visible_text

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WELL_FORMED = re.compile(f"[{USCC_ALPHABET}]{{18}}")
# The weights are 3^i mod 31, and 34 = 3 mod 31: the weighted sum mod 31 is the code read as a base-34
# number (first character lowest) mod 31, which int() works out in one call.
_BASE34_DIGITS = str.maketrans(USCC_ALPHABET, "0123456789abcdefghijklmnopqrstu")
_WELL_FORMED_17 = re.compile(f"[{USCC_ALPHABET}]{{17}}")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_VALUE = {ch: i for i, ch in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def normalise_uscc(text: object) -> str:
    """Upper-case, full-width to half-width, every space, dash and format character (zero-width space,
    byte-order mark...) removed."""
    if type(text) is str and _WELL_FORMED.fullmatch(text):
        return text
    raw = visible_text(unicodedata.normalize("NFKC", str(text or "")))
    code = re.sub(r"[\s\-]", "", raw).upper()
    # The code has no letter O (GB 32100 leaves it out): in a code, O is a 0 typed with the wrong key.
    return code.replace("O", "0") if "O" in code and len(code) == 18 else code


def normalise_usccs(texts: list[str]) -> list[str]:
    """normalise_uscc of every text of a column: one C-level pass when all are in the usual form already."""
    if all(map(_WELL_FORMED.fullmatch, texts)):
        return list(texts)
    return list(map(normalise_uscc, texts))


def looks_like_uscc(text: str) -> bool:
    """18 characters of the code alphabet (the check character is not verified)."""
    return _WELL_FORMED.fullmatch(text) is not None


def well_formed(cells: list[object]) -> list[bool]:
    """looks_like_uscc of each cell, trimmed (a cell that is not text is not a code): a column of text,
    the usual case, in C-level passes."""
    try:
        "".join(cells)  # type: ignore[arg-type]  # TypeError when a cell is not text
    except TypeError:
        return [type(c) is str and _WELL_FORMED.fullmatch(c.strip()) is not None for c in cells]
    return [m is not None for m in map(_WELL_FORMED.fullmatch, map(str.strip, cells))]  # type: ignore[arg-type]


def uscc_check_char(first17: str) -> str:
    """The 18th character for the first 17; raises ValueError on characters outside the alphabet."""
    if not _WELL_FORMED_17.fullmatch(first17):
        raise ValueError(first17)
    return USCC_ALPHABET[-int(first17[::-1].translate(_BASE34_DIGITS), 34) % 31]


def uscc_problem(code: str) -> str | None:
    """None when the code is well formed and its check character is right, else a reason code.

    Reason codes: "length", "alphabet", "check".
    """
    if len(code) != 18:
        return "length"
    if not _WELL_FORMED.fullmatch(code):
        return "alphabet"
    if USCC_ALPHABET[-int(code[16::-1].translate(_BASE34_DIGITS), 34) % 31] != code[17]:
        return "check"
    return None


def uscc_problems(codes: list[str]) -> list[str | None]:
    """uscc_problem of every code of a column (one pass for the usual case: all well formed)."""
    if all(map(_WELL_FORMED.fullmatch, codes)):
        digits = _BASE34_DIGITS
        return [
            None if USCC_ALPHABET[-int(code[16::-1].translate(digits), 34) % 31] == code[17] else "check"
            for code in codes
        ]
    return list(map(uscc_problem, codes))


def org_code_check_char(first8: str) -> str:
    """GB 11714 organisation code check character (positions 9-17 of a USCC end with it)."""
    total = sum(_ORG_VALUE[ch] * w for ch, w in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(region_code: str, org_body: str, kind: str = "91") -> str:
    """A valid USCC from a 2-char registration kind, 6-digit region code and 8-char org body."""
    first17 = kind + region_code + org_body + org_code_check_char(org_body)
    return first17 + uscc_check_char(first17)
