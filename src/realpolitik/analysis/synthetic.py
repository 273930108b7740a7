"""Synthetic stores for benchmarks: documents, mentions, events and claims generated in SQL."""

from __future__ import annotations

import duckdb

from realpolitik.ontology import load_ontology

COUNTRIES = ("USA", "CHN", "RUS", "PRK", "KOR", "JPN", "IRN", "ISR", "IND", "PAK", "GBR", "FRA", "DEU",
             "UKR", "TUR", "SAU", "SGP", "BRA", "ZAF", "EGY")
CLAIM_RELATIONS = ("trade_dependent_on", "largest_trading_partner_of", "has_leverage_over", "ally_of",
                   "rival_of", "patron_of")


def make_synthetic_store(con: duckdb.DuckDBPyConnection, n_events: int, seed: int) -> None:
    """Fills an (empty, migrated) store with ``n_events`` events over n_events/5 documents, reproducibly."""
    ontology = load_ontology()
    codes = [ontology.get(c) for c in ontology.codes() if len(c) == 3 and ontology.get(c).plover]
    con.execute("SELECT setseed(?)", [((seed % 1000) / 1000.0)])
    con.execute("CREATE TEMP TABLE syn_codes (i INTEGER, cameo VARCHAR, plover VARCHAR, quad INTEGER, g DOUBLE)")
    con.executemany("INSERT INTO syn_codes VALUES (?, ?, ?, ?, ?)",
                    [(i, c.code, c.plover, c.quad, c.goldstein) for i, c in enumerate(codes)])
    con.execute("CREATE TEMP TABLE syn_countries (i INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO syn_countries VALUES (?, ?)", list(enumerate(COUNTRIES)))
    n_docs = max(1, n_events // 5)
    con.execute("""
        INSERT INTO documents (id, origin, title, published, text, near_duplicate_of)
        SELECT 'doc' || i, 'synthetic/' || i, 'Synthetic ' || i, DATE '2020-01-01' + (i % 1500)::INTEGER,
               'text ' || i, CASE WHEN i % 50 = 49 THEN 'doc' || (i - 1) END
        FROM range(?) t(i)""", [n_docs])
    k, m = len(codes), len(COUNTRIES)
    con.execute(f"""
        INSERT INTO events (id, document, source_code, source_name, target_code, target_name, plover, cameo,
                            quad, goldstein, modality, effective_date, trigger_text, sentence_text)
        SELECT 'ev' || r.i, 'doc' || (r.i % ?), s.code, s.code, t.code, t.code, c.plover, c.cameo, c.quad, c.g,
               'asserted', DATE '2020-01-01' + ((r.i % ?) % 1500)::INTEGER, 'trigger',
               'Synthetic sentence ' || r.i || ' about ' || s.code || ' and ' || t.code || '.'
        FROM (SELECT i, floor(random() * {k})::INTEGER AS ci, floor(random() * {m})::INTEGER AS si,
                     floor(random() * {m - 1})::INTEGER AS ti FROM range(?) r(i)) r
        JOIN syn_codes c ON c.i = r.ci JOIN syn_countries s ON s.i = r.si
        JOIN syn_countries t ON t.i = (r.si + 1 + r.ti) % {m}""", [n_docs, n_docs, n_events])
    con.execute("""
        INSERT INTO mentions (document, start, "end", text, code, name, kind)
        SELECT document, 0, 3, source_code, source_code, source_code, 'state' FROM events
        UNION ALL SELECT document, 4, 7, target_code, target_code, target_code, 'state' FROM events""")
    relations = ", ".join(f"'{r}'" for r in CLAIM_RELATIONS)
    con.execute(f"""
        INSERT INTO claims (id, document, holder, subject, relation, object, value, unit, stance, sentence_text)
        SELECT 'cl' || id, document, 'author', source_code, ([{relations}])[1 + (hash(id) % 6)::INTEGER],
               [target_code], NULL, NULL, 'asserts', sentence_text
        FROM events WHERE hash(id) % 10 = 0""")
    con.execute("DROP TABLE syn_codes; DROP TABLE syn_countries")
