"""Synthetic stores fill every table the summary reads, reproducibly."""

from __future__ import annotations

from realpolitik.analysis import queries
from realpolitik.analysis.summary import build_summary
from realpolitik.analysis.synthetic import make_synthetic_store


def test_synthetic_store(store):
    make_synthetic_store(store.con, 500, seed=3)
    counts = store.counts()
    assert counts["events"] == 500 and counts["documents"] == 100 and counts["claims"] > 0
    summary = build_summary(store.con)
    assert summary.actors and summary.relations and summary.dyads and summary.timeline
    for name in ("events", "dyads", "relations", "claims", "leverage"):
        assert not getattr(queries, name)(store.con).empty, name


def test_synthetic_store_is_reproducible():
    from realpolitik.store import Store

    def edges() -> list:
        with Store(":memory:") as s:
            make_synthetic_store(s.con, 200, seed=7)
            return s.con.execute("SELECT source_code, target_code, cameo FROM events ORDER BY id").fetchall()

    assert edges() == edges()
