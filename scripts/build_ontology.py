"""Build src/realpolitik/data/cameo.json from the shared CAMEO/PLOVER/Goldstein tables.

Sources (facts only, with attribution kept in the output and in docs/sources.md):
- CAMEO2PLOVER-2021.txt: openeventdata/PLOVER (CC BY-SA 4.0), P. Schrodt, 2021.
- CAMEO_goldstein_quad_phoenix.json: openeventdata/phoenix_pipeline (MIT).

Usage: python scripts/build_ontology.py [../shared/data/dictionaries]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parse_cameo2plover(path: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        code = code.strip()
        if not code.isdigit():
            continue
        body, _, description = rest.partition("#")
        parts = [p.strip() for p in body.split(",")]
        parts += [""] * (3 - len(parts))
        table[code] = {"plover": parts[0], "mode": parts[1], "context": parts[2],
                       "description": description.strip()}
    return table


def build(dictionaries: Path) -> dict[str, object]:
    plover = parse_cameo2plover(dictionaries / "CAMEO2PLOVER-2021.txt")
    # The 2021 table leaves CAMEO 02 (Appeal) unlisted; the PLOVER manual puts appeals under REQUEST.
    plover.setdefault("02", {"plover": "REQUEST", "mode": "", "context": "",
                             "description": "Make an appeal or request"})
    phoenix = json.loads((dictionaries / "CAMEO_goldstein_quad_phoenix.json").read_text())
    goldstein: dict[str, float] = phoenix["goldstein_by_cameo_code"]
    quad: dict[str, int] = phoenix["quad_class_by_root"]
    codes = sorted(set(plover) | set(goldstein))
    entries = {}
    for code in codes:
        root = code[:2]
        # A code missing from the 2021 table takes the type of its nearest listed parent.
        row = next((plover[c] for c in (code, code[:3], root) if plover.get(c, {}).get("plover")), {})
        value = goldstein.get(code, goldstein.get(code[:3], goldstein.get(root, 0.0)))
        entries[code] = {
            "plover": row.get("plover", ""),
            "mode": row.get("mode", ""),
            "context": row.get("context", ""),
            "description": row.get("description", ""),
            "goldstein": value,
            "quad": quad.get(root, 0),
        }
    return {
        "attribution": [
            "CAMEO to PLOVER table: openeventdata/PLOVER, CAMEO2PLOVER 2021 (P. Schrodt), CC BY-SA 4.0",
            "Goldstein values and quad classes: openeventdata/phoenix_pipeline, MIT",
        ],
        "codes": entries,
    }


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/dictionaries"
    out = ROOT / "src/realpolitik/data/cameo.json"
    out.write_text(json.dumps(build(src), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
