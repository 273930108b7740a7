"""The words filling a predicate's roles read off the parse by index (realpolitik.events.slots) are those the Token
code found (tests/events/tokenref.py), and actors_for_roles answers as it did over Tokens."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span, Token

from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import NAMED_ROLES, ActorIndex, actors_for_roles, border_link
from realpolitik.events.slots import (
    PrepositionObjects,
    border_link_at,
    deep_prep_objects_at,
    passive_at,
    role_indices,
)
from tests.events.tokenref import border_link as token_border_link
from tests.events.tokenref import deep_prep_objects, is_passive, prep_objects, role_tokens

TEXTS = [
    "China and Russia signed a treaty in Moscow on Monday, and Trump said it would not lift the sanctions.",
    "Iran was accused by Israel of shelling a town near the border with Turkey, and Egypt gave Iran aid.",
    "Troops fired shells from Iran on Gaza near the border with Egypt aimed at Israel with drones.",
    "The accord was signed between France, Italy and Spain after talks about a treaty with Germany.",
    "UN sanctions against Iran were lifted and Japan's navy sent ships to the coast of Somalia to protect them.",
    "The president met with his counterpart from Turkey, and Germany opened its borders with Austria.",
]
PREPS = ("on", "near", "with", "at", "from", "by", "to", "against", "between", "of", "about", "for")


@pytest.fixture(scope="module")
def docs(events_nlp) -> list[Doc]:
    return [events_nlp(text) for text in TEXTS]


def actors_by_tokens(index: ActorIndex, head: Token, roles, objects=(), exclude=()) -> tuple[list[Span], str | None]:
    """The reference: actors_for_roles over the Token readings of each role."""
    skip = {t.i for t in exclude}
    for role in roles:
        tokens = index.subjects(head) if role == "subj" else role_tokens(head, role, objects)
        spans: list[Span] = []
        for token in tokens:
            if token.i not in skip:
                for span in index.in_phrase(token, 0 if role == "mod" else 2):
                    if all(span.start != s.start for s in spans):
                        spans.append(span)
        if spans:
            return spans, role
    return [], None


def test_roles_by_index_equal_the_token_versions(docs):
    roles = (*sorted(NAMED_ROLES - {"subj"}), *PREPS)
    for doc in docs:
        index = ActorIndex(doc)
        parse = index.parse
        for t in doc:
            objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            assert passive_at(parse, t.i) == is_passive(t)
            assert border_link_at(parse, t.i) == token_border_link(t) == border_link(t)
            assert deep_prep_objects_at(parse, t.i, PREPS) == [g.i for g in deep_prep_objects(t, PREPS)]
            for role in roles:
                assert role_indices(parse, t.i, role, [o.i for o in objects]) == [
                    g.i for g in role_tokens(t, role, objects)]
            for wanted in (("subj", "agent"), ("dobj", "dative", "to", "against"), ("poss", "mod", "of"), PREPS):
                excluded = [c for c in t.children if c.dep_ == "nsubj"]
                assert actors_for_roles(index, t, wanted, objects, excluded) == actors_by_tokens(
                    index, t, wanted, objects, excluded)


def test_objects_by_preposition_follow_head_then_objects_then_participle_clauses():
    # "Troops fired shells from Iran on Gaza near the border with Egypt aimed at Israel with drones ."
    words = ["Troops", "fired", "shells", "from", "Iran", "on", "Gaza", "near", "the", "border", "with", "Egypt",
             "aimed", "at", "Israel", "with", "drones", "."]
    heads = [1, 1, 1, 2, 3, 1, 5, 1, 9, 7, 9, 10, 1, 12, 13, 12, 15, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "acl",
            "prep", "pobj", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    parse = ParsedDoc(doc)
    found = PrepositionObjects(parse, 1, [2])
    for prep in ("on", "near", "with", "at", "from", "by"):
        assert found.get(prep) == [g.i for g in prep_objects(doc[1], prep, [doc[2]])]
    assert [doc[i].text for i in found.get("from")] == ["Iran"]
    assert [doc[i].text for i in found.get("with")] == ["drones"]
    assert border_link_at(parse, 10) and not border_link_at(parse, 15)  # "near the border with Egypt"
