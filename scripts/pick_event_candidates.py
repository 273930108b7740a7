"""Pick candidate sentences for the hand-annotated event dev set (evals/events/dev.jsonl).

Keyword search only: it proposes sentences per PLOVER type (and no-event / non-asserted ones) from
the shared corpora; the labels are written by hand into evals/events/labels.tsv (see
docs/annotation-guide.md) and joined by scripts/build_events_dev.py.

Usage: python scripts/pick_event_candidates.py [../shared/data] [seed] [exclude.tsv ...] > /tmp/candidates.tsv
Output: id <TAB> corpus <TAB> hint <TAB> text, deterministic (seeded shuffle). Seed 4 drew the dev
set; the test set (evals/events/test.jsonl) was drawn with seed 11, excluding the dev ids.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

HINTS: dict[str, str] = {
    "AGREE": r"\b(agreed to|pledged|promised|vowed to|offered to|will (?:visit|hold|sign))\b",
    "CONSULT": r"\b(met with|talks with|held talks|visited|visit to|summit|phoned|telephone|negotiat)",
    "SUPPORT": r"\b(signed an? (?:agreement|accord|deal|treaty)|praised|welcomed|endorsed|recogni[sz]ed"
    r"|backed)\b",
    "COOPERATE": r"\b(cooperat|joint (?:exercise|venture)|alliance|partnership|trade agreement"
    r"|share intelligence)",
    "AID": r"\b(aid to|assistance to|provided|donated|humanitarian|loan to|grant to|sent .* supplies)\b",
    "CONCEDE": r"\b(released|freed|lifted (?:the )?(?:sanction|embargo|ban)|eased|conced|handed over)\b",
    "RETREAT": r"\b(withdr[ae]w|pulled out|withdrawal|retreat|surrender)",
    "REQUEST": r"\b(urged|called on|called for|appealed|asked|demanded|requested)\b",
    "ACCUSE": r"\b(accused|criticized|criticised|condemned|denounced|blamed|investigat)",
    "REJECT": r"\b(rejected|refused|dismissed|vetoed|turned down|denied)\b",
    "THREATEN": r"\b(threatened|warned|threat|ultimatum)\b",
    "PROTEST": r"\b(protest|demonstrat|rall(?:y|ied)|march(?:ed)?|strike)\b",
    "SANCTION": r"\b(sanction|embargo|expelled|severed|broke off|suspended (?:talks|aid|relations)|recalled)",
    "MOBILIZE": r"\b(deployed|troops to|mobiliz|military exercise|missile test|test-fired|alert|buildup)\b",
    "COERCE": r"\b(arrested|detained|seized|banned|deported|blockade|annexed|occupied|jailed)\b",
    "ASSAULT": r"\b(attacked|killed|bombed|shelled|air ?strikes?|invaded|clashed|fired on|raid)\b",
    "NONE": r".",
    "MODALITY": r"\b(would|could|might|may|if|did not|didn't|never|denied|plans? to|expected to|will)\b",
}
STATE_HINT = re.compile(
    r"\b(government|minister|president|troops|army|forces|embassy|diplomat|[A-Z][a-z]+(?:ian|ese|ish|i)\b|"
    r"United Nations|NATO|EU|U\.S\.|Russia|China|Iran|Israel|Syria|Iraq|Turkey|Ukraine)"
)


def conflibert(data: Path) -> list[tuple[str, str, str]]:
    rows = (data / "events-conflibert" / "cameo_class_train.tsv").read_text("utf-8").splitlines()
    texts = [r.split("\t")[0] for r in rows if "\t" in r]
    return [("cb-" + _hash(text), "ConfliBERT-CAMEO", text) for text in texts]


def conflibert_neutral(data: Path) -> list[tuple[str, str, str]]:
    """ConfliBERT class 0 sentences: candidates for "no event"."""
    rows = (data / "events-conflibert" / "cameo_class_train.tsv").read_text("utf-8").splitlines()
    return [("cb-" + _hash(r.split("\t")[0]), "ConfliBERT-CAMEO", r.split("\t")[0])
            for r in rows if r.endswith("\t0")]


def rams(data: Path) -> list[tuple[str, str, str]]:
    out = []
    for line in (data / "events-rams" / "dev.jsonlines").read_text("utf-8").splitlines():
        doc = json.loads(line)
        for sent in doc["sentences"]:
            text = " ".join(sent)
            out.append(("rams-" + _hash(text), "RAMS-1.0-dev", text))
    return out


def wikievents(data: Path) -> list[tuple[str, str, str]]:
    out = []
    for line in (data / "events-wikievents" / "dev.jsonl").read_text("utf-8").splitlines():
        for _, text in json.loads(line)["sentences"]:
            out.append(("wiki-" + _hash(text), "WikiEvents-dev", text))
    return out


def reuters(data: Path) -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((data / "corpora" / "reuters21578").glob("reut2-00[0-2].sgm")):
        raw = path.read_bytes().decode("latin-1")
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, flags=re.S)[:600]:
            for sent in re.split(r"(?<=[a-z]\.)\s+(?=[A-Z])", " ".join(body.split())):
                out.append(("reu-" + _hash(sent), "Reuters-21578", sent))
    return out


def guardian(data: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(data / "corpora" / "Guardian_SDF_sample.csv.zip") as zf:
        text = zf.read("Guardian_SDF_sample.csv").decode("utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        body = row.get("body") or row.get("text") or ""
        for sent in re.split(r"(?<=[a-z]\.)\s+(?=[A-Z])", " ".join(body.split())):
            out.append(("gdn-" + _hash(sent), "Guardian-SDF", sent))
    return out


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def main(data: Path, per_type: int = 30, seed: int = 4, exclude: frozenset[str] = frozenset()) -> None:
    rest = rams(data) + wikievents(data) + reuters(data) + guardian(data)
    pools = {"cb": conflibert(data), "neutral": conflibert_neutral(data), "rest": rest}
    rng = random.Random(seed)
    seen: set[str] = set(exclude)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for hint, pattern in HINTS.items():
        regex = re.compile(pattern, flags=re.I)
        split = (("cb", per_type * 2 // 3), ("rest", per_type // 3))
        shares = (("neutral", per_type),) if hint == "NONE" else split
        for pool, share in shares:
            hits = [s for s in pools[pool] if 40 < len(s[2]) < 320 and regex.search(s[2])
                    and STATE_HINT.search(s[2]) and s[0] not in seen]
            rng.shuffle(hits)
            for sid, corpus, text in hits[:share]:
                seen.add(sid)
                writer.writerow([sid, corpus, hint, text])


def _ids(paths: list[str]) -> frozenset[str]:
    return frozenset(line.split("\t")[0] for p in paths for line in Path(p).read_text("utf-8").splitlines())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "../shared/data",
         seed=int(sys.argv[2]) if len(sys.argv) > 2 else 4, exclude=_ids(sys.argv[3:]))
