"""Runs the analytics bench scenarios against igraph and writes docs/readme/bench-analytics.md.

Called by bench/analytics/run.sh (which installs python3-igraph and builds the bench in Release). Each scenario runs
the .NET bench in its own process (so its peak RSS is its own), which also writes the graph's edge list; igraph
then times the same algorithm on the same edges. Medians of several runs after a warm-up; wall-clock and CPU.
"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

import igraph as ig

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH = os.path.join(ROOT, "bench", "KnowledgeGraph.Bench.Analytics", "bin", "Release", "net10.0", "KnowledgeGraph.Bench.Analytics")
REPORT = os.path.join(ROOT, "docs", "readme", "bench-analytics.md")
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
QUICK = os.environ.get("BENCH_QUICK") == "1"


def run_ours(scenario, nodes, degree, **extra):
    edges = tempfile.NamedTemporaryFile(suffix=".txt", delete=False).name
    values = tempfile.NamedTemporaryFile(suffix=".txt", delete=False).name
    args = [BENCH, "--scenario", scenario, "--nodes", str(nodes), "--degree", str(degree), "--repeats", str(REPEATS),
            "--edges-out", edges, "--values-out", values]
    for key, value in extra.items():
        args += ["--" + key.replace("_", "-"), str(value)]
    print("running", " ".join(args[1:]), flush=True)
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["edgesFile"] = edges
    result["valuesFile"] = values
    return result


def load_igraph(path, nodes):
    edges, weights = [], []
    with open(path) as f:
        for line in f:
            a, b, w = line.split()
            edges.append((int(a), int(b)))
            weights.append(float(w))
    g = ig.Graph(n=nodes, edges=edges, directed=False)
    return g, weights


def time_igraph(fn, repeats=REPEATS):
    value = fn()  # warm-up, like the .NET side
    walls, cpus = [], []
    for _ in range(repeats):
        c, w = time.process_time(), time.perf_counter()
        value = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), value


def rel_diff(a, b):
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale




def fmt(x):
    return "n/a" if x is None else f"{x:.3f}"


def report(rows):
    """Writes the table so far (after each scenario, so a stopped run keeps what it measured)."""
    load_after = os.getloadavg()
    lines = [
        "# Analytics benchmark",
        "",
        f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC with "
    f"`{'BENCH_REPEATS=' + str(REPEATS) + ' ' if REPEATS != 3 else ''}{'BENCH_QUICK=1 ' if QUICK else ''}bash bench/analytics/run.sh`"
        + (" (BENCH_QUICK=1: smaller graphs)" if QUICK else "") + ".",
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, .NET bench in Release with {os.cpu_count()} worker threads; "
        f"igraph {ig.__version__} (python3-igraph, single-threaded C). Load average before/after: "
        f"{load_before[0]:.1f} / {load_after[0]:.1f} (the machine is shared, so wall-clock times stretch; CPU seconds are steadier).",
        "",
        "Graphs: deterministic preferential attachment (Barabási–Albert, seed 1 unless noted) from the import bench's generator",
        "(bench/KnowledgeGraph.Bench.Generator with `--vary-links`: 1 to 2d-1 links per new node, so there are bridges; ADR-092),",
        "as `kg import` loads its CSV: Institution nodes and COORDINATES_WITH relationships whose cost is the imported weight,",
        "streamed into `GraphSnapshot`, turned into the coordination network (costs from ADR-030), then handed to each",
        "algorithm; igraph gets the same edge list (and costs). `KnowledgeGraph.Bench.Generator N d SEED DIR --vary-links`",
        "writes the same graph as CSV for `kg import`.",
        f"Times are medians of {REPEATS} run(s) after one warm-up (none for the 1M sampled run; paths: median over query pairs).",
        "",
        "| analysis | nodes / edges | ours wall (s) | ours CPU (s) | igraph wall (s) | igraph CPU (s) | wall ratio | target | met | check |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = "n/a" if r["igraph_wall"] is None else f"{r['ours']['seconds'] / r['igraph_wall']:.2f}"
        lines.append(
            f"| {r['name']} | {r['graph']} | {fmt(r['ours']['seconds'])} | {fmt(r['ours'].get('cpuSeconds'))} | {fmt(r['igraph_wall'])} | "
            f"{fmt(r['igraph_cpu'])} | {ratio} | {r['target']} | {'yes' if r['ok'] else 'NO'} | {r['check']} ({'ok' if r['check_ok'] else 'FAILED'}) |")
    lines += [
        "",
        "Snapshot and network build times of each run (seconds, generation included in the snapshot time):",
        "",
    ]
    for r in rows:
        lines.append(f"- {r['name']}: snapshot {r['ours']['snapshotSeconds']:.2f}, network {r['ours']['networkSeconds']:.2f}, "
                     f"peak RSS {r['ours']['peakRssMb']:.0f} MB")
    lines += [
        "",
        "python-igraph 0.10 has no sampled (k-source) betweenness, so that row has no igraph time. Paths ratio: per query,",
        "ours on the prepared network vs `Graph.get_k_shortest_paths(..., weights=costs)`.",
        "",
    ]
    os.makedirs(os.path.dirname(REPORT), exist_ok=True)
    with open(REPORT, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines), flush=True)


rows = []
load_before = os.getloadavg()

# 1. Exact unweighted betweenness, 10,000 nodes / ~30,000 edges.
n = 2000 if QUICK else 10_000
ours = run_ours("betweenness-exact", n, 3)
g, _ = load_igraph(ours["edgesFile"], n)
wall, cpu, theirs = time_igraph(lambda: g.betweenness(directed=False))
mine = [float(x) for x in open(ours["valuesFile"])]
worst = max(rel_diff(a, b) for a, b in zip(mine, theirs))
rows.append(dict(
    name="exact betweenness (unweighted)", graph=f"{n:,} / {ours['edges']:,}", ours=ours, igraph_wall=wall, igraph_cpu=cpu,
    target="≤ 0.5× igraph", ok=ours["seconds"] <= 0.5 * wall,
    check=f"max relative difference {worst:.1e} ({'≤' if worst <= 1e-9 else '>'} 1e-9)", check_ok=worst <= 1e-9))
report(rows)

# 4. k = 3 cheapest loopless paths over link costs, 100,000 / ~400,000.
n = 20_000 if QUICK else 100_000
ours = run_ours("paths", n, 4, pairs=10, k=3, seed=7)
g, weights = load_igraph(ours["edgesFile"], n)
walls, cpus, agree = [], [], True
for (a, b), costs in zip(ours["pairs"], ours["costs"]):
    wall, cpu, paths = time_igraph(lambda: g.get_k_shortest_paths(a, to=b, k=3, weights=weights, mode="all", output="epath"), repeats=1)
    walls.append(wall)
    cpus.append(cpu)
    theirs = sorted(sum(weights[e] for e in p) for p in paths)
    agree &= len(theirs) == len(costs) and all(rel_diff(x, y) <= 1e-9 for x, y in zip(sorted(costs), theirs))
rows.append(dict(
    name="k = 3 cheapest paths (Yen, weighted)", graph=f"{n:,} / {ours['edges']:,}", ours=ours,
    igraph_wall=statistics.median(walls), igraph_cpu=statistics.median(cpus),
    target="< 1 s per query", ok=ours["maxSeconds"] < 1,
    check=f"path costs of {len(ours['pairs'])} pairs {'equal to' if agree else 'DIFFERENT from'} igraph's; slowest query {ours['maxSeconds']:.3f} s",
    check_ok=agree))
report(rows)

# 3. Articulation points + bridges + components, 1,000,000 / ~4,000,000.
n = 50_000 if QUICK else 1_000_000
ours = run_ours("connectivity", n, 4)
g, _ = load_igraph(ours["edgesFile"], n)


def igraph_connectivity():
    cuts = g.articulation_points()
    bridges = g.bridges()
    components = g.connected_components()
    return cuts, bridges, components


wall, cpu, (cuts, bridges, components) = time_igraph(igraph_connectivity)
same = (len(cuts) == ours["articulationPoints"] and sum(cuts) == ours["articulationIndexSum"]
        and len(bridges) == ours["bridges"]
        and sum(g.es[e].source + g.es[e].target for e in bridges) == ours["bridgeEndSum"]
        and len(components) == ours["components"])
rows.append(dict(
    name="articulation points + bridges + components", graph=f"{n:,} / {ours['edges']:,}", ours=ours, igraph_wall=wall, igraph_cpu=cpu,
    target="≤ 2× igraph", ok=ours["seconds"] <= 2 * wall,
    check=f"{ours['articulationPoints']:,} cut nodes, {ours['bridges']:,} bridges, {ours['components']} component(s): {'same as' if same else 'DIFFERENT from'} igraph",
    check_ok=same))
del g
report(rows)

# 2. Sampled betweenness, 256 sources, 1,000,000 / ~4,000,000.
n = 50_000 if QUICK else 1_000_000
ours = run_ours("betweenness-sampled", n, 4, samples=256, seed=1, warmup=0 if not QUICK else 1)
rows.append(dict(
    name="sampled betweenness (256 sources)", graph=f"{n:,} / {ours['edges']:,}", ours=ours, igraph_wall=None, igraph_cpu=None,
    target="< 15 s, peak RSS < 2 GB", ok=ours["seconds"] < 15 and ours["peakRssMb"] < 2048,
    check=f"peak RSS {ours['peakRssMb']:.0f} MB (whole process: generation, snapshot, network, run)", check_ok=ours["peakRssMb"] < 2048))
report(rows)
sys.exit(0 if all(r["check_ok"] for r in rows) else 1)
