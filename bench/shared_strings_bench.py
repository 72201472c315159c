"""Eight uploads at once of a small workbook whose table of shared strings is millions of tiny strings
(5 MB on the wire, 140 MB once decompressed), through the real server (`python -m lib.serve`), while
another signed-in session keeps rerunning its page.

Each upload goes as a browser's does: a WebSocket session speaking Streamlit's messages (as bench/wsclient.py
does), signed in by the trusted proxy header, on the 数据上报 page, asks for an upload URL, PUTs the file there
and reruns with it in the file uploader; the run ends when the page has shown the check's result. Reports
the serving process's peak resident memory (VmHWM) and the longest rerun of the other session while the
uploads were checked.

    .venv/bin/python bench/shared_strings_bench.py [--uploads 8] [--strings 1990000]

Prints a JSON line and a summary for BENCHMARKS.md (goals: peak RSS at most 600 MB, no rerun of the
other session longer than 2 s).
"""

from __future__ import annotations

import argparse
import asyncio
import binascii
import io
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.Common_pb2 import FileURLs, UploadedFileInfo  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from bench.server import peak_rss_mb, serve  # noqa: E402
from bench.wsclient import FINISHED  # noqa: E402

REGION = "330400"
HEADER = "X-Remote-User"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(strings: int) -> bytes:
    """A return's sheet (header and one row) and a table of `strings` shared strings of 74 bytes each,
    counted up one by one as a generated list would be: it compresses about 27 to 1."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "三同"
    sheet.append(["企业名称", "统一社会信用代码", "产品名称"])
    sheet.append(["嘉兴市禾丰食品有限公司", "91330402MA2B3C4D5E", "速冻汤圆"])
    plain = io.BytesIO()
    book.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                link = f'<Relationship Id="rId99" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                body = body.replace(b"</Relationships>", link.encode() + b"</Relationships>")
            target.writestr(info, body)
        with target.open("xl/sharedStrings.xml", "w") as stream:
            stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for start in range(0, strings, 100_000):
                stream.write(
                    "".join(
                        f"<si><t>{n:07d}号嘉兴市南湖区质量提升企业产品名称</t></si>"
                        for n in range(start, min(start + 100_000, strings))
                    ).encode()
                )
            stream.write(b"</sst>")
    return out.getvalue()


def demo_database(directory: Path) -> str:
    """A SQLite database with the demo data (its accounts sign in by the trusted header)."""
    from lib.db import session_scope, upgrade_database
    from lib.demo import load_demo
    from lib.programs import get_registry
    from lib.region import load_region

    url = f"sqlite:///{directory / 'demo.db'}"
    upgrade_database(url)
    with session_scope(url) as session:
        load_demo(session, load_region(REGION), get_registry())
    return url


def _xsrf_token() -> str:
    """A token in Streamlit's form: the upload route only checks that the cookie and header carry the same."""
    mask, token = os.urandom(4), os.urandom(16)
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(token))
    return f"2|{binascii.b2a_hex(mask).decode()}|{binascii.b2a_hex(masked).decode()}|{int(time.time())}"


class Tab:
    """One browser tab signed in as `user` by the trusted proxy header."""

    def __init__(self, base: str, user: str) -> None:
        self.base, self.user = base, user
        self.ws = None
        self.session_id = ""
        self.uploader = ""  # the file uploader's widget id on the upload page
        self.page = ""
        self.alerts: list[str] = []
        self.exceptions: list[str] = []
        self.forwarded: list[ForwardMsg] = []

    async def connect(self, page: str = "") -> float:
        url = self.base.replace("http://", "ws://") + "/_stcore/stream"
        self.ws = await websockets.connect(
            url, subprotocols=["streamlit"], additional_headers={HEADER: self.user}, max_size=None, open_timeout=60
        )
        self.page = page
        return await self.rerun()

    async def close(self) -> None:
        await self.ws.close()

    async def _next(self) -> ForwardMsg:
        forward = ForwardMsg()
        forward.ParseFromString(await self.ws.recv())
        kind = forward.WhichOneof("type")
        if kind == "new_session" and forward.new_session.initialize.session_id:
            self.session_id = forward.new_session.initialize.session_id
        elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
            element = forward.delta.new_element
            found = element.WhichOneof("type")
            if found == "file_uploader":
                self.uploader = element.file_uploader.id
            elif found == "alert":
                self.alerts.append(element.alert.body)
            elif found == "exception":
                self.exceptions.append(element.exception.message)
        return forward

    async def rerun(self, *states: WidgetState) -> float:
        """Rerun the tab's page with these widget states; seconds until the run finished."""
        message = BackMsg()
        message.rerun_script.query_string = ""
        message.rerun_script.page_name = self.page
        message.rerun_script.widget_states.widgets.extend(states)
        started = time.perf_counter()
        self.alerts, self.exceptions = [], []
        await self.ws.send(message.SerializeToString())
        while True:
            forward = await self._next()
            if forward.WhichOneof("type") == "script_finished" and forward.script_finished in FINISHED:
                return time.perf_counter() - started

    async def send_file(self, name: str, data: bytes) -> WidgetState:
        """The file put where the server asks for it, as the file uploader does; its widget state."""
        request = BackMsg()
        request.file_urls_request.request_id = uuid.uuid4().hex
        request.file_urls_request.file_names.append(name)
        request.file_urls_request.session_id = self.session_id
        await self.ws.send(request.SerializeToString())
        while (forward := await self._next()).WhichOneof("type") != "file_urls_response":
            pass
        urls = forward.file_urls_response.file_urls[0]
        await asyncio.to_thread(self._put, urls.upload_url, name, data)
        state = WidgetState(id=self.uploader)
        info = UploadedFileInfo(name=name, size=len(data), file_id=urls.file_id)
        info.file_urls.CopyFrom(FileURLs(file_id=urls.file_id, upload_url=urls.upload_url, delete_url=urls.delete_url))
        state.file_uploader_state_value.uploaded_file_info.append(info)
        return state

    def _put(self, upload_url: str, name: str, data: bytes) -> None:
        boundary = uuid.uuid4().hex
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"
        )
        body = head.encode() + data + f"\r\n--{boundary}--\r\n".encode()
        token = _xsrf_token()
        url = upload_url if upload_url.startswith("http") else self.base + upload_url
        request = urllib.request.Request(url, data=body, method="PUT")
        request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        request.add_header("X-Xsrftoken", token)
        request.add_header("Cookie", f"_streamlit_xsrf={token}")
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()


async def _watch(tab: Tab, stop: asyncio.Event, latencies: list[float]) -> None:
    """Rerun the other session's page again and again (a short pause between, as a click would come)."""
    while not stop.is_set():
        latencies.append(await tab.rerun())
        await asyncio.sleep(0.2)


async def _measure(base: str, pid: int, uploads: int, data: bytes) -> dict:
    other = Tab(base, "leader")
    await other.connect()
    idle: list[float] = []
    for _ in range(5):
        idle.append(await other.rerun())
    tabs = [Tab(base, "admin") for _ in range(uploads)]
    for tab in tabs:
        await tab.connect("upload")
        if not tab.uploader:
            raise RuntimeError(f"no file uploader on the upload page: {tab.alerts or tab.exceptions}")
    states = [await tab.send_file(f"单位{n + 1}月报.xlsx", data) for n, tab in enumerate(tabs)]
    rss_before = peak_rss_mb(pid)
    stop, meanwhile = asyncio.Event(), []
    watcher = asyncio.create_task(_watch(other, stop, meanwhile))
    started = time.perf_counter()
    times = await asyncio.gather(*(tab.rerun(state) for tab, state in zip(tabs, states, strict=True)))
    wall = time.perf_counter() - started
    stop.set()
    await watcher
    for tab in [other, *tabs]:
        await tab.close()
    return {
        "uploads": uploads,
        "upload_s": [round(t, 2) for t in times],
        "wall_s": round(wall, 2),
        "results": sorted({(tab.alerts or tab.exceptions or ["(preview shown)"])[0][:80] for tab in tabs}),
        "server_peak_rss_mb_before": rss_before,
        "server_peak_rss_mb": peak_rss_mb(pid),
        "other_session_idle_rerun_s": round(statistics.median(idle), 3),
        "other_session_reruns": len(meanwhile),
        "other_session_longest_rerun_s": round(max(meanwhile), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=8)
    parser.add_argument("--strings", type=int, default=1_990_000)
    args = parser.parse_args()
    data = workbook(args.strings)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        expanded = package.getinfo("xl/sharedStrings.xml").file_size
    with tempfile.TemporaryDirectory(prefix="qb-strings-") as tmp:
        url = demo_database(Path(tmp))
        # The server listens on both stacks: this client's IPv4 address reaches it as ::ffff:127.0.0.1.
        proxies = "127.0.0.1,::1,::ffff:127.0.0.1"
        settings = {"QB_TRUSTED_HEADER": HEADER, "QB_TRUSTED_PROXIES": proxies}
        with serve(url, Path(tmp) / "server.log", region=REGION, agent_api=False, **settings) as (base, proc):
            load = Path("/proc/loadavg").read_text().strip()
            result = asyncio.run(_measure(base, proc.pid, args.uploads, data))
    result = {
        "file_mb": round(len(data) / 2**20, 2),
        "shared_strings": args.strings,
        "shared_strings_mb": round(expanded / 2**20, 1),
        **result,
        "load_before": load,
    }
    print(json.dumps(result, ensure_ascii=False), flush=True)
    print(
        f"# {args.uploads} uploads of {result['file_mb']} MB ({args.strings:,} shared strings, "
        f"{result['shared_strings_mb']} MB decompressed): server peak RSS {result['server_peak_rss_mb']} MB "
        f"(goal 600 MB), the other session's longest rerun {result['other_session_longest_rerun_s']} s (goal 2 s, "
        f"idle {result['other_session_idle_rerun_s']} s); load before {load}"
    )


if __name__ == "__main__":
    main()
