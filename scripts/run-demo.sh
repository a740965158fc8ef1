#!/usr/bin/env bash
# Builds Warmline and starts the workstation with its built-in demo backend.
# Extra arguments go to the workstation, e.g. --demo-user agent1 or --language zh_CN.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target warmline warmline-server

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  echo "No display found: starting Warmline on a virtual X display (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/bin/warmline "$@"
fi
exec build/release/bin/warmline "$@"
