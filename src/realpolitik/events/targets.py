"""Last-resort targets: for an event whose roles name no target, the actor its clause is about.

The parse roles (realpolitik.events.roles) find targets in object and prepositional slots. Many news
sentences name the target deeper down ("agreed to a ceasefire halting Turkey's incursion into Syria",
"offered to send troops to help the Philippines army"); expert coders still code it. We take the first
actor, in reading order, inside the predicate's phrase, leaving out its subject, reporting frames
("according to X", "X said") and clauses with a subject of their own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from realpolitik.events.circumstances import named_place, sentence_place
from realpolitik.events.drafts import Draft
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import MOST_CONJUNCTS, ActorIndex, border_link
from realpolitik.events.slots import border_link_at
from realpolitik.records import ActorRef, is_state_code

DOMESTIC_MEASURES = frozenset({"1723", "1724", "081", "083"})  # curfews, emergencies, their lifting, concessions
# Acts that, aimed at no named actor, are mostly a state's acts at home (docs/decisions.md, D10, D18):
# "called for reform of the constitution", "agreed to resign".
DOMESTIC_ACTS = frozenset({"COERCE", "RETREAT", "ASSAULT", "THREATEN", "ACCUSE", "REQUEST", "AGREE", "PROTEST"})
# A ceasefire is broken against the other side, never at home.
NEVER_DOMESTIC = frozenset({"196"})

# Dependents that lead away from what the predicate is about.
SKIPPED_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "punct", "cc", "parataxis", "mark", "meta"})
# Prepositions that place or time an act rather than aim it (the place rule handles "in"/"at" already).
SKIPPED_PREPS = frozenset({"according", "since", "during", "after", "before", "amid", "despite", "by"})
PLACE_PREPS = frozenset({"in", "at"})


def clause_targets(
    index: ActorIndex, head: Token, sources: tuple[Span, ...], speaker: Token | None, placed: bool = False
) -> list[Span]:
    """The first actor inside ``head``'s phrase that is not a source, with its coordinated conjuncts.
    ``placed``: the act happens somewhere without being aimed there (talks), so "in X" is no target."""
    blocked = _blocked(index, head, speaker)
    for token in _reading_order(index.parse, head.i, blocked, SKIPPED_PREPS | PLACE_PREPS if placed else SKIPPED_PREPS):
        span = index.span_at(token)
        if span is None or index.among(span, sources):
            continue
        found = [s for s in index.in_phrase(span.root, 0) if not index.among(s, sources)]
        return found[:MOST_CONJUNCTS] or [span]
    return []


def later_targets(draft: Draft, index: ActorIndex, sent: Span, plover: str, placed_act: bool) -> list[Span]:
    """Targets after the clause's: for an act aimed where it happens (``placed_act``), a city or region named
    as its place; the sentence's other actors (``sentence_target``); for a placed act again, a city or region
    named anywhere in the sentence, before the domestic fallback (docs/decisions.md, D30). Other acts are not
    aimed at where they are told ("demanded an apology at a press conference in Geneva")."""
    targets = named_place(draft, index) if placed_act else []
    targets = targets or sentence_target(index, sent, draft.sources, draft.trigger, places=plover == "AID")
    return targets or (sentence_place(draft, index, sent) if placed_act else [])


def sentence_target(index: ActorIndex, sent: Span, sources: tuple[Span, ...], trigger: Token,
                    places: bool = False) -> list[Span]:
    """The last resort before a domestic target: the first other actor after the trigger in its sentence,
    else the first other actor before it. Places ("in China") are no targets here unless ``places``: material
    acts took theirs already, and talks are not aimed at where they are held; but aid goes where it is needed
    ("provided shelter after the earthquake in Haiti")."""
    others = [s for s in index.in_sentence(sent) if not index.among(s, sources) and (places or not _is_place(s))]
    first = ([s for s in others if s.start > trigger.i] or others)[:1]
    if not first:
        return []
    # With its coordinated conjuncts, as in the clause ("officials in Ukraine, Moldova and Georgia").
    found = [s for s in index.in_phrase(first[0].root, 0) if not index.among(s, sources)]
    return found[:MOST_CONJUNCTS] if any(s.start == first[0].start for s in found) else first


def _is_place(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and (root.head.lower_ in PLACE_PREPS or border_link(root.head))


def _blocked(index: ActorIndex, head: Token, speaker: Token | None) -> set[int]:
    """Tokens never searched: the subject phrases, and the speaker's phrase of a reporting frame."""
    blocked: set[int] = set()
    for subject in index.subject_indices(head.i):
        _subtree(index.parse, subject, blocked)
    if speaker is not None:
        for subject in index.subject_indices(speaker.i):
            _subtree(index.parse, subject, blocked)
    return blocked


def _subtree(parse: ParsedDoc, i: int, out: set[int]) -> None:
    """The token at ``i`` and all below it (the indices of ``Token.subtree``)."""
    stack = [i]
    while stack:
        node = stack.pop()
        out.add(node)
        stack.extend(parse.children[node])


def _reading_order(parse: ParsedDoc, head: int, blocked: set[int],
                   skipped_preps: frozenset[str] = SKIPPED_PREPS) -> list[int]:
    """Tokens of the head's phrase reachable without crossing a skipped dependency, in text order."""
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    reached: list[int] = []
    stack = [head]
    while stack:
        token = stack.pop()
        reached.append(token)
        for child in children[token]:
            dep = deps[child]
            if child in blocked or dep in SKIPPED_DEPS:
                continue
            if dep == "prep" and (lowers[child] in skipped_preps or border_link_at(parse, child)):
                continue
            if dep in ("relcl", "advcl", "ccomp") and parse.children_with(child, ("nsubj", "nsubjpass")):
                continue  # a clause with a subject of its own
            stack.append(child)
    return sorted(reached)


def domestic_target(plover: str, draft: Draft, index: ActorIndex, source: Span) -> ActorRef | None:
    """An act that names no target and is by nature domestic is aimed at the source's own state (X>X, as in
    the annotation guide): a protest or concession by a non-government sector ("farmers began a hunger strike",
    "workers ended their strike") at its government, any other protest at home; a curfew, state of emergency,
    its lifting, or a concession to demands at the population; an arrest, release, attack (not a broken
    ceasefire), threat, accusation, demand or commitment that names no one ("freed several activists", "called
    for reform", "agreed to resign")."""
    actor = index.actor(source)
    if not is_state_code(actor.code) or draft.cameo in NEVER_DOMESTIC:
        return None
    home = aimed_at_home(index.ref(source), plover)
    if home.sector is None and draft.cameo not in DOMESTIC_MEASURES and plover not in DOMESTIC_ACTS:
        return None
    return home


# Acts of a non-government sector aimed at its own government when they name no one: protests, concessions.
AIMED_AT_GOVERNMENT = frozenset({"PROTEST", "CONCEDE"})


def aimed_at_home(source: ActorRef, plover: str) -> ActorRef:
    """The source's own state as its act's target: its government for a protest or concession by a
    non-government sector, else the state as a whole."""
    to_government = plover in AIMED_AT_GOVERNMENT and source.sector not in (None, "GOV")
    return replace(source, sector="GOV" if to_government else None)
