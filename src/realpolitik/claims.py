"""Claims component (placeholder: extracts nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("realpolitik_claims", assigns=["doc._.claims"], requires=["doc.spans"])
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


class ClaimExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc
