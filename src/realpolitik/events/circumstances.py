"""When and where an event happened: its date expression and its place, read off its sentence.

``SentenceFacts`` holds what all events of one sentence share (its text span and DATE entities), so that
they are read once per sentence; the functions place one draft within it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cached_property

from spacy.tokens import Span

from realpolitik.events.dates import resolve_date
from realpolitik.events.drafts import Draft
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import ActorIndex
from realpolitik.records import ActorKind, TextSpan


class SentenceFacts:
    """What the events of one sentence share, worked out once for all of them (``Span.text`` and the DATE
    entities each walk every token of the sentence; with its document's ``parse``, neither does)."""

    def __init__(self, sent: Span, parse: ParsedDoc | None = None) -> None:
        self.sent = sent
        self.parse = parse

    @cached_property
    def text(self) -> TextSpan:
        start, end = self.sent.start_char, self.sent.end_char
        return TextSpan(start, end, self.parse.text[start:end] if self.parse is not None else self.sent.text)

    @cached_property
    def dates(self) -> list[Span]:
        return date_entities(self.sent) if self.parse is None else date_entities_at(self.parse, self.sent)


def event_date(draft: Draft, shared: SentenceFacts, published: date | None):  # type: ignore[no-untyped-def]
    """The date expression attached to the event's clause (or noun phrase), resolved."""
    anchors = {t.i for t in (draft.trigger, draft.pred, draft.args_head) if t is not None}
    for ent in shared.dates:
        if reference_point(ent, shared.sent):
            continue
        node = ent.root
        for _ in range(4):
            if node.i in anchors:
                return resolve_date(ent.text, published)
            if node.head is node or node.pos_ in ("VERB", "AUX") and node.i not in anchors:
                break
            node = node.head
    return None


def date_entities(sent: Span) -> list[Span]:
    """The sentence's DATE entities, read off its own tokens (``Span.ents`` rebuilds every entity of the
    document on each call, which made dating the events of a long article quadratic)."""
    found: list[Span] = []
    start: int | None = None
    for token in sent:
        inside = token.ent_type_ == "DATE"
        if start is not None and (not inside or token.ent_iob_ == "B"):
            found.append(sent.doc[start : token.i])
            start = None
        if inside and start is None:
            start = token.i
    if start is not None:
        found.append(sent.doc[start : sent.end])
    return found


def date_entities_at(parse: ParsedDoc, sent: Span) -> list[Span]:
    """``date_entities`` read off the parsed document."""
    found: list[Span] = []
    start: int | None = None
    for i in range(sent.start, sent.end):
        inside = parse.ent_types[i] == "DATE"
        if start is not None and (not inside or parse.ent_iobs[i] == "B"):
            found.append(sent.doc[start:i])
            start = None
        if inside and start is None:
            start = i
    if start is not None:
        found.append(sent.doc[start : sent.end])
    return found


def reference_point(ent: Span, sent: Span) -> bool:
    """ "the first visit since 2007": the date is a point of comparison, not when the event happened."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before == "since" and any(t.lower_ in ("first", "last") for t in sent)


AIMING_PREPS = frozenset({"against", "on", "into"})


def place_objects(draft: Draft, parse: ParsedDoc) -> Iterator[int]:
    """Objects of the "in"/"at" phrases of the event's clause, by token index: its predicate, argument head,
    trigger and the predicate's direct object ("bombed a hospital in Afghanistan")."""
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    # Predicate, argument head and trigger are often one word: read each once.
    heads = list(dict.fromkeys(t.i for t in (draft.pred, draft.args_head, draft.trigger) if t is not None))
    heads += [c for c in children[heads[0]] if deps[c] == "dobj"] if heads else []
    # What the act is aimed at, placed: "an offensive against a Kurdish enclave in northern Syria".
    heads += [g for h in heads for p in children[h] if deps[p] == "prep" and lowers[p] in AIMING_PREPS
              for g in children[p] if deps[g] == "pobj"]
    for head in heads:
        for prep in children[head]:
            if deps[prep] == "prep" and lowers[prep] in ("in", "at"):
                yield from (g for g in children[prep] if deps[g] == "pobj")


def location_actor(draft: Draft, index: ActorIndex) -> Span | None:
    """The state named by an "in"/"at" phrase of the event's clause."""
    for pobj in place_objects(draft, index.parse):
        for span in index.in_phrase_at(pobj, 1):
            if index.actor(span).kind == ActorKind.STATE:
                return span
    return None


def named_place(draft: Draft, index: ActorIndex) -> list[Span]:
    """A city or region of an "in"/"at" phrase of the event's clause that names no actor ("attacked an army camp
    in western Kabul"), standing for its state as the act's target (docs/decisions.md, D30); not the source's
    own state, which the sentence's other actors or the domestic fallback give."""
    places = {p.end - 1: p for p in index.places}
    for pobj in place_objects(draft, index.parse):
        if pobj in places:
            return [] if index.among(places[pobj], draft.sources) else [places[pobj]]
    return []


def event_location(draft: Draft, index: ActorIndex) -> str | None:
    """A place in an "in"/"at" phrase of the event's clause: a state's code, else the place name."""
    taken = {s.start for s in draft.targets}
    parse = index.parse
    for pobj in place_objects(draft, parse):
        span = index.span_at(pobj)
        if span is not None and span.start not in taken and index.actor(span).kind == ActorKind.STATE:
            return str(index.actor(span).code)
        if parse.ent_types[pobj] in ("GPE", "LOC", "FAC") and span is None:
            token = parse.token(pobj)
            return " ".join(t.text for t in token.subtree if t.ent_type_ == token.ent_type_)
    return None


def sentence_place(draft: Draft, index: ActorIndex, sent: Span) -> list[Span]:
    """The last resort before a domestic target: a city or region named anywhere in the sentence, of a state
    other than the source's ("violated the ceasefire across the Line of Control in Jammu and Kashmir"); the first
    after the trigger, else the first before it."""
    places = [p for p in index.places if sent.start <= p.start < sent.end and not index.among(p, draft.sources)]
    first = [p for p in places if p.start > draft.trigger.i] or places
    return first[:1]
