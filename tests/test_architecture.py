"""The layering rules of ARCHITECTURE.md, read from the code itself:

- only the store (lib/store/) writes: no other module imports SQL write constructs or the data
  version bump, and every INSERT, UPDATE or DELETE the application sends, across every write path,
  is sent from inside a store command;
- pages import no models, sessions or SQL;
- only the UI layer imports Streamlit.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from lib.config import ROOT
from lib.db import get_engine, session_scope

STORE = ROOT / "lib" / "store"
UI_LAYER = (ROOT / "lib" / "ui", ROOT / "lib" / "serve.py")
WRITE_NAMES = {"insert", "update", "delete", "bump_data_version", "exec_driver_sql"}
SESSION_WRITES = {"add", "add_all", "merge", "delete", "bulk_save_objects", "bulk_insert_mappings"}
SESSION_NAMES = {"session", "own", "mine", "conn", "connection", "s"}


def sources(*folders: str) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        path = ROOT / folder
        found += [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))
    return found


def imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every import in the file, at any depth (lazy imports count)."""
    out: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(alias.name, "") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            out += [(node.module or "", alias.name) for alias in node.names]
    return out


def inside(path: Path, *places: Path) -> bool:
    return any(path == place or place in path.parents for place in places)


def test_only_the_store_writes_statically():
    offenders = []
    for path in sources("lib", "pages", "app.py"):
        if inside(path, STORE) or path == ROOT / "lib" / "db.py":
            continue
        rel = path.relative_to(ROOT)
        for module, name in imports(path):
            if (module.startswith("sqlalchemy") and name in WRITE_NAMES) or name == "bump_data_version":
                offenders.append(f"{rel}: imports {name} from {module}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SESSION_WRITES
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in SESSION_NAMES
            ):
                offenders.append(f"{rel}:{node.lineno}: {node.func.value.id}.{node.func.attr}(...)")
    assert not offenders, "writes outside lib/store:\n" + "\n".join(offenders)


def test_pages_import_no_models_sessions_or_sql():
    forbidden = ("sqlalchemy", "lib.models", "lib.db", "lib.store")
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sources("pages", "app.py")
        for module, _ in imports(path)
        if module.startswith(forbidden)
    ]
    assert not offenders, "\n".join(offenders)


def test_only_the_ui_layer_imports_streamlit():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sources("lib")
        if not inside(path, *UI_LAYER)
        for module, _ in imports(path)
        if module == "streamlit" or module.startswith("streamlit.")
    ]
    assert not offenders, "\n".join(offenders)


class WriteWatch:
    """Every INSERT/UPDATE/DELETE sent on an engine, with whether a store command sent it."""

    def __init__(self, url: str):
        self.engine = get_engine(url)
        self.outside: list[str] = []
        self.seen = 0

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._check)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._check)

    def _check(self, _conn, _cursor, statement, _params, _context, _many):
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb not in ("INSERT", "UPDATE", "DELETE"):
            return
        self.seen += 1
        frame = sys._getframe()
        stack = []
        while frame is not None:
            path = Path(frame.f_code.co_filename)
            if inside(path, STORE) and frame.f_code.co_name != "transaction":
                return
            if inside(path, ROOT / "lib", ROOT / "pages", ROOT / "tests"):
                stack.append(f"{path.relative_to(ROOT)}:{frame.f_lineno} {frame.f_code.co_name}")
            frame = frame.f_back
        self.outside.append(f"{statement.split(chr(10))[0][:80]}  <- {' <- '.join(stack[:4])}")


def test_every_write_path_goes_through_the_store(sqlite_url, tmp_path):
    """Demo load, upload, resubmission, confirmed mappings, rollback, targets, plans, flag notes,
    users, sign-in (right, wrong, locked), sign-out and restore: each sends its statements from a
    store command, each changes the data version exactly when figures change, and after each the
    monthly figures the store keeps equal what the records give."""
    from lib.auth import OPERATOR, authenticate, create_user, end_sessions, set_active, set_password
    from lib.backup import restore_backup, write_backup
    from lib.county import load_plan, save_plan
    from lib.db import read_data_version, upgrade_database
    from lib.ingest.service import confirm_columns, rollback_batch
    from lib.models import ProgramRecord
    from lib.periods import Period
    from lib.programs import get_registry
    from lib.quality import close_flag, explain_flag, load_flags_with_notes
    from lib.region import load_region
    from lib.store import figures as monthly
    from lib.store import sync_units
    from lib.targets import load_targets, save_targets
    from tests.conftest import build_demo
    from tests.test_upload import three_same_file, upload

    registry, region = get_registry(), load_region("330400")
    upgrade_database(sqlite_url)

    def version() -> int:
        with session_scope(sqlite_url) as session:
            return read_data_version(session)

    steps: list[tuple[str, bool]] = []
    with WriteWatch(sqlite_url) as watch:

        def step(name: str, figures: bool, run) -> None:
            before = version()
            run()
            steps.append((name, version() != before))
            assert (version() > before) == figures, f"{name}: data version {'not ' if figures else ''}changed"
            with session_scope(sqlite_url) as session:  # the maintained monthly figures equal the records'
                assert monthly.stored(session) == monthly.expected(session, registry), name

        def work(fn, *args, **kwargs):
            with session_scope(sqlite_url) as session:
                return fn(session, *args, **kwargs)

        step("demo", True, lambda: build_demo(sqlite_url))
        step("start again, units unchanged", False, lambda: work(sync_units, region))
        step("upload", True, lambda: upload(sqlite_url, three_same_file(["齿轮泵"], month=10)))
        step("resubmit", True, lambda: upload(sqlite_url, three_same_file(["齿轮泵", "叶片泵"], month=10)))
        preview, _ = upload(sqlite_url, three_same_file(["齿轮泵"], month=10), commit=False)
        chosen = {k: m.column for k, m in preview.sheets[0].layout.match.matches.items()}
        step("confirm columns", False, lambda: work(confirm_columns, preview, 0, chosen, OPERATOR))
        with session_scope(sqlite_url) as session:
            newest = session.scalar(select(func.max(ProgramRecord.batch_id)))
        step("rollback", True, lambda: work(rollback_batch, newest, actor=OPERATOR, reason="填错"))
        year = 2024
        table = work(load_targets, registry, year)
        step("targets", True, lambda: work(save_targets, registry, year, table, OPERATOR))
        plan = work(load_plan, region.units[0].name, year)
        step(
            "plan",
            True,
            lambda: work(
                save_plan,
                plan.plan_id,
                measures=["加强标准引领"],
                projects=plan.projects,
                milestones=plan.milestones,
                actor=OPERATOR,
            ),
        )
        period = Period(2024, 10)
        flags = work(load_flags_with_notes, registry, region, period)
        flag = flags.to_dict("records")[0]  # the demo data has flags in October 2024
        step("explain flag", True, lambda: work(explain_flag, flag, period, "已核实", OPERATOR))
        step("close flag", True, lambda: work(close_flag, flag, period, OPERATOR))
        step("add user", False, lambda: work(create_user, "clerk", "staff", "Str0ng-pass-1", "南湖区", actor=OPERATOR))
        step("wrong password", False, lambda: work(authenticate, "clerk", "nope-nope-1"))
        step("sign in", False, lambda: work(authenticate, "clerk", "Str0ng-pass-1"))
        step("set password", False, lambda: work(set_password, "clerk", "An0ther-pass-2", actor=OPERATOR))
        step("disable", False, lambda: work(set_active, "clerk", False, actor=OPERATOR))
        step("sign out", False, lambda: work(end_sessions, "admin", actor=OPERATOR))
        backup = tmp_path / "b.jsonl.gz"
        write_backup(sqlite_url, backup)
        step("restore", True, lambda: restore_backup(sqlite_url, backup))
    assert watch.seen > 100
    assert not watch.outside, "written outside a store command:\n" + "\n".join(watch.outside)
    assert len(steps) == 17


@pytest.mark.parametrize("role", ["staff", "leader"])
def test_user_services_check_the_acting_user(ready_url, role):
    from lib.auth import Actor, PermissionDenied, create_user, set_active, set_password

    someone = Actor("someone", role, "南湖区" if role == "staff" else None, "")
    with session_scope(ready_url) as session:
        for attempt in (
            lambda: create_user(session, "x1", "admin", "Str0ng-pass-1", actor=someone),
            lambda: set_password(session, "admin", "Str0ng-pass-1", actor=someone),
            lambda: set_active(session, "admin", False, actor=someone),
        ):
            with pytest.raises(PermissionDenied):
                attempt()


def test_no_column_type_switch_outside_the_column_types():
    """Column-type behaviour lives in lib/column_types.py: nothing else compares a column's type with a
    type name (the registry's reference checks in lib/programs.py aside)."""
    from lib.column_types import TYPES

    allowed = {ROOT / "lib" / "column_types.py", ROOT / "lib" / "programs.py"}
    offenders = []
    for path in sources("lib", "pages", "app.py"):
        if path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            typed = any(isinstance(s, ast.Attribute) and s.attr == "type" for s in sides)
            names = [
                e.value
                for s in sides
                for e in (s.elts if isinstance(s, (ast.Tuple, ast.List, ast.Set)) else [s])
                if isinstance(e, ast.Constant)
            ]
            if typed and any(n in TYPES for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "type switches outside lib/column_types.py: " + ", ".join(offenders)


def test_every_column_type_is_complete():
    """Each registered type's problem code has a Chinese message, and its template list and demo value
    work for a column of that type in the registry."""
    import datetime as dt
    import random

    from lib.column_types import TYPES
    from lib.ingest.messages import CATALOGUE
    from lib.programs import get_registry

    used = {c.type: c for p in get_registry() for c in p.columns}
    assert set(used) <= set(TYPES)
    for key, kind in TYPES.items():
        assert kind.issue_code in CATALOGUE, key
        assert kind.width > 0
        column = used.get(key)
        if column is not None and key != "uscc":
            value = kind.sample(column, random.Random(1), dt.date(2024, 10, 9), "南湖区")
            assert value not in (None, "")
            assert kind.shown(value) not in (None, "")


def test_reading_a_return_loads_no_tables_or_maps_library():
    """The command line's import and the upload check start fast: reading and checking a return never
    loads pandas or shapely (tables and maps are for the pages)."""
    import subprocess

    code = (
        "import sys, lib.cli, lib.ingest.service, lib.ingest.read, lib.periods\n"
        "heavy = sorted(m for m in ('pandas', 'shapely', 'altair', 'pydeck', 'streamlit') if m in sys.modules)\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
