"""English answers: the entries that carry an 'engels' block (title, synonyms, short answer).

A small word-overlap search, enough for the few dozen entries that have English; it answers only
when one entry clearly matches, like the Dutch search. Read from the knowledge index, so a bad
edit is never served and a rebuild is seen without a restart.
"""
import json
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from veilig.contacts import render
from veilig.paths import index_path

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("""a an the i me my you your we our he she it they them his her its is am are was were be been do does
    did can could should would will shall may might must to of in on at for with about from by as and or but if
    what when where who why how which this that there here so not no yes get got have has had just really please
    someone somebody anyone""".split())
MIN_SCORE = 2.0   # a clear match needs at least two weighty words ...
MARGIN = 1.3      # ... and must beat the runner-up by this factor
COMMON = 5        # a word in more entries than this says little inside a phrase


@dataclass(frozen=True)
class EnglishEntry:
    id: str
    title: str
    short: str
    terms: Tuple[str, ...]
    phrases: Tuple[str, ...]


def _terms(text: str) -> List[str]:
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]
    # A crude stem: 'hits' -> 'hit', 'reports' -> 'report', 'beaten' stays.
    return [w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in words]


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> Tuple[EnglishEntry, ...]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("select id, english from entries").fetchall()
    except sqlite3.Error:
        return ()
    finally:
        conn.close()
    entries = []
    for entry_id, raw in rows:
        english = json.loads(raw or "{}")
        if not english.get("kort"):
            continue
        synonyms = [str(s) for s in english.get("synoniemen") or []]
        title = str(english.get("titel") or "")
        terms = tuple(_terms(" ".join([title, *synonyms, str(english["kort"])])))
        entries.append(EnglishEntry(entry_id, title, str(english["kort"]), terms,
                                    tuple(" ".join(_terms(p)) for p in [title, *synonyms] if _terms(p))))
    return tuple(entries)


def english_entries() -> Tuple[EnglishEntry, ...]:
    path = index_path()
    try:
        return _load(str(path), path.stat().st_mtime_ns)
    except FileNotFoundError:
        return ()


def find_english(question: str) -> Optional[EnglishEntry]:
    """The entry that clearly answers an English question, or None."""
    entries = english_entries()
    asked = _terms(question)
    if not asked or not entries:
        return None
    frequency: Dict[str, int] = {}
    for entry in entries:
        for term in set(entry.terms):
            frequency[term] = frequency.get(term, 0) + 1
    joined = " ".join(asked)
    scored = []
    for entry in entries:
        have = set(entry.terms)
        score = sum(1.0 / frequency[t] ** 0.5 for t in set(asked) if t in have)
        # A phrase inside a longer question counts only with a word that few entries share: "veilig
        # thuis" alone (the title of its own entry) is inside many questions about it.
        score += sum(3.0 if phrase == joined else 1.5 for phrase in entry.phrases if phrase and phrase in joined
                     and (phrase == joined or any(frequency.get(t, 0) <= COMMON for t in phrase.split())))
        scored.append((score, entry))
    scored.sort(key=lambda pair: -pair[0])
    best, entry = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best >= MIN_SCORE and best >= MARGIN * runner_up:
        return entry
    return None


def english_answer(entry: EnglishEntry) -> Dict:
    return {"text": render(entry.short), "buttons": []}
