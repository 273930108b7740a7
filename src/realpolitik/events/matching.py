"""Lexicon patterns matched against a word and its dependents: on Tokens, and on a ParsedDoc by index.

A pattern's head lemma is looked up in the lexicon; its extra words must occur among the head's dependents
(within two levels, "of" phrases free, dated prepositions excluded), the verb of its "to" clause, or, for a
compound, the noun it modifies. The rules and the typer match every candidate word of every sentence, so
``match_at`` reads the parse off a ``ParsedDoc`` rather than off spaCy Tokens; ``match`` is the same on Tokens.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from realpolitik.events.lexicon import Pattern
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


def _dependents(token: Token, depth: int = 2) -> Iterator[Token]:
    for child in token.children:
        if child.dep_ in PATTERN_LINKS and (child.dep_ != "prep" or not _dated(child)):
            yield child
            # "lifted a state of emergency", "flew tons of medicine": an "of" phrase costs no level.
            below = depth if child.dep_ == "prep" and child.lower_ == "of" else depth - 1
            if below > 0:
                yield from _dependents(child, below)


def _dated(token: Token) -> bool:
    """A preposition that dates the act ("called on Wednesday" is no "call on")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in DATED for c in token.children)


def match(token: Token, patterns: tuple[Pattern, ...]) -> tuple[Pattern, list[Token]] | None:
    """The most specific pattern whose extra words all occur among the token's dependents."""
    if not patterns:
        return None
    if not patterns[0].required:  # most specific first: none needs another word
        return patterns[0], []
    # The verb a "to" clause adds ("called Erdogan to apologise": "call apologize"), but not its dependents.
    nearby = [*_dependents(token), *(c for c in token.children if c.dep_ == "xcomp")]
    if token.dep_ == "compound":
        nearby.append(token.head)
    words: dict[str, Token] = {}  # each word's first token, by lemma or form
    for near in nearby:
        words.setdefault(near.lemma_.lower(), near)
        words.setdefault(near.lower_, near)
    for pattern in patterns:
        consumed = [hit for word in pattern.required if (hit := words.get(word)) is not None]
        if len(consumed) == len(pattern.required):
            return pattern, consumed
    return None


def match_at(parse: ParsedDoc, i: int, patterns: tuple[Pattern, ...]) -> tuple[Pattern, list[Token]] | None:
    """``match`` for the token at ``i``, read off the parsed document."""
    if not patterns:
        return None
    if not patterns[0].required:
        return patterns[0], []
    nearby: list[int] = []
    _dependents_at(parse, i, 2, nearby)
    nearby += parse.children_with(i, ("xcomp",))
    if parse.deps[i] == "compound":
        nearby.append(parse.heads[i])
    lemmas, lowers = parse.lemmas, parse.lowers
    words: dict[str, int] = {}
    for near in nearby:
        words.setdefault(lemmas[near], near)
        words.setdefault(lowers[near], near)
    for pattern in patterns:
        consumed = [hit for word in pattern.required if (hit := words.get(word)) is not None]
        if len(consumed) == len(pattern.required):
            return pattern, [parse.token(k) for k in consumed]
    return None


def _dependents_at(parse: ParsedDoc, i: int, depth: int, out: list[int]) -> None:
    deps, lowers = parse.deps, parse.lowers
    for child in parse.children[i]:
        dep = deps[child]
        if dep in PATTERN_LINKS and (dep != "prep" or not _dated_at(parse, child)):
            out.append(child)
            below = depth if dep == "prep" and lowers[child] == "of" else depth - 1
            if below > 0:
                _dependents_at(parse, child, below, out)


def _dated_at(parse: ParsedDoc, i: int) -> bool:
    return any(parse.deps[c] == "pobj" and parse.ent_types[c] in DATED for c in parse.children[i])
