"""Where the project's data lives. Read from the environment on every call, so tests and
editors can point the services at another copy (VV_KNOWLEDGE_DIR, VV_VAR_DIR)."""
import os
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDEX_NAME = "kennis.sqlite"
# The two environments (scripts/setup.sh): Rasa's on Python 3.10, the gateway's on a supported Python.
RASA_BIN = ROOT / ".venv" / "bin"
GATEWAY_BIN = ROOT / ".venv-gateway" / "bin"


def knowledge_dir() -> Path:
    return Path(os.environ.get("VV_KNOWLEDGE_DIR") or ROOT / "knowledge")


def var_dir() -> Path:
    return Path(os.environ.get("VV_VAR_DIR") or ROOT / "var")


def meaning_cache() -> Path:
    """The sentence model's vectors of known phrasings (veilig.knowledge.meaning). Not under
    VV_VAR_DIR: a text has one vector, so every copy of the data (tests, editors) shares it."""
    return Path(os.environ.get("VV_CACHE_DIR") or ROOT / "var" / "cache") / "betekenis.npz"


def index_path() -> Path:
    return var_dir() / INDEX_NAME


def index_file() -> str:
    """index_path() as a string, for the hot path that checks the index on every lookup."""
    return _index_file(os.environ.get("VV_VAR_DIR") or "")


@lru_cache(maxsize=8)
def _index_file(var: str) -> str:
    return os.path.join(var or str(ROOT / "var"), INDEX_NAME)


def seeds_dir() -> Path:
    """The regional source documents (outside the repository: they are cited, never copied in).
    VV_SEEDS_DIR, else the shared folder beside the checkout or of this machine."""
    if os.environ.get("VV_SEEDS_DIR"):
        return Path(os.environ["VV_SEEDS_DIR"])
    for candidate in (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "seeds"
