#!/usr/bin/env bash
# Creates the two environments and installs their pinned packages; does nothing when up to date.
#  - .venv          Python 3.10: Rasa and the action server (Rasa 3.6 runs on Python 3.8-3.10 only),
#                   behind localhost.                                  requirements.lock
#  - .venv-gateway  a supported Python (3.12, else 3.13): the public gateway, the knowledge tools,
#                   the scripts and the tests that need no Rasa.        requirements-gateway.lock
set -euo pipefail
cd "$(dirname "$0")/.."

# find_python MINOR...: the first interpreter of one of these 3.x versions (pyenv's included).
find_python() {
  local minor candidate
  for minor in "$@"; do
    for candidate in "python3.$minor" "$HOME/.pyenv/versions/3.$minor"*/bin/"python3.$minor" \
                     "/usr/local/bin/python3.$minor" "/usr/bin/python3.$minor"; do
      if command -v "$candidate" >/dev/null 2>&1 && \
         "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != (3, $minor))" 2>/dev/null; then
        command -v "$candidate"
        return 0
      fi
    done
  done
  return 1
}

# make_env DIR LOCK WHY MINOR...: DIR on one of those Pythons, with LOCK installed.
make_env() {
  local dir=$1 lock=$2 why=$3
  shift 3
  local check="import sys; sys.exit(sys.version_info[1] not in ($(IFS=,; echo "$*"),))"
  if [ -x "$dir/bin/python" ] && ! "$dir/bin/python" -c "$check" 2>/dev/null; then
    echo "setup: $dir has another Python than 3.{$(IFS=,; echo "$*")}; making a new one"
    rm -rf "$dir"
  fi
  if [ ! -x "$dir/bin/python" ]; then
    local python
    if ! python=$(find_python "$@"); then
      echo "setup: $why" >&2
      echo "setup: niet gevonden: Python 3.$(IFS=/; echo "$*"). Installeer het, bijvoorbeeld met 'pyenv install 3.$1', en probeer opnieuw." >&2
      exit 1
    fi
    echo "setup: creating $dir with $python"
    "$python" -m venv "$dir"
  fi
  local stamp="$dir/.installed"
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    echo "setup: installing the pinned packages of $dir (the first time takes a few minutes)"
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "pip==24.3.1" wheel
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check -r "$lock"
    "$dir/bin/python" -m pip check
    touch "$stamp"
  fi
}

make_env .venv requirements.lock \
  "Python 3.10 is nodig voor Rasa en de action server (Rasa 3.6 draait alleen op Python 3.8-3.10)." 10
make_env .venv-gateway requirements-gateway.lock \
  "Een ondersteunde Python (3.12 of 3.13) is nodig voor de gateway en de tests." 12 13

# deduce (de-identification for the gap words of /beheer) builds its lookup tables on first use:
# once here, so that no gateway start waits for it.
if [ ! -f .venv-gateway/.deduce-ready ] || [ requirements-gateway.lock -nt .venv-gateway/.deduce-ready ]; then
  echo "setup: building deduce's lookup tables (once, 1-3 minutes)"
  .venv-gateway/bin/python -c "from deduce import Deduce; Deduce()" >/dev/null 2>&1
  touch .venv-gateway/.deduce-ready
fi
