"""Who does what to whom: source and target actors of a trigger, read off the dependency parse.

Works over the resolver's actor spans (``doc.spans["actors"]``). Every function takes tokens
and returns actor spans; coordinated phrases ("China and Russia") give one span per conjunct.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from realpolitik.events.parsecache import ParsedDoc, StringTable
from realpolitik.events.phrases import agents_at, phrase_actors
from realpolitik.events.slots import (
    BORDER_PREPS,
    BORDER_WORDS,
    PASSIVE_SUBJECTS,
    PrepositionObjects,
    passive_at,
    role_indices,
)
from realpolitik.records import Actor, ActorKind, ActorRef

SUBJECTS = ("nsubj", "csubj", "expl")
ANY_SUBJECT = frozenset(SUBJECTS + PASSIVE_SUBJECTS)
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# A coordinated target reaches this many parties; longer lists are enumerations, not parties to one act.
MOST_CONJUNCTS = 3
# Verbs whose object is called to hear, not to act: "summoned the Egyptian ambassador to complain about a
# raid" is no complaint by the ambassador: the "to" clause gets no subject, and the summons is the complaint.
# Only a state's authorities summon: with no "by" phrase, the host state does (drafts._custodian).
SUMMONING = frozenset({"summon"})


class ActorIndex:
    """Actor spans of one Doc, found by token; and the Doc's parse as plain lists (``parse``), which the rules and
    the typer read instead of spaCy Tokens."""

    def __init__(self, doc: Doc, strings: StringTable | None = None) -> None:
        self.doc = doc
        self._strings = strings  # shared with the other documents of a coder
        self._subjects: dict[int, list[int]] = {}
        found = doc.spans["actors"] if "actors" in doc.spans else []
        self.spans: list[Span] = sorted(found, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]
        self._by_token: dict[int, Span] = {}
        self._phrases: dict[tuple[int, int], list[Span]] = {}  # in_phrase is asked again and again
        self._actors: dict[tuple[int, int], Actor] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self._by_token.setdefault(i, span)

    def __bool__(self) -> bool:
        return bool(self.spans)

    @cached_property
    def places(self) -> list[Span]:
        """Cities and regions the resolver read as places only, each with its state (``doc.spans["places"]``)."""
        return list(self.doc.spans["places"]) if "places" in self.doc.spans else []

    @cached_property
    def parse(self) -> ParsedDoc:
        """The Doc's parse, read on first use (then a plain attribute: the rules ask for it thousands of times)."""
        return ParsedDoc(self.doc, self._strings)

    def subjects(self, verb: Token) -> list[Token]:
        """The verb's subject tokens (``subjects_at``), memoised: the rules and the typer ask for the same verbs."""
        return [self.parse.token(i) for i in self.subject_indices(verb.i)]

    def subject_indices(self, verb: int) -> list[int]:
        """``subjects`` by token index (a list the caller must not change)."""
        found = self._subjects.get(verb)
        if found is None:
            found = self._subjects[verb] = subjects_at(self.parse, verb)
        return found

    def agent_indices(self, verb: int) -> list[int]:
        """Who acts in the verb's clause, by token index: its "by" phrase when passive, else its subjects."""
        return agents_at(self.parse, verb) if passive_at(self.parse, verb) else self.subject_indices(verb)

    def in_sentence(self, sent: Span) -> list[Span]:
        """The actors that start in ``sent``, in order (a slice, not a scan of the whole document)."""
        return self.spans[bisect_left(self._starts, sent.start) : bisect_left(self._starts, sent.end)]

    def actor(self, span: Span) -> Actor:
        """``span._.actor``, read once per span: each read of a spaCy extension builds an Underscore object."""
        key = (span.start, span.end)
        found = self._actors.get(key)
        if found is None:
            found = self._actors[key] = span._.actor
        return found

    def at(self, token: Token) -> Span | None:
        return self._by_token.get(token.i)

    def span_at(self, i: int) -> Span | None:
        """``at`` by token index."""
        return self._by_token.get(i)

    def in_phrase(self, token: Token, depth: int = 2) -> list[Span]:
        """Actors named by the phrase headed by ``token``, one per coordinated conjunct."""
        return self.in_phrase_at(token.i, depth)

    def in_phrase_at(self, i: int, depth: int = 2) -> list[Span]:
        """``in_phrase`` for the token at ``i``, memoised: the rules ask it again and again."""
        key = (i, depth)
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = phrase_actors(self.parse, self._by_token, i, depth)
        return list(found)

    def ref(self, span: Span) -> ActorRef:
        """The actor of a span as an event records it."""
        actor = self.actor(span)
        return ActorRef(code=actor.code, sector=actor.sector, text=span.text, start=span.start_char,
                        end=span.end_char, name=actor.name)

    def same_actor(self, a: Span, b: Span, sector: bool = False) -> bool:
        """Whether two spans name one party (``same_party``); ``sector``: a state's sectors are parties apart."""
        return a.start == b.start or same_party(self.actor(a), self.actor(b), sector)

    def among(self, span: Span, others: Iterable[Span], sector: bool = False) -> bool:
        """Whether ``span`` names the party of any of ``others`` (a source among the candidate targets)."""
        return any(self.same_actor(span, other, sector) for other in others)

    def several_parties(self, spans: Sequence[Span]) -> bool:
        """Whether the spans name more than one party: "China and Russia" do, "the UN and its Security Council"
        do not."""
        return any(not self.same_actor(a, b) for a, b in combinations(spans, 2))

    def same_parties(self, a: Sequence[Span], b: Sequence[Span]) -> bool:
        """Whether two lists of spans name the same parties (each of one is among the other)."""
        return all(self.among(s, b) for s in a) and all(self.among(s, a) for s in b)


def same_party(first: Actor, second: Actor, sector: bool = False) -> bool:
    """Whether two actors are one party. States and groups are one by code (and sector, where ``sector``); but
    every organisation has the code IGO, so two organisations are one only by name, a part with its whole: the
    UN Security Council with the UN, not the African Union with the UN."""
    if first.code != second.code or (sector and first.sector != second.sector):
        return False
    if first.kind != ActorKind.IGO or second.kind != ActorKind.IGO:
        return True  # an organisation's people carry its code but not its name: as before, one with any
    one, other = org_name(first.name), org_name(second.name)
    return part_of(one, other) or part_of(other, one)


def party_key(ref: ActorRef | None) -> str:
    """What tells coded events' parties apart: the code, and for an organisation (all code IGO) its name, so that
    the EU's act towards the African Union and the AU's towards the EU are two events."""
    if ref is None:
        return ""
    return f"{ref.code}:{org_name(ref.name)}" if ref.code.startswith("IGO") and ref.name else ref.code


def part_of(whole: str, part: str) -> bool:
    """ "United Nations Security Council" is of the "United Nations"; the "West African Development Bank" is not
    of the "African Development Bank"."""
    return part == whole or part.startswith(whole + " ")


# Short forms that open organisations' names in the actor tables ("Un Security Council", "U.n. Monitor").
ORG_SHORT_FORMS = (("un", "united nations"), ("u.n.", "united nations"), ("eu", "european union"))


def org_name(name: str) -> str:
    """An organisation's name as compared: the actor tables spell one body several ways ("The United Nations",
    "Un Security Council", "United Nations Security Council")."""
    words = name.casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    first = words[0] if words else ""
    long_form = next((long for short, long in ORG_SHORT_FORMS if first == short), None)
    return " ".join([long_form, *words[1:]] if long_form else words)


def subjects_at(parse: ParsedDoc, verb: int, max_hops: int = 4) -> list[int]:
    """The subject of a verb, inherited through control, coordination and participles when absent; by token index,
    read off the parsed document."""
    deps, heads, lowers = parse.deps, parse.heads, parse.lowers
    node = verb
    for _ in range(max_hops):
        own = parse.children_with(node, ANY_SUBJECT)
        if own:
            subject = own[0]
            if lowers[subject] in RELATIVE_PRONOUNS and deps[node] == "relcl":
                return [heads[node]]
            if lowers[subject] in RELATIVE_PRONOUNS and deps[node] == "ccomp":
                # A cleft: "It was China that guaranteed ..."
                return parse.children_with(heads[node], ("attr",))[:1] or [subject]
            return [subject]
        misparsed = _misparsed_subject_at(parse, node)
        if misparsed is None:
            misparsed = _object_taken_for_subject_at(parse, node)
        if misparsed is not None:
            return [misparsed]
        # spaCy's ``node.head is node`` never holds (each read makes a new Token): no stop at the root here.
        head, dep = heads[node], deps[node]
        # "The air force carried/acl out strikes": the small model sometimes hangs the main verb off its subject
        # as a participle; with an object of its own and that subject as the root, the noun acts.
        if dep == "relcl" or (dep == "acl" and parse.tags[node] in ("VBN", "VBD") and deps[head] == "ROOT"
                              and parse.children_with(node, ("dobj",))):
            return [head]
        if dep == "xcomp" and parse.lemmas[head] not in SUMMONING:
            objects = parse.children_with(head, ("dobj", "dative"))
            if objects:  # object control: "urged North Korea to talk"
                return objects[:1]
        elif dep == "pcomp":
            head = heads[head]  # "by coming together": the preposition's head verb
        elif dep not in ("conj", "advcl", "ccomp", "acomp"):
            return []
        node = head
    return []


def _misparsed_subject_at(parse: ParsedDoc, verb: int) -> int | None:
    """A capitalised name left of a subjectless finite verb that the parser took for a modifier
    ("USAID/advmod provided ..."): the small model does this with unfamiliar acronyms."""
    if parse.tags[verb] not in ("VBD", "VBZ", "VBP") and not parse.children_with(verb, ("aux",)):
        return None
    # Only an actor becomes a source; a word such as "However/advmod" gives none (it does end the climb, which
    # matters only for subjectless finite verbs, themselves rare).
    return next((c for c in parse.children[verb]
                 if c < verb and parse.deps[c] in ("advmod", "npadvmod", "dep") and parse.capital(c)), None)


def _object_taken_for_subject_at(parse: ParsedDoc, verb: int) -> int | None:
    """ "gunmen killed a soldier and the Israeli military launched strikes": the parser joins "military" to the
    first verb's object, so the second verb seems to share "gunmen"; the noun right before it is its subject."""
    if parse.deps[verb] != "conj" or parse.tags[verb] not in ("VBD", "VBZ", "VBP") or verb == 0:
        return None
    before = verb - 1
    if (parse.deps[before] == "conj" and parse.pos[before] in ("NOUN", "PROPN")
            and parse.deps[parse.heads[before]] in ("dobj", "pobj")):
        return before
    return None


NAMED_ROLES = frozenset({"subj", "agent", "dobj", "dative", "poss", "mod"})  # the rest name a preposition


def actors_for_roles(
    index: ActorIndex,
    head: Token,
    roles: Iterable[str],
    objects: Sequence[Token] = (),
    exclude: Iterable[Token] = (),
) -> tuple[list[Span], str | None]:
    """Actors in the first role (in order of preference) that names any, and that role."""
    parse, at = index.parse, head.i
    skip = {t.i for t in exclude}
    around = [o.i for o in objects]
    preps: PrepositionObjects | None = None
    for role in roles:
        if role == "subj":
            tokens = index.subject_indices(at)
        elif role in NAMED_ROLES:
            tokens = role_indices(parse, at, role, around)
        else:
            preps = preps if preps is not None else PrepositionObjects(parse, at, around)
            tokens = preps.get(role)
        spans: list[Span] = []
        depth = 0 if role == "mod" else 2
        for i in tokens:
            if i in skip:
                continue
            for span in index.in_phrase_at(i, depth):
                if all(span.start != s.start for s in spans):
                    spans.append(span)
        if spans:
            return spans, role
    return [], None


def resolve_pronoun(index: ActorIndex, token: Token) -> list[Span]:
    """A pronoun subject refers to the nearest governing clause's actor subject ("China said it would"). "It"
    after a leader and no state is the leader's state ("Turkey's president says it will ...")."""
    candidates = _antecedents(index, token)
    for spans in candidates:
        agreeing = [s for s in spans if _agrees(token, index.actor(s))]
        if agreeing:
            return agreeing
    if token.lower_ in NEUTER_PRONOUNS:
        for spans in candidates:
            leaders = [s for s in spans if index.actor(s).kind == ActorKind.LEADER]
            if leaders:
                return leaders
    return []


def _antecedents(index: ActorIndex, token: Token) -> list[list[Span]]:
    """The actors of the governing clauses' subjects, nearest first, then the nearest actor before."""
    found: list[list[Span]] = []
    node = token.head
    for _ in range(5):
        if node.head is node:
            break
        node = node.head
        found.extend(index.in_phrase(subject) for subject in node.children
                     if subject.dep_ in SUBJECTS and subject.i != token.i)
    return [*found, nearest_preceding_actor(index, token)]


PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
NEUTER_PRONOUNS = frozenset({"it", "its"})


def _agrees(pronoun: Token, actor: Actor) -> bool:
    """ "He" is no state, organisation or group, and "it" no person."""
    kind = actor.kind
    if pronoun.lower_ in PERSONAL_PRONOUNS:
        return kind not in (ActorKind.STATE, ActorKind.IGO, ActorKind.NSAG)
    if pronoun.lower_ in NEUTER_PRONOUNS:
        return kind not in (ActorKind.LEADER, ActorKind.PERSON)
    return True


def border_link(prep: Token) -> bool:
    """ "near the border with Turkey": the preposition places the act; Turkey is not acted on."""
    if prep.lower_ != "with" or prep.i == 0:
        return False
    border = prep.head if prep.head.lemma_.lower() in BORDER_WORDS else prep.doc[prep.i - 1]  # parsed either way
    # Only where the border places the act: "opened its borders with Egypt" is aimed at Egypt.
    return (border.lemma_.lower() in BORDER_WORDS and border.dep_ == "pobj"
            and border.head.lower_ in BORDER_PREPS)


def nearest_preceding_actor(index: ActorIndex, token: Token) -> list[Span]:
    """The closest actor before a pronoun in its sentence: a last resort for "they"."""
    before = [s for s in index.in_sentence(token.sent) if s.end <= token.i]
    return before[-1:]


def object_agent(index: ActorIndex, noun: Token) -> list[Span]:
    """ "the expulsion of a Russian diplomat by Sofia": the parser often hangs an event noun's "by" phrase on
    its "of" object; the agent is still the noun's."""
    return [s for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" for b in g.children if b.dep_ == "prep" and b.lower_ == "by"
            for a in b.children if a.dep_ == "pobj" for s in index.in_phrase(a)]
