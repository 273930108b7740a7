"""The explanation rows behind ``realpolitik actors explain``."""

from __future__ import annotations

from realpolitik.actors.explain import ActorExplanation, explain_doc, format_explanation
from realpolitik.nlp import parse


def test_rows_point_into_the_text(nlp):
    text = "Yesterday Chinese soldiers crossed the river."
    rows = explain_doc(next(parse(nlp, [(text, None)])))
    assert len(rows) == 1
    row = rows[0]
    assert text[row.start : row.end] == row.text == "Chinese soldiers"
    assert (row.code, row.sector, row.kind) == ("CHN", "MIL", "sector")
    assert "Chinese" in row.reason


def test_format_lists_each_row_and_handles_none():
    row = ActorExplanation("Beijing", 0, 7, "CHN", None, "China", "state", "capital")
    text = format_explanation([row])
    assert "Beijing" in text.splitlines()[1] and "CHN" in text
    assert format_explanation([]) == "no actors found"
