"""How the learned typer reviews the events the rules coded in a sentence (docs/events.md; D18, D19).

The coder asks the typer for its reading of a rule-coded sentence; these functions decide which event of the
typer's it may add and which of the rules' events that reading may remove.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.lexicon import Lexicon
from realpolitik.events.roles import ActorIndex
from realpolitik.records import Event

# How a light verb's event noun hangs from it ("imposed sanctions", "the war game was staged by ...").
LIGHT_OBJECT = ("dobj", "nsubjpass")


def trigger_token(sent: Span, event: Event) -> Token | None:
    """The head word of an event's trigger ("game" of "war game"); None when it is not in the sentence."""
    span = sent.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not (sent.start <= span.root.i < sent.end):
        return None
    return span.root


def main_clause_event(sent: Span, event: Event, lexicon: Lexicon) -> bool:
    """Whether the sentence's root says the event: its trigger is the root, or an event noun that a light verb
    at the root carries ("the war game was staged by U.S. marines": the noun is the trigger, the root the act)."""
    root = sent.root
    if event.trigger.start == root.idx:
        return True
    token = trigger_token(sent, event)
    if token is None:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # "launched air and artillery strikes"
        token = token.head
    return (token.dep_ in LIGHT_OBJECT and token.head.i == root.i
            and lexicon.is_a("light_verbs", root.lemma_.lower()))


def may_add(sent: Span, index: ActorIndex, word: Token, events: list[Event]) -> bool:
    """Whether the typer's event said by ``word`` may join the rules' ``events``: not when a rule event is
    triggered by that word, when the word is part of an actor's name ("Jordanian armed forces"), or when it
    sits under a rule event's trigger other than the root ("willing to provide assistance", "after protests
    calling for his removal": the rules coded the act that embeds it; a root speech verb's content is news)."""
    if any(e.trigger.start == word.idx for e in events) or index.at(word) is not None:
        return False
    for event in events:
        token = trigger_token(sent, event)
        if token is not None and token.i != sent.root.i and token in word.ancestors:
            return False
    return True
