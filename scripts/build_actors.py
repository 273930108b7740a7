"""Builds src/realpolitik/data/actors.json, the actor knowledge base, from its sources.

Sources (facts only; see docs/sources.md): pycountry's ISO 3166-1 and -3 dumps, CountryInfo
(CC BY-SA 3.0), NGEC demonyms (MIT), Archigos leader spells via manystates (CC BY 4.0), the Phoenix /
PETRARCH2 actor dictionaries (MIT: named officials, armed groups, IGOs), and the
hand-curated tables in src/realpolitik/actors/sources/. Run: ``python scripts/build_actors.py
[--shared ../shared]``. Alias token sequences are precomputed with spaCy's English tokenizer so that
the resolver loads a ready table.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
from pathlib import Path
from urllib.parse import unquote

import pycountry
import spacy
import yaml

from realpolitik.actors.kb import KB_VERSION, alias_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
import phoenix_actors as phoenix  # noqa: E402

log = logging.getLogger("build_actors")
ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "realpolitik" / "actors" / "sources"
OUTPUT = ROOT / "src" / "realpolitik" / "data" / "actors.json"
ARCHIGOS_CENSORED = "2015-12-31"
FAMILY_NAME_FIRST = {"CHN", "PRK", "KOR", "TWN", "SUN_NONE"}
# Archigos uses Correlates of War numbers; these map to former states before the given date.
FORMER_BY_COW = {
    265: ("DDR", "9999"),
    345: ("YUG", "1992-04-27"),
    365: ("SUN", "1991-12-26"),
    315: ("CSK", "1993-01-01"),
    680: ("YMD", "9999"),
    817: ("RVN", "9999"),
}


class Builder:
    def __init__(self, shared: Path) -> None:
        self.dicts = shared / "data" / "dictionaries"
        self.tokenizer = spacy.blank("en").tokenizer
        self.curated = yaml.safe_load((SOURCES / "curated.yaml").read_text(encoding="utf-8"))
        self.stop = {s.casefold() for s in self.curated["stop_aliases"]}
        self.actors: list[dict] = []
        self.aliases: dict[tuple[str, str, int], dict] = {}
        self.state_index: dict[str, int] = {}
        self.owners: dict[tuple[str, ...], set[str]] = {}

    def add_actor(self, **fields: object) -> int:
        self.actors.append(
            {
                "code": fields["code"],
                "sector": fields.get("sector"),
                "name": fields["name"],
                "kind": fields["kind"],
                "role": fields.get("role"),
                "start": fields.get("start"),
                "end": fields.get("end"),
                "source": fields.get("source", ""),
            }
        )
        return len(self.actors) - 1

    def add_alias(
        self, text: str, kind: str, actor: int, exact: bool | None = None, weak: bool = False
    ) -> None:
        """``weak`` aliases (from CountryInfo) give way to a state that already owns the same words."""
        text = " ".join(text.replace("_", " ").split())
        if exact is None:  # short all-capital acronyms ("US", "UN", "IS") only match as written
            exact = len(text.replace(".", "")) <= 5 and any(c.isupper() for c in text[1:])
        if not text or (text.casefold() in self.stop and not exact):
            return
        tokens = [t.text for t in self.tokenizer(text)]
        key = alias_key(tokens)
        if not key:
            return
        owners = self.owners.setdefault(key, set())
        if weak and owners - {self.actors[actor]["code"]}:
            return
        owners.add(self.actors[actor]["code"])
        self.aliases.setdefault(
            (" ".join(key), kind, actor),
            {
                "tokens": [t for t in tokens if t not in ("-", "–")],
                "type": kind,
                "actor": actor,
                "exact": exact,
            },
        )

    def build(self) -> dict:
        self.add_states()
        self.add_former_states()
        self.add_metonyms()
        self.add_organisations()
        self.add_leaders()
        self.add_archigos()
        self.add_phoenix()
        self.drop_state_named_shorts()
        titles = {t: role for role, words in self.curated["titles"].items() for t in words}
        sectors = {w: code for code, words in self.curated["sectors"].items() for w in words}
        return {
            "version": KB_VERSION,
            "actors": self.actors,
            "aliases": sorted(self.aliases.values(), key=lambda a: (a["actor"], a["type"], a["tokens"])),
            "titles": {" ".join(alias_key(self._tok(t))): r for t, r in titles.items()},
            "sectors": {" ".join(alias_key(self._tok(w))): c for w, c in sectors.items()},
            "parliamentary": sorted(self.curated["parliamentary"]),
            "non_actor_heads": sorted(self.curated["non_actor_heads"]),
            "peoples": {word: list(codes) for word, codes in sorted(self.curated["peoples"].items())},
            "region_names": sorted(" ".join(alias_key(self._tok(n))) for n in self.curated["region_names"]),
            "ambiguous": sorted(n.casefold() for n in self.curated["ambiguous_names"]),
        }

    def drop_state_named_shorts(self) -> None:
        """A leader's one-word short form that is a state's name ("Pedro II of Brazil" gave "Brazil",
        "Mendes-France" gave "France") made every mention of that state look like a person's name."""
        state_names = {key for key, kind, actor in self.aliases
                       if kind in ("name", "adjective", "metonym") and self.actors[actor]["kind"] == "state"}
        for key, kind, actor in list(self.aliases):
            if kind == "short" and self.actors[actor]["kind"] != "state" and key in state_names:
                del self.aliases[(key, kind, actor)]

    def _tok(self, text: str) -> list[str]:
        return [t.text for t in self.tokenizer(text)]

    def add_states(self) -> None:
        iso = json.loads((self.dicts / "pycountry_26.2.16_iso3166-1.json").read_text(encoding="utf-8"))
        extras = self.curated["state_extras"]
        # A name the curated list gives another state is that state's in the news: plain "Congo" is the DRC.
        claimed = {text: code for code, extra in extras.items() for text in extra.get("names", [])}
        for country in iso["3166-1"]:
            code = country["alpha_3"]
            name = country.get("common_name") or extras.get(code, {}).get("names", [country["name"]])[0]
            idx = self.add_actor(code=code, name=name, kind="state", source="pycountry ISO 3166-1")
            self.state_index[code] = idx
            for text in {country["name"], country.get("official_name", ""), country.get("common_name", "")}:
                if text and claimed.get(text, code) == code:
                    self.add_alias(text, "name", idx, exact=False)
        for code, extra in extras.items():
            for text in extra.get("names", []):
                self.add_alias(text, "name", self.state_index[code])
            for text in extra.get("adjectives", []):
                self.add_alias(text, "adjective", self.state_index[code])
        countryinfo = read_countryinfo(self.dicts / "CountryInfo.120116.txt")
        for code, fields in countryinfo:
            if code not in self.state_index:
                continue
            idx = self.state_index[code]
            self.add_alias(fields["CountryName"][0].title(), "name", idx, exact=False, weak=True)
            for text in fields.get("Nationality", []):
                self.add_alias(text.title(), "adjective", idx, exact=False, weak=True)
            for text in fields.get("Capital", []):
                self.add_alias(text.title(), "capital", idx, exact=False, weak=True)
        self.add_places(countryinfo)
        with (self.dicts / "ngec_countries_demonyms.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["CCA3"] in self.state_index:
                    for text in row["Nationality"].split(","):
                        if text.strip() and not text.strip().startswith(("Republic", "Islamic", "Kingdom")):
                            self.add_alias(
                                text.strip(),
                                "adjective",
                                self.state_index[row["CCA3"]],
                                exact=False,
                                weak=True,
                            )

    def add_places(self, countries: list[tuple[str, dict[str, list[str]]]]) -> None:
        """CountryInfo's major cities and regions, and the US states, as `place` aliases of their state (they
        resolve only where they act: DocContext.place_cue). A name listed under two states, or shorter than
        four letters, names no actor."""
        owners: dict[str, set[str]] = {}
        for code, fields in countries:
            for text in fields.get("MajorCities", []) + fields.get("Regions", []):
                owners.setdefault(" ".join(text.replace("_", " ").split()).title(), set()).add(code)
        for sub in pycountry.subdivisions.get(country_code="US") or []:
            if sub.type == "State":  # US states: English names, and CountryInfo lists none
                owners.setdefault(sub.name, set()).add("USA")
        for code, names in self.curated["places"].items():  # towns and regions that conflict news names
            for text in names:
                owners.setdefault(text, set()).add(code)
        for text, codes in sorted(owners.items()):
            code = min(codes)
            if len(codes) == 1 and code in self.state_index and len(text) >= 4:
                self.add_alias(text, "place", self.state_index[code], exact=False, weak=True)

    def add_former_states(self) -> None:
        for state in self.curated["former_states"] + self.curated["extra_states"]:
            idx = self.add_actor(
                code=state["code"],
                name=state["name"],
                kind="state",
                start=str(state["start"]),
                end=str(state["end"]) if state["end"] else None,
                source="ISO 3166-3 / curated",
            )
            for text in state["names"]:
                self.add_alias(text, "name", idx)
            for text in state["adjectives"]:
                self.add_alias(text, "adjective", idx)
            for text in state["capitals"]:
                self.add_alias(text, "capital", idx)

    def add_metonyms(self) -> None:
        for code, groups in self.curated["metonyms"].items():
            for group in groups:
                base = self.actors[self.state_index[code]]
                if group.get("capital"):
                    for text in group["names"]:
                        self.add_alias(text, "capital", self.state_index[code], exact=False)
                    continue
                idx = self.add_actor(
                    code=code,
                    sector=group["sector"],
                    name=base["name"],
                    kind="state",
                    source="curated metonym",
                )
                for text in group["names"]:
                    self.add_alias(text, "metonym", idx, exact=False)

    def add_organisations(self) -> None:
        for org in self.curated["organisations"]:
            idx = self.add_actor(
                code="IGO", sector=org.get("sector"), name=org["name"], kind="igo", source="curated"
            )
            for text in org["names"]:
                self.add_alias(text, "name", idx)
        for group in self.curated["armed_groups"]:
            idx = self.add_actor(
                code=group["code"], sector=group["sector"], name=group["name"], kind="nsag", source="curated"
            )
            for text in group["names"]:
                self.add_alias(text, "name", idx)

    def add_leaders(self) -> None:
        data = yaml.safe_load((SOURCES / "leaders.yaml").read_text(encoding="utf-8"))
        for code, block in data.items():
            for role, name, start, end, shorts in block["people"]:
                sector = None if code == "IGO" else "GOV"  # an IGO's head speaks for the IGO as a whole
                idx = self.add_actor(
                    code=code,
                    sector=sector,
                    name=name,
                    kind="leader",
                    role=role,
                    start=str(start),
                    end=str(end) if end else None,
                    source=block["source"],
                )
                self.add_alias(name, "person" if len(self._tok(name)) > 1 else "short", idx, exact=False)
                for text in shorts:
                    kind = "short" if len(self._tok(text)) == 1 else "person"
                    self.add_alias(text, kind, idx, exact=False)
                if len(self._tok(name)) > 1 and not any(len(self._tok(s)) == 1 for s in shorts):
                    log.debug("no short form for %s", name)

    def add_archigos(self) -> None:
        known = {(a["code"], a["name"].casefold()) for a in self.actors if a["kind"] == "leader"}
        curated = {a["code"] for a in self.actors if a["kind"] == "leader"}
        blocks = yaml.safe_load((SOURCES / "leaders.yaml").read_text(encoding="utf-8"))
        since = {code: str(block.get("since", "2009-01-01")) for code, block in blocks.items()}
        surnames = {(a["code"], a["name"].split()[-1].casefold()) for a in self.actors if a["kind"] == "leader"}
        with (self.dicts / "archigos_spells_derived.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                code = archigos_code(row, self.actors, self.state_index)
                if code is None:
                    continue
                name = full_name(row)
                if (code, name.casefold()) in known or (code in curated and row["startdate"] >= since[code]):
                    continue  # leaders.yaml covers spells of these states from its `since` date (else 2009) on
                open_spell = row["enddate"] == ARCHIGOS_CENSORED
                if open_spell and (since.get(code, "") > "2015" or (code, name.split()[-1].casefold()) in surnames):
                    continue  # and the spells still open when Archigos stops ("Merkel" is Angela Merkel's)
                idx = self.add_actor(
                    code=code,
                    sector="GOV",
                    name=name,
                    kind="leader",
                    role="leader",
                    start=row["startdate"],
                    # Archigos stops observing on 2015-12-31: a spell ending then has no known end.
                    end=None if row["enddate"] == ARCHIGOS_CENSORED else row["enddate"],
                    source="Archigos 4.1 via manystates (CC BY 4.0)",
                )
                self.add_alias(name, "person" if " " in name else "short", idx, exact=False)
                parts = name.replace("-", " ").split()
                if len(parts) > 1:
                    short = parts[0] if code in FAMILY_NAME_FIRST else parts[-1]
                    if len(short) > 2:
                        self.add_alias(short, "short", idx, exact=False)


    def add_phoenix(self) -> None:
        """Named officials, armed groups and IGOs of the Phoenix dictionaries, after every curated and
        Archigos entry (their names win); names only, matched in full."""
        known = {a["name"].casefold() for a in self.actors}
        states = {a["code"] for a in self.actors if a["kind"] == "state"}
        source = "Phoenix/PETRARCH2 dictionaries (MIT)"
        tables = (
            (phoenix.people(self.dicts / "Phoenix.Countries.actors.txt", states), "leader", "person"),
            (phoenix.groups(self.dicts / "Phoenix.MilNonState.actors.txt", states), "nsag", "name"),
            (phoenix.organisations(self.dicts / "Phoenix.International.actors.txt"), "igo", "name"),
        )
        for rows, kind, alias_type in tables:
            for code, name, sector, others in rows:
                if name.casefold() in known:
                    continue
                known.add(name.casefold())
                idx = self.add_actor(code=code, sector=sector, name=name, kind=kind,
                                     role="other" if kind == "leader" else None, source=source)
                for text in (name, *others):
                    self.add_alias(text, alias_type, idx, exact=False, weak=True)


def full_name(row: dict) -> str:
    uri = row.get("dbpedia_uri") or ""
    if uri.startswith("http"):
        name = unquote(uri.rsplit("/", 1)[-1]).replace("_", " ")
        return re.sub(r"\s*\(.*\)$", "", name)
    return row["leader"]


def archigos_code(row: dict, actors: list[dict], state_index: dict[str, int]) -> str | None:
    cow = int(row["ccode"])
    former = FORMER_BY_COW.get(cow)
    if former and row["startdate"] < former[1]:
        return former[0]
    iso = COW_TO_ISO.get(cow) or COW_GAPS.get(cow)
    return iso if iso in state_index else None


COW_TO_ISO: dict[int, str] = {}
# COW numbers CountryInfo leaves out (the USA block has no COW-Numeric) or gives to a former state.
COW_GAPS = {2: "USA", 260: "DEU", 340: "SRB", 404: "GNB", 438: "GIN", 484: "COG", 626: "SSD", 678: "YEM",
            816: "VNM"}


def read_countryinfo(path: Path) -> list[tuple[str, dict[str, list[str]]]]:
    """(ISO alpha-3, {tag: lines}) for each <Country> block; '#' starts a comment."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    out = []
    # Blocks open with "<Country>" alone on a line; the header's "<Country>: wrapper ..." is documentation.
    for block in re.findall(r"^<Country>\s*$(.*?)</Country>", text, flags=re.S | re.M):
        fields: dict[str, list[str]] = {}
        for tag, body in re.findall(r"<([A-Za-z0-9 -]+)>(.*?)</\1>", block, flags=re.S):
            lines = [ln.split("#")[0].strip() for ln in body.splitlines()]
            fields[tag] = [ln for ln in lines if ln and not ln.startswith("<")]
        code = (fields.get("CountryCode") or fields.get("ISO3166-alpha3") or [""])[0]
        cow = (fields.get("COW-Numeric") or [""])[0]
        if cow.isdigit() and int(cow) > 0 and code and code != "COG":  # COW 490 is the DRC
            COW_TO_ISO.setdefault(int(cow), code)
        if code and "CountryName" in fields:
            out.append((code, fields))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    kb = Builder(args.shared).build()
    args.output.write_text(json.dumps(kb, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    log.info("wrote %s: %d actors, %d aliases", args.output, len(kb["actors"]), len(kb["aliases"]))


if __name__ == "__main__":
    main()
