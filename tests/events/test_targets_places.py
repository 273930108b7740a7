"""The clause targets' reading order and the places of an event, read off the parse by index
(realpolitik.events.targets, realpolitik.events.circumstances), equal their Token versions
(tests/events/tokenref.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from realpolitik.events.circumstances import place_objects
from realpolitik.events.drafts import Draft
from realpolitik.events.roles import ActorIndex
from realpolitik.events.targets import PLACE_PREPS, SKIPPED_DEPS, SKIPPED_PREPS, _blocked, _reading_order, _subtree
from tests.events.tokenref import place_objects as token_place_objects
from tests.events.tokenref import reading_order

TEXTS = [
    "Turkey launched an offensive against a Kurdish enclave in northern Syria and bombed a hospital in Afrin.",
    "China said it would hold talks with Russia at the summit in Beijing, according to officials in Moscow.",
    "The army, which Iran supports, fired shells on Gaza near the border with Egypt after the attack.",
    "Protesters rallied in Cairo on Monday and police in Egypt arrested dozens at the square.",
]


@pytest.fixture(scope="module")
def docs(events_nlp) -> list[Doc]:
    return [events_nlp(text) for text in TEXTS]


def test_skipped_dependencies_are_those_the_token_version_skips():
    assert SKIPPED_DEPS == {"nsubj", "nsubjpass", "csubj", "expl", "punct", "cc", "parataxis", "mark", "meta"}


def test_reading_order_and_blocked_subjects_by_index(docs):
    for doc in docs:
        index = ActorIndex(doc)
        parse = index.parse
        for t in doc:
            below: set[int] = set()
            _subtree(parse, t.i, below)
            assert below == {s.i for s in t.subtree}
            blocked = {s.i for x in index.subjects(t) for s in x.subtree}
            assert _blocked(index, t, None) == blocked
            assert _blocked(index, t, t.head) == blocked | {s.i for x in index.subjects(t.head) for s in x.subtree}
            for preps in (SKIPPED_PREPS, SKIPPED_PREPS | PLACE_PREPS):
                assert _reading_order(parse, t.i, blocked, preps) == [r.i for r in reading_order(t, blocked, preps)]


def test_place_objects_by_index(docs):
    found = 0
    for doc in docs:
        parse = ActorIndex(doc).parse
        for t in doc:
            for pred, head in ((t.head, None), (None, t.head), (t.head, t.head), (None, None)):
                draft = Draft(t, pred, "010", None, (), (), args_head=head)
                expected = [g.i for g in token_place_objects(pred, head, t)]
                assert list(place_objects(draft, parse)) == expected
                found += len(expected)
    assert found > 10
