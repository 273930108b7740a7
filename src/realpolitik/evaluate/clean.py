"""Cleaning evaluation: article F1 on the clean benchmark (ours and bare trafilatura) and an ad-injection set.

Article F1 is scored as the benchmark scores it: tokens are ``\\w+`` matches, 4-token shingles are
counted, precision and recall are computed per page, and F1 is taken of their means over pages.
The ad set inserts the promotional paragraphs of evals/clean/ads.jsonl (written for this project)
into benchmark pages (HTML, deterministic sample) and into their plain gold texts, with a fixed seed.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import trafilatura
from lxml import html as lxml_html

from realpolitik.clean import clean, clean_text
from realpolitik.errors import RealpolitikError
from realpolitik.records import RawInput
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

ADS_FILE = Path(__file__).resolve().parents[3] / "evals" / "clean" / "ads.jsonl"
SEED = 20240501
HTML_AD_PAGES = 60  # HTML pages that get an ad; a deterministic sample keeps the run near a minute
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class CleanScores:
    pages: int
    article_f1: float
    article_precision: float
    article_recall: float
    trafilatura_f1: float
    ads: int
    ads_removed_text: float
    ads_removed_html: float
    ads_removed: float
    f1_text_clean: float
    f1_text_with_ads: float
    f1_html_clean: float
    f1_html_with_ads: float
    f1_drop_with_ads: float

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1)))


def precision_recall(gold: str, predicted: str) -> tuple[float, float]:
    gold_counts, predicted_counts = shingles(gold), shingles(predicted)
    tp = sum((gold_counts & predicted_counts).values())
    fp = sum((predicted_counts - gold_counts).values())
    fn = sum((gold_counts - predicted_counts).values())
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def corpus_f1(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """(F1, mean precision, mean recall) over (gold, predicted) pairs, F1 of the means."""
    if not pairs:
        return 0.0, 0.0, 0.0
    scores = [precision_recall(gold, predicted) for gold, predicted in pairs]
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def load_benchmark(shared_dir: Path) -> list[tuple[str, str, str]]:
    """(page id, HTML, gold article text) for each page, sorted by id."""
    folder = shared_dir / "data" / "clean-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = folder / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((page_id, gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"),
                          truth[page_id]["articleBody"]))
    if not pages:
        raise RealpolitikError(f"no benchmark pages found in {folder}")
    return pages


def load_ads(path: Path = ADS_FILE) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def our_text(html: str, settings: Settings, origin: str) -> str:
    try:
        return clean(RawInput(origin, html, "text/html"), settings).text
    except RealpolitikError:
        return ""


def insert_into_text(gold: str, ad: str, rng: random.Random) -> str:
    paragraphs = gold.split("\n")
    at = rng.randint(1, max(1, len(paragraphs) - 1))
    return "\n".join([*paragraphs[:at], ad, *paragraphs[at:]])


def insert_into_html(page: str, gold: str, ad: str, rng: random.Random) -> tuple[str, str] | None:
    """(page without, page with) the ad as a new <p> after an article paragraph; None if none is found."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    body = " ".join(gold.split())
    anchors = [p for p in tree.iter("p") if len(p.text_content()) > 60 and " ".join(p.text_content().split()) in body]
    if not anchors:
        return None
    without = lxml_html.tostring(tree, encoding="unicode")
    anchor = anchors[rng.randrange(len(anchors))]
    new = lxml_html.Element("p")
    new.text = ad
    anchor.addnext(new)
    return without, lxml_html.tostring(tree, encoding="unicode")


def _removed(ad: str, cleaned: str) -> bool:
    return ad[:40] not in cleaned


def evaluate_clean(settings: Settings, shared_dir: Path) -> CleanScores:
    pages = load_benchmark(shared_dir)
    ads = load_ads()
    rng = random.Random(SEED)
    settings = replace(settings, languages=())  # the benchmark has other languages; this measures cleaning
    ours = [(gold, our_text(page, settings, page_id)) for page_id, page, gold in pages]
    baseline = [(gold, trafilatura.extract(page) or "") for _, page, gold in pages]
    f1, precision, recall = corpus_f1(ours)
    text_clean, text_ads, text_removed = [], [], 0
    for number, (_, _, gold) in enumerate(pages):
        ad = ads[number % len(ads)]
        raw = RawInput("gold", insert_into_text(gold, ad, rng))
        cleaned = clean_text(raw, title_from_first_line=False).text
        text_ads.append((gold, cleaned))
        text_clean.append((gold, clean_text(RawInput("gold", gold), title_from_first_line=False).text))
        text_removed += _removed(ad, cleaned)
    html_clean, html_ads, html_removed = [], [], 0
    sample = random.Random(SEED).sample(pages, min(HTML_AD_PAGES, len(pages)))
    for number, (page_id, page, gold) in enumerate(sorted(sample)):
        ad = ads[(number + 7) % len(ads)]
        pair = insert_into_html(page, gold, ad, rng)
        if pair is None:
            continue
        html_clean.append((gold, our_text(pair[0], settings, page_id)))
        cleaned = our_text(pair[1], settings, page_id)
        html_ads.append((gold, cleaned))
        html_removed += _removed(ad, cleaned)
    f1_text_clean, f1_text_ads = corpus_f1(text_clean)[0], corpus_f1(text_ads)[0]
    f1_html_clean, f1_html_ads = corpus_f1(html_clean)[0], corpus_f1(html_ads)[0]
    total_ads = len(text_ads) + len(html_ads)
    return CleanScores(
        pages=len(pages), article_f1=f1, article_precision=precision, article_recall=recall,
        trafilatura_f1=corpus_f1(baseline)[0], ads=total_ads,
        ads_removed_text=text_removed / max(1, len(text_ads)), ads_removed_html=html_removed / max(1, len(html_ads)),
        ads_removed=(text_removed + html_removed) / max(1, total_ads),
        f1_text_clean=f1_text_clean, f1_text_with_ads=f1_text_ads, f1_html_clean=f1_html_clean,
        f1_html_with_ads=f1_html_ads,
        f1_drop_with_ads=max(f1_text_clean - f1_text_ads, f1_html_clean - f1_html_ads))
