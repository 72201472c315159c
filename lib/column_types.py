"""Column types: one small class per type a registry column may declare (data/programs.toml `type`).
Each says how a cell of that type is read, which problem code a bad cell gets, what the template
offers and how wide it is, how a stored value is shown, and what a demo value looks like. A new type
is one class here, added to TYPES; nothing else switches on the type.

Imports lib.ingest.normalise and lib.identifiers only (pure functions).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from lib.identifiers import normalise_uscc, normalise_usccs
from lib.ingest.normalise import clean_text, clean_texts, parse_bool, parse_quantity

if TYPE_CHECKING:
    from lib.programs import Column

YES, NO = "是", "否"


class Parsers(Protocol):
    """What a reading context offers the types that need it (the return's month, the region, the
    words a unit's clerk confirmed)."""

    def date(self, raw: object) -> dt.date: ...
    def unit(self, raw: object) -> str: ...
    def choice(self, column: Column) -> Callable[[object], str]: ...


class ColumnType:
    key: ClassVar[str]
    width: ClassVar[int] = 14  # template column width (characters)
    takes_text: ClassVar[bool] = True  # the parser gets the cell's text; False: the raw cell (serials, floats)
    numeric: ClassVar[bool] = False  # a (number, unit) pair: negative numbers refused, the unit kept
    number_format: ClassVar[str | None] = None  # template cell format
    issue_code: ClassVar[str] = "bad_number"
    free_text: ClassVar[bool] = False  # length-limited free text
    breakdown: ClassVar[bool] = False  # the program pages break figures down by its values
    # A placeholder ("/", "无") is empty before the parser is tried; False: only when the parser fails.
    placeholder_first: ClassVar[bool] = True
    # How 在线填报 offers the column: "text", "choice" (its allowed values), "date", "number" or "bool".
    entry: ClassVar[str] = "text"
    # A cell may hold a range (证书有效期 2025-03-04至2028-03-03): a column that comes after another takes its end.
    ranges: ClassVar[bool] = False
    # The column holds a day: a span written there ("5年") is no day, and a sheet may give it one column per status.
    dated: ClassVar[bool] = False

    def parser(self, column: Column, parsers: Parsers) -> Callable[[object], Any]:
        return clean_text

    def many(self, column: Column) -> Callable[[list[str]], list[Any]] | None:
        """For a type whose cells always read: a parser of a whole column of texts at once (faster than
        a call per cell); None: cells are read one by one."""
        return None

    def issue(self, column: Column, error: Exception) -> tuple[str, dict]:
        """The problem code (lib.ingest.messages) and its details for a cell that did not parse."""
        return self.issue_code, {}

    def template_values(self, column: Column, unit_name: str | None) -> tuple[str, ...]:
        """The template's drop-down list for the column (empty: none)."""
        return ()

    def shown(self, value: Any) -> Any:
        """A stored value as a table or export shows it."""
        return value

    def sample(self, column: Column, rng: random.Random, when: dt.date, unit: str) -> Any:
        """A plausible value for demo data."""
        return f"{column.header}{rng.randint(1, 99):02d}"


class Text(ColumnType):
    key = "text"
    width = 22
    free_text = True

    def many(self, column):
        return clean_texts


class Uscc(ColumnType):
    key = "uscc"
    width = 22

    def parser(self, column, parsers):
        return normalise_uscc

    def many(self, column):
        return normalise_usccs

    def sample(self, column, rng, when, unit):
        raise ValueError("credit codes come with the enterprise")


class UnitName(ColumnType):
    key = "unit"
    width = 16
    issue_code = "unknown_unit"

    def parser(self, column, parsers):
        return parsers.unit

    def issue(self, column, error):
        return self.issue_code, {"reason": str(error)}

    def template_values(self, column, unit_name):
        return (unit_name,) if unit_name else ()

    def sample(self, column, rng, when, unit):
        return unit


class Date(ColumnType):
    key = "date"
    takes_text = False
    number_format = "yyyy-mm-dd"
    issue_code = "bad_date"
    entry = "date"
    ranges = True
    dated = True

    def parser(self, column, parsers):
        return parsers.date

    def shown(self, value):
        return value.isoformat() if isinstance(value, dt.date) else value

    def sample(self, column, rng, when, unit):
        return when


class Choice(ColumnType):
    key = "choice"
    issue_code = "bad_choice"
    breakdown = True
    entry = "choice"

    def parser(self, column, parsers):
        return parsers.choice(column)

    def issue(self, column, error):
        return self.issue_code, {"allowed": "、".join(column.allowed_values)}

    def template_values(self, column, unit_name):
        return column.allowed_values

    def sample(self, column, rng, when, unit):
        return rng.choice(column.allowed_values)


class Quantity(ColumnType):
    key = "quantity"
    width = 12
    takes_text = False
    numeric = True
    entry = "number"

    def parser(self, column, parsers):
        return parse_quantity

    def shown(self, value):
        return int(value) if isinstance(value, float) and value.is_integer() else value

    def sample(self, column, rng, when, unit):
        return float(rng.randint(1, 500))


class Integer(Quantity):
    key = "integer"
    width = 10

    def sample(self, column, rng, when, unit):
        return float(rng.randint(1, 20))


class YesNo(ColumnType):
    key = "bool"
    width = 12
    issue_code = "bad_bool"
    placeholder_first = False  # "无" is a no
    entry = "bool"

    def parser(self, column, parsers):
        return functools.lru_cache(maxsize=512)(parse_bool)  # a column holds a handful of distinct words

    def template_values(self, column, unit_name):
        return (YES, NO)

    def shown(self, value):
        return (YES if value else NO) if isinstance(value, bool) else value

    def sample(self, column, rng, when, unit):
        return rng.random() < 0.7


TYPES: dict[str, ColumnType] = {
    t.key: t for t in (Text(), Uscc(), UnitName(), Date(), Choice(), Quantity(), Integer(), YesNo())
}


def column_type(key: str) -> ColumnType:
    return TYPES[key]
