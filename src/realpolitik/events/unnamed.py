"""Events by unnamed actors (docs/decisions.md, D28).

A sentence that names no actor the resolver knows still reports its event: "prison guards tortured an
inmate", "the finance minister rejected the accusation", "the activist was arrested". The typer
(realpolitik.events.typer) reads such a sentence when a word of it has a type in the lexicon; its guess
becomes a draft without sources, and the event's source is the unnamed actor: code ``""`` (unknown, as in
the annotation guide), no sector, and the words that name the agent, or none, at the trigger, when the
sentence does not say who acts. Nothing names a target either.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.drafts import Draft
from realpolitik.events.lexicon import NO_EVENT, Lexicon
from realpolitik.events.matching import match_at
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import ActorIndex
from realpolitik.events.typer import LexiconHints, TypeGuess
from realpolitik.records import ActorRef

FIRST_PERSON = frozenset({"i", "we", "me", "us"})
NOT_AGENTS = frozenset({"DATE", "TIME"})  # "arrested by Monday evening"


def names_act(sent: Span, parse: ParsedDoc, hints: LexiconHints) -> bool:
    """Whether a word of the sentence has a type in the lexicon: the typer reads a sentence without actors only
    then (most such sentences report nothing, and reading them all costs time)."""
    return any(hints.types_at(parse, i) for i in range(sent.start, sent.end))


def unnamed_draft(guess: TypeGuess, cameo: str, index: ActorIndex, lexicon: Lexicon) -> Draft | None:
    """The typer's guess in a sentence without actors, by the trigger's unnamed agent; none for a noun that
    describes its subject ("That reunification was truly a surrender": no one is said to act), and none by "I"
    or "we": a quoted speaker the sentence does not name ("We're closing this live blog down")."""
    trigger = guess.trigger
    agent = _agent(index, trigger, lexicon)
    if trigger.dep_ == "attr" or (agent is not None and agent.lower_ in FIRST_PERSON):
        return None
    return Draft(trigger=trigger, pred=trigger if trigger.pos_ in ("VERB", "AUX") else None, cameo=cameo,
                 plover=guess.plover, sources=(), targets=(), subject=agent, unnamed=True)


def unnamed_actor(draft: Draft) -> ActorRef:
    """The unknown source of an unnamed draft: code ``""`` and its agent's words, or no words at the trigger."""
    if draft.subject is None:
        return ActorRef(code="", sector=None, text="", start=draft.trigger.idx, end=draft.trigger.idx)
    words = _words(draft.subject)
    return ActorRef(code="", sector=None, text=words.text, start=words.start_char, end=words.end_char)


def _agent(index: ActorIndex, trigger: Token, lexicon: Lexicon) -> Token | None:
    """The word for who acts: a verb's subject, or its "by" phrase when passive; a noun's possessor ("the
    guards' torture"). None when the sentence does not say, and when that word is an act itself ("its attack
    killed", "killed by gunfire") or a time ("arrested by Monday evening")."""
    if trigger.pos_ == "VERB":
        found = [trigger.doc[i] for i in index.agent_indices(trigger.i)]
    else:
        found = [c for c in trigger.children if c.dep_ == "poss"]
    if not found:
        return None
    agent = found[0]
    return None if agent.ent_type_ in NOT_AGENTS or _names_an_act(index, agent, lexicon) else agent


def _names_an_act(index: ActorIndex, word: Token, lexicon: Lexicon) -> bool:
    """Whether a noun says an act where it stands ("gunfire", "its attack"), not one only in other words
    ("forces" are a show of force only with "show")."""
    if word.pos_ != "NOUN":
        return False
    found = match_at(index.parse, word.i, lexicon.nouns.get(word.lemma_.lower(), ()))
    return found is not None and found[0].cameo != NO_EVENT


def _words(agent: Token) -> Span:
    """The agent's phrase without what follows it, but with the "of" phrases around it and its coordinated words
    ("Hundreds of protesters", whichever of the two the subject is; "Police and soldiers"; "prison guards")."""
    start, end = agent.left_edge.i, agent.i
    node = agent
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i < node.i:
        node = node.head.head
        start = min(start, node.left_edge.i)
    for child in agent.children:
        if child.dep_ == "conj":
            end = max(end, child.i)
        elif child.dep_ == "prep" and child.lower_ == "of":
            end = max([end, *(g.i for g in child.children if g.dep_ == "pobj")])
    return agent.doc[start : end + 1]
