"""Issue 4, round 13 (docs/decisions.md, D23): declining to comment rejects nothing, halting mediation is a
sanction, a call to a person with a courtesy is a phone call, calling off a strike yields, peacekeepers arriving
are aid, agreeing to (call off) a protest is an agreement, human shields are an assault, reduced aid is a
sanction, the typer's lexicon hints follow the most specific pattern, and aid or an offensive with no named
target takes the place the sentence names."""

from __future__ import annotations

from realpolitik.events.drafts import says_no_event
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.typer import LexiconHints
from realpolitik.language import SAMPLE_CHARS, detect_language
from tests.events import full, rules, triples


def test_declining_to_comment_is_no_rejection(nlp):
    text = "The German government declined to comment on a report that U.S. agencies were reviewing their cooperation."
    assert not any(e.plover == "REJECT" for e in full(nlp, text))


def test_refusing_to_discuss_is_still_a_rejection(nlp):
    found = triples(rules(nlp, "Iran refused to discuss its missile program with the United States."))
    assert ("REJECT", "IRN", "USA", "asserted") in found


def test_ending_mediation_is_a_sanction(nlp):
    events = rules(nlp, "Qatar suspended its mediation between Israel and Hamas.")
    assert {(e.plover, e.cameo) for e in events} == {("SANCTION", "165")}


def test_calling_a_leader_to_apologise_is_a_phone_call(nlp):
    text = "NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the incident."
    events = rules(nlp, text)
    assert [(e.plover, e.cameo, e.target.code if e.target else None) for e in events] == [("CONSULT", "041", "TUR")]


def test_calling_on_a_state_to_act_stays_an_appeal(nlp):
    found = triples(rules(nlp, "The UN called on Iran to free the tanker."))
    assert {plover for plover, *_ in found} == {"REQUEST"}


def test_calling_off_a_strike_yields(nlp):
    events = rules(nlp, "Brazil's truck drivers called off a four-day strike on Sunday.")
    assert [(e.plover, e.cameo) for e in events] == [("CONCEDE", "080")]


def test_peacekeepers_arriving_are_aid_to_the_state_they_serve(nlp):
    text = "Japanese peacekeepers arrive at the Juba airport to join the United Nations Mission in South Sudan."
    assert ("AID", "JPN", "SSD", "asserted") in triples(rules(nlp, text))


def test_a_deployment_on_a_peacekeeping_mission_is_aid(nlp):
    text = "Nigeria on Saturday announced the deployment of 230 troops to Liberia on a peacekeeping mission."
    found = triples(rules(nlp, text))
    assert ("AID", "NGA", "LBR", "asserted") in found
    assert not any(plover == "MOBILIZE" for plover, *_ in found)


def test_agreeing_to_postpone_a_protest_is_an_agreement(nlp):
    text = "Somali opposition leaders have agreed to postpone a protest over election delays."
    assert {plover for plover, *_ in triples(rules(nlp, text))} == {"AGREE"}


def test_human_shields_are_an_assault(nlp):
    events = rules(nlp, "Hezbollah systematically used Lebanese civilians as human shields.")
    assert [(e.plover, e.cameo) for e in events] == [("ASSAULT", "184")]


def test_releasing_a_statement_is_no_event_for_the_typer_either(nlp):
    doc = nlp("The senator released the following statement.")
    released = next(t for t in doc if t.lower_ == "released")
    assert says_no_event(nlp.get_pipe("realpolitik_events").lexicon, ParsedDoc(doc), released.i)


def test_lexicon_hints_follow_the_most_specific_pattern(nlp):
    coder = nlp.get_pipe("realpolitik_events")
    hints = LexiconHints(coder.lexicon, coder.ontology)
    doc = nlp("French unions launched a general strike. Israel used the money. Israel used civilians as shields.")
    strike, used, used_shields = (t for t in doc if t.lower_ in ("strike", "used"))
    parse = ParsedDoc(doc)
    assert hints.types_at(parse, strike.i) == {"PROTEST"}
    assert "ASSAULT" not in hints.types_at(parse, used.i)
    assert "ASSAULT" in hints.types_at(parse, used_shields.i)


def test_reducing_aid_is_a_sanction_and_lifting_trade_restrictions_a_retreat(nlp):
    cut = rules(nlp, "China has reduced humanitarian aid to Tajikistan.")
    assert [(e.plover, e.cameo, e.target.code if e.target else None) for e in cut] == [("SANCTION", "162", "TJK")]
    lifted = rules(nlp, "The UAE formally lifted trade and travel restrictions with Israel.")
    assert [(e.plover, e.cameo) for e in lifted] == [("RETREAT", "085")]


def test_distributing_supplies_is_humanitarian_aid(nlp):
    events = rules(nlp, "Israeli forces distributed supplies, tents and food to people who had fled the fighting.")
    assert [(e.plover, e.cameo) for e in events] == [("AID", "073")]


def test_aid_with_no_recipient_goes_to_the_place_named(nlp):
    text = "USAID provided basic shelter materials to 1.5 million people after the earthquake in Haiti."
    assert ("AID", "USA", "HTI", "asserted") in triples(rules(nlp, text))


def test_an_offensive_against_a_place_in_a_state_targets_that_state(nlp):
    text = ("Dozens of civilians have died in the first days of Turkey's offensive against a Kurdish enclave in "
            "northern Syria, the United Nations said.")
    assert ("ASSAULT", "TUR", "SYR", "asserted") in triples(rules(nlp, text))


def test_language_is_told_from_the_start_of_a_long_text():
    german = "Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen und die Botschaft geschlossen. "
    text = german * (3 * SAMPLE_CHARS // len(german))
    assert detect_language(text)[0] == "de"


def test_support_told_in_a_relative_clause_is_a_standing_tie_not_news(nlp):
    text = "Putin and Erdogan, who have backed the Syrian government and the rebels respectively, spoke about Idlib."
    assert not any(e.plover == "SUPPORT" for e in rules(nlp, text))
