"""The actors of a phrase read off the parse by index (realpolitik.events.phrases) are those the walk over spaCy
Tokens found: the Token version stays here as the reference."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span, Token

from realpolitik.events.phrases import AUTHOR_VERBS, PHRASE_LINKS, agents_at, conjuncts_at
from realpolitik.events.roles import ActorIndex

TEXTS = [
    "China and Russia signed a treaty in Moscow on Monday, and Trump said it would not lift the sanctions.",
    "UN troops led by the United States and a resolution presented by Britain reached the border with Turkey.",
    "The foreign ministers of Britain, France and Japan met its NATO ally Turkey and the Russian and US navies.",
    "UK and EU negotiators, Iran's president and the leaders of Egypt held talks with Pakistan's army chief.",
    "It was China that guaranteed the deal; the United Nations urged India to hold talks with Pakistan.",
    "A plan drafted by France and sponsored by Germany was put to the council of the African Union by Kenya.",
    "Presidents Vladimir Putin and Hassan Rouhani met Erdogan before Foreign Ministers Lavrov and Zarif spoke.",
    "Iran sentenced a British-Iranian aid worker, and Egypt freed the Egyptian-American Mohamed Soltan.",
    "The United States, India, Israel and Pakistan sanctioned the space agency Roscosmos and the Indian Space Agency.",
    "Russia attacked the government websites of Georgia and let officials in Ukraine, Moldova and Georgia vote.",
]


def agent_tokens(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]


def conjuncts(token: Token) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        conj = stack.pop(0)
        out.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return out


def in_phrase(index: ActorIndex, token: Token, depth: int) -> list[Span]:
    """The reference: the phrase walk over spaCy Tokens, as ActorIndex did it before the index version."""
    found: list[Span] = []
    for head in (token, *conjuncts(token)):
        span = one(index, head, depth)
        if span is not None and all(span.start != f.start for f in found):
            found.append(span)
        modifiers = [c for c in head.children if c.dep_ in ("amod", "nmod", "compound", "poss")]
        hyphened = [t for m in modifiers if any(p.dep_ == "punct" and p.lower_ == "-" for p in m.children)
                    for g in m.children if g.dep_ in ("amod", "compound") and g.i < m.i for t in (g, m)]
        if not any(g.dep_ == "cc" for m in modifiers for g in m.children):
            modifiers = []
        objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        home = index.at(head)
        homes = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                 if o.dep_ == "pobj" and home is not None and home.start <= o.i < home.end]
        for modifier in (*(t for m in modifiers for t in (m, *conjuncts(m))), *(hyphened if not modifiers else ()),
                         *(c for o in objects for c in conjuncts(o)), *(c for o in homes for c in conjuncts(o))):
            span = index.at(modifier)
            if span is not None and all(span.start != f.start for f in found):
                found.append(span)
        for name in appositions(index, head):
            span = one(index, name, depth)
            if span is not None and all(span.start != f.start for f in found):
                found.append(span)
    return sorted(found, key=lambda s: s.start)


def appositions(index: ActorIndex, head: Token) -> list[Token]:
    """Conjuncts of a plural title's or a following name's apposition; a list of states read as one."""
    found: list[Token] = []
    for name in (a for a in head.children if a.dep_ == "appos"):
        if head.tag_ in ("NNS", "NNPS") or (name.i == head.i + 1 and name.tag_ == "NNP"):
            found.extend(conjuncts(name))
        elif conjuncts(name) and index.at(head) is not None and index.at(name) is not None:
            first, second = index.at(head)._.actor, index.at(name)._.actor
            if first.sector is None and second.sector is None and first.code != second.code:
                found.extend((name, *conjuncts(name)))
    return found


def one(index: ActorIndex, token: Token, depth: int) -> Span | None:
    if depth > 0:
        for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in AUTHOR_VERBS):
            for agent in agent_tokens(acl):
                led_by = one(index, agent, depth - 1)
                if led_by is not None:
                    return led_by
    span = index.at(token)
    if span is not None or depth <= 0:
        return span
    bare = None
    for child in sorted(token.children, key=lambda c: c.dep_ != "appos"):
        if child.dep_ in PHRASE_LINKS:
            span = one(index, child, depth - 1)
            if span is not None and len(span) == 1 and span.start == child.i and child.dep_ == "compound" \
                    and child.pos_ == "NOUN":
                bare = bare or span
            elif span is not None:
                return span
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    span = one(index, pobj, depth - 1)
                    if span is not None:
                        return span
    return bare


def assert_same_phrases(doc: Doc) -> int:
    """Every token at every depth; the number of (token, depth) pairs that name an actor."""
    index = ActorIndex(doc)
    named = 0
    for t in doc:
        assert agents_at(index.parse, t.i) == [g.i for g in agent_tokens(t)]
        assert conjuncts_at(index.parse, t.i) == [c.i for c in conjuncts(t)]
        for depth in (0, 1, 2):
            expected = in_phrase(index, t, depth)
            assert index.in_phrase(t, depth) == expected
            assert index.in_phrase_at(t.i, depth) == expected
            named += bool(expected)
    return named


@pytest.fixture(scope="module")
def docs(events_nlp) -> list[Doc]:
    return [events_nlp(text) for text in TEXTS]


def test_phrase_actors_by_index_equal_the_token_walk(docs):
    assert sum(assert_same_phrases(doc) for doc in docs) > 50


def test_a_hand_built_phrase_with_authors_and_coordinated_modifiers():
    # "troops led by Kenya and Russian and US navies of Chad , Mali": acl agents, "cc" modifiers, "of" conjuncts.
    words = ["troops", "led", "by", "Kenya", "and", "Russian", "and", "US", "navies", "of", "Chad", ",", "Mali"]
    heads = [0, 0, 1, 2, 0, 8, 5, 5, 0, 8, 9, 10, 10]
    deps = ["ROOT", "acl", "agent", "pobj", "cc", "amod", "cc", "conj", "conj", "prep", "pobj", "punct", "conj"]
    lemmas = ["troop", "lead", "by", "Kenya", "and", "russian", "and", "US", "navy", "of", "Chad", ",", "Mali"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    doc.spans["actors"] = [Span(doc, 3, 4), Span(doc, 5, 6), Span(doc, 7, 8), Span(doc, 10, 11), Span(doc, 12, 13)]
    assert assert_same_phrases(doc) > 5
    assert [s.start for s in ActorIndex(doc).in_phrase_at(0)] == [3, 5, 7, 12]  # "Chad" itself is no conjunct
    # A capitalised lemma is no author verb, as spaCy's ``lemma_`` read it.
    doc2 = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
               lemmas=["troop", "Lead", *lemmas[2:]])
    doc2.spans["actors"] = [Span(doc2, 3, 4)]
    assert assert_same_phrases(doc2) and ActorIndex(doc2).in_phrase_at(0, 1) == []
