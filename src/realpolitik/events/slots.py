"""The words filling a predicate's roles (objects, datives, possessors, preposition objects), by token index.

``roles.actors_for_roles`` tries role after role for every draft; read off a ParsedDoc, each role is a look at
a few lists instead of a scan of the predicate's subtree through spaCy Tokens. Each function takes the same
steps, in the same order, as the Token code it replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.phrases import agents_at

PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
BORDER_WORDS = frozenset({"border", "frontier", "boundary", "borderline"})
BORDER_PREPS = ("near", "along", "on", "at", "across", "by", "to", "from", "in")
DEEP_LINKS = frozenset({"prep", "pobj", "xcomp", "pcomp", "dobj", "acomp", "advcl", "appos"})


def role_indices(parse: ParsedDoc, head: int, role: str, objects: Sequence[int] = ()) -> list[int]:
    """The words filling one role of the predicate at ``head`` other than its subject; ``objects`` also offer
    their possessors and prepositions."""
    children, deps = parse.children, parse.deps
    if role == "agent":
        return agents_at(parse, head)
    if role == "dobj":
        return [c for c in children[head] if deps[c] in ("dobj", "obj")] or (
            parse.children_with(head, PASSIVE_SUBJECTS) if passive_at(parse, head) else [])
    if role == "dative":
        return [c for c in children[head] if deps[c] in ("dative", "iobj") and parse.pos[c] != "ADP"]
    if role == "poss":
        return [g for o in (head, *objects) for g in children[o] if deps[g] == "poss"]
    if role == "mod":
        return parse.children_with(head, ("compound", "amod", "nmod"))
    return PrepositionObjects(parse, head, objects).get(role)


def passive_at(parse: ParsedDoc, verb: int) -> bool:
    """A passive verb, or a participle without an object of its own ("the plan announced by Japan"; with one, "the
    air force carried/acl out strikes", it is an active verb misparsed)."""
    deps = parse.deps
    return any(deps[c] in PASSIVE_SUBJECTS or deps[c] == "auxpass" for c in parse.children[verb]) or (
        deps[verb] == "acl" and parse.tags[verb] == "VBN" and not parse.children_with(verb, ("dobj",)))


class PrepositionObjects:
    """The objects of the prepositions of a predicate, of its ``objects`` and of its participle clauses, by
    preposition: read once for all the preposition roles actors_for_roles tries, not once per role."""

    def __init__(self, parse: ParsedDoc, head: int, objects: Sequence[int] = ()) -> None:
        self._tables = [_by_preposition(parse, t) for t in (head, *objects, *parse.children_with(head, ("acl",)))]

    def get(self, prep: str) -> list[int]:
        """The objects of ``prep`` phrases: the head's, then each object's, then each participle clause's."""
        return [g for table in self._tables for g in table.get(prep, ())]


def _by_preposition(parse: ParsedDoc, i: int) -> dict[str, list[int]]:
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    found: dict[str, list[int]] = {}
    for c in children[i]:
        if deps[c] in ("prep", "agent", "dative") and not border_link_at(parse, c):
            found.setdefault(lowers[c], []).extend(g for g in children[c] if deps[g] == "pobj")
    return found


def border_link_at(parse: ParsedDoc, prep: int) -> bool:
    """ "near the border with Turkey": the preposition places the act; Turkey is not acted on."""
    lowers = parse.lowers
    if lowers[prep] != "with" or prep == 0:
        return False
    heads, lemmas = parse.heads, parse.lemmas
    border = heads[prep] if lemmas[heads[prep]] in BORDER_WORDS else prep - 1  # parsed either way
    # Only where the border places the act: "opened its borders with Egypt" is aimed at Egypt.
    return lemmas[border] in BORDER_WORDS and parse.deps[border] == "pobj" and lowers[heads[border]] in BORDER_PREPS


def deep_prep_objects_at(parse: ParsedDoc, head: int, preps: Iterable[str], max_depth: int = 4) -> list[int]:
    """Objects of the named prepositions further down the predicate ("talk about a treaty with X")."""
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    wanted = set(preps)
    found: list[int] = []
    frontier = [head]
    for _ in range(max_depth):
        frontier = [c for t in frontier for c in children[t] if deps[c] in DEEP_LINKS]
        for token in frontier:
            if deps[token] == "prep" and lowers[token] in wanted and not border_link_at(parse, token):
                found.extend(g for g in children[token] if deps[g] == "pobj")
        if found:
            return found
    return found


def verb_read_as_noun(parse: ParsedDoc, i: int) -> bool:
    """A word the parser took for the sentence's root noun though it has a subject and an object of its own
    ("EU and UN hand over supplies to ...": a headline's present tense after a plural subject)."""
    if parse.deps[i] != "ROOT" or parse.pos[i] != "NOUN":
        return False
    deps = {parse.deps[c] for c in parse.children[i]}
    return "nsubj" in deps and "dobj" in deps
