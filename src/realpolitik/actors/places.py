"""Whether a preposition's object is where something happens or what it is aimed at.

A city or capital after "in", "at", "near" … is a place ("talks in Riyadh"), not an actor. After a verb
of aiming, "at" and "into" name the aim instead: "began firing missiles at Riyadh" is fired at Saudi
Arabia (docs/decisions.md, D29).
"""

from __future__ import annotations

from spacy.tokens import Token

LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "outside", "inside", "around", "across", "throughout", "within", "into",
     "through", "via", "of", "between"}
)
# Prepositions that aim rather than place when they follow a verb (or noun) of aiming.
AIMING_PREPOSITIONS = frozenset({"at", "into"})
# Lemmas of aiming: weapons fired, thrown or pointed, and words hurled ("lashed out at Beijing").
AIMING_LEMMAS = frozenset({"fire", "shoot", "aim", "launch", "lob", "hurl", "throw", "direct", "point",
                           "target", "lash", "swipe", "snipe", "jab"})


def placed(pobj: Token) -> bool:
    """The preposition governing ``pobj`` places it: a locative preposition not aimed by its head."""
    prep = pobj.head
    if prep.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    return not (prep.lower_ in AIMING_PREPOSITIONS and prep.head.lemma_.lower() in AIMING_LEMMAS)
