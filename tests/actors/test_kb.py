"""The knowledge base: the shipped table loads, user files add and override, bad files fail clearly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realpolitik.actors.kb import alias_key, load_kb, read_user_file
from realpolitik.errors import KnowledgeBaseError
from realpolitik.records import ActorKind


def test_alias_key_ignores_case_and_hyphens():
    assert alias_key(["Kim", "Jong", "-", "un"]) == alias_key(["KIM", "Jong", "Un"]) == ("kim", "jong", "un")


def test_shipped_table_has_states_organisations_groups_and_leaders():
    kb = load_kb()
    kinds = {a.kind for a in kb.actors}
    assert {ActorKind.STATE, ActorKind.IGO, ActorKind.NSAG, ActorKind.LEADER} <= kinds
    codes = {a.code for a in kb.actors if a.kind == ActorKind.STATE}
    assert {"PRK", "KOR", "CHN", "USA", "RUS", "SGP", "JPN", "SYR", "DEU", "SUN", "DDR", "YUG"} <= codes
    assert kb.sectors["troops"] == "MIL" and kb.sectors["protesters"] == "PRO"


def test_leaders_have_terms_up_to_the_present():
    kb = load_kb()
    on = date(2026, 1, 1)
    holders = {(a.code, a.role) for a in kb.actors if a.kind == ActorKind.LEADER and a.in_office(on)}
    for code in ("USA", "CHN", "RUS", "GBR", "FRA", "PRK", "KOR", "JPN", "SGP", "SYR", "DEU"):
        assert any(c == code for c, _ in holders), code


def test_load_is_cached_per_file_tuple():
    assert load_kb() is load_kb()


def test_yaml_user_file_adds_an_actor(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- {code: XYZ, name: Freedonia, kind: state, aliases: [Freedonia, Freedonian]}\n", encoding="utf-8"
    )
    kb = load_kb((str(path),))
    added = [a for a in kb.aliases if kb.actors[a.actor].code == "XYZ"]
    assert {a.tokens for a in added} == {("Freedonia",), ("Freedonian",)}


def test_csv_user_file_reads_pipe_separated_aliases(tmp_path: Path):
    path = tmp_path / "mine.csv"
    rows_text = "code,sector,name,kind,aliases\nUSA,GOV,Acme Agency,state,Acme Agency|AA Agency\n"
    path.write_text(rows_text, encoding="utf-8")
    rows = read_user_file(path)
    assert rows[0]["aliases"] == "Acme Agency|AA Agency"
    kb = load_kb((str(path),))
    assert any(kb.actors[a.actor].name == "Acme Agency" for a in kb.aliases)


@pytest.mark.parametrize("content", ["- {name: No code}\n", "just a string\n"])
def test_malformed_user_file_raises(tmp_path: Path, content: str):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        read_user_file(path)


def test_missing_user_file_raises(tmp_path: Path):
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        read_user_file(tmp_path / "absent.yaml")
