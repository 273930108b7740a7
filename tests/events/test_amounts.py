"""What counting words and sums stand for (realpolitik.events.amounts)."""

from __future__ import annotations

from realpolitik.events.amounts import counted, summed_nouns


def _verb_and_objects(doc):
    verb = next(t for t in doc if t.dep_ == "ROOT")
    return verb, [c for c in verb.children if c.dep_ == "dobj"]


def test_a_counting_word_stands_for_its_of_noun(events_nlp):
    doc = events_nlp("Russia launched dozens of strikes on Syria.")
    _, objects = _verb_and_objects(doc)
    assert [t.text for o in objects for t in counted(o)] == ["strikes"]


def test_a_sum_stands_for_its_in_noun_and_the_verbs(events_nlp):
    for text, noun in (("The United States pledged $50 million in humanitarian aid to Syria.", "aid"),
                       ("Germany paid $662 million in aid to Israel.", "aid")):
        verb, objects = _verb_and_objects(events_nlp(text))
        assert noun in [t.text for t in summed_nouns(verb, objects)]


def test_a_sum_never_stands_for_a_date(events_nlp):
    verb, objects = _verb_and_objects(events_nlp("The United States pledged $50 million in March to Syria."))
    assert "March" not in [t.text for t in summed_nouns(verb, objects)]


def test_no_sum_no_nouns(events_nlp):
    verb, objects = _verb_and_objects(events_nlp("Russia sent troops in March."))
    assert summed_nouns(verb, objects) == []
