"""Building the SQLite FTS5 index from the knowledge files, atomically.

The index is rebuilt only when a knowledge file changed (fingerprint), always into a new file
that replaces the old one in one rename: readers see the old index or the new one, never half.
An edit with errors is never built, so the last good index keeps serving.
"""
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import sqlite_utils
import yaml

from veilig.knowledge.analyzer import expand, phrases, stems
from veilig.knowledge.check import Problem, check_knowledge
from veilig.knowledge.entries import Entry, load_entries
from veilig.knowledge.kinds import entry_kind
from veilig.paths import index_path, knowledge_dir
from veilig.yamlfiles import YAML_FILES

ANALYZER_VERSION = "12"  # bump when the analysis changes, so old indexes are rebuilt


def fingerprint(root: Path) -> str:
    digest = hashlib.sha256(ANALYZER_VERSION.encode())
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".md", ".yml") and p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def current_fingerprint(path: Path) -> Optional[str]:
    if not path.exists():
        return None
    try:
        db = sqlite_utils.Database(str(path))
        row = db.execute("select value from meta where key = 'fingerprint'").fetchone()
        db.close()
        return row[0] if row else None
    except Exception:  # a corrupt or foreign file counts as no index
        return None


@dataclass
class BuildResult:
    built: bool
    problems: List[Problem]
    entries: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not any(p.level == "fout" for p in self.problems)


def _write(entries: List[Entry], root: Path, target: Path, fp: str) -> None:
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    db = sqlite_utils.Database(str(tmp))
    analysed = {e.id: {
        "title_n": stems(e.title),
        "syn_n": [s for syn in e.synonyms for s in stems(syn)],
        "short_n": stems(e.short),
        "long_n": stems(e.long),
        "vragen_n": [s for question in e.questions for s in stems(question)],
    } for e in entries}
    vocabulary = {t for cols in analysed.values() for col in cols.values() for t in col}
    db.table("entries").insert_all(
        [{
            "id": e.id, "folder": e.folder, "title": e.title, "synonyms": json.dumps(e.synonyms, ensure_ascii=False),
            "audience": e.audience, "document": e.source.get("document", ""), "section": e.source.get("sectie", ""),
            "url": e.source.get("url", ""), "related": json.dumps(e.related), "checked": e.checked,
            "short": e.short, "long": e.long,
            "english": json.dumps(e.meta.get("engels") or {}, ensure_ascii=False, default=str),
            "questions": json.dumps(e.questions, ensure_ascii=False),
            "kind": entry_kind(e.id, e.title, e.folder, e.meta.get("soort")) or "",
        } for e in entries],
        pk="id",
    )
    # The title, every synonym and every example question as analysed phrases, for whole-phrase
    # matching in the search.
    phrases_n = {e.id: json.dumps(phrases(e.title, e.synonyms, e.questions)) for e in entries}
    db.table("docs").insert_all(
        [{"id": eid, **{k: " ".join(expand(v, vocabulary)) for k, v in cols.items()}, "phrases_n": phrases_n[eid]}
         for eid, cols in analysed.items()],
        pk="id",
    )
    db.table("docs").enable_fts(["title_n", "syn_n", "short_n", "long_n", "vragen_n"], tokenize="unicode61", create_triggers=False)
    db.table("vocab").insert_all([{"term": t} for t in sorted(vocabulary)], pk="term")
    # The validated YAML files travel with the index: the services read them from here.
    db.table("files").insert_all(
        [{"name": name, "data": json.dumps(yaml.safe_load((root / name).read_text(encoding="utf-8")) or {}, ensure_ascii=False, default=str)}
         for name in YAML_FILES],
        pk="name",
    )
    db.table("meta").insert_all(
        [{"key": "fingerprint", "value": fp}, {"key": "entries", "value": str(len(entries))},
         {"key": "built_at", "value": str(int(time.time()))}],
        pk="key",
    )
    db.conn.commit()
    db.close()
    os.replace(tmp, target)


def build_index(root: Optional[Path] = None, target: Optional[Path] = None, force: bool = False) -> BuildResult:
    root = root or knowledge_dir()
    target = target or index_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    fp = fingerprint(root)
    if not force and current_fingerprint(target) == fp:
        return BuildResult(False, [], seconds=time.perf_counter() - started)
    problems = check_knowledge(root)
    if any(p.level == "fout" for p in problems):
        return BuildResult(False, problems, seconds=time.perf_counter() - started)
    entries, _ = load_entries(root)
    _write(entries, root, target, fp)
    return BuildResult(True, problems, len(entries), time.perf_counter() - started)
