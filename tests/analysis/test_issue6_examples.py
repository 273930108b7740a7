"""Issue 6 on the example corpus: the dyad timeline shows the USA–PRK threats of 2017 and the summits
of 2018–2019 in the right months, and each month of examples/expected.json `dyad_months` has its events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.analysis import queries
from realpolitik.pipeline import run_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def example_store(nlp, settings):
    from realpolitik.store import Store

    with Store(":memory:") as store:
        run_paths([str(EXAMPLES / "articles")], settings, store, nlp=nlp)
        yield store


def _months(frame, a: str, b: str, column: str) -> set[str]:
    pair = frame[(frame.actor_a == min(a, b)) & (frame.actor_b == max(a, b)) & (frame[column] > 0)]
    return {str(p)[:7] for p in pair.period.dropna()}


def test_issue6_usa_prk_threats_then_summits_in_the_right_months(example_store):
    frame = queries.dyads(example_store.con, bucket="month")
    assert {"2017-08", "2017-09"} <= _months(frame, "USA", "PRK", "conflict")
    assert {"2018-06", "2019-02", "2019-06"} <= _months(frame, "USA", "PRK", "cooperation")


def test_issue6_every_expected_dyad_month_has_its_events(example_store):
    expected = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))["dyad_months"]
    rows = example_store.con.execute("""
        SELECT least(e.source_code, e.target_code), greatest(e.source_code, e.target_code), e.plover,
               strftime(e.effective_date, '%Y-%m')
        FROM events e JOIN documents d ON d.id = e.document
        WHERE e.modality = 'asserted' AND d.near_duplicate_of IS NULL AND e.effective_date IS NOT NULL""").fetchall()
    found = {(a, b, plover, month) for a, b, plover, month in rows}
    missing = []
    for pair, by_type in expected.items():
        a, b = pair.split("-")
        for plover, months in by_type.items():
            missing += [(pair, plover, m) for m in months if (min(a, b), max(a, b), plover, m) not in found]
    assert not missing, missing
