"""The program registry: every program complete, and a broken registry stops with a clear message."""

from __future__ import annotations

import re

import pytest

from lib.programs import REGISTRY_PATH, RegistryError, load_registry, parse_registry

EXPECTED = {"benchmarking", "brand_mark", "recall", "green_cert", "three_same"}


def test_five_programs_declared_with_chinese_titles():
    registry = load_registry()
    assert set(registry.keys) == EXPECTED
    titles = {p.key: p.title for p in registry}
    assert titles["benchmarking"] == "对标达标"
    assert titles["recall"] == "缺陷产品召回"


@pytest.mark.parametrize("program", sorted(EXPECTED))
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
        ("weight = 0.15", "weight = 0.5", "权重之和"),
    ],
)
def test_broken_registry_names_program_and_field(old, new, expected):
    with pytest.raises(RegistryError) as error:
        parse_registry(_broken(old, new))
    assert expected in str(error.value)


def test_adding_a_program_is_one_block():
    text = REGISTRY_PATH.read_text(encoding="utf-8").replace("weight = 0.25", "weight = 0.15", 1)
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
  key = "enterprise_name"
  header = "企业名称"
  type = "text"
  required = true
  help = "企业全称。"
  [[program.columns]]
  key = "uscc"
  header = "统一社会信用代码"
  type = "uscc"
  required = true
  help = "18位代码。"
  [[program.columns]]
  key = "unit"
  header = "所属县（市、区）"
  type = "unit"
  required = true
  help = "本单位。"
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
    assert registry.get("quality_officer").primary.label == "首席质量官"
    assert len(registry) == 6
