"""The actors a noun phrase names, read off a ParsedDoc by token index (``ActorIndex.in_phrase``).

The rules ask this of every subject, object and preposition object they meet. spaCy's ``Token.children``
scans the token's whole subtree and makes a Token per child, so the walk reads the parse's lists instead:
the same steps, in the same order, as when it read Tokens.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span

from realpolitik.events.parsecache import ParsedDoc

# Dependents that keep us inside a noun phrase when looking for the actor it names.
PHRASE_LINKS = ("poss", "compound", "amod", "nmod", "appos", "npadvmod")
# Participles whose "by" agent owns the thing they describe ("troops led by X", "a plan proposed by X").
AUTHOR_VERBS = frozenset({"lead", "present", "draft", "propose", "submit", "sponsor", "table", "author",
                          "introduce", "put", "write", "prepare", "float", "initiate", "broker"})
MODIFIERS = ("amod", "nmod", "compound", "poss")


def phrase_actors(parse: ParsedDoc, by_token: Mapping[int, Span], i: int, depth: int) -> list[Span]:
    """Actors named by the phrase headed by the token at ``i``, one per coordinated conjunct, in text order.
    ``by_token``: the actor span each token belongs to."""
    found: list[Span] = []
    for head in (i, *conjuncts_at(parse, i)):
        span = _one(parse, by_token, head, depth)
        if span is not None and all(span.start != f.start for f in found):
            found.append(span)
        for modifier in (*_coordinated_modifiers(parse, head), *_coordinated_of_objects(parse, head),
                         *_coordinated_home_states(parse, by_token, head)):
            span = by_token.get(modifier)
            if span is not None and all(span.start != f.start for f in found):
                found.append(span)
        for name in _coordinated_appositions(parse, by_token, head):
            span = _one(parse, by_token, name, depth)  # "the Indian Space Research Organization": its modifier
            if span is not None and all(span.start != f.start for f in found):
                found.append(span)
    return sorted(found, key=lambda s: s.start)


def _one(parse: ParsedDoc, by_token: Mapping[int, Span], i: int, depth: int) -> Span | None:
    children, deps = parse.children, parse.deps
    if depth > 0:
        for acl in (*children[i], *_participle_after(parse, by_token, i)):
            if deps[acl] == "acl" and _author_verb(parse, acl):
                # "(UN) troops led by the United States": the leader acts; "a UN resolution presented by
                # Britain" is Britain's.
                for agent in agents_at(parse, acl):
                    led_by = _one(parse, by_token, agent, depth - 1)
                    if led_by is not None:
                        return led_by
    span = by_token.get(i)
    if span is not None or depth <= 0:
        return span
    # An apposition names the head itself ("its NATO ally Turkey"); the other links name a modifier.
    bare: Span | None = None
    for child in sorted(children[i], key=lambda c: deps[c] != "appos"):
        if deps[child] in PHRASE_LINKS:
            span = _one(parse, by_token, child, depth - 1)
            if span is not None and _bare_sector(parse, span, child):
                bare = bare or span  # "the government websites of Georgia" are Georgia's: the "of" phrase first
            elif span is not None:
                return span
    return _of_object(parse, by_token, i, depth) or bare


def _bare_sector(parse: ParsedDoc, span: Span, i: int) -> bool:
    """A lone common noun modifying another ("government websites"): whose it is, the context only guessed."""
    return len(span) == 1 and span.start == i and parse.deps[i] == "compound" and parse.pos[i] == "NOUN"


def _of_object(parse: ParsedDoc, by_token: Mapping[int, Span], i: int, depth: int) -> Span | None:
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    for child in children[i]:
        if deps[child] == "prep" and lowers[child] == "of":
            for pobj in children[child]:
                if deps[pobj] == "pobj":
                    span = _one(parse, by_token, pobj, depth - 1)
                    if span is not None:
                        return span
    return None


# How far up a participle's parser head may govern the noun before it: "troops" → "against" → "forces".
MAX_MISATTACHMENT = 3


def _participle_after(parse: ParsedDoc, by_token: Mapping[int, Span], i: int) -> tuple[int, ...]:
    """A participle right after the noun at ``i`` that the parser hung on an actor governing this noun closely
    ("North Korean forces against UN troops led by the United States": "led" on "forces"); it may modify
    either, so both read it. Not when the parser hung it on an event ("the blockade of Qatar led by Saudi
    Arabia" is led by Saudi Arabia; Qatar is not)."""
    after = i + 1
    if after >= len(parse) or parse.deps[after] != "acl" or parse.heads[after] == i:
        return ()
    head = parse.heads[after]
    if head not in by_token:
        return ()
    node = i
    for _ in range(MAX_MISATTACHMENT):
        if parse.heads[node] == node:
            return ()
        node = parse.heads[node]
        if node == head:
            return (after,)
    return ()


def _author_verb(parse: ParsedDoc, i: int) -> bool:
    """The lemma as spaCy gives it, not lowercased, is one of AUTHOR_VERBS (a capitalised lemma never was)."""
    return parse.lemmas[i] in AUTHOR_VERBS and parse.token(i).lemma_ in AUTHOR_VERBS


def agents_at(parse: ParsedDoc, verb: int) -> list[int]:
    """The "by" phrase of a passive verb or participle (``roles.agent_tokens`` by index)."""
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    return [g for c in children[verb] if deps[c] == "agent" or (deps[c] == "prep" and lowers[c] == "by")
            for g in children[c] if deps[g] == "pobj"]


def conjuncts_at(parse: ParsedDoc, i: int) -> list[int]:
    """Conjuncts that hang off this token ("China and Russia"), not the whole coordination upwards."""
    out: list[int] = []
    stack = parse.children_with(i, ("conj",))
    while stack:
        conj = stack.pop(0)
        out.append(conj)
        stack.extend(parse.children_with(conj, ("conj",)))
    return out


def _coordinated_appositions(parse: ParsedDoc, by_token: Mapping[int, Span], i: int) -> list[int]:
    """The further conjuncts of a plural title's apposition ("Presidents Vladimir Putin and Hassan Rouhani"),
    and of a name right after its noun, where the parser hangs the next conjunct ("the Russian space
    organization Glavkosmos and the Indian Space Research Organization"); a list of actors that the parser
    read as an apposition with conjuncts is the list ("The United States, India, Israel and Pakistan")."""
    plural = parse.tags[i] in ("NNS", "NNPS")
    found: list[int] = []
    for name in parse.children_with(i, ("appos",)):
        conjuncts = conjuncts_at(parse, name)
        if plural or (name == i + 1 and parse.tags[name] == "NNP"):
            found.extend(conjuncts)
        elif conjuncts and i in by_token and name in by_token and _other_state(by_token[i], by_token[name]):
            found.extend((name, *conjuncts))
    return found


def _other_state(head: Span, name: Span) -> bool:
    """Two states' names: "the Iraqi prime minister, Adel Abdul-Mahdi" is one person, told twice."""
    first, second = head._.actor, name._.actor
    return first.sector is None and second.sector is None and first.code != second.code


def _coordinated_prep_objects(parse: ParsedDoc, i: int, prep: str, within: range | None = None) -> list[int]:
    """The further conjuncts of the objects of the word's ``prep`` phrases (only objects ``within``, if given)."""
    children, deps, lowers = parse.children, parse.deps, parse.lowers
    objects = [o for p in children[i] if deps[p] == "prep" and lowers[p] == prep for o in children[p]
               if deps[o] == "pobj" and (within is None or o in within)]
    return [c for o in objects for c in conjuncts_at(parse, o)]


def _coordinated_of_objects(parse: ParsedDoc, i: int) -> list[int]:
    """The further conjuncts of an "of" object ("ministers of Britain, France and Japan")."""
    return _coordinated_prep_objects(parse, i, "of")


def _coordinated_home_states(parse: ParsedDoc, by_token: Mapping[int, Span], i: int) -> list[int]:
    """The further states coordinated in an actor's own "in" phrase ("officials in Ukraine, Moldova and
    Georgia": the officials of each)."""
    span = by_token.get(i)
    return [] if span is None else _coordinated_prep_objects(parse, i, "in", range(span.start, span.end))


def _coordinated_modifiers(parse: ParsedDoc, i: int) -> list[int]:
    """Coordinated modifiers of one noun ("Russian and US navies", "UK and EU negotiators"), and both halves
    of a hyphened nationality ("a British-Iranian aid worker")."""
    children, deps = parse.children, parse.deps
    modifiers = [c for c in children[i] if deps[c] in MODIFIERS]
    hyphened = [t for m in modifiers if any(deps[p] == "punct" and parse.lowers[p] == "-" for p in children[m])
                for g in children[m] if deps[g] in ("amod", "compound") and g < m for t in (g, m)]
    if not any(deps[g] == "cc" for m in modifiers for g in children[m]):
        return hyphened
    return [t for m in modifiers for t in (m, *conjuncts_at(parse, m))]
