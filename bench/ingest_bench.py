"""Ingest benchmark: a five-sheet workbook of 100,000 rows, read + validate + commit on SQLite (or
the DATABASE_URL given), against a plain pandas + openpyxl reader measured in the same run.

    .venv/bin/python bench/ingest_bench.py [--rows 100000] [--database-url URL] [--postgres] [--excel-strings]

--postgres also runs read + validate + commit on a fresh database in a throwaway PostgreSQL 15
cluster (initdb + pg_ctl, default durability settings), measured in the same run. --excel-strings
keeps the texts as Excel and WPS save them (one shared table, UTF-8) instead of openpyxl's inline
texts with every Chinese character written as a character reference (about three times the XML).

Each measurement runs in its own process so peak resident memory is its own. Prints one JSON line
per measurement and a summary; the figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = {
    "benchmarking": ("result", ["达到", "优于"]),
    "brand_mark": ("status", ["入库培育"]),
    "recall": ("recall_type", ["主动召回", "责令召回"]),
    "green_cert": ("status", ["培育中"]),
    "three_same": ("category", ["食品农产品", "一般消费品", "工业品"]),
}


def make_workbook(
    path: Path,
    rows: int,
    *,
    year: int = 2024,
    month: int = 10,
    first: int = 0,
    unit: tuple[str, str] = ("南湖区", "330402"),
) -> None:
    """Five program sheets with title lines and registry headers, rows split evenly, all valid.

    Rows are dated in year-month; first offsets the enterprise serials (a different file each time);
    unit is (name, code), the credit codes are registered there."""
    from openpyxl import Workbook

    from lib.identifiers import make_uscc
    from lib.programs import get_registry

    registry = get_registry()
    workbook = Workbook(write_only=True)
    per_sheet = rows // len(registry)
    serial = 0
    for program in registry:
        sheet = workbook.create_sheet(program.sheet)
        sheet.append([f"{unit[0]}{year}年{month}月{program.full_title}月报表"])
        sheet.append([f"填报单位：{unit[0]}市场监督管理局"])
        sheet.append(["序号", *(c.header for c in program.columns)])
        for n in range(per_sheet):
            serial += 1
            row = [n + 1]
            for column in program.columns:
                row.append(_value(program.key, column, first + serial, make_uscc, year, month, unit))
            sheet.append(row)
    workbook.save(path)


_INLINE = re.compile(rb'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', re.S)


def excel_strings(path: Path) -> None:
    """Rewrite the workbook's texts as Excel and WPS save them: one table of shared strings in UTF-8,
    each cell holding its index. openpyxl writes every text inline in its cell, each Chinese character
    as a character reference (about three times the XML a reader has to parse)."""
    table: dict[str, int] = {}

    def shared(match: re.Match) -> bytes:
        text = html.unescape(match.group(3).decode())
        index = table.setdefault(text, len(table))
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2), index)

    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        parts[name] = _INLINE.sub(shared, parts[name])
    items = "".join(f'<si><t xml:space="preserve">{xml_escape(text)}</t></si>' for text in table)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="{_MAIN}" count="{len(table)}" uniqueCount="{len(table)}">{items}</sst>'
    ).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdShared" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts.items():
            target.writestr(name, body)


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _value(program: str, column, serial: int, make_uscc, year: int, month: int, unit: tuple[str, str]):
    day = dt.date(year, month, 1 + serial % 28)
    if column.key == "uscc":
        return make_uscc(unit[1], f"M{serial:07d}")
    if column.key == "enterprise_name":
        return f"测试{serial}号有限公司"
    if column.key == "unit":
        return unit[0] if serial % 3 else unit[0][:-1]
    if column.type == "date":
        if column.key == "valid_until":
            return None
        if program == "green_cert" and column.key == "issue_date":
            return None
        return day if serial % 2 else day.strftime("%Y年%-m月%-d日")
    if column.type == "choice":
        status_key, values = CATEGORIES[program]
        return values[serial % len(values)] if column.key == status_key else column.allowed_values[0]
    if column.type == "quantity":
        return f"{serial % 900 + 10}台"
    if column.type == "bool":
        return "是" if serial % 2 else "否"
    if column.key == "cert_no":
        return None
    return f"{column.header}{serial}"


def run_ours(path: Path, url: str) -> dict:
    from lib.auth import Actor
    from lib.db import session_scope, upgrade_database
    from lib.ingest.service import commit_upload, preview_upload
    from lib.periods import Period
    from lib.programs import get_registry
    from lib.region import load_region
    from lib.store import sync_units

    upgrade_database(url)
    with session_scope(url) as session:
        sync_units(session, load_region("330400"))
    data = path.read_bytes()
    start = time.perf_counter()
    with session_scope(url) as session:
        preview = preview_upload(
            session,
            data,
            path.name,
            unit_name="南湖区",
            period=Period(2024, 10),
            registry=get_registry(),
            region=load_region("330400"),
        )
        checked = time.perf_counter()
        result = commit_upload(session, preview, registry=get_registry(), actor=Actor("bench", "admin", None, "bench"))
    done = time.perf_counter()
    rejected = sum(s.rejected for s in preview.sheets)
    return {
        "read_validate_s": round(checked - start, 3),
        "commit_s": round(done - checked, 3),
        "total_s": round(done - start, 3),
        "stored": result.stored,
        "rejected": rejected,
    }


def run_read_only(path: Path) -> dict:
    from lib.ingest.read import read_sheets

    start = time.perf_counter()
    sheets = read_sheets(path.read_bytes(), path.name)
    return {"total_s": round(time.perf_counter() - start, 3), "rows": sum(len(s.rows) for s in sheets)}


def run_baseline(path: Path) -> dict:
    """What a plain script would do: pandas.read_excel with openpyxl, every sheet, header under 2 title lines."""
    import pandas as pd

    start = time.perf_counter()
    frames = pd.read_excel(path, sheet_name=None, engine="openpyxl", header=2)
    return {"total_s": round(time.perf_counter() - start, 3), "rows": sum(len(f) for f in frames.values())}


def _measure(kind: str, path: Path, url: str) -> dict:
    """Run one measurement in a fresh process; adds its peak resident memory."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--file", str(path), "--database-url", url],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--database-url")
    parser.add_argument("--postgres", action="store_true", help="also measure on a throwaway PostgreSQL cluster")
    parser.add_argument(
        "--excel-strings", action="store_true", help="texts in a shared table, as Excel and WPS save them"
    )
    parser.add_argument("--child")
    parser.add_argument("--file")
    args = parser.parse_args()
    if args.child:
        path = Path(args.file)
        result = {
            "ours": lambda: run_ours(path, args.database_url),
            "read_only": lambda: run_read_only(path),
            "baseline": lambda: run_baseline(path),
        }[args.child]()
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        # The spreadsheet reader runs in a process of its own (lib/ingest/apart.py): its peak, apart.
        result["reader_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
        result["kind"] = args.child
        print(json.dumps(result, ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory() as tmp:
        workbook = Path(tmp) / "returns-100k.xlsx"
        start = time.perf_counter()
        make_workbook(workbook, args.rows)
        if args.excel_strings:
            excel_strings(workbook)
        texts = "texts shared, as Excel saves them" if args.excel_strings else "texts inline, as openpyxl writes them"
        print(
            f"# workbook: {args.rows:,} rows in 5 sheets ({texts}), {workbook.stat().st_size / 1e6:.1f} MB, "
            f"made in {time.perf_counter() - start:.1f} s"
        )
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        results = {kind: _measure(kind, workbook, url) for kind in ("baseline", "read_only", "ours")}
        if args.postgres:
            from bench.pgcluster import available, temporary_database

            if available():
                with temporary_database() as pg_url:
                    results["ours_postgres"] = _measure("ours", workbook, pg_url)
                    results["ours_postgres"]["kind"] = "ours_postgres"
            else:
                print("# PostgreSQL 15 not installed: PostgreSQL run skipped")
    for result in results.values():
        print(json.dumps(result, ensure_ascii=False))
    ours, baseline, read_only = results["ours"], results["baseline"], results["read_only"]
    print(
        f"# machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, database {url.split(':')[0]}"
    )
    print(f"# read + validate + commit: {ours['total_s']} s (stored {ours['stored']:,}, rejected {ours['rejected']})")
    print(f"# plain pandas + openpyxl read: {baseline['total_s']} s; our read alone: {read_only['total_s']} s")
    print(
        f"# speed-up, whole pipeline vs baseline read: {baseline['total_s'] / ours['total_s']:.1f}x; "
        f"read vs read: {baseline['total_s'] / read_only['total_s']:.1f}x; peak RSS ours {ours['peak_rss_mb']} MB "
        f"(the reader's process apart: {ours['reader_peak_rss_mb']} MB)"
    )
    print(f"# whole pipeline vs our read: {ours['total_s'] / read_only['total_s']:.2f}x")
    if "ours_postgres" in results:
        pg = results["ours_postgres"]
        print(
            f"# PostgreSQL: read + validate + commit {pg['total_s']} s (read + validate {pg['read_validate_s']} s, "
            f"commit {pg['commit_s']} s; stored {pg['stored']:,}); peak RSS {pg['peak_rss_mb']} MB"
        )


if __name__ == "__main__":
    main()
