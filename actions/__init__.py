"""Custom actions for the Rasa action server (rasa_sdk registers every Action subclass)."""
import sys
from pathlib import Path

# The action server is started with the repository root as working directory, but make the
# shared 'veilig' package importable however it is started.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
