"""The actor network: actors as nodes, typed weighted relations as edges (networkx).

Edge weight is the number of independent sources behind a relation. Centrality is weighted degree
centrality over the undirected graph; blocs are greedy-modularity communities over the cooperative
edges only (cooperation events, alliance, patronage and dependence claims), since a bloc is a group
that works together, not one that fights.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd
from networkx.algorithms.community import greedy_modularity_communities

COOPERATIVE_KINDS = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "ally_of", "patron_of",
    "trade_dependent_on", "aid_dependent_on", "energy_dependent_on", "largest_trading_partner_of"})
CONFLICT_KINDS = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                            "ASSAULT", "rival_of", "threatens"})


@dataclass(frozen=True)
class Network:
    graph: nx.MultiDiGraph
    centrality: dict[str, float]
    blocs: tuple[tuple[str, ...], ...]


def edge_tone(kind: str) -> str:
    if kind in COOPERATIVE_KINDS:
        return "cooperation"
    return "conflict" if kind in CONFLICT_KINDS else "other"


def build_network(relations: pd.DataFrame) -> Network:
    """The network from a ``queries.relations`` frame (multi-object claims link the subject to each side)."""
    graph = nx.MultiDiGraph()
    for source, target, kind, sources in relations[["source", "target", "kind", "sources"]].itertuples(
            index=False):
        for side in str(target).split("+"):
            if side and side != source:
                graph.add_edge(source, side, kind=kind, weight=int(sources), tone=edge_tone(kind))
    simple = nx.Graph()
    for a, b, data in graph.edges(data=True):
        previous = simple.get_edge_data(a, b, {"weight": 0})["weight"]
        simple.add_edge(a, b, weight=previous + data["weight"])
    total = sum(w for _, _, w in simple.edges(data="weight")) or 1
    centrality = {n: round(sum(w for _, _, w in simple.edges(n, data="weight")) / total, 4) for n in simple}
    return Network(graph, centrality, _blocs(graph))


def _blocs(graph: nx.MultiDiGraph) -> tuple[tuple[str, ...], ...]:
    cooperative = nx.Graph()
    for a, b, data in graph.edges(data=True):
        if data["tone"] == "cooperation":
            weight = cooperative.get_edge_data(a, b, {"weight": 0})["weight"] + data["weight"]
            cooperative.add_edge(a, b, weight=weight)
    if cooperative.number_of_edges() == 0:
        return ()
    communities = greedy_modularity_communities(cooperative, weight="weight")
    return tuple(tuple(sorted(c)) for c in communities if len(c) > 1)
