"""The seed evaluation: the three demo articles against ../shared/gold/seeds.json.

It runs the whole job (``run_paths``) into an in-memory store and checks cleaning, metadata,
the gold events under the gold file's tolerant matching, and the must-not statements.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from realpolitik.pipeline import run_paths
from realpolitik.settings import Settings
from realpolitik.store import Store

# Non-asserted modalities are allowed on must-not statements; these count as coding them as fact.
FACTUAL = ("asserted",)


@dataclass(frozen=True)
class SeedEventMatch:
    gold_id: str
    found: bool
    evidence: str


@dataclass(frozen=True)
class SeedScores:
    documents: int
    noise_lines_removed: float
    sentences_kept: float
    metadata_correct: float
    event_recall: float
    must_not_violations: int
    actor_recall: float
    matches: tuple[SeedEventMatch, ...]

    def as_dict(self) -> dict[str, float]:
        return {"noise_lines_removed": self.noise_lines_removed, "sentences_kept": self.sentences_kept,
                "metadata_correct": self.metadata_correct, "event_recall": self.event_recall,
                "must_not_violations": float(self.must_not_violations), "actor_recall": self.actor_recall}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def _evidence_in(evidence: str, sentence: str) -> bool:
    """Tolerant evidence match: the first few words of the gold evidence occur in the sentence."""
    words = _norm(evidence).split()
    return " ".join(words[:5]) in _norm(sentence)


def event_matches(gold: dict[str, Any], row: dict[str, Any]) -> bool:
    """The gold file's tolerant matching of one expected event against one stored event row."""
    pair = (row["source_code"] or "")[:3], (row["target_code"] or "")[:3]
    wanted = gold["source"][:3], gold["target"][:3]
    same_pair = pair == wanted or (gold.get("symmetric") and pair == wanted[::-1])
    root = (row["cameo"] or "")[:2]
    type_ok = row["plover"] in gold.get("plover", []) or root in gold.get("cameo_root", [])
    return bool(same_pair and type_ok and _evidence_in(gold["evidence"], row["sentence_text"] or ""))


def evaluate_seeds(settings: Settings, shared_dir: Path) -> SeedScores:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    with Store(":memory:") as store:
        run_paths([str(shared_dir / "seeds")], settings, store)
        docs = _rows(store, "SELECT * FROM documents")
        events = _rows(store, "SELECT * FROM events")
        mentions = _rows(store, "SELECT * FROM mentions")
    by_file = {Path(d["origin"]).name: d for d in docs}
    noise = kept = kept_total = meta_ok = meta_total = actors_ok = actors_total = 0
    noise_total = violations = 0
    matches: list[SeedEventMatch] = []
    for gdoc in gold["documents"]:
        doc = by_file.get(gdoc["file"])
        if doc is None:
            continue
        text = _norm(doc["text"])
        noise_total += len(gdoc["noise_lines"])
        noise += sum(_norm(line) not in text for line in gdoc["noise_lines"])
        sentences = [ev["evidence"] for ev in gdoc["events"]] + [m["text"] for m in gdoc["must_not"]]
        kept_total += len(sentences)
        kept += sum(_norm(s) in text for s in sentences)
        for key in ("title", "author", "outlet"):
            meta_total += 1
            meta_ok += (doc[key] or None) == gdoc[key]
        doc_events = [e for e in events if e["document"] == doc["id"]]
        for gev in gdoc["events"]:
            found = any(event_matches(gev, row) for row in doc_events)
            matches.append(SeedEventMatch(gev["id"], found, gev["evidence"]))
        for bad in gdoc["must_not"]:
            bad_text = _norm(bad["text"])[:60]
            violations += sum(e["modality"] in FACTUAL and bad_text in _norm(e["sentence_text"])
                              for e in doc_events)
        codes = {m["code"][:3] for m in mentions if m["document"] == doc["id"]}
        actors_total += len(gdoc["actors"])
        actors_ok += sum(code in codes for code in gdoc["actors"])
    return SeedScores(
        documents=len(docs), noise_lines_removed=noise / max(noise_total, 1),
        sentences_kept=kept / max(kept_total, 1), metadata_correct=meta_ok / max(meta_total, 1),
        event_recall=sum(m.found for m in matches) / max(len(matches), 1), must_not_violations=violations,
        actor_recall=actors_ok / max(actors_total, 1), matches=tuple(matches))


def _rows(store: Store, sql: str) -> list[dict[str, Any]]:
    cursor = store.con.execute(sql)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
