"""Issue 4, round 5: the learned sentence typer codes sentences no lexicon rule codes, marks its events
as the model's with their probability, keeps out of generic statements, and can be switched off."""

from __future__ import annotations

from dataclasses import replace

from realpolitik.events.guessed import general_code
from realpolitik.events.typer import NONE, load_typer, train_typer
from realpolitik.ontology import PLOVER_TYPES, load_ontology
from realpolitik.records import Extraction
from tests.events import triples
from tests.test_store import _document, _event


def test_typer_codes_a_sentence_no_rule_codes(typer_coder):
    events = typer_coder("Russia pummelled Ukraine on Tuesday.")
    assert triples(events) == {("ASSAULT", "RUS", "UKR", "asserted")}
    assert events[0].coded_by == "model" and events[0].confidence and events[0].confidence > 0.9
    assert events[0].trigger.text == "pummelled"


def test_without_the_typer_nothing_is_coded(typer_coder):
    assert typer_coder("Russia pummelled Ukraine on Tuesday.", typer=None) == []


def test_guesses_below_the_threshold_are_dropped(typer_coder):
    assert typer_coder("Russia pummelled Ukraine on Tuesday.", min_probability=0.9999) == []


def test_typer_keeps_the_factuality_of_its_trigger(typer_coder):
    assert triples(typer_coder("Russia did not pummel Ukraine.")) == {("ASSAULT", "RUS", "UKR", "negated")}


def test_typer_stays_out_of_generic_statements(typer_coder):
    assert typer_coder("When Russia pummels Ukraine, they are forced to comply.") == []


def test_rule_events_are_marked_as_lexicon_events(typer_coder):
    events = typer_coder("China sent food aid to North Korea.")
    assert events and all(e.coded_by == "lexicon" and e.confidence is None for e in events)


def test_train_typer_learns_a_separable_toy_set():
    examples = [(["lemma=bomb"], "ASSAULT"), (["lemma=meet"], "CONSULT"), (["lemma=weather"], NONE)] * 3
    typer = train_typer(examples, epochs=200)
    probs = dict(zip(typer.classes, typer.probabilities(["lemma=bomb"]), strict=True))
    assert max(probs, key=probs.__getitem__) == "ASSAULT"
    assert abs(sum(probs.values()) - 1.0) < 1e-9


def test_packaged_typer_loads_with_every_class_a_plover_type():
    typer = load_typer()
    assert set(typer.classes) <= {*PLOVER_TYPES, NONE} and NONE in typer.classes
    assert all(len(w) == len(typer.classes) for w in typer.weights.values())


def test_general_code_of_a_type_is_its_root_code():
    ontology = load_ontology()
    assert general_code("ASSAULT", ontology) == "180"
    assert ontology.get(general_code("RETREAT", ontology)).plover == "RETREAT"


def test_model_events_are_stored_with_who_coded_them(store):
    doc = _document()
    store.write(Extraction(doc, events=(replace(_event(doc), coded_by="model", confidence=0.71),)))
    assert store.con.execute("SELECT coded_by, confidence FROM events").fetchall() == [("model", 0.71)]
