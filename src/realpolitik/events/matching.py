"""Lexicon patterns matched against a word and its dependents, on a ParsedDoc by index.

A pattern's head lemma is looked up in the lexicon; its extra words must occur among the head's dependents
(within two levels, "of" phrases free, dated prepositions excluded), the verb of its "to" clause, or, for a
compound, the noun it modifies. The rules and the typer match every candidate word of every sentence, so
``match_at`` reads the parse off a ``ParsedDoc`` rather than off spaCy Tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.events.lexicon import NO_EVENT, Pattern
from realpolitik.events.parsecache import ParsedDoc

# Dependents that stay inside the predicate when matching the extra words of a pattern.
PATTERN_LINKS = frozenset(
    {
        "prep",
        "prt",
        "dobj",
        "pobj",
        "amod",
        "compound",
        "acomp",
        "ccomp",
        "oprd",
        "npadvmod",
        "advmod",
        "attr",
        "nmod",
        "dative",
        "poss",
        "nsubjpass",  # passives: "sanctions were lifted", "talks were held"
    }
)
DATED = ("DATE", "TIME")
# Objects whose conjuncts fill the same slot ("sent a team of experts, equipment and drugs").
CONJ_SLOTS = frozenset({"dobj", "pobj", "nsubjpass"})


def match_at(parse: ParsedDoc, i: int, patterns: tuple[Pattern, ...]) -> tuple[Pattern, list[Token]] | None:
    """The most specific pattern whose extra words all occur among the dependents of the token at ``i``."""
    if not patterns:
        return None
    if not patterns[0].required:  # most specific first: none needs another word
        return patterns[0], []
    words = parse.pattern_words.get(i)
    if words is None:  # the rules and the typer match many words twice
        words = parse.pattern_words[i] = _words_near(parse, i)
    for pattern in patterns:
        consumed = [hit for word in pattern.required if (hit := words.get(word)) is not None]
        if len(consumed) == len(pattern.required) and not (
                pattern.cameo == NO_EVENT and any(parse.deps[k] == "conj" for k in consumed)):
            # "released three hostages and a video of the handover": an idiom's word as a mere conjunct
            # ("release video") says nothing of the act on the first object.
            return pattern, [parse.token(k) for k in consumed]
    return None


def _words_near(parse: ParsedDoc, i: int) -> dict[str, int]:
    """Each word near the token at ``i`` by lemma and by form: its first token."""
    nearby: list[int] = []
    _dependents_at(parse, i, 2, nearby)
    # The verb a "to" clause adds ("called Erdogan to apologise": "call apologize"), but not its dependents.
    nearby += parse.children_with(i, ("xcomp",))
    if parse.deps[i] == "compound":
        nearby.append(parse.heads[i])
    lemmas, lowers = parse.lemmas, parse.lowers
    words: dict[str, int] = {}
    for near in nearby:
        words.setdefault(lemmas[near], near)
        words.setdefault(lowers[near], near)
    return words


def _dependents_at(parse: ParsedDoc, i: int, depth: int, out: list[int]) -> None:
    deps, lowers = parse.deps, parse.lowers
    for child in parse.children[i]:
        dep = deps[child]
        if dep in PATTERN_LINKS and (dep != "prep" or not _dated_at(parse, child)):
            # "lifted a state of emergency", "flew tons of medicine": an "of" phrase costs no level.
            below = depth if dep == "prep" and lowers[child] == "of" else depth - 1
            for word in _with_conjuncts(parse, child) if dep in CONJ_SLOTS else (child,):
                out.append(word)
                if below > 0:
                    _dependents_at(parse, word, below, out)


def _with_conjuncts(parse: ParsedDoc, i: int) -> list[int]:
    """A noun and the nouns coordinated with it, each filling its slot."""
    words = [i]
    for word in words:
        words += [c for c in parse.children_with(word, ("conj",)) if parse.pos[c] in ("NOUN", "PROPN")]
    return words


def _dated_at(parse: ParsedDoc, i: int) -> bool:
    """A preposition that dates the act ("called on Wednesday" is no "call on")."""
    return any(parse.deps[c] == "pobj" and parse.ent_types[c] in DATED for c in parse.children[i])
