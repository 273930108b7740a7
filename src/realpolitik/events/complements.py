"""The clause a frame verb or noun embeds ("urged Iran to free", "called for Russia to withdraw", "readiness to
resume talks"), and the actors that clause has as its own subject."""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.lexicon import Frame, Lexicon
from realpolitik.events.modality import for_clause, is_infinitive, own_wish
from realpolitik.events.nounframes import noun_complement
from realpolitik.events.roles import ActorIndex


def complement_of(verb: Token, lexicon: Lexicon) -> Token | None:
    """The clause a frame verb embeds: "to <act>" (xcomp), or "that <act>" for demands; a frame noun's "to" clause."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return noun_complement(verb)
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return child
    for child in verb.children:
        if (child.dep_ == "ccomp" and is_infinitive(child)) or for_clause(child, lexicon):
            return child
    return None


def frame_complement(verb: Token, lexicon: Lexicon) -> Token | None:
    """The act a frame verb embeds, unless a verb pattern names that act ("called Erdogan to apologise" is a
    phone call, "call apologize", not an appeal); a hope for one's own act ("hopes it will sign") is one."""
    complement = complement_of(verb, lexicon) or own_wish(verb, lexicon)
    if complement is None:
        return None
    named = complement.lemma_.lower()
    return None if any(named in p.required for p in lexicon.verbs.get(verb.lemma_.lower(), ())) else complement


def wished_of(index: ActorIndex, lexicon: Lexicon, verb: Token, frame: Frame, sources: list[Span]) -> list[Span]:
    """The actors an intent verb's clause, or a request's "for ... to" clause, has as its own subject, when
    they are not its sources."""
    complement = complement_of(verb, lexicon)
    if complement is None or not ((complement.dep_ == "ccomp" and frame.kind == "intent")
                                  or for_clause(complement, lexicon)):
        return []
    found = [a for c in complement.children if c.dep_ == "nsubj" for a in index.in_phrase(c)]
    return [a for a in found if not index.among(a, sources)]
