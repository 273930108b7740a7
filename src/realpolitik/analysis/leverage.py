"""The leverage score of one actor over another, computed in SQL from claims and events.

    score(A over B) = 2*L + 1*D + S + 0.5*G + 0.25*C + 0.5*K

where every count is of independent sources (near duplicates count once):
  L  claims that A has_leverage_over B
  D  dependence claims: B trade_/aid_/energy_dependent_on A, A largest_trading_partner_of B, A patron_of B
  S  the largest stated dependence share (0..1) among those claims, 0 when none states one
  G  documents reporting AID events from A to B
  C  documents reporting other material cooperation (quad 2) from A to B
  K  documents reporting SANCTION, THREATEN or COERCE events from A to B
Claims the author disputes or disagrees with do not count. The ``basis`` column lists the inputs.
"""

from __future__ import annotations

LEVERAGE_FORMULA = "2*L + 1*D + S + 0.5*G + 0.25*C + 0.5*K"
WEIGHTS = {"leverage_claims": 2.0, "dependence_claims": 1.0, "aid_events": 0.5,
           "cooperation_events": 0.25, "coercion_events": 0.5}

_DEPENDENT = "('trade_dependent_on', 'aid_dependent_on', 'energy_dependent_on')"
_PATRON = "('largest_trading_partner_of', 'patron_of')"


def leverage_sql(event_where: str, claim_where: str) -> str:
    """The query; event filter params come first, then claim filter params."""
    w = WEIGHTS
    return f"""
    WITH ev AS (
        SELECT e.source_code AS holder, e.target_code AS over, coalesce(d.near_duplicate_of, d.id) AS key,
               CASE WHEN e.plover = 'AID' THEN 'aid'
                    WHEN e.plover IN ('SANCTION', 'THREATEN', 'COERCE') THEN 'coercion'
                    WHEN e.quad = 2 THEN 'cooperation' END AS basis
        FROM events e JOIN documents d ON d.id = e.document
        WHERE e.target_code IS NOT NULL AND e.source_code <> e.target_code AND e.modality = 'asserted'
          AND {event_where}),
    cl AS (
        SELECT CASE WHEN c.relation IN {_DEPENDENT} THEN c.object[1] ELSE c.subject END AS holder,
               CASE WHEN c.relation IN {_DEPENDENT} THEN c.subject ELSE c.object[1] END AS over,
               coalesce(d.near_duplicate_of, d.id) AS key, c.value,
               CASE WHEN c.relation = 'has_leverage_over' THEN 'leverage' ELSE 'dependence' END AS basis
        FROM claims c JOIN documents d ON d.id = c.document
        WHERE c.stance IN ('asserts', 'reports') AND len(c.object) = 1
          AND (c.relation IN {_DEPENDENT} OR c.relation IN {_PATRON} OR c.relation = 'has_leverage_over')
          AND {claim_where}),
    parts AS (
        SELECT holder, over, basis, key, NULL::DOUBLE AS value FROM ev WHERE basis IS NOT NULL
        UNION ALL SELECT holder, over, basis, key, value FROM cl),
    counted AS (
        SELECT holder, over,
               count(DISTINCT key) FILTER (WHERE basis = 'leverage') AS leverage_claims,
               count(DISTINCT key) FILTER (WHERE basis = 'dependence') AS dependence_claims,
               coalesce(max(value) FILTER (WHERE basis = 'dependence'), 0) AS max_share,
               count(DISTINCT key) FILTER (WHERE basis = 'aid') AS aid_events,
               count(DISTINCT key) FILTER (WHERE basis = 'cooperation') AS cooperation_events,
               count(DISTINCT key) FILTER (WHERE basis = 'coercion') AS coercion_events
        FROM parts WHERE holder IS NOT NULL AND over IS NOT NULL GROUP BY holder, over)
    SELECT holder, over,
           {w['leverage_claims']} * leverage_claims + {w['dependence_claims']} * dependence_claims + max_share
           + {w['aid_events']} * aid_events + {w['cooperation_events']} * cooperation_events
           + {w['coercion_events']} * coercion_events AS score,
           format('leverage claims={{}}; dependence claims={{}} (max share {{:.2f}}); aid events={{}}; '
                  || 'material cooperation={{}}; coercion events={{}}', leverage_claims, dependence_claims,
                  max_share, aid_events, cooperation_events, coercion_events) AS basis,
           leverage_claims, dependence_claims, max_share, aid_events, cooperation_events, coercion_events
    FROM counted ORDER BY score DESC, holder, over"""
