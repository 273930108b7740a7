"""What a counting word or a sum stands for, so that a light verb codes it: "launched dozens of strikes" is
strikes launched, "pledged $50 million in humanitarian aid" is aid pledged (realpolitik.events.drafts)."""

from __future__ import annotations

from spacy.tokens import Token

# Words that count or group the event noun after "of": "launched dozens of strikes", "a wave of arrests".
QUANTITY_NOUNS = frozenset({"dozen", "hundred", "thousand", "series", "wave", "number", "round", "barrage", "string",
                            "spate", "volley", "salvo", "flurry", "couple"})


# Sums and amounts whose "in" phrase names what is given: "pledged $50 million in aid", "an increase in funding".
AMOUNT_NOUNS = frozenset({"million", "billion", "trillion", "$", "dollar", "euro", "pound", "yen", "yuan", "rupee",
                          "ton", "tonne", "increase", "boost", "rise", "amount", "sum", "worth", "tranche"})
GIVEN_ROOT = "07"  # a sum stands only for aid: "announced a rise in attacks" reports a trend, not an attack


def counted(token: Token) -> list[Token]:
    """The event noun a counting word stands for ("dozens of strikes", "a wave of arrests")."""
    if token.lemma_.lower() not in QUANTITY_NOUNS:
        return []
    return [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj"]


def summed_nouns(verb: Token, objects: list[Token]) -> list[Token]:
    """The nouns a sum given stands for: its own "in" or "of" phrase, or the verb's "in" phrase ("paid $5
    million in aid"), dates left out ("pledged $50 million in March")."""
    sums = [o for o in objects if o.lemma_.lower() in AMOUNT_NOUNS or o.pos_ == "NUM"]
    if not sums:
        return []
    found = [g for o in sums for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
             for g in p.children if g.dep_ == "pobj"]
    found += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
              if g.dep_ == "pobj"]
    return [g for g in found if g.ent_type_ not in ("DATE", "TIME")]
