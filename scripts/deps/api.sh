#!/usr/bin/env bash
# Installs what the API's tests and run need: the npm packages of web/ (GraphiQL, the graphql-http audit) from the
# committed package-lock.json, and the GraphiQL bundle in src/KnowledgeGraph.Api/wwwroot/dist when missing or stale.
# Idempotent and quick when nothing changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
web="$root/web"
dist="$root/src/KnowledgeGraph.Api/wwwroot/dist"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "api deps: installing nodejs and npm from Debian"
  source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
  apt_install nodejs npm
fi

# npm ci when node_modules is missing or older than the lock file.
if [[ ! -d "$web/node_modules" || "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]]; then
  echo "api deps: npm ci in web/"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Rebuild the bundle when it is missing or any source is newer than the last build.
stamp="$dist/build-stamp.txt"
if [[ ! -f "$stamp" ]] || [[ -n "$(find "$web/src" "$web/build.mjs" "$web/package-lock.json" -newer "$stamp" -print -quit)" ]]; then
  echo "api deps: building GraphiQL into src/KnowledgeGraph.Api/wwwroot/dist"
  (cd "$web" && npm run --silent build)
fi
