#!/usr/bin/env bash
# Analytics tests cross-check betweenness against networkx; the analytics bench compares with igraph.
# Debian's packages install into /usr/bin/python3, which the tests and the bench call by that path.
set -euo pipefail

if /usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1; then
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Other installers may hold apt's locks; wait for them rather than fail.
apt_retry() {
  for _ in $(seq 1 60); do
    if apt-get -o DPkg::Lock::Timeout=60 "$@"; then
      return 0
    fi
    sleep 5
  done
  apt-get -o DPkg::Lock::Timeout=60 "$@"
}
apt_retry update -qq
apt_retry install -y -qq --no-install-recommends python3 python3-networkx python3-igraph >/dev/null
/usr/bin/python3 -c 'import networkx, igraph'
