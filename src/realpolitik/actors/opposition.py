"""Rebels, opposition and protesters no one names, in a sentence that names one state's own forces."""

from __future__ import annotations

from spacy.tokens import Span

from realpolitik.actors.context import DocContext, Resolution
from realpolitik.actors.matcher import Match
from realpolitik.records import Actor, ActorKind, is_state_code

OPPOSING = frozenset({"REB", "OPP", "PRO"})
AUTHORITIES = frozenset({"GOV", "MIL", "POL"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside"})


def opposed_state(phrase: list[Match], spans: list[Span], ctx: DocContext) -> Resolution | None:
    """ "the rebels negotiated with Russia for protection from Syrian government troops": a bare opposition
    (rebels, opposition, protesters) opposes its own state, the one whose government, army or police the
    sentence names, when it names one such state and no other as a place."""
    if len(phrase) != 1 or phrase[0].sector not in OPPOSING:
        return None
    start = ctx.sentence_start(phrase[0].start)
    words = phrase[0].text[1:] if phrase[0].start == start else phrase[0].text
    if not words.islower():
        return None  # "Kurdish fighters", "Houthi rebels": someone's own, said by the name
    in_sentence = [s for s in spans if ctx.sentence_start(s.start) == start]
    codes = {s._.actor.code for s in in_sentence if s._.actor.sector in AUTHORITIES and is_state_code(s._.actor.code)}
    # Another state named as where things happen ("French troops killed rebels in Mali") leaves the rebels open.
    placed = {s._.actor.code for s in in_sentence if s.root.dep_ == "pobj" and s.root.head.lower_ in PLACE_PREPS}
    if len(codes) != 1 or placed - codes:
        return None
    code = codes.pop()
    actor = Actor(code, phrase[0].sector, ctx.kb.state_name(code), ActorKind.SECTOR)
    return Resolution(phrase[0].start, phrase[0].end, actor,
                      f"'{phrase[0].text}' → {phrase[0].sector} of {code}, whose authorities its sentence names")
