#!/usr/bin/env bash
# Runs every test of the project: installs what the tests need (scripts/deps/*.sh), checks formatting,
# builds once, runs every test project, and prints one summary line: "Tests: N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

for dep in scripts/deps/*.sh; do
  [ -e "$dep" ] || continue
  echo "== deps: $dep"
  if ! bash "$dep"; then
    echo "dependency script failed: $dep" >&2
    echo "Tests: 0 passed, 1 failed"
    exit 1
  fi
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "== restore and build"
if ! dotnet build KnowledgeGraph.sln -c Release --nologo -v q -clp:ErrorsOnly; then
  echo "build failed" >&2
  echo "Tests: 0 passed, 1 failed"
  exit 1
fi

echo "== format check"
format_failed=0
if ! dotnet format KnowledgeGraph.sln --verify-no-changes --no-restore -v q; then
  echo "dotnet format found files to fix: run 'dotnet format KnowledgeGraph.sln'" >&2
  format_failed=1
fi

echo "== tests"
dotnet test KnowledgeGraph.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" \
  -- RunConfiguration.TestSessionTimeout=1500000
test_exit=$?

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # vstest counts skipped tests in neither "notExecuted" nor "executed": they are total - executed.
  skipped=$((skipped + $(get total) - $(get executed)))
  # Name the failures again next to the summary, so a CI log's tail says what broke.
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | grep -o 'testName="[^"]*"' | sed 's/^testName="\(.*\)"$/FAILED: \1/'
done
failed=$((failed + format_failed))
[ "$format_failed" -eq 1 ] && echo "FAILED: dotnet format --verify-no-changes"
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the runner failed without a failed test (crash, timeout): never report green
fi

summary="Tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
