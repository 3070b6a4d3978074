#!/usr/bin/env bash
# Load test: builds the API, the CLI and the load client in Release, seeds a temp database from graph-seeds/, creates
# an editor API key, starts the API on 127.0.0.1 (closed: the key is required), runs CLIENTS concurrent clients for
# DURATION seconds with a mixed read/write workload, checks that every acknowledged write is present, stops the API
# and runs 'kg check'. Prints requests/s, latency percentiles, errors and lost writes; exits 1 on any error or loss.
#   bash bench/load/run.sh                 # 64 clients, 60 s, 20 % writes
#   CLIENTS=16 DURATION=10 bash bench/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
clients="${CLIENTS:-64}"
duration="${DURATION:-60}"
write_percent="${WRITE_PERCENT:-20}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== build (Release)"
for project in src/KnowledgeGraph.Api src/KnowledgeGraph.Cli bench/KnowledgeGraph.Bench.Load; do
  dotnet build "$project" -c Release -v q -clp:ErrorsOnly --nologo
done
kg=(dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll)

work="$(mktemp -d)"
api_pid=""
cleanup() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

db="$work/kg.db"
"${kg[@]}" seed graph-seeds --db "$db"
key="$("${kg[@]}" keys create --name load-bench --role editor --db "$db" 2>/dev/null)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))"

echo "== API on 127.0.0.1:$port (Release, closed, rate limit raised for the single bench client)"
Storage__Embedded__Path="$db" Security__Open=false RateLimiting__PermitLimit=100000000 Logging__LogLevel__Default=Warning \
  dotnet src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll --urls "http://127.0.0.1:$port" &
api_pid=$!
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

echo "== load"
status=0
dotnet bench/KnowledgeGraph.Bench.Load/bin/Release/net10.0/KnowledgeGraph.Bench.Load.dll \
  --url "http://127.0.0.1:$port" --key "$key" --clients "$clients" --seconds "$duration" --write-percent "$write_percent" || status=$?

kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
echo "== kg check"
"${kg[@]}" check --db "$db" || status=$?
exit "$status"
