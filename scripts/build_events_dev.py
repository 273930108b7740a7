"""Build evals/events/dev.jsonl from the hand labels in evals/events/labels.tsv.

The labels are written by a person reading each sentence (docs/annotation-guide.md); candidate
sentences are proposed by scripts/pick_event_candidates.py. This script only joins each label line
with its sentence text from the shared corpora and writes the JSON Lines dev set.

labels.tsv: ``id <TAB> events`` where ``id`` is the candidate id (cb-…, rams-…, wiki-…, reu-…, gdn-…)
and ``events`` is ``-`` (no event) or ``;``-separated ``PLOVER SOURCE TARGET [m]``: TARGET ``-`` for
none, ``m`` one of a(sserted, default) n(egated) h(ypothetical) c(onditional) f(uture) s(peculative).

Usage: python scripts/build_events_dev.py [../shared/data] [labels.tsv out.jsonl]
(the test set: evals/events/test-labels.tsv -> evals/events/test.jsonl)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pick_event_candidates as corpora  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "evals/events/labels.tsv"
OUT = ROOT / "evals/events/dev.jsonl"
MODALITY = {"a": "asserted", "n": "negated", "h": "hypothetical", "c": "conditional", "f": "future",
            "s": "speculative"}


def parse_events(spec: str) -> list[dict[str, str]]:
    if spec.strip() == "-":
        return []
    events = []
    for part in spec.split(";"):
        fields = part.split()
        plover, source, target = fields[:3]
        modality = MODALITY[fields[3]] if len(fields) > 3 else "asserted"
        events.append({"plover": plover, "source": source, "target": "" if target == "-" else target,
                       "modality": modality})
    return events


def main(data: Path, labels: Path = LABELS, out: Path = OUT) -> None:
    texts = {sid: (corpus, text) for loader in (corpora.conflibert, corpora.rams, corpora.wikievents,
                                                corpora.reuters, corpora.guardian)
             for sid, corpus, text in loader(data)}
    lines = []
    for row in labels.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        sid, spec = row.split("\t")[:2]
        corpus, text = texts[sid]
        lines.append(json.dumps({"id": sid, "source_corpus": corpus, "text": text, "checked": True,
                                 "events": parse_events(spec)}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} sentences -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "../shared/data",
         *((Path(sys.argv[2]), Path(sys.argv[3])) if len(sys.argv) > 3 else ()))
