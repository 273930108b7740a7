"""The eval gate: each evaluation's metrics against stored floors (and ceilings) in evals/floors.json.

A change may not fall below a floor without saying so: lowering a floor is an edit to
evals/floors.json that shows in review, with its reason in docs/decisions.md.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from realpolitik.errors import RealpolitikError
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

# area -> (module, function); each function takes (settings, shared_dir) and returns an object with as_dict().
EVALUATIONS: dict[str, tuple[str, str]] = {
    "seeds": ("realpolitik.evaluate.seeds", "evaluate_seeds"),
    "actors": ("realpolitik.evaluate.actors", "evaluate_actors"),
    "events": ("realpolitik.evaluate.events", "evaluate_events"),
    "clean": ("realpolitik.evaluate.clean", "evaluate_clean"),
    "system": ("realpolitik.evaluate.system", "evaluate_system"),
}


@dataclass(frozen=True)
class GateCheck:
    area: str
    metric: str
    value: float | None
    bound: float
    kind: str  # "min" or "max"

    @property
    def passed(self) -> bool:
        if self.value is None:
            return False
        return self.value >= self.bound if self.kind == "min" else self.value <= self.bound


def evaluation(area: str) -> Callable[[Settings, Path], object]:
    if area not in EVALUATIONS:
        raise RealpolitikError(f"unknown evaluation {area!r}; choose from {', '.join(EVALUATIONS)}")
    module, name = EVALUATIONS[area]
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def run_evaluation(area: str, settings: Settings, shared_dir: Path) -> dict[str, float]:
    result = evaluation(area)(settings, shared_dir)
    return {k: float(v) for k, v in result.as_dict().items()}  # type: ignore[attr-defined]


def load_floors(path: Path) -> dict[str, dict[str, dict[str, float]]]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def check(area: str, metrics: dict[str, float], floors: dict[str, dict[str, dict[str, float]]]) -> list[GateCheck]:
    checks = []
    for metric, bounds in floors.get(area, {}).items():
        for kind, bound in bounds.items():
            checks.append(GateCheck(area, metric, metrics.get(metric), bound, kind))
    return checks
