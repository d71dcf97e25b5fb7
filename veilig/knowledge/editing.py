"""Changing one knowledge entry from the /beheer workbench, safely.

An editor changes the short answer and the synonyms of an entry (the rest of the file stays as
it is, byte for byte). Before anything is written, the whole knowledge folder is checked with the
change in a scratch copy: an edit with errors is refused and nothing changes. A good edit keeps
the previous version (var/kennis-versies/<id>/), replaces the file in one rename, rebuilds and
reloads the index, and adds a line to the change log (which entry, when to the minute, which
editor) - never any chat text.
"""
import datetime
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from veilig.knowledge.check import ID_FORMAT, Problem, check_knowledge
from veilig.knowledge.entries import Entry, entry_paths, parse_entry
from veilig.knowledge.index import build_index
from veilig.paths import knowledge_dir, var_dir

LONG_HEADING = "\n## Meer uitleg"
SYNONYMS_LINE = re.compile(r"^synoniemen:.*$", re.MULTILINE)
MAX_SHORT_CHARS = 2000
MAX_SYNONYMS = 60


@dataclass
class EditResult:
    saved: bool
    problems: List[Problem] = field(default_factory=list)
    message: str = ""


def find_entry(entry_id: str, root: Optional[Path] = None) -> Optional[Entry]:
    """The entry with this id, found among the entry files (never a path built from the id)."""
    if not ID_FORMAT.match(entry_id or ""):
        return None
    root = root or knowledge_dir()
    for path in entry_paths(root):
        if path.stem == entry_id:
            return parse_entry(path, root)
    return None


def _synonyms_yaml(synonyms: List[str]) -> str:
    return "synoniemen: [" + ", ".join(json.dumps(s, ensure_ascii=False) for s in synonyms) + "]"


def compose(entry: Entry, short: str, synonyms: List[str]) -> str:
    """The entry's file with a new short answer and synonyms; everything else unchanged."""
    text = entry.path.read_text(encoding="utf-8")
    header_end = text.index("\n---", 3) + len("\n---\n")
    header, body = text[:header_end], text[header_end:]
    header = SYNONYMS_LINE.sub(lambda _: _synonyms_yaml(synonyms), header, count=1)
    rest = body[body.index(LONG_HEADING):] if LONG_HEADING in body else "\n"
    short = short.replace("\r\n", "\n").strip()
    return header + short + ("\n" + rest if rest.strip() else "\n")


def clean_synonyms(raw: str) -> List[str]:
    """One synonym per line (or comma), trimmed, without empties and duplicates."""
    seen: Dict[str, None] = {}
    for part in re.split(r"[\n,]", raw or ""):
        word = " ".join(part.split())
        if word and word.lower() not in {s.lower() for s in seen}:
            seen[word] = None
    return list(seen)[:MAX_SYNONYMS]


def check_edit(entry: Entry, new_text: str, root: Optional[Path] = None) -> List[Problem]:
    """Every problem of the knowledge folder as it would be with this edit (a scratch copy)."""
    root = root or knowledge_dir()
    with tempfile.TemporaryDirectory(prefix="vv-bewerking-") as scratch:
        copy = Path(scratch) / "knowledge"
        shutil.copytree(root, copy)
        (copy / entry.path.relative_to(root)).write_text(new_text, encoding="utf-8")
        return check_knowledge(copy)


def save_edit(entry_id: str, short: str, synonyms_raw: str, editor: str, root: Optional[Path] = None) -> EditResult:
    root = root or knowledge_dir()
    entry = find_entry(entry_id, root)
    if entry is None:
        return EditResult(False, message="Dit kennisitem bestaat niet.")
    if not short.strip():
        return EditResult(False, message="Het korte antwoord mag niet leeg zijn.")
    if len(short) > MAX_SHORT_CHARS:
        return EditResult(False, message=f"Het korte antwoord is te lang (meer dan {MAX_SHORT_CHARS} tekens).")
    new_text = compose(entry, short, clean_synonyms(synonyms_raw))
    errors = [p for p in check_edit(entry, new_text, root) if p.level == "fout"]
    if errors:
        return EditResult(False, errors, "Niet opgeslagen: los eerst deze fouten op.")
    old_text = entry.path.read_text(encoding="utf-8")
    if new_text == old_text:
        return EditResult(False, message="Er is niets veranderd.")
    _keep_version(entry_id, old_text)
    _replace(entry.path, new_text)
    result = build_index(root)
    if not result.ok:  # cannot happen after check_edit; if it does, the old file comes back
        _replace(entry.path, old_text)
        build_index(root)
        return EditResult(False, result.problems, "Niet opgeslagen: de index kon niet worden gebouwd.")
    _log_change(entry_id, editor)
    return EditResult(True, message="Opgeslagen. De bot gebruikt het nieuwe antwoord meteen.")


def _replace(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".bewerking-", suffix=".md")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def _keep_version(entry_id: str, text: str) -> None:
    folder = var_dir() / "kennis-versies" / entry_id
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    (folder / f"{stamp}.md").write_text(text, encoding="utf-8")


def change_log_path() -> Path:
    return var_dir() / "kennis-wijzigingen.jsonl"


def _log_change(entry_id: str, editor: str) -> None:
    line = {"wanneer": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), "item": entry_id, "door": editor}
    with open(change_log_path(), "a", encoding="utf-8") as log:
        log.write(json.dumps(line, ensure_ascii=False) + "\n")


def change_log(limit: int = 50) -> List[Dict[str, str]]:
    path = change_log_path()
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()[-limit:]
    return [json.loads(line) for line in reversed(lines) if line.strip()]
