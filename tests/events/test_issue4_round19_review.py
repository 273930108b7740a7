"""Issue 4, round 19 (docs/decisions.md): how the typer reviews the rules' events. A light verb's event noun at
the root is the main clause's event; the typer adds no event said by a word of an actor's name or by a word
under a rule event's own (non-root) trigger."""

from __future__ import annotations

from tests.events import sure_typer

WAR_GAME = "The war game, code-named infinite moonlight 96, was staged by Chinese soldiers and Indian troops."
JOINT = {("COOPERATE", "CHN", "IND", "lexicon"), ("COOPERATE", "IND", "CHN", "lexicon")}


def _kinds(events):
    return {(e.plover, e.source.code, e.target.code if e.target else None, e.coded_by) for e in events}


def test_a_light_verbs_event_noun_at_the_root_survives_a_sure_typer(typer_coder):
    # The typer is sure of ASSAULT (said by "code-named") and rules out COOPERATE; the rules' joint exercise,
    # triggered by "game" but said by the root "staged", stays.
    found = _kinds(typer_coder(WAR_GAME, typer=sure_typer("ASSAULT", "code"), override_probability=0.4))
    assert JOINT <= found


def test_a_word_of_an_actors_name_adds_no_event(typer_coder):
    # "troops" of "Indian troops" names an actor, not an assault.
    found = _kinds(typer_coder(WAR_GAME, typer=sure_typer("ASSAULT", "troop"), override_probability=0.4))
    assert found == JOINT


def test_a_word_under_a_rule_trigger_adds_no_event(typer_coder):
    # "calling" is what the protests said: the rules coded the protests, the typer adds no appeal.
    text = "The president of Iran resigned on Sunday, after protests calling for his removal."
    found = typer_coder(text, typer=sure_typer("REQUEST", "call"), override_probability=0.4)
    assert found and {e.plover for e in found} == {"PROTEST"}


def test_what_a_root_speech_verb_reports_is_still_added(typer_coder):
    text = "Pakistan announced it will return weapons seized during army operations."
    found = typer_coder(text, typer=sure_typer("RETREAT", "return"), override_probability=0.4)
    assert {"AGREE", "RETREAT"} <= {e.plover for e in found}
