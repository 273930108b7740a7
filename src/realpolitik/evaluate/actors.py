"""The actor evaluation: the resolver against a hand-written tricky set, ConfliBERT roles and CoNLL-2003.

Metrics (docs/actors.md says what counts):
- tricky set (evals/actors/tricky.jsonl): recall of expected mentions, code and sector accuracy over
  expected mentions, and the share of negative cases (code null) wrongly resolved;
- ConfliBERT source/target spans: how many an actor span overlaps, and code/sector accuracy on a
  silver subset whose expected code comes from the ISO/NGEC country tables and whose expected sector
  comes from the CAMEO/Phoenix agents dictionary (sources independent of the resolver's rules);
- CoNLL-2003 (a fixed sample of testa): precision (actor spans that overlap a gold entity) and
  recall/code accuracy over gold LOC/MISC entities that are country names or demonyms.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from realpolitik.settings import Settings

log = logging.getLogger(__name__)
TRICKY = Path(__file__).resolve().parents[3] / "evals" / "actors" / "tricky.jsonl"
CONLL_DOCS = 80  # the first documents of testa: enough mentions, well under the time budget
# Phoenix agent codes that the project's scheme names differently (docs/actors.md).
PHOENIX_SECTORS = {"COP": "POL", "INS": "REB", "UAF": "MIL", "PPL": "CVL"}


@dataclass(frozen=True)
class ActorScores:
    tricky_cases: int
    tricky_recall: float
    tricky_code_accuracy: float
    tricky_sector_accuracy: float
    tricky_false_positive_rate: float
    conflibert_spans: int
    conflibert_role_recall: float
    conflibert_silver_code_accuracy: float
    conflibert_silver_sector_accuracy: float
    conll_precision: float
    conll_country_recall: float
    conll_code_accuracy: float

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class Tally:
    total: int = 0
    hits: int = 0

    def add(self, hit: bool) -> Tally:
        return Tally(self.total + 1, self.hits + int(hit))

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0


def evaluate_actors(settings: Settings, shared_dir: Path) -> ActorScores:
    from realpolitik.nlp import build_pipeline

    nlp = build_pipeline(settings)
    with nlp.select_pipes(
        disable=[p for p in ("realpolitik_events", "realpolitik_claims") if p in nlp.pipe_names]
    ):
        tricky = score_tricky(nlp, read_jsonl(TRICKY))
        countries = CountryTable.from_shared(shared_dir)
        conflibert = score_conflibert(nlp, shared_dir, countries)
        conll = score_conll(nlp, shared_dir, countries)
    return ActorScores(**tricky, **conflibert, **conll)  # type: ignore[arg-type]  # mixed int/float dicts


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _parsed(nlp, items: Iterable[tuple[str, date | None]]) -> Iterator:
    from realpolitik.nlp import parse  # spaCy loads only when an evaluation runs

    yield from parse(nlp, items, batch_size=64)


def _overlapping(doc, start: int, end: int) -> list:
    return [s for s in doc.spans["actors"] if s.start_char < end and start < s.end_char]


def score_tricky(nlp, cases: list[dict]) -> dict[str, float | int]:
    found, code, sector, false_pos = Tally(), Tally(), Tally(), Tally()
    items = [(c["text"], date.fromisoformat(c["date"]) if c.get("date") else None) for c in cases]
    for case, doc in zip(cases, _parsed(nlp, items), strict=True):
        start = case["text"].find(case["mention"])
        spans = _overlapping(doc, start, start + len(case["mention"]))
        if case["code"] is None:
            false_pos = false_pos.add(bool(spans))
            if spans:
                log.info("tricky false positive: %r → %s", case, spans[0]._.actor)
            continue
        hit = next((s for s in spans if s._.actor.code == case["code"]), spans[0] if spans else None)
        found = found.add(hit is not None)
        code = code.add(hit is not None and hit._.actor.code == case["code"])
        sector = sector.add(hit is not None and hit._.actor.sector == case["sector"])
        if hit is None or hit._.actor.code != case["code"] or hit._.actor.sector != case["sector"]:
            log.info("tricky miss: %r → %s", case, hit._.actor if hit is not None else None)
    return {
        "tricky_cases": len(cases),
        "tricky_recall": found.rate,
        "tricky_code_accuracy": code.rate,
        "tricky_sector_accuracy": sector.rate,
        "tricky_false_positive_rate": false_pos.rate,
    }


class CountryTable:
    """Country names and demonyms straight from the ISO and NGEC tables, and Phoenix agent nouns."""

    def __init__(self, names: dict[str, str], agents: dict[str, str]) -> None:
        self.names = names
        self.agents = agents
        self._pattern = re.compile(
            r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"
        )

    @staticmethod
    def from_shared(shared_dir: Path) -> CountryTable:
        dicts = shared_dir / "data" / "dictionaries"
        names: dict[str, str] = {}
        iso = json.loads((dicts / "pycountry_26.2.16_iso3166-1.json").read_text(encoding="utf-8"))
        for country in iso["3166-1"]:
            for key in ("name", "common_name"):
                if country.get(key):
                    names[country[key]] = country["alpha_3"]
        iso_codes = set(names.values())
        with (dicts / "ngec_countries_demonyms.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["CCA3"] not in iso_codes:  # NGEC adds its own codes (UNO, EUR): not states
                    continue
                names.setdefault(row["Name"], row["CCA3"])
                for demonym in row["Nationality"].split(","):
                    if demonym.strip():
                        names.setdefault(demonym.strip(), row["CCA3"])
        return CountryTable(names, read_agents(dicts / "Phoenix.agents.txt"))

    def code_in(self, text: str) -> str | None:
        codes = {self.names[m] for m in self._pattern.findall(text)}
        return codes.pop() if len(codes) == 1 else None

    def sector_in(self, text: str) -> str | None:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
        return next((self.agents[w] for w in reversed(words) if w in self.agents), None)


def read_agents(path: Path) -> dict[str, str]:
    """Single-word agent nouns (and their regular plurals) → sector, from the Phoenix agents file."""
    agents: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        found = re.match(r"^([A-Z]+)_?\s.*\[~([A-Z]{3})", line)
        if found:
            word, sector = found.group(1).lower(), PHOENIX_SECTORS.get(found.group(2), found.group(2))
            agents.setdefault(word, sector)
            agents.setdefault(word + "s", sector)
    return agents


@dataclass(frozen=True)
class TaggedSentence:
    """A sentence as space-joined tokens with gold spans as (start char, end char, label)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def read_tagged(
    path: Path, sep: str = " ", tag_column: int = -1, doc_break: str = ""
) -> list[list[TaggedSentence]]:
    """IOB-tagged token files (ConfliBERT, CoNLL-2003) as documents of sentences."""
    docs: list[list[TaggedSentence]] = [[]]
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if tokens:
            docs[-1].append(_tagged_sentence(tokens))
            tokens.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(sep)
        if not line.strip():
            flush()
        elif doc_break and parts[0] == doc_break:
            flush()
            docs.append([])
        else:
            tokens.append((parts[0], parts[tag_column]))
    flush()
    return [d for d in docs if d]


def _tagged_sentence(tokens: list[tuple[str, str]]) -> TaggedSentence:
    text, spans, offset = [], [], 0
    current: list = []
    for word, tag in tokens:
        label = tag[2:] if tag[:2] in ("B-", "I-") else None
        if current and (label != current[2] or tag.startswith("B-")):
            spans.append(tuple(current))
            current = []
        if label is not None:
            if current:
                current[1] = offset + len(word)
            else:
                current = [offset, offset + len(word), label]
        text.append(word)
        offset += len(word) + 1
    if current:
        spans.append(tuple(current))
    return TaggedSentence(" ".join(text), tuple(spans))


def score_conflibert(nlp, shared_dir: Path, countries: CountryTable) -> dict[str, float | int]:
    path = shared_dir / "data" / "events-conflibert" / "cameo_ner_train.txt"
    sentences = [s for doc in read_tagged(path) for s in doc]
    role, code, sector = Tally(), Tally(), Tally()
    for sentence, doc in zip(sentences, _parsed(nlp, ((s.text, None) for s in sentences)), strict=True):
        for start, end, _label in sentence.spans:
            spans = _overlapping(doc, start, end)
            role = role.add(bool(spans))
            gold_text = sentence.text[start:end]
            expected = countries.code_in(gold_text)
            if expected is not None:
                code = code.add(any(s._.actor.code == expected for s in spans))
                expected_sector = countries.sector_in(gold_text)
                if expected_sector is not None:
                    sector = sector.add(any(s._.actor.sector == expected_sector for s in spans))
    return {
        "conflibert_spans": role.total,
        "conflibert_role_recall": role.rate,
        "conflibert_silver_code_accuracy": code.rate,
        "conflibert_silver_sector_accuracy": sector.rate,
    }


def score_conll(nlp, shared_dir: Path, countries: CountryTable) -> dict[str, float]:
    docs = read_tagged(shared_dir / "data" / "ner-conll2003" / "eng.testa", doc_break="-DOCSTART-")
    sentences = [s for doc in docs[:CONLL_DOCS] for s in doc]
    precision, recall, code = Tally(), Tally(), Tally()
    for sentence, doc in zip(sentences, _parsed(nlp, ((s.text, None) for s in sentences)), strict=True):
        for span in doc.spans["actors"]:
            precision = precision.add(
                any(s < span.end_char and span.start_char < e for s, e, _ in sentence.spans)
            )
        for start, end, label in sentence.spans:
            expected = countries.names.get(sentence.text[start:end]) if label in ("LOC", "MISC") else None
            if expected is None:
                continue
            spans = _overlapping(doc, start, end)
            recall = recall.add(bool(spans))
            if spans:
                code = code.add(any(s._.actor.code == expected for s in spans))
    return {
        "conll_precision": precision.rate,
        "conll_country_recall": recall.rate,
        "conll_code_accuracy": code.rate,
    }
