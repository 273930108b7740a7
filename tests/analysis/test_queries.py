"""Queries over a hand-built store: merging, independence, dyads, shifts, relations, leverage."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.analysis import queries


def test_reports_of_one_event_merge_and_near_duplicates_count_once(filled):
    frame = queries.events(filled.con)
    aid = frame[(frame.source == "CHN") & (frame.plover == "AID")]
    assert len(aid) == 1
    row = aid.iloc[0]
    assert row.reports == 3 and row.sources == 2 and list(row.documents) == ["d1", "d2", "d3"]


def test_named_occasion_merges_events(filled):
    frame = queries.events(filled.con)
    summit = frame[frame.plover == "CONSULT"]
    assert set(summit.occasion) == {"Singapore summit"}


def test_dyads_count_by_quad_class(filled):
    frame = queries.dyads(filled.con, bucket="year")
    row = frame[(frame.actor_a == "PRK") & (frame.actor_b == "USA")].iloc[0]
    assert (row.verbal_cooperation, row.verbal_conflict, row.cooperation, row.conflict) == (1, 1, 1, 1)
    assert row.goldstein_total == pytest.approx(-6.0) and row.goldstein_mean == pytest.approx(-3.0)
    assert len(row.event_ids) == 2


def test_dyads_reject_unknown_bucket(filled):
    with pytest.raises(ValueError):
        queries.dyads(filled.con, bucket="decade")


def test_shift_from_threat_to_summit(filled):
    frame = queries.dyad_shifts(filled.con)
    row = frame[(frame.actor_a == "PRK") & (frame.actor_b == "USA")].iloc[0]
    assert row.direction == "conflict -> cooperation"
    assert (row.from_step, row.to_step) == ("2018-03-01", "2018-06-12") and len(row.event_ids) == 2


def test_relations_from_events_and_claims_with_implied_dependence(filled):
    frame = queries.relations(filled.con)
    dependence = frame[(frame.kind == "trade_dependent_on") & (frame.source == "PRK") & (frame.target == "CHN")]
    assert list(dependence.iloc[0].documents) == ["d1", "d2"]
    aid = frame[(frame.kind == "AID") & (frame.source == "CHN")].iloc[0]
    assert aid.sources == 2 and aid.events == 3
    assert "caused" not in set(frame.kind)  # the author disagrees with it
    buffer = frame[frame.kind == "buffer_state_between"].iloc[0]
    assert buffer.target == "CHN+USA"


def test_claims_keep_holder_stance_and_value(filled):
    frame = queries.claims(filled.con)
    caused = frame[frame.relation == "caused"].iloc[0]
    assert (caused.holder, caused.stance) == ("Trump's supporters", "disagrees")
    assert frame[frame.relation == "trade_dependent_on"].iloc[0].value == pytest.approx(0.9)


def test_leverage_formula(filled):
    frame = queries.leverage(filled.con)
    row = frame[(frame.holder == "CHN") & (frame.over == "PRK")].iloc[0]
    # 2*1 leverage claim + 2 dependence claims (d1 share 0.9, d2 trading partner) + 0.9 + 0.5*2 aid sources
    assert row.score == pytest.approx(2 + 2 + 0.9 + 1.0)
    assert "aid events=2" in row.basis
    assert frame.iloc[0].holder == "CHN"


def test_filters(filled):
    assert set(queries.events(filled.con, since=date(2018, 6, 1)).plover) == {"CONSULT"}
    assert set(queries.relations(filled.con, actor="SGP").source) == {"SGP"}
    assert set(queries.claims(filled.con, actor="USA").relation) == {"buffer_state_between", "caused"}


def test_actors(filled):
    frame = queries.actors(filled.con)
    assert frame.iloc[0].code == "PRK" and frame.iloc[0].documents == 4
