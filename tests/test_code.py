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
    assert set(errors) == {"line-2", "c", "line-6"}
    assert "JSON" in errors["line-2"]


def test_issue4_a_date_it_cannot_read_leaves_the_text_coded_with_a_warning(coded):
    line = next(o for o in coded if o["id"] == "d")
    assert "'date' 'yesterday' is not a date" in line["warnings"][0]
    assert [e["plover"] for e in line["events"]] == ["CONSULT"] and line["events"][0]["date"] is None


def test_issue4_other_tools_field_names_are_read(nlp, settings):
    lines = [json.dumps({"sentence": "North Korea met South Korea yesterday.", "publication_date": "2018-04-27"}),
             json.dumps({"text": "North Korea met South Korea yesterday.", "story_date": "20180427"})]
    for obj in code_lines(lines, settings, nlp=nlp):
        assert "warnings" not in obj and obj["events"][0]["date"] == "2018-04-26"


def test_issue4_field_names_in_any_case_and_other_text_fields_are_read(nlp, settings):
    lines = [json.dumps({"ID": "a", "Text": "North Korea met South Korea yesterday.", "Date": "2018-04-27"}),
             json.dumps({"id": "b", "content": "North Korea met South Korea yesterday."})]
    found = list(code_lines(lines, settings, nlp=nlp))
    assert [o["id"] for o in found] == ["a", "b"]
    assert [e["plover"] for o in found for e in o["events"]] == ["CONSULT", "CONSULT"]
    assert found[0]["events"][0]["date"] == "2018-04-26"


def test_issue4_english_sentences_full_of_names_are_not_refused(nlp, settings):
    texts = ["Former US President Barack Obama on Sunday held separate talks with President Uhuru Kenyatta and ODM "
             "party leader Raila Odinga in Nairobi.",  # the identifier's Nigerian Pidgin at 0.70
             "Save the Children urged the British government to increase pressure on Saudi Arabia to protect "
             "children in Yemen from ongoing violations."]  # one paragraph: no article for an ad to be in
    out = list(code_lines((json.dumps({"text": t}) for t in texts), settings, nlp=nlp))
    assert all("error" not in o and o["events"] for o in out)


def test_issue2_outputs_follow_the_contract(coded):
    for obj in (o for o in coded if "error" not in o):
        assert set(obj) <= {"id", "actors", "events", "claims", "warnings"}
        assert {"id", "actors", "events", "claims"} <= set(obj)
        for actor in obj["actors"]:
            assert set(actor) == {"text", "start", "end", "code", "sector", "kind", "name"}
        for event in obj["events"]:
            assert set(event) == EVENT_KEYS


def test_actor_offsets_point_into_the_input_text(coded):
    text = "China and Russia warned the United States."
    actors = coded[0]["actors"]
    assert actors and all(text[a["start"]:a["end"]] == a["text"] for a in actors)


def test_issue4_a_lower_case_key_wins_over_its_other_cases(nlp, settings):
    line = json.dumps({"id": "a", "ID": "b", "text": "North Korea met South Korea.", "TEXT": None})
    found = list(code_lines([line], settings, nlp=nlp))
    assert found[0]["id"] == "a" and [e["plover"] for e in found[0]["events"]] == ["CONSULT"]
