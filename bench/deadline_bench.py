"""Deadline day: the province data in PostgreSQL (the settings of deploy/postgresql/qb.conf) behind two app
processes, as deploy/ runs them. Within five minutes each of 90 units signs in and uploads a 500-row return
(five program sheets) and commits it, arriving at random, while 20 leaders browse the overview (switching among
the three newest months the page offers, the month being reported once returns arrive, or rerunning, a think time
apart). Each session stays on one process, as the proxy keeps it.

Every client is a browser-less client of Streamlit's WebSocket (bench/wsclient.py) that also uploads the file
the way the browser does (file_urls_request, then PUT /_stcore/upload_file with the XSRF token), so the uploads
are read, checked and stored by the app processes themselves.

    .venv/bin/python bench/deadline_bench.py [--units 90] [--rows 500] [--window 300] [--leaders 20]

Reports (JSON lines, then a summary): uploads refused or lost (each return must be stored once: one committed
batch of --rows records per unit), preview p95 (file sent to preview shown; target 2 s), leaders' page p95
(target 1 s), each app process's peak RSS (target 600 MB), and the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.Common_pb2 import FileURLs, UploadedFileInfo  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from bench.server import peak_rss_mb, serve  # noqa: E402
from bench.wsclient import FINISHED, WsSession  # noqa: E402

PASSWORD = "Deadline-day-2024"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


class Tab(WsSession):
    """A browser tab on one page: every widget by key (and the form's submit button), the alerts shown, and
    the upload of a file as the browser makes it."""

    def __init__(self, base: str, page: str = "") -> None:
        super().__init__(base)
        self.base = base
        self.page = page
        self.session_id = ""
        self.elements: dict[str, object] = {}  # user key (or "submit") -> the widget's proto
        self.alerts: list[str] = []
        self.xsrf = ""

    def _element(self, forward: ForwardMsg) -> None:
        super()._element(forward)
        delta = forward.delta
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "alert":
            self.alerts.append(element.alert.body)
        elif kind in ("text_input", "button", "file_uploader", "selectbox"):
            widget = getattr(element, kind)
            key = widget.id.rsplit("-", 1)[-1] if "-" in widget.id else widget.id
            if kind == "button" and widget.is_form_submitter:
                key = "submit"
            self.elements[key] = widget

    async def _receive(self) -> ForwardMsg:
        forward = ForwardMsg()
        forward.ParseFromString(await self.ws.recv())
        kind = forward.WhichOneof("type")
        if kind == "new_session":
            self.session_id = forward.new_session.initialize.session_id or self.session_id
        elif kind == "delta":
            self._element(forward)
        return forward

    async def run(self, **states: WidgetState) -> float:
        """Rerun this page with the kept widget values and these (one-shot triggers are not kept); seconds to
        the end of the run."""
        sent = dict(self.values)
        for key, state in states.items():
            state.id = self.elements[key].id
            sent[state.id] = state
            if not state.HasField("trigger_value"):
                self.values[state.id] = state
        message = BackMsg()
        message.rerun_script.query_string = ""
        message.rerun_script.page_script_hash = ""
        message.rerun_script.page_name = self.page
        message.rerun_script.widget_states.widgets.extend(sent.values())
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        self.metrics, self.exceptions, self.alerts = [], [], []
        while True:
            forward = await self._receive()
            if forward.WhichOneof("type") == "script_finished" and forward.script_finished in FINISHED:
                return time.perf_counter() - started

    async def open(self) -> float:
        self.xsrf = await asyncio.to_thread(self._xsrf_cookie)
        import websockets

        self.ws = await websockets.connect(
            self.url,
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=120,
            additional_headers={"Cookie": f"_streamlit_xsrf={self.xsrf}"},
        )
        return await self.run()

    def _xsrf_cookie(self) -> str:
        with urllib.request.urlopen(f"{self.base}/_stcore/health", timeout=60) as response:
            cookie = SimpleCookie()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie.load(header)
        return cookie["_streamlit_xsrf"].value if "_streamlit_xsrf" in cookie else ""

    async def sign_in(self, username: str, password: str) -> float:
        return await self.run(
            signin_username=WidgetState(string_value=username),
            signin_password=WidgetState(string_value=password),
            submit=WidgetState(trigger_value=True),
        )

    async def upload(self, path: Path, key: str = "upload_file") -> float:
        """Send the file as the browser does to the uploader `key`, then rerun with it; seconds from sending to
        the preview shown."""
        started = time.perf_counter()
        request = BackMsg()
        request.file_urls_request.request_id = uuid.uuid4().hex
        request.file_urls_request.file_names.append(path.name)
        request.file_urls_request.session_id = self.session_id
        await self.ws.send(request.SerializeToString())
        while (forward := await self._receive()).WhichOneof("type") != "file_urls_response":
            pass
        urls = forward.file_urls_response.file_urls[0]
        data = path.read_bytes()
        await asyncio.to_thread(self._put, urls.upload_url, path.name, data)
        info = UploadedFileInfo(
            file_id=urls.file_id,
            name=path.name,
            size=len(data),
            file_urls=FileURLs(file_id=urls.file_id, upload_url=urls.upload_url, delete_url=urls.delete_url),
        )
        state = WidgetState()
        state.file_uploader_state_value.uploaded_file_info.append(info)
        await self.run(**{key: state})
        return time.perf_counter() - started

    def _put(self, upload_url: str, name: str, data: bytes) -> None:
        boundary = base64.b32encode(os.urandom(10)).decode()
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{uuid.uuid4().hex}"; filename="{name}"\r\n'
                f"Content-Type: {XLSX}\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        http = urllib.request.Request(
            f"{self.base}{upload_url}",
            data=body,
            method="PUT",
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "X-Xsrftoken": self.xsrf,
                "Cookie": f"_streamlit_xsrf={self.xsrf}",
            },
        )
        with urllib.request.urlopen(http, timeout=300) as response:
            if response.status != 204:
                raise RuntimeError(f"upload answered {response.status}")


async def _clerk(base: str, username: str, workbook: Path, delay: float, rows: int) -> dict:
    await asyncio.sleep(delay)
    tab = Tab(base, "upload")
    result = {"user": username, "base": base, "stored": False}
    try:
        await tab.open()
        await tab.sign_in(username, PASSWORD)
        if "upload_file" not in tab.elements:
            raise RuntimeError(f"no upload form after signing in: {tab.alerts or tab.exceptions}")
        result["preview_s"] = await tab.upload(workbook)
        if tab.exceptions or "upload_commit" not in tab.elements:
            raise RuntimeError(f"no commit button: {tab.alerts or tab.exceptions}")
        result["commit_s"] = await tab.run(upload_commit=WidgetState(trigger_value=True))
        result["stored"] = any(f"已入库 {rows} 条记录" in text for text in tab.alerts)
        if not result["stored"]:
            result["error"] = f"committed without the message: {tab.alerts}"
    except Exception as error:  # reported as refused or lost, never hidden
        result["error"] = f"{type(error).__name__}: {error}"[:500]
    finally:
        await tab.close()
    return result


async def _leader(base: str, username: str, until: float, think: float, rng: random.Random) -> dict:
    tab = Tab(base)
    await tab.open()
    await tab.sign_in(username, PASSWORD)
    if "period_select" not in tab.widgets:
        raise RuntimeError(f"{username}: no overview after signing in: {tab.alerts or tab.exceptions}")
    latencies = []
    step = 0
    while time.monotonic() < until:
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
        # The three newest months the page offers now: once the first returns are in, the month being reported.
        months = tab.options("period_select")[:3]
        if step % 3 == 2:
            latencies.append(await tab.run())
        else:
            latencies.append(await tab.rerun(period_select=months[step % len(months)]))
        if tab.exceptions:
            raise RuntimeError(tab.exceptions)
        step += 1
    await tab.close()
    return {"latencies": latencies}


async def _rush(bases: list[str], clerks: list[tuple[str, Path]], args: argparse.Namespace) -> tuple[list, list]:
    rng = random.Random(330000)
    delays = sorted(rng.uniform(0, args.window) for _ in clerks)
    until = time.monotonic() + args.window + 30
    leaders = [
        _leader(bases[n % len(bases)], leader_name(n), until, args.think, random.Random(rng.random()))
        for n in range(args.leaders)
    ]
    uploads = [
        _clerk(bases[n % len(bases)], name, path, delay, args.rows)
        for n, ((name, path), delay) in enumerate(zip(clerks, delays, strict=True))
    ]
    done = await asyncio.gather(asyncio.gather(*uploads), asyncio.gather(*leaders))
    return done[0], done[1]


def leader_name(number: int) -> str:
    """Each leader has an account of their own: sign-ins sent at once to one account count as guesses."""
    return f"leader_{number:02d}"


def _prepare(url: str, folder: Path, rows: int, leaders: int) -> tuple[list[tuple[str, Path]], tuple[int, int]]:
    """A staff account per unit with its return for last month, and the leaders' accounts."""
    from bench.ingest_bench import make_workbook
    from lib.auth import OPERATOR, create_user
    from lib.db import session_scope
    from lib.region import load_region
    from lib.ui.widgets import month_options

    month = month_options()[0]
    year, number = int(month[:4]), int(month[5:])
    region = load_region("330000")
    clerks = []
    with session_scope(url) as session:
        for n in range(leaders):
            create_user(session, leader_name(n), "leader", PASSWORD, "", f"局领导{n}", actor=OPERATOR)
        for serial, unit in enumerate(region.units):
            name = f"clerk_{unit.code}"
            create_user(session, name, "staff", PASSWORD, unit.name, f"{unit.name}业务人员", actor=OPERATOR)
            path = folder / f"{unit.name}{year}年{number}月月报.xlsx"
            make_workbook(path, rows, year=year, month=number, first=serial * rows, unit=(unit.name, unit.code))
            if unit.name.endswith("自治县"):
                _full_unit_names(path, unit.name)
            clerks.append((name, path))
    return clerks, (year, number)


def _full_unit_names(path: Path, name: str) -> None:
    """The generator writes every third row's unit without its last character (南湖 for 南湖区); nobody writes
    景宁畲族自治 for 景宁畲族自治县, so such a unit's rows get its full name, as its clerk would write it."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == name[:-1]:
                    cell.value = name
    workbook.save(path)


def _stored(url: str, period: tuple[int, int]) -> dict[str, tuple[int, int]]:
    """Per unit: (committed batches for the month, records in force for it)."""
    from sqlalchemy import func, select

    from lib.db import session_scope
    from lib.models import ProgramRecord, Unit, UploadBatch

    year, month = period
    with session_scope(url) as session:
        batches = dict(
            session.execute(
                select(Unit.name, func.count(UploadBatch.id))
                .join(UploadBatch, UploadBatch.unit_id == Unit.id)
                .where(UploadBatch.year == year, UploadBatch.month == month, UploadBatch.status == "committed")
                .group_by(Unit.name)
            ).all()
        )
        records = dict(
            session.execute(
                select(Unit.name, func.count(ProgramRecord.id))
                .join(ProgramRecord, ProgramRecord.unit_id == Unit.id)
                .where(ProgramRecord.year == year, ProgramRecord.month == month, ProgramRecord.is_current)
                .group_by(Unit.name)
            ).all()
        )
    return {name: (batches.get(name, 0), records.get(name, 0)) for name in set(batches) | set(records)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=90, help="units uploading (at most the province's 90)")
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--window", type=float, default=300, help="seconds in which the uploads arrive")
    parser.add_argument("--leaders", type=int, default=20)
    parser.add_argument("--think", type=float, default=2.0, help="mean seconds between a leader's interactions")
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()

    from bench.pgcluster import available, temporary_database
    from bench.province_data import build_province

    if not available():
        sys.exit("PostgreSQL (14-17) is not installed: nothing measured")
    settings = ROOT / "deploy" / "postgresql" / "qb.conf"
    secret = base64.urlsafe_b64encode(os.urandom(36)).decode()
    with tempfile.TemporaryDirectory(prefix="qb-deadline-") as tmp, temporary_database(settings=settings) as url:
        folder = Path(tmp)
        built = build_province(url, records=args.records, quiet=True)
        print(f"# PostgreSQL province data: {json.dumps(built, ensure_ascii=False)}", flush=True)
        clerks, period = _prepare(url, folder, args.rows, args.leaders)
        clerks = clerks[: args.units]
        env = {"STREAMLIT_SERVER_COOKIE_SECRET": secret, "QB_TRUSTED_HEADER": "", "QB_DEMO_MODE": "1"}
        with (
            serve(url, folder / "first.log", agent_api=False, **env) as (first, first_proc),
            serve(url, folder / "second.log", agent_api=False, **env) as (second, second_proc),
        ):
            load = Path("/proc/loadavg").read_text().strip()
            started = time.perf_counter()
            uploads, leaders = asyncio.run(_rush([first, second], clerks, args))
            wall = time.perf_counter() - started
            rss = [peak_rss_mb(first_proc.pid), peak_rss_mb(second_proc.pid)]
            load_after = Path("/proc/loadavg").read_text().strip()
        stored = _stored(url, period)
    refused = [u for u in uploads if not u["stored"]]
    wrong = {name: kept for name, kept in stored.items() if kept != (1, args.rows)}
    previews = [u["preview_s"] for u in uploads if "preview_s" in u]
    commits = [u["commit_s"] for u in uploads if "commit_s" in u]
    pages = [v for leader in leaders for v in leader["latencies"]]
    result = {
        "units": len(clerks),
        "rows": args.rows,
        "window_s": args.window,
        "leaders": args.leaders,
        "refused_or_lost": len(refused),
        "units_stored": len(stored),
        "stored_once": len(stored) == len(clerks) and not wrong,
        "not_stored_once": wrong,
        "preview_p50_s": round(statistics.median(previews), 2) if previews else None,
        "preview_p95_s": round(_quantile(previews, 0.95), 2),
        "preview_max_s": round(max(previews), 2) if previews else None,
        "commit_p95_s": round(_quantile(commits, 0.95), 2),
        "page_p50_s": round(statistics.median(pages), 3) if pages else None,
        "page_p95_s": round(_quantile(pages, 0.95), 3),
        "page_interactions": len(pages),
        "process_peak_rss_mb": rss,
        "wall_s": round(wall, 1),
        "load_before": load,
        "load_after": load_after,
        "errors": [u["error"] for u in refused][:5],
    }
    print(json.dumps(result, ensure_ascii=False), flush=True)
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(
        f"# {len(clerks)} units x {args.rows} rows in {args.window:.0f} s, {args.leaders} leaders: "
        f"refused or lost {len(refused)}, every return stored once: {result['stored_once']}; "
        f"preview p95 {result['preview_p95_s']} s (target 2 s); leaders' page p95 {result['page_p95_s']} s "
        f"(target 1 s); peak RSS {rss} MB (target 600 MB each); load before {load}"
    )


if __name__ == "__main__":
    main()
