"""Word vectors and the typer's dense features (issue 4, round 8; docs/decisions.md, D18)."""

from __future__ import annotations

import numpy as np
import pytest

from realpolitik.errors import KnowledgeBaseError
from realpolitik.events.typer import NONE, DenseInputs, DenseLayer, SentenceTyper, load_typer, save_typer, train_typer
from realpolitik.events.vectors import (
    DIMENSIONS,
    SIMILARITY_FLOOR,
    SentenceVectors,
    _mean,
    lexicon_types,
    load_word_vectors,
)
from tests.events import triples


@pytest.fixture(scope="module")
def vectors():
    return load_word_vectors()


@pytest.fixture
def sentence_vectors(vectors, events_nlp):
    coder = events_nlp.get_pipe("realpolitik_events")
    return SentenceVectors(vectors, coder.lexicon, coder.ontology, lexicon_types(coder.lexicon, coder.ontology), 1.0)


def test_packaged_vectors_are_unit_length_and_put_like_words_together(vectors):
    assert len(vectors.index) == 40_000
    assert abs(float(np.linalg.norm(vectors.get("attack"))) - 1.0) < 0.01
    assert vectors.get("Attack") is not None and vectors.get("no-such-word") is None
    assert vectors.get("attack") @ vectors.get("bomb") > vectors.get("attack") @ vectors.get("meet")


def test_words_the_lexicon_lacks_are_close_to_the_right_type(sentence_vectors):
    types = sentence_vectors.types
    assert types[int(sentence_vectors.closeness("torpedo").argmax())] == "ASSAULT"
    assert types[int(sentence_vectors.closeness("chat").argmax())] == "CONSULT"
    assert not sentence_vectors.closeness("xyzzy").any()


def test_sentence_features_have_a_fixed_size(sentence_vectors, events_nlp):
    features = sentence_vectors.features(events_nlp("Russia torpedoed a Ukrainian ship.")[:])
    assert features.shape == (sentence_vectors.size,) == (2 * DIMENSIONS + len(sentence_vectors.types),)


def test_the_nearest_word_above_the_floor_is_the_floor_of_the_nearest(sentence_vectors, events_nlp):
    # The reference: the nearest raw closeness, then the floor (as the features were first computed).
    doc = events_nlp("Russia torpedoed a Ukrainian ship and the talks failed. Nothing here. Chile chatted with Peru.")
    for sent in doc.sents:
        words = [t for t in sent if t.pos_ in ("VERB", "NOUN") and not t.is_stop]
        raw = [sentence_vectors.closeness(t.lemma_.lower()) for t in words]
        nearest = np.maximum.reduce(raw, axis=0) if raw else np.zeros(len(sentence_vectors.types), dtype=np.float32)
        verbs = [v for t in words if t.pos_ == "VERB"
                 and (v := sentence_vectors.vectors.get(t.lemma_.lower())) is not None]
        root = sentence_vectors.vectors.get(sent.root.lemma_.lower())
        expected = np.concatenate([root if root is not None else np.zeros(DIMENSIONS, dtype=np.float32),
                                   _mean(verbs) if verbs else np.zeros(DIMENSIONS, dtype=np.float32),
                                   np.maximum(nearest - SIMILARITY_FLOOR, 0.0) / (1.0 - SIMILARITY_FLOOR)])
        found = sentence_vectors.features(sent)
        assert found.dtype == expected.dtype and found.tobytes() == expected.tobytes()


def _torpedo_typer(types: tuple[str, ...]) -> SentenceTyper:
    # Only the dense closeness to ASSAULT speaks for ASSAULT; everything else for no event.
    weights = np.zeros((2 * DIMENSIONS + len(types), 2))
    weights[2 * DIMENSIONS + types.index("ASSAULT")] = (12.0, -12.0)
    return SentenceTyper(("ASSAULT", NONE), (0.0, 2.0), {}, DenseLayer(types, 1.0, weights))


def test_a_dense_typer_codes_and_finds_the_trigger_of_a_verb_it_never_saw(typer_coder, sentence_vectors):
    events = typer_coder("Russia torpedoed Ukraine on Tuesday.", typer=_torpedo_typer(sentence_vectors.types))
    assert triples(events) == {("ASSAULT", "RUS", "UKR", "asserted")}
    assert events[0].trigger.text == "torpedoed" and events[0].coded_by == "model"


def test_a_dense_layer_is_trained_saved_and_loaded(tmp_path):
    rows = np.array([[1.0, 0.0], [0.0, 1.0]] * 3)
    typer = train_typer([([], "ASSAULT"), ([], NONE)] * 3, epochs=200, dense=DenseInputs(("ASSAULT",), 1.0, rows))
    assert typer.dense is not None and typer.dense.weights.shape == (2, 2)
    probs = typer.probabilities([], np.array([1.0, 0.0]))
    assert probs[typer.classes.index("ASSAULT")] > 0.5
    save_typer(typer, tmp_path / "typer.json", {})
    loaded = load_typer(tmp_path / "typer.json")
    assert loaded.dense is not None and loaded.dense.types == ("ASSAULT",)
    assert np.allclose(loaded.dense.weights, typer.dense.weights)


def test_packaged_typer_has_a_dense_layer_over_the_lexicon_types():
    typer = load_typer()
    assert typer.dense is not None and typer.dense.weights.shape[1] == len(typer.classes)


def test_an_unreadable_vector_table_says_so(tmp_path):
    bad = tmp_path / "vectors.npz"
    bad.write_bytes(b"not a table")
    with pytest.raises(KnowledgeBaseError, match="word vectors"):
        load_word_vectors(bad)
