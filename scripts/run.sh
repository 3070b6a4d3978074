#!/usr/bin/env bash
# The main job: the GraphQL API on the embedded SQLite store, seeded from graph-seeds/ when empty.
# Builds what the API serves first (GraphiQL, the explorer page). Extra arguments go to the API (e.g. --urls http://127.0.0.1:5050).
set -euo pipefail
cd "$(dirname "$0")/.."
for dep in scripts/deps/api.sh scripts/deps/explorer.sh; do
  [ -e "$dep" ] && bash "$dep"
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project src/KnowledgeGraph.Api -c Release -- "$@"
