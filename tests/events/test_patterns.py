"""Common news patterns the coder must get right (issue 4), on the test gazetteer."""

from __future__ import annotations

from realpolitik.records import Modality
from tests.events import triples


def test_coordinated_signers_pair_both_ways(code):
    found = triples(code("China and Russia signed an agreement on Monday."))
    assert ("SUPPORT", "CHN", "RUS", Modality.ASSERTED) in found
    assert ("SUPPORT", "RUS", "CHN", Modality.ASSERTED) in found


def test_agreeing_to_a_ceasefire_is_an_intent(code):
    found = triples(code("Turkey agreed to a ceasefire with Syria."))
    assert ("AGREE", "TUR", "SYR", Modality.ASSERTED) in found


def test_willing_to_withdraw_is_an_intent(code):
    found = triples(code("Pakistan is willing to withdraw its troops from India."))
    assert {t[0] for t in found} == {"AGREE"}


def test_backed_modifier_is_not_support(code):
    found = triples(code("Iran-backed fighters attacked Israel."))
    assert all(t[0] != "SUPPORT" for t in found)


def test_target_inside_object_phrase(code):
    found = triples(code("Germany called for sanctions against Iran."))
    assert ("REQUEST", "DEU", "IRN", Modality.ASSERTED) in found


def test_rejected_request_is_not_a_request_event(code):
    found = triples(code("Germany rejected Turkey's request for talks."))
    assert {t[0] for t in found} == {"REJECT"}


def test_due_to_meet_is_future(code):
    found = triples(code("Japan and China are due to meet in Singapore on Friday."))
    assert found and all(t[3] == Modality.FUTURE for t in found)


def test_lifting_a_ban_concedes(code):
    found = triples(code("Japan lifted a travel ban on China."))
    assert ("CONCEDE", "JPN", "CHN", Modality.ASSERTED) in found


def test_aid_suspension_is_a_sanction(code):
    found = triples(code("France announced a suspension of aid to Egypt."))
    assert ("SANCTION", "FRA", "EGY", Modality.ASSERTED) in found
