"""Actor resolver component (placeholder: countries named in NER entities via pycountry)."""

from __future__ import annotations

import pycountry
from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.records import Actor, ActorKind


@Language.factory(
    "realpolitik_actors",
    default_config={"actor_files": []},
    assigns=["doc.spans", "span._.actor", "span._.actor_reason"],
    requires=["doc.ents"],
)
def make_actor_resolver(nlp: Language, name: str, actor_files: list[str]) -> ActorResolver:
    return ActorResolver()


class ActorResolver:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "NORP"):
                continue
            try:
                country = pycountry.countries.lookup(ent.text.removeprefix("the "))
            except LookupError:
                continue
            ent._.actor = Actor(country.alpha_3, None, country.name, ActorKind.STATE)
            ent._.actor_reason = "country name"
            spans.append(ent)
        doc.spans["actors"] = spans
        return doc
