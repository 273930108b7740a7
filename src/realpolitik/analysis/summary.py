"""The system summary: key actors, strongest relations with evidence, leverage, dyads, claims, timeline.

``build_summary`` runs the queries (all aggregation in DuckDB) and keeps the top rows of each;
``write_summary`` renders Markdown, JSON or HTML (with SVG pictures beside the file); ``summary_html``
is the self-contained web home page. The JSON schema is documented in docs/summary.md.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from realpolitik.analysis import queries
from realpolitik.analysis.network import build_network, edge_tone
from realpolitik.analysis.render import render_html, render_markdown
from realpolitik.analysis.svg import dyad_timeline_svg, network_svg
from realpolitik.errors import SummaryFormatError

log = logging.getLogger(__name__)

TOP_ACTORS, TOP_RELATIONS, TOP_DYADS, TOP_LEVERAGE, TOP_CLAIMS, TOP_TIMELINE = 15, 40, 10, 10, 30, 40
MAX_SHIFTS = 5
FORMATS = ("md", "json", "html")


@dataclass(frozen=True)
class Evidence:
    document: str
    sentence: str


@dataclass(frozen=True)
class ActorEntry:
    code: str
    name: str
    documents: int
    mentions: int
    centrality: float = 0.0


@dataclass(frozen=True)
class RelationEntry:
    source: str
    target: str
    kind: str
    documents: tuple[str, ...]
    events: int
    sources: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class DyadEntry:
    pair: tuple[str, str]
    cooperation: int
    conflict: int
    goldstein_total: float
    goldstein_mean: float
    shifts: tuple[str, ...]
    events: tuple[str, ...]


@dataclass(frozen=True)
class LeverageEntry:
    holder: str
    over: str
    score: float
    basis: str


@dataclass(frozen=True)
class ClaimEntry:
    holder: str
    subject: str
    relation: str
    object: tuple[str, ...]
    value: float | None
    stance: str
    documents: tuple[str, ...]
    evidence: Evidence | None
    contested: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    date: str
    event: str
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """The system card; ``to_dict`` gives the stable JSON schema of docs/summary.md."""

    since: str | None
    actor: str | None
    actors: tuple[ActorEntry, ...]
    relations: tuple[RelationEntry, ...]
    dyads: tuple[DyadEntry, ...]
    leverage: tuple[LeverageEntry, ...]
    claims: tuple[ClaimEntry, ...]
    timeline: tuple[TimelineEntry, ...]
    blocs: tuple[tuple[str, ...], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return json.loads(json.dumps(asdict(self), default=str))

    def name_of(self, code: str) -> str:
        names = {a.code: a.name for a in self.actors}
        return names.get(code, code)


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if value is not None else ()


def _float(value: Any) -> float:
    return 0.0 if value is None or pd.isna(value) else round(float(value), 3)


def build_summary(con: duckdb.DuckDBPyConnection, since: date | None = None, actor: str | None = None) -> Summary:
    relation_frame = queries.relations(con, since=since, actor=actor)
    network = build_network(relation_frame.head(500))
    actor_rows = queries.actors(con, since=since, limit=TOP_ACTORS).itertuples(index=False)
    actors = tuple(ActorEntry(r.code, r.name or r.code, int(r.documents), int(r.mentions),
                              network.centrality.get(r.code, 0.0)) for r in actor_rows)
    relations = tuple(
        RelationEntry(r.source, r.target, r.kind, _tuple(r.documents), int(r.events), int(r.sources),
                      (Evidence(r.evidence_document, r.evidence),) if r.evidence else ())
        for r in relation_frame.head(TOP_RELATIONS).itertuples(index=False))
    return Summary(
        since=since.isoformat() if since else None, actor=actor, actors=actors, relations=relations,
        dyads=_dyads(con, since, actor), leverage=_leverage(con, since, actor),
        claims=_claims(con, since, actor), timeline=_timeline(con, since, actor), blocs=network.blocs)


def _dyads(con: duckdb.DuckDBPyConnection, since: date | None, actor: str | None) -> tuple[DyadEntry, ...]:
    totals = queries.dyad_totals(con, since=since, actor=actor, limit=TOP_DYADS)
    if totals.empty:
        return ()
    shifts = queries.dyad_shifts(con, since=since, actor=actor)
    entries = []
    for r in totals.itertuples(index=False):
        mine = shifts[(shifts.actor_a == r.actor_a) & (shifts.actor_b == r.actor_b)]
        described = tuple(f"{s.direction} ({s.from_step} to {s.to_step})"
                          for s in mine.head(MAX_SHIFTS).itertuples(index=False))
        entries.append(DyadEntry((r.actor_a, r.actor_b), int(r.cooperation), int(r.conflict),
                                 _float(r.goldstein_total), _float(r.goldstein_mean), described,
                                 _tuple(r.event_ids)))
    return tuple(entries)


def _leverage(con: duckdb.DuckDBPyConnection, since: date | None, actor: str | None) -> tuple[LeverageEntry, ...]:
    frame = queries.leverage(con, since=since, actor=actor).head(TOP_LEVERAGE)
    return tuple(LeverageEntry(r.holder, r.over, _float(r.score), r.basis) for r in frame.itertuples(index=False))


def _claims(con: duckdb.DuckDBPyConnection, since: date | None, actor: str | None) -> tuple[ClaimEntry, ...]:
    frame = queries.claims(con, since=since, actor=actor).head(TOP_CLAIMS)
    return tuple(
        ClaimEntry(r.holder, r.subject, r.relation, _tuple(r.object), None if pd.isna(r.value) else float(r.value),
                   r.stance, _tuple(r.documents),
                   Evidence(r.evidence_document, r.evidence) if r.evidence else None, bool(r.contested))
        for r in frame.itertuples(index=False))


def _timeline(con: duckdb.DuckDBPyConnection, since: date | None, actor: str | None) -> tuple[TimelineEntry, ...]:
    frame = queries.events(con, since=since, actor=actor, top=TOP_TIMELINE, pairs_only=True)
    return tuple(TimelineEntry(str(r.date)[:10] if r.date is not None and not pd.isna(r.date) else "undated",
                               f"{r.source} {r.plover} {r.target}: {r.evidence}", _tuple(r.documents))
                 for r in frame.itertuples(index=False))


def pictures(con: duckdb.DuckDBPyConnection, summary: Summary) -> dict[str, str]:
    """The dyad timeline and the network as SVG texts, keyed by file name."""
    wanted = {d.pair for d in summary.dyads[:6]}
    frame = queries.dyads(con, bucket="month", since=date.fromisoformat(summary.since) if summary.since else None,
                          actor=summary.actor)
    points = [(f"{r.actor_a}-{r.actor_b}", r.period, int(r.cooperation), int(r.conflict))
              for r in frame.itertuples(index=False) if (r.actor_a, r.actor_b) in wanted and pd.notna(r.period)]
    points = [(label, period.date() if hasattr(period, "date") else period, c, k) for label, period, c, k in points]
    return {"dyads.svg": dyad_timeline_svg(points), "network.svg": _network_picture(summary)}


def _network_picture(summary: Summary) -> str:
    """The actor network as SVG: nodes sized by centrality, one edge per relation and target."""
    nodes = [(a.code, a.centrality) for a in summary.actors]
    edges = [(r.source, side, edge_tone(r.kind), r.sources) for r in summary.relations
             for side in r.target.split("+")]
    return network_svg(nodes, edges)


def summary_html(summary: Summary, images: dict[str, str] | None = None) -> str:
    """A self-contained HTML page (inline SVG network when no pictures are given; no CDN)."""
    if images is None:
        images = {"network.svg": _network_picture(summary)}
    return render_html(summary, inline=images)


def write_summary(con: duckdb.DuckDBPyConnection, format: str, out: Path | None = None,  # noqa: A002
                  since: date | None = None, actor: str | None = None) -> str:
    """The summary as md, json or html; with ``out`` it is written there, pictures beside it."""
    if format not in FORMATS:
        raise SummaryFormatError(f"summary format must be one of {FORMATS}, not {format!r}")
    summary = build_summary(con, since=since, actor=actor)
    images = pictures(con, summary)
    if out is not None:  # pictures are named after the summary file so that two summaries can share a folder
        images = {f"{out.stem}-{name}": svg for name, svg in images.items()}
    if format == "json":
        text = json.dumps(summary.to_dict(), indent=2, ensure_ascii=False)
    elif format == "md":
        text = render_markdown(summary, image_names=tuple(images) if out else ())
    else:
        text = render_html(summary, inline=images) if out is None else render_html(summary, linked=tuple(images))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        for name, svg in images.items():
            (out.parent / name).write_text(svg, encoding="utf-8")
        log.info("summary written to %s with %s", out, ", ".join(images))
    return text
