"""The editors' YAML files (contacts, regions, routes, ...) as the services see them.

The services read the copy stored in the knowledge index, which only ever holds a validated
set of files: an invalid edit is never served. Without an index (a fresh checkout, before the
first build) the files themselves are read.
"""
import json
import os
import sqlite3
from functools import lru_cache
from typing import Any, Dict

import yaml

from veilig.paths import index_file, knowledge_dir

YAML_FILES = ("contacten.yml", "regios.yml", "gemeenten.yml", "gemeenten-buiten-regio.yml", "bronnen.yml", "routes.yml",
              "talen/en.yml", "talen/pl.yml", "talen/ro.yml", "talen/bg.yml", "talen/tr.yml", "talen/ar.yml")


@lru_cache(maxsize=8)
def _from_index(path: str, inode: int, mtime_ns: int) -> Dict[str, Any]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name: json.loads(data) for name, data in conn.execute("select name, data from files")}
    finally:
        conn.close()


@lru_cache(maxsize=32)
def _from_file(path: str, mtime_ns: int) -> Any:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def load_knowledge_yaml(name: str) -> Any:
    index = index_file()
    try:
        stat = os.stat(index)
        files = _from_index(index, stat.st_ino, stat.st_mtime_ns)
        if name in files:
            return files[name]
    except (FileNotFoundError, sqlite3.Error):
        pass
    path = knowledge_dir() / name
    return _from_file(str(path), path.stat().st_mtime_ns)
