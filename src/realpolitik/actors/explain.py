"""Why each actor in a text resolved as it did: the library side of ``realpolitik actors explain``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from realpolitik.settings import Settings


@dataclass(frozen=True)
class ActorExplanation:
    """One resolved actor mention; ``start``/``end`` are character offsets into the text."""

    text: str
    start: int
    end: int
    code: str
    sector: str | None
    name: str
    kind: str
    reason: str


def explain(text: str, settings: Settings, published: date | None = None) -> list[ActorExplanation]:
    """Runs the configured pipeline over ``text`` and returns its actor mentions in order."""
    from realpolitik.nlp import build_pipeline, parse

    nlp = build_pipeline(settings)
    doc = next(parse(nlp, [(text, published)]))
    return explain_doc(doc)


def explain_doc(doc: object) -> list[ActorExplanation]:
    """Actor mentions of an already parsed Doc."""
    spans = doc.spans["actors"] if "actors" in doc.spans else []  # type: ignore[attr-defined]
    return [
        ActorExplanation(
            span.text,
            span.start_char,
            span.end_char,
            span._.actor.code,
            span._.actor.sector,
            span._.actor.name,
            span._.actor.kind.value,
            span._.actor_reason or "",
        )
        for span in spans
    ]


def format_explanation(rows: list[ActorExplanation]) -> str:
    """A plain-text table, one mention a line."""
    if not rows:
        return "no actors found"
    header = ("mention", "offsets", "code", "sector", "kind", "name", "reason")
    table = [(r.text, f"{r.start}-{r.end}", r.code, r.sector or "-", r.kind, r.name, r.reason) for r in rows]
    widths = [max(len(str(row[i])) for row in (header, *table)) for i in range(len(header) - 1)]
    lines = []
    for row in (header, *table):
        cells = [str(c).ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, str(row[-1])]).rstrip())
    return "\n".join(lines)
