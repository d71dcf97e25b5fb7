"""Knowledge gaps without text: which words come up in questions the bot could not answer.

For /beheer only (on when KNOWLEDGE_ADMIN_TOKEN is set). A message that got no answer goes, in
memory, to one worker thread, never to disk or a log. There it is de-identified first with deduce
(Dutch names, places, addresses, phone numbers, e-mail, BSN become tags, which are dropped), then
cut into words; a word counts only when it is in the Dutch lexicon (spaCy's lookup tables) and is
no stopword, number or tag, and it counts by its base form. Which conversations used a word is
kept in memory as keyed hashes; a word reaches the SQLite file (the week, the word and the number
of conversations) only once it came from at least 5 different conversations. The message itself
is dropped as soon as its words are taken.
"""
import datetime
import logging
import queue
import re
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, List, Optional, Set, Tuple, Union

import sqlite_utils

from veilig.knowledge.analyzer import STOPWORDS, dutch_lemma

logger = logging.getLogger("gateway")
TABLE = "kennisgaten"
MIN_CONVERSATIONS = 5
MIN_LETTERS = 3
QUEUE_SIZE = 500       # messages waiting for the worker; more are dropped, the chat never waits
KEPT_WORDS = 50_000    # (week, word) pairs followed in memory at most
_TAG = re.compile(r"\[[A-Z_]+(-\d+)?\]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _deidentifier():
    from deduce import Deduce

    return Deduce()


def deidentify(text: str) -> str:
    """The text with every name, place, address, number, e-mail and date replaced by a tag."""
    return _deidentifier().deidentify(text).deidentified_text


def content_words(text: str) -> Set[str]:
    """The base forms of the known Dutch content words of an already de-identified text."""
    words = set()
    for word in _WORD.findall(_TAG.sub(" ", text)):
        lowered = word.lower()
        if len(lowered) < MIN_LETTERS or lowered in STOPWORDS:
            continue
        lemma = dutch_lemma(lowered)
        if lemma and len(lemma) >= MIN_LETTERS and lemma not in STOPWORDS:
            words.add(lemma)
    return words


def week_of(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class GapWords:
    def __init__(self, path: Union[str, Path], conversation_key: Callable[[str], str], enabled: bool) -> None:
        self.path = Path(path)
        self.enabled = enabled
        self._key = conversation_key
        self._queue: "queue.Queue[Tuple[str, str, str]]" = queue.Queue(maxsize=QUEUE_SIZE)
        self._seen: Dict[Tuple[str, str], Set[str]] = {}
        self._thread: Optional[threading.Thread] = None
        self._start_lock = threading.Lock()
        if enabled:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite_utils.Database(str(self.path))
            if TABLE not in db.table_names():
                db.table(TABLE).create({"week": str, "woord": str, "gesprekken": int}, pk=("week", "woord"))
            db.close()

    def submit(self, session_id: str, text: str, day: Optional[datetime.date] = None) -> None:
        """A message that got no answer; returns at once (the work is done by the worker)."""
        if not self.enabled:
            return
        try:
            self._queue.put_nowait((week_of(day or datetime.date.today()), self._key(session_id), text))
        except queue.Full:
            return
        self._ensure_worker()

    def _ensure_worker(self) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="kennisgaten", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while True:
            week, conversation, text = self._queue.get()
            try:
                self._take(week, conversation, text)
            except Exception as error:  # a gap word is never worth a crash; no text in the log
                logger.warning("gap words: message skipped (%s)", type(error).__name__)
            finally:
                del text
                self._queue.task_done()

    def _take(self, week: str, conversation: str, text: str) -> None:
        reached = []
        for word in content_words(deidentify(text)):
            seen = self._seen.setdefault((week, word), set())
            seen.add(conversation)
            if len(seen) >= MIN_CONVERSATIONS:
                reached.append((week, word, len(seen)))
        if len(self._seen) > KEPT_WORDS:  # forget the oldest week first (weeks sort as text)
            oldest = min(seen_week for seen_week, _ in self._seen)
            for key in [key for key in self._seen if key[0] == oldest]:
                del self._seen[key]
        if reached:
            conn = sqlite3.connect(self.path)
            try:
                with conn:
                    conn.executemany(f"insert into {TABLE} (week, woord, gesprekken) values (?, ?, ?) "
                                     "on conflict (week, woord) do update set gesprekken = excluded.gesprekken", reached)
            finally:
                conn.close()

    def drain(self, timeout: float = 60.0) -> bool:
        """Wait until the worker has taken every waiting message (tests, shutdown)."""
        finished = threading.Event()

        def wait() -> None:
            self._queue.join()
            finished.set()

        threading.Thread(target=wait, daemon=True).start()
        return finished.wait(timeout)

    def words(self, limit: int = 100) -> List[Dict]:
        if not self.enabled or not self.path.exists():
            return []
        conn = sqlite3.connect(self.path)
        try:
            rows = conn.execute(f"select week, woord, gesprekken from {TABLE} order by week desc, gesprekken desc, woord "
                                "limit ?", (limit,)).fetchall()
        except sqlite3.Error:
            return []
        finally:
            conn.close()
        return [{"week": w, "woord": word, "gesprekken": n} for w, word, n in rows]
