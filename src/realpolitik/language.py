"""Offline language identification (py3langid), loaded once per process."""

from __future__ import annotations

from functools import lru_cache

# Shorter texts give unreliable guesses; they are taken as the first configured language.
MIN_WORDS = 8
MIN_CONFIDENCE = 0.6
# The identifier's cost grows with the text; a news text's first 1,500 characters already give a confident
# guess (D23), and long articles no longer pay for their whole length.
SAMPLE_CHARS = 1500
# Varieties the English pipeline reads as English. The identifier takes name-heavy English news sentences
# for Nigerian Pidgin ("Former US President Barack Obama on Sunday held separate talks with President Uhuru
# Kenyatta ..." at 0.70), and Pidgin itself is English-lexified.
READ_AS = {"pcm": "en"}


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str, default: str = "en") -> tuple[str, float]:
    """(ISO 639-1 code, confidence); ``default`` with confidence 0 when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return default, 0.0
    code, confidence = _identifier().classify(sample)
    return READ_AS.get(str(code), str(code)), float(confidence)


def is_accepted(code: str, confidence: float, languages: tuple[str, ...]) -> bool:
    """Only a confident guess of another language rejects a text."""
    return not languages or code in languages or confidence < MIN_CONFIDENCE
