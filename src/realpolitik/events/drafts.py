"""Event drafts: triggers found by lexicon look-up, with their arguments, before factuality.

A draft is one trigger (a verb, an event noun, or a frame verb such as "urged") with the
CAMEO code the lexicon gives it and the actor spans in its source and target roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from realpolitik.events.amounts import GIVEN_ROOT, counted, summed_nouns
from realpolitik.events.calls import setting_prep, uncalled, unpartnered
from realpolitik.events.complements import wished_of
from realpolitik.events.documents import document_author
from realpolitik.events.lexicon import DEFAULT_VERB_TARGET, NO_EVENT, Lexicon, Pattern
from realpolitik.events.matching import match_at
from realpolitik.events.modality import factuality, frame_at, obligation_of
from realpolitik.events.nounframes import frame_noun, holder_verb, stating_verb
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.events.roles import (
    MOST_CONJUNCTS,
    NAMED_ROLES,
    PRONOUNS,
    SUMMONING,
    ActorIndex,
    actors_for_roles,
    border_link,
    object_agent,
    resolve_pronoun,
)
from realpolitik.events.slots import deep_prep_objects_at, passive_at
from realpolitik.records import Modality, is_state_code

NOUN_CLIMB = frozenset(
    {"pobj", "prep", "dobj", "attr", "appos", "conj", "compound", "npadvmod", "oprd", "pcomp", "dative"}
)
REQUEST_TARGET = ("dobj", "dative", "on", "to", "of")
# CAMEO roots of coercion and attacks: done at home when both sides read as the same actor.
MATERIAL_CONFLICT = frozenset({"17", "18", "19", "20"})
# Protests often told without the protesters: "as nationwide protests kicked off", "after weeks of unrest".
UNNAMED_PROTESTS = frozenset({"protest", "demonstration", "rally", "unrest", "riot", "march"})


@dataclass(frozen=True)
class Draft:
    """One candidate event: a trigger, its code and the actors around it."""

    trigger: Token
    pred: Token | None  # the clause whose factuality the event takes; None for a free noun phrase
    cameo: str
    plover: str | None
    sources: tuple[Span, ...]
    targets: tuple[Span, ...]
    symmetric: bool = False
    args_head: Token | None = None
    frame_kind: str | None = None
    subject: Token | None = None
    setting: bool = False  # talks told as the setting of another act: they took place whatever came of them
    unnamed: bool = False  # no actor the resolver knows acts: the source is ``subject``'s words, code "" (D28)


def says_no_event(lexicon: Lexicon, parse: ParsedDoc, i: int) -> bool:
    """Whether the word at ``i`` heads an idiom of the lexicon's ``not_events`` ("a cold war", "released a
    statement")."""
    pos = parse.pos[i]
    table = lexicon.nouns if pos in ("NOUN", "PROPN") else lexicon.verbs if pos == "VERB" else None
    found = match_at(parse, i, table.get(parse.lemmas[i], ())) if table is not None else None
    return found is not None and found[0].cameo == NO_EVENT


def _sources(index: ActorIndex, verb: Token, roles: tuple[str, ...],
             objects: Sequence[Token] = ()) -> tuple[list[Span], Token | None]:
    """Source actors of a verb, reading passives by their agent and pronouns by their antecedent; a preposition
    role is read on the pattern's ``objects`` too ("received help from the United States")."""
    parse = index.parse
    passive = passive_at(parse, verb.i)
    for role in roles:
        if role == "subj" and not passive:
            for subject in index.subject_indices(verb.i):
                spans = index.in_phrase_at(subject)
                if not spans and parse.lowers[subject] in PRONOUNS:
                    spans = resolve_pronoun(index, parse.token(subject))
                if not spans and parse.lemmas[subject] in INSTITUTIONS:
                    spans = _owner_by_pronoun(index, parse.token(subject))
                if spans:
                    return spans, parse.token(subject)
        elif role != "subj":
            spans, _ = actors_for_roles(index, verb, (role,), objects if role not in NAMED_ROLES else ())
            if spans:
                return spans, None
    return (document_author(index, verb) if "subj" in roles and not passive else []), None


# Bodies of a state that "its" or "their" gives an owner ("its parliament called on US troops to leave").
INSTITUTIONS = frozenset({"government", "parliament", "army", "military", "troop", "force", "navy", "police",
                          "ministry", "president", "leader", "leadership", "authority", "official", "embassy",
                          "delegation", "cabinet", "regime", "administration", "congress", "legislature", "soldier"})


def _owner_by_pronoun(index: ActorIndex, noun: Token) -> list[Span]:
    """The actor that a possessive pronoun before a state's body refers to ("its parliament": Iraq's)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    return resolve_pronoun(index, owner) if owner is not None else []


def admits_content(lexicon: Lexicon, verb: Token) -> bool:
    """ "conceded that the offensive has crippled efforts", "insists it is enforcing the sanctions": a content clause
    saying what is so makes the verb speech, not its act. A bare subjunctive ("insisted that Iran withdraw") is
    still what it asks."""
    return lexicon.is_a("admitting", verb.lemma_.lower()) and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and not _subjunctive(c)
        for c in verb.children)


def _subjunctive(clause: Token) -> bool:
    """A bare "withdraw" or passive "be withdrawn" with no other auxiliary."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VB":
        return not auxiliaries
    return (clause.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass"
            and auxiliaries[0].tag_ == "VB")


def verb_draft(index: ActorIndex, lexicon: Lexicon, verb: Token, consumed: set[int]) -> Draft | None:
    """A draft for a lexicon verb, or for an event noun carried by a light verb ("imposed sanctions")."""
    found = match_at(index.parse, verb.i, lexicon.verbs.get(verb.lemma_.lower(), ()))
    if (found is not None and found[0].cameo == NO_EVENT) or admits_content(lexicon, verb):
        return None
    noun_found = _light_object(index, lexicon, verb) if lexicon.is_a("light_verbs", verb.lemma_.lower()) else None
    if noun_found and frame_noun(lexicon, noun_found[0]):
        noun_found = None  # "reaffirmed its commitment to help": the noun frames its clause (events/nounframes.py)
    if noun_found and (found is None or len(noun_found[1].required) > len(found[0].required)):
        noun, pattern = noun_found
        trigger, objects = noun, [noun]
    elif found is not None:
        pattern, objects = found
        trigger = verb
    else:
        return None
    if any(says_no_event(lexicon, index.parse, t.i) for t in objects) or uncalled(index, lexicon, verb, pattern):
        return None  # "launched a charm offensive", "called early elections"
    consumed.update(t.i for t in objects)
    sources, subject = (_sources(index, verb, pattern.source, objects) if pattern.pos == "verb"
                        else _sources(index, verb, ("subj", "agent")))
    held_by = holder_verb(lexicon, verb) if not sources else None
    if held_by is not None:  # "announced its decision to withdraw troops"
        sources = _sources(index, held_by, ("subj", "agent"))[0]
    if not sources and passive_at(index.parse, verb.i):
        sources = _owner_of_passive_subject(index, lexicon, verb) or _custodian(index, verb, pattern.cameo)
    if not sources and pattern.symmetric:  # "the accord was signed between France, Italy and Spain"
        sources = _parties(index, [verb, *objects])
    if not sources or unpartnered(index, lexicon, verb, pattern, sources):
        return None  # "has been speaking about American military intervention": no talks
    target_roles = (
        pattern.target
        if pattern.pos == "verb"
        else tuple(dict.fromkeys((*DEFAULT_VERB_TARGET, *pattern.target)))
    )
    targets, _ = actors_for_roles(index, verb, target_roles, objects, exclude=[s.root for s in sources])
    mutual = pattern.symmetric and index.several_parties(sources)
    if not targets and not mutual:  # coordinated parties of a mutual act act with each other, not further down
        targets = _fallback_targets(index, verb, target_roles, sources)
    if not targets and not mutual:
        targets = object_targets(index, _object_heads(verb, objects), sources)
    return Draft(
        trigger,
        verb,
        pattern.cameo,
        pattern.plover,
        tuple(sources),
        tuple(targets),
        pattern.symmetric,
        verb,
        subject=subject,
    )


def _parties(index: ActorIndex, heads: list[Token]) -> list[Span]:
    """The actors the first of ``heads`` with two or more of them is "between"."""
    for head in heads:
        parties = actors_for_roles(index, head, ("between",))[0]
        if len(parties) > 1:
            return parties
    return []


def _owner_of_passive_subject(index: ActorIndex, lexicon: Lexicon, verb: Token) -> list[Span]:
    """ "UN sanctions against Iran were lifted": with no "by" phrase, whoever owns the measure acts."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")):
        if subject.lemma_.lower() in lexicon.nouns:
            spans, _ = actors_for_roles(index, subject, ("poss", "mod"))
            if spans:
                return spans
    return []


# Acts only a state's authorities perform: arrests, deportations, expulsions, releases, curfews, torture.
CUSTODY_CODES = ("173", "174", "166", "0841", "1723", "1724", "1822")


def _custodian(index: ActorIndex, verb: Token, cameo: str) -> list[Span]:
    """ "X was arrested in Niger", "freed from Turkish custody", "expelled from North Korea", "the Afghan envoy
    in Islamabad was summoned": with no "by" phrase, an act only authorities perform is the act of the state
    where it happens."""
    if not cameo.startswith(CUSTODY_CODES) and verb.lemma_.lower() not in SUMMONING:
        return []
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "at")
              for g in c.children if g.dep_ == "pobj"]
    places += [g for s in verb.children if s.dep_ == "nsubjpass" for c in s.children  # "the envoy in Islamabad"
               if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    places += [g for p in places for c in p.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj"]  # "released from captivity in Libya"
    for place in places:
        states = [s for s in index.in_phrase(place, 1) if is_state_code(index.actor(s).code)]
        if states:
            return states[:1]
    return []


def _fallback_targets(
    index: ActorIndex, verb: Token, roles: tuple[str, ...], sources: list[Span]
) -> list[Span]:
    """Targets further down ("came together to talk about a treaty with X") or, for a participle
    clause, in the clause it hangs from ("emerged as X's ally, providing support")."""
    taken = {s.start for s in sources}
    parse = index.parse
    candidates = deep_prep_objects_at(
        parse, verb.i, [r for r in roles if r not in ("subj", "agent", "dobj", "dative", "poss", "mod")]
    )
    if not candidates and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        children, deps, lowers = parse.children, parse.deps, parse.lowers
        candidates = [g for c in children[parse.heads[verb.i]] if deps[c] == "prep"
                      and lowers[c] not in ("in", "at", "by", "during") for g in children[c] if deps[g] == "pobj"]
    return [s for t in candidates for s in index.in_phrase_at(t) if s.start not in taken][:MOST_CONJUNCTS]


# Clauses inside an object phrase that say something else ("a deal that will increase trade with X").
OBJECT_STOPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "punct", "cc"})
LOCATIVE = frozenset({"in", "at", "during", "since", "after", "before", "amid", "near", "inside", "across"})


def _object_heads(verb: Token, objects: list[Token]) -> list[Token]:
    """Where an unnamed target may still be found: the verb's objects and its non-locative preps."""
    heads = [*objects, *(c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd"))]
    heads += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ not in LOCATIVE and not border_link(c)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return list(dict.fromkeys(heads))


def object_targets(index: ActorIndex, heads: list[Token], sources: list[Span]) -> list[Span]:
    """The first actor named inside an object phrase ("welcomed the decisions of X's council",
    "called for sanctions against X"), with its conjuncts; subordinate clauses are not searched."""
    taken = {s.start for s in sources}
    # A source with no sector stands for all of its party ("China" for the Chinese military too).
    whole = [s for s in sources if index.actor(s).sector is None]
    for head in heads:
        stack = [head]
        while stack:
            token = stack.pop(0)
            span = index.at(token)
            if span is not None and span.start not in taken and not index.among(span, whole):
                return [s for s in index.in_phrase(span.root) if s.start not in taken][:MOST_CONJUNCTS] or [span]
            if token.dep_ == "prep" and ((token.lower_ in LOCATIVE and token.head is not head) or border_link(token)):
                continue
            stack.extend(c for c in token.children if c.dep_ not in OBJECT_STOPS)
    return []


def _reactive_target(index: ActorIndex, noun: Token, sources: list[Span]) -> list[Span]:
    """ "Kim acted amused at Trump's threats": the subject reacting to an act is its target."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "to", "against", "over", "about", "by"):
        return []
    pred = noun_predicate(noun)
    if pred is None:
        return []
    return [s for t in index.subject_indices(pred.i) for s in index.in_phrase_at(t) if not index.among(s, sources)]


def _light_object(index: ActorIndex, lexicon: Lexicon, verb: Token) -> tuple[Token, Pattern] | None:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for g in counted(o)]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]  # "launched air and artillery strikes"
    summed = summed_nouns(verb, objects)
    for child in (*objects, *summed):
        if child.pos_ in ("NOUN", "PROPN"):
            found = match_at(index.parse, child.i, lexicon.nouns.get(child.lemma_.lower(), ()))
            if found is not None and found[0].cameo != NO_EVENT and (
                    child not in summed or found[0].cameo.startswith(GIVEN_ROOT)):
                return child, found[0]
    return None


def _named_war(lexicon: Lexicon, noun: Token) -> bool:
    """ "the Syrian civil war", "the Iraq War": a war named by its country is a period of history, not an act
    between parties, unless a preposition names them ("the war with Iran")."""
    return lexicon.is_a("named_wars", noun.lemma_.lower()) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "against", "between", "on") for c in noun.children)


def noun_draft(index: ActorIndex, lexicon: Lexicon, noun: Token) -> Draft | None:
    """A draft for an event noun with its own arguments ("China's provision of aid to X")."""
    found = match_at(index.parse, noun.i, lexicon.nouns.get(noun.lemma_.lower(), ()))
    if found is None or found[0].cameo == NO_EVENT or noun.ent_type_ in ("DATE", "TIME"):
        return None  # "in March 2014" is no march
    pattern = found[0]
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") else noun
    sources, role = actors_for_roles(index, head, pattern.source)
    if not sources and head is not noun:
        sources, role = actors_for_roles(index, noun, pattern.source)
    if role == "mod" and _named_war(lexicon, noun):
        return None
    targets, _ = actors_for_roles(index, head, pattern.target, exclude=[s.root for s in sources])
    parties = [] if sources else _parties(index, [head])
    if parties and pattern.symmetric:  # "a trade deal between Canada, Mexico and the US": each with each
        sources, targets = parties, []
    elif parties:  # "hostilities in Gaza between Israel and Hamas": annotators code one direction
        sources, targets = parties[:1], parties[1:]
    if not sources:
        sources = _intent_subject(index, lexicon, noun) or _claimant(index, lexicon, noun) or object_agent(index, noun)
    setting = False
    if not sources and pattern.cameo.startswith("04"):
        sources = _adjunct_subject(index, noun, pattern.cameo)
        setting = bool(sources)
    if not sources and noun.lemma_.lower() in UNNAMED_PROTESTS and noun.dep_ != "compound":
        sources = _protest_home(index, noun)
    if not sources:
        return None
    if not targets:
        targets = _reactive_target(index, noun, sources)
    if not targets:
        targets = object_targets(index, [c for c in noun.children if c.dep_ == "prep"], sources)
    return Draft(
        noun,
        noun_predicate(noun),
        pattern.cameo,
        pattern.plover,
        tuple(sources),
        tuple(targets),
        pattern.symmetric,
        head,
        setting=setting,
    )


def _adjunct_subject(index: ActorIndex, noun: Token, cameo: str) -> list[Span]:
    """Talks told as the setting of another act ("pledged support during a visit to Ramallah", "issued an
    ultimatum after weeks of talks with a U.S. envoy") are held by that act's subject."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head is node:
            return []
        node = node.head
        if node.dep_ == "prep" and setting_prep(node, cameo) and node.head.pos_ in ("VERB", "AUX"):
            return _sources(index, node.head, ("subj", "agent"))[0]
    return []


def setting_talks(draft: Draft) -> bool:
    """Talks named under a setting preposition of another act ("during a visit", "at the G20 summit")."""
    return draft.cameo.startswith("04") and setting_prep(draft.trigger.head, draft.cameo)


def _protest_home(index: ActorIndex, noun: Token) -> list[Span]:
    """Protesters no one names ("police detained dozens as nationwide protests began") are of the sentence's
    first state: annotators code such protests at home (X>X)."""
    return next(([s] for s in index.in_sentence(noun.sent) if is_state_code(index.actor(s).code)), [])


def _intent_subject(index: ActorIndex, lexicon: Lexicon, noun: Token) -> list[Span]:
    """ "X agreed to a ceasefire": the subject of an intent verb is the source of its "to" noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.pos_ != "VERB":
        return []
    verb = noun.head.head
    frame = lexicon.frame_of(verb.lemma_.lower())
    if frame is None or frame.kind != "intent":
        return []
    return _sources(index, verb, ("subj", "agent"))[0]


def _claimant(index: ActorIndex, lexicon: Lexicon, noun: Token) -> list[Span]:
    """ "The Taliban claimed responsibility for the attack": who claims an act did it; not when the claim is
    denied or negated ("denied claiming responsibility", "did not claim responsibility")."""
    owed = noun.head
    if noun.dep_ != "pobj" or owed.lower_ != "for" or owed.head.lemma_.lower() != "responsibility":
        return []
    verb = owed.head.head
    if owed.head.dep_ != "dobj" or verb.lemma_.lower() not in ("claim", "accept", "admit", "take", "acknowledge"):
        return []
    if factuality(verb, lexicon).modality == Modality.NEGATED:
        return []
    return _sources(index, verb, ("subj", "agent"))[0]


def noun_predicate(noun: Token) -> Token | None:
    """The verb whose clause a noun's event belongs to; None when the noun is its subject or stands free."""
    node = noun
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass", "ROOT") or node.head is node:
            return None
        if node.dep_ not in NOUN_CLIMB:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def frame_draft(index: ActorIndex, lexicon: Lexicon, verb: Token, embedded: Draft | None) -> Draft | None:
    """A draft for a frame verb ("urged X to", "agreed to", "threatened to") re-coding what it embeds."""
    frame = frame_at(verb, lexicon)
    if frame is None:
        return None
    code = frame.code_for(embedded.cameo if embedded else "")
    if code is None and frame.kind != "intent":
        return None
    sources, subject = _sources(index, verb, ("subj", "agent"))
    stated_by = stating_verb(lexicon, verb) if not sources and verb.pos_ in ("NOUN", "PROPN") else None
    if stated_by is not None:  # "expressed readiness to resume talks"
        sources = _sources(index, stated_by, ("subj", "agent"))[0]
    if not sources:
        return None
    asked = wished_of(index, lexicon, verb, frame, sources)
    request = lexicon.frame_of_kind("request") if asked and not lexicon.is_a("wishes", verb.lemma_.lower()) else None
    if request is not None:  # "Britain wants Iran to free the tanker" appeals to Iran, whatever it wants done
        code = request.code_for(embedded.cameo if embedded else "")
        return Draft(verb, verb, code or "020", None, tuple(sources), tuple(asked), False, verb, request.kind,
                     subject)
    if code is None:
        return None
    obliged = obligation_of(verb, lexicon) if frame.kind == "demand" else None
    if obliged is not None:  # "said Israel must end the attacks" demands it of Israel
        targets = [a for c in obliged.children if c.dep_ == "nsubj" for a in index.in_phrase(c)]
    elif frame.kind == "request":
        targets, _ = actors_for_roles(index, verb, REQUEST_TARGET, exclude=[s.root for s in sources])
    elif embedded is not None and embedded.targets:
        targets = list(embedded.targets)
    else:
        targets, _ = actors_for_roles(index, verb, DEFAULT_VERB_TARGET, exclude=[s.root for s in sources])
    symmetric = embedded.symmetric if embedded is not None and frame.kind == "intent" else False
    return Draft(verb, verb, code, None, tuple(sources), tuple(targets), symmetric, verb, frame.kind, subject)


def describes_noun(token: Token) -> bool:
    """A participle that describes a noun ("the planned meeting", "forces backed by Russia")."""
    return token.tag_ == "VBN" and token.dep_ in ("amod", "acl")


def source_target_pairs(draft: Draft, index: ActorIndex) -> list[tuple[Span, Span | None]]:
    """One (source, target) per pair; coordinated subjects of a symmetric act pair with each other."""
    pairs: list[tuple[Span, Span | None]] = []
    if draft.targets:
        pairs = [(s, t) for s in draft.sources for t in draft.targets]
    elif draft.symmetric and len(draft.sources) > 1:
        # "China and Russia signed a treaty": each with each, both ways (a mutual act).
        pairs = [(a, b) for a in draft.sources for b in draft.sources if a.start != b.start]
    else:
        pairs = [(s, None) for s in draft.sources]
    kept = [(s, t) for s, t in pairs if t is None or not index.same_actor(s, t, sector=True)]
    # "Iraqi military seized oil fields from Kurdish forces": both sides of a coercion or an attack read as
    # the same actor; the act still happened (at home).
    if kept or draft.cameo[:2] not in MATERIAL_CONFLICT:
        return kept
    return [(s, None) for s in dict.fromkeys(s for s, _ in pairs)]

