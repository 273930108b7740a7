"""The alias table's scan reads a document's words with one ``to_array`` and each form normalised once: the same
words, texts and matches as reading them Token by Token (the reference scan below)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.actors.kb import DROPPED_TOKENS, load_kb, normalise_token
from realpolitik.actors.matcher import PATRON_WORDS, AliasTable, Match, _case_fits, _Words

TEXTS = [
    "Kim Jong-un met Shinzō Abe and Pérez in  Pyongyang \n\n on Monday.",
    "US-backed rebels – and the NATO allies ‑ said  ’s  Isis' fighters fled to a London-based group.",
    "The foreign ministers of Britain, France and Japan met Nato and Russian navies in the South China Sea.",
    "",
]


def token_scan(table: AliasTable, doc: Doc) -> list[Match]:
    """The reference: the scan as it read spaCy Tokens."""
    kept = [t.i for t in doc if t.text not in DROPPED_TOKENS and not t.is_space]
    norms = [normalise_token(doc[i].text) for i in kept]
    matches: list[Match] = []
    p = 0
    while p < len(kept):
        found = token_longest(table, doc, kept, norms, p)
        if found is None:
            p += 1
            continue
        length, match = found
        if match is not None and not token_names_a_patron(doc, match):
            matches.append(match)
        p += length
    return matches


def token_longest(table: AliasTable, doc: Doc, kept: list[int], norms: list[str], p: int):
    for length in range(min(table.max_len.get(norms[p], 0), len(norms) - p), 0, -1):
        key = tuple(norms[p : p + length])
        candidates = table.aliases.get(key)
        if candidates is None and key not in table.titles and key not in table.sectors:
            if key in table.regions:
                return length, None
            continue
        start, end = kept[p], kept[p + length - 1] + 1
        aliases = [a for a in candidates or () if _case_fits(a, [doc[i].text for i in kept[p : p + length]])]
        if aliases:
            return length, Match(start, end, doc[start:end].text, aliases=tuple(aliases))
        if key in table.titles:
            return length, Match(start, end, doc[start:end].text, title=table.titles[key])
        if key in table.sectors:
            return length, Match(start, end, doc[start:end].text, sector=table.sectors[key])
    return None


def token_names_a_patron(doc: Doc, match: Match) -> bool:
    end = match.end
    if doc[end - 1].lower_ in PATRON_WORDS:
        return True
    return (end + 1 < len(doc) and doc[end].text in DROPPED_TOKENS and not doc[end].whitespace_
            and doc[end + 1].lower_ in PATRON_WORDS)


@pytest.fixture(scope="module")
def table() -> AliasTable:
    return AliasTable(load_kb())


def test_words_texts_and_spans_equal_the_token_reading(nlp, table):
    for text in TEXTS * 2:  # the second time from the table's memory of word forms
        doc = nlp.make_doc(text)
        words = _Words(doc, table._norms)
        assert words.kept == [t.i for t in doc if t.text not in DROPPED_TOKENS and not t.is_space]
        assert words.norms == [normalise_token(doc[i].text) for i in words.kept]
        assert len(words) == len(doc)
        for t in doc:
            assert (words.text(t.i), words.lower(t.i), words.spaced(t.i)) == (t.text, t.lower_, bool(t.whitespace_))
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 6, len(doc)) + 1):
                assert words.span_text(start, end) == doc[start:end].text


def test_matches_equal_the_token_scan(nlp, table):
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        assert table.scan(doc) == token_scan(table, doc)
        found += len(table.scan(doc))
    assert found > 8
    doc = Doc(spacy.blank("en").vocab, words=["Iran", "-", "backed", " ", "Houthis"], spaces=[False] * 5)
    assert table.scan(doc) == token_scan(table, doc)
    assert [m.text for m in table.scan(doc)] == ["Houthis"]  # "Iran-backed" names a patron
