"""The whole job: ingest → clean → nlp → actors → events → claims → store.

``run_paths`` drives it in this process; ``run_paths(..., client=dask_client)`` parses on a
Dask cluster while this process stays the single writer to the store.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.clean import clean
from realpolitik.dedup import DuplicateIndex
from realpolitik.errors import InputError, SkipInput
from realpolitik.ingest import iter_inputs
from realpolitik.nlp import build_pipeline, parse
from realpolitik.records import (
    ActorRef,
    Claim,
    Document,
    Event,
    Extraction,
    InputState,
    InputStatus,
    Mention,
    RawInput,
    Sentence,
    TextSpan,
)
from realpolitik.settings import Settings
from realpolitik.store import Store, WriteResult

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass(frozen=True)
class RunReport:
    inputs: int
    ok: int
    skipped: int
    errors: int
    duplicates: int
    resumed: int
    events: int
    claims: int
    seconds: float


# -- Doc → records ------------------------------------------------------------------------------


def extract(doc: Doc, document: Document) -> Extraction:
    """The records of one parsed document, with offsets moved into its source text."""
    mapper = _SpanMapper(document)
    sentences = tuple(
        Sentence(document.id, i, *mapper.bounds(s.start_char, s.end_char), s.text.strip())
        for i, s in enumerate(doc.sents))
    mentions = tuple(
        Mention(document.id, *mapper.bounds(s.start_char, s.end_char), s.text, s._.actor, s._.actor_reason or "")
        for s in doc.spans.get("actors", []) if s._.actor is not None)
    events = tuple(mapper.event(e) for e in (doc._.events or []))
    claims = tuple(mapper.claim(c) for c in (doc._.claims or []))
    return Extraction(document, sentences, mentions, events, claims)


class _SpanMapper:
    """Moves doc-relative offsets to the document's source text and fills in the document id."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        # Trim white space first: a span ending in white space that follows a removed stretch would
        # otherwise map across that stretch and quote it (an ad inside an evidence sentence).
        text = self.document.text
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return self.document.offsets.span_to_source(start, end)

    def text_span(self, span: TextSpan) -> TextSpan:
        start, end = self.bounds(span.start, span.end)
        return TextSpan(start, end, self.document.source_text[start:end])

    def ref(self, ref: ActorRef | None) -> ActorRef | None:
        if ref is None:
            return None
        start, end = self.bounds(ref.start, ref.end)
        return replace(ref, start=start, end=end)

    def event(self, event: Event) -> Event:
        source = self.ref(event.source)
        assert source is not None
        return replace(event, document=self.document.id, source=source, target=self.ref(event.target),
                       attributed_to=self.ref(event.attributed_to), trigger=self.text_span(event.trigger),
                       sentence=self.text_span(event.sentence))

    def claim(self, claim: Claim) -> Claim:
        return replace(claim, document=self.document.id, sentence=self.text_span(claim.sentence))


# -- cleaning with statuses ---------------------------------------------------------------------


def clean_inputs(items: Iterable[RawInput | InputStatus], settings: Settings,
                 on_status: Callable[[InputStatus], None]) -> Iterator[Document]:
    """Cleaned Documents; every input that yields none gets its status through ``on_status``."""
    for item in items:
        if isinstance(item, InputStatus):
            on_status(item)
            continue
        try:
            yield clean(item, settings)
        except SkipInput as exc:
            on_status(InputStatus(item.origin, InputState.SKIPPED, str(exc), size=item.size))
        except InputError as exc:
            on_status(InputStatus(item.origin, InputState.ERROR, str(exc), size=item.size))
        except Exception as exc:  # one bad input never stops a run
            log.exception("unexpected failure cleaning %s", item.origin)
            on_status(InputStatus(item.origin, InputState.ERROR, f"unexpected: {type(exc).__name__}: {exc}",
                                  size=item.size))


def extract_documents(nlp: Language, documents: Sequence[Document], batch_size: int = 32) -> list[Extraction]:
    """Parses documents with the full pipeline and returns their records, in order."""
    docs = parse(nlp, ((d.text, d.published) for d in documents), batch_size=batch_size)
    return [extract(doc, document) for doc, document in zip(docs, documents, strict=True)]


# -- the run ------------------------------------------------------------------------------------


class _Tally:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.counts = {state: 0 for state in InputState}
        self.events = 0
        self.claims = 0

    def status(self, status: InputStatus) -> None:
        self.store.record_input(status)
        self.counts[status.state] += 1


def run_paths(paths: Sequence[str], settings: Settings, store: Store, nlp: Language | None = None,
              client: object | None = None, progress: Progress | None = None) -> RunReport:
    """Runs the whole job over ``paths`` into ``store``; an interrupted run resumes where it stopped."""
    started = time.perf_counter()
    tally = _Tally(store)
    done = store.done_origins()
    resumed = 0

    def fresh(items: Iterable[RawInput | InputStatus]) -> Iterator[RawInput | InputStatus]:
        nonlocal resumed
        for item in items:
            if item.origin in done:
                resumed += 1
                continue
            yield item

    documents = clean_inputs(fresh(iter_inputs(paths, settings)), settings, tally.status)
    unique = _drop_duplicates(documents, store, settings, tally.status)
    batches: Iterator[list[Extraction]]
    if client is None:
        nlp = nlp or build_pipeline(settings)
        batches = (extract_documents(nlp, chunk, settings.batch_size) for chunk in _chunks(unique, 64))
    else:
        from realpolitik.scale import extract_on_cluster

        batches = extract_on_cluster(client, unique, settings)
    for batch in batches:
        _store_batch(store, batch, tally)
        if progress:
            progress(len(batch))
    return RunReport(inputs=sum(tally.counts.values()) + resumed, ok=tally.counts[InputState.OK],
                     skipped=tally.counts[InputState.SKIPPED], errors=tally.counts[InputState.ERROR],
                     duplicates=tally.counts[InputState.DUPLICATE], resumed=resumed, events=tally.events,
                     claims=tally.claims, seconds=time.perf_counter() - started)


def _store_batch(store: Store, batch: Sequence[Extraction], tally: _Tally) -> None:
    for extraction, result in zip(batch, store.write_many(batch), strict=True):
        _account(extraction.document, result, tally)


def _account(doc: Document, result: WriteResult, tally: _Tally) -> None:
    state = InputState.OK if result.document_added else InputState.DUPLICATE
    reason = (f"near-duplicate of {doc.near_duplicate_of}" if doc.near_duplicate_of
              else "" if result.document_added else "same text as a stored document")
    tally.status(InputStatus(doc.origin, state, reason, doc.id, len(doc.source_text)))
    tally.events += result.events  # zero when the document was already stored
    tally.claims += result.claims


def _drop_duplicates(documents: Iterable[Document], store: Store, settings: Settings,
                     on_status: Callable[[InputStatus], None]) -> Iterator[Document]:
    """Exact duplicates are recorded and dropped; near-duplicates are linked to their original."""
    index = _duplicate_index(store, settings)
    seen: set[str] = set()
    for doc in documents:
        if doc.id in seen or store.has_document(doc.id):
            on_status(InputStatus(doc.origin, InputState.DUPLICATE, "same text as a stored document", doc.id,
                                  len(doc.source_text)))
            continue
        seen.add(doc.id)
        original = index.check(doc)
        index.add(doc)
        if original is not None and original != doc.id:
            doc = replace(doc, near_duplicate_of=original)
        yield doc


def _duplicate_index(store: Store, settings: Settings) -> DuplicateIndex:
    """The near-duplicate index seeded with the stored documents."""
    index = DuplicateIndex(settings.near_duplicate_threshold)
    for doc_id, text in store.documents():
        index.add_text(doc_id, text)
    return index


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
