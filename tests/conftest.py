"""Shared fixtures: one parsed pipeline per session, the shared data folder, an in-memory store."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings: Settings):
    """The full realpolitik pipeline (spaCy model plus components), loaded once."""
    from realpolitik.nlp import build_pipeline

    return build_pipeline(settings)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED} (CI places it beside the checkout)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_gold(shared_dir: Path) -> dict:
    import json

    path = shared_dir / "gold" / "seeds.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def store():
    """An empty in-memory store, migrated to the current schema."""
    from realpolitik.store import Store

    with Store(":memory:") as s:
        yield s
