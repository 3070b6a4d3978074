#!/usr/bin/env bash
# Produces every command-output block in README.md and docs/ ('$ scripts/kg ...' in a text block) by running its
# command against a database seeded from graph-seeds/. The same test, run without KG_REFRESH_DOCS, fails when a block
# differs from its command's output, so no output is ever edited by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
KG_REFRESH_DOCS=1 dotnet test tests/KnowledgeGraph.Cli.Tests -c Release --nologo \
  --filter "FullyQualifiedName~DocumentedOutputTests" -v q
