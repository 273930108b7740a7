"""Issue 4, round 9 (docs/decisions.md, D19): idioms whose head is an event word report no event ("a cold war",
"a charm offensive"), neither through the rules nor through the typer; a general strike is a protest; a typer sure
of one type drops the rules' subordinate events of a type it rules out."""

from __future__ import annotations

from realpolitik.events.lexicon import NO_EVENT, load_lexicon
from tests.events import full, sure_typer, triples


def test_idioms_are_no_event(nlp):
    for text in (
        "Riyadh's cold war with Qatar strained relations with Turkey.",
        "Russia and Ukraine waged a war of words over gas prices.",
        "China launched a charm offensive in Africa.",
        "Turkey launched a diplomatic offensive against Greece.",
        "The US and China are locked in a trade war.",
    ):
        assert not any(plover == "ASSAULT" for plover, *_ in triples(full(nlp, text))), text


def test_a_war_is_still_an_assault(nlp):
    assert ("ASSAULT", "RUS", "GEO", "asserted") in triples(full(nlp, "Russia fought a war with Georgia in 2008."))


def test_a_general_strike_is_a_protest(nlp):
    found = triples(full(nlp, "French unions launched a general strike against the government."))
    assert [plover for plover, *_ in found] == ["PROTEST"]


def test_users_add_idioms_without_code(tmp_path):
    extra = tmp_path / "idioms.yaml"
    extra.write_text('not_events:\n  nouns: ["war lawfare"]\n', encoding="utf-8")
    patterns = load_lexicon([str(extra)]).nouns["war"]
    assert any(p.cameo == NO_EVENT and p.required == ("lawfare",) for p in patterns)


def test_he_is_no_state_and_it_no_person(nlp):
    found = triples(
        full(
            nlp,
            "Labour leader Jeremy Corbyn has condemned Donald Trump's rhetoric on Syria as he "
            "continued to call for a parliamentary vote on any military intervention.",
        )
    )
    assert not any(plover == "REQUEST" and source == "SYR" for plover, source, _, _ in found)  # "he" is not Syria
    found = triples(full(nlp, "China said it would send aid to Nepal."))
    assert any(source == "CHN" for _, source, _, _ in found)


def test_a_joint_undertaking_of_coordinated_states_binds_each_to_the_other(nlp):
    found = triples(full(nlp, "China and Russia agreed to hold joint exercises."))
    assert {("AGREE", "CHN", "RUS", "asserted"), ("AGREE", "RUS", "CHN", "asserted")} <= found


def test_weapons_and_peacekeepers_sent_are_aid(nlp):
    assert ("AID", "USA", "UKR", "asserted") in triples(full(nlp, "The US supplied Ukraine with missiles."))
    assert ("AID", "BGD", "MLI", "asserted") in triples(full(nlp, "Bangladesh sent peacekeepers to Mali."))


def test_named_forces_led_by_a_state_are_that_states(nlp):
    found = triples(full(nlp, "Chinese soldiers attacked United Nations troops led by the United States."))
    assert ("ASSAULT", "CHN", "USA", "asserted") in found


def test_a_sure_typer_drops_a_subordinate_rule_event_of_a_type_it_rules_out(typer_coder):
    # The typer's word is the root ("food", under the rule's "sent", adds nothing since round 19).
    text = "China said it sent food aid to North Korea."
    events = typer_coder(text, typer=sure_typer("COERCE", "say"))
    assert {e.plover for e in events} == {"COERCE"}
    kept = typer_coder(text, typer=sure_typer("COERCE", "say"), unlikely_probability=0.0)
    assert {e.plover for e in kept} == {"AID", "COERCE"}


def test_the_main_clause_event_stands_whatever_the_typer_says(typer_coder):
    events = typer_coder("China sent food aid to North Korea.", typer=sure_typer("COERCE", "food"))
    assert {e.plover for e in events} == {"AID", "COERCE"}


def test_a_noun_pattern_may_be_written_head_last():
    lexicon = load_lexicon()
    assert any(p.required == ("military",) and p.cameo == "190" for p in lexicon.nouns["operation"])
    assert any(p.required == ("ethnic",) for p in lexicon.nouns["cleansing"])


def test_an_adjective_led_event_noun_is_coded(code):
    events = code("Russia began a military campaign against Ukraine.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in triples(events)
    assert any(e.coded_by == "lexicon" and e.trigger.text == "campaign" for e in events)


def test_it_after_a_leader_is_the_leaders_state(nlp):
    text = "Turkey's president says it will begin a new military operation against Syria."
    assert ("THREATEN", "TUR", "SYR", "asserted") in triples(full(nlp, text))


def test_the_parties_between_whom_an_act_is_come_before_where_it_is(nlp):
    text = "Envoys worried about the escalation of hostilities in the Gaza Strip between Israel and Hamas."
    assert ("ASSAULT", "ISR", "PSE", "asserted") in triples(full(nlp, text))


def test_a_prevented_act_did_not_happen(nlp):
    found = triples(full(nlp, "Diplomats averted a war between India and Pakistan."))
    assert ("ASSAULT", "IND", "PAK", "negated") in found
    assert not any(modality == "asserted" for *_, modality in found)
