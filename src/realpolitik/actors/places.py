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


# What is fired or thrown: "launched its appeal at Geneva" and "fired his minister at Washington" aim nothing.
PROJECTILES = frozenset({"missile", "rocket", "shell", "mortar", "bullet", "round", "shot", "drone", "bomb",
                         "grenade", "stone", "rock", "projectile", "salvo", "barrage", "torpedo", "artillery",
                         "gas", "weapon", "fire", "strike", "attack", "insult", "accusation", "criticism"})


def placed(pobj: Token) -> bool:
    """The preposition governing ``pobj`` places it: a locative preposition not aimed by its head."""
    prep = pobj.head
    if prep.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    return not (prep.lower_ in AIMING_PREPOSITIONS and _aims(prep.head))


def _aims(verb: Token) -> bool:
    """A verb of aiming with nothing fired ("shot at", "lashed out at") or with a projectile as its object."""
    if verb.lemma_.lower() not in AIMING_LEMMAS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(o.lemma_.lower() in PROJECTILES for o in objects)
