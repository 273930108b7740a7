"""The store stage: one embedded DuckDB file, schema versioned by migrations.

Re-running the same input adds nothing: documents are keyed by the hash of their
normalised text, and a document's rows are written only when the document is new.
Every input gets one row in ``inputs`` with its state and reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from realpolitik.errors import StoreError
from realpolitik.records import ActorRef, Claim, Document, Event, Extraction, InputStatus

log = logging.getLogger(__name__)

# Each entry upgrades the schema by one version; never edit a released entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE inputs (
        origin VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, reason VARCHAR, document VARCHAR,
        size BIGINT, updated_at TIMESTAMP DEFAULT current_timestamp);
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, author VARCHAR,
        outlet VARCHAR, published DATE, language VARCHAR, source_text VARCHAR, text VARCHAR,
        near_duplicate_of VARCHAR, added_at TIMESTAMP DEFAULT current_timestamp);
    CREATE TABLE removed_spans (
        document VARCHAR, start INTEGER, "end" INTEGER, reason VARCHAR, text VARCHAR);
    CREATE TABLE sentences (
        document VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR);
    CREATE TABLE mentions (
        document VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, code VARCHAR, sector VARCHAR,
        name VARCHAR, kind VARCHAR, reason VARCHAR);
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, document VARCHAR,
        source_code VARCHAR, source_sector VARCHAR, source_text VARCHAR, source_start INTEGER,
        source_end INTEGER, source_name VARCHAR,
        target_code VARCHAR, target_sector VARCHAR, target_text VARCHAR, target_start INTEGER,
        target_end INTEGER, target_name VARCHAR,
        plover VARCHAR, mode VARCHAR, cameo VARCHAR, quad INTEGER, goldstein DOUBLE, modality VARCHAR,
        attributed_code VARCHAR, attributed_sector VARCHAR, attributed_text VARCHAR,
        attributed_start INTEGER, attributed_end INTEGER,
        date VARCHAR, date_precision VARCHAR, effective_date DATE, location VARCHAR,
        trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR);
    CREATE TABLE claims (
        id VARCHAR PRIMARY KEY, document VARCHAR, holder VARCHAR, subject VARCHAR, relation VARCHAR,
        object VARCHAR[], value DOUBLE, unit VARCHAR, stance VARCHAR,
        sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR);
    """,
    # 2: who coded each event: a lexicon rule, or the learned sentence typer with its probability.
    """
    ALTER TABLE events ADD COLUMN coded_by VARCHAR DEFAULT 'lexicon';
    ALTER TABLE events ADD COLUMN confidence DOUBLE;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
BATCH_TABLES = ("documents", "removed_spans", "sentences", "mentions", "events", "claims")
DOCUMENT_COLUMNS = ("id", "origin", "url", "title", "author", "outlet", "published", "language", "source_text",
                    "text", "near_duplicate_of")


@dataclass(frozen=True)
class WriteResult:
    """What one write added: a document that was already stored adds nothing."""

    document_added: bool
    events: int = 0
    claims: int = 0


class Store:
    """A DuckDB connection with realpolitik's schema; use as a context manager."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def schema_version(self) -> int:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema {current}, newer than this realpolitik "
                             f"({SCHEMA_VERSION}); upgrade realpolitik")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.con.execute("BEGIN")
            self.con.execute(MIGRATIONS[version - 1])
            self.con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version])
            self.con.execute("COMMIT")
            log.info("store %s migrated to schema %d", self.path, version)

    # -- inputs ---------------------------------------------------------------------------------

    def record_input(self, status: InputStatus) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO inputs (origin, state, reason, document, size) VALUES (?, ?, ?, ?, ?)",
            [status.origin, str(status.state), status.reason, status.document, status.size])

    def done_origins(self) -> set[str]:
        """Origins already handled for good (ok, skipped or duplicate), for resuming a run."""
        rows = self.con.execute("SELECT origin FROM inputs WHERE state <> 'error'").fetchall()
        return {r[0] for r in rows}

    def has_document(self, document_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone()
        return row is not None

    def _stored_ids(self, document_ids: Sequence[str]) -> set[str]:
        """Which of these documents are stored already (one query for a batch)."""
        if not document_ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE list_contains(?, id)", [list(document_ids)])
        return {r[0] for r in rows.fetchall()}

    def documents(self) -> Iterable[tuple[str, str]]:
        """(id, text) of every stored document, for seeding the duplicate index."""
        return self.con.execute("SELECT id, text FROM documents").fetchall()

    # -- extractions ----------------------------------------------------------------------------

    def write(self, extraction: Extraction) -> WriteResult:
        """Stores one document and everything extracted from it, unless it is stored already."""
        return self.write_many([extraction])[0]

    def write_many(self, extractions: Sequence[Extraction]) -> list[WriteResult]:
        """Stores a batch in one transaction (one insert per table: DuckDB's per-insert cost dominates
        small documents); documents stored already, or twice in the batch, add nothing."""
        results: list[WriteResult] = []
        fresh: list[Extraction] = []
        seen = self._stored_ids([e.document.id for e in extractions])
        for extraction in extractions:
            doc_id = extraction.document.id
            added = doc_id not in seen
            seen.add(doc_id)
            fresh += [extraction] if added else []
            results.append(WriteResult(added, len(extraction.events), len(extraction.claims)) if added
                           else WriteResult(document_added=False))
        if fresh:
            self._insert_batch(fresh)
        return results

    def _insert_batch(self, extractions: Sequence[Extraction]) -> None:
        rows: dict[str, list[tuple[object, ...]]] = {t: [] for t in BATCH_TABLES}
        for extraction in extractions:
            doc = extraction.document
            rows["documents"].append((doc.id, doc.origin, doc.url, doc.title, doc.author, doc.outlet,
                                      doc.published, doc.language, doc.source_text, doc.text,
                                      doc.near_duplicate_of))
            rows["removed_spans"] += [(doc.id, r.start, r.end, r.reason, r.text) for r in doc.removed]
            rows["sentences"] += [(s.document, s.index, s.start, s.end, s.text) for s in extraction.sentences]
            rows["mentions"] += [(m.document, m.start, m.end, m.text, m.actor.code, m.actor.sector, m.actor.name,
                                  str(m.actor.kind), m.reason) for m in extraction.mentions]
            rows["events"] += [event_row(e, doc) for e in _unique(extraction.events, event_id)]
            rows["claims"] += [claim_row(c, doc) for c in _unique(extraction.claims, claim_id)]
        self.con.execute("BEGIN")
        try:
            for table in BATCH_TABLES:
                self._insert_rows(table, rows[table], DOCUMENT_COLUMNS if table == "documents" else None)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _insert_rows(self, table: str, rows: Sequence[tuple[object, ...]],
                     columns: Sequence[str] | None = None) -> None:
        """Inserts rows given in the order of the table's columns (or of ``columns``). DuckDB reads the Arrow
        table straight from this function's variable, by position: no catalog view to register and drop, no
        query for the column names (together a third of the store's time on small batches)."""
        if not rows:
            return
        incoming = pa.table({f"c{i}": [row[i] for row in rows] for i in range(len(rows[0]))})  # noqa: F841
        target = "" if columns is None else "(" + ", ".join(f'"{c}"' for c in columns) + ")"
        self.con.execute(f"INSERT INTO {table} {target} SELECT * FROM incoming")

    def counts(self) -> dict[str, int]:
        tables = ("inputs", "documents", "sentences", "mentions", "events", "claims")
        return {t: self._count(t) for t in tables}

    def _count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def export_parquet(self, folder: Path) -> list[Path]:
        """Every table as one Parquet file in ``folder``, for exchange."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in ("inputs", "documents", "sentences", "mentions", "events", "claims", "removed_spans"):
            target = folder / f"{table}.parquet"
            self.con.execute(f"COPY {table} TO '{target.as_posix()}' (FORMAT PARQUET)")
            written.append(target)
        return written


def _unique(items: Iterable, key) -> list:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def _ref(ref: ActorRef | None) -> tuple[object, ...]:
    if ref is None:
        return (None,) * 6
    return (ref.code, ref.sector, ref.text, ref.start, ref.end, ref.name)


def event_id(event: Event) -> str:
    from realpolitik.records import document_id

    target = event.target.code if event.target else ""
    return document_id(f"{event.document}|{event.trigger.start}|{event.source.start}|{event.source.code}|"
                       f"{target}|{event.cameo}")


def claim_id(claim: Claim) -> str:
    from realpolitik.records import document_id

    return document_id(f"{claim.document}|{claim.sentence.start}|{claim.holder}|{claim.subject}|"
                       f"{claim.relation}|{','.join(claim.object)}")


def effective_date(event: Event, published: date | None) -> date | None:
    """The first day of the event's stated period, else the article's publication date."""
    if event.date:
        parts = event.date.split("-")
        try:
            return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                        int(parts[2]) if len(parts) > 2 else 1)
        except (ValueError, IndexError):
            return published
    return published


def event_row(event: Event, doc: Document) -> tuple[object, ...]:
    attributed = _ref(event.attributed_to)[:5]
    return (event_id(event), event.document, *_ref(event.source), *_ref(event.target),
            event.plover, event.mode, event.cameo, event.quad, event.goldstein, str(event.modality),
            *attributed, event.date, event.date_precision, effective_date(event, doc.published), event.location,
            event.trigger.text, event.trigger.start, event.trigger.end,
            event.sentence.start, event.sentence.end, event.sentence.text, event.coded_by, event.confidence)


def claim_row(claim: Claim, doc: Document) -> tuple[object, ...]:
    return (claim_id(claim), claim.document, claim.holder, claim.subject, claim.relation, list(claim.object),
            claim.value, claim.unit, claim.stance, claim.sentence.start, claim.sentence.end, claim.sentence.text)
