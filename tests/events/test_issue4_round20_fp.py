"""Issue 4, round 20 (docs/decisions.md): events coded where the sentence reports none. "hopes" is "hope" (not
a wish of its own), a hope for one's own act is an intent, "should" on a set day is a plan, acts in a
circumstance phrase ("amid", "despite") are background, and the typer reads no event in what a reaction
reacts to."""

from __future__ import annotations

from tests.events import rules, sure_typer, triples


def types(events):
    return {e.plover for e in events}


def test_hoping_to_act_is_an_intent_not_the_act(nlp):
    found = triples(rules(nlp, "China hopes to sign a trade deal with Japan."))
    assert ("AGREE", "CHN", "JPN", "asserted") in found
    assert not any(t[0] == "SUPPORT" and t[3] == "asserted" for t in found)


def test_a_hope_for_ones_own_act_is_an_intent(nlp):
    found = triples(rules(nlp, "China hopes it will sign a trade deal with Japan."))
    assert ("AGREE", "CHN", "JPN", "asserted") in found


def test_a_hope_for_what_others_will_do_is_still_no_event(nlp):
    assert rules(nlp, "China hopes Japan will sign a trade deal with Russia.") == []


def test_should_on_a_set_day_is_a_plan(nlp):
    found = rules(nlp, "China and Japan should meet next week.")
    assert "CONSULT" in types(found)
    assert all(str(e.modality) == "future" for e in found)


def test_should_without_a_day_is_still_an_opinion(nlp):
    assert rules(nlp, "China should meet Japan to end the dispute.") == []


def test_an_act_amid_the_news_is_background(nlp):
    text = ("The United States and Turkey held talks on Friday amid a Turkish military offensive against "
            "Kurdish fighters in Syria.")
    found = types(rules(nlp, text))
    assert "CONSULT" in found
    assert "ASSAULT" not in found


def test_an_appeal_despite_which_something_happened_is_background(nlp):
    text = "Israel bombed an Iranian base in Syria, despite Iranian appeals to Russia for protection."
    found = types(rules(nlp, text))
    assert "ASSAULT" in found
    assert "REQUEST" not in found


def test_the_typer_reads_no_event_in_what_a_reaction_reacts_to(typer_coder):
    # Sure of ASSAULT for "attack", the typer would code one by the sender of condolences.
    text = "A senior diplomat of the United Arab Emirates offered his condolences over an attack on mosques in Kenya."
    assert typer_coder(text, typer=sure_typer("ASSAULT", "attack")) == []


def test_the_typer_still_reads_an_attack_that_is_the_news(typer_coder):
    text = "Gunmen from Somalia launched an attack on mosques in Kenya."
    found = typer_coder(text, typer=sure_typer("ASSAULT", "attack"))
    assert "ASSAULT" in types(found)


def test_a_nouns_own_owner_keeps_its_act_in_a_report(nlp):
    # "Iran's threat" is Iran's: the speaker reports it, he does not make it.
    text = "Netanyahu said he will meet Vladimir Putin next month, focusing on Iran's threat to the Syrian border."
    found = triples(rules(nlp, text))
    assert not any(t[0] == "THREATEN" and t[1] == "ISR" for t in found)


def test_an_act_given_up_does_not_happen(nlp):
    text = "A Taliban leader and his associates have given up fighting and surrendered in Afghanistan."
    found = triples(rules(nlp, text))
    assert not any(t[0] == "ASSAULT" and t[3] == "asserted" for t in found)
    assert any(t[0] == "RETREAT" and t[3] == "asserted" for t in found)


def test_what_is_alleged_is_not_vouched_for(nlp):
    found = triples(rules(nlp, "Officials from Egypt cited a report alleging Qatar is funding militants in Libya."))
    assert not any(t[0] == "AID" and t[3] == "asserted" for t in found)
