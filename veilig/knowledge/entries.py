"""Reading knowledge entries: Markdown files with a YAML header, one topic per file."""
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

FOLDERS = ("definities", "meldcode", "hulp-en-route", "organisaties", "regios", "cijfers")
AUDIENCES = ("inwoner", "professional", "beide")
LONG_HEADING = re.compile(r"^##\s+meer uitleg\s*$", re.IGNORECASE | re.MULTILINE)


class EntryFormatError(ValueError):
    def __init__(self, path: Path, line: int, message: str):
        super().__init__(message)
        self.path, self.line, self.message = path, line, message


@dataclass
class Entry:
    id: str
    folder: str
    path: Path
    title: str
    synonyms: List[str]
    questions: List[str]
    audience: str
    source: Dict[str, str]
    related: List[str]
    checked: str
    short: str
    long: str
    meta: dict = field(repr=False)
    field_lines: Dict[str, int] = field(repr=False)
    body_line: int = 1


def _field_lines(header: str, first_line: int) -> Dict[str, int]:
    lines: Dict[str, int] = {}
    for offset, line in enumerate(header.splitlines()):
        match = re.match(r"^([a-z_]+)\s*:", line)
        if match:
            lines.setdefault(match.group(1), first_line + offset)
    return lines


def split_front_matter(text: str, path: Path) -> Tuple[dict, Dict[str, int], str, int]:
    if not text.startswith("---"):
        raise EntryFormatError(path, 1, "Het bestand moet beginnen met een regel '---' en dan de kopgegevens.")
    parts = text.split("\n---", 1)
    if len(parts) < 2:
        raise EntryFormatError(path, 1, "De kopgegevens zijn niet afgesloten: zet een regel '---' onder de kop.")
    header = parts[0][3:]
    body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = (mark.line + 1) if mark else 1
        raise EntryFormatError(path, line, f"De kopgegevens zijn geen geldige YAML ({getattr(error, 'problem', error)}). "
                               "Let op dubbele punten en aanhalingstekens.")
    if not isinstance(meta, dict):
        raise EntryFormatError(path, 2, "De kopgegevens moeten de vorm 'veld: waarde' hebben.")
    body_line = header.count("\n") + 3
    return meta, _field_lines(header, 1), body, body_line


def parse_entry(path: Path, root: Path) -> Entry:
    text = path.read_text(encoding="utf-8")
    meta, lines, body, body_line = split_front_matter(text, path)
    parts = LONG_HEADING.split(body, maxsplit=1)
    short = parts[0].strip()
    long = parts[1].strip() if len(parts) > 1 else ""
    bron = meta.get("bron")
    source: Dict = bron if isinstance(bron, dict) else {}
    synonyms = meta.get("synoniemen") or []
    questions = meta.get("vragen") or []
    related = meta.get("gerelateerd") or []
    return Entry(
        id=path.stem,
        folder=path.parent.name,
        path=path,
        title=str(meta.get("titel") or "").strip(),
        synonyms=[str(s) for s in synonyms] if isinstance(synonyms, list) else [],
        questions=[str(q) for q in questions] if isinstance(questions, list) else [],
        audience=str(meta.get("doelgroep") or "").strip(),
        source={k: str(v) for k, v in source.items()},
        related=[str(r) for r in related] if isinstance(related, list) else [],
        checked=str(meta.get("gecontroleerd") or ""),
        short=short,
        long=long,
        meta=meta,
        field_lines=lines,
        body_line=body_line,
    )


def entry_paths(root: Path) -> List[Path]:
    return sorted(p for folder in FOLDERS for p in (root / folder).glob("*.md"))


def load_entries(root: Path) -> Tuple[List[Entry], List[EntryFormatError]]:
    entries, errors = [], []
    for path in entry_paths(root):
        try:
            entries.append(parse_entry(path, root))
        except EntryFormatError as error:
            errors.append(error)
        except UnicodeDecodeError:
            errors.append(EntryFormatError(path, 1, "Het bestand is geen UTF-8-tekst. Sla het op als UTF-8."))
    return entries, errors
