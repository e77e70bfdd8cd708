#!/bin/bash
# Installs what Moat's build and tests need on Debian 12, and only what is missing:
# cmake, gcc + make (build-essential), emscripten (Debian's package, emcc 3.1.6, with its prebuilt
# frozen sysroot; it brings clang-14/lld/binaryen and Debian's nodejs), chromium (Debian's: the
# playground test drives it through playwright-core; no tool may ever download a browser), node/npm
# only when node is absent (an existing node is never replaced), python3 (CPython 3.11 is the
# conformance oracle). `apt-get update` runs only when something is to be installed.
# Then `npm ci` at the repo root when node_modules is missing or older than package-lock.json.
# Idempotent: a second run installs nothing and prints "nothing to install".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=()
fi

have_pkg() {
    local status
    status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
    [ "$status" = "install ok installed" ]
}

missing=()
need_cmd_pkg() { # need_cmd_pkg COMMAND PACKAGE...: the packages are needed if COMMAND is absent
    local cmd="$1"; shift
    if ! command -v "$cmd" >/dev/null 2>&1; then missing+=("$@"); fi
}
need_pkg() { # need_pkg PACKAGE: needed unless dpkg knows it as installed
    if ! have_pkg "$1"; then missing+=("$1"); fi
}

need_cmd_pkg cmake cmake
need_cmd_pkg gcc build-essential
need_cmd_pkg make build-essential
need_cmd_pkg emcc emscripten
# The sanitizer and fuzz stages (scripts/test-sanitize.sh, scripts/fuzz-smoke.sh) build with clang-14
# (a dependency of emscripten); its ASan/UBSan/libFuzzer runtimes are a separate package.
need_cmd_pkg clang-14 clang-14
need_pkg libclang-rt-14-dev
# A font package with chromium: headless pages render text even on a minimal machine.
need_cmd_pkg chromium chromium fonts-liberation
need_cmd_pkg python3 python3
# npm ci fetches over TLS; minimal images may lack the CA bundle (nodejs only recommends it).
need_pkg ca-certificates
if ! command -v node >/dev/null 2>&1; then
    missing+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    # node is present: never replace it. Debian's nodejs comes without npm, so add Debian's npm;
    # any other node (NodeSource, nvm, ...) ships its own npm and must be fixed by its owner.
    node_version="$(dpkg-query -W -f='${Version}' nodejs 2>/dev/null || true)"
    if [ -n "$node_version" ] && [[ "$node_version" != *nodesource* ]]; then
        missing+=(npm)
    else
        die "node is installed but npm is not; install the npm that belongs to $(command -v node)"
    fi
fi

if [ "${#missing[@]}" -gt 0 ]; then
    # Deduplicate while keeping the order.
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')
    if [ -n "${SETUP_DRY_RUN:-}" ]; then
        say "dry run: would apt-get update and install: ${missing[*]}"
        exit 0
    fi
    if [ "$(id -u)" -ne 0 ] && [ "${#SUDO[@]}" -eq 0 ]; then
        die "need to install: ${missing[*]} but not root and sudo is absent"
    fi
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script targets Debian 12"
    export DEBIAN_FRONTEND=noninteractive
    say "installing: ${missing[*]}"
    say "apt-get update"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
    say "apt-get install ${missing[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" || die "apt-get install failed"
else
    say "system packages: nothing to install"
fi

# Verify the tools really are there now (fail loudly rather than later in the build).
for cmd in cmake gcc make emcc emcmake chromium node npm python3; do
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' still missing after install"
done
python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' ||
    say "WARNING: python3 is $(python3 --version 2>&1), the conformance oracle should be CPython 3.11"

# JS dependencies (jest, playwright-core). playwright-core never downloads browsers, and the
# variable below makes sure nothing else in the tree does either.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -f package-lock.json ]; then
    stamp=node_modules/.package-lock.json
    if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$stamp" -ot package-lock.json ]; then
        say "npm ci (node_modules missing or older than package-lock.json)"
        npm ci --no-audit --no-fund || die "npm ci failed"
    else
        say "node_modules: up to date"
    fi
elif [ -f package.json ]; then
    say "WARNING: package.json without package-lock.json; running npm install"
    npm install --no-audit --no-fund || die "npm install failed"
fi

say "ok: $(cmake --version | head -1); gcc $(gcc -dumpversion); emcc $(emcc --version 2>/dev/null | head -1 | grep -o '[0-9]\+\.[0-9]\+\.[0-9]\+' | head -1); node $(node --version); npm $(npm --version); $(python3 --version)"
