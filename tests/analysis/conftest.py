"""A small hand-built store: four documents (one a near duplicate), events between CHN, PRK, USA, SGP, claims."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.records import Actor as ActorRecord
from realpolitik.records import (
    ActorKind,
    ActorRef,
    Claim,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
    OffsetMap,
    TextSpan,
)

NAMES = {"CHN": "China", "PRK": "North Korea", "USA": "United States", "SGP": "Singapore"}
QUADS = {"AID": (2, 7.4), "THREATEN": (3, -7.0), "CONSULT": (1, 1.0), "SANCTION": (4, -8.0)}


def make_document(doc_id: str, text: str, published: date | None, near_duplicate_of: str | None = None) -> Document:
    return Document(id=doc_id, origin=f"{doc_id}.txt", source_text=text, text=text,
                    offsets=OffsetMap.identity(len(text)), title=doc_id, published=published,
                    near_duplicate_of=near_duplicate_of)


def make_event(doc: str, source: str, target: str, plover: str, sentence: str, start: int = 0,
               when: str | None = None) -> Event:
    quad, goldstein = QUADS[plover]
    return Event(document=doc, source=ActorRef(source, None, NAMES[source], start, start + 3, NAMES[source]),
                 target=ActorRef(target, None, NAMES[target], start + 5, start + 8, NAMES[target]),
                 plover=plover, mode=None, cameo={"AID": "070", "THREATEN": "130", "CONSULT": "040",
                                                  "SANCTION": "163"}[plover],
                 quad=quad, goldstein=goldstein, modality=Modality.ASSERTED,
                 trigger=TextSpan(start + 4, start + 5, "x"), sentence=TextSpan(start, start + len(sentence), sentence),
                 date=when)


def make_claim(doc: str, subject: str, relation: str, objects: tuple[str, ...], sentence: str,
               value: float | None = None, holder: str = "author", stance: str = "asserts") -> Claim:
    return Claim(document=doc, holder=holder, subject=subject, relation=relation, object=objects,
                 sentence=TextSpan(0, len(sentence), sentence), value=value,
                 unit="share_of_trade" if value else None, stance=stance)


def mentions(doc: str, codes: tuple[str, ...]) -> tuple[Mention, ...]:
    return tuple(Mention(doc, i, i + 1, NAMES[c], ActorRecord(c, None, NAMES[c], ActorKind.STATE))
                 for i, c in enumerate(codes))


def extractions() -> list[Extraction]:
    aid = "China sent food aid to North Korea."
    threat = "The United States threatened North Korea."
    summit = "Kim met Trump at the Singapore summit."
    d1, d2, d3, d4 = (make_document("d1", aid + " " + threat, date(2018, 3, 1)),
                      make_document("d2", aid + " again", date(2018, 3, 2)),
                      make_document("d3", aid + " copy", date(2018, 3, 2), near_duplicate_of="d2"),
                      make_document("d4", summit, date(2018, 6, 12)))
    return [
        Extraction(d1, mentions=mentions("d1", ("CHN", "PRK", "USA")), events=(
            make_event("d1", "CHN", "PRK", "AID", aid),
            make_event("d1", "USA", "PRK", "THREATEN", threat, start=36)), claims=(
            make_claim("d1", "PRK", "trade_dependent_on", ("CHN",), "90% of North Korea's trade is with China.", 0.9),
            make_claim("d1", "CHN", "has_leverage_over", ("PRK",), "China has the most leverage over North Korea."),
            make_claim("d1", "USA", "caused", ("PRK",), "Supporters credit Trump.", holder="Trump's supporters",
                       stance="disagrees"))),
        Extraction(d2, mentions=mentions("d2", ("CHN", "PRK")), events=(make_event("d2", "CHN", "PRK", "AID", aid),),
                   claims=(make_claim("d2", "CHN", "largest_trading_partner_of", ("PRK",),
                                      "China is North Korea's largest trading partner."),
                           make_claim("d2", "PRK", "buffer_state_between", ("CHN", "USA"), "A buffer."))),
        Extraction(d3, mentions=mentions("d3", ("CHN", "PRK")), events=(make_event("d3", "CHN", "PRK", "AID", aid),)),
        Extraction(d4, mentions=mentions("d4", ("USA", "PRK", "SGP")), events=(
            make_event("d4", "USA", "PRK", "CONSULT", summit), make_event("d4", "SGP", "PRK", "CONSULT", summit,
                                                                          start=1))),
    ]


@pytest.fixture
def filled(store):
    for extraction in extractions():
        store.write(extraction)
    return store
