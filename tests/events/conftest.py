"""Fixtures for the event coder: a pipeline whose actors come from a small fixed gazetteer.

The coder is tested on its own contract (``doc.spans["actors"]``), independent of the resolver:
``gazetteer_actors`` marks the names below as actors, longest match first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from realpolitik.events.coder import EventCoder
from realpolitik.events.typer import NONE, SentenceTyper
from realpolitik.records import Actor, ActorKind, Event
from realpolitik.settings import Settings

GAZETTEER: dict[str, tuple[str, str | None, ActorKind]] = {
    "China": ("CHN", None, ActorKind.STATE),
    "Chinese": ("CHN", None, ActorKind.STATE),
    "Beijing": ("CHN", None, ActorKind.STATE),
    "Chinese soldiers": ("CHN", "MIL", ActorKind.SECTOR),
    "Chinese businesses": ("CHN", "BUS", ActorKind.SECTOR),
    "Russia": ("RUS", None, ActorKind.STATE),
    "Moscow": ("RUS", None, ActorKind.STATE),
    "the United States": ("USA", None, ActorKind.STATE),
    "The United States": ("USA", None, ActorKind.STATE),
    "the US": ("USA", None, ActorKind.STATE),
    "Washington": ("USA", None, ActorKind.STATE),
    "Trump": ("USA", "GOV", ActorKind.LEADER),
    "Donald Trump": ("USA", "GOV", ActorKind.LEADER),
    "North Korea": ("PRK", None, ActorKind.STATE),
    "Pyongyang": ("PRK", None, ActorKind.STATE),
    "Kim": ("PRK", "GOV", ActorKind.LEADER),
    "Kim Jong-un": ("PRK", "GOV", ActorKind.LEADER),
    "Kim Jong Un": ("PRK", "GOV", ActorKind.LEADER),
    "the North Koreans": ("PRK", None, ActorKind.STATE),
    "North Korean": ("PRK", None, ActorKind.STATE),
    "North Korean leader Kim Jong-un": ("PRK", "GOV", ActorKind.LEADER),
    "South Korea": ("KOR", None, ActorKind.STATE),
    "Seoul": ("KOR", None, ActorKind.STATE),
    "Moon Jae-in": ("KOR", "GOV", ActorKind.LEADER),
    "Japan": ("JPN", None, ActorKind.STATE),
    "Tokyo": ("JPN", None, ActorKind.STATE),
    "Singapore": ("SGP", None, ActorKind.STATE),
    "Germany": ("DEU", None, ActorKind.STATE),
    "France": ("FRA", None, ActorKind.STATE),
    "India": ("IND", None, ActorKind.STATE),
    "Pakistan": ("PAK", None, ActorKind.STATE),
    "Iran": ("IRN", None, ActorKind.STATE),
    "Israel": ("ISR", None, ActorKind.STATE),
    "Syria": ("SYR", None, ActorKind.STATE),
    "Turkey": ("TUR", None, ActorKind.STATE),
    "Ukraine": ("UKR", None, ActorKind.STATE),
    "Egypt": ("EGY", None, ActorKind.STATE),
    "Iraq": ("IRQ", None, ActorKind.STATE),
    "the United Nations": ("IGOUNO", "IGO", ActorKind.IGO),
    "United Nations": ("IGOUNO", "IGO", ActorKind.IGO),
    "the European Union": ("IGOEU", "IGO", ActorKind.IGO),
    "international": ("IGO", "IGO", ActorKind.IGO),
    "Japanese police": ("JPN", "COP", ActorKind.SECTOR),
    "protesters": ("---", "CVL", ActorKind.SECTOR),
    "Egyptian protesters": ("EGY", "CVL", ActorKind.SECTOR),
    "Indian troops": ("IND", "MIL", ActorKind.SECTOR),
}


@Language.factory("events_test_actors", requires=[], assigns=["doc.spans"])
def make_gazetteer_actors(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("ACTOR", [nlp.make_doc(text) for text in GAZETTEER])

    def mark(doc: Doc) -> Doc:
        spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
        for span in spans:
            code, sector, kind = GAZETTEER[span.text]
            span._.actor = Actor(code, sector, span.text, kind)
            span._.actor_reason = "test gazetteer"
        doc.spans["actors"] = spans
        return doc

    return mark


def build_test_pipeline(settings: Settings) -> Language:
    from realpolitik.events import coder  # noqa: F401  (registers the factory)
    from realpolitik.nlp import load_model, register_extensions

    register_extensions()
    nlp = load_model(settings.model)
    nlp.add_pipe("events_test_actors")
    nlp.add_pipe("realpolitik_events", config={"lexicon_files": [str(p) for p in settings.lexicon_files]})
    return nlp


@pytest.fixture(scope="session")
def events_nlp(settings: Settings) -> Language:
    return build_test_pipeline(settings)


@pytest.fixture(scope="session")
def code(events_nlp: Language) -> Callable[..., list[Event]]:
    """code(text, published=None) -> the events of one text."""
    from realpolitik.nlp import parse

    def run(text: str, published: date | None = date(2018, 5, 2)) -> list[Event]:
        doc = next(parse(events_nlp, [(text, published)]))
        return list(doc._.events)

    return run


# "pummel" is in no lexicon entry: only the typer can code it.
PUMMEL = SentenceTyper(classes=("ASSAULT", NONE), bias=(0.0, 0.0), weights={"lemma=pummel": (4.0, -4.0)})


@pytest.fixture
def typer_coder(events_nlp: Language) -> Callable[..., list[Event]]:
    """typer_coder(text, typer=PUMMEL, min_probability=0.4, override_probability=0.5, veto_probability=0.6)
    -> events coded with that typer."""
    base = events_nlp.get_pipe("realpolitik_events")

    def run(text: str, typer: SentenceTyper | None = PUMMEL, min_probability: float = 0.4,
            override_probability: float = 0.5, veto_probability: float = 0.6, unlikely_probability: float = 0.05):
        doc = events_nlp(text)
        coder = EventCoder(base.lexicon, base.ontology, typer=typer, min_probability=min_probability,
                           override_probability=override_probability, veto_probability=veto_probability,
                           unlikely_probability=unlikely_probability)
        return list(coder(doc)._.events)

    return run
