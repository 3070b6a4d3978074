#!/usr/bin/env bash
# Analytics tests cross-check betweenness against networkx; the analytics bench compares with igraph.
# Debian's packages install into /usr/bin/python3, which the tests and the bench call by that path.
set -euo pipefail

if /usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1; then
  exit 0
fi

source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
apt_install python3 python3-networkx python3-igraph
/usr/bin/python3 -c 'import networkx, igraph'
