#!/usr/bin/env bash
# Builds Warmline with AddressSanitizer + UndefinedBehaviorSanitizer and runs every test with
# ctest, whose summary closes the output. Also builds the benchmarks, so they never rot.
# Usage: scripts/run-tests.sh [extra ctest arguments, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
