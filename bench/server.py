"""The real app server for the benchmarks and tests, and a small client of Streamlit's agent API
(POST /_stcore/agent/interact: JSON widget values in, the finished run's element tree out).

The agent API drives an ordinary app session through the browser's rerun path, so every request
runs app.py as a browser's rerun would; a request returns when the run has finished.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from bench.pgcluster import free_port
from lib.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parent.parent
AGENT_PATH = "/_stcore/agent/interact"


def wait_http(url: str, timeout: float = 90.0, proc: subprocess.Popen | None = None, log: Path | None = None) -> None:
    """Wait until `url` answers 200; fail at once, with the end of the server's log, if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"the server exited with {proc.returncode} before answering {url}:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s:\n{tail}")


@contextlib.contextmanager
def serve(
    database_url: str, log: Path, *, region: str = "330000", agent_api: bool = True, **settings: str
) -> Iterator[tuple[str, subprocess.Popen]]:
    """`python -m lib.serve` on a free port with the agent API on; yields (base URL, process)."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "QB_REGION": region, **settings}
    args = [sys.executable, "-m", "lib.serve", "--server.port", str(port), "--server.headless", "true"]
    if agent_api:
        args += ["--server.enableAgentApi", "true", "--server.agentWaitTimeout", "120"]
    with log.open("w") as out:
        proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_http(f"http://127.0.0.1:{port}/_stcore/health", proc=proc, log=log)
            yield f"http://127.0.0.1:{port}", proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a running process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM")


class AgentSession:
    """One app session driven through the agent API, as a browser tab would be."""

    def __init__(self, base: str, timeout: float = 180.0) -> None:
        self.url = base + AGENT_PATH
        self.timeout = timeout
        self.session_id: str | None = None
        self.snapshot: dict = {}

    def interact(self, **request) -> dict:
        if self.session_id:
            request["session_id"] = self.session_id
        body = json.dumps(request, ensure_ascii=False).encode()
        http = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(http, timeout=self.timeout) as response:
                self.snapshot = json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{error.code}: {error.read()[:500]!r}") from error
        self.session_id = self.snapshot.get("session_id", self.session_id)
        return self.snapshot

    def sign_in(self, username: str = "leader", password: str = DEMO_PASSWORD) -> dict:
        self.interact()
        return self.interact(
            widget_state={"signin_username": username, "signin_password": password},
            trigger={"key": self._key("form_submit_button")},
        )

    def _key(self, element_type: str) -> str:
        for node in walk(self.snapshot.get("tree")):
            if node.get("type") == element_type and node.get("key"):
                return node["key"]
        raise KeyError(element_type)

    def texts(self, element_type: str) -> list:
        """Every element of a type in the last run: its value, else its props' label/body."""
        out = []
        for node in walk(self.snapshot.get("tree")):
            if node.get("type") == element_type:
                props = node.get("props") or {}
                out.append(node.get("value", props.get("value", props.get("body", props.get("label")))))
        return out

    def nodes(self, element_type: str) -> list[dict]:
        return [n for n in walk(self.snapshot.get("tree")) if n.get("type") == element_type]


def walk(node) -> Iterator[dict]:
    if isinstance(node, dict):
        if "type" in node:
            yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)
