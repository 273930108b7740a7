"""Cross-validation of the event coder over labelled sentences (docs/decisions.md, D21).

The rules are fixed; the learned typer is refitted for each fold on the other folds' sentences, so each
sentence is coded by a typer that never saw it. Over dev + the training split this is the team's
estimate of how a change does on unseen text before the blind test split is read (D11, D12): rules
were written from dev, never from the training split, whose part of the result is reported apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language

from realpolitik.errors import EvaluationError
from realpolitik.evaluate.events import score_dev, triple_counts
from realpolitik.events.coder import EventCoder
from realpolitik.events.training import DENSE_SCALE, L2, training_set
from realpolitik.events.vectors import SentenceVectors, lexicon_types, load_word_vectors
from realpolitik.nlp import parse
from realpolitik.records import Event


@dataclass(frozen=True)
class CrossValidation:
    """Counts over all sentences, each coded with the typer of the fold that left it out."""

    folds: int
    sentences: int
    typed_right: int  # sentences whose gold types and coded types meet (or both are none)
    right_triples: int  # asserted (type, source, target) triples coded and in the gold
    wrong_triples: int
    missed_triples: int
    predictions: tuple[tuple[Event, ...], ...] = field(default=(), repr=False, compare=False)

    @property
    def triple_f1(self) -> float:
        right = 2 * self.right_triples
        return right / (right + self.wrong_triples + self.missed_triples) if right else 0.0


def _published(item: Mapping[str, Any]) -> date | None:
    return date.fromisoformat(item["date"]) if item.get("date") else None


def cross_validate(items: Sequence[dict[str, Any]], nlp: Language, folds: int = 5, l2: float = L2,
                   dense_scale: float = DENSE_SCALE) -> CrossValidation:
    """Codes every item with a typer fitted on the items of the other folds (item ``i`` is in fold
    ``i % folds``) by the pipeline ``nlp`` (realpolitik.nlp.build_pipeline), whose own typer is put back
    after; deterministic."""
    if folds < 2 or len(items) < folds:
        raise EvaluationError(f"cross-validation needs at least 2 folds and a sentence per fold, "
                              f"not {folds} folds over {len(items)} sentences")
    coder = nlp.get_pipe("realpolitik_events")
    if not isinstance(coder, EventCoder):
        raise EvaluationError("the pipeline's realpolitik_events is not realpolitik's event coder")
    docs = list(parse(nlp, ((item["text"], _published(item)) for item in items)))
    vectors = SentenceVectors(load_word_vectors(), coder.lexicon, coder.ontology,
                              lexicon_types(coder.lexicon, coder.ontology), dense_scale)
    examples = training_set(docs, items, coder.hints, vectors)
    predictions: list[tuple[Event, ...]] = [()] * len(items)
    packaged = coder.typer
    try:
        for fold in range(folds):
            coder.use_typer(examples.fit([i for i in range(len(items)) if i % folds != fold], l2))
            for i in range(fold, len(items), folds):
                predictions[i] = tuple(coder(docs[i])._.events)
    finally:
        coder.use_typer(packaged)
    return tally(items, predictions, folds)


def tally(items: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Event]], folds: int) -> CrossValidation:
    """The counts of a cross-validation over ``items`` (or a part of them, with its predictions)."""
    coded = [list(events) for events in predictions]
    scores = score_dev(list(items), coded)
    right, wrong, missed = triple_counts(list(items), coded)
    return CrossValidation(folds, len(items), round(scores["sentence_type_accuracy"] * len(items)), right, wrong,
                           missed, tuple(tuple(events) for events in predictions))
