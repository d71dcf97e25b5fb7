#!/usr/bin/env bash
# Installs what the browser tests (tests/browser) need; safe to run again, does nothing when done.
#  - Debian's Chromium at /usr/bin/chromium (no browser download by Playwright)
#  - Playwright for Python into .venv-gateway, where the browser tests run (only the driver;
#    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1)
#  - axe-core from npm into .venv-gateway/node (offline accessibility checks)
set -euo pipefail
cd "$(dirname "$0")/.."

PLAYWRIGHT_VERSION=1.65.2
GREENLET_VERSION=3.5.6
AXE_CORE_VERSION=4.14.1
VENV=.venv-gateway
AXE_DIR=$VENV/node  # inside the environment: ignored by git
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -x /usr/bin/chromium ]; then
  echo "install_browser_deps: installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x $VENV/bin/python ]; then
  bash scripts/setup.sh
fi

if ! $VENV/bin/python -c "import importlib.metadata as m, sys; sys.exit(m.version('playwright') != '$PLAYWRIGHT_VERSION')" 2>/dev/null; then
  echo "install_browser_deps: installing playwright==$PLAYWRIGHT_VERSION"
  $VENV/bin/python -m pip install --quiet --disable-pip-version-check \
    "playwright==$PLAYWRIGHT_VERSION" "greenlet==$GREENLET_VERSION"
fi

if [ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ] || \
   ! grep -q "\"version\": \"$AXE_CORE_VERSION\"" "$AXE_DIR/node_modules/axe-core/package.json"; then
  echo "install_browser_deps: installing axe-core@$AXE_CORE_VERSION"
  mkdir -p "$AXE_DIR"
  npm install --silent --no-audit --no-fund --no-save --prefix "$AXE_DIR" "axe-core@$AXE_CORE_VERSION" >/dev/null
fi
echo "install_browser_deps: ok (chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), playwright $PLAYWRIGHT_VERSION, axe-core $AXE_CORE_VERSION)"
