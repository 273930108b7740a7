"""Reads the Phoenix/PETRARCH2 actor dictionaries (MIT; ../shared/data/dictionaries) for build_actors.py.

Format (TABARI .actors): an entry line ``NAME_ [CODE dates] # comment``; ``+OTHER_NAME_`` lines add
names to the entry above; indented ``[CODE dates]`` lines add coded roles. Codes are CAMEO actor
codes: a three-letter country or ``IGO`` prefix, then sector letters (``INDGOVLAB``). Only facts are
carried over: a name, its country (or IGO) and its sector.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CODE = re.compile(r"\[\s*~?([A-Z]{3,})[^\]]*\]")
# Sector letters that our knowledge base knows (docs/actors.md); others are dropped.
SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "OPP", "REB", "POL", "SPY", "BUS", "MED", "CVL", "PTY", "ELI",
                     "LAB", "EDU", "HLH", "REF", "CRM"})
NAME_WORD = re.compile(r"^[A-Z][A-Za-z'.\-]*$")
PARTICLES = frozenset({"al", "bin", "de", "van", "von"})  # stay lower case inside a name
Row = tuple[str, str, str | None, list[str]]  # (code, name, sector, other names)


@dataclass
class PhoenixEntry:
    names: list[str]
    codes: list[str] = field(default_factory=list)
    comment: str = ""

    def country(self) -> str:
        """The country the entry is coded to most often (the latest on a tie)."""
        prefixes = [c[:3] for c in self.codes]
        counts = Counter(prefixes)
        return max(reversed(prefixes), key=lambda p: counts[p]) if prefixes else ""

    def sector(self) -> str | None:
        """GOV if the entry ever held office (later spells are often ELI, "former"), else its last sector."""
        country = self.country()
        sectors = [c[3:6] for c in self.codes if c.startswith(country) and c[3:6] in SECTORS]
        return "GOV" if "GOV" in sectors else (sectors[-1] if sectors else None)


def read_entries(path: Path) -> list[PhoenixEntry]:
    entries: list[PhoenixEntry] = []
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = CODE.findall(line)
        if line[0] in " \t":
            if entries:
                entries[-1].codes.extend(codes)
            continue
        name = clean_name(CODE.sub("", line))
        if line.startswith("+") and entries:
            entries[-1].names.append(name)
            entries[-1].codes.extend(codes)
        elif not line.startswith("+"):
            entries.append(PhoenixEntry([name], codes, comment.strip()))
    return entries


def clean_name(text: str) -> str:
    """ "OMAR_ABDULLAH_" → "Omar Abdullah"; parenthesised acronyms are dropped."""
    text = re.sub(r"\(.*?\)", " ", text.strip().lstrip("+"))
    words = [w for w in text.replace("_", " ").split() if w]
    return " ".join(_title(w) for w in words)


def _title(word: str) -> str:
    parts = re.split(r"([\-'])", word.lower())
    return "".join(p if p in ("-", "'") or p in PARTICLES else p[:1].upper() + p[1:] for p in parts)


def is_person_name(name: str) -> bool:
    """Two to five capitalised words, none a digit: safe to match as a full name."""
    words = name.split()
    return 2 <= len(words) <= 5 and len(name) >= 7 and all(NAME_WORD.match(w) or w in PARTICLES for w in words)


def people(path: Path, states: set[str]) -> list[Row]:
    """A row per coded person of Phoenix.Countries.actors.txt (sector GOV unless the entry says else)."""
    out = []
    for entry in read_entries(path):
        country = entry.country()
        if "CountryInfo" not in entry.comment or country not in states:
            continue
        names = [n for n in entry.names if is_person_name(n)]
        if names:
            out.append((country, names[0], entry.sector() or "GOV", names[1:]))
    return out


def groups(path: Path, states: set[str]) -> list[Row]:
    """A row per non-state armed group coded to one country."""
    out = []
    for entry in read_entries(path):
        country, sector = entry.country(), entry.sector()
        names = [n for n in entry.names if 2 <= len(n.split()) <= 8 and not any(c.isdigit() for c in n)]
        if country in states and names and sector in ("REB", "OPP", "PTY", "MIL", "CRM"):
            out.append((country, names[0], sector, names[1:]))
    return out


def organisations(path: Path) -> list[Row]:
    """A row (code IGO, no sector) per intergovernmental organisation, leaving out their officials."""
    out = []
    for entry in read_entries(path):
        if not entry.codes or not all(c.startswith("IGO") for c in entry.codes) or "rulers" in entry.comment:
            continue
        names = [n for n in entry.names if 2 <= len(n.split()) <= 10 and not any(c.isdigit() for c in n)]
        if names:
            out.append(("IGO", names[0], None, names[1:]))
    return out
