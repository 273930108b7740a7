"""Cross-validation of the coder (realpolitik.evaluate.crossval) and the typer's training set
(realpolitik.events.training), on a handful of hand-written sentences."""

from __future__ import annotations

import pytest

from realpolitik.errors import EvaluationError
from realpolitik.evaluate.crossval import CrossValidation, cross_validate
from realpolitik.evaluate.events import triple_counts
from realpolitik.events.training import sentence_label, training_set
from realpolitik.events.typer import NONE
from realpolitik.events.vectors import SentenceVectors, lexicon_types, load_word_vectors

from .test_evaluate import ITEMS, event

SENTENCES = [
    {"text": "China sent food aid to North Korea.", "events": [{"plover": "AID", "source": "CHN", "target": "PRK"}]},
    {"text": "Russian troops shelled the Ukrainian city of Kharkiv.",
     "events": [{"plover": "ASSAULT", "source": "RUS", "target": "UKR"}]},
    {"text": "The weather in Paris was mild.", "events": []},
    {"text": "Japan and South Korea held talks in Seoul.",
     "events": [{"plover": "CONSULT", "source": "JPN", "target": "KOR"}]},
    {"text": "Iran accused Israel of sabotage.", "events": [{"plover": "ACCUSE", "source": "IRN", "target": "ISR"}]},
    {"text": "Stocks rose on Monday.", "events": []},
]


def test_triple_counts_right_wrong_missed():
    predicted = [[event("CONSULT", "USA", "CHN")], [event("AID", "USA", "CHN")], [], []]
    # "c" is hypothetical in the gold, so only "a" and "d" have asserted triples
    assert triple_counts(ITEMS, predicted) == (1, 1, 1)


def test_sentence_label_is_the_first_gold_type_or_none():
    assert sentence_label(SENTENCES[0]) == "AID"
    assert sentence_label(SENTENCES[2]) == NONE


def test_training_set_fits_on_the_rows_asked(nlp):
    coder = nlp.get_pipe("realpolitik_events")
    vectors = SentenceVectors(load_word_vectors(), coder.lexicon, coder.ontology,
                              lexicon_types(coder.lexicon, coder.ontology), 2.0)
    docs = [nlp(item["text"]) for item in SENTENCES]
    examples = training_set(docs, SENTENCES, coder.hints, vectors)
    assert examples.labels == ("AID", "ASSAULT", NONE, "CONSULT", "ACCUSE", NONE)
    assert examples.dense.rows.shape == (len(SENTENCES), vectors.size)
    assert examples.fit([0, 2, 5]).classes == ("AID", NONE)


def test_cross_validation_is_deterministic_and_puts_the_typer_back(nlp):
    coder = nlp.get_pipe("realpolitik_events")
    packaged = coder.typer
    first = cross_validate(SENTENCES, nlp, folds=2)
    assert coder.typer is packaged
    second = cross_validate(SENTENCES, nlp, folds=2)
    assert isinstance(first, CrossValidation) and first == second
    assert [[e.plover for e in p] for p in first.predictions] == [[e.plover for e in p] for p in second.predictions]
    assert len(first.predictions) == first.sentences == len(SENTENCES)
    assert first.right_triples + first.missed_triples == 4  # the gold's asserted triples
    assert 0 <= first.typed_right <= len(SENTENCES)
    assert first.triple_f1 == (2 * first.right_triples / (2 * first.right_triples + first.wrong_triples
                                                          + first.missed_triples) if first.right_triples else 0.0)


def test_cross_validation_refuses_folds_it_cannot_fill(nlp):
    with pytest.raises(EvaluationError, match="at least 2 folds"):
        cross_validate(SENTENCES, nlp, folds=1)
    with pytest.raises(EvaluationError, match="over 0 sentences"):
        cross_validate([], nlp, folds=5)
