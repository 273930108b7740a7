"""Issue 4, round 4: decisions are the act decided, custody acts without an agent belong to the state
where they happen, conjuncts with their own auxiliary keep their own factuality, and a main verb the
parser hung off its subject still has that subject."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import ActorIndex
from realpolitik.events.slots import passive_at
from tests.events import triples


def test_a_decision_is_the_act_decided(code):
    found = triples(code("Japan decided on Thursday to ease some sanctions on North Korea."))
    assert ("RETREAT", "JPN", "PRK", "asserted") in found
    assert not any(p == "AGREE" for p, *_ in found)


def test_agentless_release_is_by_the_state_where_it_happens(code):
    found = triples(code("Chinese soldiers have been released from captivity in Syria."))
    assert ("RETREAT", "SYR", "CHN", "asserted") in found


def test_agentless_arrest_in_a_state_is_domestic(code):
    found = triples(code("A journalist was arrested on Monday in Egypt."))
    assert ("COERCE", "EGY", "EGY", "asserted") in found


def test_conjunct_with_its_own_auxiliary_is_not_negated_by_the_first(code):
    found = triples(code("Syria did not comment, but has condemned Turkey's intervention."))
    assert ("ACCUSE", "SYR", "TUR", "asserted") in found


def test_main_verb_misparsed_as_participle_keeps_its_subject():
    words = ["The", "air", "force", "carried", "out", "strikes", "."]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 3, 3, 2],
              deps=["det", "compound", "ROOT", "acl", "prt", "dobj", "punct"],
              tags=["DT", "NN", "NN", "VBN", "RP", "NNS", "."])
    carried = doc[3]
    assert not passive_at(ParsedDoc(doc), carried.i)
    assert [t.text for t in ActorIndex(doc).subjects(carried)] == ["force"]


def test_participle_without_object_stays_passive():
    words = ["The", "plan", "announced", "by", "Japan", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3, 1], deps=["det", "ROOT", "acl", "agent", "pobj", "punct"],
              tags=["DT", "NN", "VBN", "IN", "NNP", "."])
    assert passive_at(ParsedDoc(doc), 2)
