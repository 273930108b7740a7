"""Event coder component (placeholder: codes nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "realpolitik_events",
    default_config={"lexicon_files": []},
    assigns=["doc._.events"],
    requires=["doc.spans", "token.dep", "token.lemma"],
)
def make_event_coder(nlp: Language, name: str, lexicon_files: list[str]) -> EventCoder:
    return EventCoder()


class EventCoder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
