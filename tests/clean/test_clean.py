"""Cleaning: metadata lines, debris, promotional paragraphs, offsets, language, near-duplicates."""

from __future__ import annotations

import pytest

from realpolitik.clean import clean, clean_report, clean_text
from realpolitik.dedup import DuplicateIndex
from realpolitik.errors import InputError, SkipInput
from realpolitik.records import RawInput
from realpolitik.settings import Settings

ARTICLE = (
    "China and North Korea sign a trade pact\n\nby Jane Doe\nSource: Example Wire\nPublished: 2024-03-05\n\n"
    "China and North Korea signed a trade agreement in Beijing on Tuesday, officials said.\n"
    "Introducing the FLIP ULTRA from O2VAPE, the smoothest disposable vape. Order today for free shipping.\n"
    "The agreement lowers tariffs on coal and textiles and expands border trade through Dandong.\n"
    "Officials in Pyongyang said the pact would help the economy despite international sanctions.\n"
    "Continue reading\n"
)
SETTINGS = Settings()


def test_metadata_lines_become_metadata_and_ads_are_removed() -> None:
    doc = clean(RawInput("t", ARTICLE), SETTINGS)
    assert doc.title == "China and North Korea sign a trade pact"
    assert (doc.author, doc.outlet, str(doc.published)) == ("Jane Doe", "Example Wire", "2024-03-05")
    assert "O2VAPE" not in doc.text and "Continue reading" not in doc.text
    assert doc.text.startswith("China and North Korea signed")
    reasons = {r.reason.split(":")[0] for r in doc.removed}
    assert {"title", "metadata", "promotional", "web debris"} <= reasons
    for removed in doc.removed:
        assert doc.source_text[removed.start:removed.end] == removed.text


def test_offsets_map_cleaned_text_back_to_source() -> None:
    doc = clean(RawInput("t", ARTICLE), SETTINGS)
    start = doc.text.index("Dandong")
    source_start, source_end = doc.offsets.span_to_source(start, start + len("Dandong"))
    assert doc.source_text[source_start:source_end] == "Dandong"


def test_single_sentence_is_not_taken_as_title() -> None:
    doc = clean(RawInput("t", "Russia and China held joint naval exercises in the Sea of Japan on Monday."), SETTINGS)
    assert doc.title is None and "naval exercises" in doc.text


@pytest.mark.parametrize("paragraph", [
    "The United States approved the sale of 66 F-16 fighter jets to Taiwan for $8 billion, officials said.",
    "Exports of coal to China fell by 20% as prices dropped and sanctions curbed trade with Pyongyang.",
    "Washington offered Seoul a deal to buy more American weapons in exchange for tariff relief.",
])
def test_trade_and_arms_sale_paragraphs_are_kept(paragraph: str) -> None:
    text = ("Talks between Washington, Seoul and Beijing continued on Monday over trade and security.\n"
            f"{paragraph}\n"
            "Officials from South Korea and the United States said the talks on trade and sanctions would go on.\n")
    doc = clean_text(RawInput("t", text), title_from_first_line=False)
    assert paragraph in doc.text, doc.removed


def test_html_is_extracted_with_metadata() -> None:
    body = "".join(f"<p>Paragraph {i}: the ministers of France and Germany met in Paris to discuss the budget "
                   f"and defence spending of the European Union.</p>" for i in range(5))
    html = (f"<html><head><title>Ministers meet in Paris</title><meta name='author' content='Ann Lee'>"
            f"<meta property='article:published_time' content='2023-05-04'></head><body><article><h1>Ministers "
            f"meet in Paris</h1>{body}<p>Sign up for our newsletter</p></article></body></html>")
    doc = clean(RawInput("page.html", html, "text/html"), SETTINGS)
    assert doc.title == "Ministers meet in Paris"
    assert str(doc.published) == "2023-05-04"
    assert "defence spending" in doc.text and "newsletter" not in doc.text


def test_non_english_is_skipped() -> None:
    text = "Der Bundestag hat heute über den Haushalt abgestimmt und die Opposition kritisierte die Regierung scharf."
    with pytest.raises(SkipInput, match="language"):
        clean(RawInput("de", text), SETTINGS)


def test_nothing_left_is_an_input_error() -> None:
    with pytest.raises(InputError):
        clean(RawInput("t", "Advertisement\nShare this\n"), SETTINGS)


def test_near_duplicates_point_to_the_earlier_document() -> None:
    base = " ".join(f"word{i}" for i in range(200))
    index = DuplicateIndex(0.8)
    first = clean_text(RawInput("a", base), title_from_first_line=False)
    index.add(first)
    near = clean_text(RawInput("b", base + " one more"), title_from_first_line=False)
    other = clean_text(RawInput("c", " ".join(f"other{i}" for i in range(200))), title_from_first_line=False)
    assert index.check(near) == first.id
    assert index.check(other) is None


def test_clean_report_as_dict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = clean_report(path, SETTINGS).as_dict()
    assert set(report) == {"text", "title", "author", "outlet", "date", "language", "removed"}
    assert report["date"] == "2024-03-05" and report["language"] == "en"
    assert {"start", "end", "reason", "text"} <= set(report["removed"][0])


def test_seed_noise_lines_are_removed(shared_dir, seeds_gold) -> None:  # type: ignore[no-untyped-def]
    for entry in seeds_gold["documents"]:
        report = clean_report(shared_dir / "seeds" / entry["file"], SETTINGS)
        removed = {r.text.strip() for r in report.removed}
        assert set(entry["noise_lines"]) <= removed
        assert report.title == entry["title"]
        assert all(r.reason in ("title",) or r.reason.startswith(("metadata", "web debris", "promotional"))
                   for r in report.removed)
        assert not any(r.reason.startswith("promotional") and r.text.strip() not in entry["noise_lines"]
                       for r in report.removed)


def test_issue5_share_and_read_more_link_lines_are_debris() -> None:
    text = ("Seoul and Tokyo hold talks\n\nSouth Korea and Japan held talks in Seoul on Monday.\n"
            "Share this article\nRead more: Seoul weighs more missile-defence launchers\n"
            "Officials said the talks would continue next month.\n")
    doc = clean(RawInput("t", text), SETTINGS)
    assert "Share this" not in doc.text and "Read more" not in doc.text
    assert "Officials said the talks would continue" in doc.text
