"""Releases by whoever held the released: "fishermen held captive in Libya have been freed" is Libya's act.

Only the holder can free someone, so a release whose released people carry their holding ("held by the
government in Libya", "held hostage in Yemen") is the holder's act towards them, whoever announced it or
whatever the parse took for the subject. The holding verbs are the lexicon list `holding`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import Lexicon
from realpolitik.events.roles import ActorIndex
from realpolitik.records import is_state_code

RELEASE_CODE = "0841"
PLACE_PREPS = ("in", "at")
TAKING = frozenset({"kidnap", "abduct", "seize", "capture"})  # where one was taken, not where one is held


def by_holder(draft: Draft, index: ActorIndex, lexicon: Lexicon) -> Draft:
    """The draft of a release with the holder as source and the released as target, when the sentence says
    who held them; else the draft as it is."""
    if draft.cameo != RELEASE_CODE or draft.unnamed:
        return draft
    for released in _released(draft.trigger):
        holding = _holding_verbs(released, lexicon)
        if draft.trigger.dep_ == "conj" and _is_holding(draft.trigger.head, lexicon):
            holding.append(draft.trigger.head)  # "fishermen, held captive in Libya, have been freed"
        for verb in holding:
            holders = _holders(verb, index, released)
            freed = [s for s in index.in_phrase(released) if not index.among(s, holders)]
            if holders and freed:
                return replace(draft, sources=_kept_sources(draft, holders[:1], index), targets=tuple(freed))
    return draft


def _kept_sources(draft: Draft, holders: list[Span], index: ActorIndex) -> tuple[Span, ...]:
    """The releaser as the parse has it when it is of the holder's state ("The Houthis released Saudi prisoners
    held in Yemen": the Houthis, not Yemen), else the holder."""
    state = index.actor(holders[0]).code
    same = tuple(s for s in draft.sources if index.actor(s).code == state)
    return same or tuple(holders)


def _released(trigger: Token) -> list[Token]:
    """Who is released: the verb's object or passive subject (its conjunct head's when it has none), the
    noun's "of" phrase."""
    if trigger.pos_ == "NOUN":
        return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    found = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and trigger.dep_ == "conj":
        found = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _is_holding(verb: Token, lexicon: Lexicon) -> bool:
    return verb.pos_ == "VERB" and lexicon.is_a("holding", verb.lemma_.lower())


def _holding_verbs(noun: Token, lexicon: Lexicon) -> list[Token]:
    """ "citizens who had been held by ...", "a citizen held hostage in ...": the holding told of the noun."""
    return [c for c in noun.children if c.dep_ in ("acl", "relcl") and _is_holding(c, lexicon)]


def _holders(verb: Token, index: ActorIndex, released: Token) -> list[Span]:
    """The holding verb's "by" phrase or active subject ("Saudi Arabia detained fishermen … and released"), else
    the state of its place ("held in Libya", "held hostage in Yemen"); not where someone was taken ("kidnapped in
    Baghdad" says nothing of who holds them)."""
    # An active subject holds, unless it is the held themselves ("fishermen held captive", read as active).
    active = any(c.dep_ == "dobj" for c in verb.children)
    held = index.in_phrase(released)
    agents = [s for c in verb.children if c.dep_ == "agent" or (c.dep_ == "nsubj" and active)
              for g in (c.children if c.dep_ == "agent" else [c]) if g.dep_ in ("pobj", "nsubj")
              for s in index.in_phrase(g) if not index.among(s, held)]
    if agents or verb.lemma_.lower() in TAKING:
        return agents
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    places += [g for p in list(places) for c in p.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
               for g in c.children if g.dep_ == "pobj"]  # "held in hostage in Yemen"
    return [s for p in places for s in index.in_phrase(p, 1) if is_state_code(index.actor(s).code)][:1]
