"""Exercises held by two or more states together are cooperation (CAMEO 062), not a show of force."""

from __future__ import annotations

from dataclasses import replace

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import Lexicon
from realpolitik.events.roles import ActorIndex

SHOW_OF_FORCE = "150"
JOINT_EXERCISE = "062"
APART = frozenset({"separate", "own", "rival", "parallel", "respective", "individual"})


def for_joint_exercise(lexicon: Lexicon, index: ActorIndex, draft: Draft) -> Draft:
    """ "U.S. marines and Jordanian armed forces staged a war game", "Russia and China held drills": an exercise
    whose sources are several parties is held together, a mutual act as annotators code it (D29)."""
    if draft.cameo != SHOW_OF_FORCE or not index.several_parties(list(draft.sources)):
        return draft
    words = [draft.trigger, *(c for c in draft.trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    exercises = [w for w in words if lexicon.is_a("exercises", w.lemma_.lower())]
    if not exercises or any(c.lower_ in APART for w in exercises for c in w.children if c.dep_ == "amod"):
        return draft  # "held separate drills": each its own show of force
    return replace(draft, cameo=JOINT_EXERCISE, plover=None, targets=(), symmetric=True)
