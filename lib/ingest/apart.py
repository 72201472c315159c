"""Read a legacy .xls or an OpenDocument file in a process of its own, within a memory and CPU limit.

The spreadsheet reader parses a whole .xls when it opens it (every sheet, every formula, buffers sized by
the lengths the records claim) and expands what an .ods repeats, and a failure to allocate aborts the
process it runs in: no check ahead of it can foresee every such claim. So the server hands the bytes to
this script and gets back the sheets, a refusal, or nothing (the process died at its limit). Standard
library and the reader only: it starts in a fraction of a second.

    python apart.py MAX_ROWS MAX_CELLS < file > pickled result
"""

from __future__ import annotations

import io
import pickle
import resource
import sys

MEMORY = 1 << 30  # bytes of address space
CPU_SECONDS = 10  # a real .xls (at most 65,536 rows a sheet) reads in about a second


def read(data: bytes, max_rows: int, max_cells: int) -> tuple:
    """("ok", [(name, rows, merged ranges)]) or ("rows", n) / ("cells", n) past the limits, or
    ("damaged", sheet, error type) / ("unopened", error type) when the reader refuses the file."""
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = [m.name for m in book.sheets_metadata if str(m.typ) == "SheetTypeEnum.WorkSheet"]
    except BaseException as exc:  # the reader's errors, and its internal failures (PanicException)
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        return ("unopened", type(exc).__name__)
    sheets, rows_so_far, cells_so_far = [], 0, 0
    for name in names:
        try:
            sheet = book.get_sheet_by_name(name)
            rows, columns = (sheet.end[0] + 1, sheet.end[1] + 1) if sheet.end else (0, 0)
            rows_so_far, cells_so_far = rows_so_far + rows, cells_so_far + rows * columns
            if rows_so_far > max_rows:
                return ("rows", rows_so_far)
            if cells_so_far > max_cells:
                return ("cells", cells_so_far)
            sheets.append((name, sheet.to_python(skip_empty_area=False), list(sheet.merged_cell_ranges or [])))
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            return ("damaged", name, type(exc).__name__)
    return ("ok", sheets)


def main() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
    max_rows, max_cells = int(sys.argv[1]), int(sys.argv[2])
    result = read(sys.stdin.buffer.read(), max_rows, max_cells)
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
