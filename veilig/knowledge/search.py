"""Searching the knowledge index.

Questions go through the same analysis as the entries; every term is quoted before it reaches
FTS5, so no user input is ever read as FTS5 syntax. The index file is reopened when a rebuild
has replaced it, which makes a reload visible without restarting anything.
"""
import difflib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Set

from veilig.contacts import render
from veilig.knowledge.analyzer import split_compound, stems
from veilig.paths import index_path
from veilig.yamlfiles import load_knowledge_yaml

# Column weights for bm25: title, synonyms, short answer, longer explanation.
WEIGHTS = (8.0, 6.0, 2.0, 0.7)
MIN_COVERAGE = 0.5  # share of the question's terms an answer must contain to be 'good enough'
MIN_SCORE = 2.0


@dataclass
class Hit:
    id: str
    title: str
    text: str
    audience: str
    document: str
    section: str
    url: str
    related: List[str]
    score: float
    coverage: float

    @property
    def confident(self) -> bool:
        return self.coverage >= MIN_COVERAGE and self.score >= MIN_SCORE

    def as_result(self) -> Dict:
        return {"id": self.id, "title": self.title, "text": self.text, "audience": self.audience,
                "source": {"document": self.document, "section": self.section}, "score": round(self.score, 3)}


class KnowledgeIndexUnavailable(RuntimeError):
    pass


class _Opened:
    def __init__(self, path: Path):
        self.stat = path.stat()
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.vocab: Set[str] = {row[0] for row in self.conn.execute("select term from vocab")}
        self.by_initial: Dict[str, List[str]] = {}
        for term in self.vocab:
            self.by_initial.setdefault(term[:1], []).append(term)
        self.doc_terms: Dict[str, Set[str]] = {
            row[0]: set(" ".join(row[1:]).split())
            for row in self.conn.execute("select id, title_n, syn_n, short_n, long_n from docs")
        }


class KnowledgeSearch:
    def __init__(self, path: Optional[Path] = None):
        self.path = Path(path) if path else index_path()
        self._opened: Optional[_Opened] = None
        self._lock = threading.Lock()

    def _current(self) -> _Opened:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            raise KnowledgeIndexUnavailable(f"no index at {self.path}")
        opened = self._opened
        if opened is None or (stat.st_ino, stat.st_mtime_ns) != (opened.stat.st_ino, opened.stat.st_mtime_ns):
            try:
                opened = _Opened(self.path)
            except sqlite3.DatabaseError as error:
                raise KnowledgeIndexUnavailable(str(error))
            self._opened = opened
        return opened

    def ready(self) -> bool:
        try:
            with self._lock:
                return self._current().conn.execute("select count(*) from entries").fetchone()[0] > 0
        except (KnowledgeIndexUnavailable, sqlite3.Error):
            return False

    def _correct(self, term: str, opened: _Opened) -> List[str]:
        if term in opened.vocab or term.isdigit():
            return [term]
        parts = split_compound(term, opened.vocab)
        if parts:
            return parts
        candidates = [t for t in opened.by_initial.get(term[:1], []) if abs(len(t) - len(term)) <= 2]
        close = difflib.get_close_matches(term, candidates, n=1, cutoff=0.78)
        return close or [term]

    def query_terms(self, question: str, opened: _Opened) -> List[str]:
        terms: List[str] = []
        for term in stems(question):
            for corrected in self._correct(term, opened):
                if corrected not in terms:
                    terms.append(corrected)
        return terms

    def search(self, question: str, limit: int = 5) -> List[Hit]:
        with self._lock:
            opened = self._current()
            terms = self.query_terms(question or "", opened)
            if not terms:
                return []
            # Quoted terms: FTS5 operators in the question are plain words here.
            match = " OR ".join(f'"{t}"' for t in terms)
            try:
                rows = opened.conn.execute(
                    f"""select e.id, e.title, e.short, e.audience, e.document, e.section, e.url, e.related,
                               bm25(docs_fts, {', '.join(map(str, WEIGHTS))}) as rank
                        from docs_fts join docs d on d.rowid = docs_fts.rowid join entries e on e.id = d.id
                        where docs_fts match ? order by rank limit 25""",
                    (match,),
                ).fetchall()
            except sqlite3.Error:
                return []
        hits = []
        for eid, title, short, audience, document, section, url, related, rank in rows:
            coverage = sum(1 for t in terms if t in opened.doc_terms.get(eid, ())) / len(terms)
            score = -rank * (0.5 + coverage)
            hits.append(Hit(eid, title, render(short), audience, document, section, url,
                            json.loads(related or "[]"), score, coverage))
        hits.sort(key=lambda h: -h.score)
        return hits[: max(1, limit)]

    def entry(self, entry_id: str) -> Optional[Dict]:
        with self._lock:
            opened = self._current()
            row = opened.conn.execute(
                "select id, folder, title, synonyms, audience, document, section, url, related, checked, short, long "
                "from entries where id = ?", (entry_id,)).fetchone()
        if not row:
            return None
        keys = ["id", "folder", "title", "synonyms", "audience", "document", "section", "url", "related", "checked", "short", "long"]
        item = dict(zip(keys, row))
        return {
            "id": item["id"], "title": item["title"], "text": render(item["short"]), "long": render(item["long"]),
            "audience": item["audience"], "folder": item["folder"], "synonyms": json.loads(item["synonyms"]),
            "related": json.loads(item["related"]), "checked": item["checked"],
            "source": {"document": item["document"], "section": item["section"], "url": item["url"]},
        }


def source_line(document: str, section: str, url: str = "") -> str:
    """'Bron: Regiovisie Noord- en Midden-Limburg, 'Actielijn 3''."""
    sources = load_knowledge_yaml("bronnen.yml")
    title = (sources.get(document) or {}).get("titel", document)
    if document == "landelijk":
        return f"Bron: {section or title}" + (f" ({url})" if url else "")
    return f"Bron: {title}, '{section}'" if section else f"Bron: {title}"
