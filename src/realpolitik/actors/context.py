"""Resolving one matched phrase in the context of its document.

``DocContext`` remembers what the document has already named (states, people, offices) so
that short forms follow full mentions; ``resolve_phrase`` turns a phrase of matches into an
Actor with a reason, or None when the phrase should not count as an actor.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from realpolitik.actors.kb import Alias, KBActor, KnowledgeBase
from realpolitik.actors.matcher import LOCAL_SECTORS, PERSON_TYPES, Match
from realpolitik.actors.places import placed
from realpolitik.records import Actor, ActorKind, is_state_code

log = logging.getLogger(__name__)

# Identity alias types by preference when one phrase could name several things.
PLACE_UNIT_WORDS = frozenset({"state", "province", "region", "governorate", "prefecture", "territory"})
TYPE_RANK = {"name": 0, "metonym": 1, "adjective": 2, "capital": 3, "place": 4}
OFFICE_ROLES = {
    "hos": ("hos", "leader"),
    "hog": ("hog", "leader", "hos"),
    "supreme": ("supreme", "hos"),
    "fm": ("fm",),
    "dm": ("dm",),
    "un_sg": ("un_sg",),
}
BARE_GOVERNMENT = frozenset({"regime", "government", "administration", "authorities", "leadership", "junta"})
# Words that name a ministry before a title; some are also leaders' surnames (Alec Douglas-Home's "Home").
PORTFOLIO_WORDS = frozenset({"home", "foreign", "interior", "defence", "defense", "finance", "justice", "health",
                             "trade", "education", "energy", "labour", "labor", "environment", "agriculture",
                             "transport", "culture", "security", "economy"})
# Capitalised words that say what kind of body a sector is, not whose ("Federal Police", "National Guard").
INSTITUTION_WORDS = frozenset({"federal", "national", "state", "local", "provincial", "regional", "central",
                               "municipal", "riot", "border", "secret", "special", "military", "security", "public",
                               "supreme"})
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "emir", "king",
                        "queen", "prince", "president", "premier", "general", "gen", "ayatollah", "chancellor"})
NAME_PARTICLES = frozenset({"-", "al", "el", "bin", "ibn", "de", "van", "von", "al-", "el-"})
LEADER_GOVERNMENT = frozenset({"administration", "government", "regime", "cabinet", "junta", "presidency"})
LEADER_ROLES = frozenset({"leader", "hos", "hog", "supreme"})
US_STATE_CUES = frozenset(
    {
        "atlanta",
        "savannah",
        "governor",
        "county",
        "republicans",
        "democrats",
        "senator",
        "u.s. state",
        "state of",
        "peach",
        "bulldogs",
        "braves",
        "primary",
    }
)
GEORGIA_CUES = ("tbilisi", "abkhazia", "ossetia", "georgian", "caucasus", "saakashvili")


@dataclass(frozen=True)
class Resolution:
    start: int
    end: int
    actor: Actor
    reason: str


class DocContext:
    """What one document has named so far, and its date."""

    def __init__(self, kb: KnowledgeBase, doc: Doc) -> None:
        self.kb = kb
        self.doc = doc
        published = doc._.published
        self.date: date | None = published if isinstance(published, date) else None
        self.on = self.date or date.max  # no date: the latest holders (those still in office)
        self.states: Counter[str] = Counter()
        self.seen_people: dict[str, int] = {}  # person name → order of its last mention
        self.offices: dict[str, Actor] = {}  # title role → last actor resolved with it
        self.ents = tuple(doc.ents)  # spaCy rebuilds doc.ents on every read

    @cached_property
    def lower_text(self) -> str:
        return self.doc.text.casefold()

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self.doc.sents]

    def sentence_start(self, i: int) -> int:
        """The first token of the sentence of token ``i`` (``Token.sent`` builds a Span each time)."""
        starts = self._sentence_starts
        return starts[bisect_right(starts, i) - 1] if starts else 0

    def when(self) -> str:
        return self.date.isoformat() if self.date else "the latest date"

    def note(self, actor: Actor, base: KBActor | None, role: str | None) -> None:
        if actor.code and actor.kind != ActorKind.IGO:
            self.states[actor.code] += 1
        if actor.kind in (ActorKind.LEADER, ActorKind.PERSON):
            self.seen_people[actor.name] = len(self.seen_people) + sum(self.states.values())
        if role:
            self.offices[role] = actor

    def prominent_state(self) -> str | None:
        return self.states.most_common(1)[0][0] if self.states else None

    def office_holder(self, code: str, role: str) -> KBActor | None:
        order = OFFICE_ROLES.get(role, ())
        if role == "leader":
            order = ("hog", "hos") if code in self.kb.parliamentary else ("hos", "hog")
            order = ("leader", *order) if self.on.year < 2016 else (*order, "leader")
        for wanted in order:
            holders = [a for a in self.kb.office_holders(code, wanted) if a.in_office(self.on)]
            if holders:
                return max(holders, key=lambda a: a.start or date.min)
        return None

    def choose_person(self, match: Match, code_hint: str | None, titled: bool) -> tuple[KBActor, str] | None:
        aliases = [a for a in match.aliases if a.type in PERSON_TYPES]
        people = [self.kb.actors[a.actor] for a in aliases]
        if code_hint:
            people = [p for p in people if p.code == code_hint] or people
        seen = [p for p in people if p.name in self.seen_people]
        if seen:
            best = max(
                seen, key=lambda p: (self.seen_people[p.name], p.in_office(self.on), p.start or date.min)
            )
            return best, f"'{match.text}' follows the mention of {best.name}"
        holding = [p for p in people if p.in_office(self.on)]
        full = any(a.type == "person" for a in aliases)
        if full:
            best = max(holding or people, key=lambda p: p.start or date.min)
            return best, f"full name of {best.name}"
        if _portfolio(self.doc, match, self.kb):
            return None  # "Home Minister Rajnath Singh" is no Douglas-Home
        governs = _governs(self.doc, match)
        if not governs and (_wider_entity(self.ents, match, exclude="PERSON")
                            or _name_continues(self.doc, match, titled)):
            return None  # "Trump Tower": the surname is part of a longer name of something else
        if not titled and _other_given_name(self.doc, match, people):
            return None  # "Nasr al-Hariri", "Hunter Biden": someone else of that surname
        if len({p.name for p in holding}) == 1 or (holding and len({p.code for p in holding}) == 1):
            best = min(holding, key=lambda p: p.role == "leader")  # a curated post before an Archigos spell
            return best, f"'{match.text}': {best.name}, in office on {self.when()}"
        curated = [p for p in people if p.role != "leader"]
        if len({p.name for p in curated}) == 1 and (
            titled or code_hint or len({p.name for p in people}) == 1
        ):
            best = max(curated, key=lambda p: p.start or date.min)
            return best, f"'{match.text}': the only {best.name} in the knowledge base"
        codes = {p.code for p in people}
        if governs and len(codes) == 1 and people:
            # "the Clinton administration", "the Assad regime": a leader's government names the state at any date.
            leaders = {p.name: p for p in people if p.kind == ActorKind.LEADER and p.role in LEADER_ROLES}
            if len(leaders) == 1:
                best = next(iter(leaders.values()))
                return best, f"'{match.text}' before '{self.doc[match.end].text}': the only leader {best.name}"
            titled = True
        if titled and len(codes) == 1 and people:
            # "President Bush" with no date: which Bush is open, whose leader is not.
            code = people[0].code
            named = KBActor(code, "GOV", f"{match.text} ({code})", ActorKind.LEADER)
            return named, f"'{match.text}': {len({p.name for p in people})} leaders of {code} so named; date unknown"
        return None

    def choose_identity(self, match: Match, phrase: list[Match]) -> tuple[KBActor, Alias, str] | None:
        aliases = sorted(
            (a for a in match.aliases if a.type not in PERSON_TYPES),
            key=lambda a: (TYPE_RANK.get(a.type, 9), self._rank(self.kb.actors[a.actor])),
        )
        if not aliases:
            return None
        alias = aliases[0]
        actor = self.kb.actors[alias.actor]
        checked = ""
        if match.text.casefold() in self.kb.ambiguous:
            doubt = self.doubt(match)
            if doubt:
                log.debug("'%s' not resolved: %s", match.text, doubt)
                return None
            checked = " (ambiguous name: no person or US-state cue)"
        if alias.type == "adjective" and len(phrase) == 1:
            head = self.doc[match.end - 1].head
            if self.doc[match.end - 1].dep_ == "amod" and head.lower_ in self.kb.non_actor_heads:
                return None  # "Chinese food": a description, not an actor
        if alias.type == "metonym" and any(
            c.dep_ == "compound" and c.i < match.start and c.pos_ == "PROPN" for c in self.doc[match.end - 1].children
        ):
            return None  # "the Nigeria Labour Congress" is not the US Congress
        if alias.type in ("capital", "place"):
            cue = (self.capital_cue(match, phrase, actor.code) if alias.type == "capital"
                   else self.place_cue(match, phrase))
            if cue is None:
                return None
            return actor, alias, f"{alias.type} '{match.text}' stands for {actor.name} ({cue})"
        what = {"name": "name", "adjective": "adjective", "metonym": "seat of government"}.get(
            alias.type, alias.type
        )
        return actor, alias, f"{what} '{match.text}' → {actor.code}{checked}"

    def _rank(self, actor: KBActor) -> tuple[int, int]:
        mentioned = 0 if self.states[actor.code] else 1
        current = 0 if actor.in_office(self.on) else 1
        return mentioned, current

    def capital_cue(self, match: Match, phrase: list[Match], code: str) -> str | None:
        """Why a capital stands for its state here: the state is named earlier, or it acts (``actor_cue``)."""
        if self.states[code]:
            return "the state is named earlier"
        return self.actor_cue(match, phrase)

    def actor_cue(self, match: Match, phrase: list[Match]) -> str | None:
        """Why a place name is an actor here rather than a place: it heads an actor phrase, is a subject,
        possessor or object, or the object of a preposition that does not place ("sanctions on Moscow")."""
        if len(phrase) > 1:
            return "it heads an actor phrase"
        token = self.doc[match.end - 1]
        while token.dep_ == "conj" and token.head is not token:
            token = token.head  # "Seoul and Washington held drills": the first conjunct's role
        if token.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj"):
            return f"it is the {token.dep_} of its clause"
        if token.dep_ == "pobj" and not placed(token):
            return f"object of '{token.head.text}', not a place phrase"
        return None

    def place_cue(self, match: Match, phrase: list[Match]) -> str | None:
        """A city or region stands for its state only as an actor ("the Sao Paulo state government", "Kaduna
        said"), never as the place where something happens, and not inside a longer name ("Santa Cruz
        Barillas" is in Guatemala)."""
        after = self.doc[match.end] if match.end < len(self.doc) else None
        if (after is not None and after.pos_ == "PROPN" and after.is_title and after.lower_ not in PLACE_UNIT_WORDS
                and after.lower_ not in self.kb.titles and after.lower_ not in self.kb.sectors):
            return None  # "Texas Governor Greg Abbott" and "Kaduna State Government" still stand for the state
        return self.actor_cue(match, phrase)

    def doubt(self, match: Match) -> str | None:
        """Why a name that is also a person's name or a US state probably is not the country here."""
        last = self.doc[match.end - 1]
        if _wider_entity(self.ents, match, only="PERSON"):
            return "part of a person's name"
        before = self.doc[match.start - 1] if match.start > 0 else None
        after = self.doc[match.end] if match.end < len(self.doc) else None
        if (
            before is not None
            and before.pos_ == "PROPN"
            and before.is_title
            and not before.ent_type_ == "GPE"
        ):
            return f"follows the given name '{before.text}'"
        if after is not None and after.pos_ == "PROPN" and after.is_title and after.ent_type_ == "PERSON":
            return f"followed by the surname '{after.text}'"
        if last.lower_ == "georgia" and not any(cue in self.lower_text for cue in GEORGIA_CUES):
            sentence = last.sent.text.casefold()
            if any(cue in sentence for cue in US_STATE_CUES):
                return "US-state context"
        return None


def _portfolio(doc: Doc, match: Match, kb: KnowledgeBase) -> bool:
    """A surname that is also a ministry's word, before a title ("Home Minister", "Foreign Secretary")."""
    after = doc[match.end] if match.end < len(doc) else None
    return (match.end - match.start == 1 and doc[match.start].lower_ in PORTFOLIO_WORDS
            and after is not None and after.lower_ in kb.titles)


def _governs(doc: Doc, match: Match) -> bool:
    """A surname followed by a word for its government ("the Clinton Administration")."""
    return match.end < len(doc) and doc[match.end].lower_ in LEADER_GOVERNMENT


def _other_given_name(doc: Doc, match: Match, people: list[KBActor]) -> bool:
    """A surname after a given name that none of its namesakes in the knowledge base has ("Hunter Biden")."""
    k = match.start - 1
    while k >= 0 and doc[k].lower_ in NAME_PARTICLES:  # "Nasr al-Hariri"
        k -= 1
    before = doc[k] if k >= 0 else None
    if before is None or before.pos_ != "PROPN" or not before.is_title or before.lower_.rstrip(".") in HONORIFICS:
        return False
    if before.dep_ != "compound" and not (before.ent_type_ == "PERSON" and doc[match.start].ent_iob_ == "I"):
        return False
    return not any(before.lower_ in person.name.lower().split() for person in people)


def _name_continues(doc: Doc, match: Match, titled: bool) -> bool:
    """A bare surname followed by another capitalised name ("Trump Tower") names something else; after a title,
    one followed by the rest of a person's name is that person's given name ("President Mohammed Morsi")."""
    after = doc[match.end] if match.end < len(doc) else None
    return (
        after is not None
        and after.pos_ == "PROPN"
        and after.is_title
        and after.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
        and (not titled or (after.ent_type_ == "PERSON" and after.ent_iob_ == "I"))
    )


def _wider_entity(ents: tuple[Span, ...], match: Match, only: str | None = None, exclude: str | None = None) -> bool:
    """Whether an entity covers the match and more tokens (with the given label, or not the excluded one)."""
    for ent in ents:
        if (
            ent.start <= match.start
            and match.end <= ent.end
            and (ent.end - ent.start) > (match.end - match.start)
        ):
            return (only is None or ent.label_ == only) and (exclude is None or ent.label_ != exclude)
    return False


def resolve_phrase(phrase: list[Match], ctx: DocContext) -> Resolution | None:
    """One actor for a phrase of adjacent matches, or None."""
    person_match = next((m for m in phrase if m.is_person), None)
    identity_match = next((m for m in phrase if m.is_identity and m is not person_match), None)
    if (
        identity_match is None
        and person_match is not None
        and any(a.type not in PERSON_TYPES for a in person_match.aliases)
    ):
        identity_match = person_match  # a word that is both a surname and a state name: the state wins
        person_match = None
    titles = [m for m in phrase if m.title]
    sectors = [m for m in phrase if m.sector]
    reasons: list[str] = []
    base: KBActor | None = None
    if identity_match is not None:
        chosen = ctx.choose_identity(identity_match, phrase)
        if chosen is not None:
            base, _, why = chosen
            reasons.append(why)
    person: KBActor | None = None
    if person_match is not None:
        picked = ctx.choose_person(person_match, base.code if base else None, bool(titles))
        if picked is not None:
            person, why = picked
            reasons.append(why)
    if base is None and person is None:
        base, why = _fallback(phrase, titles, sectors, ctx)
        if base is None:
            return None
        reasons.append(why)
    return _compose(phrase, base, person, titles, sectors, reasons, ctx)


def _fallback(
    phrase: list[Match], titles: list[Match], sectors: list[Match], ctx: DocContext
) -> tuple[KBActor | None, str]:
    """A phrase with no name: a title that refers back, or "the regime" for the document's main state."""
    if titles and len(phrase) == 1 and office_key(titles[0]) in ctx.offices:
        earlier = ctx.offices[office_key(titles[0])]
        return (
            KBActor(earlier.code, earlier.sector, earlier.name, earlier.kind),
            f"'{titles[0].text}' refers back to {earlier.name}",
        )
    doc = ctx.doc
    if (
        sectors
        and len(phrase) == 1
        and sectors[0].text.casefold() in BARE_GOVERNMENT
        and sectors[0].start > 0
        and doc[sectors[0].start - 1].lower_ == "the"
    ):
        code = ctx.prominent_state()
        if code is not None:
            name = ctx.kb.state_name(code)
            return (
                KBActor(code, None, name, ActorKind.STATE),
                f"'the {sectors[0].text}' taken as the government of {code}, the state named most so far",
            )
    return None, ""


# Unnamed parts of a state that, in a sentence naming one state only, belong to it ("security forces
# opened fire on protesters in Baghdad"); "people" may be anyone's.
DOMESTIC_SECTORS = LOCAL_SECTORS - {"CVL"}


def states_by_sentence(spans: list[Span], ctx: DocContext) -> dict[int, set[str]]:
    """The state codes each sentence names (by sentence start)."""
    states: dict[int, set[str]] = {}
    for span in spans:
        code = span._.actor.code
        if is_state_code(code):
            states.setdefault(ctx.sentence_start(span.start), set()).add(code)
    return states


def sole_state_sector(phrase: list[Match], states: dict[int, set[str]], ctx: DocContext) -> Resolution | None:
    """A bare sector noun ("police", "security forces") in a sentence that names exactly one state, or one a
    stateless people's name modifies ("Kurdish fighters") in a sentence that names one of its states."""
    if len(phrase) != 1 or phrase[0].sector is None:
        return None
    head = ctx.doc[phrase[0].end - 1]
    named = states.get(ctx.sentence_start(phrase[0].start), set())
    near = [t for c in head.children if c.dep_ in ("amod", "compound") for t in (c, *c.children)]  # "Kurdish-led"
    modifiers = [t for t in near if t.i < phrase[0].start and t.text[:1].isupper()
                 and t.lower_ not in INSTITUTION_WORDS]
    people = next((m for m in modifiers if _people_word(m) in ctx.kb.peoples), None)
    if people is not None:
        # "Kurdish fighters" in a sentence naming Syria are Syria's (docs/annotation-guide.md); the list's
        # order breaks ties ("Turkey attacked Kurdish fighters in Syria").
        candidates = ctx.kb.peoples[_people_word(people)]
        codes = [c for c in candidates if len(candidates) == 1 or c in named][:1]
        start, why = min(phrase[0].start, people.i), f"'{people.text}' people of {'/'.join(candidates)}"
    elif modifiers or phrase[0].sector not in DOMESTIC_SECTORS:
        return None  # "the Korean government": someone's, but not said whose
    else:
        codes, start, why = sorted(named), phrase[0].start, "the only state named in its sentence"
    if len(codes) != 1:
        return None
    code = codes[0]
    actor = Actor(code, phrase[0].sector, ctx.kb.state_name(code), ActorKind.SECTOR)
    return Resolution(start, phrase[0].end, actor, f"'{phrase[0].text}' → {phrase[0].sector} of {code}, {why}")


def office_key(title: Match) -> str:
    """What a bare title refers back to: its office ("the president", "the prime minister"), and for the many
    lesser titles the same word ("the envoy" is the envoy named before, not a vice president)."""
    role = str(title.title)
    return f"{role}:{title.text.casefold()}" if role == "other" else role


def _former(doc: Doc, title_start: int) -> bool:
    """ "the former Prime Minister", "ex-President": out of office, an elite (ELI), not the office holder."""
    before = [doc[i].lower_ for i in range(max(0, title_start - 2), title_start)]
    return bool(before) and (before[-1] in FORMER_WORDS or before[-2:] == ["ex", "-"])


def _people_word(token: Token) -> str:
    # "Kurdish-led forces": the word before the hyphen.
    return token.lower_.split("-")[0]


def _compose(
    phrase: list[Match],
    base: KBActor | None,
    person: KBActor | None,
    titles: list[Match],
    sectors: list[Match],
    reasons: list[str],
    ctx: DocContext,
) -> Resolution:
    code = person.code if person else base.code  # type: ignore[union-attr]
    name = person.name if person else base.name  # type: ignore[union-attr]
    kind = person.kind if person else base.kind  # type: ignore[union-attr]
    sector = person.sector if person else base.sector  # type: ignore[union-attr]
    role = titles[-1].title if titles else None
    if person is not None and person.role == "other":
        kind = ActorKind.PERSON
    if (
        person is not None
        and base is not None
        and titles
        and base.kind in (ActorKind.STATE, ActorKind.IGO)
        and base.code != code
    ):
        # "Dutch Prime Minister Mark Rutte": the stated office outranks the table's other post for the name
        code, sector = base.code, "GOV"
        reasons.append(f"the title says {base.code}")
    if titles and person is None:
        # An armed group's leader is not its state's office holder ("the Taliban leader").
        official = base is None or base.kind in (ActorKind.STATE, ActorKind.IGO)
        former = _former(ctx.doc, titles[-1].start)
        sector = ("ELI" if former else "GOV") if official else sector
        holder = ctx.office_holder(code, role) if role and official and not former else None
        if holder is not None:
            name, kind = holder.name, ActorKind.LEADER
            reasons.append(f"'{titles[-1].text}' of {code} on {ctx.when()}: {holder.name}")
        else:
            reasons.append(f"title '{titles[-1].text}' → {sector}")
    if sectors:
        sector = sectors[-1].sector
        reasons.append(f"'{sectors[-1].text}' → {sector}")
        if kind == ActorKind.STATE:
            kind = ActorKind.SECTOR
    actor = Actor(code, sector, name, kind)
    ctx.note(actor, base, office_key(titles[-1]) if titles else None)
    return Resolution(phrase[0].start, phrase[-1].end, actor, "; ".join(reasons))
