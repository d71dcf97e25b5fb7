#!/usr/bin/env bash
# Installs Debian's redis-server for scaled mode (RASA_REPLICAS >= 2) and its tests; does nothing
# when it is there. The stack starts it itself, on 127.0.0.1 with no persistence
# (scripts/stack.py), so the system service is not needed.
set -euo pipefail
if [ -x /usr/bin/redis-server ] || command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
echo "install_redis: installing Debian's redis-server"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
