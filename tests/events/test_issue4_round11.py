"""Issue 4, round 11 (docs/decisions.md, D21): a reported obligation is a demand on its subject ("said Israel must
end its attacks"), extradition is an expulsion, defending another state is verbal support, and cutting tariffs
eases economic sanctions."""

from __future__ import annotations

from realpolitik.events.matching import match_at
from realpolitik.events.parsecache import ParsedDoc
from tests.events import full, rules, triples


def test_saying_another_state_must_act_is_a_demand_on_it(nlp):
    found = triples(full(nlp, "Russia says Israel must end attacks on Syria."))
    assert ("REQUEST", "RUS", "ISR", "asserted") in found
    assert not any(source == "ISR" and modality == "asserted" for _, source, _, modality in found)


def test_needs_to_in_reported_speech_is_a_demand(nlp):
    found = triples(full(nlp, "China said Japan needs to apologize to South Korea."))
    assert ("REQUEST", "CHN", "JPN", "asserted") in found


def test_a_reported_obligation_to_be_something_is_no_demand(nlp):
    found = triples(full(nlp, "Germany said the European Union must be united."))
    assert not any(plover == "REQUEST" for plover, _, _, _ in found)


def test_extradition_is_coercion(nlp):
    assert ("COERCE", "TUR", "USA", "asserted") in triples(full(nlp, "Turkey extradited a US citizen."))


def test_defending_another_state_is_support(nlp):
    found = triples(full(nlp, "Donald Trump defended Russia over claims of election interference."))
    assert ("SUPPORT", "USA", "RUS", "asserted") in found


def test_cutting_tariffs_eases_sanctions(nlp):
    found = triples(full(nlp, "The United States reduced tariffs on China's exports."))
    assert ("RETREAT", "USA", "CHN", "asserted") in found



def test_a_dating_preposition_completes_no_pattern(nlp):
    # "called ... on Wednesday" is no "call on": the call is not an appeal to anyone.
    lexicon = nlp.get_pipe("realpolitik_events").lexicon
    for text, appeal in (("Vladimir Putin called Angela Merkel on Wednesday.", False),
                         ("Vladimir Putin called on Angela Merkel to act.", True)):
        doc = nlp(text)
        called = next(t for t in doc if t.lower_ == "called")
        found = match_at(ParsedDoc(doc), called.i, lexicon.verbs.get("call", ()))
        assert (found is not None and found[0].required == ("on",)) is appeal


def test_a_protest_with_no_protesters_named_is_at_home(nlp):
    text = "Russian police detained dozens of opposition supporters as nationwide protests began."
    assert ("PROTEST", "RUS", "RUS", "asserted") in triples(rules(nlp, text))


def test_a_month_is_no_march(nlp):
    found = triples(full(nlp, "Russia annexed Crimea from Ukraine in March 2014."))
    assert not any(plover == "PROTEST" for plover, _, _, _ in found)


def test_a_ceasefire_broken_against_no_one_named_has_no_target(nlp):
    found = triples(full(nlp, "Azerbaijani forces violated the ceasefire about 80 times this morning."))
    assert ("ASSAULT", "AZE", None, "asserted") in found


def test_talks_told_as_a_setting_are_held_by_the_subject(nlp):
    text = "The Taliban has issued an ultimatum to Washington after weeks of talks with a U.S. peace envoy."
    found = triples(rules(nlp, text))
    assert {("THREATEN", "AFG", "USA", "asserted"), ("CONSULT", "AFG", "USA", "asserted")} <= found


def test_talks_took_place_even_when_they_failed(nlp):
    found = triples(rules(nlp, "Britain has failed to reach a deal with Ireland after hours of talks with Ireland."))
    assert ("CONSULT", "GBR", "IRL", "asserted") in found


def test_reportedly_is_hearsay(nlp):
    found = triples(rules(nlp, "Yemeni soldiers have reportedly carried out an attack against Saudi Arabia."))
    assert ("ASSAULT", "YEM", "SAU", "speculative") in found
    assert not any(modality == "asserted" for _, _, _, modality in found)


def test_a_seizure_between_two_readings_of_one_state_is_at_home(nlp):
    found = triples(rules(nlp, "Iraqi military says it has seized large oil fields near Kirkuk from Kurdish forces."))
    assert ("COERCE", "IRQ", "IRQ", "asserted") in found
