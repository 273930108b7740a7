from datetime import date

import pytest

from realpolitik.errors import StoreError
from realpolitik.records import (
    ActorRef,
    Document,
    Event,
    Extraction,
    InputState,
    InputStatus,
    Modality,
    OffsetMap,
    TextSpan,
    document_id,
)
from realpolitik.store import SCHEMA_VERSION, Store


def _document(text: str = "China sent aid to North Korea.") -> Document:
    return Document(id=document_id(text), origin="t.txt", source_text=text, text=text,
                    offsets=OffsetMap.identity(len(text)), published=date(2018, 6, 12))


def _event(doc: Document) -> Event:
    return Event(document=doc.id, source=ActorRef("CHN", None, "China", 0, 5),
                 target=ActorRef("PRK", None, "North Korea", 18, 29), plover="AID", mode=None, cameo="070",
                 quad=2, goldstein=7.0, modality=Modality.ASSERTED, trigger=TextSpan(6, 10, "sent"),
                 sentence=TextSpan(0, 30, doc.text), date="2018-05", date_precision="month")


def test_new_store_is_at_current_schema(store):
    assert store.schema_version() == SCHEMA_VERSION


def test_writing_the_same_document_twice_adds_nothing(store):
    doc = _document()
    first = store.write(Extraction(doc, events=(_event(doc),)))
    second = store.write(Extraction(doc, events=(_event(doc),)))
    assert first.document_added and not second.document_added
    assert store.counts()["events"] == 1
    assert store.counts()["documents"] == 1


def test_a_batch_skips_stored_documents_and_its_own_repeats(store):
    stored, fresh = _document(), _document("Russia sent aid to Syria.")
    store.write(Extraction(stored))
    results = store.write_many([Extraction(stored), Extraction(fresh), Extraction(fresh)])
    assert [r.document_added for r in results] == [False, True, False]
    assert store.counts()["documents"] == 2


def test_effective_date_comes_from_event_date(store):
    doc = _document()
    store.write(Extraction(doc, events=(_event(doc),)))
    assert store.con.execute("SELECT effective_date FROM events").fetchone()[0] == date(2018, 5, 1)


def test_inputs_table_keeps_one_row_per_origin(store):
    store.record_input(InputStatus("a.txt", InputState.ERROR, "empty input"))
    store.record_input(InputStatus("a.txt", InputState.OK, "", "abc"))
    assert store.con.execute("SELECT state FROM inputs").fetchall() == [("ok",)]
    assert store.done_origins() == {"a.txt"}


def test_file_store_reopens_without_migrating_again(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as s:
        s.write(Extraction(_document()))
    with Store(path) as s:
        assert s.counts()["documents"] == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as s:
        s.con.execute("INSERT INTO schema_version VALUES (999, current_timestamp)")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_export_parquet_writes_every_table(store, tmp_path):
    store.write(Extraction(_document()))
    files = store.export_parquet(tmp_path / "out")
    assert {f.stem for f in files} >= {"documents", "events", "claims", "inputs"}
