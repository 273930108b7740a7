"""Claims component: relations between actors stated in text, with holder and stance.

Rule-based: each sentence is matched against cue patterns (dependence, alliance, patronage, buffer
states, leverage, rivalry, threat, credit). The actors come from ``doc.spans["actors"]``; which
actor is the subject and which the object is decided per cue by where the actors sit around the
cue. The holder is the author unless a reporting frame ("X say", "according to X", "X are giving
him credit") names someone; the author's stance toward a reported claim is read from the next
sentences ("I find this very hard to believe" -> "disagrees").
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from realpolitik.records import Claim, TextSpan

log = logging.getLogger(__name__)

Mention = tuple[int, int, str]  # start, end (doc text offsets), actor code


@dataclass(frozen=True)
class Cue:
    """A pattern that signals one relation, and how subject/object are placed around it."""

    relation: str
    pattern: re.Pattern[str]
    placement: str  # "before_after", "after_before", "other_after", "buffer", "before_other"
    unit: str | None = None


def _cue(relation: str, regex: str, placement: str, unit: str | None = None) -> Cue:
    return Cue(relation, re.compile(regex, re.IGNORECASE), placement, unit)


_PCT = r"(?P<value>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)"
CUES: tuple[Cue, ...] = (
    _cue("trade_dependent_on", _PCT + r" of (?P<owner>[\w\s'’.-]{0,40}?)(?:total )?(?:trade|exports|imports)",
         "after_other", "share_of_trade"),
    _cue("energy_dependent_on", _PCT + r" of (?P<owner>[\w\s'’.-]{0,40}?)(?:oil|energy|fuel|gas)",
         "after_other", "share_of_energy"),
    _cue("aid_dependent_on", _PCT + r" of (?P<owner>[\w\s'’.-]{0,40}?)(?:aid|food)", "after_other",
         "share_of_aid"),
    _cue("largest_trading_partner_of", r"\b(?:largest|biggest|main|top|principal) trading partner", "before_after"),
    _cue("trade_dependent_on", r"\b(?:depends?|dependent|reliant|relies|rely) (?:heavily )?on\b[^.;]{0,40}?"
         r"\bfor (?:its |their )?(?:trade|exports|imports)", "before_after"),
    _cue("energy_dependent_on", r"\b(?:depends?|dependent|reliant|relies|rely) (?:heavily )?on\b[^.;]{0,40}?"
         r"\bfor (?:its |their )?(?:oil|energy|fuel|gas)", "before_after"),
    _cue("aid_dependent_on", r"\b(?:depends?|dependent|reliant|relies|rely) (?:heavily )?on\b[^.;]{0,40}?"
         r"\bfor (?:its |their )?(?:food |economic |military )?aid", "before_after"),
    _cue("has_leverage_over", r"\b(?:leverage|influence|sway) over\b", "other_after"),
    _cue("patron_of", r"\b(?:economic |main |most significant |chief )*(?:benefactor|patron)\b", "before_after"),
    _cue("patron_of", r"\bprovid(?:es|ed|ing|e) (?:a |an )?(?:economic |vital |critical )?lifeline\b", "before_after"),
    _cue("ally_of", r"\b(?:principal|closest|most significant|main|key|only|staunchest) ally\b", "before_after"),
    _cue("buffer_state_between", r"\bbuffer\b", "buffer"),
    _cue("rival_of", r"\b(?:rival|rivals|rivalry|adversary|adversaries)\b", "before_after"),
    _cue("threatens", r"\b(?:poses?|posing) (?:a |an )?(?:\w+ )?threat to\b", "before_after"),
    _cue("has_upper_hand_over", r"\bnot dictating the terms to\b", "after_before"),
    _cue("has_upper_hand_over", r"\b(?:has|holds|have) the upper hand over\b", "before_after"),
    _cue("caused", r"\b(?:giving|give|gives|gave|credit(?:s|ed)?) (?:\w+ )?credit for\b|\bcredit(?:s|ed)? "
         r"\w+ (?:for|with)\b", "holder_after"),
)

# Every cue above contains one of these words: a sentence with none of them is not scanned cue by cue
# (most sentences have none, and the scans were most of this component's time).
CUE_WORDS = ("%", "per cent", "percent", "trading partner", "depend", "reliant", "relies", "rely", "leverage",
             "influence", "sway", "benefactor", "patron", "lifeline", "ally", "buffer", "rival", "adversar",
             "threat", "dictating", "upper hand", "credit")

_REPORTING = re.compile(
    r"^(?P<holder>[A-Z][^,;:]{2,80}?)\s+(?:say|says|said|argue|argues|argued|claim|claims|claimed|believe|"
    r"believes|insist|insists|are giving|is giving|give|gives|credit|credits)\b")
_ACCORDING = re.compile(r"\baccording to (?P<holder>[^,;.]{2,60})", re.IGNORECASE)
_QUANTIFIER = re.compile(r"^(?:many|some|most|several|few|a few|all) of (?:the )?", re.IGNORECASE)
_AUTHOR_DOUBT = re.compile(
    r"\bI (?:find (?:this|that|it) (?:very |quite |rather )?hard to believe|doubt|disagree|do not believe|"
    r"don't believe|don’t believe|am not convinced|am sceptical|am skeptical)\b|\b(?:this|that) is (?:simply )?"
    r"(?:wrong|not true|false|a myth)\b", re.IGNORECASE)
_MODIFIER = re.compile(r"-(?:backed|led|allied|made|based)\b")  # "US-backed South Korea": US is no side
_NEGATION = re.compile(r"\b(?:no longer|is not|isn't|isn’t|are not|aren't|never|hardly)\b", re.IGNORECASE)


@Language.factory("realpolitik_claims", assigns=["doc._.claims"], requires=["doc.spans"])
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


class ClaimExtractor:
    """Sets ``doc._.claims`` to the Claims found in the Doc (offsets relative to the Doc text)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc)
        return doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of each sentence; a simple splitter when the Doc has no sentence marks."""
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    bounds, start, full = [], 0, doc.text
    for match in re.finditer(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"])|\n\s*\n", full):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(full)))
    return [(s, e) for s, e in bounds if full[s:e].strip()]


def actor_mentions(doc: Doc) -> list[Mention]:
    spans: list[Span] = list(doc.spans["actors"]) if "actors" in doc.spans else []
    found = [(s.start_char, s.end_char, s._.actor.code) for s in spans if s._.actor is not None]
    return sorted(found)


def extract_claims(doc: Doc) -> list[Claim]:
    mentions = actor_mentions(doc)
    bounds = sentence_bounds(doc)
    claims: list[Claim] = []
    full = doc.text  # Doc.text rebuilds the string on each access
    starts = [s for s, _, _ in mentions]
    for i, (start, end) in enumerate(bounds):
        text = full[start:end]
        first = bisect_left(starts, start)  # mentions are sorted: look only near the sentence
        inside = [(s - start, e - start, c) for s, e, c in mentions[first:bisect_left(starts, end)] if e <= end]
        previous = _last_codes_before(mentions[:first], start)
        following = " ".join(full[s:e] for s, e in bounds[i + 1:i + 3])
        for claim in sentence_claims(text, inside, previous):
            claims.append(_finish(claim, start, following))
    return claims


def _last_codes_before(earlier: list[Mention], start: int, count: int = 3) -> list[str]:
    """The codes of the last ``count`` mentions that end before ``start``, in text order."""
    found: list[str] = []
    for _s, e, c in reversed(earlier):
        if e <= start:
            found.append(c)
            if len(found) == count:
                break
    return found[::-1]


@dataclass(frozen=True)
class _Draft:
    holder: str
    subject: str
    relation: str
    object: tuple[str, ...]
    sentence: TextSpan
    value: float | None
    unit: str | None
    negated: bool


def _finish(draft: _Draft, offset: int, following: str) -> Claim:
    sentence = TextSpan(draft.sentence.start + offset, draft.sentence.end + offset, draft.sentence.text)
    if draft.holder != "author":
        stance = "disagrees" if _AUTHOR_DOUBT.search(following) else "reports"
    else:
        stance = "disputes" if draft.negated else "asserts"
    return Claim(document="", holder=draft.holder, subject=draft.subject, relation=draft.relation,
                 object=draft.object, sentence=sentence, value=draft.value, unit=draft.unit, stance=stance)


def sentence_claims(text: str, mentions: list[Mention], previous: list[str]) -> list[_Draft]:
    """Claims in one sentence; ``mentions`` are relative to the sentence, ``previous`` are earlier codes."""
    lower = text.lower()
    if not any(word in lower for word in CUE_WORDS):
        return []
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    drafts: list[_Draft] = []
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for cue in CUES:
        for match in cue.pattern.finditer(text):
            placed = PLACEMENTS[cue.placement](match, mentions, previous)
            if placed is None:
                continue
            subject, objects = placed
            key = (cue.relation, subject, objects)
            if key in seen or not objects or subject in objects:
                continue
            seen.add(key)
            holder = reported_holder(_clause_before(text, match.start()))
            value = _value(match, cue)
            negated = bool(_NEGATION.search(text[max(0, match.start() - 40):match.start()]))
            negated = negated and cue.relation not in ("has_upper_hand_over", "has_leverage_over")
            drafts.append(_Draft(holder, subject, cue.relation, objects,
                                 TextSpan(lead, lead + len(stripped), stripped), value, cue.unit, negated))
    return drafts


def _clause_before(text: str, position: int) -> str:
    """The text from the start of the sentence part holding ``position`` (the parser may join sentences)."""
    starts = [m.end() for m in re.finditer(r"[.?!][\"”’]?\s+", text[:position])]
    return text[starts[-1] if starts else 0:].strip()


def _value(match: re.Match[str], cue: Cue) -> float | None:
    if cue.unit and "value" in match.groupdict() and match.group("value"):
        return float(match.group("value")) / 100.0
    return None


def reported_holder(sentence: str) -> str:
    """Who the sentence reports as saying its claim: "author" unless a reporting frame names someone."""
    match = _REPORTING.match(sentence) or _ACCORDING.search(sentence)
    if not match:
        return "author"
    holder = _QUANTIFIER.sub("", match.group("holder").strip())
    if holder.lower() in ("it", "this", "that", "there", "i", "we") or len(holder.split()) > 8:
        return "author"
    return holder.replace("’", "'")


def _before(match: re.Match[str], mentions: list[Mention]) -> list[str]:
    return [c for s, e, c in mentions if e <= match.start()]


def _after(match: re.Match[str], mentions: list[Mention]) -> list[str]:
    return [c for s, e, c in mentions if s >= match.start()]


def _place_before_after(match, mentions, previous):  # type: ignore[no-untyped-def]
    """Subject is the nearest actor before the cue, object the nearest other actor around it."""
    before, after = _before(match, mentions), _after(match, mentions)
    possessor = _possessor(match, mentions)
    if possessor is not None:  # "China is North Korea's largest trading partner": the owner is the object
        rest = [c for c in before if c != possessor]
        return (rest[-1], (possessor,)) if rest else None
    subject = before[-1] if before else None
    if subject is None:
        return None
    if _refers_back(match, mentions, subject):  # "For North Korea, China represents its ... ally"
        earlier = [c for c in before if c != subject]
        return (subject, (earlier[-1],)) if earlier else None
    others = [c for c in after if c != subject] + [c for c in reversed(before) if c != subject]
    return (subject, (others[0],)) if others else None


def _place_after_before(match, mentions, previous):  # type: ignore[no-untyped-def]
    """Subject follows the cue; the object is the actor before it (or the last one mentioned before)."""
    after = _after(match, mentions)
    before = _before(match, mentions) or previous
    if not after:
        return None
    others = [c for c in reversed(before) if c != after[0]]
    return (after[0], (others[0],)) if others else None


def _place_other_after(match, mentions, previous):  # type: ignore[no-untyped-def]
    """Object follows the cue; the subject is another actor not denied ("not the US government")."""
    after = _after(match, mentions)
    if not after:
        return None
    target = after[0]
    candidates = [m for m in mentions if m[2] != target and not _denied(match.string, m)]
    if not candidates:
        return None
    return candidates[-1][2], (target,)


def _place_after_other(match, mentions, previous):  # type: ignore[no-untyped-def]
    """The dependent actor follows the cue ("90% of North Korea's trade"); the partner is another actor."""
    after = [c for s, e, c in mentions if s >= match.start("owner") and e <= match.end() + 2]
    if not after:
        return None
    subject = after[0]
    others = [c for s, e, c in mentions if c != subject]
    return (subject, (others[0],)) if others else None


def _place_buffer(match, mentions, previous):  # type: ignore[no-untyped-def]
    """A buffer state and the sides it separates: "X is a buffer between A and B" or "X acts as a buffer"."""
    before = _before(match, mentions)
    after = [c for s, e, c in mentions if s >= match.start() and not _is_modifier(match.string, s, e)]
    sides = list(dict.fromkeys(after))
    if len(sides) > 2:  # "between the U.S. troops stationed in South Korea and China": the outer two
        sides = [sides[0], sides[-1]]
    subject_pool = before or previous
    subject = next((c for c in reversed(subject_pool) if c not in sides), None)
    if subject is None:
        return None
    if len(sides) < 2:
        sides = list(dict.fromkeys(c for c in sides + list(reversed(previous)) if c != subject))
    return subject, tuple(sides[:2])


def _is_modifier(text: str, start: int, end: int) -> bool:
    """Whether the mention only qualifies another ("US-backed South Korea", the span may include "-backed")."""
    return bool(_MODIFIER.match(text, end) or _MODIFIER.search(text[start:end]))


def _place_holder_after(match, mentions, previous):  # type: ignore[no-untyped-def]
    """Credit for an outcome: the credited actor comes first, the outcome's actor after the cue."""
    before, after = _before(match, mentions), _after(match, mentions)
    if not before or not after:
        return None
    return before[0], (after[-1],)


def _refers_back(match: re.Match[str], mentions: list[Mention], subject: str) -> bool:
    """Whether a possessive pronoun between the subject and the cue points back to an earlier actor."""
    end = max(e for s, e, c in mentions if c == subject and e <= match.start())
    return bool(re.search(r"\b(?:its|their)\b", match.string[end:match.end()], re.IGNORECASE))


def _possessor(match: re.Match[str], mentions: list[Mention]) -> str | None:
    """The actor in a possessive right before the cue ("North Korea's ... partner"), if any."""
    for _start, end, code in reversed(mentions):
        if end <= match.start():
            tail = match.string[end:end + 2]
            gap = match.string[end:match.start()]
            return code if tail in ("'s", "’s") and len(gap) < 45 and not re.search(r"[,;]", gap) else None
    return None


def _denied(text: str, mention: Mention) -> bool:
    window = text[max(0, mention[0] - 30):mention[0]].lower()
    return bool(re.search(r"\bnot\b(?![^;]*;)", window))


PLACEMENTS: dict[str, Callable] = {
    "before_after": _place_before_after, "after_before": _place_after_before,
    "other_after": _place_other_after, "after_other": _place_after_other, "buffer": _place_buffer,
    "holder_after": _place_holder_after,
}
