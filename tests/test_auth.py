"""Roles and sign-in, each a rule a user would notice: county scope through the lib, the pages and
the command line; lockout; passwords never stored or logged in plain text."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from sqlalchemy import func, inspect, select, text

from lib.auth import OPERATOR, Actor, PermissionDenied, authenticate, create_user
from lib.county import load_plan, save_plan
from lib.db import get_engine, session_scope
from lib.models import AuditLog, ProgramRecord
from tests.conftest import build_demo
from tests.test_upload import SAMPLES, cli, record_count, three_same_file, upload

NANHU = Actor("staff_330402", "staff", "南湖区", "南湖区业务人员")
LEADER = Actor("leader", "leader", None, "局领导")
SECRET = "Nanhu-2024-secret"


@pytest.fixture
def demo_url(tmp_path):
    return build_demo(f"sqlite:///{tmp_path / 'auth.db'}")


def test_nanhu_staff_cannot_store_xiuzhou_data_through_the_lib(demo_url):
    before = record_count(demo_url)
    with pytest.raises(PermissionDenied, match="南湖区的账号只能上报本单位的数据"):
        upload(demo_url, three_same_file(["齿轮泵"]), unit="秀洲区", actor=NANHU)
    assert record_count(demo_url) == before
    _, result = upload(demo_url, three_same_file(["齿轮泵"]), unit="南湖区", actor=NANHU)
    assert result.stored == 1


def test_a_leader_cannot_upload(demo_url):
    with pytest.raises(PermissionDenied, match="领导账号只能查看"):
        upload(demo_url, three_same_file(["齿轮泵"]), unit="南湖区", actor=LEADER)


def test_nanhu_staff_cannot_edit_xiuzhou_plan(demo_url):
    with session_scope(demo_url) as session:
        plan = load_plan(session, "秀洲区", 2024)
    with pytest.raises(PermissionDenied), session_scope(demo_url) as session:
        save_plan(
            session, plan.plan_id, measures=["改"], projects=plan.projects, milestones=plan.milestones, actor=NANHU
        )
    with session_scope(demo_url) as session:
        assert load_plan(session, "秀洲区", 2024).measures == plan.measures


def test_cli_import_applies_the_users_scope(demo_url):
    csv = SAMPLES / "xiuzhou_recall_gbk.csv"
    before = record_count(demo_url)
    refused = cli(demo_url, "import", str(csv), "--county", "秀洲", "--period", "2024-11", "--as", "staff_330402")
    assert refused.returncode == 1 and "不能操作“秀洲区”" in refused.stderr
    assert record_count(demo_url) == before
    leader = cli(demo_url, "import", str(csv), "--county", "秀洲", "--period", "2024-11", "--as", "leader")
    assert leader.returncode == 1 and "只能查看" in leader.stderr
    unknown = cli(demo_url, "import", str(csv), "--county", "秀洲", "--period", "2024-11", "--as", "nobody")
    assert unknown.returncode == 1 and "nobody" in unknown.stderr
    assert record_count(demo_url) == before


def test_lock_after_five_failures_and_lifts_after_its_time(demo_url, app_env):
    app_env(demo_url)
    start = dt.datetime(2024, 11, 3, 9, 0, tzinfo=dt.UTC)
    for attempt in range(5):
        with session_scope(demo_url) as session:
            actor, message = authenticate(session, "leader", f"wrong-{attempt}", now=start)
        assert actor is None
    assert "已锁定 15 分钟" in message
    with session_scope(demo_url) as session:
        actor, message = authenticate(session, "leader", "Demo@2024", now=start + dt.timedelta(minutes=5))
    assert actor is None and "锁定" in message  # even the right password waits
    with session_scope(demo_url) as session:
        actor, message = authenticate(session, "leader", "Demo@2024", now=start + dt.timedelta(minutes=16))
    assert actor == Actor("leader", "leader", None, "局领导") and message == ""
    with session_scope(demo_url) as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.username == "leader")))
    assert actions.count("signin_failed") == 5 and "signin_locked" in actions and actions[-1] == "signin"


def test_unknown_user_and_wrong_password_read_the_same(demo_url):
    with session_scope(demo_url) as session:
        _, unknown = authenticate(session, "ghost", "whatever1")
        _, wrong = authenticate(session, "admin", "whatever1")
    assert unknown == wrong == "用户名或密码不正确。"


def test_passwords_never_appear_in_plain_text(demo_url, tmp_path):
    with session_scope(demo_url) as session:
        create_user(session, "zhangsan", "staff", SECRET, "南湖区", actor=OPERATOR)
    with session_scope(demo_url) as session:
        authenticate(session, "zhangsan", SECRET + "x")  # a wrong one, as typed
        authenticate(session, SECRET + "y", SECRET)  # the password typed into the user-name box
        authenticate(session, "zhangsan", SECRET)
    dump = []
    with get_engine(demo_url).connect() as conn:
        for table in inspect(conn).get_table_names():
            dump += [
                json.dumps([str(v) for v in row], ensure_ascii=False)
                for row in conn.execute(text(f"SELECT * FROM {table}"))
            ]
    everything = "\n".join(dump)
    assert SECRET not in everything and "Demo@2024" not in everything
    assert "（未知用户）" in everything
    assert "$argon2" in everything
    # The command line reads passwords from standard input, never from its arguments.
    result = cli_with_input(demo_url, SECRET + "\n", "user", "add", "lisi", "--role", "leader")
    assert result.returncode == 0 and SECRET not in result.stdout + result.stderr
    with pytest.raises(ValueError) as error, session_scope(demo_url) as session:
        create_user(session, "wangwu", "leader", "short", actor=OPERATOR)
    assert "short" not in str(error.value)


def cli_with_input(url: str, stdin: str, *args: str) -> subprocess.CompletedProcess:
    import os
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "DATABASE_URL": url, "QB_REGION": "330400"}
    return subprocess.run(
        [sys.executable, "-m", "lib.cli", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_user_commands(demo_url):
    added = cli_with_input(demo_url, "Xiuzhou-2024\n", "user", "add", "xz01", "--role", "staff", "--county", "秀洲")
    assert added.returncode == 0, added.stderr
    listing = cli(demo_url, "user", "list")
    assert "xz01" in listing.stdout and "秀洲区" in listing.stdout
    assert cli(demo_url, "user", "disable", "xz01").returncode == 0
    with session_scope(demo_url) as session:
        actor, _ = authenticate(session, "xz01", "Xiuzhou-2024")
    assert actor is None
    weak = cli_with_input(demo_url, "12345678\n", "user", "passwd", "xz01")
    assert weak.returncode == 1 and "字母和数字" in weak.stderr
    no_unit = cli_with_input(demo_url, "Xiuzhou-2024\n", "user", "add", "xz02", "--role", "staff")
    assert no_unit.returncode == 1 and "所属县" in no_unit.stderr


def test_default_admin_password_refused_outside_demo_mode(demo_url, app_env, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from lib.auth import DEMO_PASSWORD, set_password
    from tests.test_app import APP

    monkeypatch.setenv("QB_DEMO_MODE", "0")
    app_env(demo_url)
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert "仍在使用公开的演示密码" in app.error[0].value and "user passwd admin" in app.error[0].value
    assert "leader" in app.error[0].value and "staff_330402" in app.error[0].value  # every account, not only admins
    assert not app.text_input  # no sign-in form either
    with session_scope(demo_url) as session:
        for name in ("admin", "leader", "reviewer", "staff_330402", "staff_330411"):
            set_password(session, name, "Fresh-pass-2024", actor=OPERATOR)
    app.run()
    assert not app.error and app.text_input  # the sign-in form
    # A password changed back to the demo one is noticed at once, without a restart.
    with session_scope(demo_url) as session:
        set_password(session, "leader", DEMO_PASSWORD, actor=OPERATOR)
    app.run()
    assert "leader" in app.error[0].value


def test_pages_follow_the_role(demo_url, app_env):
    from tests.test_app import open_page, run_app

    app_env(demo_url)
    leader = run_app("leader")
    for reserved in ("upload", "mappings"):
        with pytest.raises(ValueError, match="Could not find"):
            leader.switch_page(f"pages/{reserved}.py")
    staff = open_page(run_app("staff"), "upload.py")
    assert staff.selectbox(key="upload_unit").options == ["南湖区"]
    with pytest.raises(ValueError, match="Could not find"):
        staff.switch_page("pages/users.py")
    admin = open_page(run_app("admin"), "users.py")
    assert "admin" in list(admin.dataframe[0].value["用户名"])
    with session_scope(demo_url) as session:
        assert session.scalar(select(func.count()).select_from(ProgramRecord)) > 0


def test_targets_round_trip_through_a_sheet_and_only_for_admins(demo_url):
    import io

    from openpyxl import load_workbook

    from lib.export import frame_to_xlsx_bytes
    from lib.programs import get_registry
    from lib.targets import load_targets, save_targets, targets_from_sheet

    registry = get_registry()
    with session_scope(demo_url) as session:
        table = load_targets(session, registry, 2024)
    column = "对标达标·对标达标企业（家）"
    assert table.loc[table["单位"] == "南湖区", column].iloc[0] > 0
    workbook = load_workbook(io.BytesIO(frame_to_xlsx_bytes(table, "2024年年度目标", title="2024年年度目标")))
    sheet = workbook.active
    header = [c.value for c in sheet[2]]
    sheet.cell(row=3, column=header.index(column) + 1, value=99)  # 南湖区 is the first unit
    buffer = io.BytesIO()
    workbook.save(buffer)
    edited = targets_from_sheet(buffer.getvalue(), "targets.xlsx", registry)
    with pytest.raises(PermissionDenied), session_scope(demo_url) as session:
        save_targets(session, registry, 2024, edited, NANHU)
    with session_scope(demo_url) as session:
        assert "已保存 2024 年" in save_targets(session, registry, 2024, edited, OPERATOR)
    with session_scope(demo_url) as session:
        after = load_targets(session, registry, 2024)
    assert after.loc[after["单位"] == "南湖区", column].iloc[0] == 99
    edited.loc[0, column] = -1
    with pytest.raises(ValueError, match="不能为负数"), session_scope(demo_url) as session:
        save_targets(session, registry, 2024, edited, OPERATOR)


def test_public_view_mode_browses_without_changing_anything(demo_url, app_env, monkeypatch):
    from tests.test_app import open_page, run_app

    monkeypatch.setenv("QB_PUBLIC_VIEW", "1")
    app_env(demo_url)
    app = run_app(None)
    assert app.title[0].value == "嘉兴市质量提升工作总览"
    with pytest.raises(ValueError, match="Could not find"):
        app.switch_page("pages/upload.py")
    county = open_page(app, "county.py")
    assert any("本单位业务人员和管理员可以修改方案" in c.value for c in county.caption)


def test_hardened_server_settings():
    import tomllib

    from tests.conftest import ROOT

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] == 20
    assert not (ROOT / ".streamlit" / "secrets.toml").exists()
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text(encoding="utf-8")


def test_disabling_or_a_new_password_ends_open_sessions(app_env, sqlite_url):
    """A signed-in session ends at its next action once the account is disabled or its password changed
    (by an admin, another tab or the CLI), on every process: the check reads the database."""
    from streamlit.testing.v1 import AppTest

    from lib.auth import create_user, set_active, set_password
    from lib.db import upgrade_database
    from tests.test_app import APP

    upgrade_database(sqlite_url)
    app_env(sqlite_url)
    with session_scope(sqlite_url) as session:
        create_user(session, "clerk", "admin", "Str0ng-clerk-pass", actor=OPERATOR)

    def signed_in() -> AppTest:
        app = AppTest.from_file(APP, default_timeout=60)
        app.run()
        app.text_input(key="signin_username").input("clerk")
        app.text_input(key="signin_password").input("Str0ng-clerk-pass")
        app.button[0].click().run()
        assert not app.exception and app.session_state["auth_actor"]["username"] == "clerk"
        return app

    for end_it in (
        lambda s: set_password(s, "clerk", "An0ther-pass-word", actor=OPERATOR),
        lambda s: set_active(s, "clerk", False, actor=OPERATOR),
    ):
        app = signed_in()
        app.run()
        assert "auth_actor" in app.session_state
        with session_scope(sqlite_url) as session:
            end_it(session)
        app.run()
        assert "auth_actor" not in app.session_state
        assert any("请重新登录" in i.value for i in app.info)
        with session_scope(sqlite_url) as session:
            set_active(session, "clerk", True, actor=OPERATOR)
            set_password(session, "clerk", "Str0ng-clerk-pass", actor=OPERATOR)


def test_an_unknown_name_costs_the_same_hashing_as_a_real_one(demo_url, monkeypatch):
    """Answer time does not tell which user names exist: an unknown name is checked against a decoy hash."""
    from lib import auth

    checked = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda h, p: checked.append(h) or real(h, p))
    with session_scope(demo_url) as session:
        assert authenticate(session, "nobody-here", "whatever-1")[0] is None
        assert authenticate(session, "leader", "whatever-1")[0] is None
    assert len(checked) == 2 and all(h.startswith("$argon2") for h in checked)


def test_guesses_sent_at_once_are_counted_before_they_are_checked(migrated_url, monkeypatch):
    """Thirty wrong passwords sent at the same moment: at most five are ever checked against the real
    hash, the account ends locked, and the right password then waits for the lock like any other."""
    import threading

    from lib import auth

    with session_scope(migrated_url) as session:
        create_user(session, "target", "leader", "Right-pass-2024", actor=OPERATOR)
        real_hash = session.scalar(select(auth.User.password_hash).where(auth.User.username == "target"))
    checked = []
    verify = auth.verify_password
    monkeypatch.setattr(
        auth, "verify_password", lambda h, p: (checked.append(p) if h == real_hash else None) or verify(h, p)
    )
    start = threading.Barrier(30)
    answers = []

    def guess(n: int) -> None:
        start.wait(timeout=60)
        with session_scope(migrated_url) as session:
            answers.append(authenticate(session, "target", f"guess-{n}"))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert len(answers) == 30 and all(actor is None for actor, _ in answers)
    assert len(checked) <= 5
    with session_scope(migrated_url) as session:
        actor, message = authenticate(session, "target", "Right-pass-2024")
    assert actor is None and "锁定" in message


def test_an_unknown_name_is_locked_like_a_real_one(demo_url):
    """The fifth wrong try says 已锁定 whether or not the account exists: nothing to tell them apart."""
    answers = {}
    for name in ("leader", "no-such-user"):
        with session_scope(demo_url) as session:
            answers[name] = [authenticate(session, name, f"wrong-{n}")[1] for n in range(6)]
    assert answers["leader"][:5] == answers["no-such-user"][:5]
    assert "已锁定" in answers["leader"][4] and "已锁定" in answers["no-such-user"][5]


def _forged(key: str, username: str = "admin", epoch: int = 0, expires: float = 4e9) -> str:
    """A token signed the way the app signs one, with any key at all (what an attacker can make)."""
    import base64
    import hashlib
    import hmac

    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    payload = b64(json.dumps({"u": username, "e": epoch, "x": int(expires)}, separators=(",", ":")).encode())
    signature = b64(hmac.new(key.encode(), f"v1.{payload}".encode(), hashlib.sha256).digest())
    return f"v1.{payload}.{signature}"


@pytest.mark.parametrize("key", ["", "short", "x" * 31])
def test_a_weak_signing_key_neither_issues_nor_accepts_tokens(key):
    from lib.auth import WeakKeyError, issue_token, key_problem, read_token

    assert "至少需要 32 个字节" in key_problem(key)
    with pytest.raises(WeakKeyError):
        issue_token(key, "admin", 0, 4e9)
    assert read_token(key, _forged(key), 1.0) is None


def test_a_token_has_exactly_one_spelling():
    from lib.auth import issue_token, read_token

    key = "k" * 40
    token = issue_token(key, "admin", 3, 4e9)
    assert read_token(key, token, 1.0) == ("admin", 3, 4e9)
    assert token == _forged(key, epoch=3)
    version, payload, signature = token.split(".")
    for other in (
        f"{token}=",
        f"{token}==",
        f"{version}.{payload}.{signature}====",
        f"{version}.{payload}=.{signature}",
        f"{version}.{payload}.{signature.replace('-', '+').replace('_', '/')}",
        f"{version}.{payload}.{signature} ",
    ):
        if other != token:
            assert read_token(key, other, 1.0) is None, other


@pytest.mark.parametrize(
    "how",
    [
        {"STREAMLIT_SERVER_COOKIE_SECRET": ""},
        {"STREAMLIT_SERVER_COOKIE_SECRET": "only-twenty-bytes-xx"},
        {"args": ["--server.cookieSecret="]},
    ],
)
def test_the_server_refuses_to_start_with_a_weak_signing_key(how, tmp_path):
    import os
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    env.update({k: v for k, v in how.items() if k != "args"})
    done = subprocess.run(
        [sys.executable, "-m", "lib.serve", "--server.port", "1", *how.get("args", [])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "看板未启动" in done.stderr and "至少需要 32 个字节" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_learned_mappings_page_lists_and_removes_the_units_own(demo_url, app_env):
    from lib.models import Unit
    from lib.store.mappings import save_value
    from tests.test_app import open_page, run_app

    with session_scope(demo_url) as session:
        for unit, written in (("南湖区", "本年颁证"), ("秀洲区", "今年发证")):
            unit_id = session.scalar(select(Unit.id).where(Unit.name == unit))
            save_value(
                session,
                username="x",
                unit_id=unit_id,
                program="brand_mark",
                column="status",
                key=written,
                value="已认证",
            )
    app_env(demo_url)
    staff = open_page(run_app("staff"), "mappings.py")
    shown = staff.dataframe[0].value
    assert list(shown["单位"]) == ["南湖区"] and list(shown["本单位的写法"]) == ["本年颁证"]
    staff.button[0].click().run()
    assert "已删除南湖区的填写内容对应关系“本年颁证”→“已认证”" in staff.success[0].value
    assert staff.info[0].value == "还没有确认过的对应关系。"
    admin = open_page(run_app("admin"), "mappings.py")
    assert list(admin.dataframe[0].value["单位"]) == ["秀洲区"]


@pytest.mark.parametrize(
    ("name", "told"),
    [
        ("li\nsi", "空格或换行"),
        ("li si", "空格或换行"),
        ("li\u200bsi", "U+200B"),
        ("li\u202esi", "U+202E"),
        ("\u0430dmin", "“\u0430”"),  # a Cyrillic а: "аdmin" would look like admin
        ("li@si", "“@”"),
    ],
)
def test_a_user_name_with_invisible_or_look_alike_characters_is_refused(demo_url, name, told):
    with pytest.raises(ValueError) as error, session_scope(demo_url) as session:
        create_user(session, name, "leader", SECRET, actor=OPERATOR)
    assert told in str(error.value) and "字母、数字、下划线" in str(error.value)
    added = cli_with_input(demo_url, SECRET + "\n", "user", "add", name, "--role", "leader")
    assert added.returncode == 1 and "Traceback" not in added.stderr
    assert told in added.stderr and "字母、数字、下划线" in added.stderr


def test_user_names_are_one_name_in_any_case_or_width(demo_url):
    """The demo names and names like them stay valid; a name that differs from one in use only by case or
    width is taken; signing in finds the account whatever the case, and its lock counts every spelling."""
    with session_scope(demo_url) as session:
        for name in ("reviewer.li", "zhang-san_2", "张三", "Wang.Wu"):
            create_user(session, name, "leader", SECRET, actor=OPERATOR)
    for name in ("ADMIN", "Leader", "ＳＴＡＦＦ_３３０４０２", "wang.wu"):
        with pytest.raises(ValueError) as error, session_scope(demo_url) as session:
            create_user(session, name, "leader", SECRET, actor=OPERATOR)
        assert "已被使用" in str(error.value) and "不区分大小写" in str(error.value)
    taken = cli_with_input(demo_url, SECRET + "\n", "user", "add", "Admin", "--role", "leader")
    assert taken.returncode == 1 and "已被使用" in taken.stderr
    with session_scope(demo_url) as session:
        actor, _ = authenticate(session, "ADMIN", "Demo@2024")
        assert actor is not None and actor.username == "admin"
        actor, _ = authenticate(session, "ｗａｎｇ．ｗｕ", SECRET)
        assert actor is not None and actor.username == "Wang.Wu"
    # Wrong passwords under several spellings are one account's failures, and an unknown name's too.
    for names in (["Leader", "LEADER", "leader", "lEADER", "Leader"], ["Ghost", "GHOST", "ghost", "gHOST", "Ghost"]):
        with session_scope(demo_url) as session:
            answers = [authenticate(session, name, f"wrong-{n}")[1] for n, name in enumerate(names)]
        assert "已锁定" in answers[4], answers
    with session_scope(demo_url) as session:
        logged = set(session.scalars(select(AuditLog.username).where(AuditLog.action == "signin_failed")))
    assert logged == {"leader", "（未知用户）"}


@pytest.mark.parametrize(
    ("peer", "proxies", "trusted", "recorded"),
    [
        ("::ffff:127.0.0.1", ("127.0.0.1", "::1"), True, "127.0.0.1"),  # a proxy on this machine, seen over IPv6
        ("::ffff:10.0.0.5", ("10.0.0.0/24",), True, "10.0.0.5"),
        ("::ffff:10.0.0.5", ("127.0.0.1", "::1"), False, "10.0.0.5"),
        ("::ffff:10.0.0.5", ("::ffff:10.0.0.0/120",), True, "10.0.0.5"),  # a mapped network still matches
        ("::1", ("127.0.0.1", "::1"), True, "::1"),
        (None, ("127.0.0.1",), True, "127.0.0.1"),
    ],
)
def test_an_ipv4_mapped_peer_is_its_ipv4_address(peer, proxies, trusted, recorded):
    """A proxy on the same machine connecting to 127.0.0.1 may reach the app as ::ffff:127.0.0.1: its header
    is taken as configured, and the audit records the address as IPv4."""
    from lib.auth import from_trusted_proxy, peer_address

    assert from_trusted_proxy(peer, proxies) is trusted
    assert peer_address(peer) == recorded


def _python(code: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    """Python in a process of its own, as an app process is, with only the given cookie secret."""
    import os
    import sys

    from tests.conftest import ROOT

    clean = {k: v for k, v in os.environ.items() if k != "STREAMLIT_SERVER_COOKIE_SECRET"}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


# What lib.serve does at start (reads the secret as flags, environment and config files set it), then
# signs or reads a token with it.
_KEY = "from streamlit import config; from lib.serve import signing_key_problem, signing_key_configured; "
_SIGN = _KEY + (
    "from lib.auth import issue_token; assert signing_key_problem([]) is None and signing_key_configured(); "
    "print(issue_token(str(config.get_option('server.cookieSecret')), 'leader', 4, 4e9))"
)
_READ = _KEY + (
    "import sys; from lib.auth import read_token; signing_key_problem([]); "
    "print(read_token(str(config.get_option('server.cookieSecret')), sys.stdin.readline().strip(), 1.0))"
)


def test_a_token_signed_by_one_process_is_accepted_by_another_sharing_the_secret():
    """Two app processes behind a proxy: the token the browser keeps from one signs it in on the other when
    both are configured with the same secret, and nowhere else."""
    shared = {"STREAMLIT_SERVER_COOKIE_SECRET": "s" * 48}
    signed = _python(_SIGN, shared)
    assert signed.returncode == 0, signed.stderr
    token = signed.stdout.strip()
    for env, expected in (
        (shared, "('leader', 4, 4000000000.0)"),
        ({"STREAMLIT_SERVER_COOKIE_SECRET": "t" * 48}, "None"),
        ({}, "None"),  # no configured secret: Streamlit's random one for this process
    ):
        read = _python(_READ, env, token + "\n")
        assert read.returncode == 0, read.stderr
        assert read.stdout.strip() == expected


def test_a_server_started_without_a_configured_secret_says_so(tmp_path):
    """Unset, each process signs with a random key of its own: fine alone, a mistake with several, so the
    server says it at start, in Chinese and English, and starts."""
    import os
    import sys

    from bench.pgcluster import free_port
    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k != "STREAMLIT_SERVER_COOKIE_SECRET"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'x.db'}"
    server = subprocess.Popen(
        [sys.executable, "-m", "lib.serve", "--server.port", str(free_port())],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        first = server.stderr.readline()  # printed before the server starts listening
        second = server.stderr.readline()
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "没有配置登录令牌的签名密钥" in first and "每个进程都必须配置同一个密钥" in first
    assert "every one must share one configured secret" in second
    configured = _python(_KEY + "signing_key_problem([]); print(signing_key_configured())", {})
    assert configured.stdout.strip() == "False"
