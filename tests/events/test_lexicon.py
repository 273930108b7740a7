from __future__ import annotations

from dataclasses import replace

import pytest

from realpolitik.errors import KnowledgeBaseError
from realpolitik.events.lexicon import load_lexicon, pattern_plover
from realpolitik.ontology import PLOVER_TYPES, load_ontology


def test_packaged_lexicon_covers_every_plover_type():
    lexicon = load_lexicon()
    ontology = load_ontology()
    types = {pattern_plover(p, ontology) for ps in (*lexicon.verbs.values(), *lexicon.nouns.values()) for p in ps}
    assert set(PLOVER_TYPES) <= types


def test_on_is_a_preposition_not_yaml_true():
    assert all(isinstance(r, str) for ps in load_lexicon().verbs.values() for p in ps for r in p.target)


def test_unknown_code_is_rejected(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text('entries:\n  - cameo: "999"\n    verbs: [frobnicate]\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_lexicon([path])


def test_user_lexicon_file_from_settings(settings, tmp_path):
    from tests.events.conftest import build_test_pipeline

    path = tmp_path / "mine.yaml"
    path.write_text('entries:\n  - cameo: "111"\n    verbs: [excoriate]\n', encoding="utf-8")
    nlp = build_test_pipeline(replace(settings, lexicon_files=(path,)))
    doc = nlp("Japan excoriated China.")
    assert [(e.plover, e.source.code, e.target.code) for e in doc._.events] == [("ACCUSE", "JPN", "CHN")]


def test_lemma_repairs_reach_later_files_patterns(tmp_path):
    """Issue 4, round 19 review: a user's "stage" pattern is also read for the parser's wrong lemma "stag"."""
    path = tmp_path / "more.yaml"
    path.write_text('entries:\n  - cameo: "141"\n    verbs: ["stage walkout"]\n', encoding="utf-8")
    lexicon = load_lexicon([path])
    assert sorted(p.required for p in lexicon.verbs["stag"]) == sorted(p.required for p in lexicon.verbs["stage"])


def test_lemma_repairs_must_be_a_mapping(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("lemma_repairs: [stag]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_lexicon([path])
