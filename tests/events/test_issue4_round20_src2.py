"""Issue 4, round 20 (docs/decisions.md, D30): a release is the act of whoever held the released."""

from __future__ import annotations

from realpolitik.events.coder import EventCoder
from tests.events import rules, sure_typer, triples


def _typed(nlp, text: str, lemma: str):
    """(type, source, target) of the events coded with a typer sure that ``lemma`` says a RETREAT."""
    base = nlp.get_pipe("realpolitik_events")
    coder = EventCoder(base.lexicon, base.ontology, typer=sure_typer("RETREAT", lemma))
    return {(e.plover, e.source.code, e.target.code if e.target else None) for e in coder(nlp(text))._.events}


def test_a_release_announced_by_one_state_is_the_holders(nlp):
    text = "Germany's chancellor announced the release of a German engineer held in Iraq since May."
    assert triples(rules(nlp, text)) == {("RETREAT", "IRQ", "DEU", "asserted")}


def test_the_holder_in_a_by_phrase_releases(nlp):
    text = "Two Japanese citizens who were held by the Iranian government were released on Monday."
    assert _typed(nlp, text, "release") == {("RETREAT", "IRN", "JPN")}


def test_people_held_in_a_state_and_freed_are_freed_by_it(nlp):
    text = "Three Canadian sailors, detained in Iran since March, were freed on Monday."
    assert ("RETREAT", "IRN", "CAN") in _typed(nlp, text, "free")


def test_a_release_without_a_holding_keeps_its_source(nlp):
    found = triples(rules(nlp, "Turkey freed an American pastor on Monday."))
    assert found == {("RETREAT", "TUR", "USA", "asserted")}


def test_a_holder_in_the_releasers_own_state_changes_nothing(nlp):
    found = triples(rules(nlp, "Turkey freed an American pastor held in Izmir for two years."))
    assert found == {("RETREAT", "TUR", "USA", "asserted")}


def test_a_by_phrase_hung_on_the_of_object_names_the_nouns_agent(nlp):
    found = triples(rules(nlp, "The expulsion of a Russian diplomat by Sofia angered Moscow."))
    assert ("SANCTION", "BGR", "RUS", "asserted") in found


def test_the_of_objects_own_by_phrase_is_no_agent_when_the_noun_has_one(nlp):
    found = triples(rules(nlp, "Bulgaria's expulsion of a diplomat appointed by Moscow angered Russia."))
    assert {t[:3] for t in found if t[0] == "SANCTION"} == {("SANCTION", "BGR", "RUS")}


def _actors(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {s.text: s._.actor.code for s in doc.spans["actors"]}


def test_bare_rebels_are_of_the_state_whose_forces_the_sentence_names(nlp):
    text = "The rebels sought protection from Syrian government troops."
    assert _actors(nlp, text).get("rebels") == "SYR"


def test_another_state_named_leaves_the_rebels_open(nlp):
    # Foreign troops fight rebels abroad: the rebels are not the troops' state's (the round's review).
    assert _actors(nlp, "French troops killed 20 rebels in Mali.").get("rebels") != "FRA"
    assert _actors(nlp, "The rebels in Syria attacked Turkish troops.").get("rebels") != "TUR"
    # A state named as a partner, not a place, leaves them to the state whose forces are named.
    assert _actors(nlp, "The rebels negotiated with Russia for protection from Syrian troops.").get("rebels") == "SYR"


def test_protesters_opening_a_sentence_are_of_the_state_whose_police_it_names(nlp):
    assert _actors(nlp, "Protesters clashed with Syrian police on Friday.").get("Protesters") == "SYR"


def test_the_authorities_of_two_states_leave_the_rebels_unnamed(nlp):
    assert "rebels" not in _actors(nlp, "The rebels fought Syrian troops and Turkish police near Afrin.")
