"""Deployments for protection: peacekeeping or rescue forces are AID 074, not a show of force (D22, D23)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import Lexicon
from realpolitik.events.roles import ActorIndex
from realpolitik.records import is_state_code

PEACEKEEPING_CODE = "074"
ARRIVAL_CODE = "042"  # "peacekeepers arrive in Juba" is their deployment, not a visit


def for_peacekeeping(lexicon: Lexicon, index: ActorIndex, draft: Draft) -> Draft:
    """A deployment whose phrase names a peacekeeping or rescue purpose is protection, AID 074 ("sending troops
    to the UN peacekeeping force in South Sudan", "deployed search-and-rescue teams", "Japanese peacekeepers
    arrive"); it protects the state where the force goes rather than the body that leads it."""
    arrival = draft.cameo == ARRIVAL_CODE and draft.subject is not None and _peacekeeping(lexicon, draft.subject)
    if not draft.cameo.startswith("15") and not arrival:
        return draft
    phrase = _phrase(draft)
    if not arrival and not any(_peacekeeping(lexicon, t) for t in phrase):
        return draft
    targets = draft.targets
    if all(index.actor(t).code.startswith("IGO") for t in targets):
        where = {t.i for t in phrase}
        places = [s for s in index.in_sentence(draft.trigger.sent) if s.start in where
                  and is_state_code(index.actor(s).code) and not index.among(s, draft.sources)]
        targets = tuple(places[:1]) or targets
    return replace(draft, cameo=PEACEKEEPING_CODE, plover=None, targets=targets)


def _peacekeeping(lexicon: Lexicon, token: Token) -> bool:
    return lexicon.is_a("peacekeeping", token.lemma_.lower()) or lexicon.is_a("peacekeeping", token.lower_)


def _phrase(draft: Draft) -> list[Token]:
    """The words that tell the deployment: its verb's, or its noun's with the prepositions of the verb that
    carries the noun ("announced the deployment of troops to Liberia on a peacekeeping mission")."""
    if draft.pred is not None and draft.trigger.pos_ != "NOUN":
        return list(draft.pred.subtree)
    found = list(draft.trigger.subtree)
    if draft.pred is not None:
        found += [t for c in draft.pred.children if c.dep_ == "prep" for t in c.subtree]
    return found
