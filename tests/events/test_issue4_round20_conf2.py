"""Issue 4, round 20: events of the wrong type (reported own appeals, phone calls, talks with no partner, market
demand, the author of a text)."""

from __future__ import annotations

from tests.events import rules, triples


def types(events):
    return {e.plover for e in events}


def test_a_reported_own_future_appeal_stays_an_appeal(nlp):
    found = triples(rules(nlp, "Russia said it would call on the UN Security Council to investigate the attack."))
    assert ("REQUEST", "RUS", "IGO", "hypothetical") in found
    assert not any(t[0] == "AGREE" for t in found)


def test_calling_a_leader_is_a_phone_call(nlp):
    assert ("CONSULT", "RUS", "TUR", "asserted") in triples(rules(nlp, "Putin called Erdogan on Tuesday."))


def test_calling_someone_something_or_calling_elections_is_no_call(nlp):
    assert "CONSULT" not in types(rules(nlp, "Putin called Erdogan a liar."))
    assert "CONSULT" not in types(rules(nlp, "The Iraqi president called early elections."))


def test_calling_on_a_state_to_act_is_still_an_appeal(nlp):
    assert types(rules(nlp, "France called on Russia to withdraw its troops.")) == {"REQUEST"}


def test_a_call_set_before_an_appeal_is_told_too(nlp):
    found = triples(rules(nlp, "In a phone call with Erdogan, Putin urged Turkey to exercise restraint."))
    assert ("CONSULT", "RUS", "TUR", "asserted") in found
    assert ("REQUEST", "RUS", "TUR", "asserted") in found


def test_telling_by_phone_is_a_call(nlp):
    found = triples(rules(nlp, "Putin told Erdogan by phone that the talks would go on."))
    assert ("CONSULT", "RUS", "TUR", "asserted") in found


def test_speaking_about_something_to_no_one_is_no_talks(nlp):
    assert "CONSULT" not in types(rules(nlp, "Putin spoke to reporters in Moscow about the sanctions."))


def test_speaking_with_a_party_or_together_is_talks(nlp):
    assert ("CONSULT", "RUS", "TUR", "asserted") in triples(rules(nlp, "Putin spoke with Erdogan about Syria."))
    assert "CONSULT" in types(rules(nlp, "Putin and Erdogan talked about Syria."))


def test_market_demand_is_no_ones_demand(nlp):
    assert "REQUEST" not in types(rules(nlp, "OPEC cut output as demand for oil fell in China."))
    assert "REQUEST" not in types(rules(nlp, "Saudi Arabia expects oil demand to rise."))


def test_the_author_of_a_text_acts_by_its_participles(nlp):
    text = ("The European Parliament approved a resolution criticizing the Nicaraguan government and calling "
            "for sanctions.")
    found = triples(rules(nlp, text))
    assert ("ACCUSE", "IGO", "NIC", "asserted") in found
    assert ("REQUEST", "IGO", "NIC", "asserted") in found
    assert ("ACCUSE", "IRN", "ISR", "asserted") in triples(
        rules(nlp, "Iran's statement condemning the Israeli strikes angered Washington."))
