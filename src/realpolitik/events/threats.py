"""Conditional threats: "Iran will strike Israel if attacked" is a threat made now, not a future attack.

The annotation guide (docs/annotation-guide.md) codes a conditional act of force announced for the future as
an asserted THREATEN by its source ("will go to war with the US if it invades"); a plain announced act keeps
its own type, marked future. The threat's CAMEO code comes from the lexicon's threat frame (``recode``), as
for "threatened to <act>".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import Frame
from realpolitik.events.roles import PRONOUNS, ActorIndex
from realpolitik.records import Modality

# CAMEO roots of coercive acts a condition turns into a threat: sanctions, coercion, assault, fighting, force.
FORCEFUL_ROOTS = frozenset({"16", "17", "18", "19", "20"})
CONDITION_MARKS = frozenset({"if", "unless"})


def conditional_threat(draft: Draft, modality: Modality, threat: Frame | None) -> Draft | None:
    """The draft re-coded as the threat it makes, when it is a forceful act announced for the future under a
    condition ("will strike Israel if attacked"); None otherwise."""
    if threat is None or modality != Modality.FUTURE or draft.cameo[:2] not in FORCEFUL_ROOTS:
        return None
    clause = draft.pred or draft.trigger
    if not _has_condition(clause):
        return None
    code = threat.code_for(draft.cameo)
    return replace(draft, cameo=code, plover=None) if code else None


def _has_condition(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in verb.children)


def speakers_own(draft: Draft, speakers: list[Span], index: ActorIndex) -> bool:
    """Whether a reported act is the speaker's own ("said he will visit", "said the talks will resume"), which
    makes its intent the speaker's; not an act a noun gives to its own owner ("said he will hold talks,
    focusing on Iran's threat": Iran's, not the speaker's)."""
    if index.same_parties(draft.sources, speakers):
        return True
    if draft.subject is not None:
        return draft.subject.lower_ in PRONOUNS
    return not any(c.dep_ == "poss" for c in draft.trigger.children)
