"""逐项填写 (lib.program_form): every shipped and catalogue program read into the form and written back is the same
program; a new program filled in field by field (columns, choices with their ways of writing, a ratio metric) is
a definition the registry accepts; what cannot be written names the table, row and column."""

from __future__ import annotations

import pytest

from lib.catalogue import load_catalogue
from lib.program_form import FormError, ProgramForm, block_from_form, form_from_block
from lib.programs import REGISTRY_PATH, RegistryError, shipped_definitions

SHIPPED = shipped_definitions(REGISTRY_PATH)
BLOCKS = [*SHIPPED.blocks, *((e.key, e.block) for e in load_catalogue())]


def _program(key: str, block: str):
    return SHIPPED.with_block(key, block).registry().get(key)


@pytest.mark.parametrize(("key", "block"), BLOCKS, ids=[k for k, _ in BLOCKS])
def test_a_definition_read_into_the_form_and_written_back_is_the_same_program(key, block):
    assert _program(key, block_from_form(form_from_block(block))) == _program(key, block)


def _filled() -> ProgramForm:
    """A clerk's new 食品抽检 program as the form's fields and tables hold it (empty cells are NaN or None)."""
    fields = {
        "key": "food_check",
        "title": "食品抽检",
        "full_title": "食品安全监督抽检",
        "sheet": "食品抽检",
        "sheet_aliases": "食品安全抽检、「抽检、检测」",
        "description": "每行一个抽检批次。",
        "weight": 0.2,
        "briefing": False,
        "identity": ["uscc", "sample_no"],
        "date_columns": ["date"],
        "status_column": "result",
        "quantity_column": "",
        "primary_metric": "pass_rate",
    }
    nan = float("nan")
    columns = [
        {"key": "sample_no", "header": "抽样单编号", "aliases": "抽样编号、样品编号", "type": "text", "required": True,
         "choices": nan, "help": "一个批次一行。"},
        {"key": "result", "header": "检验结论", "aliases": None, "type": "choice", "required": True,
         "choices": "合格：检验合格、符合；不合格：「不合格、不符合」", "help": "合格或不合格。"},
        {"key": "date", "header": "抽样日期", "aliases": "", "type": "date", "required": False, "choices": "",
         "help": "抽样的日期。"},
        {"key": nan, "header": nan, "aliases": nan, "type": None, "required": None, "choices": nan, "help": nan},
    ]  # fmt: skip
    metrics = [
        {"key": "pass_rate", "label": "食品抽检合格率", "agg": "ratio", "column": "", "where": "",
         "numerator": "passed", "denominator": "batches", "unit": "%", "target": True, "help": "合格批次÷抽检批次。"},
        {"key": "batches", "label": "抽检批次", "agg": "count", "column": nan, "where": nan, "numerator": nan,
         "denominator": nan, "unit": "批次", "target": False, "help": "抽检的批次数。"},
        {"key": "passed", "label": "合格批次", "agg": "count", "column": "", "where": "result=合格", "numerator": "",
         "denominator": "", "unit": "批次", "target": False, "help": "检验结论为合格的批次数。"},
    ]  # fmt: skip
    return ProgramForm(fields, columns, metrics)


def test_a_new_program_filled_in_field_by_field_is_a_definition_the_registry_takes():
    program = _program("food_check", block_from_form(_filled()))
    assert (program.title, program.briefing) == ("食品抽检", False)
    assert program.sheet_aliases == ("食品安全抽检", "抽检、检测")
    assert program.column("result").choices == (("合格", ("检验合格", "符合")), ("不合格", ("不合格、不符合",)))
    assert [c.key for c in program.columns] == ["enterprise_name", "uscc", "unit", "sample_no", "result", "date"]
    rate = program.primary
    assert rate.is_ratio and (rate.numerator, rate.denominator) == ("passed", "batches")
    assert program.metric("passed").where == ("result", "合格")


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda f: f.fields.update(weight="两成"), "排行权重（weight）“两成”不是数字"),
        (lambda f: f.columns[1].update(choices="：检验合格"), "字段表第2行“result”：可选值“：检验合格”缺少取值"),
        (lambda f: f.columns[0].update(key=""), "字段表第1行“抽样单编号”：缺少标识"),
        (lambda f: f.metrics[2].update(where="result"), "指标表第3行“passed”：筛选条件“result”请写成“字段=取值”"),
    ],
)
def test_what_cannot_be_written_names_the_table_row_and_column(edit, said):
    form = _filled()
    edit(form)
    with pytest.raises(FormError, match=said):
        block_from_form(form)


def test_a_form_that_writes_a_wrong_definition_is_refused_by_the_registry_naming_the_field():
    form = _filled()
    form.metrics[0].update(denominator="")
    with pytest.raises(RegistryError, match="比率指标“pass_rate”缺少分母 denominator"):
        _program("food_check", block_from_form(form))
