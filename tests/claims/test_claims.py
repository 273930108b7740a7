"""Claims from hand-built Docs whose actor spans are set by hand (no resolver needed)."""

from __future__ import annotations

import re

import pytest
import spacy

from realpolitik.claims import extract_claims, reported_holder
from realpolitik.nlp import register_extensions
from realpolitik.records import Actor, ActorKind

NAMES = {"US-backed": "USA", "North Korea": "PRK", "China": "CHN", "Chinese government": "CHN", "US government": "USA",
         "Trump": "USA", "Kim Jong-un": "PRK", "South Korea": "KOR", "United States": "USA", "U.S.": "USA"}


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    return spacy.blank("en")


def make_doc(blank, text: str):
    doc = blank(text)
    spans = []
    pattern = "|".join(sorted((re.escape(n) for n in NAMES), key=len, reverse=True))
    for match in re.finditer(pattern, text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        span._.actor = Actor(NAMES[match.group()], None, match.group(), ActorKind.STATE)
        spans.append(span)
    doc.spans["actors"] = spans
    return doc


def relations(blank, text: str):
    return [(c.holder, c.subject, c.relation, c.object, c.value, c.stance)
            for c in extract_claims(make_doc(blank, text))]


def test_trade_share_keeps_value_and_unit(blank):
    text = "China provides North Korea with food, which accounts for more than 90% of North Korea's total trade."
    found = extract_claims(make_doc(blank, text))
    assert [(c.subject, c.relation, c.object, c.value, c.unit) for c in found] == [
        ("PRK", "trade_dependent_on", ("CHN",), 0.9, "share_of_trade")]
    assert found[0].sentence.text == text and found[0].sentence.start == 0


def test_largest_trading_partner_and_benefactor(blank):
    found = relations(blank, "China is North Korea's largest trading partner and most significant economic benefactor.")
    assert ("author", "CHN", "largest_trading_partner_of", ("PRK",), None, "asserts") in found
    assert ("author", "CHN", "patron_of", ("PRK",), None, "asserts") in found


def test_leverage_skips_denied_actors(blank):
    text = "The institution with the most leverage over North Korea is not the US government or Trump; " \
           "it's the Chinese government."
    assert relations(blank, text) == [("author", "CHN", "has_leverage_over", ("PRK",), None, "asserts")]


def test_buffer_state_takes_subject_from_previous_sentence(blank):
    text = "China wants North Korea to survive. This is to ensure that there is a buffer between " \
           "the US-backed South Korea and China."
    found = [c for c in extract_claims(make_doc(blank, text)) if c.relation == "buffer_state_between"]
    assert found and found[0].subject == "PRK" and set(found[0].object) == {"KOR", "CHN"}
    assert found[0].sentence.start == text.index("This is")


def test_buffer_state_sides_skip_modifiers(blank):
    found = relations(blank, "North Korea is a buffer between the US-backed South Korea and China.")
    assert found == [("author", "PRK", "buffer_state_between", ("KOR", "CHN"), None, "asserts")]
    found = relations(blank, "North Korea is a buffer between the U.S. troops stationed in South Korea and China.")
    assert found[0][3] == ("USA", "CHN")


def test_buffer_state_acts_as(blank):
    found = relations(blank, "North Korea acts as a buffer state between China and the United States.")
    assert found == [("author", "PRK", "buffer_state_between", ("CHN", "USA"), None, "asserts")]


def test_ally(blank):
    found = relations(blank, "For North Korea, China represents its most significant ally on the world stage.")
    assert found == [("author", "CHN", "ally_of", ("PRK",), None, "asserts")]


def test_reported_claim_with_author_disagreement(blank):
    text = "Many of Trump's supporters are giving him credit for bringing Kim Jong-un to the table. " \
           "While Trump may have played a small role, I find this very hard to believe."
    found = relations(blank, text)
    assert ("Trump's supporters", "USA", "caused", ("PRK",), None, "disagrees") in found


def test_reported_holder():
    assert reported_holder("Officials in Seoul say China is the main ally.") == "Officials in Seoul"
    assert reported_holder("China is the main ally, according to the ministry.") == "the ministry"
    assert reported_holder("China is the main ally.") == "author"


def test_no_actors_no_claims(blank):
    assert relations(blank, "There is a buffer between them and 90% of trade is local.") == []


def test_reporting_frame_found_in_joined_sentences(blank):
    # The parser may join a question and the next sentence; the holder comes from the clause with the cue.
    text = "So, what changed? Many of Trump's supporters are giving him credit for bringing Kim Jong-un " \
           "to the table."
    assert relations(blank, text)[0][:3] == ("Trump's supporters", "USA", "caused")


def test_negated_claim_is_disputed(blank):
    found = relations(blank, "China is no longer the principal ally of North Korea.")
    assert found == [("author", "CHN", "ally_of", ("PRK",), None, "disputes")]


def test_component_sets_claims(blank):
    import realpolitik.claims  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("realpolitik_claims")
    doc = make_doc(nlp, "China is North Korea's largest trading partner.")
    doc = nlp.get_pipe("realpolitik_claims")(doc)
    assert [c.relation for c in doc._.claims] == ["largest_trading_partner_of"]


def test_every_cue_has_a_word_of_the_prefilter():
    # sentence_claims skips sentences without any CUE_WORDS; a new cue needs a word there.
    from realpolitik.claims import CUE_WORDS, CUES

    for cue in CUES:
        assert any(word in cue.pattern.pattern.lower() for word in CUE_WORDS), cue.relation
