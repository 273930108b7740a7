"""Drafts for sentences no lexicon rule codes: the typer's type, with actors read off the parse.

The typer (realpolitik.events.typer) says which PLOVER type a sentence reports and which word says
it. The source is the subject of that word or of the nearest verb above it, else the sentence's
first actor that the word does not act on (news sentences name their agent first); the target is the
first other actor in the word's phrase, else the first other actor after it, else any other actor of
the sentence. The coder turns the draft into events as usual (factuality, date, place, domestic
targets) and marks them ``coded_by="model"`` with the typer's probability.

A sentence that names no actor the resolver knows gets an unnamed actor's draft (realpolitik.events.unnamed).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import Lexicon, pattern_plover
from realpolitik.events.roles import ActorIndex
from realpolitik.events.slots import passive_at
from realpolitik.events.targets import clause_targets, sentence_target
from realpolitik.events.typer import TypeGuess
from realpolitik.events.unnamed import unnamed_draft
from realpolitik.ontology import Ontology

MAX_HOPS = 6
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})


def guessed_draft(
    guess: TypeGuess, sent: Span, index: ActorIndex, lexicon: Lexicon, ontology: Ontology
) -> Draft | None:
    """A draft for the typer's guess; one without actors when the sentence names none it knows."""
    actors = index.in_sentence(sent)
    trigger = guess.trigger
    cameo, symmetric = _code(trigger, guess.plover, lexicon, ontology)
    if not actors:
        return unnamed_draft(guess, cameo, index, lexicon)
    sources, head = _subject_actors(index, trigger)
    if not sources and trigger.pos_ == "NOUN":
        sources = [s for c in trigger.children if c.dep_ in ("poss", "amod", "compound") for s in index.in_phrase(c, 0)]
    patients = _passive_subject_actors(index, trigger)
    if not sources:
        # The sentence's first actor, unless the trigger acts on it ("urged the British government",
        # "Russian citizens were released").
        objects = {s.start for s in (*clause_targets(index, trigger, (), None), *patients)}
        sources = [a for a in actors if a.start not in objects][:1] or [actors[0]]
    if symmetric and len(sources) > 1:
        # "North Korea and South Korea agreed": a mutual act of the coordinated subjects.
        return Draft(trigger=trigger, pred=_pred(trigger), cameo=cameo, plover=guess.plover,
                     sources=tuple(sources), targets=(), symmetric=True, args_head=head)
    targets = clause_targets(index, trigger, tuple(sources), None)
    if not targets and head is not trigger:
        targets = clause_targets(index, head, tuple(sources), None)
    targets = targets or [p for p in patients if not index.among(p, sources)]
    targets = targets or sentence_target(index, sent, tuple(sources), trigger)
    return Draft(trigger=trigger, pred=_pred(trigger), cameo=cameo, plover=guess.plover, sources=tuple(sources),
                 targets=tuple(targets), args_head=head)


def _passive_subject_actors(index: ActorIndex, trigger: Token) -> list[Span]:
    """Actors a passive trigger acts on: its grammatical subject ("Russian citizens were released")."""
    if trigger.pos_ != "VERB" or not passive_at(index.parse, trigger.i):
        return []
    return [s for c in trigger.children if c.dep_ == "nsubjpass" for s in index.in_phrase(c)]


def _pred(trigger: Token) -> Token | None:
    return trigger if trigger.pos_ in ("VERB", "AUX") else None


def _subject_actors(index: ActorIndex, trigger: Token) -> tuple[list[Span], Token]:
    """Actors of the subject (or passive agent) of the trigger or of the nearest verb above it."""
    node = trigger
    for _ in range(MAX_HOPS):
        if node.pos_ in ("VERB", "AUX"):
            found = [s for t in index.agent_indices(node.i) for s in index.in_phrase_at(t)]
            if found:
                return found, node
        if node.head is node:
            break
        node = node.head
    return [], trigger


def _code(trigger: Token, plover: str, lexicon: Lexicon, ontology: Ontology) -> tuple[str, bool]:
    """The trigger's own lexicon code of that type and whether it is mutual, else the type's most general
    CAMEO code, mutual for the types that mostly are."""
    patterns = lexicon.verbs.get(trigger.lemma_.lower(), ()) + lexicon.nouns.get(trigger.lemma_.lower(), ())
    for pattern in patterns:
        if pattern_plover(pattern, ontology) == plover:
            return pattern.cameo, pattern.symmetric
    return general_code(plover, ontology), plover in MUTUAL_TYPES


@lru_cache(maxsize=64)
def general_code(plover: str, ontology: Ontology) -> str:
    """ "180" for ASSAULT: the first three-digit code of the type ending in 0, else its first one."""
    codes = [c for c in ontology.codes() if len(c) == 3 and ontology.get(c).plover == plover]
    return next((c for c in codes if c.endswith("0")), codes[0] if codes else "010")
