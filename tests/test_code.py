import json

import pytest

from realpolitik.code import code_lines

EVENT_KEYS = {"source", "target", "plover", "mode", "cameo", "quad", "goldstein", "modality", "attributed_to",
              "date", "date_precision", "location", "trigger", "sentence", "coded_by", "confidence"}


@pytest.fixture(scope="module")
def coded(nlp, settings):
    lines = [
        json.dumps({"id": "a", "text": "China and Russia warned the United States.", "date": "2018-04-02"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "North Korea met South Korea.", "date": "yesterday"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"id": "f", "text": "Kim Jong-un met Moon Jae-in in Panmunjom."}),
    ]
    return list(code_lines(lines, settings, nlp=nlp))


def test_issue2_one_output_per_nonblank_line_in_order(coded):
    assert [o["id"] for o in coded] == ["a", "line-2", "c", "d", "line-6", "f"]


def test_issue2_bad_lines_give_an_error_and_the_run_goes_on(coded):
    errors = {o["id"]: o["error"] for o in coded if "error" in o}
    assert set(errors) == {"line-2", "c", "d", "line-6"}
    assert "JSON" in errors["line-2"] and "date" in errors["d"]


def test_issue2_outputs_follow_the_contract(coded):
    for obj in (o for o in coded if "error" not in o):
        assert set(obj) == {"id", "actors", "events", "claims"}
        for actor in obj["actors"]:
            assert set(actor) == {"text", "start", "end", "code", "sector", "kind", "name"}
        for event in obj["events"]:
            assert set(event) == EVENT_KEYS


def test_actor_offsets_point_into_the_input_text(coded):
    text = "China and Russia warned the United States."
    actors = coded[0]["actors"]
    assert actors and all(text[a["start"]:a["end"]] == a["text"] for a in actors)
