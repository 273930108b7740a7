"""Background told in a circumstance phrase: "amid a Turkish military campaign", "despite Iranian appeals for
protection", "throughout the US partnership with the Kurds", "like the siege of eastern Ghouta".

The annotation codes what a sentence reports, not the circumstances it sets it in; an act named inside such a
phrase (lexicon list ``background_preps``), or in a clause under it ("amid chaos that threatens the deal"), is
no event of the sentence.
"""

from __future__ import annotations

from realpolitik.events.lexicon import Lexicon
from realpolitik.events.parsecache import ParsedDoc

MAX_CLIMB = 12


def in_background(parse: ParsedDoc, node: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``node`` sits in a phrase of a background preposition."""
    for _ in range(MAX_CLIMB):
        head = parse.heads[node]
        if head == node:
            return False
        if parse.deps[node] == "pobj" and parse.deps[head] == "prep" and lexicon.is_a(
                "background_preps", parse.lowers[head]):
            return True
        node = head
    return False
