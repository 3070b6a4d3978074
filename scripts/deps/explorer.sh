#!/usr/bin/env bash
# The explorer page's bundle (idempotent, fast when nothing changed): `npm ci && npm run build` in web/explorer when
# the bundle in src/KnowledgeGraph.Api/wwwroot/explorer/ is missing or older than any source file. Run by both
# scripts/run.sh (the page is served at GET /) and scripts/test.sh; node and npm come from scripts/deps/api.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

src=web/explorer
out=src/KnowledgeGraph.Api/wwwroot/explorer
stamp="$out/explorer.js"
needs_build=0
if [ ! -f "$stamp" ]; then
  needs_build=1
elif [ -n "$(find "$src" -path "$src/node_modules" -prune -o -type f -newer "$stamp" -print -quit)" ]; then
  needs_build=1
fi

if [ "$needs_build" -eq 1 ]; then
  echo "explorer deps: building the page bundle"
  (
    cd "$src"
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
    npm run --silent build
  )
fi
