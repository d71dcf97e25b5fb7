import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def built_index(tmp_path_factory):
    """A knowledge index built from the real knowledge files into a temporary var dir."""
    from veilig.knowledge.index import build_index

    var = tmp_path_factory.mktemp("var")
    old = os.environ.get("VV_VAR_DIR")
    os.environ["VV_VAR_DIR"] = str(var)
    result = build_index(force=True)
    assert result.ok, [str(p) for p in result.problems if p.level == "fout"]
    yield var / "kennis.sqlite"
    if old is None:
        os.environ.pop("VV_VAR_DIR", None)
    else:
        os.environ["VV_VAR_DIR"] = old


@pytest.fixture
def knowledge_copy(tmp_path, monkeypatch):
    """A private copy of knowledge/ and var/, for tests that edit files."""
    copy = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", copy)
    var = tmp_path / "var"
    var.mkdir()
    monkeypatch.setenv("VV_KNOWLEDGE_DIR", str(copy))
    monkeypatch.setenv("VV_VAR_DIR", str(var))
    return copy


def run_async(coro):
    """Run a coroutine to its end in a thread of its own: the browser tests' Playwright keeps an
    event loop running in the main thread for the whole session, and asyncio.run refuses that."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
