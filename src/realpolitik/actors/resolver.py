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
from realpolitik.nlp import register_extensions

log = logging.getLogger(__name__)
SPAN_KEY = "actors"


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
            resolution = sole_state_sector(phrase, states, context)
            if resolution is not None:
                spans.append(_span(doc, resolution))
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda span: span.start)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


def _span(doc: Doc, resolution: Resolution) -> Span:
    span = Span(doc, resolution.start, resolution.end, label=resolution.actor.kind.value.upper())
    span._.actor = resolution.actor
    span._.actor_reason = resolution.reason
    return span


__all__ = ["ActorResolver", "Resolution", "make_actor_resolver"]
