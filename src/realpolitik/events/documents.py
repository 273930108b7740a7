"""The author of a text is the source of what the text does.

"The European Parliament approved a resolution criticizing the Nicaraguan government and calling for
sanctions": the participles of a resolution, statement or letter have no subject of their own; whoever
issues, adopts or signs the text (or owns it: "Iran's statement condemning the strikes") criticizes and calls.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.events.roles import ActorIndex

DOCUMENTS = frozenset({"resolution", "statement", "declaration", "communique", "communiqué", "letter", "motion",
                       "decree", "note", "memo", "memorandum", "message", "bill", "petition"})
# Verbs whose subject writes, adopts or sends the text they take as object.
AUTHORING = frozenset({"issue", "adopt", "approve", "pass", "release", "publish", "sign", "send", "draft",
                       "introduce", "submit", "unveil", "put", "deliver", "circulate", "write", "sponsor"})


def document_author(index: ActorIndex, verb: Token) -> list[Span]:
    """The author of the text a subjectless participle ("criticizing", "calling") describes, or none."""
    first = verb
    while first.dep_ == "conj":
        first = first.head  # "criticizing … and calling for sanctions"
    noun = first.head
    if first.dep_ != "acl" or first.tag_ != "VBG" or noun.lemma_.lower() not in DOCUMENTS:
        return []
    # Its own author first: "Iran's statement", "a letter from Iran" (not whoever published it).
    owners = [s for c in noun.children if c.dep_ == "poss" for s in index.in_phrase(c)]
    owners = owners or [s for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                        for g in c.children if g.dep_ == "pobj" for s in index.in_phrase(g)]
    if owners or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in AUTHORING:
        return owners
    return [s for t in index.subject_indices(noun.head.i) for s in index.in_phrase_at(t)]
