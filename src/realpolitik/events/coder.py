"""Event coder component: PLOVER/CAMEO events with source, target, factuality, date and place.

Pipeline per sentence that names at least one actor:
1. drafts: lexicon verbs (with light-verb nouns), event nouns, and frame verbs (agree/urge/threaten to);
2. factuality of each draft (realpolitik.events.modality); frame complements are re-coded by their
   frame verb, reported intentions ("made it clear that they will go to war") become AGREE/THREATEN
   by the speaker, plain future cooperation becomes intent (AGREE) marked future;
3. one Event per source-target pair, with date (realpolitik.events.dates) and location.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from realpolitik.events.background import in_background, in_relative_clause, reaction_content
from realpolitik.events.calls import guess_turned_down
from realpolitik.events.circumstances import SentenceFacts, event_date, event_location, location_actor
from realpolitik.events.complements import complement_of, frame_complement
from realpolitik.events.custody import by_holder
from realpolitik.events.drafts import (
    Draft,
    admits_content,
    describes_noun,
    frame_draft,
    noun_draft,
    says_no_event,
    setting_talks,
    source_target_pairs,
    verb_draft,
)
from realpolitik.events.guessed import guessed_draft
from realpolitik.events.joint import for_joint_exercise
from realpolitik.events.lexicon import Frame, Lexicon, load_lexicon
from realpolitik.events.modality import (
    Factuality,
    declines_comment,
    factuality,
    nominal_factuality,
    obligation_of,
    stops_object,
)
from realpolitik.events.nounframes import frame_noun
from realpolitik.events.parsecache import ParsedDoc, StringTable
from realpolitik.events.peacekeeping import for_peacekeeping
from realpolitik.events.refusals import declined_yields
from realpolitik.events.review import main_clause_event, may_add
from realpolitik.events.roles import ActorIndex, party_key
from realpolitik.events.slots import verb_read_as_noun
from realpolitik.events.targets import clause_targets, domestic_target, later_targets
from realpolitik.events.threats import conditional_threat, speakers_own
from realpolitik.events.typer import NONE, LexiconHints, SentenceTyper, TypeGuess, load_typer
from realpolitik.events.unnamed import names_act, unnamed_actor
from realpolitik.events.vectors import SentenceVectors, load_word_vectors
from realpolitik.nlp import register_extensions
from realpolitik.ontology import Ontology, load_ontology
from realpolitik.records import Event, Modality, TextSpan

log = logging.getLogger(__name__)

# Material acts whose place is their target when no actor is named ("shelled a town in Syria");
# talk and statements happen somewhere without being aimed at the place.
PLACE_TARGETED = frozenset({"ASSAULT", "COERCE", "AID", "SANCTION", "MOBILIZE", "RETREAT", "CONCEDE", "AGREE"})
NON_FACTUAL = (Modality.FUTURE, Modality.CONDITIONAL, Modality.HYPOTHETICAL)
OWN_FUTURE_ACTS = ("04", "02", "10")  # reported own talks, appeals, demands to come: no intent to cooperate


@Language.factory(
    "realpolitik_events",
    default_config={"lexicon_files": [], "typer": True, "typer_file": "", "typer_min_probability": 0.4,
                    "typer_override_probability": 0.4, "typer_veto_probability": 0.6,
                    "typer_unlikely_probability": 0.05},
    assigns=["doc._.events"],
    requires=["doc.spans", "token.dep", "token.lemma"],
)
def make_event_coder(
    nlp: Language, name: str, lexicon_files: list[str], typer: bool, typer_file: str, typer_min_probability: float,
    typer_override_probability: float, typer_veto_probability: float, typer_unlikely_probability: float,
) -> EventCoder:
    register_extensions()
    learned = load_typer(Path(typer_file) if typer_file else None) if typer else None
    return EventCoder(load_lexicon(lexicon_files), typer=learned, min_probability=typer_min_probability,
                      override_probability=typer_override_probability, veto_probability=typer_veto_probability,
                      unlikely_probability=typer_unlikely_probability)


class EventCoder:
    """Codes the events of a parsed Doc into ``doc._.events``."""

    def __init__(
        self,
        lexicon: Lexicon,
        ontology: Ontology | None = None,
        typer: SentenceTyper | None = None,
        min_probability: float = 0.4,
        override_probability: float = 0.4,
        veto_probability: float = 0.6,
        unlikely_probability: float = 0.05,
    ) -> None:
        self.lexicon = lexicon
        self.ontology = ontology or load_ontology()
        self.min_probability = min_probability
        self.override_probability = override_probability
        self.veto_probability = veto_probability
        self.unlikely_probability = unlikely_probability
        self.hints = LexiconHints(lexicon, self.ontology)
        self.use_typer(typer)
        self.intent = lexicon.frame_of_kind("intent")
        self.threat = lexicon.frame_of_kind("threat")
        self.strings = StringTable()

    def use_typer(self, typer: SentenceTyper | None) -> None:
        """Codes with ``typer`` from now on (cross-validation swaps one in per fold); its dense layer says which
        word-vector features to read."""
        self.typer = typer
        self.sentence_vectors = (
            SentenceVectors(load_word_vectors(), self.lexicon, self.ontology, typer.dense.types, typer.dense.scale)
            if typer is not None and typer.dense is not None else None)

    def __call__(self, doc: Doc) -> Doc:
        index = ActorIndex(doc, self.strings)
        events: list[Event] = []
        published = doc._.published if Doc.has_extension("published") else None
        starts = sorted(span.start for span in index.spans)
        for sent in doc.sents:
            if _starts_within(starts, sent):
                coded = self.code_sentence(sent, index, published)
                found = (self.review_sentence(sent, index, published, coded) if coded
                         else self.guess_sentence(sent, index, published))
            elif self.typer is not None and names_act(sent, index.parse, self.hints):
                found = self.guess_sentence(sent, index, published)  # no actor the resolver knows: unnamed (D28)
            else:
                continue
            events.extend(found + declined_yields(found, doc, self.ontology))
        doc._.events = events
        return doc

    def code_sentence(self, sent: Span, index: ActorIndex, published: date | None) -> list[Event]:
        drafts = self._drafts(sent, index)
        events: list[Event] = []
        seen: set[tuple[str, str, str, int]] = set()
        last = next((t for t in reversed(sent) if not t.is_space), None)
        question = last is not None and last.text.endswith("?")
        shared = SentenceFacts(sent, index.parse)
        for draft, fact in drafts:
            modality = (
                Modality.SPECULATIVE if question and fact.modality == Modality.ASSERTED else fact.modality
            )
            for event in self._events(draft, modality, fact, shared, index, published):
                key = (party_key(event.source), party_key(event.target), event.cameo, event.trigger.start)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        return _drop_shadowed(events)

    def guess_sentence(self, sent: Span, index: ActorIndex, published: date | None) -> list[Event]:
        """Events of the typer's guess for a sentence no rule codes (realpolitik.events.guessed)."""
        if self.typer is None:
            return []
        guess = self.typer.guess(sent, self.hints, index, self.sentence_vectors, self.min_probability)
        if guess is None:
            return []
        return self._guessed_events(guess, sent, index, published)

    def review_sentence(self, sent: Span, index: ActorIndex, published: date | None,
                        events: list[Event]) -> list[Event]:
        """The rules' events, checked by the typer when it is sure (D18, D19): a sentence it reads as no event
        (``veto_probability``) loses them; one it reads as a type none of them has (``override_probability``),
        said by a word that may add it (review.may_add), gains that event ("Critics blamed the sanctions ...": the
        sanction stays); and then the rules' events of a type it finds unlikely (below ``unlikely_probability``)
        go, unless the root says them (review.main_clause_event)."""
        if self.typer is None:
            return events
        reading = self.typer.read(sent, self.hints, index, self.sentence_vectors)
        probabilities = dict(zip(self.typer.classes, reading.probabilities, strict=True))
        plover = max(probabilities, key=probabilities.__getitem__)
        if plover == NONE:
            return [] if probabilities[plover] >= self.veto_probability else events
        if probabilities[plover] < self.override_probability:
            return events
        if not any(e.plover == plover for e in events):
            guess = self.typer.guess(sent, self.hints, index, self.sentence_vectors, reading=reading)
            if guess is not None and may_add(sent, index, guess.trigger, events):
                events = events + self._guessed_events(guess, sent, index, published, framed=False)
        kept = [e for e in events if e.coded_by == "model" or main_clause_event(sent, e, self.lexicon)
                or probabilities.get(e.plover, 0.0) >= self.unlikely_probability]
        return kept or events

    def _guessed_events(self, guess: TypeGuess, sent: Span, index: ActorIndex, published: date | None,
                        framed: bool = True) -> list[Event]:
        parse = index.parse
        if any(factuality(parse.token(i), self.lexicon).generic for i in range(sent.start, sent.end)
               if parse.pos[i] in ("VERB", "AUX")):
            return []  # a generic statement ("when China demands something, they comply") is no event
        trigger = guess.trigger
        if any(says_no_event(self.lexicon, parse, t) for t in (trigger.i, *parse.children[trigger.i])) or (
                declines_comment(trigger, self.lexicon) or admits_content(self.lexicon, trigger)
                or in_background(parse, trigger.i, self.lexicon)
                or reaction_content(parse, trigger.i, self.lexicon) or guess_turned_down(index, self.lexicon, trigger)):
            return []  # "a cold war", "launched a charm offensive": the typer reads the idiom's head word
        draft = guessed_draft(guess, sent, index, self.lexicon, self.ontology)
        if draft is None:
            return []
        fact = self._factuality(draft)
        if fact.frame is not None and not framed:
            return []  # "Britain wants Iran to free the tanker": the rules coded the frame; the act is wanted
        events = self._events(draft, fact.modality, fact, SentenceFacts(sent, index.parse), index, published)
        return [replace(e, coded_by="model", confidence=round(guess.probability, 3)) for e in events]

    def _drafts(self, sent: Span, index: ActorIndex) -> list[tuple[Draft, Factuality]]:
        consumed: set[int] = set()
        verb_drafts, frame_verbs, nouns = self._verb_pass(sent, index, consumed)
        by_trigger = {d.trigger.i: d for d in verb_drafts} | {d.pred.i: d for d in verb_drafts if d.pred}
        noun_drafts = []
        for token in nouns:
            if token.i not in consumed and not _names_actor(token, index):
                draft = noun_draft(index, self.lexicon, token)
                if draft is not None and not _covered(index, draft, by_trigger, frame_verbs):
                    noun_drafts.append(draft)
        noun_drafts = [d for d in noun_drafts if not _reaction_content(d, by_trigger)]
        drafts = [for_joint_exercise(self.lexicon, index, for_peacekeeping(self.lexicon, index, d))
                  for d in verb_drafts + noun_drafts]
        scored = [(d, self._factuality(d)) for d in drafts]
        scored = [(self._noun_intent(d, f), f) for d, f in scored]
        kept = [(d, f) for d, f in scored if f.frame is None and not f.generic]
        kept += self._frame_drafts(frame_verbs, scored, index)
        kept = [(d, f) for d, f in kept if not in_background(index.parse, d.trigger.i, self.lexicon)]
        main = [(d, f) for d, f in kept if not in_relative_clause(index.parse, (d.pred or d.trigger).i)]
        # Background told in a relative clause ("freed a diplomat it arrested") is not the news when
        # the main clause reports an event of its own; standing ties never are ("Putin and Erdogan, who have
        # backed the government and the rebels, meet on Friday").
        kept = main or [(d, f) for d, f in kept if d.cameo[:2] not in STANDING_TIES]
        return [self._reported(d, f, index) for d, f in kept]

    def _verb_pass(self, sent: Span, index: ActorIndex,
                   consumed: set[int]) -> tuple[list[Draft], list[Token], list[Token]]:
        """Drafts of the sentence's lexicon verbs, its frame words ("X is willing / ready to <act>") and its lexicon
        nouns (gathered in the same pass; drafted once the verbs have consumed theirs)."""
        lex, parse = self.lexicon, index.parse
        verb_drafts: list[Draft] = []
        frame_verbs: list[Token] = []
        nouns: list[Token] = []
        for i in range(sent.start, sent.end):  # read off the parse: a Token only for the words that matter
            pos, lemma = parse.pos[i], parse.lemmas[i]
            if (pos == "NOUN" or pos == "PROPN") and not verb_read_as_noun(parse, i):
                if lex.frame_of(lemma) is not None and frame_noun(lex, parse.token(i)):
                    frame_verbs.append(parse.token(i))  # "its offer to mediate": as the verb would frame it
                elif lemma in lex.nouns:  # the only nouns _drafts reads
                    nouns.append(parse.token(i))
                continue
            if pos != "ADJ" and pos != "VERB" and pos != "AUX" and pos != "NOUN":
                continue
            if pos == "ADJ":
                if lex.frame_of(lemma) is not None and complement_of(parse.token(i), lex) is not None:
                    frame_verbs.append(parse.token(i))
                continue
            if parse.deps[i] in ("aux", "auxpass") or _skipped_modifier(parse, i, lex):
                continue
            token = parse.token(i)
            if (lex.frame_of(lemma) is not None and frame_complement(token, lex) is not None) or (
                    lex.is_a("communicative", lemma) and obligation_of(token, lex) is not None):
                frame_verbs.append(token)
            elif lemma in lex.verbs or lex.is_a("light_verbs", lemma):
                draft = verb_draft(index, lex, token, consumed)
                if draft is not None:
                    verb_drafts.append(draft)
        return verb_drafts, frame_verbs, nouns

    def _frame_drafts(self, frame_verbs: list[Token], scored: list[tuple[Draft, Factuality]],
                      index: ActorIndex) -> list[tuple[Draft, Factuality]]:
        """One draft per frame word, re-coding the act it embeds ("agreed to talks" is AGREE)."""
        found = []
        for verb in frame_verbs:
            embedded = next(
                (d for d, f in scored if f.frame_head is not None and f.frame_head.i == verb.i), None
            )
            draft = frame_draft(index, self.lexicon, verb, embedded)
            if draft is not None:
                fact = factuality(verb, self.lexicon)
                if not fact.generic:
                    found.append((draft, replace(fact, frame=None, frame_head=None)))
        return found

    def _noun_intent(self, draft: Draft, fact: Factuality) -> Draft:
        """ "X agreed to a ceasefire": an event noun under an intent verb's "to" is that intent."""
        pred = draft.pred
        frame = self.lexicon.frame_of(pred.lemma_.lower()) if pred is not None else None
        if pred is None or frame is None or frame.kind != "intent" or draft.trigger.dep_ != "pobj":
            return draft
        if draft.trigger.head.lower_ != "to" or draft.trigger.head.head.i != pred.i:
            return draft
        code = frame.code_for(draft.cameo)
        return replace(draft, cameo=code, plover=None, trigger=pred) if code else draft

    def _factuality(self, draft: Draft) -> Factuality:
        if draft.pred is None and draft.trigger.pos_ in ("NOUN", "PROPN"):
            fact = nominal_factuality(draft.trigger, self.lexicon)
        elif draft.pred is None:
            fact = Factuality(Modality.ASSERTED)
        elif describes_noun(draft.pred):  # "if the planned meeting collapsed": as the noun it describes
            fact = nominal_factuality(draft.pred.head, self.lexicon)
        else:
            fact = factuality(draft.pred, self.lexicon)
        trigger = draft.trigger
        if trigger.pos_ in ("NOUN", "PROPN") and (
            any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
            or (trigger.dep_ == "dobj" and stops_object(trigger.head, self.lexicon))
        ):
            fact = replace(fact, modality=Modality.NEGATED)  # "no talks", "averted a war"
        elif draft.setting and fact.modality == Modality.NEGATED:
            fact = replace(fact, modality=Modality.ASSERTED)  # "failed to reach a deal after hours of talks"
        return fact

    def _reported(self, draft: Draft, fact: Factuality, index: ActorIndex) -> tuple[Draft, Factuality]:
        """Reported intentions become the speaker's threat or promise; plain future cooperation, intent."""
        if fact.speaker is not None:
            speaker_fact = factuality(fact.speaker, self.lexicon)
            speakers = [s for t in index.subject_indices(fact.speaker.i) for s in index.in_phrase_at(t)]
            own = speakers_own(draft, speakers, index)
            # "said he will hold talks with X", "would call on the UN to": a future CONSULT or REQUEST.
            if (
                fact.modality in NON_FACTUAL
                and own
                and speakers
                and self._intent_code(draft.cameo)
                and draft.cameo[:2] not in OWN_FUTURE_ACTS
            ):
                recoded = replace(
                    draft,
                    cameo=self._intent_code(draft.cameo) or draft.cameo,
                    plover=None,
                    sources=tuple(speakers),
                    trigger=fact.speaker,
                )
                return recoded, Factuality(speaker_fact.modality)
            return draft, fact
        threat = conditional_threat(draft, fact.modality, self.threat)
        if threat is not None:  # "will strike Israel if attacked": a threat made now
            return threat, Factuality(Modality.ASSERTED)
        # A plain future act ("will visit") keeps its own type, marked future.
        return draft, fact

    def _intent_code(self, cameo: str) -> str | None:
        return _recode(self.intent, cameo)

    def _events(
        self,
        draft: Draft,
        modality: Modality,
        fact: Factuality,
        shared: SentenceFacts,
        index: ActorIndex,
        published: date | None,
    ) -> list[Event]:
        entry = self.ontology.get(draft.cameo)
        plover = draft.plover or entry.plover
        if not plover:
            return []
        speakers = (
            [s for t in index.subject_indices(fact.speaker.i) for s in index.in_phrase_at(t)] if fact.speaker else []
        )
        attributed = index.ref(speakers[0]) if speakers else None
        resolved = event_date(draft, shared, published)
        location = event_location(draft, index)
        draft = _with_fallback_targets(by_holder(draft, index, self.lexicon), plover, fact, shared.sent, index)
        trigger = TextSpan(draft.trigger.idx, draft.trigger.idx + len(draft.trigger.text), draft.trigger.text)
        sentence = shared.text
        events = []
        pairs = [(None, None)] if draft.unnamed else source_target_pairs(draft, index)
        for source, target in pairs:
            events.append(
                Event(
                    document="",
                    source=index.ref(source) if source is not None else unnamed_actor(draft),
                    target=(index.ref(target) if target is not None
                            else domestic_target(plover, draft, index, source) if source is not None else None),
                    plover=plover,
                    mode=entry.mode or None,
                    cameo=draft.cameo,
                    quad=entry.quad,
                    goldstein=entry.goldstein,
                    modality=modality,
                    trigger=trigger,
                    sentence=sentence,
                    attributed_to=attributed,
                    date=resolved.value if resolved else None,
                    date_precision=resolved.precision if resolved else None,
                    location=location,
                )
            )
        return events


def _with_fallback_targets(draft: Draft, plover: str, fact: Factuality, sent: Span, index: ActorIndex) -> Draft:
    """A draft whose roles name no target takes, in order: the state it happens in (for place-targeted acts),
    an actor of its clause, an actor of its sentence. Mutual acts of several sources keep none."""
    if draft.targets or (draft.symmetric and len(draft.sources) > 1):
        return draft
    if plover in JOINT_ACTS and index.several_parties(draft.sources):
        # "Pakistan and Afghanistan agreed to share intelligence": an undertaking of each to the other.
        return replace(draft, symmetric=True)
    if plover in PLACE_TARGETED:
        place = location_actor(draft, index)
        if place is not None and all(place.start != s.start for s in draft.sources):
            return replace(draft, targets=(place,))  # not when the place is the actor ("arrested in X")
    if draft.cameo.startswith(UNAIMED_CUSTODY):
        return draft  # "freed 37 prisoners, including one held at the U.S. prison": the state's own people
    head = draft.args_head or draft.trigger
    targets = clause_targets(index, head, draft.sources, fact.speaker, placed=plover == "CONSULT")
    targets = targets or later_targets(draft, index, sent, plover, plover in PLACE_TARGETED)
    return replace(draft, targets=tuple(targets))


# Releases and arrests that name no one are of the state's own people (D20); expulsions and curfews keep the
# fallback (measured: dev and CV triples, ConfliBERT target spans).
UNAIMED_CUSTODY = ("0841", "173")
STANDING_TIES = ("05", "06")  # support and cooperation: told in a relative clause, a relation, not news
JOINT_ACTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # several sources and no target: with each other
REACTIONS = ("05", "11", "12", "02", "10")  # acts that take another act as their object


def _reaction_content(draft: Draft, by_trigger: dict[int, Draft]) -> bool:
    """ "X rejected Y's request", "welcomed Y's invitation": the object act is the reaction's content,
    not an event of its own."""
    noun = draft.trigger
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "condemned the proposed US travel ban": the pattern's trigger may be a modifier
    if draft.pred is None or noun.dep_ not in ("dobj", "pobj"):
        return False
    if setting_talks(draft):
        return False  # "pledged support during a visit": talks as the setting, not the content
    verb = by_trigger.get(draft.pred.i)
    return verb is not None and verb.cameo[:2] in REACTIONS and noun.head.i in (
        draft.pred.i,
        *(c.i for c in draft.pred.children if c.dep_ == "prep"),
    )


def _drop_shadowed(events: list[Event]) -> list[Event]:
    """A non-asserted copy of an asserted event of the sentence ("held talks ... to discuss") adds nothing;
    nor does a targetless copy of an event that names its target ("rejected U.S. calls and dismissed ...")."""
    asserted = {(e.plover, party_key(e.source), party_key(e.target)) for e in events if e.modality == Modality.ASSERTED}
    targeted = {(e.plover, party_key(e.source), e.modality) for e in events if e.target is not None}
    asserted_targeted = {(p, s) for p, s, m in targeted if m == Modality.ASSERTED}
    return [
        e
        for e in events
        if (
            e.modality == Modality.ASSERTED
            or (e.plover, party_key(e.source), party_key(e.target)) not in asserted
        )
        and (
            e.target is not None
            or ((e.plover, party_key(e.source), e.modality) not in targeted
                and (e.plover, party_key(e.source)) not in asserted_targeted)
        )
    ]


def _names_actor(noun: Token, index: ActorIndex) -> bool:
    """A modifier inside an actor's name ("Syrian opposition forces", "peace talks delegation") is no event."""
    span = index.at(noun)
    return span is not None and span.root.i != noun.i


def _skipped_modifier(parse: ParsedDoc, verb: int, lexicon: Lexicon) -> bool:
    """Support participles that only describe an actor ("Iran-backed Houthis", "forces backed by X")."""
    if parse.tags[verb] != "VBN" or parse.deps[verb] not in ("amod", "acl", "compound"):
        return False
    return any(p.cameo[:2] == "05" for p in lexicon.verbs.get(parse.lemmas[verb], ()))


def _recode(frame: Frame | None, cameo: str) -> str | None:
    return frame.code_for(cameo) if frame is not None else None


def _covered(index: ActorIndex, draft: Draft, by_trigger: dict[int, Draft], frame_verbs: list[Token]) -> bool:
    """A noun event already told by its verb ("met Trump at the summit"), or embedded in a frame."""
    if draft.pred is None:
        return False
    if any(v.i == draft.pred.i for v in frame_verbs) and not setting_talks(draft):
        return True  # "urged X to hold talks"; not "in a phone call, urged X to"
    verb = by_trigger.get(draft.pred.i)
    if verb is not None and verb.cameo[:2] == "04" and setting_talks(draft):
        return True  # "meets Mexico's president at the G20 summit": one meeting, whoever the summit names
    # Talks in the setting of another act ("pledged support during a visit") are an event of their own.
    return verb is not None and index.same_parties(draft.sources, verb.sources) and (
        not draft.cameo.startswith("04") or verb.cameo[:2] == draft.cameo[:2])


def _starts_within(starts: list[int], sent: Span) -> bool:
    """Whether any of the sorted token offsets falls inside the sentence."""
    k = bisect_left(starts, sent.start)
    return k < len(starts) and starts[k] < sent.end
