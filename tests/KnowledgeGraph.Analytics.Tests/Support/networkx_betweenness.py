"""Reads graphs as JSON on stdin and prints networkx betweenness (normalized=True) for each, as JSON.

Input: [{"n": 5, "edges": [[0, 1, 1.0], ...], "weighted": false, "k": null, "seed": null}, ...]
Output: [{"values": [...], "sources": [...] or null}, ...]; for sampled runs "sources" are the nodes networkx drew
(it draws with random.Random(seed).sample(list(G), k)), so the caller can reproduce the same run.
"""
import json
import random
import sys

import networkx as nx

out = []
for spec in json.load(sys.stdin):
    g = nx.Graph()
    g.add_nodes_from(range(spec["n"]))
    for a, b, w in spec["edges"]:
        g.add_edge(a, b, weight=w)
    k = spec.get("k")
    seed = spec.get("seed")
    weight = "weight" if spec["weighted"] else None
    values = nx.betweenness_centrality(g, k=k, normalized=True, weight=weight, seed=seed)
    sources = None if k is None else random.Random(seed).sample(list(g.nodes()), k)
    out.append({"values": [values[v] for v in range(spec["n"])], "sources": sources})
json.dump(out, sys.stdout)
