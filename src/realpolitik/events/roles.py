"""Who does what to whom: source and target actors of a trigger, read off the dependency parse.

Works over the resolver's actor spans (``doc.spans["actors"]``). Every function takes tokens
and returns actor spans; coordinated phrases ("China and Russia") give one span per conjunct.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from realpolitik.events.parsecache import ParsedDoc, StringTable
from realpolitik.records import ActorKind

SUBJECTS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
ANY_SUBJECT = frozenset(SUBJECTS + PASSIVE_SUBJECTS)
# Dependents that keep us inside a noun phrase when looking for the actor it names.
PHRASE_LINKS = ("poss", "compound", "amod", "nmod", "appos", "npadvmod")
# Participles whose "by" agent owns the thing they describe ("troops led by X", "a plan proposed by X").
AUTHOR_VERBS = frozenset({"lead", "present", "draft", "propose", "submit", "sponsor", "table", "author",
                          "introduce", "put", "write", "prepare", "float", "initiate", "broker"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Verbs whose object is called to hear, not to act: "summoned the Egyptian ambassador to complain about a
# raid" is the summoner's complaint.
NO_OBJECT_CONTROL = frozenset({"summon"})


class ActorIndex:
    """Actor spans of one Doc, found by token; and the Doc's parse as plain lists (``parse``), which the rules and
    the typer read instead of spaCy Tokens."""

    def __init__(self, doc: Doc, strings: StringTable | None = None) -> None:
        self.doc = doc
        self._strings = strings  # shared with the other documents of a coder
        self._parse: ParsedDoc | None = None
        self._subjects: dict[int, list[int]] = {}
        found = doc.spans["actors"] if "actors" in doc.spans else []
        self.spans: list[Span] = sorted(found, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]
        self._by_token: dict[int, Span] = {}
        self._phrases: dict[tuple[int, int], list[Span]] = {}  # in_phrase is asked again and again
        for span in self.spans:
            for i in range(span.start, span.end):
                self._by_token.setdefault(i, span)

    def __bool__(self) -> bool:
        return bool(self.spans)

    @property
    def parse(self) -> ParsedDoc:
        """The Doc's parse, read on first use."""
        if self._parse is None:
            self._parse = ParsedDoc(self.doc, self._strings)
        return self._parse

    def subjects(self, verb: Token) -> list[Token]:
        """``subject_tokens(verb)``, memoised: the rules and the typer ask for the same verbs."""
        found = self._subjects.get(verb.i)
        if found is None:
            found = self._subjects[verb.i] = subjects_at(self.parse, verb.i)
        return [self.parse.token(i) for i in found]

    def in_sentence(self, sent: Span) -> list[Span]:
        """The actors that start in ``sent``, in order (a slice, not a scan of the whole document)."""
        return self.spans[bisect_left(self._starts, sent.start) : bisect_left(self._starts, sent.end)]

    def at(self, token: Token) -> Span | None:
        return self._by_token.get(token.i)

    def in_phrase(self, token: Token, depth: int = 2) -> list[Span]:
        """Actors named by the phrase headed by ``token``, one per coordinated conjunct."""
        key = (token.i, depth)
        if key not in self._phrases:
            self._phrases[key] = self._in_phrase(token, depth)
        return list(self._phrases[key])

    def _in_phrase(self, token: Token, depth: int) -> list[Span]:
        found: list[Span] = []
        for head in (token, *_conjuncts(token)):
            span = self._one(head, depth)
            if span is not None and all(span.start != f.start for f in found):
                found.append(span)
            for modifier in (*_coordinated_modifiers(head), *_coordinated_of_objects(head),
                             *_coordinated_appositions(head)):
                span = self.at(modifier)
                if span is not None and all(span.start != f.start for f in found):
                    found.append(span)
        return sorted(found, key=lambda s: s.start)

    def _one(self, token: Token, depth: int) -> Span | None:
        if depth > 0:
            for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in AUTHOR_VERBS):
                # "(UN) troops led by the United States": the leader acts; "a UN resolution presented by
                # Britain" is Britain's.
                for agent in agent_tokens(acl):
                    led_by = self._one(agent, depth - 1)
                    if led_by is not None:
                        return led_by
        span = self.at(token)
        if span is not None or depth <= 0:
            return span
        # An apposition names the head itself ("its NATO ally Turkey"); the other links name a modifier.
        for child in sorted(token.children, key=lambda c: c.dep_ != "appos"):
            if child.dep_ in PHRASE_LINKS:
                span = self._one(child, depth - 1)
                if span is not None:
                    return span
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        span = self._one(pobj, depth - 1)
                        if span is not None:
                            return span
        return None


def _conjuncts(token: Token) -> list[Token]:
    """Conjuncts that hang off this token ("China and Russia"), not the whole coordination upwards."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        conj = stack.pop(0)
        out.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return out


def _coordinated_appositions(token: Token) -> list[Token]:
    """The further conjuncts of a plural title's apposition ("Presidents Vladimir Putin and Hassan Rouhani")."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    return [c for a in token.children if a.dep_ == "appos" for c in _conjuncts(a)]


def _coordinated_of_objects(token: Token) -> list[Token]:
    """The further conjuncts of an "of" object ("ministers of Britain, France and Japan")."""
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"]
    return [c for o in objects for c in _conjuncts(o)]


def _coordinated_modifiers(token: Token) -> list[Token]:
    """Coordinated modifiers of one noun ("Russian and US navies", "UK and EU negotiators")."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "nmod", "compound", "poss")]
    if not any(g.dep_ == "cc" for m in modifiers for g in m.children):
        return []
    return [t for m in modifiers for t in (m, *_conjuncts(m))]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not _takes_object(verb)
    )


def _misparsed_main_verb(verb: Token) -> bool:
    """ "The air force carried/acl out strikes": the small model sometimes hangs the main verb off its
    subject as a participle; with an object of its own and that subject as the root, the noun acts."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" and _takes_object(verb)


def _takes_object(verb: Token) -> bool:
    """A participle with a direct object is active ("the air force carried out strikes", misparsed as acl)."""
    return any(c.dep_ == "dobj" for c in verb.children)


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
                # A cleft: "It was China that guaranteed ..."
                return [c for c in node.head.children if c.dep_ == "attr"][:1] or [subject]
            return [subject]
        misparsed = _misparsed_subject(node) or _object_taken_for_subject(node)
        if misparsed is not None:
            return [misparsed]
        head = node.head
        if head is node:
            return []
        if node.dep_ == "relcl" or _misparsed_main_verb(node):
            return [head]
        if node.dep_ == "xcomp" and head.lemma_.lower() not in NO_OBJECT_CONTROL:
            objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objects:  # object control: "urged North Korea to talk"
                return objects[:1]
        elif node.dep_ == "pcomp":
            head = head.head  # "by coming together": the preposition's head verb
        elif node.dep_ not in ("conj", "advcl", "ccomp", "acomp"):
            return []
        node = head
    return []


def subjects_at(parse: ParsedDoc, verb: int, max_hops: int = 4) -> list[int]:
    """``subject_tokens`` by index, read off the parsed document (the same steps, in the same order)."""
    deps, heads, lowers = parse.deps, parse.heads, parse.lowers
    node = verb
    for _ in range(max_hops):
        own = parse.children_with(node, ANY_SUBJECT)
        if own:
            subject = own[0]
            if lowers[subject] in RELATIVE_PRONOUNS and deps[node] == "relcl":
                return [heads[node]]
            if lowers[subject] in RELATIVE_PRONOUNS and deps[node] == "ccomp":
                return parse.children_with(heads[node], ("attr",))[:1] or [subject]
            return [subject]
        misparsed = _misparsed_subject_at(parse, node)
        if misparsed is None:
            misparsed = _object_taken_for_subject_at(parse, node)
        if misparsed is not None:
            return [misparsed]
        # spaCy's ``node.head is node`` never holds (each read makes a new Token): no stop at the root here.
        head, dep = heads[node], deps[node]
        if dep == "relcl" or (dep == "acl" and parse.tags[node] in ("VBN", "VBD") and deps[head] == "ROOT"
                              and parse.children_with(node, ("dobj",))):
            return [head]
        if dep == "xcomp" and parse.lemmas[head] not in NO_OBJECT_CONTROL:
            objects = parse.children_with(head, ("dobj", "dative"))
            if objects:
                return objects[:1]
        elif dep == "pcomp":
            head = heads[head]
        elif dep not in ("conj", "advcl", "ccomp", "acomp"):
            return []
        node = head
    return []


def _misparsed_subject_at(parse: ParsedDoc, verb: int) -> int | None:
    if parse.tags[verb] not in ("VBD", "VBZ", "VBP") and not parse.children_with(verb, ("aux",)):
        return None
    return next((c for c in parse.children[verb]
                 if c < verb and parse.deps[c] in ("advmod", "npadvmod", "dep") and parse.capital(c)), None)


def _object_taken_for_subject_at(parse: ParsedDoc, verb: int) -> int | None:
    if parse.deps[verb] != "conj" or parse.tags[verb] not in ("VBD", "VBZ", "VBP") or verb == 0:
        return None
    before = verb - 1
    if (parse.deps[before] == "conj" and parse.pos[before] in ("NOUN", "PROPN")
            and parse.deps[parse.heads[before]] in ("dobj", "pobj")):
        return before
    return None


def _object_taken_for_subject(verb: Token) -> Token | None:
    """ "gunmen killed a soldier and the Israeli military launched strikes": the parser joins "military" to the
    first verb's object, so the second verb seems to share "gunmen"; the noun right before it is its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and before.head.dep_ in ("dobj", "pobj"):
        return before
    return None


def _misparsed_subject(verb: Token) -> Token | None:
    """A capitalised name left of a subjectless finite verb that the parser took for a modifier
    ("USAID/advmod provided ..."): the small model does this with unfamiliar acronyms."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return None
    # Only an actor becomes a source; a word such as "However/advmod" gives none (it does end the climb,
    # which matters only for subjectless finite verbs, themselves rare).
    return next(
        (c for c in verb.children
         if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "dep") and c.text[:1].isupper() and c.is_alpha),
        None,
    )


def agent_tokens(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb or participle."""
    return [
        g
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]


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
    return PrepositionObjects(head, objects).get(role)


NAMED_ROLES = frozenset({"subj", "agent", "dobj", "dative", "poss", "mod"})  # the rest name a preposition


class PrepositionObjects:
    """The objects of the prepositions of a predicate, of its ``objects`` and of its participle clauses, by
    preposition: read once for all the preposition roles actors_for_roles tries, not once per role."""

    def __init__(self, head: Token, objects: Sequence[Token] = ()) -> None:
        self._tables = [_by_preposition(t) for t in (head, *objects, *(c for c in head.children if c.dep_ == "acl"))]

    def get(self, prep: str) -> list[Token]:
        """The objects of ``prep`` phrases: the head's, then each object's, then each participle clause's."""
        return [g for table in self._tables for g in table.get(prep, ())]


def _by_preposition(token: Token) -> dict[str, list[Token]]:
    found: dict[str, list[Token]] = {}
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and not border_link(c):
            found.setdefault(c.lower_, []).extend(g for g in c.children if g.dep_ == "pobj")
    return found


def actors_for_roles(
    index: ActorIndex,
    head: Token,
    roles: Iterable[str],
    objects: Sequence[Token] = (),
    exclude: Iterable[Token] = (),
) -> tuple[list[Span], str | None]:
    """Actors in the first role (in order of preference) that names any, and that role."""
    skip = {t.i for t in exclude}
    preps: PrepositionObjects | None = None
    for role in roles:
        if role == "subj":
            tokens = index.subjects(head)
        elif role in NAMED_ROLES:
            tokens = role_tokens(head, role, objects)
        else:
            preps = preps if preps is not None else PrepositionObjects(head, objects)
            tokens = preps.get(role)
        spans: list[Span] = []
        for token in tokens:
            if token.i in skip:
                continue
            depth = 0 if role == "mod" else 2
            for span in index.in_phrase(token, depth):
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
        agreeing = [s for s in spans if _agrees(token, s)]
        if agreeing:
            return agreeing
    if token.lower_ in NEUTER_PRONOUNS:
        for spans in candidates:
            leaders = [s for s in spans if s._.actor.kind == ActorKind.LEADER]
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


def _agrees(pronoun: Token, span: Span) -> bool:
    """ "He" is no state, organisation or group, and "it" no person."""
    kind = span._.actor.kind
    if pronoun.lower_ in PERSONAL_PRONOUNS:
        return kind not in (ActorKind.STATE, ActorKind.IGO, ActorKind.NSAG)
    if pronoun.lower_ in NEUTER_PRONOUNS:
        return kind not in (ActorKind.LEADER, ActorKind.PERSON)
    return True


DEEP_LINKS = frozenset({"prep", "pobj", "xcomp", "pcomp", "dobj", "acomp", "advcl", "appos"})


def deep_prep_objects(head: Token, preps: Iterable[str], max_depth: int = 4) -> list[Token]:
    """Objects of the named prepositions further down the predicate ("talk about a treaty with X")."""
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


BORDER_WORDS = frozenset({"border", "frontier", "boundary", "borderline"})


def border_link(prep: Token) -> bool:
    """ "near the border with Turkey": the preposition places the act; Turkey is not acted on."""
    if prep.lower_ != "with" or prep.i == 0:
        return False
    border = prep.head if prep.head.lemma_.lower() in BORDER_WORDS else prep.doc[prep.i - 1]  # parsed either way
    # Only where the border places the act: "opened its borders with Egypt" is aimed at Egypt.
    return (border.lemma_.lower() in BORDER_WORDS and border.dep_ == "pobj"
            and border.head.lower_ in ("near", "along", "on", "at", "across", "by", "to", "from", "in"))


def nearest_preceding_actor(index: ActorIndex, token: Token) -> list[Span]:
    """The closest actor before a pronoun in its sentence: a last resort for "they"."""
    before = [s for s in index.in_sentence(token.sent) if s.end <= token.i]
    return before[-1:]
