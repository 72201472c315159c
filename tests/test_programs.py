"""The program registry: every program complete, and a broken registry stops with a clear message."""

from __future__ import annotations

import re

import pytest

from lib.programs import REGISTRY_PATH, RegistryError, load_registry, parse_registry

SEED_PROGRAMS = {"benchmarking", "brand_mark", "recall", "green_cert", "three_same"}  # seed 004's five


def test_the_seed_programs_are_declared_with_chinese_titles():
    registry = load_registry()
    assert set(registry.keys) >= SEED_PROGRAMS
    titles = {p.key: p.title for p in registry}
    assert titles["benchmarking"] == "对标达标"
    assert titles["recall"] == "缺陷产品召回"


@pytest.mark.parametrize("program", load_registry().keys)
def test_every_program_is_complete(program):
    prog = load_registry().get(program)
    keys = {c.key for c in prog.columns}
    assert {"enterprise_name", "uscc", "unit"} <= keys
    for column in prog.columns:
        assert re.search(r"[\u4e00-\u9fff]", column.header), column.key
        assert column.help.strip(), f"{program}.{column.key} has no help text"
        if column.type == "choice":
            assert column.allowed_values, column.key
    for metric in prog.metrics:
        assert metric.label and metric.unit and metric.help
        if metric.column:
            assert metric.column in keys
    assert set(prog.identity) <= keys
    assert prog.primary.target
    assert prog.weight > 0


def test_weights_add_up_to_one():
    assert sum(p.weight for p in load_registry()) == pytest.approx(1.0)


def test_seed_metrics_are_counted_the_right_way():
    registry = load_registry()
    brand = registry.get("brand_mark")
    assert brand.metric("pool").where == ("status", "入库培育")
    assert brand.metric("certified").where == ("status", "已认证")
    green = registry.get("green_cert")
    assert green.metric("enterprises").agg == "count_distinct"
    assert green.metric("certificates").agg == "count"


def _broken(old: str, new: str) -> str:
    text = REGISTRY_PATH.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('type = "uscc"', 'type = "creditcode"', "工作项目“benchmarking” 字段“uscc”"),
        ('primary_metric = "certified"', 'primary_metric = "certs"', "工作项目“brand_mark”"),
        ('where = { status = "已认证" }', 'where = { status = "已注销" }', "已注销"),
        ('help = "填写“达到”或“优于”。"', 'help = ""', "字段“result” 缺少“help”"),
        ("weight = 0.15", "weight = 0", "排行权重"),
        ("plausible = [2_000_000, 100_000_000]", "plausible = [100_000_000, 2_000_000]", "字段“quantity” 的 plausible"),
        (
            'type = "choice"\n  required = false',
            'type = "choice"\n  plausible = [1, 2]\n  required = false',
            "plausible",
        ),
    ],
)
def test_broken_registry_names_program_and_field(old, new, expected):
    with pytest.raises(RegistryError) as error:
        parse_registry(_broken(old, new))
    assert expected in str(error.value)


def test_weights_are_shares_of_their_sum():
    """Weights are relative: doubling every weight changes nothing, and a sixth program's weight needs
    no other edit (each share is its weight over the sum)."""
    text = REGISTRY_PATH.read_text(encoding="utf-8")
    doubled = parse_registry(text.replace("weight = 0.", "weight = 1."))
    plain = parse_registry(text)
    assert sum(p.weight for p in doubled) == pytest.approx(1.0)
    assert [p.weight for p in doubled] != [p.weight for p in plain]  # 1.25 : 1.20 … is another split
    half = parse_registry(text.replace("weight = 0.25", "weight = 0.125", 1))
    assert half.get("benchmarking").weight == pytest.approx(0.125 / 0.875)


def test_adding_a_program_is_one_block():
    text = REGISTRY_PATH.read_text(encoding="utf-8")
    text += """
[[program]]
key = "quality_officer"
title = "首席质量官"
sheet = "首席质量官"
description = "企业聘任首席质量官。"
weight = 0.10
identity = ["uscc", "person"]
date_columns = ["date"]
primary_metric = "officers"
  [[program.columns]]
  key = "person"
  header = "姓名"
  type = "text"
  required = true
  help = "首席质量官姓名。"
  [[program.columns]]
  key = "date"
  header = "聘任日期"
  type = "date"
  required = false
  help = "聘任日期。"
  [[program.metrics]]
  key = "officers"
  label = "首席质量官"
  agg = "count"
  unit = "名"
  target = true
  help = "新增聘任的首席质量官人数。"
"""
    registry = parse_registry(text)
    officer = registry.get("quality_officer")
    assert officer.primary.label == "首席质量官"
    assert len(registry) == len(load_registry()) + 1
    # The shared columns come first, declared once; the weights are shares of their new sum.
    assert [c.key for c in officer.columns[:3]] == ["enterprise_name", "uscc", "unit"]
    assert "企业名称" in officer.column("enterprise_name").header
    assert sum(p.weight for p in registry) == pytest.approx(1.0)
    assert officer.weight == pytest.approx(0.10 / 1.10)
