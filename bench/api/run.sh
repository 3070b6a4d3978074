#!/usr/bin/env bash
# Benchmarks the GraphQL API against plain ASP.NET Core endpoints returning the same JSON, in one process, on loopback:
#   (a) { __typename }                                  vs GET /bench/plain/typename
#   (b) 50 institutions with competencies and mechanisms vs GET /bench/plain/institutions
# Uses wrk from Debian (installed when missing). Writes docs/readme/bench-api.md.
# Usage: bench/api/run.sh [duration-seconds (default 10)] [connections (default 16)]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
connections="${2:-16}"
threads=2
out="$root/docs/readme/bench-api.md"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: installing wrk from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "bench: building the API (Release)"
dotnet build "$root/src/KnowledgeGraph.Api" -c Release -v quiet -nologo >/dev/null

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
url="http://127.0.0.1:$port"
echo "bench: starting the API on $url"
(
  cd "$root"
  Storage__Provider=embedded Storage__Embedded__Path="$work/graph.db" Seeds__Path="$root/graph-seeds" Bench__Enabled=true RateLimiting__Enabled=false \
  Logging__LogLevel__Default=Warning \
    exec dotnet "$root/src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll" --urls "$url"
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "$url/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS "$url/readyz" >/dev/null || { cat "$work/server.log"; echo "bench: the API did not start"; exit 1; }

typename_query='{ __typename }'
page_query='{ institutions(first: 50, order: [{ id: ASC }]) { nodes { id name competencies { level competency { id name } } memberOf { role mechanism { id name } } } } }'

post_script() { # $1 = file, $2 = query
  local body
  body="$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$2")"
  cat >"$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = [==[$body]==]
LUA
}
post_script "$work/typename.lua" "$typename_query"
post_script "$work/page.lua" "$page_query"

# Same answers? (the comparison is only fair if both sides return the same JSON)
curl -fsS -H 'Content-Type: application/json' -d "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$page_query")" "$url/graphql" >"$work/graphql.json"
curl -fsS "$url/bench/plain/institutions" >"$work/plain.json"
python3 - "$work/graphql.json" "$work/plain.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a == b, "the plain endpoint and GraphQL disagree"
assert len(a["data"]["institutions"]["nodes"]) == 50
PY

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
results="$work/results.tsv"
: >"$results"
run() { # $1 = label, rest = wrk target args
  local label="$1"; shift
  echo "bench: $label (warm-up 3 s, then ${duration} s)"
  wrk -t"$threads" -c"$connections" -d3s "$@" >/dev/null
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" >"$work/wrk.txt"
  python3 - "$label" "$work/wrk.txt" >>"$results" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
def ms(tag):
    m = re.search(r"^\s+" + re.escape(tag) + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{label}\t{rps:.0f}\t{ms('50%'):.2f}\t{ms('99%'):.2f}\t{errors.group(1) if errors else 0}")
PY
}
run "(a) GraphQL { __typename }" -s "$work/typename.lua" "$url/graphql"
run "(a) plain /bench/plain/typename" "$url/bench/plain/typename"
run "(b) GraphQL 50 institutions + competencies + mechanisms" -s "$work/page.lua" "$url/graphql"
run "(b) plain /bench/plain/institutions" "$url/bench/plain/institutions"

if awk -F'\t' '$5 > 0 { bad = 1 } END { exit !bad }' "$results"; then
  cat "$results"
  echo "bench: some responses were not 2xx; results not written"
  exit 1
fi

{
  echo "# API benchmark: GraphQL vs plain ASP.NET Core"
  echo
  echo "Run with \`bench/api/run.sh $duration $connections\` on $(date -u +%Y-%m-%d) — wrk $threads threads, $connections connections, ${duration} s per row after a 3 s warm-up,"
  echo "loopback, one process (embedded store seeded from graph-seeds/, Release build, rate limiting off), on this machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), shared with wrk."
  echo "Load average before the run: $load_before (after: $(cut -d' ' -f1-3 /proc/loadavg)); on a shared machine the absolute numbers move with it, the ratios less so."
  echo
  echo "| request | requests/s | p50 (ms) | p99 (ms) | non-2xx |"
  echo "|---|---:|---:|---:|---:|"
  while IFS=$'\t' read -r label rps p50 p99 errors; do
    echo "| $label | $rps | $p50 | $p99 | $errors |"
  done <"$results"
  echo
  echo "(b) is \`$page_query\`; the plain endpoint makes the same three batched store calls"
  echo "(page, relationships, end nodes) and writes the same JSON (checked before the run), so the difference is what"
  echo "GraphQL parsing-from-cache, validation, complexity analysis, execution and serialization cost."
} >"$out"
cat "$out"
