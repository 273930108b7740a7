"""The parse read once per document (realpolitik.events.parsecache) answers as spaCy's Tokens do, and the rules'
and the typer's readings off it (match_at, subjects_at, token_features_at, ...) equal their Token versions."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.events.circumstances import SentenceFacts, date_entities
from realpolitik.events.coder import _skipped_modifier
from realpolitik.events.lexicon import pattern_plover
from realpolitik.events.matching import match_at
from realpolitik.events.parsecache import ParsedDoc, StringTable
from realpolitik.events.roles import ActorIndex, subjects_at
from realpolitik.events.typer import CONTENT_POS, OBJECT_DEPS, actor_features, token_features_at
from realpolitik.events.vectors import SentenceVectors, lexicon_types, load_word_vectors
from tests.events.tokenref import closeness_feature, match, subject_tokens

TEXTS = [
    "China and Russia signed a treaty in Moscow on Monday, and Trump said it would not lift the sanctions.",
    "North Korean leader Kim Jong-un, who met Moon Jae-in last year, threatened to launch strikes on Japan.",
    "USAID provided aid to Syria after the earthquake, but Iran was accused by Israel of shelling a town.",
    "Protesters rallied in Egypt on 3 March 2014 and the army carried out a wave of arrests near the border with "
    "Turkey.",
    "It was China that guaranteed the deal; the United Nations urged India to hold talks with Pakistan.",
    "Why would France call for a general strike?",
]


@pytest.fixture(scope="module")
def docs(events_nlp) -> list[Doc]:
    return [events_nlp(text) for text in TEXTS]


def test_parsed_doc_reads_what_tokens_say(docs):
    strings = StringTable()
    for doc in docs:
        parse = ParsedDoc(doc, strings)
        assert len(parse) == len(doc) and parse.text == doc.text
        for t in doc:
            i = t.i
            assert (parse.heads[i], parse.deps[i], parse.lemmas[i], parse.lowers[i]) == (
                t.head.i, t.dep_, t.lemma_.lower(), t.lower_)
            assert (parse.tags[i], parse.pos[i], parse.ent_types[i], parse.ent_iobs[i]) == (
                t.tag_, t.pos_, t.ent_type_, t.ent_iob_)
            assert parse.lemma_ids[i] == t.lemma and parse.stop[i] == t.is_stop
            assert parse.plain[i] == (t.is_stop or t.is_punct or t.like_num)
            assert parse.capital(i) == (t.text[:1].isupper() and t.is_alpha)
            assert parse.children[i] == [c.i for c in t.children]
            assert parse.token(i) is parse.token(i) and parse.token(i) == t


def test_a_hand_built_doc_and_an_empty_one():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Troops", "fired", "shells", "."], heads=[1, 1, 1, 1],
              deps=["nsubj", "ROOT", "dobj", "punct"])
    parse = ParsedDoc(doc)
    assert parse.heads == [1, 1, 1, 1] and parse.children == [[], [0, 2, 3], [], []]
    assert parse.deps == ["nsubj", "ROOT", "dobj", "punct"] and parse.lowers[0] == "troops"
    assert len(ParsedDoc(Doc(vocab, words=[]))) == 0


def test_subjects_and_matches_by_index_equal_the_token_versions(docs, events_nlp):
    lexicon = events_nlp.get_pipe("realpolitik_events").lexicon
    for doc in docs:
        parse, index = ParsedDoc(doc), ActorIndex(doc)
        for t in doc:
            assert [doc[i] for i in subjects_at(parse, t.i)] == subject_tokens(t)
            assert index.subjects(t) == subject_tokens(t)
            for table in (lexicon.verbs, lexicon.nouns):
                patterns = table.get(t.lemma_.lower(), ())
                assert match_at(parse, t.i, patterns) == match(t, patterns)
            # Words of the lexicon read as any head, so that patterns needing more words are tried too.
            for patterns in (lexicon.verbs["call"], lexicon.nouns["strike"], lexicon.verbs["carry"]):
                assert match_at(parse, t.i, patterns) == match(t, patterns)


def hint_types(hints, token) -> frozenset[str]:
    """The typer's lexicon hints for a word, read through spaCy's Token: the reference for ``types_at``."""
    table = hints.lexicon.verbs if token.pos_ == "VERB" else (
        hints.lexicon.nouns if token.pos_ in ("NOUN", "PROPN") else {})
    patterns = table.get(token.lemma_.lower(), ())
    plain = frozenset({pattern_plover(p, hints.ontology) for p in patterns if not p.required} - {""})
    matched = match(token, tuple(p for p in patterns if p.required))
    return frozenset({pattern_plover(matched[0], hints.ontology)} - {""}) if matched else plain


def token_features(token, hints) -> list[str]:
    """The typer's features of a word, read through spaCy's Token: the reference for ``token_features_at``."""
    if token.is_stop or token.is_punct or token.like_num:
        return []
    lemma, pos, dep = token.lemma_.lower(), token.pos_, token.dep_
    found: list[str] = []
    if pos in CONTENT_POS:
        found.append(f"lemma={lemma}")
        for plover in hint_types(hints, token):
            found += [f"lexicon={plover}", f"lexicon={plover}/{dep}"]
    if pos == "VERB":
        found += [f"verb={lemma}>{c.dep_}={c.lemma_.lower()}" for c in token.children if c.dep_ in OBJECT_DEPS]
        if (kind := hints.frame_kind(lemma)) is not None:
            found.append(f"frame={kind}")
    if dep == "ROOT":
        found.append(f"root={lemma}")
    if dep == "neg":
        found.append("negation")
    return found


def test_typer_features_by_index_equal_the_token_versions(docs, events_nlp):
    coder = events_nlp.get_pipe("realpolitik_events")
    for doc in docs:
        index = ActorIndex(doc)
        for t in doc:
            assert token_features_at(index.parse, t.i, coder.hints) == token_features(t, coder.hints)
            assert coder.hints.types_at(index.parse, t.i) == hint_types(coder.hints, t)
        for sent in doc.sents:
            assert actor_features(sent, index, {"actor_subject=sign", "actor_subject=threaten"}) == [
                f for f in actor_features(sent, index) if not f.startswith("actor_subject=")
                or f in ("actor_subject=sign", "actor_subject=threaten")]


def test_dense_features_off_the_parse_are_the_same_numbers(docs, events_nlp):
    coder = events_nlp.get_pipe("realpolitik_events")
    vectors = SentenceVectors(load_word_vectors(), coder.lexicon, coder.ontology,
                              lexicon_types(coder.lexicon, coder.ontology), 1.0)
    for doc in docs:
        parse = ParsedDoc(doc)
        for sent in doc.sents:
            assert np.array_equal(vectors.features(sent, parse=parse), vectors.features(sent))
        for t in doc:
            for plover in (*vectors.types, "NONE"):
                assert vectors.closeness_feature(parse, t.i, plover) == closeness_feature(vectors, t, plover)


def test_sentence_facts_off_the_parse(docs):
    for doc in docs:
        parse = ParsedDoc(doc)
        for sent in doc.sents:
            fast, slow = SentenceFacts(sent, parse), SentenceFacts(sent)
            assert fast.text == slow.text and fast.text.text == sent.text
            assert [(d.start, d.end) for d in fast.dates] == [(d.start, d.end) for d in date_entities(sent)]


def test_skipped_modifiers_by_index(docs, events_nlp):
    lexicon = events_nlp.get_pipe("realpolitik_events").lexicon
    vocab = docs[0].vocab
    backed = Doc(vocab, words=["Iran", "-", "backed", "Houthis"], heads=[2, 2, 3, 3],
                 deps=["npadvmod", "punct", "amod", "ROOT"], tags=["NNP", "HYPH", "VBN", "NNPS"],
                 lemmas=["Iran", "-", "back", "Houthis"])
    for doc in (*docs, backed):
        parse = ParsedDoc(doc)
        for t in doc:
            expected = t.tag_ == "VBN" and t.dep_ in ("amod", "acl", "compound") and any(
                p.cameo[:2] == "05" for p in lexicon.verbs.get(t.lemma_.lower(), ()))
            assert _skipped_modifier(parse, t.i, lexicon) == expected
    assert _skipped_modifier(ParsedDoc(backed), 2, lexicon)
