"""The actor evaluation's readers and the tricky set's shape; seeds against the gold file."""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.evaluate.actors import TRICKY, read_jsonl, read_tagged, score_tricky
from realpolitik.nlp import parse


def test_tricky_set_is_well_formed():
    cases = read_jsonl(TRICKY)
    assert len(cases) >= 150
    for case in cases:
        assert set(case) == {"text", "date", "mention", "code", "sector"}
        assert case["mention"] in case["text"]


def test_read_tagged_builds_character_spans(tmp_path: Path):
    path = tmp_path / "tags.txt"
    path.write_text("Swiss B-S\ncourt I-S\nrejected O\nCroatia B-T\n\n", encoding="utf-8")
    [[sentence]] = read_tagged(path)
    assert sentence.text == "Swiss court rejected Croatia"
    assert [sentence.text[s:e] for s, e, _ in sentence.spans] == ["Swiss court", "Croatia"]


def test_score_tricky_counts_hits_and_false_positives(nlp):
    cases = [
        {
            "text": "Russian troops advanced.",
            "date": "2022-03-01",
            "mention": "Russian troops",
            "code": "RUS",
            "sector": "MIL",
        },
        {"text": "Introducing O2VAPE.", "date": None, "mention": "O2VAPE", "code": None, "sector": None},
    ]
    scores = score_tricky(nlp, cases)
    assert scores["tricky_code_accuracy"] == 1.0 and scores["tricky_false_positive_rate"] == 0.0


def test_seed_actors_and_leaders_are_found(nlp, shared_dir: Path, seeds_gold: dict):
    for gold in seeds_gold["documents"]:
        text = (shared_dir / "seeds" / gold["file"]).read_text(encoding="utf-8")
        doc = next(parse(nlp, [(text, None)]))
        spans = list(doc.spans["actors"])
        codes = {s._.actor.code for s in spans}
        assert set(gold["actors"]) <= codes, gold["file"]
        for leader in gold["leaders"]:
            hits = [s for s in spans if leader["text"] in s.text]
            assert hits and all(s._.actor.code == leader["code"] for s in hits), leader
            assert all(s._.actor.sector == leader["sector"] for s in hits), leader
        assert not any("O2VAPE" in s.text for s in spans)
        assert json.dumps(gold)  # the gold file is plain JSON
