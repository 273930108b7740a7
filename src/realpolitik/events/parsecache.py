"""A Doc's parse as plain Python lists, read once per document for the event rules and the typer.

spaCy makes a new Token object for every ``doc[i]``, ``token.head`` and child it hands out, and every
``dep_`` or ``lemma_`` reads the string store; the rules and the typer ask the same few questions of the same
words many times over. ``ParsedDoc`` reads heads, labels, lemmas, forms, tags and lexical flags with one
``Doc.to_array`` and answers by token index. It holds no Token objects of its own beyond those ``token``
hands out, so code that compares Tokens by identity (``node.head is node``, never true in spaCy 3) is not
affected.
"""

from __future__ import annotations

import numpy as np
from spacy import attrs
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

COLUMNS = (attrs.HEAD, attrs.DEP, attrs.LEMMA, attrs.LOWER, attrs.TAG, attrs.POS, attrs.ENT_TYPE, attrs.ENT_IOB,
           attrs.IS_STOP, attrs.IS_PUNCT, attrs.LIKE_NUM, attrs.ORTH, attrs.SPACY)
IOB = ("", "I", "O", "B")  # as Token.ent_iob_ names them
SPACE = ("", " ")  # a token's trailing whitespace, by its SPACY flag


class StringTable:
    """Strings by hash, and lowercase strings by hash, read once from the string store for all the documents an
    event coder sees (a hash names the same string in any vocabulary)."""

    def __init__(self) -> None:
        self._text: dict[int, str] = {}
        self._lower: dict[int, str] = {}

    def read(self, store: StringStore, ids: list[int], lower: bool = False) -> list[str]:
        table = self._lower if lower else self._text
        try:
            return list(map(table.__getitem__, ids))
        except KeyError:  # words this table has not met yet
            for value in set(ids).difference(table):
                text = store[value] if value else ""
                table[value] = text.lower() if lower else text
            return list(map(table.__getitem__, ids))


class ParsedDoc:
    """Per token index: head index, dependency label, lowercase lemma and form, tag, coarse POS, entity type and
    IOB, lemma hash, and flags; each token's children in text order (as ``Token.children`` lists them); and the
    document's text. ``strings``: a table shared with other documents, else one of its own."""

    def __init__(self, doc: Doc, strings: StringTable | None = None) -> None:
        self.doc = doc
        n = len(doc)
        table = doc.to_array(list(COLUMNS)) if n else np.zeros((0, len(COLUMNS)), dtype=np.uint64)
        strings = strings if strings is not None else StringTable()
        store = doc.vocab.strings
        columns = table.T.tolist()
        # HEAD is an offset stored unsigned: a head to the left wraps around.
        self.heads: list[int] = (table[:, 0].astype(np.int64) + np.arange(n)).tolist()
        self.deps: list[str] = strings.read(store, columns[1])
        self.lemma_ids: list[int] = columns[2]
        self.lemmas: list[str] = strings.read(store, columns[2], lower=True)
        self.lowers: list[str] = strings.read(store, columns[3])
        self.tags: list[str] = strings.read(store, columns[4])
        self.pos: list[str] = strings.read(store, columns[5])
        self.ent_types: list[str] = strings.read(store, columns[6])
        self.ent_iobs: list[str] = list(map(IOB.__getitem__, columns[7]))
        self.stop: list[bool] = list(map(bool, columns[8]))
        # Words the typer reads no features from: stop words, punctuation, numbers.
        self.plain: list[bool] = np.any(table[:, 8:11], axis=1).tolist()
        # ``Doc.text`` makes a Token for every word to join them.
        self.text = "".join(map(str.__add__, strings.read(store, columns[11]), map(SPACE.__getitem__, columns[12])))
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)
        self._tokens: list[Token | None] = [None] * n
        # matching.match_at's words near each token, by index: the rules and the typer ask for many twice.
        self.pattern_words: dict[int, dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self.heads)

    def token(self, i: int) -> Token:
        """The Token at ``i``, made once (spaCy makes a new object on each ``doc[i]``)."""
        found = self._tokens[i]
        if found is None:
            found = self._tokens[i] = self.doc[i]
        return found

    def tokens(self, start: int, end: int) -> list[Token]:
        return [self.token(i) for i in range(start, end)]

    def capital(self, i: int) -> bool:
        """A capitalised alphabetic word (roles: a name the parser took for a modifier); rarely asked."""
        token = self.token(i)
        return token.text[:1].isupper() and token.is_alpha

    def children_with(self, i: int, deps: frozenset[str] | tuple[str, ...]) -> list[int]:
        labels = self.deps
        return [c for c in self.children[i] if labels[c] in deps]
