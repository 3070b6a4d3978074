#!/usr/bin/env bash
# Explorer page dependencies (idempotent, fast when nothing changed):
#  1. Debian's headless Chromium + ChromeDriver for the browser tests (apt-get update only when one is missing);
#  2. the page bundle: `npm ci && npm run build` in web/explorer when the bundle in
#     src/KnowledgeGraph.Api/wwwroot/explorer/ is missing or older than any source file.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
for pkg in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "explorer deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

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
