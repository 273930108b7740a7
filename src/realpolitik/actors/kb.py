"""The actor knowledge base: loading the shipped table and users' override files.

The shipped table is ``realpolitik/data/actors.json`` (built by scripts/build_actors.py). User
files (YAML or CSV, see docs/actors.md) add actors or override aliases. Loading is cached per
process, keyed by the tuple of user files.
"""

from __future__ import annotations

import csv
import json
import logging
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import yaml

from realpolitik.errors import KnowledgeBaseError
from realpolitik.records import ActorKind

log = logging.getLogger(__name__)

KB_VERSION = 1
DROPPED_TOKENS = frozenset({"-", "–", "‑"})


def normalise_token(text: str) -> str:
    """Case, curly apostrophes and accents folded: "Shinzō" and "Shinzo", "Pérez" and "Perez" share a key."""
    folded = text.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def alias_key(tokens: Sequence[str]) -> tuple[str, ...]:
    """Lower-cased tokens without hyphens: "Kim Jong-un" and "Kim Jong Un" share a key."""
    return tuple(normalise_token(t) for t in tokens if t not in DROPPED_TOKENS)


@dataclass(frozen=True)
class KBActor:
    """One identity: a state, a state's sector via a metonym, an organisation, a group or a person."""

    code: str
    sector: str | None
    name: str
    kind: ActorKind
    role: str | None = None
    start: date | None = None
    end: date | None = None
    source: str = ""

    def in_office(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Alias:
    tokens: tuple[str, ...]
    type: str
    actor: int
    exact: bool = False


@dataclass(frozen=True)
class KnowledgeBase:
    actors: tuple[KBActor, ...]
    aliases: tuple[Alias, ...]
    titles: dict[str, str]
    sectors: dict[str, str]
    ambiguous: frozenset[str]
    parliamentary: frozenset[str] = frozenset()
    non_actor_heads: frozenset[str] = frozenset()
    # Normalised token keys of places that contain a state's name but are not the state ("south america").
    region_names: frozenset[str] = frozenset()
    # Peoples without a state: the states a phrase they modify may belong to ("kurdish": SYR, IRQ, TUR, IRN).
    peoples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __hash__(self) -> int:
        return id(self)

    @cached_property
    def _state_names(self) -> dict[str, str]:
        return {a.code: a.name for a in reversed(self.actors) if a.kind == ActorKind.STATE}  # first one wins

    def state_name(self, code: str) -> str:
        """The name of the state with this code (the code itself when there is none)."""
        return self._state_names.get(code, code)

    @cached_property
    def _office_holders(self) -> dict[tuple[str, str], tuple[KBActor, ...]]:
        found: dict[tuple[str, str], list[KBActor]] = {}
        for actor in self.actors:
            if actor.role:
                found.setdefault((actor.code, actor.role), []).append(actor)
        return {key: tuple(holders) for key, holders in found.items()}

    def office_holders(self, code: str, role: str) -> tuple[KBActor, ...]:
        """Every actor who ever held this office of this state (looked up per mention, hence indexed)."""
        return self._office_holders.get((code, role), ())


def _date(value: object) -> date | None:
    if value in (None, "", "None", "null"):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise KnowledgeBaseError(f"bad date {value!r} in actor table") from exc


def _actor(raw: dict) -> KBActor:
    try:
        return KBActor(
            code=str(raw["code"]),
            sector=raw.get("sector") or None,
            name=str(raw["name"]),
            kind=ActorKind(raw.get("kind", "state")),
            role=raw.get("role") or None,
            start=_date(raw.get("start")),
            end=_date(raw.get("end")),
            source=raw.get("source") or "",
        )
    except (KeyError, ValueError) as exc:
        raise KnowledgeBaseError(f"actor entry {raw!r} lacks a code, a name or a known kind: {exc}") from exc


def _read_shipped() -> dict:
    path = resources.files("realpolitik.data").joinpath("actors.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeBaseError(f"cannot read the actor table {path}: {exc}") from exc
    if data.get("version") != KB_VERSION:
        raise KnowledgeBaseError(
            f"actor table {path} has version {data.get('version')}, expected {KB_VERSION}"
        )
    return data


@lru_cache(maxsize=8)
def load_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The shipped knowledge base plus the user files, in order (later files win)."""
    data = _read_shipped()
    actors = [_actor(a) for a in data["actors"]]
    aliases = [Alias(tuple(a["tokens"]), a["type"], a["actor"], a["exact"]) for a in data["aliases"]]
    for path in user_files:
        for raw in read_user_file(Path(path)):
            actors.append(_actor(raw))
            aliases.extend(_user_aliases(raw, len(actors) - 1))
    log.debug("actor KB: %d actors, %d aliases", len(actors), len(aliases))
    return KnowledgeBase(
        tuple(actors),
        tuple(aliases),
        data["titles"],
        data["sectors"],
        frozenset(data["ambiguous"]),
        frozenset(data.get("parliamentary", ())),
        frozenset(data.get("non_actor_heads", ())),
        frozenset(data.get("region_names", ())),
        {word: tuple(codes) for word, codes in data.get("peoples", {}).items()},
    )


def _user_aliases(raw: dict, index: int) -> list[Alias]:
    # User aliases are split on spaces and hyphens; the resolver matches them the same way.
    names = raw.get("aliases") or [raw["name"]]
    if isinstance(names, str):
        names = [n.strip() for n in names.split("|") if n.strip()]
    kind = "person" if raw.get("kind") in ("leader", "person") else "name"
    return [
        Alias(
            tuple(n.replace("-", " ").split()), kind, index, len(n) <= 5 and any(c.isupper() for c in n[1:])
        )
        for n in names
    ]


def read_user_file(path: Path) -> list[dict]:
    """Actor rows from a YAML list (or {actors: [...]}) or a CSV with a header row."""
    if not path.is_file():
        raise KnowledgeBaseError(f"actor file {path} does not exist")
    try:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8", newline="") as handle:
                rows = [dict(r) for r in csv.DictReader(handle)]
        else:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
            rows = loaded.get("actors", []) if isinstance(loaded, dict) else loaded
    except (OSError, yaml.YAMLError, csv.Error, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"cannot read actor file {path}: {exc}") from exc
    if not isinstance(rows, list) or not all(
        isinstance(r, dict) and "code" in r and "name" in r for r in rows
    ):
        raise KnowledgeBaseError(
            f"actor file {path}: expected a list of rows with at least 'code' and 'name'"
        )
    return rows
