#!/usr/bin/env bash
# The whole test suite (make test): lint and types, Rasa data validation, Rasa test stories, then
# pytest twice: tests/rasa (actions and Rasa add-ons) in Rasa's Python 3.10 environment, and all
# other tests (unit tests, knowledge search, gateway, browser and integration tests with the real
# servers) in the gateway's environment on a supported Python.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false
RASA=.venv/bin/rasa
GATEWAY_PY=.venv-gateway/bin/python

echo "== lint (ruff) and types (mypy)"
.venv-gateway/bin/ruff check --quiet api veilig actions rasa_addons scripts tests
.venv-gateway/bin/mypy --no-error-summary
echo "ok"

echo "== rasa data validate"
$RASA data validate --domain bot/domain --data data --config bot/config.yml --fail-on-warnings > results/validate.log 2>&1 \
  || { cat results/validate.log; exit 1; }
echo "ok"

echo "== rasa test stories (tests/stories)"
$RASA test core --stories tests/stories --model models/veilig-verder.tar.gz --endpoints bot/endpoints.yml \
  --out results/stories --fail-on-prediction-errors > results/stories.log 2>&1 \
  || { tail -n 60 results/stories.log; cat results/stories/failed_test_stories.yml 2>/dev/null; exit 1; }
echo "ok"

echo "== browser test dependencies (Debian chromium, playwright, axe-core)"
bash scripts/install_browser_deps.sh
export VV_REQUIRE_BROWSER=1

echo "== nginx for the proxy test (Debian's nginx; deploy/nginx/veilig-verder.conf)"
if [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi
export VV_REQUIRE_NGINX=1
echo "ok"

echo "== redis-server for the replica tests (Debian's redis-server, started by the tests themselves)"
bash scripts/install_redis.sh
export VV_REQUIRE_REDIS=1
echo "ok"

echo "== pytest tests/rasa (Rasa's environment, $(.venv/bin/python -V))"
.venv/bin/python -m pytest tests/rasa "$@"

echo "== pytest (the gateway's environment, $($GATEWAY_PY -V))"
$GATEWAY_PY -m pytest tests --ignore=tests/rasa "$@"
