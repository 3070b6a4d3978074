#!/usr/bin/env bash
# The browser tests (tests/KnowledgeGraph.Api.BrowserTests) drive Debian's headless Chromium: install `chromium` and
# `chromium-driver` when missing (apt-get update only then). Test-only: scripts/run.sh does not need a browser.
set -euo pipefail

missing=()
for pkg in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "browser deps: installing ${missing[*]}"
  source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
  apt_install "${missing[@]}"
fi
