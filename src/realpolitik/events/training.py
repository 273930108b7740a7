"""What the learned sentence typer (realpolitik.events.typer) learns from: labelled sentences, parsed.

scripts/train_event_typer.py fits the packaged typer on all of them; cross-validation
(realpolitik.evaluate.crossval) fits one per fold on a subset. Both read the same examples, so a fold's
typer is the packaged one's method on less data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.tokens import Doc

from realpolitik.events.roles import ActorIndex
from realpolitik.events.typer import NONE, DenseInputs, LexiconHints, SentenceTyper, sentence_features, train_typer
from realpolitik.events.vectors import SentenceVectors

L2 = 1e-3
DENSE_SCALE = 2.0  # from 5-fold cross-validation over dev + train (D18)


def sentence_label(item: Mapping[str, Any]) -> str:
    """The class a labelled sentence teaches: the PLOVER type of its first gold event, or NONE."""
    events = item["events"]
    return str(events[0]["plover"]) if events else NONE


@dataclass(frozen=True)
class TrainingSet:
    """One example per sentence: its sparse features, its label, and its row of dense features."""

    features: tuple[list[str], ...]
    labels: tuple[str, ...]
    dense: DenseInputs

    def fit(self, rows: Sequence[int] | None = None, l2: float = L2) -> SentenceTyper:
        """A typer fitted on the examples at ``rows`` (all when None)."""
        chosen = range(len(self.labels)) if rows is None else rows
        inputs = DenseInputs(self.dense.types, self.dense.scale, self.dense.rows[list(chosen)])
        return train_typer([(self.features[i], self.labels[i]) for i in chosen], l2=l2, dense=inputs)


def training_set(docs: Iterable[Doc], items: Iterable[Mapping[str, Any]], hints: LexiconHints,
                 vectors: SentenceVectors) -> TrainingSet:
    """Examples from labelled items and their parsed docs (whole-sentence items, in the same order)."""
    features, labels, rows = [], [], []
    for doc, item in zip(docs, items, strict=True):
        features.append(sentence_features(doc[:], hints, ActorIndex(doc)))
        labels.append(sentence_label(item))
        rows.append(vectors.features(doc[:]))
    return TrainingSet(tuple(features), tuple(labels), DenseInputs(vectors.types, vectors.scale, np.stack(rows)))
