"""A learned sentence typer: the PLOVER type a sentence reports when no lexicon rule codes it.

The rules (realpolitik.events.drafts) need a lexicon pattern whose roles name known actors; on unseen
news many sentences fail that test although an expert codes an event in them. The typer is a
multinomial logistic regression over sparse features of the spaCy parse (lemmas, the root, verb
and object pairs, the PLOVER types the lexicon lists for each lemma, which carry the lexicon's
knowledge to lemmas the training sentences never had, and the sentence's actors), plus dense features
from word vectors (realpolitik.events.vectors) that carry it further, to words near those. It is trained by
scripts/train_event_typer.py on the dev and training splits (evals/events/dev.jsonl, train.jsonl),
never the blind test split, which so stays an honest estimate; the weights are data
(realpolitik/data/event_typer.json).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from realpolitik.errors import KnowledgeBaseError
from realpolitik.events.lexicon import Lexicon, Pattern, pattern_plover
from realpolitik.events.matching import match_at
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import ActorIndex
from realpolitik.events.vectors import SentenceVectors
from realpolitik.ontology import Ontology

NONE = "NONE"  # the class of sentences that report no event
CONTENT_POS = ("VERB", "NOUN", "ADJ")
OBJECT_DEPS = ("dobj", "prep", "xcomp")


@dataclass(frozen=True)
class SentenceReading:
    """The typer's reading of one sentence: each word that has features of its own (by token index), with them, and
    each class's probability (read once when a rules-coded sentence is both reviewed and guessed)."""

    by_token: list[tuple[int, list[str]]]
    probabilities: list[float]


@dataclass(frozen=True)
class TypeGuess:
    """The typer's answer for one sentence: a PLOVER type, its probability, and the word that says it."""

    plover: str
    probability: float
    trigger: Token


class LexiconHints:
    """What the lexicon says of a word whatever its roles: PLOVER types by (lemma, POS), frame kinds by
    lemma; memoised, since the typer asks for every word of every sentence no rule codes."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.ontology = ontology
        self._types: dict[tuple[str, str], tuple[frozenset[str], tuple[Pattern, ...]]] = {}

    def types_at(self, parse: ParsedDoc, i: int) -> frozenset[str]:
        """The PLOVER types the lexicon gives the word at ``i``; as in the rules, the most specific pattern wins:
        "general strike" is a protest, not an air strike."""
        key = (parse.lemmas[i], parse.pos[i])
        found = self._types.get(key)
        if found is None:
            found = self._types[key] = self._lookup(*key)
        plain, conditional = found
        if not conditional:
            return plain
        matched = match_at(parse, i, conditional)
        return frozenset({pattern_plover(matched[0], self.ontology)} - {""}) if matched else plain

    def _lookup(self, lemma: str, pos: str) -> tuple[frozenset[str], tuple[Pattern, ...]]:
        """The types of the lemma's one-word patterns, and its patterns that need more words."""
        if pos == "VERB":
            patterns = self.lexicon.verbs.get(lemma, ())
        elif pos in ("NOUN", "PROPN"):
            patterns = self.lexicon.nouns.get(lemma, ())
        else:
            return frozenset(), ()
        plain = frozenset({pattern_plover(p, self.ontology) for p in patterns if not p.required} - {""})
        return plain, tuple(p for p in patterns if p.required)

    def frame_kind(self, lemma: str) -> str | None:
        frame = self.lexicon.frame_of(lemma)
        return frame.kind if frame is not None else None


def token_features_at(parse: ParsedDoc, i: int, hints: LexiconHints) -> list[str]:
    """Features the word at ``i`` adds; the typer's trigger is the word whose features favour its type most."""
    if parse.plain[i]:
        return []
    lemma, pos, dep = parse.lemmas[i], parse.pos[i], parse.deps[i]
    found: list[str] = []
    if pos in CONTENT_POS:
        found.append(f"lemma={lemma}")
        for plover in hints.types_at(parse, i):
            found += [f"lexicon={plover}", f"lexicon={plover}/{dep}"]
    if pos == "VERB":
        deps, lemmas = parse.deps, parse.lemmas
        found += [f"verb={lemma}>{deps[c]}={lemmas[c]}" for c in parse.children[i] if deps[c] in OBJECT_DEPS]
        kind = hints.frame_kind(lemma)
        if kind is not None:
            found.append(f"frame={kind}")
    if dep == "ROOT":
        found.append(f"root={lemma}")
    if dep == "neg":
        found.append("negation")
    return found


def actor_features(sent: Span, index: ActorIndex, known: Container[str] | None = None) -> list[str]:
    """What the sentence's actors add: how many states or bodies it names, of which kinds, and which
    verbs have an actor as subject (the rules' idea of an event, loosened). ``known``: the only features
    wanted (a trained typer's), which spares looking up the other verbs' subjects."""
    actors = [index.actor(s) for s in index.in_sentence(sent)]
    found = [f"actors={min(len({a.code for a in actors}), 3)}"]
    found += sorted({f"kind={a.kind}" for a in actors})
    parse = index.parse
    for i in range(sent.start, sent.end):
        if parse.pos[i] == "VERB":
            feature = f"actor_subject={parse.lemmas[i]}"
            if (known is None or feature in known) and any(
                    index.in_phrase_at(x) for x in index.subject_indices(i)):
                found.append(feature)
    return found


def sentence_features(sent: Span, hints: LexiconHints, index: ActorIndex) -> list[str]:
    parse = index.parse
    return [*(f for i in range(sent.start, sent.end) for f in token_features_at(parse, i, hints)),
            *actor_features(sent, index)]


@dataclass(frozen=True)
class DenseLayer:
    """Weights of the dense features (realpolitik.events.vectors.SentenceVectors built with ``types`` and
    ``scale``): one row per feature, one column per class."""

    types: tuple[str, ...]
    scale: float
    weights: np.ndarray


@dataclass(frozen=True)
class SentenceTyper:
    """Weights per feature and class; features it never saw weigh nothing."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    dense: DenseLayer | None = None

    @cached_property
    def _rows(self) -> dict[str, int]:
        return {f: i for i, f in enumerate(self.weights)}

    @cached_property
    def _bias(self) -> np.ndarray:
        return np.array(self.bias, dtype=np.float64)

    @cached_property
    def _matrix(self) -> np.ndarray:
        return np.array(list(self.weights.values()), dtype=np.float64).reshape(len(self.weights), len(self.classes))

    def probabilities(self, features: Iterable[str], dense: np.ndarray | None = None) -> list[float]:
        return self._softmax({r for f in features if (r := self._rows.get(f)) is not None}, dense)

    def _softmax(self, rows: set[int], dense: np.ndarray | None) -> list[float]:
        """Class probabilities from the weight rows of the features present and the dense features."""
        # The ufuncs' own reductions: what ``sum`` and ``max`` compute, without their Python wrappers.
        scores = self._bias + np.add.reduce(self._matrix[list(rows)], axis=0)
        if self.dense is not None and dense is not None:
            scores += dense @ self.dense.weights
        exp = np.exp(scores - np.maximum.reduce(scores))
        probabilities: list[float] = (exp / np.add.reduce(exp)).tolist()
        return probabilities

    def read(self, sent: Span, hints: LexiconHints, index: ActorIndex,
             vectors: SentenceVectors | None = None) -> SentenceReading:
        parse = index.parse
        featured = ((i, token_features_at(parse, i, hints)) for i in range(sent.start, sent.end))
        by_token = [(i, features) for i, features in featured if features]
        return SentenceReading(by_token, self._probabilities(sent, by_token, index, vectors))

    def guess(self, sent: Span, hints: LexiconHints, index: ActorIndex, vectors: SentenceVectors | None = None,
              min_probability: float = 0.0, reading: SentenceReading | None = None) -> TypeGuess | None:
        """The most probable type of the sentence with its trigger word, or None for no event or a type less
        probable than ``min_probability``. ``vectors`` give the dense features, when the typer has a dense layer;
        ``reading``: the sentence's, when the caller has it already."""
        reading = reading or self.read(sent, hints, index, vectors)
        by_token, probs = reading.by_token, reading.probabilities
        best = max(range(len(probs)), key=probs.__getitem__)
        if self.classes[best] == NONE or probs[best] < min_probability:
            return None
        # Only a word with features of its own can say the type (not a stop word or a number).
        candidates = by_token or [(sent.root.i, [])]
        parse = index.parse
        trigger = max(candidates, key=lambda tf: self._token_score(parse, tf[0], tf[1], best, vectors))[0]
        return TypeGuess(self.classes[best], probs[best], parse.token(trigger))

    def distribution(self, sent: Span, hints: LexiconHints, index: ActorIndex,
                     vectors: SentenceVectors | None = None) -> dict[str, float]:
        """The probability of each class for the sentence, NONE included."""
        return dict(zip(self.classes, self.read(sent, hints, index, vectors).probabilities, strict=True))

    def _probabilities(self, sent: Span, by_token: list[tuple[int, list[str]]], index: ActorIndex,
                       vectors: SentenceVectors | None) -> list[float]:
        dense = vectors.features(sent, parse=index.parse) if vectors is not None and self.dense is not None else None
        rows = self._rows  # features map straight to weight rows: no list or set of feature strings
        found = {r for _, fs in by_token for f in fs if (r := rows.get(f)) is not None}
        found.update(rows[f] for f in actor_features(sent, index, rows) if f in rows)
        return self._softmax(found, dense)

    def _token_score(self, parse: ParsedDoc, i: int, features: list[str], k: int,
                     vectors: SentenceVectors | None) -> float:
        """How much the word at ``i`` favours class k: its own features' weights, and its closeness to the type."""
        score = sum(self._weight(f, k) for f in features)
        if vectors is not None and self.dense is not None:
            row, value = vectors.closeness_feature(parse, i, self.classes[k])
            if row >= 0:
                score += value * float(self.dense.weights[row, k])
        return score

    def _weight(self, feature: str, k: int) -> float:
        row = self.weights.get(feature)
        return row[k] if row else 0.0


@dataclass(frozen=True)
class DenseInputs:
    """Dense features for training: one row per example, from SentenceVectors(types, scale)."""

    types: tuple[str, ...]
    scale: float
    rows: np.ndarray


def train_typer(
    examples: Sequence[tuple[list[str], str]], l2: float = 1e-3, epochs: int = 300, rate: float = 0.5,
    min_count: int = 2, dense: DenseInputs | None = None,
) -> SentenceTyper:
    """Fits the typer by full-batch gradient descent on (features, label) pairs; deterministic."""
    counts = Counter(f for features, _ in examples for f in set(features))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    classes = tuple(sorted({label for _, label in examples}))
    x = np.zeros((len(examples), len(vocab)))
    y = np.zeros((len(examples), len(classes)))
    for i, (features, label) in enumerate(examples):
        for f in features:
            if f in vocab:
                x[i, vocab[f]] = 1.0
        y[i, classes.index(label)] = 1.0
    if dense is not None:
        x = np.hstack([x, dense.rows])
    w, b = np.zeros((x.shape[1], len(classes))), np.zeros(len(classes))
    for _ in range(epochs):
        z = x @ w + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - y) / len(examples)
        w -= rate * (x.T @ grad + l2 * w)
        b -= rate * grad.sum(axis=0)
    weights = {f: tuple(round(float(v), 4) for v in w[i]) for f, i in vocab.items()}
    layer = None if dense is None else DenseLayer(dense.types, dense.scale, np.round(w[len(vocab):], 4))
    return SentenceTyper(classes, tuple(round(float(v), 4) for v in b), weights, layer)


def save_typer(typer: SentenceTyper, path: Path, about: Mapping[str, object]) -> None:
    payload: dict[str, object] = {
        "about": dict(about), "classes": list(typer.classes), "bias": list(typer.bias),
        "weights": {f: list(w) for f, w in sorted(typer.weights.items())}}
    if typer.dense is not None:
        payload["dense"] = {"types": list(typer.dense.types), "scale": typer.dense.scale,
                            "weights": typer.dense.weights.tolist()}
    path.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")


def load_typer(path: Path | None = None) -> SentenceTyper:
    """The packaged typer, or one trained by the user (``path``)."""
    try:
        if path is None:
            text = resources.files("realpolitik.data").joinpath("event_typer.json").read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        raw = json.loads(text)
        dense = raw.get("dense")
        layer = None if dense is None else DenseLayer(
            tuple(dense["types"]), float(dense["scale"]), np.array(dense["weights"], dtype=np.float64))
        return SentenceTyper(tuple(raw["classes"]), tuple(raw["bias"]),
                             {f: tuple(w) for f, w in raw["weights"].items()}, layer)
    except (OSError, ValueError, KeyError) as exc:
        raise KnowledgeBaseError(f"cannot read the event typer {path or 'event_typer.json'}: {exc}") from exc
