#!/bin/bash
# Sets up what is missing, builds both targets, then serves the repository root so the playground
# can load js/ and js/dist/moat.wasm. Stop with Ctrl-C.
# Environment: PORT (default 8000), HOST (default 127.0.0.1; set HOST=0.0.0.0 to expose it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
bash scripts/build.sh

PORT="${PORT:-8000}"
HOST="${HOST:-127.0.0.1}"
export PORT HOST
shown="$HOST"
case "$HOST" in *:*) shown="[$HOST]" ;; esac
echo "[serve] playground URL: http://$shown:$PORT/playground/"
exec node scripts/serve.mjs "$ROOT"
