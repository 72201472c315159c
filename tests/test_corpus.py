"""Scores the upload reader on a corpus of monthly returns in the layouts county bureaus really send.

The corpus (tests/samples/corpus/) holds 36 returns from Jiaxing's nine reporting units, each in a
different real-world layout: 附件 forms with title lines and merged two-row headers, published
name lists, recall notices, certificate lists, two programs pasted into one sheet, headers repeated
at page breaks, formula cells without stored results, GBK / UTF-8-BOM / UTF-16 text files, legacy
.xls, instruction and chart sheets that are not returns. Next to every file, expected/<stem>.json
lists every data row (sheet, Excel row) with the program it belongs to, whether a careful clerk
expects it stored or refused, and the values read off it (conventions in the corpus README.md).

A row is right when its program and its accepted flag match and, for an accepted row, the produced
values equal the expected ones exactly. A produced row that is not expected (a title or total read
as data) counts as one wrong row; a file the reader refuses outright scores all its rows wrong.

Regenerate the files and expectations with: python tests/samples/corpus/make_corpus.py

Holdout files (layouts kept out of tuning; scored separately, never looked at while improving the
reader):
    gangqu_2025-03_brand_mark_formulas.xlsx
    haining_2024-11_recall_traditional.xlsx
    jiashan_2024-03_brand_mark_yesno.xlsx
    jiashan_2025-05_three_same_checkmarks.xlsx
    jingkai_2024-05_benchmarking_extra_columns.xlsx
    nanhu_2024-04_recall_notice.xlsx
    pinghu_2024-12_green_with_chart_sheet.xlsx
    tongxiang_2025-02_all_programs.xlsx
    xiuzhou_2024-11_benchmarking_list_gbk.csv
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lib.db import session_scope, upgrade_database
from lib.ingest.read import UnreadableFile
from lib.ingest.service import preview_upload
from lib.metrics import parse_period
from lib.programs import get_registry
from lib.region import load_region
from lib.store import sync_units

CORPUS = Path(__file__).resolve().parent / "samples" / "corpus"
THRESHOLD = 0.95
SHOWN_MISMATCHES = 4


def _holdout_in_docstring() -> set[str]:
    text = __doc__.split("reader):", 1)[1]
    return {line.strip() for line in text.splitlines() if line.startswith("    ") and "." in line}


def _cases() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "expected").glob("*.json"))]


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _produced_values(values: dict) -> dict:
    return {
        key: _plain(value)
        for key, value in values.items()
        if key != "uscc_accepted_reason" and value is not None and value != ""
    }


@dataclass
class FileScore:
    file: str
    holdout: bool
    right: int = 0
    total: int = 0
    mismatches: list[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)

    def wrong(self, kind: str, detail: str) -> None:
        self.kinds[kind] += 1
        self.mismatches.append(detail)


def _score_file(session, case: dict, registry, region) -> FileScore:
    path = CORPUS / "files" / case["file"]
    score = FileScore(case["file"], case["holdout"], total=len(case["rows"]))
    try:
        preview = preview_upload(
            session,
            path.read_bytes(),
            path.name,
            unit_name=case["unit"],
            period=parse_period(case["period"]),
            registry=registry,
            region=region,
        )
    except UnreadableFile as exc:
        score.wrong("file refused", f"file refused: {exc}")
        score.kinds["file refused"] = score.total
        return score
    except Exception as exc:  # a crash scores like a refusal, and says so
        score.wrong("reader crashed", f"reader crashed: {type(exc).__name__}: {exc}")
        score.kinds["reader crashed"] = score.total
        return score

    produced: dict[tuple[str, int], tuple[str, object]] = {}
    blocked: dict[str, str] = {}
    for report in preview.sheets:
        if report.blocked:
            # A sheet-level error (e.g. a required column not found): none of its rows is read.
            blocked.setdefault(report.sheet, next(i.message for i in report.issues if i.row is None))
            continue
        for row in report.rows:
            key = (report.sheet, row.excel_row)
            if key in produced:
                score.total += 1
                score.wrong("unexpected row", f"{key[0]}!{key[1]}: produced twice ({report.program})")
                continue
            produced[key] = (report.program, row)

    for expected in case["rows"]:
        key = (expected["sheet"], expected["row"])
        where = f"{key[0]}!{key[1]}"
        found = produced.pop(key, None)
        if found is None:
            if key[0] in blocked:
                score.wrong("sheet refused", f"{where}: sheet refused: {blocked[key[0]]}")
            else:
                score.wrong("expected row not read", f"{where}: not read (expected {expected['program']})")
            continue
        program, row = found
        if program != expected["program"]:
            score.wrong("wrong program", f"{where}: program {program}, expected {expected['program']}")
            continue
        if row.accepted != expected["accepted"]:
            codes = ",".join(sorted({i.code for i in row.issues if i.severity == "error"})) or "-"
            if expected["accepted"]:
                score.wrong("refused a good row", f"{where}: refused ({codes}), expected accepted")
            else:
                score.wrong("accepted a bad row", f"{where}: accepted, expected refused")
            continue
        if expected["accepted"]:
            got, want = _produced_values(row.values), expected["values"]
            if got != want:
                differing = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
                for name in differing:
                    score.kinds[f"value: {name}"] += 1
                shown = "; ".join(f"{k}: expected {want.get(k)!r}, got {got.get(k)!r}" for k in differing)
                score.mismatches.append(f"{where}: {shown}")
                continue
        score.right += 1

    for (sheet, excel_row), (program, row) in sorted(produced.items(), key=lambda item: (item[0][0], item[0][1])):
        score.total += 1
        score.wrong(
            "unexpected row", f"{sheet}!{excel_row}: not a data row, read as {program} {_produced_values(row.values)}"
        )
    return score


def _report(scores: list[FileScore]) -> tuple[str, float, float]:
    def ratio(items: list[FileScore]) -> float:
        total = sum(s.total for s in items)
        return sum(s.right for s in items) / total if total else 1.0

    lines = [f"{'file':<56} {'holdout':<7} {'right/total':>11}"]
    for s in scores:
        lines.append(f"{s.file:<56} {'yes' if s.holdout else '':<7} {s.right:>5}/{s.total:<5}")
        for detail in s.mismatches[:SHOWN_MISMATCHES]:
            lines.append(f"    {detail}")
        if len(s.mismatches) > SHOWN_MISMATCHES:
            lines.append(f"    ... {len(s.mismatches) - SHOWN_MISMATCHES} more")
    kinds = Counter()
    for s in scores:
        kinds.update(s.kinds)
    overall = ratio(scores)
    holdout = ratio([s for s in scores if s.holdout])
    lines.append("")
    lines.append("most common mismatches: " + "; ".join(f"{k} ×{n}" for k, n in kinds.most_common(10)))
    lines.append(
        f"overall {sum(s.right for s in scores)}/{sum(s.total for s in scores)} = {overall:.1%}; "
        f"holdout {holdout:.1%}; tuned files {ratio([s for s in scores if not s.holdout]):.1%}"
    )
    return "\n".join(lines), overall, holdout


def test_corpus_is_complete():
    """The corpus keeps its shape: enough distinct returns, every file expected, holdouts listed above."""
    cases = _cases()
    files = {p.name for p in (CORPUS / "files").iterdir()}
    assert len(cases) >= 32
    assert {c["file"] for c in cases} == files
    assert {c["file"] for c in cases if c["holdout"]} == _holdout_in_docstring()
    assert len(_holdout_in_docstring()) >= 8
    programs = Counter(r["program"] for c in cases for r in c["rows"])
    assert set(programs) == {p.key for p in get_registry()}
    for c in cases:
        keys = [(r["sheet"], r["row"]) for r in c["rows"]]
        assert len(keys) == len(set(keys)), c["file"]
        assert all("values" in r for r in c["rows"] if r["accepted"]), c["file"]


def test_reader_scores_on_corpus(sqlite_url):
    upgrade_database(sqlite_url)
    registry, region = get_registry(), load_region("330400")
    with session_scope(sqlite_url) as session:
        sync_units(session, region)
    scores = []
    with session_scope(sqlite_url) as session:
        for case in _cases():
            scores.append(_score_file(session, case, registry, region))
    text, overall, holdout = _report(scores)
    print(text)
    assert overall >= THRESHOLD, (
        f"reader scores {overall:.1%} on the corpus (holdout {holdout:.1%}), needs {THRESHOLD:.0%}\n{text}"
    )
