"""Talks and phone calls told around another act, and calls made to a party.

"In a phone call with Erdogan, Putin urged Turkey to …" tells two events: the call, set in the clause of
the appeal, and the appeal. "Merkel called Putin on Tuesday" is a phone call to Putin; "called Putin a
liar", "called early elections" and "called for sanctions" are not. Speaking about something to no one
named is no talks.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.lexicon import Lexicon, Pattern
from realpolitik.events.roles import ActorIndex

# Prepositions that set an act in the time or place of talks: "during a visit", "after weeks of talks".
SETTING_PREPS = frozenset({"during", "after", "at", "following", "amid", "while"})
# Talks and calls (not a visit: "in the first visit to Russia by" restates the act it follows) are a
# setting after "in" too.
IN_SETTING = ("040", "041")
# Dependents that make a called party's verb one of naming ("called Erdogan a liar").
NAMING_DEPS = frozenset({"oprd", "ccomp", "acomp", "attr"})
PARTNER_PREPS = frozenset({"with", "to"})


def setting_prep(prep: Token, cameo: str) -> bool:
    """Whether ``prep`` sets talks coded ``cameo`` as the time or place of the act it hangs on."""
    return prep.lower_ in SETTING_PREPS or (prep.lower_ == "in" and cameo in IN_SETTING)


def uncalled(index: ActorIndex, lexicon: Lexicon, verb: Token, pattern: Pattern) -> bool:
    """A bare calling verb (lexicon list ``calling``) whose object is no actor, or is named something, or with a
    particle."""
    if pattern.required or not lexicon.is_a("calling", verb.lemma_.lower()):
        return False
    return _no_party_called(index, verb)


def _no_party_called(index: ActorIndex, verb: Token) -> bool:
    if any(c.dep_ in NAMING_DEPS or c.dep_ == "prt" for c in verb.children):
        return True  # "called Erdogan a liar", "called off the talks"
    # The object itself is the party called ("his Lebanese counterpart"), not what a party owns ("called
    # Russia's bluff").
    return not any(index.at(t) is not None for c in verb.children if c.dep_ == "dobj"
                   for t in (c, *(m for m in c.children if m.dep_ in ("amod", "compound"))))


def unpartnered(index: ActorIndex, lexicon: Lexicon, verb: Token, pattern: Pattern, sources: list[Span]) -> bool:
    """A bare talking verb (lexicon list ``partnered``) with one party and none "with" or "to" it: "has been
    speaking about American military intervention" is speech, not talks; "spoke with Erdogan" and "Putin and
    Erdogan talked" are talks."""
    if pattern.required or not lexicon.is_a("partnered", verb.lemma_.lower()) or index.several_parties(sources):
        return False
    return _no_partner(index, verb)


def _no_partner(index: ActorIndex, verb: Token) -> bool:
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS]
    return not any(index.in_phrase(o) for p in preps for o in p.children if o.dep_ == "pobj")


def guess_turned_down(index: ActorIndex, lexicon: Lexicon, trigger: Token) -> bool:
    """The typer's trigger is a call or a talk the rules turned down ("called Erdogan a liar", "spoke to
    reporters about Ukraine"); "called for" and "called on" are appeals, and several speakers talk together."""
    lemma = trigger.lemma_.lower()
    if lexicon.is_a("calling", lemma):
        appeal = any(c.dep_ in ("prep", "mark", "prt") and c.lower_ in ("for", "on", "upon") for c in trigger.subtree)
        return not appeal and _no_party_called(index, trigger)
    if lexicon.is_a("partnered", lemma):
        speakers = [s for t in index.subject_indices(trigger.i) for s in index.in_phrase_at(t)]
        return not index.several_parties(speakers) and _no_partner(index, trigger)
    return False
