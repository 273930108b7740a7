"""Renders a Summary as Markdown or HTML, stating each relation in plain words with its evidence."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.analysis.summary import RelationEntry, Summary

PHRASES = {
    "trade_dependent_on": "depends on {o} for trade", "aid_dependent_on": "depends on {o} for aid",
    "energy_dependent_on": "depends on {o} for energy", "largest_trading_partner_of": "is the largest trading "
    "partner of {o}", "has_leverage_over": "has leverage over {o}", "ally_of": "is an ally of {o}",
    "patron_of": "is the patron of {o}", "buffer_state_between": "is a buffer state between {o}",
    "rival_of": "is a rival of {o}", "threatens": "threatens {o}", "has_upper_hand_over": "has the upper hand "
    "over {o}", "caused": "caused {o}",
    "AGREE": "agrees with {o}", "CONSULT": "meets or consults with {o}", "SUPPORT": "supports {o}",
    "COOPERATE": "cooperates with {o}", "AID": "gives aid to {o}", "CONCEDE": "makes concessions to {o}",
    "RETREAT": "retreats before {o}", "REQUEST": "makes requests of {o}", "ACCUSE": "accuses {o}",
    "REJECT": "rejects {o}", "THREATEN": "threatens {o}", "PROTEST": "protests against {o}",
    "SANCTION": "sanctions {o}", "MOBILIZE": "mobilises against {o}", "COERCE": "coerces {o}",
    "ASSAULT": "attacks {o}",
}


def _quote(sentence: str) -> str:
    return " ".join(sentence.split())


def _name(summary: Summary, code: str) -> str:
    name = summary.name_of(code)
    return f"{name} ({code})" if name != code else code


def relation_words(summary: Summary, source: str, kind: str, target: str) -> str:
    """"China (CHN) gives aid to North Korea (PRK)": a relation as a plain sentence."""
    objects = " and ".join(_name(summary, c) for c in target.split("+"))
    phrase = PHRASES.get(kind, kind.replace("_", " ") + " {o}").format(o=objects)
    return f"{_name(summary, source)} {phrase}"


def _relation_line(summary: Summary, r: RelationEntry) -> str:
    docs = ", ".join(r.documents[:6]) + (" …" if len(r.documents) > 6 else "")
    line = (f"- **{relation_words(summary, r.source, r.kind, r.target)}** ({r.kind}; {r.sources} independent "
            f"source{'s' if r.sources != 1 else ''}, {r.events} events; documents: {docs})")
    for ev in r.evidence:
        line += f"\n  > “{_quote(ev.sentence)}” ({ev.document})"
    return line


def render_markdown(summary: Summary, image_names: tuple[str, ...] = ()) -> str:
    lines = ["# System summary", ""]
    if summary.since or summary.actor:
        lines += [f"Filters: since {summary.since or 'any date'}, actor {summary.actor or 'any'}.", ""]
    lines += ["## Key actors", ""] + [
        f"- {_name(summary, a.code)}: {a.documents} documents, {a.mentions} mentions, centrality {a.centrality}"
        for a in summary.actors]
    if summary.blocs:
        lines += ["", "Blocs (cooperating groups): " + "; ".join(", ".join(b) for b in summary.blocs)]
    lines += ["", "## Strongest relations", ""] + [_relation_line(summary, r) for r in summary.relations]
    lines += ["", "## Leverage", "", "Score = 2·leverage claims + dependence claims + stated share + "
              "0.5·aid + 0.25·material cooperation + 0.5·coercion (independent sources).", ""]
    lines += [f"- {_name(summary, lv.holder)} over {_name(summary, lv.over)}: {lv.score} ({lv.basis})"
              for lv in summary.leverage]
    lines += ["", "## Dyad trends", ""]
    for d in summary.dyads:
        shifts = "; shifts: " + "; ".join(d.shifts) if d.shifts else ""
        lines.append(f"- {_name(summary, d.pair[0])} – {_name(summary, d.pair[1])}: {d.cooperation} cooperation, "
                     f"{d.conflict} conflict events, mean Goldstein {d.goldstein_mean}{shifts}")
    contested = [c for c in summary.claims if c.contested]
    if contested:
        lines += ["", "## Contested claims", ""] + [_claim_line(summary, c) for c in contested]
    lines += ["", "## Claims and who holds them", ""] + [_claim_line(summary, c) for c in summary.claims
                                                          if not c.contested]
    lines += ["", "## Timeline", ""] + [f"- {t.date}: {_quote(t.event)}" for t in summary.timeline]
    lines += [""] + [f"![{name}]({name})" for name in image_names]
    return "\n".join(lines).rstrip() + "\n"


def _claim_line(summary: Summary, claim) -> str:  # type: ignore[no-untyped-def]
    words = relation_words(summary, claim.subject, claim.relation, "+".join(claim.object))
    value = f" (value {claim.value:g})" if claim.value is not None else ""
    who = "the author" if claim.holder == "author" else claim.holder
    stance = {"asserts": "asserts that", "disputes": "disputes that",
              "reports": f"reports the claim of {who} that",
              "disagrees": f"disagrees with the claim of {who} that"}.get(claim.stance, claim.stance)
    subject = "The author" if claim.holder == "author" or claim.stance in ("reports", "disagrees") else who
    line = f"- {subject} {stance} {words}{value} — documents: {', '.join(claim.documents)}"
    if claim.evidence:
        line += f"\n  > “{_quote(claim.evidence.sentence)}” ({claim.evidence.document})"
    return line


_STYLE = ("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d3557}"
          "blockquote{color:#555;margin:.2rem 0 .6rem 1rem}li{margin:.3rem 0}figure{margin:1rem 0}")


def render_html(summary: Summary, inline: dict[str, str] | None = None, linked: tuple[str, ...] = ()) -> str:
    """HTML from the Markdown structure: headings, lists and quotes, with inline or linked SVG pictures."""
    body: list[str] = []
    in_list = False
    for raw in render_markdown(summary).splitlines():
        if raw.startswith("- ") and not in_list:
            body.append("<ul>")
            in_list = True
        if not raw.startswith(("- ", "  >")) and in_list:
            body.append("</ul>")
            in_list = False
        if raw.startswith("## "):
            body.append(f"<h2>{escape(raw[3:])}</h2>")
        elif raw.startswith("# "):
            body.append(f"<h1>{escape(raw[2:])}</h1>")
        elif raw.startswith("- "):
            body.append(f"<li>{escape(raw[2:]).replace('**', '')}</li>")
        elif raw.startswith("  >"):
            body.append(f"<blockquote>{escape(raw[3:].strip())}</blockquote>")
        elif raw.strip():
            body.append(f"<p>{escape(raw)}</p>")
    if in_list:
        body.append("</ul>")
    figures = [f"<figure>{svg}<figcaption>{escape(name)}</figcaption></figure>"
               for name, svg in (inline or {}).items()]
    figures += [f'<figure><img src="{escape(name)}" alt="{escape(name)}"></figure>' for name in linked]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>realpolitik: system summary"
            f"</title><style>{_STYLE}</style></head><body>" + "".join(body) + "".join(figures) + "</body></html>\n")
