"""Token-sequence lookup of knowledge-base aliases, titles and sector nouns, and phrase grouping.

The table is a dict keyed by tuples of normalised tokens (hyphens dropped), built once per
component; matching is a greedy longest-match scan, so a document costs one dict probe per
token and alias length.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.attrs import IS_SPACE, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span

from realpolitik.actors.kb import DROPPED_TOKENS, Alias, KnowledgeBase, alias_key, normalise_token

PERSON_TYPES = frozenset({"person", "short"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Match:
    """Tokens ``start:end`` of a Doc that match aliases (``aliases``) or a title/sector word."""

    start: int
    end: int
    text: str
    aliases: tuple[Alias, ...] = ()
    title: str | None = None
    sector: str | None = None

    @property
    def is_identity(self) -> bool:
        return bool(self.aliases)

    @property
    def is_person(self) -> bool:
        return any(a.type in PERSON_TYPES for a in self.aliases)


class AliasTable:
    """Normalised token tuple → what it can name."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.aliases: dict[tuple[str, ...], list[Alias]] = defaultdict(list)
        for alias in kb.aliases:
            key = alias_key(alias.tokens)
            if key:
                self.aliases[key].append(alias)
        self.titles = {tuple(k.split(" ")): v for k, v in kb.titles.items()}
        self.sectors = {tuple(k.split(" ")): v for k, v in kb.sectors.items()}
        self.regions = {tuple(k.split(" ")) for k in kb.region_names}
        self.max_len: dict[str, int] = {}
        for key in (*self.aliases, *self.titles, *self.sectors, *self.regions):
            self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))
        self._norms: dict[int, str | None] = {}  # by ORTH hash: the word's key form, None for a dropped token

    def scan(self, doc: Doc) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        words = _Words(doc, self._norms)
        kept = words.kept
        matches: list[Match] = []
        p = 0
        while p < len(kept):
            found = self._longest(words, p)
            if found is None:
                p += 1
                continue
            length, match = found
            if match is not None and not _names_a_patron(words, match):
                matches.append(match)
            p += length
        return matches

    def _longest(self, words: _Words, p: int) -> tuple[int, Match | None] | None:
        """The longest match at ``p``; (length, None) for a region name, whose words name no actor."""
        kept, norms = words.kept, words.norms
        longest = self.max_len.get(norms[p], 0)
        for length in range(min(longest, len(norms) - p), 0, -1):
            key = tuple(norms[p : p + length])
            candidates = self.aliases.get(key)
            if candidates is None and key not in self.titles and key not in self.sectors:
                if key in self.regions:
                    return length, None
                continue  # most keys name nothing: skip building the words
            start, end = kept[p], kept[p + length - 1] + 1
            texts = [words.text(i) for i in kept[p : p + length]]
            aliases = [a for a in candidates or () if _case_fits(a, texts)]
            if aliases:
                return length, Match(start, end, words.span_text(start, end), aliases=tuple(aliases))
            if key in self.titles:
                return length, Match(start, end, words.span_text(start, end), title=self.titles[key])
            if key in self.sectors:
                return length, Match(start, end, words.span_text(start, end), sector=self.sectors[key])
        return None


class _Words:
    """A document's words as the scan reads them, with one ``to_array`` (every ``doc[i]`` builds a new Token):
    the indices and key forms of those that can be part of a name (not hyphens, not spaces), and any word's text,
    lowercase form and trailing space by index. ``norms``: each form's key by ORTH hash, None for a dropped token
    (kept by the table, so that each form is normalised once)."""

    def __init__(self, doc: Doc, norms: dict[int, str | None]) -> None:
        self._store = doc.vocab.strings
        columns = doc.to_array([ORTH, LOWER, IS_SPACE, SPACY]).T.tolist() if len(doc) else [[], [], [], []]
        self._orths, self._lowers, spaces, self._spacy = columns
        self.kept: list[int] = []
        self.norms: list[str] = []
        for i, orth in enumerate(self._orths):
            if spaces[i]:
                continue
            if orth not in norms:
                text = self._store[orth]
                norms[orth] = None if text in DROPPED_TOKENS else normalise_token(text)
            norm = norms[orth]
            if norm is not None:
                self.kept.append(i)
                self.norms.append(norm)

    def __len__(self) -> int:
        return len(self._orths)

    def text(self, i: int) -> str:
        return self._store[self._orths[i]]

    def lower(self, i: int) -> str:
        return self._store[self._lowers[i]]

    def spaced(self, i: int) -> bool:
        return bool(self._spacy[i])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``: the words with the spaces between them, not the last one's."""
        spaced = [self.text(k) + (" " if self._spacy[k] else "") for k in range(start, end - 1)]
        return "".join(spaced) + self.text(end - 1)


def _case_fits(alias: Alias, words: list[str]) -> bool:
    """Acronyms match only as written; other names need a capital letter somewhere ("turkey" is food)."""
    if alias.exact:
        written = [w.replace("’", "'") for w in words]
        # Long acronyms are also written in title case by some papers ("Nato", "Isis").
        return written == list(alias.tokens) or written == [
            t.capitalize() if len(t) >= 4 and t.isupper() and t.isalpha() else t for t in alias.tokens
        ]
    return any(c.isupper() for w in words for c in w[:1])


# "US-backed rebels", "a London-based group": the name says who backs the actor or where it sits, not who it is.
# Not "sponsored" or "supported": "a UN-sponsored ceasefire" names the UN as the one who acted.
PATRON_WORDS = frozenset({"backed", "funded", "armed", "trained", "allied", "aligned", "based", "born", "educated"})


def _names_a_patron(words: _Words, match: Match) -> bool:
    """The name is the first half of "US-backed" (some dictionaries list "US-backed" itself as the US)."""
    end = match.end
    if words.lower(end - 1) in PATRON_WORDS:
        return True
    return (end + 1 < len(words) and words.text(end) in DROPPED_TOKENS and not words.spaced(end)
            and words.lower(end + 1) in PATRON_WORDS)


def group_phrases(doc: Doc, matches: list[Match]) -> list[list[Match]]:
    """Adjacent matches that form one actor phrase ("North Korean leader Kim Jong-un", "China's army")."""
    groups: list[list[Match]] = []
    for match in (m for m in matches if not _describes_region(doc, m)):
        if groups and _joins(doc, groups[-1], match):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# Sectors whose members are, unless said otherwise, of the place they are in (troops and rebels may be foreign).
LOCAL_SECTORS = frozenset({"GOV", "POL", "JUD", "PRO", "CVL", "LAB", "OPP", "LEG"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


MAX_GAP = 3  # a possessive and two modifiers ("China's state-run health ministry"); "of the", "in the"


# Parts of a state named by "<part> of <state>" ("the ethnic Serb north of Kosovo").
REGION_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                          "part", "parts", "region", "regions", "area", "areas"})
MAX_REGION_GAP = 7  # "in the ethnic Serb north of"


def _describes_region(doc: Doc, match: Match) -> bool:
    """A nationality adjective of a region noun with an "of" phrase naming a place, where something is ("police in
    the ethnic Serb north of Kosovo"): the place after "of" says where; the adjective only describes the region's
    people. Not a region acted on ("shelled the Indian part of Kashmir")."""
    last = doc[match.end - 1]
    if not match.aliases or any(a.type != "adjective" for a in match.aliases) or last.dep_ != "amod":
        return False
    head = last.head
    return (head.lower_ in REGION_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "in"
            and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
                    for c in head.children))


def _in_region(gap_tokens: Span) -> bool:
    """ "in the (ethnic Serb) north of" before a state's name: a part of that state."""
    words = [t.lower_ for t in gap_tokens]
    if len(words) < 3 or words[0] != "in" or words[-1] != "of" or words[-2] not in REGION_NOUNS:
        return False
    return all(t.lower_ == "the" or t.dep_ == "amod" for t in gap_tokens[1:-2])


def _in_place(gap: list[str], gap_tokens: Span) -> bool:
    """ "in", "in the", or "in the eastern" before a state's name ("protesters in the eastern Kosovan town")."""
    if gap[:1] != ["in"]:
        return False
    rest = [t for t in gap_tokens[1:] if t.lower_ != "the"]
    return len(gap) <= 2 or all(t.pos_ == "ADJ" and t.dep_ == "amod" for t in rest)


def _joins(doc: Doc, group: list[Match], match: Match) -> bool:
    if (match.start - group[-1].end <= MAX_REGION_GAP and _in_region(doc[group[-1].end : match.start])
            and group[-1].sector in LOCAL_SECTORS and match.is_identity and not match.is_person
            and not any(m.is_identity or m.is_person for m in group)):
        return True  # "police in the ethnic Serb north of Kosovo" are Kosovo's
    if match.start - group[-1].end > MAX_GAP:
        return False  # far apart: no need to look at the words between
    gap_tokens = doc[group[-1].end : match.start]
    gap = [t.text.casefold() for t in gap_tokens]
    if any(t.is_sent_start for t in doc[group[-1].end : match.end]):
        return False
    identities = [m for m in group if m.is_identity and not m.is_person]
    persons = [m for m in group if m.is_person]
    if match.is_person and persons:
        return False
    if match.is_identity and not match.is_person and identities:
        return False
    if not gap:
        return True
    role_word = match.title is not None or match.sector is not None
    modifiers = [t for t in gap_tokens if t.text.casefold() not in POSSESSIVES or t.i != gap_tokens.start]
    if (
        role_word
        and (identities or persons)
        and 0 < len(modifiers) <= 2
        and all(t.pos_ in MODIFIER_POS and t.dep_ in MODIFIER_DEPS for t in modifiers)
    ):
        return True  # "an American investigative journalist", "China's health ministry"
    if len(gap) == 1 and gap[0] in POSSESSIVES:
        # "China's army", "North Korea's Kim": an owner before what it owns, never a role before a name
        return bool(identities or persons) and not (match.is_identity and not match.is_person)
    if gap in (["of"], ["of", "the"]):
        # "the foreign minister of Japan", "troops of the United Nations", "Donald Trump of the United States"
        if match.is_identity and not match.is_person:
            return group[-1].is_person or group[-1].title is not None or group[-1].sector is not None
        return group[-1].title is not None and match.sector is not None
    if _in_place(gap, gap_tokens) and group[-1].sector in LOCAL_SECTORS and not any(
            m.is_identity or m.is_person for m in group):
        # "protesters in Iran", "authorities in Pakistan": people of a place act as that state's
        return match.is_identity and not match.is_person
    return False
