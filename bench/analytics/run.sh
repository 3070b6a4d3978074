#!/usr/bin/env bash
# Times the analytics algorithms against igraph and writes docs/readme/bench-analytics.md.
# Usage: bash bench/analytics/run.sh            (full sizes: 10k/30k, 1M/4M, 100k/400k; tens of minutes on a busy machine)
#        BENCH_QUICK=1 bash bench/analytics/run.sh (small graphs, a smoke test of the script)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/deps/analytics.sh
dotnet build -c Release bench/KnowledgeGraph.Bench.Analytics -v q -clp:ErrorsOnly
/usr/bin/python3 bench/analytics/compare.py
