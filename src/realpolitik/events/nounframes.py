"""Acts told as the "to" clause of a noun: "announced its decision to withdraw", "expressed readiness to resume
talks", "unveiled a plan to send troops".

The clause has no subject of its own; the one who holds the decision, plan or offer is the subject of the verb that
states it (lexicon list ``stating``, with the noun as its object). A noun of a frame
("plan", "offer", "readiness", "threat", "call") frames its clause as the verb would: an intent, a commitment, a
threat or an appeal, not the act itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import Lexicon
from realpolitik.events.modality import is_infinitive


def noun_complement(noun: Token) -> Token | None:
    """The "to" clause a noun governs ("readiness to resume talks")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and is_infinitive(c)), None)


def stating_verb(lexicon: Lexicon, noun: Token) -> Token | None:
    """The light or speech verb whose object the noun is ("expressed readiness", "announced a plan"); not a
    reaction to someone else's ("rejected the plan to withdraw"), nor a report of another's noun ("confirmed
    Moscow's refusal to withdraw": a named possessor holds it, not the one who reports it)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None
    return verb if lexicon.is_a("stating", verb.lemma_.lower()) else None


def holder_verb(lexicon: Lexicon, clause: Token) -> Token | None:
    """For the "to" clause of a noun of one's own act ("decision", "move") or of a frame noun ("plan", framed in
    turn): the verb whose subject holds it."""
    noun, lemma = clause.head, clause.head.lemma_.lower()
    if clause.dep_ != "acl" or not is_infinitive(clause) or not (
            lexicon.is_a("own_acts", lemma) or lexicon.frame_of(lemma) is not None):
        return None
    return stating_verb(lexicon, noun)


def frame_noun(lexicon: Lexicon, noun: Token) -> bool:
    """A frame's noun with a "to" clause, stated by its holder ("unveiled a plan to send troops", "renewed its offer
    to mediate"); not one reacted to ("rejected Abe's request to speak"), whose clause is the reaction's content."""
    return (lexicon.frame_of(noun.lemma_.lower()) is not None and noun_complement(noun) is not None
            and stating_verb(lexicon, noun) is not None)
