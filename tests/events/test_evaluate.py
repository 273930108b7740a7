"""The dev-set scoring of realpolitik.evaluate.events on hand-built events (no parsing)."""

from __future__ import annotations

from realpolitik.evaluate.events import load_dev_set, score_dev
from realpolitik.records import ActorRef, Event, Modality, TextSpan


def event(plover: str, source: str, target: str | None, modality: Modality = Modality.ASSERTED) -> Event:
    span = TextSpan(0, 1, "x")
    return Event(
        document="", source=ActorRef(source, None, source, 0, 1), plover=plover, mode=None, cameo="040",
        quad=1, goldstein=1.0, modality=modality, trigger=span, sentence=span,
        target=ActorRef(target, None, target, 0, 1) if target else None,
    )


ITEMS = [
    {"id": "a", "text": "", "events": [{"plover": "CONSULT", "source": "USA", "target": "CHN"}]},
    {"id": "b", "text": "", "events": []},
    {"id": "c", "text": "", "events": [
        {"plover": "ASSAULT", "source": "RUS", "target": "UKR", "modality": "hypothetical"}]},
    {"id": "d", "text": "", "events": [{"plover": "SANCTION", "source": "IGOUNO", "target": "PRK"}]},
]


def test_perfect_coding_scores_one():
    predicted = [
        [event("CONSULT", "USA", "CHN")],
        [],
        [event("ASSAULT", "RUS", "UKR", Modality.HYPOTHETICAL)],
        [event("SANCTION", "IGO", "PRK")],
    ]
    scores = score_dev(ITEMS, predicted)
    assert scores["sentence_type_accuracy"] == 1.0
    assert scores["triple_f1_asserted"] == 1.0  # IGO codes compare on "IGO"
    assert scores["factuality_accuracy"] == 1.0
    assert scores["extra_events_per_sentence"] == 0.0
    assert scores["non_asserted_coded_asserted"] == 0.0


def test_errors_are_counted():
    predicted = [[event("REQUEST", "USA", "CHN")], [event("CONSULT", "JPN", None)],
                 [event("ASSAULT", "RUS", "UKR")], []]
    scores = score_dev(ITEMS, predicted)
    assert scores["sentence_type_accuracy"] == 0.25  # only the type of "c" is right (its modality is not)
    assert scores["triple_f1_asserted"] == 0.0
    assert scores["non_asserted_coded_asserted"] == 1.0
    assert scores["extra_events_per_sentence"] == 0.5
    assert scores["per_type"]["CONSULT"].recall == 0.0


def test_dev_set_is_hand_annotated_and_covers_all_types():
    items = load_dev_set()
    assert len(items) >= 300 and all(i["checked"] for i in items)
    types = {e["plover"] for i in items for e in i["events"]}
    assert len(types) == 16
    assert sum(not i["events"] for i in items) >= 25
