"""Factuality: does the text say that an event happened? Read from the parse, clause by clause.

From the predicate of a trigger we climb through the clauses that govern it, collecting
negation, modal auxiliaries, "if"/"when" clauses and the verbs that embed it. The climb stops
where a frame verb (agree, threaten, urge, refuse ...) takes the act as its complement, or a
speech verb reports it. The rules are listed in docs/events.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from realpolitik.events.lexicon import Frame, Lexicon
from realpolitik.records import Modality

MODALS = {
    "would": Modality.HYPOTHETICAL,
    "should": Modality.HYPOTHETICAL,
    "must": Modality.HYPOTHETICAL,
    "ought": Modality.HYPOTHETICAL,
    "could": Modality.SPECULATIVE,
    "might": Modality.SPECULATIVE,
    "may": Modality.SPECULATIVE,
    "can": Modality.SPECULATIVE,
    "will": Modality.FUTURE,
    "shall": Modality.FUTURE,
    "'ll": Modality.FUTURE,
    "wo": Modality.FUTURE,
}
OPINION_MODALS = frozenset({"must", "should", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
GENERIC_MARKS = frozenset({"when", "whenever", "once"})
# Adverbs that pass an act on as hearsay the writer does not vouch for (annotators: speculative).
HEARSAY = frozenset({"reportedly", "supposedly", "purportedly", "rumouredly", "rumoredly"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
SCHEDULED = frozenset({"due", "set", "scheduled", "slated", "poised", "expected"})
SPEECH_ADJECTIVES = frozenset({"clear", "plain", "known", "sure"})
# Subjects by which a hope's content clause tells the hoper's own act ("China hopes it will sign a deal"); not
# "they", which is mostly others ("Israel hopes they will withdraw").
OWN_SUBJECTS = frozenset({"it", "we", "he", "she", "i"})
COMING_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
                         "tonight"})
# Strength order when two signals meet: the stronger one wins.
RANK = {
    Modality.ASSERTED: 0,
    Modality.FUTURE: 1,
    Modality.SPECULATIVE: 2,
    Modality.CONDITIONAL: 3,
    Modality.HYPOTHETICAL: 4,
}
MAX_CLIMB = 8


@dataclass(frozen=True)
class Factuality:
    """What the clauses around a predicate say about it."""

    modality: Modality
    generic: bool = False
    speaker: Token | None = None  # the speech verb that reports the act
    frame: Frame | None = None  # the frame verb that takes the act as complement
    frame_head: Token | None = None


@dataclass
class _Signals:
    modal: Modality = Modality.ASSERTED
    negated: bool = False
    generic: bool = False

    def add(self, modality: Modality) -> None:
        if RANK[modality] > RANK[self.modal]:
            self.modal = modality

    def result(self, **extra: object) -> Factuality:
        modality = self.modal
        if self.negated and modality in (Modality.ASSERTED, Modality.FUTURE):
            modality = Modality.NEGATED
        return Factuality(modality, self.generic, **extra)  # type: ignore[arg-type]


def speech_head(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb that reports its complement: "said", or "made" in "made it clear"."""
    if lexicon.is_a("communicative", token.lemma_.lower()) and token.pos_ in ("VERB", "AUX"):
        return token
    if token.lemma_.lower() in SPEECH_ADJECTIVES and token.head.lemma_ == "make":
        return token.head
    return None


def obligation_of(verb: Token, lexicon: Lexicon) -> Token | None:
    """The content clause of a speech verb that states what its subject must do ("said Israel must end the
    attacks", "saying Washington needs to take the first step"): reported, it is a demand on that subject."""
    speaker = speech_head(verb, lexicon)
    if speaker is None or speaker.i != verb.i:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_ == "be" or not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" and lexicon.is_a("obligation", c.lower_) for c in clause.children):
            return clause
        if lexicon.is_a("obligation", clause.lemma_.lower()) and any(c.dep_ == "xcomp" for c in clause.children):
            return clause
    return None


def frame_at(verb: Token, lexicon: Lexicon) -> Frame | None:
    """The frame a verb heads: its lemma's, or a demand for a speech verb reporting an obligation."""
    frame = lexicon.frame_of(verb.lemma_.lower())
    if frame is None and obligation_of(verb, lexicon) is not None:
        return lexicon.frame_of_kind("demand")
    if frame is not None and frame.kind == "refusal" and declines_comment(verb, lexicon):
        return None
    return frame


def declines_comment(verb: Token, lexicon: Lexicon) -> bool:
    """ "declined to comment", "refused to confirm": no answer is no rejection (lexicon list ``withheld_comment``)."""
    return any(c.dep_ == "xcomp" and lexicon.is_a("withheld_comment", c.lemma_.lower()) for c in verb.children)


def _local(node: Token, signals: _Signals) -> None:
    """Signals carried by a clause's own dependents."""
    for child in node.children:
        lower = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and lower in ("never", "no")):
            signals.negated = True
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD" and lower == "should" and _dated(node):
            signals.add(Modality.FUTURE)  # "should meet on Monday": a plan, not an opinion
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            signals.add(MODALS.get(lower, Modality.SPECULATIVE))
            # "The United States must continue military aid": what someone ought to do is an opinion, no event
            # (a speaker's "X must" is a demand, read before this climb).
            # "must have fired" is inferred, not an opinion.
            signals.generic = signals.generic or (lower in OPINION_MODALS and not _perfect(node))
        elif child.dep_ == "advmod" and lower in HEARSAY:
            signals.add(Modality.SPECULATIVE)  # "have reportedly carried out an attack"
        elif child.dep_ == "mark" and lower in CONDITIONAL_MARKS:
            signals.add(_conditional_kind(node))
        elif child.dep_ == "mark" and lower in ("until", "till") and node.tag_ in ("VBZ", "VBP"):
            signals.add(Modality.CONDITIONAL)  # "will not lift the ban until the EU provides details"
        elif child.dep_ in ("advmod", "mark") and lower in GENERIC_MARKS and node.tag_ in ("VBZ", "VBP"):
            signals.generic = True


def _dated(node: Token) -> bool:
    """A clause set on a coming day ("on Monday", "next week", "tomorrow"), not by a deadline, a past date ("should
    have withdrawn last year") or a year or month only ("should send tanks this year" is an opinion)."""
    if _perfect(node):
        return False
    for child in node.children:
        if child.dep_ in ("npadvmod", "advmod", "tmod") and child.ent_type_ == "DATE" and _a_coming_day(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "at") and any(
                c.dep_ == "pobj" and c.ent_type_ == "DATE" and _a_coming_day(c) for c in child.children):
            return True
    return False


def _perfect(node: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)


def _a_coming_day(date: Token) -> bool:
    words = {t.lower_ for t in date.subtree}
    return bool(words & COMING_DAYS) or ("next" in words and "week" in words)


def _conditional_kind(node: Token) -> Modality:
    """'If X were to ...' or an 'if' clause under 'would' is hypothetical; other 'if' clauses conditional."""
    if node.lower_ == "were" or any(c.lower_ == "were" for c in node.children if c.dep_ in ("aux", "cop")):
        return Modality.HYPOTHETICAL
    main = node.head
    if any(c.tag_ == "MD" and c.lower_ in ("would", "could", "might") for c in main.children):
        return Modality.HYPOTHETICAL
    return Modality.CONDITIONAL


def factuality(pred: Token, lexicon: Lexicon) -> Factuality:
    """The factuality of the act whose predicate is ``pred``."""
    signals = _Signals()
    node = pred
    for _ in range(MAX_CLIMB):
        _local(node, signals)
        head, dep = node.head, node.dep_
        if head is node:
            break
        lemma = head.lemma_.lower()
        frame = lexicon.frame_of(lemma)
        embeds = frame is not None and (
            (dep == "ccomp" and (frame.kind == "demand" or is_infinitive(node)))
            or (for_clause(node, lexicon) and head.pos_ == "VERB")
            or (dep == "acl" and is_infinitive(node) and head.pos_ in ("NOUN", "PROPN")))  # "a plan to send troops"
        if dep == "xcomp" or embeds:
            if frame is not None and (head.pos_ in ("VERB", "ADJ") or dep == "acl"):
                return signals.result(frame=frame, frame_head=head)
            if (lemma == "go" and head.tag_ == "VBG") or lemma in SCHEDULED:
                signals.add(Modality.FUTURE)  # "is going to visit", "are due to meet"
            elif lexicon.is_a("negating", lemma) or lexicon.is_a("denial", lemma):
                signals.negated = True  # "failed to reach", "denied attacking the convoy"
            elif lexicon.is_a("speculative", lemma):
                signals.add(Modality.SPECULATIVE)
            elif lexicon.is_a("obligation", lemma):
                signals.add(Modality.HYPOTHETICAL)
            node = head
            continue
        if dep in ("ccomp", "acl") and lexicon.is_a("wishes", lemma) and _finite(node):
            own = own_wish(head, lexicon)
            if frame is not None and own is not None and own.i == node.i:
                return signals.result(frame=frame, frame_head=head)  # "hopes it will sign": as "hopes to sign"
            signals.generic = True  # a hope for what others will do is no event (annotation guide)
            return signals.result()
        if dep in ("ccomp", "advcl") and _is_content_clause(node, head, dep):
            speaker = speech_head(head, lexicon)
            obliged = obligation_of(head, lexicon) if speaker is not None and frame is None else None
            if obliged is not None and obliged.i == node.i:
                return signals.result(frame=lexicon.frame_of_kind("demand"), frame_head=head)
            if speaker is not None:
                return signals.result(speaker=speaker)
            if lexicon.is_a("denial", lemma):
                signals.negated = True
                return signals.result(speaker=head)
            if lexicon.is_a("speculative", lemma):
                signals.add(Modality.SPECULATIVE)
                return signals.result()
        if dep == "acl" and head.pos_ == "NOUN" and lexicon.is_a("speculative_nouns", lemma) and _finite(node):
            signals.add(Modality.SPECULATIVE)  # "over fears they were helping a militant group"
            return signals.result()
        # "must be ready to mediate": a frame adjective read as the predicate takes its copula's modals (not
        # what it is about: "was not surprised that the US imposed sanctions" did impose them).
        if not (_inherits(node, dep, signals) or (node.i == pred.i and dep == "acomp" and node.pos_ == "ADJ")):
            break
        node = head.head if dep == "pcomp" else head
    return signals.result()


PLANNED = frozenset({"planned", "proposed", "upcoming", "future", "expected", "scheduled", "prospective"})
POSSIBLE = frozenset({"possible", "potential", "hypothetical", "would-be", "likely"})


def nominal_factuality(noun: Token, lexicon: Lexicon) -> Factuality:
    """The factuality of an act named by a noun: its own modifiers ("the planned meeting"), and the
    "if" or "would" of the clause it sits in ("if the meeting collapsed"). Negation of that clause is
    not inherited: "the summit did not produce a deal" still says the summit happened."""
    signals = _Signals()
    for child in noun.children:
        lower = child.lower_
        if child.dep_ in ("amod", "compound") and lower in PLANNED:
            signals.add(Modality.FUTURE)
        elif child.dep_ in ("amod", "compound") and lower in POSSIBLE:
            signals.add(Modality.SPECULATIVE)
    node = noun
    while node.dep_ in ("pobj", "prep", "compound", "conj"):
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        clause = factuality(node.head, lexicon)
        if clause.modality in (Modality.CONDITIONAL, Modality.HYPOTHETICAL):
            signals.add(clause.modality)
    return signals.result()


def is_infinitive(clause: Token) -> bool:
    """A "to" clause: a frame's complement even with a subject of its own ("wants Iran to free the tanker"),
    or a purpose ("to avoid that conflict")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def for_clause(clause: Token, lexicon: Lexicon) -> bool:
    """ "called for Russia to withdraw": the parser hangs a "for ... to" clause on the verb as an adverbial with
    "for" as its mark; under a request it is the verb's complement, its subject the one the act is asked of (not
    under other frames: "preparing for Hamas to attack" neither does nor asks the attack)."""
    frame = lexicon.frame_of(clause.head.lemma_.lower())
    return clause.dep_ == "advcl" and frame is not None and frame.kind == "request" and is_infinitive(clause) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def own_wish(verb: Token, lexicon: Lexicon) -> Token | None:
    """The content clause of a hope for the hoper's own act, told by a pronoun subject ("China hopes it will
    sign a deal"): an intent, as "hopes to sign" is; a hope for what others will do is none."""
    if not lexicon.is_a("wishes", verb.lemma_.lower()):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.lower_ in OWN_SUBJECTS for c in clause.children):
            return clause
    return None


def stops_object(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object act does not happen: prevented ("averted a war"), stopped or dropped ("stopped
    the attacks", "abandoned the talks"), or given up ("have given up fighting")."""
    lemma = verb.lemma_.lower()
    if lexicon.is_a("preventing", lemma) or lexicon.is_a("negating", lemma):
        return True
    return lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _finite(clause: Token) -> bool:
    """A clause with a subject of its own: "fears (that) they were helping", not "fears of helping"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _is_content_clause(node: Token, head: Token, dep: str) -> bool:
    if dep == "ccomp":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children) or (
        head.lemma_.lower() in SPEECH_ADJECTIVES
    )


def _inherits(node: Token, dep: str, signals: _Signals) -> bool:
    """Whether the governing clause's signals apply to this one (and the climb goes on)."""
    if dep == "conj":
        # A conjunct with its own subject or auxiliary ("did not comment, but has condemned") keeps its own.
        return not any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in ("aux", "auxpass") and c.lower_ != "to")
                       for c in node.children)
    if dep == "advcl":
        if is_infinitive(node):
            signals.add(Modality.HYPOTHETICAL)  # purpose: "to avoid that conflict" has not happened
            return False
        has_mark = any(c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB") for c in node.children)
        return not has_mark and node.tag_ in ("VBG", "VBN")
    if dep == "ccomp" and any(t.text in (":", ";") for t in node.doc[node.i : node.head.i]):
        # A clause before a colon is no content of what follows: "X has issued an ultimatum: ... will be imposed".
        return False
    return dep in ("pcomp", "ccomp", "prep", "pobj")
