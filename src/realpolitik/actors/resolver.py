"""Actor resolver component: knowledge-base mentions → ``doc.spans["actors"]``.

Each span carries ``span._.actor`` (an Actor) and ``span._.actor_reason`` (why it resolved so).
Only knowledge-base aliases start an actor: a bare NER ORG never does, so advertisers and brand
names stay out. Rules (docs/actors.md): adjacent matches form one phrase ("North Korean leader Kim
Jong-un"); titles resolve to the office holder on ``doc._.published``; short forms ("Kim", "the
regime", "Pyongyang") follow their full mentions in the same document; names that are also
people's names or US states are checked against context.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from realpolitik.actors.context import DocContext, Resolution, resolve_phrase, sole_state_sector, states_by_sentence
from realpolitik.actors.kb import KnowledgeBase, load_kb
from realpolitik.actors.matcher import AliasTable, Match, group_phrases
from realpolitik.actors.opposition import opposed_state
from realpolitik.nlp import register_extensions
from realpolitik.records import Actor, ActorKind

log = logging.getLogger(__name__)
SPAN_KEY = "actors"
PLACE_TYPES = frozenset({"capital", "place"})
PLACE_KEY = "places"  # cities and regions named as places, with their state: where an act happens


@Language.factory(
    "realpolitik_actors",
    default_config={"actor_files": []},
    assigns=["doc.spans", "span._.actor", "span._.actor_reason"],
    requires=["doc.ents"],
)
def make_actor_resolver(nlp: Language, name: str, actor_files: list[str]) -> ActorResolver:
    return ActorResolver(load_kb(tuple(str(p) for p in actor_files)))


class ActorResolver:
    """Finds actor mentions by dictionary lookup and resolves them in document context."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.table = AliasTable(kb)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        context = DocContext(self.kb, doc)
        spans: list[Span] = []
        unnamed: list[list[Match]] = []
        for phrase in group_phrases(doc, self.table.scan(doc)):
            resolution = resolve_phrase(phrase, context)
            if resolution is None:
                unnamed.append(phrase)
                continue
            spans.append(_span(doc, resolution))
        states = states_by_sentence(spans, context) if unnamed else {}
        for phrase in unnamed:
            resolution = sole_state_sector(phrase, states, context) or opposed_state(phrase, spans, context)
            if resolution is not None:
                spans.append(_span(doc, resolution))
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda span: span.start)
        doc.spans[PLACE_KEY] = [_span(doc, p) for phrase in unnamed if (p := _place(phrase, self.kb)) is not None]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


def _place(phrase: list[Match], kb: KnowledgeBase) -> Resolution | None:
    """A lone city or region name that did not resolve as an actor ("in western Kabul") with its state, when
    every reading of the name lies in one state."""
    if len(phrase) != 1:
        return None
    aliases = [a for a in phrase[0].aliases if a.type in PLACE_TYPES]
    if not aliases or len(aliases) != len(phrase[0].aliases):
        return None
    states = {kb.actors[a.actor] for a in aliases}
    if len({a.code for a in states}) != 1 or any(a.kind != ActorKind.STATE for a in states):
        return None
    state = next(iter(states))
    actor = Actor(state.code, None, state.name, ActorKind.STATE)
    return Resolution(phrase[0].start, phrase[0].end, actor, f"place '{phrase[0].text}' lies in {state.name}")


def _span(doc: Doc, resolution: Resolution) -> Span:
    span = Span(doc, resolution.start, resolution.end, label=resolution.actor.kind.value.upper())
    span._.actor = resolution.actor
    span._.actor_reason = resolution.reason
    return span


__all__ = ["ActorResolver", "Resolution", "make_actor_resolver"]
