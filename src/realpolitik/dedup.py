"""Near-duplicate detection with MinHash over word shingles and LSH (datasketch)."""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from realpolitik.records import Document

NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])
    return signature


class DuplicateIndex:
    """Documents seen so far; ``check`` names the earliest one whose text is nearly the same."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        # A signature computed by check() is kept for the add() that usually follows it.
        self._pending: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def check(self, doc: Document) -> str | None:
        return self.check_text(doc.id, doc.text)

    def check_text(self, doc_id: str, text: str) -> str | None:
        signature = self._signature(doc_id, text)
        # LSH gives candidates; the estimated Jaccard similarity confirms them.
        matches = [key for key in self._lsh.query(signature)
                   if key != doc_id and self._signatures[key].jaccard(signature) >= self.threshold]
        return min(matches, key=self._order.__getitem__) if matches else None

    def _signature(self, doc_id: str, text: str) -> MinHash:
        signature = self._signatures.get(doc_id) or self._pending.get(doc_id) or minhash(text)
        if doc_id not in self._signatures:
            self._pending = {doc_id: signature}
        return signature

    def add(self, doc: Document) -> None:
        self.add_text(doc.id, doc.text)

    def add_text(self, doc_id: str, text: str) -> None:
        if doc_id in self._signatures:
            return
        signature = self._pending.pop(doc_id, None) or minhash(text)
        self._lsh.insert(doc_id, signature)
        self._signatures[doc_id] = signature
        self._order[doc_id] = len(self._order)
