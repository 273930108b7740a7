from realpolitik.records import OffsetMap, document_id, normalise_text


def test_offset_map_identity_is_identity():
    offsets = OffsetMap.identity(10)
    assert offsets.to_source(0) == 0
    assert offsets.span_to_source(2, 7) == (2, 7)


def test_offset_map_skips_removed_stretch():
    source = "Title\nAd line\nBody text."
    # kept: "Title\n" (0..6) and "Body text." (14..24); cleaned = "Title\nBody text."
    offsets = OffsetMap(((0, 0, 6), (6, 14, 10)))
    cleaned = "Title\nBody text."
    start, end = cleaned.index("Body"), cleaned.index("Body") + 4
    s, e = offsets.span_to_source(start, end)
    assert source[s:e] == "Body"


def test_document_id_ignores_case_and_spacing():
    assert document_id("China  and\nRussia") == document_id("china and russia")
    assert normalise_text(" A\tB ") == "a b"
