"""The event evaluation: seed gold, the PLOVER development set, and ConfliBERT source/target spans.

- Seeds (../shared/gold/seeds.json): recall of the gold events under the gold file's tolerant
  matching, and must-not statements coded as asserted (realpolitik.evaluate.seeds).
- Development set (evals/events/dev.jsonl, docs/annotation-guide.md): per-type precision, recall
  and F1 by sentence, sentence type accuracy, (type, source, target) triple F1 over asserted
  events, factuality accuracy on matched events, and extra events per sentence.
- Test split (evals/events/test.jsonl): 221 sentences labelled blind to the coder by other annotators
  and never used to write rules; its scores are the estimate for unseen text.
- ConfliBERT (../shared/data/events-conflibert/cameo_ner_train.txt): recall of the gold source
  and target spans by the sources and targets of our events.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from realpolitik.code import extract_lines
from realpolitik.nlp import build_pipeline, parse
from realpolitik.ontology import PLOVER_TYPES
from realpolitik.records import Event
from realpolitik.settings import Settings

DEV_SET = Path(__file__).resolve().parents[3] / "evals" / "events" / "dev.jsonl"
# Labelled blind to the coder and kept out of rule development: the honest estimate for unseen text.
TEST_SET = DEV_SET.with_name("test.jsonl")
CONFLIBERT = Path("data") / "events-conflibert" / "cameo_ner_train.txt"


@dataclass(frozen=True)
class TypeScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class EventScores:
    seed_event_recall: float
    seed_must_not_violations: int
    dev_sentences: int
    sentence_type_accuracy: float
    type_micro_f1: float
    triple_f1_asserted: float
    factuality_accuracy: float
    extra_events_per_sentence: float
    non_asserted_coded_asserted: float
    conflibert_source_recall: float
    conflibert_target_recall: float
    input_errors: int = 0  # dev and test sentences `realpolitik code` refused
    test_sentences: int = 0
    test_sentence_type_accuracy: float = 0.0
    test_triple_f1_asserted: float = 0.0
    test_factuality_accuracy: float = 0.0
    per_type: dict[str, TypeScore] = field(default_factory=dict, hash=False)

    def as_dict(self) -> dict[str, float]:
        out = {
            name: float(getattr(self, name))
            for name in (
                "seed_event_recall",
                "seed_must_not_violations",
                "dev_sentences",
                "sentence_type_accuracy",
                "type_micro_f1",
                "triple_f1_asserted",
                "factuality_accuracy",
                "extra_events_per_sentence",
                "non_asserted_coded_asserted",
                "conflibert_source_recall",
                "conflibert_target_recall",
                "input_errors",
                "test_sentences",
                "test_sentence_type_accuracy",
                "test_triple_f1_asserted",
                "test_factuality_accuracy",
            )
        }
        for plover, score in self.per_type.items():
            out[f"{plover.lower()}_precision"] = score.precision
            out[f"{plover.lower()}_recall"] = score.recall
            out[f"{plover.lower()}_f1"] = score.f1
        return out


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_dev_set(path: Path = DEV_SET) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _triple(plover: str, source: str, target: str | None) -> tuple[str, str, str]:
    # IGO codes compare on their first three letters ("IGOUNO" ~ "IGO").
    return plover, source[:3], (target or "")[:3]


@dataclass
class _DevTally:
    """Running counts over dev sentences."""

    types: dict[str, Counter[str]] = field(default_factory=lambda: {t: Counter() for t in PLOVER_TYPES})
    triples: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)

    def add_types(self, gold: set[str], pred: set[str]) -> None:
        for t in gold | pred:
            self.types[t]["tp" if t in gold and t in pred else "fp" if t in pred else "fn"] += 1
        self.counts["type_ok"] += bool(gold & pred) if gold else not pred

    def add_triples(self, gold_events: list[dict[str, Any]], events: list[Event]) -> None:
        gold = {_triple(g["plover"], g["source"], g.get("target")) for g in gold_events
                if g.get("modality", "asserted") == "asserted"}
        pred = {_triple(e.plover, e.source.code, e.target.code if e.target else None) for e in events
                if e.modality == "asserted"}
        self.triples["tp"] += len(gold & pred)
        self.triples["fp"] += len(pred - gold)
        self.triples["fn"] += len(gold - pred)

    def add_factuality(self, gold_events: list[dict[str, Any]], events: list[Event]) -> None:
        for event in events:
            gold = next((g for g in gold_events if g["plover"] == event.plover
                         and g["source"][:3] == event.source.code[:3]), None)
            if gold is None:
                self.counts["extra"] += 1
                continue
            self.counts["fact_total"] += 1
            self.counts["fact_ok"] += gold.get("modality", "asserted") == event.modality
        for gold in (g for g in gold_events if g.get("modality", "asserted") != "asserted"):
            self.counts["non_asserted"] += 1
            self.counts["non_asserted_bad"] += any(
                e.plover == gold["plover"] and e.source.code[:3] == gold["source"][:3]
                and e.modality == "asserted" for e in events)


def score_dev(items: list[dict[str, Any]], predicted: list[list[Event]]) -> dict[str, Any]:
    """Scores events coded for each dev item against its annotation."""
    tally = _DevTally()
    for item, events in zip(items, predicted, strict=True):
        tally.add_types({g["plover"] for g in item["events"]}, {e.plover for e in events})
        tally.add_triples(item["events"], events)
        tally.add_factuality(item["events"], events)
    per_type = {}
    for t, c in tally.types.items():
        if c["tp"] + c["fn"] + c["fp"]:
            p, r, f = _f1(c["tp"], c["fp"], c["fn"])
            per_type[t] = TypeScore(p, r, f, c["tp"] + c["fn"])
    micro = _f1(*(sum(c[k] for c in tally.types.values()) for k in ("tp", "fp", "fn")))
    n, counts = max(len(items), 1), tally.counts
    return {
        "per_type": per_type,
        "sentence_type_accuracy": counts["type_ok"] / n,
        "type_micro_f1": micro[2],
        "triple_f1_asserted": _f1(tally.triples["tp"], tally.triples["fp"], tally.triples["fn"])[2],
        "factuality_accuracy": counts["fact_ok"] / counts["fact_total"] if counts["fact_total"] else 0.0,
        "extra_events_per_sentence": counts["extra"] / n,
        "non_asserted_coded_asserted": (
            counts["non_asserted_bad"] / counts["non_asserted"] if counts["non_asserted"] else 0.0
        ),
        "dev_sentences": len(items),
    }


def triple_counts(items: list[dict[str, Any]], predicted: list[list[Event]]) -> tuple[int, int, int]:
    """Right, wrong and missed asserted (type, source, target) triples over the items."""
    tally = _DevTally()
    for item, events in zip(items, predicted, strict=True):
        tally.add_triples(item["events"], events)
    return tally.triples["tp"], tally.triples["fp"], tally.triples["fn"]


def dev_errors(items: list[dict[str, Any]], predicted: list[list[Event]]) -> Iterator[str]:
    """One line per dev sentence whose coded triples differ from the gold ones (for development)."""
    for item, events in zip(items, predicted, strict=True):
        gold = sorted(
            f"{g['plover']} {g['source']}>{g.get('target') or '-'} {g.get('modality', 'asserted')[:3]}"
            for g in item["events"]
        )
        got = sorted(
            f"{e.plover} {e.source.code}>{e.target.code if e.target else '-'} {e.modality[:3]}"
            for e in events
        )
        if gold != got:
            yield f"{item['id']}\n  text: {item['text']}\n  gold: {gold}\n  got:  {got}"


def read_conflibert(path: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences as (text joined by spaces, [(start, end, role)]) with role S, T or R."""
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            tokens.append((word, tag))
            continue
        if tokens:
            yield _spans(tokens)
        tokens = []


def _spans(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans, offset = [], [], 0
    current: list[Any] | None = None
    for word, tag in tokens:
        start = offset
        text.append(word)
        offset += len(word) + 1
        if tag.startswith("B-"):
            current = [start, start + len(word), tag[2:]]
            spans.append(current)
        elif tag.startswith("I-") and current is not None:
            current[1] = start + len(word)
        else:
            current = None
    return " ".join(text), [(s, e, r) for s, e, r in spans]


def score_conflibert(nlp: Any, path: Path) -> tuple[float, float]:
    sentences = list(read_conflibert(path))
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    docs = parse(nlp, ((text, None) for text, _ in sentences), batch_size=64)
    for (_, spans), doc in zip(sentences, docs, strict=True):
        sources = [(e.source.start, e.source.end) for e in doc._.events]
        targets = [(e.target.start, e.target.end) for e in doc._.events if e.target]
        for start, end, role in spans:
            for kind, found in (("S", sources), ("T", targets)):
                if role in (kind, "R"):
                    totals[kind] += 1
                    hits[kind] += any(s < end and start < e for s, e in found)
    return hits["S"] / max(totals["S"], 1), hits["T"] / max(totals["T"], 1)


def _score_set(nlp: Any, items: list[dict[str, Any]], settings: Settings) -> dict[str, Any]:
    """Scores the sentences as `realpolitik code` reads them (cleaning, language check and all): the path
    an outside scorer uses. A sentence it refuses counts in ``input_errors`` and codes nothing."""
    lines = (json.dumps({"id": str(n), "text": i["text"], "date": i.get("date")}) for n, i in enumerate(items))
    results = [coded.extraction for coded in extract_lines(lines, settings, nlp)]
    scores = score_dev(items, [list(r.events) if r is not None else [] for r in results])
    scores["input_errors"] = sum(r is None for r in results)
    return scores


def evaluate_events(
    settings: Settings, shared_dir: Path, dev_path: Path = DEV_SET, test_path: Path = TEST_SET
) -> EventScores:
    from realpolitik.evaluate.seeds import evaluate_seeds

    seeds = evaluate_seeds(settings, shared_dir)
    nlp = build_pipeline(settings)
    dev = _score_set(nlp, load_dev_set(dev_path), settings)
    test = _score_set(nlp, load_dev_set(test_path), settings)
    conflibert = shared_dir / CONFLIBERT
    source_recall, target_recall = score_conflibert(nlp, conflibert) if conflibert.exists() else (0.0, 0.0)
    return EventScores(
        seed_event_recall=seeds.event_recall,
        seed_must_not_violations=seeds.must_not_violations,
        dev_sentences=dev["dev_sentences"],
        sentence_type_accuracy=dev["sentence_type_accuracy"],
        type_micro_f1=dev["type_micro_f1"],
        triple_f1_asserted=dev["triple_f1_asserted"],
        factuality_accuracy=dev["factuality_accuracy"],
        extra_events_per_sentence=dev["extra_events_per_sentence"],
        non_asserted_coded_asserted=dev["non_asserted_coded_asserted"],
        conflibert_source_recall=source_recall,
        conflibert_target_recall=target_recall,
        input_errors=dev["input_errors"] + test["input_errors"],
        test_sentences=test["dev_sentences"],
        test_sentence_type_accuracy=test["sentence_type_accuracy"],
        test_triple_f1_asserted=test["triple_f1_asserted"],
        test_factuality_accuracy=test["factuality_accuracy"],
        per_type=dev["per_type"],
    )
