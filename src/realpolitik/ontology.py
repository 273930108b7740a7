"""The event ontology: CAMEO codes with their PLOVER type, mode, Goldstein value and quad class."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

QUAD_NAMES = {0: "neutral", 1: "verbal cooperation", 2: "material cooperation",
              3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    plover: str
    mode: str
    context: str
    description: str
    goldstein: float
    quad: int


class Ontology:
    """Look-ups over the packaged CAMEO table (built by scripts/build_ontology.py)."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def get(self, code: str) -> CameoCode:
        """The entry for a code, falling back to its nearest listed parent."""
        for prefix in (code, code[:3], code[:2]):
            if prefix in self._codes:
                entry = self._codes[prefix]
                return entry if prefix == code else CameoCode(code, *_fields_after_code(entry))
        raise KeyError(f"unknown CAMEO code {code!r}")

    def codes(self) -> list[str]:
        return sorted(self._codes)


def _fields_after_code(entry: CameoCode) -> tuple[str, str, str, str, float, int]:
    return (entry.plover, entry.mode, entry.context, entry.description, entry.goldstein, entry.quad)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    raw = json.loads(resources.files("realpolitik.data").joinpath("cameo.json").read_text("utf-8"))
    codes = {code: CameoCode(code=code, **fields) for code, fields in raw["codes"].items()}
    return Ontology(codes)
