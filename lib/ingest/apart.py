"""Read a spreadsheet in a process of its own, within a memory and CPU limit.

The spreadsheet reader (Rust) aborts the process it runs in when an allocation fails, and parses what a
file claims: a legacy .xls whole when it is opened (buffers sized by the lengths its records claim), what an
.ods repeats, whatever an .xlsx holds that no check foresaw. Python cannot catch an abort. So the server
hands the bytes to this script and gets back each sheet it asks for, a refusal, or nothing (this process
died at its limit, and only it). Standard library and the reader only: it starts in a few hundredths of a
second.

    python apart.py MAX_ROWS MAX_CELLS MEMORY_BYTES CPU_SECONDS < file

Out: frames of an 8-byte little-endian length and a pickled tuple, first ("names", [worksheet names]) or
("unopened", error type), then one per worksheet in order: ("sheet", name, rows, merged ranges), or
("rows", n) / ("cells", n) when the sheets so far come to more than the limits (from row 1 and column A,
before their cells become Python objects), or ("damaged", name, error type); nothing is read after a
refusal. The sheets are read ahead of the server's checks, one frame at a time as the pipe takes them:
the server reads a sheet's frame only once its own check of the sheet passed, and ends this process at
once when one fails.
"""

from __future__ import annotations

import gc
import io
import pickle
import queue
import resource
import struct
import sys
import threading
from typing import BinaryIO

_LENGTH = struct.Struct("<Q")


def receive(stream: BinaryIO) -> bytes | None:
    """One frame's body, or None at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    body = stream.read(size)
    return body if len(body) == size else None


def _send(stream: BinaryIO, body: bytes) -> None:
    stream.write(_LENGTH.pack(len(body)))
    stream.write(body)
    stream.flush()


def _failed(exc: BaseException) -> bool:
    """The reader's errors and its internal failures (PanicException, a BaseException)."""
    return not isinstance(exc, KeyboardInterrupt | SystemExit)


def read(data: bytes, results: queue.Queue, max_rows: int, max_cells: int) -> None:
    """Open the file, then read each worksheet, putting each result on `results` (None at the end). Runs
    in a thread of its own: parsing runs outside the interpreter lock while the main thread sends the
    sheet before (the reader's objects stay in the thread that made them)."""
    import python_calamine

    try:
        try:
            book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            names = [m.name for m in book.sheets_metadata if str(m.typ) == "SheetTypeEnum.WorkSheet"]
        except BaseException as exc:
            if not _failed(exc):
                raise
            results.put(("unopened", type(exc).__name__))
            return
        results.put(("names", names))
        rows_so_far = cells_so_far = 0
        for name in names:
            try:
                sheet = book.get_sheet_by_name(name)
                rows, columns = (sheet.end[0] + 1, sheet.end[1] + 1) if sheet.end else (0, 0)
                rows_so_far, cells_so_far = rows_so_far + rows, cells_so_far + rows * columns
                if rows_so_far > max_rows:
                    results.put(("rows", rows_so_far))
                    return
                if cells_so_far > max_cells:
                    results.put(("cells", cells_so_far))
                    return
                cells = sheet.to_python(skip_empty_area=False)
                merged = list(sheet.merged_cell_ranges or [])
            except BaseException as exc:
                if not _failed(exc):
                    raise
                results.put(("damaged", name, type(exc).__name__))
                return
            results.put(("sheet", name, cells, merged))
            del cells, sheet
    finally:
        results.put(None)


def _pickled(result: tuple) -> bytes:
    """A result pickled without a memo: a result is a tree of values (no object in it twice, no cycle),
    so the memo would only cost; this takes a third of the time of pickle.dumps."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(result)
    return buffer.getvalue()


def main() -> None:
    max_rows, max_cells, memory, seconds = map(int, sys.argv[1:5])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
    gc.disable()  # rows hold no cycles, and the process ends with the file
    data = sys.stdin.buffer.read()
    results: queue.Queue = queue.Queue(maxsize=1)  # one sheet ahead at most: memory for two or three
    worker = threading.Thread(target=read, args=(data, results, max_rows, max_cells), daemon=True)
    worker.start()
    out = sys.stdout.buffer
    while (result := results.get()) is not None:
        try:
            _send(out, _pickled(result))
        except BrokenPipeError:  # the server stopped listening (a refusal, or the upload was dropped)
            return
        del result


if __name__ == "__main__":
    main()
