"""Promotional paragraphs injected into articles: scored with several independent cues.

One cue alone (a price, a brand name, the word "sale") never removes a paragraph, so an
article about trade or an arms sale keeps its text; an ad shows several cues at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that sell; counted per word of the paragraph.
COMMERCIAL_WORDS = frozenset("""
buy buying shop shopping checkout cart discount discounts coupon coupons promo sale sales
bargain cheapest cheap affordable price prices pricing shipping delivery subscription subscribe
premium bonus bonuses jackpot casino casinos slots slot spins poker roulette blackjack betting bet bets wager
sportsbook payout loan loans lender lenders apr refinance mortgage payday cashback
vape vapes vaping e-liquid eliquid cartridge cartridges pod pods disposable puffs nicotine flavour flavor flavors
flavours coil coils mesh vpn vpns encryption streaming servers supplement supplements capsules gummies vitamin
vitamins collagen keto detox probiotic dosage course courses enroll enrol masterclass certificate
bootcamp lessons tutor sneakers sneaker trainers shoes footwear apparel crypto bitcoin token tokens
airdrop wallet staking nft nfts signals guaranteed risk-free
bestselling best-selling bestseller customers customer store warranty refund money-back trial free
unbeatable unlock instant instantly effortless boost brand new introducing
skincare serum cream mattress flights earbuds wireless headphones battery kit airflow dealers forex
students enrolment fees debt consolidate bottle bottles save savings cancel anytime newest
""".split())

CALL_TO_ACTION = re.compile(
    r"(^|[.!?]\s+)\s*(buy|shop|order|get|grab|claim|try|join|sign up|subscribe|download|install|enrol+|register|visit|"
    r"click|tap|use (the )?code|save|discover|introducing|meet the|don'?t miss|hurry|act now|start|book|"
    r"upgrade|protect|unlock|play|spin|bet|apply|learn more|find out|check out|call|text|shop now|treat)\b"
    r"|\b(buy now|shop now|order now|order today|sign up|use code|promo code|discount code|coupon code|"
    r"click here|tap here|limited time|while stocks? last|free shipping|free trial|money[- ]back|"
    r"no credit check|instant approval|welcome bonus|free spins|act now|don'?t miss out|learn more|"
    r"visit (our|the) (store|site|website)|available (now|today|at)|link in bio)\b",
    re.IGNORECASE,
)
PRICE = re.compile(r"[$€£¥₹]\s?\d[\d.,]*(?!\d|[.,]?\d|\s?(million|billion|trillion|bn|m)\b)"
                   r"|\d\s?(usd|eur|gbp|dollars?)\b|\b\d{1,3}\s?% off\b|\bhalf price\b", re.IGNORECASE)
URL_OR_CODE = re.compile(
    r"https?://|www\.|\b[\w-]+\.(com|net|io|co|shop|store|bet|app)\b|\b(code|coupon)\s*:?\s*[A-Z0-9]{4,}\b",
    re.IGNORECASE,
)
# News reports attribute what they say; ads do not.
REPORTED = re.compile(
    r"\b(said|says|told (reporters|journalists)|according to|officials?|spokes(man|woman|person))\b", re.IGNORECASE)
SECOND_PERSON = re.compile(r"\b(you|your|yours|you're|you'll)\b", re.IGNORECASE)
# ALLCAPS, CamelCase, letters with digits (O2VAPE, KetoBurn, X9): the shapes of product names.
BRAND_TOKEN = re.compile(
    r"\b(?:[A-Z][A-Z0-9]{2,}|[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Za-z]+\d+[A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z]+)\b")
_WORD = re.compile(r"[\w'-]+")
STOP = frozenset("""
a an the and or but of to in on at by for with from as is are was were be been being it its this that these those
he she they we i you his her their our my your them us him not no so if than then there here what which who whom
will would can could should may might must do does did have has had new more most also just about into over after
""".split())

# Weights of each cue and the score at which a paragraph counts as promotional.
THRESHOLD = 3.0
MIN_COMMERCIAL_DENSITY = 0.05  # share of commercial words for the "commercial words" cue
# Share of commercial words in the rest of an article above which it is itself about buying and selling.
COMMERCIAL_ARTICLE = 0.012
LONG_PARAGRAPH = 70


@dataclass(frozen=True)
class PromoScore:
    """Why a paragraph looks promotional: each cue's contribution and the total."""

    score: float
    cues: tuple[str, ...]

    @property
    def is_promotional(self) -> bool:
        return self.score >= THRESHOLD

    def reason(self) -> str:
        return "promotional: " + ", ".join(self.cues)


def content_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text) if w.casefold() not in STOP and not w.isdigit()]


def score_paragraph(paragraph: str, rest_words: set[str], rest_text: str, rest_commercial: float = 0.0) -> PromoScore:
    """Promotional cues of ``paragraph`` measured against the rest of the article (without it)."""
    words = content_words(paragraph)
    if not words:
        return PromoScore(0.0, ())
    cues: list[tuple[str, float]] = []
    commercial = sum(1 for w in words if w in COMMERCIAL_WORDS)
    density = commercial / len(words)
    if density >= MIN_COMMERCIAL_DENSITY:
        cues.append((f"commercial words {commercial}", min(3.0, 1.0 + 8 * density)))
    if PRICE.search(paragraph):
        cues.append(("price", 1.0))
    if CALL_TO_ACTION.search(paragraph):
        cues.append(("call to action", 1.5))
    if URL_OR_CODE.search(paragraph):
        cues.append(("link or promo code", 1.5))
    if len(SECOND_PERSON.findall(paragraph)) >= 2:
        cues.append(("addresses the reader", 0.75))
    brands = {b for b in BRAND_TOKEN.findall(paragraph) if rest_text.count(b) <= 1}
    if brands:
        cues.append((f"brand {sorted(brands)[0]}", 1.0))
    if len(rest_words) >= 30:
        unique = set(words)
        overlap = len(unique & rest_words) / len(unique)
        if overlap < 0.25:
            cues.append((f"off-topic (overlap {overlap:.2f})", 1.0))
        elif overlap > 0.6:
            cues.append((f"on-topic (overlap {overlap:.2f})", -1.5))
    if REPORTED.search(paragraph):
        cues.append(("reported speech", -1.5))
    if rest_commercial >= COMMERCIAL_ARTICLE:
        # a shopping or finance article may talk about prices and offers in every paragraph
        cues.append((f"commercial article ({rest_commercial:.3f})", -1.5))
    if len(words) > LONG_PARAGRAPH:
        cues.append(("long paragraph", -1.0))
    if not any(name.startswith("commercial words") for name, _ in cues) or len(cues) < 2:
        return PromoScore(0.0, tuple(name for name, _ in cues))
    return PromoScore(sum(weight for _, weight in cues), tuple(name for name, _ in cues))


def has_commercial_cue(words: list[str]) -> bool:
    """The cue every promotional paragraph needs (score_paragraph scores 0 without it)."""
    return commercial_density(words) >= MIN_COMMERCIAL_DENSITY


def commercial_density(words: list[str]) -> float:
    return sum(1 for w in words if w in COMMERCIAL_WORDS) / len(words) if words else 0.0
