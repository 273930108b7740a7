"""Cross-validate the event coder over dev + the training split (realpolitik.evaluate.crossval; D21).

Prints one line for all sentences and one for the training split's (no rule was written from it), e.g.
``CV: typeok=990 tp=661 fp=417 fn=575 F1=0.571``. ``--dump FILE`` writes each sentence's coded events
as JSON lists [plover, source code, target code, modality, coded_by, trigger, cameo, source text,
confidence], to compare two versions of the coder sentence by sentence. Never reads the blind test split.

Usage: python scripts/cv_events.py [--folds 5] [--dump cv.json]
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from realpolitik.evaluate.crossval import CrossValidation, cross_validate, tally
from realpolitik.evaluate.events import DEV_SET, load_dev_set
from realpolitik.nlp import build_pipeline
from realpolitik.records import Event
from realpolitik.settings import Settings

TRAIN_SET = DEV_SET.with_name("train.jsonl")


def _row(event: Event) -> list[object]:
    return [event.plover, event.source.code, event.target.code if event.target else "", event.modality,
            event.coded_by, event.trigger.text, event.cameo, event.source.text, event.confidence]


def _line(name: str, result: CrossValidation) -> str:
    return (f"{name}: typeok={result.typed_right} tp={result.right_triples} fp={result.wrong_triples} "
            f"fn={result.missed_triples} F1={result.triple_f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    dev, train = load_dev_set(DEV_SET), load_dev_set(TRAIN_SET)
    result = cross_validate(dev + train, build_pipeline(Settings()), folds=args.folds)
    logging.getLogger(__name__).info("%s", _line("CV", result))
    part = tally(train, result.predictions[len(dev):], args.folds)
    logging.getLogger(__name__).info("%s", _line("CV training split", part))
    if args.dump:
        args.dump.write_text(json.dumps([[_row(e) for e in events] for events in result.predictions]))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
