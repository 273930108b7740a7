"""PrepositionObjects: the objects of all a predicate's prepositions at once, as a one-preposition scan finds them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from realpolitik.events.roles import PrepositionObjects, border_link


def prep_objects(token, prep):
    """The reference: objects of one preposition's phrases, scanned one preposition at a time."""
    return [g for c in token.children
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep and not border_link(c)
            for g in c.children if g.dep_ == "pobj"]


def test_objects_by_preposition_follow_head_then_objects_then_participle_clauses():
    # "Troops fired shells from Iran on Gaza near the border with Egypt aimed at Israel with drones ."
    words = ["Troops", "fired", "shells", "from", "Iran", "on", "Gaza", "near", "the", "border", "with", "Egypt",
             "aimed", "at", "Israel", "with", "drones", "."]
    heads = [1, 1, 1, 2, 3, 1, 5, 1, 9, 7, 9, 10, 1, 12, 13, 12, 15, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "acl",
            "prep", "pobj", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    fired, shells = doc[1], doc[2]
    found = PrepositionObjects(fired, [shells])
    acl = doc[12]
    for prep in ("on", "near", "with", "at", "from", "by"):
        expected = prep_objects(fired, prep) + prep_objects(shells, prep) + prep_objects(acl, prep)
        assert found.get(prep) == expected
    assert [t.text for t in found.get("from")] == ["Iran"]
    assert [t.text for t in found.get("with")] == ["drones"]
