"""Train the learned sentence typer (realpolitik.events.typer) on the labelled event sentences.

It reads evals/events/dev.jsonl and evals/events/train.jsonl (a split labelled for training only,
docs/annotation-guide.md), never the blind test split (evals/events/test.jsonl), so that
`realpolitik eval events` keeps an honest estimate. Each sentence is one example labelled with the
PLOVER type of its first gold event, or NONE when it has none. The sentences are parsed by the
pipeline with the typer switched off (the features do not depend on it). The dense features come from
the packaged word vectors (realpolitik.events.vectors; docs/decisions.md, D18). Deterministic.

Usage: python scripts/train_event_typer.py [labelled.jsonl ...]   (writes src/realpolitik/data/event_typer.json)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from realpolitik.evaluate.events import DEV_SET, TEST_SET, load_dev_set
from realpolitik.events.training import DENSE_SCALE, L2, training_set
from realpolitik.events.typer import save_typer
from realpolitik.events.vectors import SentenceVectors, lexicon_types, load_word_vectors
from realpolitik.nlp import build_pipeline
from realpolitik.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/realpolitik/data/event_typer.json"
TRAINING_SETS = (DEV_SET, DEV_SET.with_name("train.jsonl"))


def main(sets: tuple[Path, ...] = TRAINING_SETS, out: Path = OUT) -> None:
    if any(p.resolve() == TEST_SET.resolve() for p in sets):
        raise SystemExit("the blind test split is never training data")
    nlp = build_pipeline(Settings(event_typer=False))
    coder = nlp.get_pipe("realpolitik_events")
    vectors = SentenceVectors(load_word_vectors(), coder.lexicon, coder.ontology,
                              lexicon_types(coder.lexicon, coder.ontology), DENSE_SCALE)
    items = [item for path in sets for item in load_dev_set(path)]
    examples = training_set(nlp.pipe(item["text"] for item in items), items, coder.hints, vectors)
    typer = examples.fit(l2=L2)
    about = {"trained_on": [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in sets],
             "sentences": len(examples.labels), "l2": L2, "features": len(typer.weights),
             "dense_features": vectors.size, "dense_scale": DENSE_SCALE, "vectors": "word_vectors.npz",
             "script": "scripts/train_event_typer.py"}
    save_typer(typer, out, about)
    logging.getLogger(__name__).info("typer: %d sentences, %d features -> %s", len(examples.labels),
                                     len(typer.weights), out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(tuple(Path(a) for a in sys.argv[1:]) or TRAINING_SETS)
