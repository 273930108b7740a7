"""Background told in a circumstance phrase: "amid a Turkish military campaign", "despite Iranian appeals for
protection", "throughout the US partnership with the Kurds", "like the siege of eastern Ghouta".

The annotation codes what a sentence reports, not the circumstances it sets it in; an act named inside such a
phrase (lexicon list ``background_preps``), or in a clause under it ("amid chaos that threatens the deal"), is
no event of the sentence. Relative clauses are background too, when the main clause reports an event of its own
(``in_relative_clause``, read by the coder).
"""

from __future__ import annotations

from realpolitik.events.lexicon import Lexicon
from realpolitik.events.parsecache import ParsedDoc

MAX_CLIMB = 12
CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj"})


def in_background(parse: ParsedDoc, node: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``node`` sits in a phrase of a background preposition, or in a clause under one."""
    return _under_preposition(parse, node, lexicon, "background_preps", through_clauses=True)


def reaction_content(parse: ParsedDoc, node: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``node`` names what a reaction reacts to ("condolences over an attack", "a protest
    against the killing"): in the phrase of a ``reaction_preps`` preposition, not in a clause under it ("protested
    against a law that allows people to be jailed" may still be the protest)."""
    return _under_preposition(parse, node, lexicon, "reaction_preps", through_clauses=False)


def in_relative_clause(parse: ParsedDoc, node: int) -> bool:
    """Whether the word at ``node`` sits in a relative clause or a participle describing a noun ("freed a
    diplomat it arrested", "fishermen held captive"): background when the main clause has news of its own."""
    for _ in range(8):  # at the root too: spaCy's ``node.head is node`` never held, so the climb ran on in place
        if parse.deps[node] == "relcl" or (parse.deps[node] == "acl" and parse.tags[node] == "VBN"):
            return True
        node = parse.heads[node]
    return False


def _under_preposition(parse: ParsedDoc, node: int, lexicon: Lexicon, words: str, through_clauses: bool) -> bool:
    for _ in range(MAX_CLIMB):
        head = parse.heads[node]
        if head == node or (not through_clauses and parse.deps[node] in CLAUSES):
            return False
        if parse.deps[node] == "pobj" and parse.deps[head] == "prep" and lexicon.is_a(words, parse.lowers[head]):
            return True
        node = head
    return False
