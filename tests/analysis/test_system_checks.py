"""The gold point checks of evaluate.system, on summaries built from a hand-built store."""

from __future__ import annotations

from realpolitik.analysis.summary import build_summary
from realpolitik.evaluate.system import check_point, evaluate_summary

GOLD = {"system": {"points": [
    {"id": "S1", "text": "aid", "check": {"source": "CHN", "target": "PRK", "plover": ["AID", "SUPPORT"],
                                          "min_documents": 3}},
    {"id": "S2", "text": "trade", "check": {"relation": "trade_dependent_on", "subject": "PRK", "object": "CHN",
                                            "min_documents": 2}},
    {"id": "S4", "text": "dyad", "check": {"dyad": ["USA", "PRK"], "has_conflict": True, "has_cooperation": True}},
    {"id": "S5", "text": "buffer", "check": {"relation": "buffer_state_between", "subject": "PRK"}},
    {"id": "S7", "text": "threat", "check": {"source": ["CHN", "RUS"], "target": "USA", "plover": ["THREATEN"]}},
]}}


def test_points(filled):
    scores = evaluate_summary(GOLD, build_summary(filled.con))
    shown = {p.id: p.shown for p in scores.points}
    assert shown == {"S1": True, "S2": True, "S4": True, "S5": True, "S7": False}
    assert scores.as_dict()["points_shown"] == 0.8 and scores.as_dict()["point_S7"] == 0.0
    s1 = next(p for p in scores.points if p.id == "S1")
    assert s1.support == ("d1", "d2", "d3")


def test_min_documents(filled):
    summary = build_summary(filled.con)
    shown, _ = check_point({"source": "CHN", "target": "PRK", "plover": ["AID"], "min_documents": 4}, summary)
    assert not shown
    shown, docs = check_point({"source": "SGP", "target": "PRK", "plover": ["CONSULT"]}, summary)
    assert shown and docs == ("d4",)
