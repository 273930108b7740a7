"""The summary on a hand-built store: schema, plain-word Markdown with evidence, pictures, HTML."""

from __future__ import annotations

import json

import pytest

from realpolitik.analysis.summary import SummaryFormatError, build_summary, summary_html, write_summary
from realpolitik.errors import RealpolitikError

SCHEMA = {
    "actors": {"code", "name", "documents", "mentions"},
    "relations": {"source", "target", "kind", "documents", "events", "evidence"},
    "dyads": {"pair", "cooperation", "conflict", "goldstein_mean", "shifts"},
    "leverage": {"holder", "over", "score", "basis"},
    "claims": {"holder", "subject", "relation", "object", "value", "stance", "documents"},
    "timeline": {"date", "event"},
}


def test_json_schema(filled):
    data = build_summary(filled.con).to_dict()
    for key, fields in SCHEMA.items():
        assert data[key], key
        assert fields <= set(data[key][0]), key
    assert set(data["relations"][0]["evidence"][0]) == {"document", "sentence"}
    json.dumps(data)


def test_summary_content(filled):
    summary = build_summary(filled.con)
    assert summary.actors[0].code == "PRK" and summary.actors[0].name == "North Korea"
    assert (summary.leverage[0].holder, summary.leverage[0].over) == ("CHN", "PRK")
    dyad = next(d for d in summary.dyads if d.pair == ("PRK", "USA"))
    assert dyad.conflict == 1 and dyad.cooperation == 1 and dyad.shifts[0].startswith("conflict -> cooperation")
    assert [t.date for t in summary.timeline] == sorted(t.date for t in summary.timeline)


def test_filters_pass_through(filled):
    summary = build_summary(filled.con, actor="SGP")
    assert {r.source for r in summary.relations} == {"SGP"} and summary.actor == "SGP"


def test_markdown_states_relations_in_plain_words(filled, tmp_path):
    out = tmp_path / "card.md"
    text = write_summary(filled.con, "md", out)
    assert out.read_text(encoding="utf-8") == text
    assert "China (CHN) gives aid to North Korea (PRK)" in text
    assert "North Korea (PRK) depends on China (CHN) for trade" in text
    assert "> “China sent food aid to North Korea.”" in text
    assert "disagrees with the claim of Trump's supporters" in text
    for name in ("card-dyads.svg", "card-network.svg"):
        assert (tmp_path / name).read_text(encoding="utf-8").startswith("<svg") and f"]({name})" in text


def test_json_and_html_outputs(filled, tmp_path):
    data = json.loads(write_summary(filled.con, "json", None))
    assert data["leverage"][0]["holder"] == "CHN"
    html = write_summary(filled.con, "html", tmp_path / "card.html")
    assert '<img src="card-network.svg"' in html and (tmp_path / "card-dyads.svg").exists()


def test_summary_html_is_self_contained(filled):
    html = summary_html(build_summary(filled.con))
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html


def test_unknown_format(filled):
    with pytest.raises(SummaryFormatError):
        write_summary(filled.con, "pdf")
    assert issubclass(SummaryFormatError, RealpolitikError)


def test_empty_store(store):
    summary = build_summary(store.con)
    assert summary.relations == () and summary.dyads == ()
    assert "<svg" in summary_html(summary)


def test_undated_events_are_drawn_without_failing(filled, tmp_path):
    from realpolitik.records import Extraction
    from tests.analysis.conftest import make_document, make_event

    doc = make_document("d5", "Undated threat.", None)
    filled.write(Extraction(doc, events=(make_event("d5", "USA", "PRK", "THREATEN", "Undated threat."),)))
    text = write_summary(filled.con, "md", tmp_path / "card.md")
    assert "undated" not in (tmp_path / "card-dyads.svg").read_text(encoding="utf-8")
    assert "Undated threat." in text


def test_contested_claims(filled):
    from realpolitik.records import Extraction
    from tests.analysis.conftest import make_claim, make_document

    doc = make_document("d6", "China has no leverage over North Korea.", None)
    filled.write(Extraction(doc, claims=(make_claim("d6", "CHN", "has_leverage_over", ("PRK",),
                                                    "China has no leverage over North Korea.", stance="disputes"),)))
    summary = build_summary(filled.con)
    contested = {(c.relation, c.stance) for c in summary.claims if c.contested}
    assert contested == {("caused", "disagrees"), ("has_leverage_over", "asserts"), ("has_leverage_over", "disputes")}
    text = write_summary(filled.con, "md")
    assert text.index("## Contested claims") < text.index("disputes that China (CHN) has leverage")
