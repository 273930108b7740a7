"""The network: centrality and cooperative blocs from a relations frame."""

from __future__ import annotations

import pandas as pd

from realpolitik.analysis.network import build_network, edge_tone


def test_blocs_use_cooperative_edges_only():
    frame = pd.DataFrame({
        "source": ["CHN", "RUS", "USA", "USA", "JPN"], "target": ["PRK", "CHN", "PRK", "KOR", "USA"],
        "kind": ["AID", "ally_of", "THREATEN", "ally_of", "COOPERATE"], "sources": [3, 2, 2, 2, 1]})
    network = build_network(frame)
    assert set(network.blocs) == {("CHN", "PRK", "RUS"), ("JPN", "KOR", "USA")}
    # weighted degree over total weight: CHN has 3 + 2 of 10 source-weighted links
    assert network.centrality["CHN"] == 0.5 and network.centrality["JPN"] == 0.1
    assert network.graph.number_of_edges() == 5


def test_multi_object_claims_link_each_side():
    frame = pd.DataFrame({"source": ["PRK"], "target": ["CHN+USA"], "kind": ["buffer_state_between"],
                          "sources": [3]})
    assert set(build_network(frame).graph.edges()) == {("PRK", "CHN"), ("PRK", "USA")}


def test_edge_tone():
    assert (edge_tone("AID"), edge_tone("SANCTION"), edge_tone("buffer_state_between")) == (
        "cooperation", "conflict", "other")
