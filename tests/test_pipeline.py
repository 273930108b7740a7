from realpolitik.pipeline import run_paths

ARTICLE = """Talks resume in Singapore

Kim Jong-un met Donald Trump in Singapore on Tuesday. China welcomed the meeting.
"""


def _folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")  # same text: a duplicate
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    return tmp_path


def test_every_input_gets_one_status_and_run_goes_on(tmp_path, settings, store, nlp):
    report = run_paths([str(_folder(tmp_path))], settings, store, nlp=nlp)
    states = dict(store.con.execute("SELECT origin, state FROM inputs").fetchall())
    assert len(states) == 4 == report.inputs
    assert sorted(states.values()) == ["duplicate", "error", "error", "ok"]
    assert store.counts()["documents"] == 1


def test_issue2_rerunning_the_same_input_adds_nothing(tmp_path, settings, store, nlp):
    folder = _folder(tmp_path)
    run_paths([str(folder)], settings, store, nlp=nlp)
    before = store.counts()
    again = run_paths([str(folder)], settings, store, nlp=nlp)
    assert store.counts() == before
    assert again.resumed >= 2


def test_offsets_point_into_the_text_as_given(tmp_path, settings, store, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run_paths([str(tmp_path)], settings, store, nlp=nlp)
    source = store.con.execute("SELECT source_text FROM documents").fetchone()[0]
    for start, end, text in store.con.execute("SELECT start, \"end\", text FROM mentions").fetchall():
        assert source[start:end] == text


def test_issue5_evidence_never_spans_a_removed_ad(nlp, store, settings, tmp_path):
    text = ("Kim visits Beijing\n\nKim Jong Un met Xi Jinping in Beijing on Tuesday.\n\n"
            "Need cash fast? QuickBridge Loans approves personal loans of up to $5,000 in minutes. "
            "Apply today with code FASTCASH.\n\nThe two leaders discussed trade.\n")
    path = tmp_path / "a.txt"
    path.write_text(text)
    run_paths([str(path)], settings, store, nlp=nlp)
    rows = store.con.execute("SELECT sentence_text FROM events UNION ALL SELECT text FROM sentences").fetchall()
    assert rows and not any("QuickBridge" in r[0] for r in rows)
