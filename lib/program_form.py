"""A program's definition as a form (工作项目管理 → 逐项填写): its fields, a table of its columns and a table of its
metrics, read from a [[program]] block and written back as one. What the form does not show (a column's
required_when, after, yes_no, implied_by, plausible; comments) is kept from the block it was read from. The block
written is checked as any other (lib.program_admin.import_programs), which names the program and field; what
cannot even become a block (a weight that is no number, a choice written without its value) is refused here,
naming the table, row and column. Pure functions; no Streamlit.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field

from lib.programs import AGGREGATIONS, COLUMN_TYPES, RegistryError

# The program's own fields, in the order a block writes them, with what the form calls them.
FIELDS = {
    "key": "标识（key）",
    "title": "简称",
    "full_title": "全称",
    "sheet": "模板工作表名",
    "sheet_aliases": "工作表的其他写法",
    "description": "说明",
    "weight": "排行权重",
    "briefing": "写入月度通报",
    "identity": "记录标识字段",
    "status_column": "状态字段",
    "quantity_column": "数量字段",
    "date_columns": "日期字段",
    "primary_metric": "主指标",
}
LISTS = ("sheet_aliases", "identity", "date_columns")
OPTIONAL = ("status_column", "quantity_column")  # left out of the block when empty
COLUMNS = {
    "key": "标识",
    "header": "表头",
    "aliases": "表头的其他写法",
    "type": "类型",
    "required": "必填",
    "choices": "可选值",
    "help": "填写说明",
}
METRICS = {
    "key": "标识",
    "label": "名称",
    "agg": "汇总方式",
    "column": "字段",
    "where": "筛选条件",
    "numerator": "分子",
    "denominator": "分母",
    "unit": "单位",
    "target": "设年度目标",
    "help": "说明",
}
COLUMN_TYPE_CHOICES = tuple(sorted(COLUMN_TYPES))
AGGREGATION_CHOICES = tuple(sorted(AGGREGATIONS))
SHARED = ("enterprise_name", "uscc", "unit")  # every program has them ([[shared_column]]); a block may restyle them
# A list in a cell: values between 、 , ; (a value holding one of them is written in corner brackets:
# 「食品、农产品」; the documents' own quotes, as in “三同”, are part of a value).
_ITEM = re.compile(r"\s*(?:「([^」]*)」|([^、,，;；\n「]+))\s*")
_SEPARATORS = "、,，;；\n"
_ENTRIES = re.compile(r"\s*((?:「[^」]*」|[^;；\n「])+)")  # choices: value：ways; value：ways
_PAIR = re.compile(r"\s*([^:：=「]+?)\s*[:：=]\s*(.*)", re.DOTALL)


class FormError(RegistryError):
    """What in the form cannot be written as a definition; the message names where, in Chinese."""


@dataclass
class ProgramForm:
    fields: dict[str, object]  # FIELDS: texts, a number (weight), a yes/no (briefing), lists of keys (LISTS)
    columns: list[dict[str, object]]  # one row per column: COLUMNS (aliases and choices as the form writes them)
    metrics: list[dict[str, object]]  # one row per metric: METRICS
    kept: dict = field(default_factory=dict)  # the block as read: what the form does not show stays as it was


def joined(values) -> str:
    return "、".join(f"「{v}」" if any(c in str(v) for c in _SEPARATORS + ":：=") else str(v) for v in values or ())


def _choices_text(choices: dict | None) -> str:
    """{"达到": ["达标", "已达到"], "优于": []} -> "达到：达标、已达到；优于"."""
    entries = (f"{value}：{joined(ways)}" if ways else str(value) for value, ways in (choices or {}).items())
    return "；".join(entries)


def form_from_block(block: str) -> ProgramForm:
    """The form of one [[program]] block (RegistryError when the text is not one)."""
    try:
        raw = tomllib.loads(block)["program"][0]
    except (tomllib.TOMLDecodeError, KeyError, IndexError) as exc:
        raise RegistryError("工作项目定义应当恰好是一个 [[program]] 块") from exc
    fields = {name: raw.get(name, [] if name in LISTS else "") for name in FIELDS}
    fields["weight"] = raw.get("weight", 0.1)
    fields["briefing"] = raw.get("briefing", True)
    columns = [
        {
            "key": c.get("key", ""),
            "header": c.get("header", ""),
            "aliases": joined(c.get("aliases")),
            "type": c.get("type", ""),  # none: a shared column's own type
            "required": bool(c.get("required", False)),
            "choices": _choices_text(c.get("choices")),
            "help": c.get("help", ""),
        }
        for c in raw.get("columns", [])
    ]
    metrics = [
        {
            "key": m.get("key", ""),
            "label": m.get("label", ""),
            "agg": m.get("agg", "count"),
            "column": m.get("column", ""),
            "where": "；".join(f"{k}={v}" for k, v in (m.get("where") or {}).items()),
            "numerator": m.get("numerator", ""),
            "denominator": m.get("denominator", ""),
            "unit": m.get("unit", ""),
            "target": bool(m.get("target", False)),
            "help": m.get("help", ""),
        }
        for m in raw.get("metrics", [])
    ]
    return ProgramForm(fields, columns, metrics, raw)


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):  # an empty cell of the table (NaN)
        return ""
    return str(value).strip()


def _list(value) -> list[str]:
    if isinstance(value, list | tuple):
        return [_text(v) for v in value if _text(v)]
    found = (m for m in _ITEM.finditer(_text(value)) if m.group(0).strip())
    return [(m.group(1) if m.group(1) is not None else m.group(2)).strip() for m in found]


def _choices(text: str, where: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for found in _ENTRIES.finditer(text):
        entry = found.group(1)
        if not entry.strip():
            continue
        pair = _PAIR.fullmatch(entry)
        value, variants = (pair.group(1), _list(pair.group(2))) if pair else (entry.strip(), [])
        if pair is None and any(c in entry for c in ":：="):  # a way of writing with no value before it
            value = ""
        if not value or value in out:
            problem = "重复" if value else "缺少取值"
            raise FormError(f"{where}：可选值“{entry.strip()}”{problem}，请写成“值：写法、写法；值：写法”")
        out[value] = variants
    return out


def _where(text: str, where: str) -> dict[str, str] | None:
    if not text:
        return None
    pair = _PAIR.fullmatch(text)
    if pair is None or not pair.group(2).strip():
        raise FormError(f"{where}：筛选条件“{text}”请写成“字段=取值”，如 result=合格")
    return {pair.group(1): pair.group(2).strip()}


def _bool(value) -> bool:
    return value is True or _text(value).lower() in ("true", "1", "是", "yes")


def block_from_form(form: ProgramForm) -> str:
    """The [[program]] block the form says (FormError naming the field, or table, row and column)."""
    raw = {k: v for k, v in form.kept.items() if k not in ("columns", "metrics")}
    for name in FIELDS:
        value = form.fields.get(name)
        if name in LISTS:
            raw[name] = _list(value)
        elif name == "weight":
            try:
                raw[name] = float(_text(value))
            except ValueError:
                raise FormError(f"{FIELDS[name]}（weight）“{_text(value)}”不是数字，如 0.2") from None
        elif name == "briefing":
            raw[name] = _bool(value)
        elif name in OPTIONAL and not _text(value):
            raw.pop(name, None)
        else:
            raw[name] = _text(value)
    kept_columns = {c.get("key"): c for c in form.kept.get("columns", [])}
    columns = []
    for n, row in enumerate(form.columns, start=1):
        key = _text(row.get("key"))
        if not key and not any(_text(v) for name, v in row.items() if name not in ("type", "required")):
            continue  # an empty row of the table
        where = f"字段表第{n}行“{key or _text(row.get('header'))}”"
        if not key:
            raise FormError(f"{where}：缺少{COLUMNS['key']}（英文小写，如 product）")
        column = dict(kept_columns.get(key, {}))
        column["key"] = key
        given = {
            "header": _text(row.get("header")),
            "aliases": _list(row.get("aliases")),
            "type": _text(row.get("type")) or ("" if key in SHARED else "text"),
            "choices": _choices(_text(row.get("choices")), where),
            "help": _text(row.get("help")),
        }
        for name, value in given.items():  # an empty cell leaves the field out (a shared column's own stays)
            if value:
                column[name] = value
            else:
                column.pop(name, None)
        if _bool(row.get("required")) or "required" in column:
            column["required"] = _bool(row.get("required"))
        columns.append(column)
    kept_metrics = {m.get("key"): m for m in form.kept.get("metrics", [])}
    metrics = []
    for n, row in enumerate(form.metrics, start=1):
        key = _text(row.get("key"))
        if not key and not any(_text(v) for name, v in row.items() if name not in ("agg", "target")):
            continue
        where = f"指标表第{n}行“{key or _text(row.get('label'))}”"
        if not key:
            raise FormError(f"{where}：缺少{METRICS['key']}（英文小写，如 enterprises）")
        metric = dict(kept_metrics.get(key, {}))
        metric.update(key=key, label=_text(row.get("label")), agg=_text(row.get("agg")) or "count")
        metric.update(unit=_text(row.get("unit")), target=_bool(row.get("target")), help=_text(row.get("help")))
        for name in ("column", "numerator", "denominator"):
            if _text(row.get(name)):
                metric[name] = _text(row.get(name))
            else:
                metric.pop(name, None)
        condition = _where(_text(row.get("where")), where)
        if condition:
            metric["where"] = condition
        else:
            metric.pop("where", None)
        metrics.append(metric)
    return _write_block(raw, columns, metrics)


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string: JSON's escapes are TOML's
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{json.dumps(str(k), ensure_ascii=False)} = {_toml(v)}" for k, v in value.items())
        return "{ " + ", ".join(pairs) + " }"
    raise FormError(f"无法写入定义的值：{value!r}")


def _write_block(program: dict, columns: list[dict], metrics: list[dict]) -> str:
    order = [*FIELDS, *(k for k in program if k not in FIELDS)]
    lines = ["[[program]]", *(f"{k} = {_toml(program[k])}" for k in order if k in program)]
    for name, rows in (("columns", columns), ("metrics", metrics)):
        for row in rows:
            lines += ["", f"  [[program.{name}]]", *(f"  {k} = {_toml(v)}" for k, v in row.items())]
    return "\n".join(lines) + "\n"
