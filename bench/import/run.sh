#!/usr/bin/env bash
# Times `kg import` and Kuzu's COPY FROM on the same generated CSV files, in one run, and prints both with the ratio.
# usage: [BENCH_REPEATS=3] bench/import/run.sh [NODES] [EDGES_PER_NODE] [SEED]   (default 1000000 4 42: ~4,000,000 edges)
# Work files go to bench/results/import (git-ignored); override with BENCH_WORK=DIR.
set -euo pipefail

nodes=${1:-1000000}
per_node=${2:-4}
seed=${3:-42}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_WORK:-$root/bench/results/import}
data=$work/data-$nodes-$per_node-$seed

if ! /usr/bin/time -V >/dev/null 2>&1; then
  echo "installing GNU time (Debian package 'time')" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

echo "building (Release)" >&2
dotnet build -c Release -v q --nologo "$root/bench/KnowledgeGraph.Bench.Generator" >/dev/null
dotnet build -c Release -v q --nologo "$root/src/KnowledgeGraph.Cli" >/dev/null
(cd "$here" && npm ci --no-audit --no-fund --silent)

mkdir -p "$work"
if [[ ! -f $data/edges.csv ]]; then
  dotnet "$root/bench/KnowledgeGraph.Bench.Generator/bin/Release/net10.0/KnowledgeGraph.Bench.Generator.dll" "$nodes" "$per_node" "$seed" "$data" >&2
fi
edges=$(($(wc -l <"$data/edges.csv") - 1))

# Prints "wall_seconds cpu_seconds max_rss_mib" from a GNU time -v report. CPU (user + system) is reported too because
# on a shared machine the wall time mostly measures the other tenants.
measure() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /User time|System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", wall, cpu, rss }' "$1"
}

# Each loader starts with no other writes pending: without a sync, the last run's gigabyte of dirty pages is still
# being written back while the next loader writes, and whichever runs first pays for it. The loaders alternate
# BENCH_REPEATS times (default 3) and the medians are reported: on a shared machine single runs vary by +-20%.
repeats=${BENCH_REPEATS:-3}
: >"$work/kg.runs"
: >"$work/kuzu.runs"
for run in $(seq "$repeats"); do
  rm -f "$work"/kg.db "$work"/kg.db-*
  sync
  echo "run $run/$repeats: kg import: $nodes nodes, $edges edges" >&2
  /usr/bin/time -v -o "$work/kg.time" \
    dotnet "$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll" import \
    --db "$work/kg.db" --nodes "$data/nodes.csv" --edges "$data/edges.csv" >"$work/kg.out"
  cat "$work/kg.out" >&2
  measure "$work/kg.time" >>"$work/kg.runs"

  rm -rf "$work/kuzu.db" "$work/kuzu.db.wal"
  sync
  echo "run $run/$repeats: kuzu COPY FROM: same files" >&2
  /usr/bin/time -v -o "$work/kuzu.time" node "$here/kuzu-import.js" "$data" "$work/kuzu.db" >"$work/kuzu.out"
  cat "$work/kuzu.out" >&2
  measure "$work/kuzu.time" >>"$work/kuzu.runs"
done

# Median of each column over the runs (wall, CPU, peak RSS), and every run's wall for the record.
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
kg_wall=$(median "$work/kg.runs" 1); kg_cpu=$(median "$work/kg.runs" 2); kg_rss=$(median "$work/kg.runs" 3)
kz_wall=$(median "$work/kuzu.runs" 1); kz_cpu=$(median "$work/kuzu.runs" 2); kz_rss=$(median "$work/kuzu.runs" 3)
kuzu_version=$(node -p "require('$here/node_modules/kuzu/package.json').version")
echo "kg walls (s): $(cut -d' ' -f1 "$work/kg.runs" | tr '\n' ' ')  kuzu walls (s): $(cut -d' ' -f1 "$work/kuzu.runs" | tr '\n' ' ')" >&2

awk -v e="$edges" -v n="$nodes" -v c="$(nproc)" -v v="$kuzu_version" -v r="$repeats" \
  -v kw="$kg_wall" -v kc="$kg_cpu" -v kr="$kg_rss" -v zw="$kz_wall" -v zc="$kz_cpu" -v zr="$kz_rss" 'BEGIN {
    printf "\n%-24s %10s %14s %10s %15s   (medians of %d runs)\n", "loader", "wall (s)", "edges/s", "CPU (s)", "peak RSS (MiB)", r
    printf "%-24s %10.2f %14.0f %10.2f %15.0f\n", "kg import (SQLite)", kw, e / kw, kc, kr
    printf "%-24s %10.2f %14.0f %10.2f %15.0f\n", "kuzu " v " COPY FROM", zw, e / zw, zc, zr
    printf "ratio kg/kuzu: wall %.1fx, CPU %.1fx, peak RSS %.1fx; kg edges/s = %.1f%% of kuzu  (%d nodes, %d edges, %d cores)\n", kw / zw, kc / zc, kr / zr, 100 * zw / kw, n, e, c
  }'
