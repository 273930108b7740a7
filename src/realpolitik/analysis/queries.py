"""Analysis queries over the store, each ``f(con, **filters) -> pandas.DataFrame``.

All aggregation runs in DuckDB SQL so that they answer in well under a second on 100,000 events.
Independence: a document that is a near duplicate of another (``documents.near_duplicate_of``)
counts as the same source as the one it duplicates; ``sources`` columns count distinct
``coalesce(near_duplicate_of, id)``.

Merging (``events``): reports of the same event are one row when they share source, target and
PLOVER type and either the same named occasion ("the Singapore summit") or the same 7-day window.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

BUCKETS = ("day", "week", "month", "year")
# The functions the CLI and web may call by name (the module also imports other names).
QUERIES = ("events", "dyads", "dyad_totals", "dyad_shifts", "relations", "claims", "leverage", "actors")

# Claims that say the reverse pair's dependence: "CHN largest_trading_partner_of PRK" supports
# "PRK trade_dependent_on CHN" (documented in docs/summary.md).
IMPLIED_RELATIONS = {"largest_trading_partner_of": "trade_dependent_on"}

# Cheap substring tests first: the regular expression runs only on sentences that may name an occasion.
_OCCASION_HINT = " OR ".join(f"contains(e.sentence_text, '{w}')" for w in ("summit", "talks", "conference",
                                                                          "meeting", "visit", "forum"))
_OCCASION = r"((?:[A-Z][\w-]+ )+(?:summit|talks|conference|meeting|visit|forum))"


def _event_filter(since: date | None, actor: str | None, alias: str = "e") -> tuple[str, list[object]]:
    clauses: list[str] = ["TRUE"]
    params: list[object] = []
    if since is not None:
        clauses.append(f"{alias}.effective_date >= ?")
        params.append(since)
    if actor:
        clauses.append(f"({alias}.source_code = ? OR {alias}.target_code = ?)")
        params += [actor, actor]
    return " AND ".join(clauses), params


def _claim_filter(since: date | None, actor: str | None) -> tuple[str, list[object]]:
    clauses: list[str] = ["TRUE"]
    params: list[object] = []
    if since is not None:
        clauses.append("(d.published IS NULL OR d.published >= ?)")
        params.append(since)
    if actor:
        clauses.append("(c.subject = ? OR list_contains(c.object, ?))")
        params += [actor, actor]
    return " AND ".join(clauses), params


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> pd.DataFrame:
    return con.execute(sql, params).df()


# Asserted events between two different actors: what dyad counts and tone shifts are made of.
_ASSERTED_PAIR = "e.target_code IS NOT NULL AND e.source_code <> e.target_code AND e.modality = 'asserted'"


def events(con: duckdb.DuckDBPyConnection, since: date | None = None, actor: str | None = None,
           limit: int | None = None, top: int | None = None, pairs_only: bool = False) -> pd.DataFrame:
    """Merged events: one row per event however many documents report it, with its reports listed.

    ``top`` keeps only the most widely reported events (by independent sources), still in date order;
    ``pairs_only`` drops events without a target. Events by an unnamed actor (source code ``""``) merge only
    when told in the same sentence (copies of one report): nothing else says two of them are by one actor.
    """
    where, params = _event_filter(since, actor)
    if pairs_only:
        where += " AND e.target_code IS NOT NULL"
    limit_sql = f"LIMIT {int(limit)}" if limit else ""
    top_sql = f"QUALIFY row_number() OVER (ORDER BY count(DISTINCT source_key) DESC, count(*) DESC, " \
              f"min(effective_date)) <= {int(top)}" if top else ""
    sql = f"""
    WITH e AS (
        SELECT e.*, coalesce(d.near_duplicate_of, d.id) AS source_key,
               coalesce(CASE WHEN {_OCCASION_HINT} THEN nullif(regexp_extract(e.sentence_text, '{_OCCASION}', 1),
                                                                  '') END,
                        strftime(time_bucket(INTERVAL 7 DAY, e.effective_date), 'week of %Y-%m-%d')) AS occasion
        FROM events e JOIN documents d ON d.id = e.document
        WHERE e.modality = 'asserted' AND {where})
    SELECT source_code AS source, target_code AS target, plover, occasion,
           min(effective_date) AS date, any_value(cameo) AS cameo, round(avg(quad)) ::INTEGER AS quad,
           avg(goldstein) AS goldstein, count(*) AS reports, count(DISTINCT source_key) AS sources,
           list(DISTINCT document ORDER BY document) AS documents, list(id ORDER BY id) AS event_ids,
           arg_min(sentence_text, length(sentence_text)) AS evidence,
           arg_min(document, length(sentence_text)) AS evidence_document
    FROM e
    GROUP BY source_code, target_code, plover, occasion, CASE WHEN source_code = '' THEN sentence_text END {top_sql}
    ORDER BY date NULLS LAST, source, target, plover {limit_sql}"""
    return _frame(con, sql, params)


def dyads(con: duckdb.DuckDBPyConnection, bucket: str = "month", since: date | None = None,
          actor: str | None = None) -> pd.DataFrame:
    """Counts by quad class and Goldstein totals per unordered actor pair and period."""
    if bucket not in BUCKETS:
        raise ValueError(f"bucket must be one of {BUCKETS}, not {bucket!r}")
    where, params = _event_filter(since, actor)
    sql = f"""
    SELECT least(source_code, target_code) AS actor_a, greatest(source_code, target_code) AS actor_b,
           date_trunc('{bucket}', effective_date)::DATE AS period, count(*) AS events,
           count(*) FILTER (WHERE quad = 1) AS verbal_cooperation,
           count(*) FILTER (WHERE quad = 2) AS material_cooperation,
           count(*) FILTER (WHERE quad = 3) AS verbal_conflict,
           count(*) FILTER (WHERE quad = 4) AS material_conflict,
           count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation,
           count(*) FILTER (WHERE quad IN (3, 4)) AS conflict,
           sum(goldstein) AS goldstein_total, avg(goldstein) AS goldstein_mean,
           list(id ORDER BY effective_date, id) AS event_ids
    FROM events e
    WHERE {_ASSERTED_PAIR}
      AND {where}
    GROUP BY ALL ORDER BY actor_a, actor_b, period NULLS FIRST"""
    return _frame(con, sql, params)


def dyad_totals(con: duckdb.DuckDBPyConnection, since: date | None = None, actor: str | None = None,
                limit: int | None = None) -> pd.DataFrame:
    """One row per unordered pair over the whole period, busiest first, with up to 50 event ids."""
    where, params = _event_filter(since, actor)
    limit_sql = f"LIMIT {int(limit)}" if limit else ""
    sql = f"""
    SELECT least(source_code, target_code) AS actor_a, greatest(source_code, target_code) AS actor_b,
           count(*) AS events, count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation,
           count(*) FILTER (WHERE quad IN (3, 4)) AS conflict,
           sum(goldstein) AS goldstein_total, avg(goldstein) AS goldstein_mean,
           list(id ORDER BY effective_date, id)[1:50] AS event_ids
    FROM events e
    WHERE {_ASSERTED_PAIR}
      AND {where}
    GROUP BY ALL ORDER BY events DESC, actor_a, actor_b {limit_sql}"""
    return _frame(con, sql, params)


def dyad_shifts(con: duckdb.DuckDBPyConnection, since: date | None = None,
                actor: str | None = None) -> pd.DataFrame:
    """Steps at which a pair's tone turned (conflict -> cooperation or back), with the events behind it.

    A step is a day for dated events; undated events are ordered by document and position in it, so
    that an article telling "threats, then a summit" still shows the shift.
    """
    frame_where, params = _event_filter(since, actor)
    sql = f"""
    WITH steps AS (
        SELECT least(source_code, target_code) AS actor_a, greatest(source_code, target_code) AS actor_b,
               coalesce(strftime(effective_date, '%Y-%m-%d'),
                        'undated ' || document || ' @' || lpad(sentence_start::VARCHAR, 7, '0')) AS step,
               min(effective_date) AS day, sum(goldstein) AS goldstein, list(id ORDER BY id) AS event_ids
        FROM events e
        WHERE {_ASSERTED_PAIR}
          AND e.goldstein <> 0 AND {frame_where}
        GROUP BY ALL),
    toned AS (
        SELECT *, sign(goldstein) AS tone,
               lag(sign(goldstein)) OVER w AS previous_tone, lag(step) OVER w AS previous_step,
               lag(event_ids) OVER w AS previous_ids
        FROM steps WINDOW w AS (PARTITION BY actor_a, actor_b ORDER BY day NULLS LAST, step))
    SELECT actor_a, actor_b, previous_step AS from_step, step AS to_step,
           CASE WHEN tone > 0 THEN 'conflict -> cooperation' ELSE 'cooperation -> conflict' END AS direction,
           list_concat(previous_ids, event_ids) AS event_ids
    FROM toned WHERE previous_tone IS NOT NULL AND tone <> previous_tone
    ORDER BY actor_a, actor_b, day NULLS LAST, to_step"""
    return _frame(con, sql, params)


def claims(con: duckdb.DuckDBPyConnection, since: date | None = None, actor: str | None = None) -> pd.DataFrame:
    """Claims grouped by holder, subject, relation, object and stance, with their documents.

    ``contested``: the author disputes or disagrees with it, or sources take different stances on it.
    """
    where, params = _claim_filter(since, actor)
    sql = f"""
    SELECT c.holder, c.subject, c.relation, c.object, max(c.value) AS value, any_value(c.unit) AS unit,
           c.stance, list(DISTINCT c.document ORDER BY c.document) AS documents,
           count(DISTINCT coalesce(d.near_duplicate_of, d.id)) AS sources,
           arg_min(c.sentence_text, length(c.sentence_text)) AS evidence,
           arg_min(c.document, length(c.sentence_text)) AS evidence_document,
           c.stance IN ('disputes', 'disagrees')
             OR min(c.stance) OVER same_claim <> max(c.stance) OVER same_claim AS contested
    FROM claims c JOIN documents d ON d.id = c.document
    WHERE {where}
    GROUP BY c.holder, c.subject, c.relation, c.object, c.stance
    WINDOW same_claim AS (PARTITION BY c.subject, c.relation, c.object)
    ORDER BY sources DESC, c.relation, c.subject"""
    return _frame(con, sql, params)


def _relation_rows_sql(event_where: str, claim_where: str) -> str:
    implied = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in IMPLIED_RELATIONS.items())
    return f"""
    WITH event_rel AS (
        SELECT e.source_code AS source, e.target_code AS target, e.plover AS kind, e.document,
               coalesce(d.near_duplicate_of, d.id) AS source_key, e.sentence_text AS sentence, 1 AS is_event
        FROM events e JOIN documents d ON d.id = e.document
        WHERE {_ASSERTED_PAIR}
          AND {event_where}),
    claim_rel AS (
        SELECT c.subject AS source, array_to_string(list_sort(c.object), '+') AS target, c.relation AS kind,
               c.document, coalesce(d.near_duplicate_of, d.id) AS source_key, c.sentence_text AS sentence,
               0 AS is_event
        FROM claims c JOIN documents d ON d.id = c.document
        WHERE c.stance IN ('asserts', 'reports') AND {claim_where}),
    implied_rel AS (
        SELECT target AS source, source AS target, CASE kind {implied} END AS kind, document, source_key,
               sentence, 0 AS is_event
        FROM claim_rel WHERE kind IN ({", ".join(f"'{k}'" for k in IMPLIED_RELATIONS)})
          AND target NOT LIKE '%+%'),
    rel AS (SELECT * FROM event_rel UNION ALL SELECT * FROM claim_rel UNION ALL SELECT * FROM implied_rel)"""


def relations(con: duckdb.DuckDBPyConnection, since: date | None = None, actor: str | None = None,
              limit: int | None = None) -> pd.DataFrame:
    """Typed relations from events (PLOVER type) and claims (claim relation), strongest first."""
    event_where, event_params = _event_filter(since, actor)
    claim_where, claim_params = _claim_filter(since, actor)
    limit_sql = f"LIMIT {int(limit)}" if limit else ""
    sql = _relation_rows_sql(event_where, claim_where) + f"""
    SELECT source, target, kind, list(DISTINCT document ORDER BY document) AS documents,
           sum(is_event)::BIGINT AS events, count(DISTINCT source_key) AS sources,
           arg_min(sentence, length(sentence)) AS evidence, arg_min(document, length(sentence)) AS evidence_document
    FROM rel GROUP BY source, target, kind
    ORDER BY sources DESC, events DESC, source, target, kind {limit_sql}"""
    return _frame(con, sql, event_params + claim_params)


def actors(con: duckdb.DuckDBPyConnection, since: date | None = None, limit: int | None = None) -> pd.DataFrame:
    """Actors by the number of documents that mention them, with their commonest name."""
    where = "d.published IS NULL OR d.published >= ?" if since else "TRUE"
    limit_sql = f"LIMIT {int(limit)}" if limit else ""
    sql = f"""
    SELECT m.code, mode(m.name) AS name, count(DISTINCT m.document) AS documents, count(*) AS mentions
    FROM mentions m JOIN documents d ON d.id = m.document
    WHERE m.code IS NOT NULL AND ({where})
    GROUP BY m.code ORDER BY documents DESC, mentions DESC, m.code {limit_sql}"""
    return _frame(con, sql, [since] if since else [])


def leverage(con: duckdb.DuckDBPyConnection, since: date | None = None, actor: str | None = None) -> pd.DataFrame:
    """Leverage of ``holder`` over ``over`` per directed pair; see LEVERAGE_FORMULA in analysis.leverage."""
    from realpolitik.analysis.leverage import leverage_sql

    event_where, event_params = _event_filter(since, actor)
    claim_where, claim_params = _claim_filter(since, actor)
    return _frame(con, leverage_sql(event_where, claim_where), event_params + claim_params)
