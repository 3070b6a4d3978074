#!/usr/bin/env bash
# Installs a compose CLI so that the Neo4j store's tests can run `docker compose config` / `docker-compose config`
# on docker-compose.yml. No Docker engine is needed (config only parses and interpolates the file).
set -euo pipefail

if docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "neo4j.sh: no apt-get; the compose test will validate the YAML structure itself" >&2
  exit 0
fi

source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
if ! apt_install docker-compose; then
  echo "neo4j.sh: could not install docker-compose; the compose test will validate the YAML structure itself" >&2
fi
