"""The deployment recipe in deploy/, tested as an IT department would run it: nginx in front of two app
processes on one throwaway PostgreSQL cluster, each started from the files in deploy/ with only ports and
paths substituted, driven through nginx in Chromium. Also the province data the deadline benchmark uses.
"""

from __future__ import annotations

import sqlite3

from bench.province_data import province_sqlite, quick_check


def test_the_province_file_is_built_sound_from_scratch(tmp_path):
    """Written out by SQLite itself and checked: no write-ahead log deleted by hand, nothing left beside it."""
    path = province_sqlite(records=20_000, cache_dir=tmp_path)
    assert quick_check(path) is None
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM program_records").fetchone()[0] > 15_000
        assert conn.execute("SELECT count(*) FROM monthly_figures").fetchone()[0] > 0
