"""Exercises held by two or more states together are cooperation (CAMEO 062), not a show of force."""

from __future__ import annotations

from dataclasses import replace

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import Lexicon
from realpolitik.events.roles import ActorIndex

SHOW_OF_FORCE = "150"
JOINT_EXERCISE = "062"


def for_joint_exercise(lexicon: Lexicon, index: ActorIndex, draft: Draft) -> Draft:
    """ "U.S. marines and Jordanian armed forces staged a war game", "Russia and China held drills": an exercise
    whose sources are several parties is held together, a mutual act as annotators code it (D29)."""
    if draft.cameo != SHOW_OF_FORCE or not index.several_parties(list(draft.sources)):
        return draft
    words = [draft.trigger, *(c for c in draft.trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    if not any(lexicon.is_a("exercises", w.lemma_.lower()) for w in words):
        return draft
    return replace(draft, cameo=JOINT_EXERCISE, plover=None, targets=(), symmetric=True)
