"""The system evaluation: does the summary of the three seed articles show each gold system point?

It runs the whole job on ../shared/seeds into an in-memory store, builds the summary and checks
each point of gold/seeds.json ``system.points`` by its ``check``:
- an event check (source, target, plover, min_documents): relations of those PLOVER types from the
  source(s) to the target, their documents pooled, must come from at least min_documents documents;
- a relation check (relation, subject, optional object, min_documents): claim relations likewise;
- a dyad check (dyad, has_conflict, has_cooperation): the pair's dyad entry must show both.
Codes are compared on their first three letters (the country), as the gold file's matching does.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from realpolitik.analysis.summary import Summary, build_summary, render_markdown
from realpolitik.pipeline import run_paths
from realpolitik.settings import Settings
from realpolitik.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PointResult:
    """One gold point; ``support`` lists the documents behind it (event ids for a dyad point)."""

    id: str
    shown: bool
    support: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class SystemScores:
    points: tuple[PointResult, ...]
    markdown: str = ""

    @property
    def points_shown(self) -> float:
        return sum(p.shown for p in self.points) / max(len(self.points), 1)

    def as_dict(self) -> dict[str, float]:
        flat = {"points_shown": self.points_shown}
        flat.update({f"point_{p.id}": float(p.shown) for p in self.points})
        return flat


def _codes(value: str | list[str] | None) -> set[str]:
    if value is None:
        return set()
    return {v[:3] for v in ([value] if isinstance(value, str) else value)}


def _country(code: str) -> str:
    return code[:3]


def check_point(check: dict[str, Any], summary: Summary) -> tuple[bool, tuple[str, ...]]:
    """Whether the summary shows one gold point, and the documents that support it."""
    if "dyad" in check:
        pair = tuple(sorted(_codes(check["dyad"])))
        for dyad in summary.dyads:
            if tuple(sorted({_country(c) for c in dyad.pair})) == pair:
                ok = (not check.get("has_conflict") or dyad.conflict > 0) and \
                     (not check.get("has_cooperation") or dyad.cooperation > 0)
                return ok, dyad.events
        return False, ()
    if "relation" in check:
        kinds, sources, targets = {check["relation"]}, _codes(check["subject"]), _codes(check.get("object"))
    else:
        kinds, sources, targets = set(check["plover"]), _codes(check["source"]), _codes(check["target"])
    documents: set[str] = set()
    for rel in summary.relations:
        sides = {_country(t) for t in rel.target.split("+")}
        if rel.kind in kinds and _country(rel.source) in sources and (not targets or targets <= sides
                                                                        or sides & targets):
            documents.update(rel.documents)
    return len(documents) >= check.get("min_documents", 1), tuple(sorted(documents))


def evaluate_summary(gold: dict[str, Any], summary: Summary) -> SystemScores:
    results = []
    for point in gold["system"]["points"]:
        shown, documents = check_point(point["check"], summary)
        results.append(PointResult(point["id"], shown, documents, point["text"]))
    return SystemScores(tuple(results), render_markdown(summary))


def evaluate_system(settings: Settings, shared_dir: Path) -> SystemScores:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    with Store(":memory:") as store:
        run_paths([str(shared_dir / "seeds")], settings, store)
        summary = build_summary(store.con)
    scores = evaluate_summary(gold, summary)
    log.info("system points shown: %s", ", ".join(f"{p.id}={int(p.shown)}" for p in scores.points))
    return scores
