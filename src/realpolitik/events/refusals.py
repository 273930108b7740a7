"""Declining to yield: a stated refusal to ease, release or withdraw is an act of its own.

"Israel will not release the prisoners" reports no release: the RETREAT is kept, negated, as the issue's
factuality asks. It also reports Israel's refusal, which CAMEO codes as "Decline to yield" (124x, PLOVER
REJECT), asserted and between the same actors. Only refusals stated for now or later count ("will not lift
the embargo", "won't release"); "did not release" is a negated past act and nothing more.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from realpolitik.events.targets import aimed_at_home
from realpolitik.ontology import Ontology
from realpolitik.records import ActorRef, Event, Modality

# The yielding codes (CAMEO 08x) and their refusals (124x), most specific first.
REFUSED_YIELDS = (("081", "1241"), ("082", "1242"), ("084", "1243"), ("085", "1244"), ("086", "1245"),
                  ("087", "1246"), ("08", "124"),
                  ("075", "120"))  # "will not accept refugees": CAMEO has no "decline asylum"; a plain REJECT
STATED_INTENT = frozenset({"will", "wo", "would", "shall"})  # "will not", "won't", "would not"


def refusal_code(cameo: str) -> str | None:
    """The 124x code that declines the 08x act ``cameo``; None for any other act."""
    return next((refusal for prefix, refusal in REFUSED_YIELDS if cameo.startswith(prefix)), None)


def states_refusal(trigger: Token) -> bool:
    """Whether the act's verb is negated under "will" / "would" ("will not lift the ban"); a noun trigger is
    read through the verb it is the object of ("will not make concessions")."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") else trigger
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in STATED_INTENT for c in children)


def declined_yields(events: list[Event], doc: Doc, ontology: Ontology) -> list[Event]:
    """The asserted REJECT 124x of each negated yielding event (08x) whose verb states a refusal; a protest
    its actors will not end goes on ("will not end the strike": an asserted strike too)."""
    declined = []
    for event in events:
        code = refusal_code(event.cameo) if event.modality == Modality.NEGATED else None
        trigger = doc.char_span(event.trigger.start, event.trigger.end) if code is not None else None
        if code is None or trigger is None or not states_refusal(trigger.root):
            continue
        declined.append(_recoded(event, code, ontology))
        protest = _continued_protest(trigger.root)
        if protest is not None:
            declined.append(_recoded(event, protest, ontology,
                                     target=event.target or _home(event.source)))
    return declined


def _home(source: ActorRef) -> ActorRef | None:
    """The government a continued protest is aimed at; none for an unnamed actor's (code "")."""
    return aimed_at_home(source, "PROTEST") if source.code else None


# Protests that their actors refuse to end, by the noun ended: strikes and boycotts (143), hunger strikes
# (142), demonstrations (141).
CONTINUED_PROTESTS = {"strike": "143", "boycott": "143", "walkout": "143", "protest": "141",
                      "demonstration": "141", "sit": "141"}


def _continued_protest(verb: Token) -> str | None:
    """The protest code of the object of a refused "end" ("will not end the strike"), else None."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in CONTINUED_PROTESTS:
            hunger = any(c.lower_ == "hunger" for c in child.children)
            return "142" if hunger else CONTINUED_PROTESTS[child.lemma_.lower()]
    return None


def _recoded(event: Event, code: str, ontology: Ontology, target: ActorRef | None = None) -> Event:
    entry = ontology.get(code)
    return replace(event, plover=entry.plover, cameo=code, mode=entry.mode or None, quad=entry.quad,
                   goldstein=entry.goldstein, modality=Modality.ASSERTED, target=target or event.target)
