"""Issue 4, round 20 (docs/decisions.md, D30): events the rules missed entirely."""

from __future__ import annotations

from realpolitik.events.lexicon import load_lexicon
from tests.events import rules, triples


def test_called_for_a_state_to_act_asks_that_state(nlp):
    # The parser hangs "for Russia to withdraw" on "called" as an adverbial clause with "for" as its mark.
    found = triples(rules(nlp, "The French president called for Russia to withdraw its troops from Ukraine."))
    assert ("REQUEST", "FRA", "RUS", "asserted") in found
    assert not any(t[0] == "RETREAT" and t[3] == "asserted" for t in found)


def test_a_call_noun_keeps_its_for_clause_unasserted(nlp):
    found = triples(rules(nlp, "France renewed its call for Iran to release the prisoners."))
    assert ("REQUEST", "FRA", "IRN", "asserted") in found
    assert not any(t[0] == "RETREAT" and t[3] == "asserted" for t in found)


def test_wanting_others_to_act_appeals_to_them_whatever_the_act(nlp):
    text = "President Joseph Kabila of Congo wants the U.N. peacekeepers to prepare for withdrawal."
    found = triples(rules(nlp, text))
    assert {t[:3] for t in found} == {("REQUEST", "COD", "IGO")}


def test_aid_received_from_someone_is_given_by_them(nlp):
    assert ("AID", "USA", "SYR", "asserted") in triples(
        rules(nlp, "Syrian rebels have received weapons from the United States."))
    assert ("AID", "IGO", "UKR", "asserted") in triples(
        rules(nlp, "Ukraine received a loan of $2 billion from the IMF."))


def test_misread_lemmas_are_repaired(nlp):
    lexicon = load_lexicon()
    assert all(lexicon.verbs.get(wrong) for wrong in ("wag", "retook", "rearreste"))
    assert not lexicon.verbs.get("rap")  # "rapped" (rebuked) has the lemma "rap" too
    assert not triples(rules(nlp, "The United States rapped China over its human rights record."))
    assert lexicon.frame_of("hop") is not None and lexicon.is_a("wishes", "hop")
    assert ("ASSAULT", "SAU", "YEM", "asserted") in triples(
        rules(nlp, "Saudi Arabia has waged war on the Houthis since 2015."))
    assert {t[0] for t in triples(rules(nlp, "Iraqi forces retook the city of Mosul."))} == {"COERCE"}


def test_hoping_to_visit_is_an_intent_not_a_visit(nlp):
    found = triples(rules(nlp, "Putin hoped to visit India next year."))
    assert {t[0] for t in found} == {"AGREE"}


def test_repeated_and_unveiled_lend_their_subject(nlp):
    assert ("REQUEST", "IGO", "ISR", "asserted") in triples(
        rules(nlp, "The UN repeated its calls for Israel to halt the attacks."))
    assert triples(rules(nlp, "Japan unveiled sanctions against Russia.")) == {("SANCTION", "JPN", "RUS", "asserted")}


def test_a_lodged_complaint_is_a_complaint(nlp):
    assert triples(rules(nlp, "India lodged a complaint with Nepal.")) == {("ACCUSE", "IND", "NPL", "asserted")}


def test_discussing_a_topic_with_someone_targets_them(nlp):
    found = triples(rules(nlp, "Erdogan discussed the Syrian crisis with Putin."))
    assert found == {("CONSULT", "TUR", "RUS", "asserted")}


def test_a_frame_noun_stated_by_its_holder_frames_its_clause(nlp):
    found = triples(rules(nlp, "Russia expressed readiness to resume talks with Ukraine."))
    assert found == {("AGREE", "RUS", "UKR", "asserted")}
    found = triples(rules(nlp, "Japan announced a plan to send troops to Iraq."))
    assert found == {("AGREE", "JPN", "IRQ", "asserted")}
    found = triples(rules(nlp, "China reaffirmed its commitment to help Pakistan."))
    assert {t[:3] for t in found} == {("AGREE", "CHN", "PAK")}


def test_a_decision_announced_is_the_holders_act(nlp):
    found = triples(rules(nlp, "Trump announced his decision to withdraw troops from Syria."))
    assert found == {("RETREAT", "USA", "SYR", "asserted")}


def test_a_noun_reacted_to_frames_nothing(nlp):
    found = triples(rules(nlp, "Putin welcomed Trump's decision to send troops home from Syria."))
    assert not any(t[0] == "MOBILIZE" for t in found)
    found = triples(rules(nlp, "The United Nations rejected Japan's request to speak at the summit."))
    assert not any(t[0] == "REQUEST" for t in found)
