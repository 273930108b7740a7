"""The event lexicon: lemmas and frames per CAMEO code, read from YAML and compiled for look-up.

The packaged lexicon is ``realpolitik/data/lexicon.yaml``; users add entries (or whole word
lists) with their own files (``Settings.lexicon_files``), read after it. The format is in
docs/events.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from realpolitik.errors import KnowledgeBaseError
from realpolitik.ontology import Ontology, load_ontology

DEFAULT_VERB_SOURCE = ("subj", "agent")
DEFAULT_VERB_TARGET = (
    "dobj",
    "dative",
    "against",
    "on",
    "with",
    "to",
    "at",
    "toward",
    "towards",
    "into",
    "upon",
)
DEFAULT_NOUN_SOURCE = ("poss", "by", "mod")
DEFAULT_NOUN_TARGET = ("on", "against", "to", "with", "between", "toward", "towards", "into", "upon", "of")
FRAME_KINDS = ("intent", "threat", "request", "demand", "refusal")
WORD_LISTS = (
    "light_verbs",
    "communicative",
    "speculative",
    "speculative_nouns",
    "denial",
    "negating",
    "preventing",
    "transparent",
    "obligation",
    "peacekeeping",
    "named_wars",
    "exercises",
    "withheld_comment",
    "admitting",
    "wishes",
    "stating",
    "own_acts",
    "background_preps",
    "reaction_preps",
    "holding",
    "calling",
    "partnered",
)


@dataclass(frozen=True)
class Pattern:
    """One way to say a CAMEO code: a head lemma plus lemmas required among its dependents."""

    head: str
    required: tuple[str, ...]
    cameo: str
    pos: str  # "verb" or "noun"
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool = False
    plover: str | None = None


NO_EVENT = ""  # the CAMEO code of an idiom that says no event ("a cold war", "a charm offensive")


def pattern_plover(pattern: Pattern, ontology: Ontology) -> str:
    """The pattern's own PLOVER type, else that of its CAMEO code ("" for an idiom that says no event)."""
    if pattern.cameo == NO_EVENT:
        return ""
    return pattern.plover or ontology.get(pattern.cameo).plover


@dataclass(frozen=True)
class Frame:
    """A verb class that embeds another act and re-codes it by the embedded act's CAMEO code."""

    kind: str
    lemmas: frozenset[str]
    recode: Mapping[str, str]

    def code_for(self, embedded: str) -> str | None:
        for key in (embedded, embedded[:3], embedded[:2], "default"):
            if key in self.recode:
                return self.recode[key]
        return None


@dataclass(frozen=True)
class Lexicon:
    """Compiled look-ups: patterns by head lemma, frames by lemma, word classes as sets."""

    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    frames: Mapping[str, Frame]
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def frame_of(self, lemma: str) -> Frame | None:
        return self.frames.get(lemma)

    def frame_of_kind(self, kind: str) -> Frame | None:
        """The first frame of ``kind`` (intent, request, demand, ...), whatever lemma carries it."""
        return next((f for f in self.frames.values() if f.kind == kind), None)

    def is_a(self, word_list: str, lemma: str) -> bool:
        return lemma in self.words.get(word_list, frozenset())


def read_lexicon_files(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """The packaged lexicon followed by each user file, as parsed YAML mappings."""
    raw = [yaml.safe_load(resources.files("realpolitik.data").joinpath("lexicon.yaml").read_text("utf-8"))]
    for path in paths:
        try:
            raw.append(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeBaseError(f"cannot read lexicon file {path}: {exc}") from exc
    return raw


def load_lexicon(paths: Iterable[str | Path] = ()) -> Lexicon:
    """Builds the lexicon from the packaged file plus user files (later files add to earlier ones)."""
    ontology = load_ontology()
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    frames: dict[str, Frame] = {}
    words: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    repairs: dict[str, str] = {}
    for doc in read_lexicon_files(paths):
        if not isinstance(doc, dict):
            raise KnowledgeBaseError("a lexicon file must be a YAML mapping")
        for entry in doc.get("entries") or []:
            for pattern in _entry_patterns(entry):
                if pattern.cameo not in ontology:
                    raise KnowledgeBaseError(f"lexicon entry uses unknown CAMEO code {pattern.cameo!r}")
                index = verbs if pattern.pos == "verb" else nouns
                index.setdefault(pattern.head, []).append(pattern)
        for pattern in _entry_patterns({"cameo": NO_EVENT, **(doc.get("not_events") or {})}):
            (verbs if pattern.pos == "verb" else nouns).setdefault(pattern.head, []).append(pattern)
        for kind, spec in (doc.get("frames") or {}).items():
            frames_of_kind = _frame(kind, spec)
            for lemma in frames_of_kind.lemmas:
                frames[lemma] = frames_of_kind
        for name in WORD_LISTS:
            words[name].update(str(w).lower() for w in doc.get(name) or [])
        repairs.update(_lemma_repairs(doc))
    for wrong, right in repairs.items():  # after all files: a user's "stage" pattern reaches "stag" too
        _repair_lemma(wrong, right, verbs, frames, words)
    return Lexicon(
        verbs={k: _by_specificity(v) for k, v in verbs.items()},
        nouns={k: _by_specificity(v) for k, v in nouns.items()},
        frames=frames,
        words={k: frozenset(v) for k, v in words.items()},
    )


def _lemma_repairs(doc: dict[str, Any]) -> dict[str, str]:
    """A file's ``lemma_repairs``: wrong lemma → right lemma."""
    found = doc.get("lemma_repairs") or {}
    if not isinstance(found, dict):
        raise KnowledgeBaseError("lemma_repairs must map a wrong lemma to the right one")
    return {str(wrong).lower(): str(right).lower() for wrong, right in found.items()}


def _repair_lemma(wrong: str, right: str, verbs: dict[str, list[Pattern]], frames: dict[str, Frame],
                  words: dict[str, set[str]]) -> None:
    """A verb the parser lemmatises wrongly ("staged" as "stag") is looked up as the right one."""
    if right in verbs:
        verbs.setdefault(wrong, []).extend(verbs[right])
    if right in frames:
        frames[wrong] = frames[right]
    for listed in words.values():
        if right in listed:
            listed.add(wrong)


def _by_specificity(patterns: list[Pattern]) -> tuple[Pattern, ...]:
    # Longest first, so that "threaten strike" is tried before "threaten"; later files first among equals.
    return tuple(sorted(reversed(patterns), key=lambda p: -len(p.required)))


def _with_before_on(roles: tuple[str, ...]) -> tuple[str, ...]:
    if "with" not in roles or "on" not in roles or roles.index("with") < roles.index("on"):
        return roles
    rest = [r for r in roles if r != "with"]
    return (*rest[:rest.index("on")], "with", *rest[rest.index("on"):])


def _entry_patterns(entry: dict[str, Any]) -> list[Pattern]:
    if not isinstance(entry, dict) or "cameo" not in entry:
        raise KnowledgeBaseError(f"lexicon entry without a cameo code: {entry!r}")
    cameo = str(entry["cameo"])
    symmetric = bool(entry.get("symmetric", False))
    plover = entry.get("plover")
    patterns = []
    defaults: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
        ("verb", DEFAULT_VERB_SOURCE, DEFAULT_VERB_TARGET),
        ("noun", DEFAULT_NOUN_SOURCE, DEFAULT_NOUN_TARGET),
    )
    for pos, default_source, default_target in defaults:
        if symmetric:
            # A mutual act names its other party with "with" and its topic with "on": "talks with Russia on Syria".
            default_target = _with_before_on(default_target)
        source = tuple(_role(r) for r in entry.get("source") or default_source)
        target = tuple(_role(r) for r in entry.get("target") or default_target)
        if pos == "noun" and entry.get("target"):
            # Nouns keep their prepositional defaults; an entry's list only adds to them.
            target = tuple(dict.fromkeys((*target, *default_target)))
        for text in entry.get(pos + "s") or []:
            for head, required in _readings(str(text).lower().split(), pos):
                patterns.append(Pattern(head, required, cameo, pos, source, target, symmetric, plover))
    return patterns


def _readings(words: list[str], pos: str) -> list[tuple[str, tuple[str, ...]]]:
    """(head, required dependents) of a pattern. A noun phrase may also be written as English writes it, head
    last ("military operation", "ethnic cleansing"): an adjective before the head is no noun to match."""
    if not words:
        return []
    readings = [(words[0], tuple(w for w in words[1:] if w not in ("to", "up")))]
    if pos == "noun" and len(words) > 1 and words[-1] != words[0]:
        readings.append((words[-1], tuple(words[:-1])))
    return readings


def _role(value: object) -> str:
    # YAML 1.1 reads a bare `on` as true and `no` as false; in a role list they are prepositions.
    if value is True:
        return "on"
    if value is False:
        return "no"
    return str(value).lower()


def _frame(name: str, spec: dict[str, Any]) -> Frame:
    kind = str(spec.get("kind") or name)  # several named frames may share a kind
    if kind not in FRAME_KINDS:
        raise KnowledgeBaseError(f"unknown frame kind {kind!r}; choose from {', '.join(FRAME_KINDS)}")
    recode = {str(k): str(v) for k, v in (spec.get("recode") or {}).items()}
    return Frame(kind, frozenset(str(w).lower() for w in spec.get("lemmas") or []), recode)
