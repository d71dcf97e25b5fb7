#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the pinned packages; does nothing when up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  for candidate in python3.10 "$HOME/.pyenv/versions/3.10"*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
  echo "setup: .venv is not Python 3.10; making a new one"
  rm -rf .venv
fi

if [ ! -x .venv/bin/python ]; then
  if ! PYTHON=$(find_python); then
    echo "setup: Python 3.10 is nodig (Rasa 3.6 draait alleen op Python 3.8-3.10) en is niet gevonden." >&2
    echo "setup: installeer het, bijvoorbeeld met 'pyenv install 3.10' of 'apt-get install python3.10', en probeer opnieuw." >&2
    exit 1
  fi
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi

stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
  echo "setup: installing pinned packages (the first time takes a few minutes)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "pip==24.3.1" wheel
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip check
  touch "$stamp"
fi
