"""A browser-less client of Streamlit's WebSocket (/_stcore/stream) speaking its protobuf messages:
BackMsg.rerun_script out, ForwardMsg deltas in until script_finished. Enough to time what a
user waits for: from a click (a rerun with new widget values) to the end of the run.
"""

from __future__ import annotations

import time

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


class WsSession:
    """One browser tab's session. Widgets seen in the last run are kept by their user key."""

    def __init__(self, base: str) -> None:
        self.url = base.replace("http://", "ws://") + "/_stcore/stream"
        self.ws = None
        self.widgets: dict[str, object] = {}  # key -> element proto (selectbox, ...)
        self.values: dict[str, WidgetState] = {}  # widget id -> state sent with every rerun
        self.metrics: list[str] = []
        self.exceptions: list[str] = []

    async def connect(self) -> float:
        self.ws = await websockets.connect(self.url, subprotocols=["streamlit"], max_size=None, open_timeout=60)
        return await self.rerun()

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def rerun(self, **changes: str) -> float:
        """Rerun with widget changes {user key: selectbox option label}; seconds until the run finished."""
        for key, label in changes.items():
            element = self.widgets[key]
            state = WidgetState(id=element.id, string_value=label)
            self.values[element.id] = state
        message = BackMsg()
        message.rerun_script.query_string = ""
        message.rerun_script.page_script_hash = ""
        message.rerun_script.widget_states.widgets.extend(self.values.values())
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        self.metrics, self.exceptions = [], []
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await self.ws.recv())
            kind = forward.WhichOneof("type")
            if kind == "delta":
                self._element(forward)
            elif kind == "script_finished" and forward.script_finished in FINISHED:
                return time.perf_counter() - started

    def _element(self, forward: ForwardMsg) -> None:
        delta = forward.delta
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "metric":
            self.metrics.append(element.metric.body)
        elif kind == "exception":
            self.exceptions.append(element.exception.message)
        elif kind in ("selectbox",):
            widget = getattr(element, kind)
            key = widget.id.rsplit("-", 1)[-1] if "-" in widget.id else widget.id
            self.widgets[key] = widget

    def options(self, key: str) -> list[str]:
        return list(self.widgets[key].options)
