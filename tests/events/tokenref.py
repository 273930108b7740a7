"""The rules' readings of the parse through spaCy Tokens, as the library had them before it read a ParsedDoc by
index: the references the index versions are tested against (test_parsecache, test_slots)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Token

from realpolitik.events.lexicon import Pattern
from realpolitik.events.matching import DATED, PATTERN_LINKS
from realpolitik.events.roles import ANY_SUBJECT, RELATIVE_PRONOUNS, SUMMONING
from realpolitik.events.slots import BORDER_PREPS, BORDER_WORDS, DEEP_LINKS, PASSIVE_SUBJECTS
from realpolitik.events.vectors import DIMENSIONS, SIMILARITY_FLOOR, SentenceVectors


def subject_tokens(verb: Token, max_hops: int = 4) -> list[Token]:
    """The subject of a verb, inherited through control, coordination and participles when absent."""
    node = verb
    for _ in range(max_hops):
        own = [c for c in node.children if c.dep_ in ANY_SUBJECT]
        if own:
            subject = own[0]
            if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return [node.head]
            if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "ccomp":
                return [c for c in node.head.children if c.dep_ == "attr"][:1] or [subject]
            return [subject]
        misparsed = _misparsed_subject(node) or _object_taken_for_subject(node)
        if misparsed is not None:
            return [misparsed]
        head = node.head
        if head is node:  # never true in spaCy 3: each read makes a new Token
            return []
        if node.dep_ == "relcl" or _misparsed_main_verb(node):
            return [head]
        if node.dep_ == "xcomp" and head.lemma_.lower() not in SUMMONING:
            objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objects:
                return objects[:1]
        elif node.dep_ == "pcomp":
            head = head.head
        elif node.dep_ not in ("conj", "advcl", "ccomp", "acomp"):
            return []
        node = head
    return []


def _misparsed_main_verb(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" and _takes_object(verb)


def _takes_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _object_taken_for_subject(verb: Token) -> Token | None:
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and before.head.dep_ in ("dobj", "pobj"):
        return before
    return None


def _misparsed_subject(verb: Token) -> Token | None:
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return None
    return next(
        (c for c in verb.children
         if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "dep") and c.text[:1].isupper() and c.is_alpha),
        None,
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not _takes_object(verb)
    )


def agent_tokens(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]


def role_tokens(head: Token, role: str, objects: Sequence[Token] = ()) -> list[Token]:
    """Tokens filling one named role of a predicate; ``objects`` also offer their prepositions."""
    if role == "subj":
        return subject_tokens(head)
    if role == "agent":
        return agent_tokens(head)
    if role == "dobj":
        return [c for c in head.children if c.dep_ in ("dobj", "obj")] or (
            [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS] if is_passive(head) else []
        )
    if role == "dative":
        return [c for c in head.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    if role == "poss":
        return [g for o in (head, *objects) for g in o.children if g.dep_ == "poss"]
    if role == "mod":
        return [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    return prep_objects(head, role, objects)


def prep_objects(head: Token, prep: str, objects: Sequence[Token] = ()) -> list[Token]:
    """Objects of one preposition's phrases: the head's, then each object's, then each participle clause's."""
    return [g for t in (head, *objects, *(c for c in head.children if c.dep_ == "acl")) for c in t.children
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep and not border_link(c)
            for g in c.children if g.dep_ == "pobj"]


def border_link(prep: Token) -> bool:
    if prep.lower_ != "with" or prep.i == 0:
        return False
    border = prep.head if prep.head.lemma_.lower() in BORDER_WORDS else prep.doc[prep.i - 1]
    return (border.lemma_.lower() in BORDER_WORDS and border.dep_ == "pobj"
            and border.head.lower_ in BORDER_PREPS)


def deep_prep_objects(head: Token, preps: Iterable[str], max_depth: int = 4) -> list[Token]:
    wanted = set(preps)
    found: list[Token] = []
    frontier = [head]
    for _ in range(max_depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ in DEEP_LINKS]
        for token in frontier:
            if token.dep_ == "prep" and token.lower_ in wanted and not border_link(token):
                found.extend(g for g in token.children if g.dep_ == "pobj")
        if found:
            return found
    return found


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


def place_objects(pred: Token | None, args_head: Token | None, trigger: Token) -> Iterator[Token]:
    """circumstances.place_objects over a draft's predicate, argument head and trigger."""
    heads = list({t.i: t for t in (pred, args_head, trigger) if t is not None}.values())
    heads += [c for c in heads[0].children if c.dep_ == "dobj"] if heads else []
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("against", "on", "into")
              for g in p.children if g.dep_ == "pobj"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            yield from (g for g in prep.children if g.dep_ == "pobj")


def reading_order(head: Token, blocked: set[int], skipped_preps: frozenset[str]) -> list[Token]:
    """targets._reading_order over Tokens."""
    reached: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        reached.append(token)
        for child in token.children:
            if child.i in blocked or child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "punct", "cc", "parataxis",
                                                    "mark", "meta"):
                continue
            if child.dep_ == "prep" and (child.lower_ in skipped_preps or border_link(child)):
                continue
            if child.dep_ in ("relcl", "advcl", "ccomp") and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            stack.append(child)
    return sorted(reached, key=lambda t: t.i)


def closeness_feature(vectors: SentenceVectors, token: Token, plover: str) -> tuple[int, float]:
    """SentenceVectors.closeness_feature over a Token."""
    k = vectors.types.index(plover) if plover in vectors.types else -1
    if k < 0 or token.pos_ not in ("VERB", "NOUN") or token.is_stop:
        return -1, 0.0
    value = float(vectors.closeness(token.lemma_.lower())[k])
    return 2 * DIMENSIONS + k, max(value - SIMILARITY_FLOOR, 0.0) / (1.0 - SIMILARITY_FLOOR) * vectors.scale
