"""Benchmarks: end-to-end throughput against bare spaCy on the same texts, and analysis latency.

The ratio ``end-to-end time / bare nlp.pipe time`` tracks realpolitik's overhead over the parser.
Timings take the best of ``repeat`` interleaved runs, so that load on the machine hurts both sides alike.
"""

from __future__ import annotations

import logging
import re
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from html import unescape
from pathlib import Path

import duckdb

from realpolitik.errors import InputError, SkipInput
from realpolitik.ingest import iter_inputs
from realpolitik.nlp import build_pipeline, load_model, parse
from realpolitik.records import Document, RawInput
from realpolitik.settings import Settings
from realpolitik.store import Store

log = logging.getLogger(__name__)

REUTERS_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


@dataclass(frozen=True)
class StageTime:
    name: str
    seconds: float
    ratio_to_bare: float


@dataclass(frozen=True)
class BenchReport:
    corpus: str
    documents: int
    words: int
    bare_spacy_s: float
    end_to_end_s: float
    docs_per_s: float
    words_per_s: float
    ratio: float
    peak_memory_mb: float
    stages: tuple[StageTime, ...] = ()
    analysis: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def corpus_inputs(path: Path, settings: Settings, limit: int | None) -> list[RawInput]:
    """The raw inputs of a benchmark corpus: any folder ``run`` reads, plus Reuters-21578 SGML."""
    inputs: list[RawInput] = []
    sgml = sorted(path.rglob("*.sgm")) if path.is_dir() else []
    if sgml:
        inputs.extend(_reuters(sgml))
    else:
        inputs.extend(item for item in iter_inputs([str(path)], settings) if isinstance(item, RawInput))
    return inputs[:limit] if limit else inputs


def _reuters(files: list[Path]) -> Iterator[RawInput]:
    for file in files:
        data = file.read_bytes().decode("latin-1")
        for number, body in enumerate(REUTERS_BODY.findall(data)):
            text = unescape(body).replace("\x03", "").strip()
            yield RawInput(f"{file}#{number}", text, "text/plain", title="(reuters)", size=len(text))


def _clean_all(inputs: list[RawInput], settings: Settings) -> list[Document]:
    from realpolitik.clean import clean

    documents = []
    for raw in inputs:
        try:
            documents.append(clean(raw, settings))
        except (InputError, SkipInput):
            continue
    return documents


def _best(runs: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def run_bench(corpus: Path, settings: Settings, limit: int | None = None, repeat: int = 3,
              analysis_events: int = 0) -> BenchReport:
    """Measures the pipeline over ``corpus`` against bare spaCy, stage by stage."""
    from realpolitik.pipeline import extract

    inputs = corpus_inputs(corpus, settings, limit)
    if not inputs:
        raise InputError(f"no readable documents in {corpus}")
    documents = _clean_all(inputs, settings)
    texts = [(d.text, d.published) for d in documents]
    words = sum(len(d.text.split()) for d in documents)
    bare = load_model(settings.model)
    full = build_pipeline(settings)
    list(full.pipe(t for t, _ in texts[:2]))  # warm both pipelines before timing
    list(bare.pipe(t for t, _ in texts[:2]))

    def bare_run() -> None:
        for _ in bare.pipe((t for t, _ in texts), batch_size=settings.batch_size):
            pass

    def end_to_end() -> None:
        docs = _clean_all(inputs, settings)
        with Store(":memory:") as store:
            parsed = parse(full, ((d.text, d.published) for d in docs), batch_size=settings.batch_size)
            store.write_many([extract(doc, document) for doc, document in zip(parsed, docs, strict=True)])

    bare_s, e2e_s = float("inf"), float("inf")
    for _ in range(repeat):  # interleaved, best of each
        bare_s = min(bare_s, _best(1, bare_run))
        e2e_s = min(e2e_s, _best(1, end_to_end))
    stages = tuple(_stage_times(full, texts, settings, bare_s, repeat))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = BenchReport(
        corpus=str(corpus), documents=len(documents), words=words, bare_spacy_s=bare_s, end_to_end_s=e2e_s,
        docs_per_s=len(documents) / e2e_s, words_per_s=words / e2e_s, ratio=e2e_s / bare_s,
        peak_memory_mb=peak_mb, stages=stages,
        analysis=bench_analysis(analysis_events) if analysis_events else {})
    return report


def _stage_times(full, texts, settings: Settings, bare_s: float, repeat: int) -> Iterator[StageTime]:  # type: ignore[no-untyped-def]
    """Parse time with realpolitik's components switched on one by one."""
    from realpolitik.nlp import COMPONENTS

    for upto in range(1, len(COMPONENTS) + 1):
        disabled = list(COMPONENTS[upto:])
        with full.select_pipes(disable=disabled):
            seconds = _best(repeat, lambda: list(parse(full, texts, batch_size=settings.batch_size)))
        yield StageTime("+".join(("spacy",) + COMPONENTS[:upto]), seconds, seconds / bare_s)


def bench_analysis(n_events: int) -> dict[str, float]:
    """Seconds that the summary and each query take on a synthetic store of ``n_events`` events."""
    try:
        from realpolitik.analysis import queries
        from realpolitik.analysis.summary import build_summary
        from realpolitik.analysis.synthetic import make_synthetic_store
    except ImportError as exc:  # analysis not installed in this build
        log.warning("analysis benchmark unavailable: %s", exc)
        return {}
    timings: dict[str, float] = {}
    with Store(":memory:") as store:
        make_synthetic_store(store.con, n_events, seed=7)
        timings["summary_s"] = _best(1, lambda: build_summary(store.con))
        for name in ("events", "dyads", "relations", "claims", "leverage"):
            query: Callable[[duckdb.DuckDBPyConnection], object] = getattr(queries, name)
            timings[f"query_{name}_s"] = _best(1, partial(query, store.con))
    return timings
