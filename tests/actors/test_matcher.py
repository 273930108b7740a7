"""The alias table's scan reads the words with one ``to_array`` and each form normalised once: the same words and
key forms as reading them Token by Token."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from realpolitik.actors.kb import DROPPED_TOKENS, load_kb, normalise_token
from realpolitik.actors.matcher import AliasTable


def token_words(doc: Doc) -> tuple[list[int], list[str]]:
    """The reference: the words and key forms read through spaCy's Tokens."""
    kept: list[int] = []
    norms: list[str] = []
    for token in doc:
        if token.text not in DROPPED_TOKENS and not token.is_space:
            kept.append(token.i)
            norms.append(normalise_token(token.text))
    return kept, norms


def test_words_and_key_forms_equal_the_token_reading(nlp):
    table = AliasTable(load_kb())
    texts = ["Kim Jong-un met Shinzō Abe and Pérez in  Pyongyang \n\n on Monday.",
             "US-backed rebels – and the NATO allies ‑ said  ’s  Isis' fighters fled.", ""]
    for text in texts * 2:  # the second time from the table's memory
        doc = nlp.make_doc(text)
        assert table._words(doc) == token_words(doc)
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Iran", "-", "backed", " ", "Houthis"], spaces=[False, False, True, False, False])
    assert table._words(doc) == token_words(doc) == ([0, 2, 4], ["iran", "backed", "houthis"])
