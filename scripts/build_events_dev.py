"""Build evals/events/dev.jsonl: PLOVER-annotated sentences from the shared corpora.

Silver stage (this script): RAMS 1.0 dev passages whose event type maps to a PLOVER type give the
trigger's sentence, the PLOVER type, and source/target codes where the RAMS arguments in that
sentence name a country (by ISO name, common name or demonym). Sentences are kept only when the
source is known. Each item carries ``checked: false`` until a person has reviewed it under
docs/annotation-guide.md; reviewed items are edited in place and marked ``checked: true``
(re-running the script keeps items that are checked). Sentences quoted from RAMS keep their
source reference (doc_key and URL).

Usage: python scripts/build_events_dev.py [../shared/data]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "evals/events/dev.jsonl"

# RAMS type prefix -> (PLOVER, CAMEO, source roles, target roles). Longest prefix wins.
RAMS_TO_PLOVER: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "conflict.attack": ("ASSAULT", "190", ("attacker",), ("target",)),
    "conflict.demonstrate": ("PROTEST", "141", ("demonstrator",), ()),
    "conflict.yield.surrender": ("RETREAT", "0874", ("surrenderer",), ("recipient",)),
    "conflict.yield.retreat": ("RETREAT", "087", ("retreater",), ("origin",)),
    "contact.discussion": ("CONSULT", "040", ("participant",), ("participant",)),
    "contact.negotiate": ("CONSULT", "046", ("participant",), ("participant",)),
    "contact.commitmentpromiseexpressintent": ("AGREE", "030", ("communicator",), ("recipient",)),
    "contact.threatencoerce": ("THREATEN", "130", ("communicator",), ("recipient",)),
    "contact.requestadvise": ("REQUEST", "020", ("communicator",), ("recipient",)),
    "contact.collaborate": ("COOPERATE", "060", ("participant",), ("participant",)),
    "transaction.transaction.embargosanction": ("SANCTION", "163", ("preventer",), ("giver", "recipient")),
    "transaction.transferownership.embargosanction": (
        "SANCTION",
        "163",
        ("preventer",),
        ("giver", "recipient"),
    ),
    "transaction.transfermoney.embargosanction": ("SANCTION", "163", ("preventer",), ("giver", "recipient")),
    "transaction.transaction.giftgrantprovideaid": ("AID", "070", ("giver",), ("recipient", "beneficiary")),
    "transaction.transfermoney.giftgrantprovideaid": ("AID", "071", ("giver",), ("recipient", "beneficiary")),
    "transaction.transferownership.giftgrantprovideaid": (
        "AID",
        "070",
        ("giver",),
        ("recipient", "beneficiary"),
    ),
    "justice.arrestjaildetain": ("COERCE", "173", ("jailer",), ("detainee",)),
    "justice.investigate": ("ACCUSE", "090", ("investigator",), ("defendant",)),
    "government.agreements": ("SUPPORT", "057", ("participant", "signer"), ("participant", "signer")),
    "movement.transportartifact.sendsupplyexport": ("COOPERATE", "061", ("transporter",), ("destination",)),
}


def country_names(dictionaries: Path) -> dict[str, str]:
    """Lower-cased country names, common names and demonyms -> ISO alpha-3."""
    names: dict[str, str] = {}
    iso = json.loads((dictionaries / "pycountry_26.2.16_iso3166-1.json").read_text(encoding="utf-8"))
    rows = iso.get("3166-1", iso) if isinstance(iso, dict) else iso
    for row in rows:
        for key in ("name", "common_name", "official_name"):
            if row.get(key):
                names[row[key].lower()] = row["alpha_3"]
    with (dictionaries / "ngec_countries_demonyms.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names[row["Name"].lower()] = row["CCA3"]
            for demonym in row["Nationality"].split(","):
                names[demonym.strip().lower()] = row["CCA3"]
    names.update(
        {
            "us": "USA",
            "u.s.": "USA",
            "america": "USA",
            "united states": "USA",
            "britain": "GBR",
            "uk": "GBR",
            "russia": "RUS",
            "syria": "SYR",
            "iran": "IRN",
            "north korea": "PRK",
            "south korea": "KOR",
            "the united states": "USA",
            "kremlin": "RUS",
            "moscow": "RUS",
            "washington": "USA",
            "beijing": "CHN",
            "pyongyang": "PRK",
            "tehran": "IRN",
            "kiev": "UKR",
            "damascus": "SYR",
            "ankara": "TUR",
            "nato": "IGO",
            "un": "IGO",
            "united nations": "IGO",
            "eu": "IGO",
            "european union": "IGO",
        }
    )
    return names


def code_of(text: str, names: dict[str, str]) -> str:
    lower = text.lower().removeprefix("the ").strip(" .,'\"")
    if lower in names:
        return names[lower]
    for word in lower.split():
        if word in names and len(word) > 3:
            return names[word]
    return ""


def rams_items(path: Path, names: dict[str, str]) -> list[dict[str, object]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        etype = d["evt_triggers"][0][2][0][0]
        rule = next(
            (RAMS_TO_PLOVER[k] for k in sorted(RAMS_TO_PLOVER, key=len, reverse=True) if etype.startswith(k)),
            None,
        )
        if rule is None:
            continue
        plover, cameo, source_roles, target_roles = rule
        sentences, start = d["sentences"], d["evt_triggers"][0][0]
        offset = 0
        for sent in sentences:
            if offset <= start < offset + len(sent):
                break
            offset += len(sent)
        args: dict[str, list[str]] = {}
        for _, (a_start, a_end), role in d["gold_evt_links"]:
            if offset <= a_start < offset + len(sent):
                text = " ".join(sent[a_start - offset : a_end - offset + 1])
                args.setdefault(role[11:], []).append(code_of(text, names))
        sources = [c for r in source_roles for c in args.get(r, []) if c]
        targets = [c for r in target_roles for c in args.get(r, []) if c and c not in sources[:1]]
        if not sources:
            continue
        items.append(
            {
                "id": f"rams-{d['doc_key'][-12:]}",
                "source_corpus": "RAMS-1.0-dev",
                "source_ref": f"{d['doc_key']} {d.get('source_url', '')}".strip(),
                "text": " ".join(sent),
                "date": None,
                "checked": False,
                "events": [
                    {
                        "plover": plover,
                        "cameo": cameo,
                        "source": sources[0],
                        "target": targets[0] if targets else "",
                        "modality": "asserted",
                    }
                ],
            }
        )
    return items


def main(shared_data: Path) -> None:
    names = country_names(shared_data / "dictionaries")
    kept = {}
    if OUT.exists():
        for line in OUT.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("checked"):
                kept[item["id"]] = item
    items = [kept.get(i["id"], i) for i in rams_items(shared_data / "events-rams/dev.jsonlines", names)]
    items += [i for i in kept.values() if all(i["id"] != j["id"] for j in items)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data")
