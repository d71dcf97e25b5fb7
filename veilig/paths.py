"""Where the project's data lives. Read from the environment on every call, so tests and
editors can point the services at another copy (VV_KNOWLEDGE_DIR, VV_VAR_DIR)."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDEX_NAME = "kennis.sqlite"


def knowledge_dir() -> Path:
    return Path(os.environ.get("VV_KNOWLEDGE_DIR") or ROOT / "knowledge")


def var_dir() -> Path:
    return Path(os.environ.get("VV_VAR_DIR") or ROOT / "var")


def index_path() -> Path:
    return var_dir() / INDEX_NAME
