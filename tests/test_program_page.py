"""工作项目管理 as the admin uses it (Streamlit AppTest): the programs listed, a pasted definition saved as a draft,
published from a month into the navigation and the pages, archived out of them again; a broken definition refused
naming the field with nothing saved (pasted or uploaded); no page for anyone but admins."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lib.db import session_scope
from lib.formatting import md_escape
from lib.models import ProgramVersion
from lib.programs import get_registry
from tests.conftest import build_demo
from tests.test_any_registry import CHAIN_BLOCK
from tests.test_app import open_page, program_app, run_app

BROKEN_BLOCK = CHAIN_BLOCK.replace('primary_metric = "projects"', 'primary_metric = "chains"')


@pytest.fixture
def demo_url(sqlite_url, app_env):
    """A demo database of its own (the tests write to it), the settings pointing at it."""
    app_env(sqlite_url)
    return build_demo(sqlite_url)


def navigation(app) -> dict[str, str]:
    """The pages app.py's navigation offered at the last run: url path -> title."""
    return {info["url_pathname"]: info["page_name"] for info in app._registered_pages.values()}


def table(app):
    return app.dataframe[0].value


def definition_text(app):
    """The text area of the definition as TOML (粘贴或编辑)."""
    return next(t for t in app.text_area if str(t.key).startswith("programs_text_"))


def versions() -> int:
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(ProgramVersion))


def test_the_admin_sees_the_shipped_programs(app_env, demo_sqlite_url):
    app_env(demo_sqlite_url)
    app = run_app("admin")
    assert navigation(app)["programs"] == "工作项目管理"
    app = open_page(app, "programs.py")
    assert app.title[0].value == "工作项目管理"
    programs = table(app)
    assert list(programs["key"]) == list(get_registry().keys)
    assert list(programs["名称"]) == ["对标达标", "品字标", "缺陷产品召回", "绿色产品认证", "三同产品"]
    assert set(programs["状态"]) == {"已发布"} and set(programs["版本"]) == {"随系统提供"}
    assert app.selectbox(key="programs_pick").value == "benchmarking"
    assert 'key = "benchmarking"' in app.code[0].value  # the definition in force, read only
    assert 'key = "benchmarking"' in definition_text(app).value  # and the editor starts from it
    assert app.button(key="programs_archive").proto.disabled  # 归档 waits for its confirmation
    assert any("没有待发布的草稿" in c.value for c in app.caption)


def test_a_pasted_definition_is_drafted_published_into_the_navigation_and_archived(demo_url):
    shipped = get_registry().keys
    app = open_page(run_app("admin"), "programs.py")
    app.selectbox(key="programs_pick").set_value("").run()
    assert 'key = ""' in definition_text(app).value  # the template for a new program
    definition_text(app).input(CHAIN_BLOCK)
    app.button(key="programs_save").click().run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    assert any("已保存为草稿（第 1 版）" in s.value for s in app.success)
    draft = table(app).set_index("key").loc["quality_chain"]
    assert (draft["名称"], draft["状态"], draft["版本"]) == ("质量强链", "草稿", "第 1 版")
    assert app.selectbox(key="programs_pick").value == "quality_chain"  # the program just saved is shown
    assert "quality_chain" not in navigation(app)  # a draft changes nothing until published

    app.selectbox(key="programs_month_quality_chain").set_value("2024-10")
    app.button(key="programs_publish").click().run()
    assert not app.exception, app.exception
    assert any("自 2024年10月起生效" in s.value for s in app.success), [e.value for e in app.error]
    assert navigation(app)["quality_chain"] == "质量强链"
    published = table(app).set_index("key").loc["quality_chain"]
    assert (published["状态"], published["版本"], published["生效月份"]) == ("已发布", "第 1 版", "2024-10")
    assert get_registry().keys == (*shipped, "quality_chain")
    chain = program_app("quality_chain")
    assert chain.title[0].value == "重点产业链质量强链行动"

    app.checkbox(key="programs_archive_sure_quality_chain").check().run()
    app.button(key="programs_archive").click().run()
    assert not app.exception, app.exception
    assert any("已归档" in s.value for s in app.success)
    assert "quality_chain" not in navigation(app)
    assert table(app).set_index("key").loc["quality_chain", "状态"] == "已归档"
    assert get_registry().keys == shipped


def test_a_broken_definition_is_refused_naming_the_field_and_nothing_is_saved(demo_url):
    app = open_page(run_app("admin"), "programs.py")
    app.selectbox(key="programs_pick").set_value("").run()
    definition_text(app).input(BROKEN_BLOCK)
    app.button(key="programs_save").click().run()
    assert not app.exception, app.exception
    said = app.error[0].value
    assert "未保存" in said and md_escape("primary_metric“chains”") in said
    assert not app.success and versions() == 0
    assert definition_text(app).value == BROKEN_BLOCK  # what was typed stays, to be put right

    app.file_uploader[0].upload("chain.toml", BROKEN_BLOCK.encode(), "application/toml").run()
    app.button(key="programs_upload_save").click().run()
    assert md_escape("primary_metric“chains”") in app.error[0].value
    assert versions() == 0

    app.file_uploader[0].set_value(("chain.toml", CHAIN_BLOCK.encode(), "application/toml")).run()
    app.button(key="programs_upload_save").click().run()
    assert not app.exception, app.exception
    assert any("已保存为草稿" in s.value for s in app.success), [e.value for e in app.error]
    assert versions() == 1


@pytest.mark.parametrize("role", ["staff", "leader"])
def test_only_admins_get_the_page(app_env, demo_sqlite_url, role):
    app_env(demo_sqlite_url)
    app = run_app(role)
    assert "programs" not in navigation(app)
    with pytest.raises(ValueError, match="Could not find"):
        app.switch_page("pages/programs.py")


def test_a_draft_of_a_program_in_force_shows_what_it_changes_and_its_publish_says_what_it_recounts(demo_url):
    from tests.test_program_admin import _shipped_block

    block = _shipped_block("green_cert")
    recount = block.replace('agg = "count_distinct"', 'agg = "count"', 1).replace('column = "uscc"\n', "", 1)
    app = open_page(run_app("admin"), "programs.py")
    app.selectbox(key="programs_pick").set_value("green_cert").run()
    definition_text(app).input(recount)
    app.button(key="programs_save").click().run()
    assert any("已保存为草稿（第 1 版）" in s.value for s in app.success), [e.value for e in app.error]
    assert [t.label for t in app.tabs][:3] == ["正在使用的定义", "草稿（第 1 版）", "草稿的改动"]
    changes = app.code[2].value
    assert '-  agg = "count_distinct"' in changes and '+  agg = "count"' in changes
    app.selectbox(key="programs_month_green_cert").set_value("2024-10")
    app.button(key="programs_publish").click().run()  # the demo has returns: from October on they count anew
    assert not app.error, [e.value for e in app.error]
    said = " ".join(s.value for s in app.success)
    assert "2024年10月起的数字按新算法统计，此前各月不变（口径调整）" in said
    assert table(app).set_index("key").loc["green_cert", "状态"] == "已发布"


def test_a_catalogue_program_is_enabled_from_a_month_with_one_click(demo_url):
    from lib.catalogue import load_catalogue

    entry = next(e for e in load_catalogue() if e.key == "quality_coop")
    app = open_page(run_app("admin"), "programs.py")
    assert entry.source in " ".join(m.value for m in app.markdown)  # where it comes from, before enabling
    app.selectbox(key="programs_catalogue_month_quality_coop").set_value("2024-10")
    app.button(key="programs_enable_quality_coop").click().run()
    assert not app.exception, app.exception
    assert any("自 2024年10月起生效" in s.value for s in app.success), [e.value for e in app.error]
    assert navigation(app)["quality_coop"] == "质量合作社"
    assert app.selectbox(key="programs_pick").value == "quality_coop"
    assert "programs_enable_quality_coop" not in [b.key for b in app.button]  # enabled: no second click
    assert program_app("quality_coop").title[0].value == "产业集聚区质量合作社"


def test_the_page_shows_what_a_publish_would_change_before_it_is_published(demo_url):
    from tests.test_program_admin import _shipped_block

    heavier = _shipped_block("three_same").replace("weight = 0.20", "weight = 0.60")
    app = open_page(run_app("admin"), "programs.py")
    app.selectbox(key="programs_pick").set_value("three_same").run()
    definition_text(app).input(heavier)
    app.button(key="programs_save").click().run()
    app.selectbox(key="programs_month_three_same").set_value("2024-10")
    app.button(key="programs_preview").click().run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    assert any("个月的排行榜会变化" in c.value for c in app.caption), [c.value for c in app.caption]
    changes = next(d.value for d in app.dataframe if "月份" in d.value.columns)
    assert set(changes["月份"]) <= {"2024年10月", "2024年11月", "2024年12月"} and len(changes) > 0
    assert (changes["综合得分（现在）"] != changes["综合得分（发布后）"]).any()
    assert table(app).set_index("key").loc["three_same", "状态"].tolist() == ["已发布", "草稿"]  # nothing published


def test_a_program_is_edited_field_by_field_into_a_draft(demo_url):
    """逐项填写: the form starts from the definition in force; a changed title and weight saved as a draft that
    keeps every column, choice and metric as they were."""
    from dataclasses import replace

    from lib.programs import REGISTRY_PATH, shipped_definitions
    from tests.test_program_admin import _shipped_block

    app = open_page(run_app("admin"), "programs.py")
    app.selectbox(key="programs_pick").set_value("three_same").run()
    prefix = "programs_form_three_same_0"
    assert app.text_input(key=f"{prefix}_title").value == "三同产品"
    assert app.text_input(key=f"{prefix}_key").disabled  # a program's key stays
    app.text_input(key=f"{prefix}_title").input("三同产品（新）")
    app.number_input(key=f"{prefix}_weight").set_value(0.35)
    app.checkbox(key=f"{prefix}_briefing").uncheck()
    app.button(key="programs_form_save").click().run()
    assert not app.exception, app.exception
    assert any("已保存为草稿（第 1 版）" in s.value for s in app.success), [e.value for e in app.error]
    with session_scope() as session:
        block = session.scalar(select(ProgramVersion.block).where(ProgramVersion.key == "three_same"))
    shipped = shipped_definitions(REGISTRY_PATH)
    drafted = shipped.with_block("three_same", block).registry().get("three_same")
    before = shipped.with_block("three_same", _shipped_block("three_same")).registry().get("three_same")
    assert (drafted.title, drafted.briefing) == ("三同产品（新）", False)
    assert replace(drafted, title=before.title, weight=before.weight, briefing=True) == before
    assert "weight = 0.35" in block
