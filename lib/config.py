"""Settings read once from the environment: database URL, region, registry, upload limits, thresholds.

Imports nothing from the app; every other module asks get_settings() instead of os.environ.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DEFAULT_SQLITE_PATH = DATA_DIR / "quality.db"


@dataclass(frozen=True)
class Settings:
    database_url: str
    region_code: str
    programs_path: Path
    max_upload_mb: int
    max_rows: int
    lock_minutes: int
    idle_minutes: int
    demo_mode: bool
    public_view: bool
    trusted_header: str
    trusted_proxies: tuple[str, ...]
    due_day: int
    ahead_margin: float
    behind_margin: float
    review: str  # QB_REVIEW: off | mark | strict (REVIEW_MODES)
    close_days: int  # QB_CLOSE_DAYS: a month closes for the units' changes this many days after its due day

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


# What the figures show of the city's review: off (every committed return counts, nothing said), mark (every
# return counts and the pages say how much still waits for review), strict (only passed returns count).
REVIEW_MODES = ("off", "mark", "strict")


def _review_mode() -> str:
    mode = os.environ.get("QB_REVIEW", "mark").strip().lower() or "mark"
    if mode not in REVIEW_MODES:
        raise ValueError(f"QB_REVIEW 只能是 off、mark 或 strict（现在是“{mode}”），请修改环境变量后重新启动。")
    return mode


def _close_days() -> int:
    text = os.environ.get("QB_CLOSE_DAYS", "10").strip() or "10"
    if not text.isdigit():
        raise ValueError(f"QB_CLOSE_DAYS 应为截止日后的天数（0 或正整数，现在是“{text}”），请修改环境变量后重新启动。")
    return int(text)


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


@cache
def get_settings() -> Settings:
    """Read the environment once per process; tests call get_settings.cache_clear()."""
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}",
        region_code=os.environ.get("QB_REGION", "330400").strip(),
        programs_path=Path(os.environ.get("QB_PROGRAMS") or DATA_DIR / "programs.toml"),
        # Uploads above these are refused before parsing. Streamlit's own server.maxUploadSize
        # (.streamlit/config.toml, STREAMLIT_SERVER_MAX_UPLOAD_SIZE) should be the same number.
        max_upload_mb=int(os.environ.get("QB_MAX_UPLOAD_MB", "20")),
        max_rows=int(os.environ.get("QB_MAX_ROWS", "200000")),
        # Sign-in: an account is locked this long after 5 wrong passwords; idle sessions sign out.
        lock_minutes=int(os.environ.get("QB_LOCK_MINUTES", "15")),
        idle_minutes=int(os.environ.get("QB_IDLE_MINUTES", "30")),
        # Demo mode allows the published demo passwords; a real deployment sets QB_DEMO_MODE=0 and
        # the app then refuses to start while an admin still has the demo password.
        demo_mode=_flag("QB_DEMO_MODE", True),
        # Anyone may browse read-only without signing in (off unless asked for).
        public_view=_flag("QB_PUBLIC_VIEW", False),
        # Behind a reverse proxy that authenticates users, the header carrying the user name
        # (e.g. X-Remote-User). Empty: not trusted. Only for proxies that strip it from clients.
        trusted_header=os.environ.get("QB_TRUSTED_HEADER", "").strip(),
        # The addresses (or networks) the header is accepted from: the proxy itself, on this machine by
        # default. A client connecting straight to the app port cannot sign in with the header.
        trusted_proxies=tuple(
            p.strip() for p in os.environ.get("QB_TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if p.strip()
        ),
        # A month's return is due by the end of this day of the next month (not moved off weekends).
        due_day=int(os.environ.get("QB_DUE_DAY", "5")),
        # 序时进度 status: completion at least (schedule + ahead_margin) is 超序时, at least
        # (schedule - behind_margin) is 序时, below that 滞后; both in percentage points / 100.
        ahead_margin=float(os.environ.get("QB_AHEAD_MARGIN", "0.05")),
        behind_margin=float(os.environ.get("QB_BEHIND_MARGIN", "0.05")),
        review=_review_mode(),
        close_days=_close_days(),
    )
