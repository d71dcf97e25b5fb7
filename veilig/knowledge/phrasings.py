"""The known phrasing closest to a question, by letters rather than words.

Every title, synonym and example question of an entry is a way people ask for it. The word search
needs their words to survive stopwords, lemmas and typo correction; this compares letter
sequences (3 to 5 letters within each word, tf-idf weighted, cosine), so 'hoe herken je een
loverboy' is close to 'hoe herkent u een loverboy' however it is typed. The search uses it as a
weight in its ranking and as a second opinion when it is not sure (PHRASING_WEIGHT and SIMILAR_*
in veilig.knowledge.search).
"""
import math
from collections import Counter, defaultdict
from typing import Callable, Dict, Iterable, List, Optional, Tuple

import numpy as np

from veilig.text import fold

SIZES = (3, 4, 5)
MAX_CHARS = 500
RECENT = 64  # the ranking and the second opinion ask about the same question in one turn


def grams(text: str) -> Counter:
    """Letter sequences of each word padded with spaces: 'kind' -> ' ki', 'kin', ..., 'ind '."""
    found: Counter = Counter()
    for word in fold(text[:MAX_CHARS]).split():
        padded = f" {word} "
        for size in SIZES:
            found.update(padded[i:i + size] for i in range(max(1, len(padded) - size + 1)))
    return found


class Phrasings:
    """An inverted index of the phrasings' letter sequences (numpy arrays per sequence)."""

    def __init__(self, phrasings: Iterable[Tuple[str, str]]):
        phrasings = list(phrasings)
        items = [(entry_id, grams(text)) for entry_id, text in phrasings if text and text.strip()]
        self.entries: List[str] = sorted({entry_id for entry_id, _ in items})
        number_of = {entry_id: n for n, entry_id in enumerate(self.entries)}
        self.owners = np.array([number_of[entry_id] for entry_id, _ in items], dtype=np.int64)
        df: Counter = Counter()
        for _, counts in items:
            df.update(counts.keys())
        count = len(items)
        self.idf = {g: math.log((1 + count) / (1 + n)) + 1 for g, n in df.items()}
        lists: Dict[str, Tuple[List[int], List[float]]] = defaultdict(lambda: ([], []))
        for number, (_, counts) in enumerate(items):
            weights = {g: (1 + math.log(n)) * self.idf[g] for g, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for g, w in weights.items():
                lists[g][0].append(number)
                lists[g][1].append(w / norm)
        self.postings = {g: (np.array(numbers, dtype=np.int64), np.array(values))
                         for g, (numbers, values) in lists.items()}
        self.size = count
        self._recent: Dict[str, List[Tuple[str, float]]] = {}
        self._written: Dict[str, set] = defaultdict(set)
        for entry_id, text in phrasings:
            self._written[fold(text or "")].add(entry_id)

    def identical(self, question: str, min_words: int) -> Optional[str]:
        """The one entry with a phrasing of at least `min_words` words that is the question itself, word
        for word once folded; None when there is none or more entries have it."""
        written = fold((question or "")[:MAX_CHARS])
        owners = self._written.get(written, ()) if len(written.split()) >= min_words else ()
        return next(iter(owners)) if len(owners) == 1 else None

    def closest(self, question: str) -> List[Tuple[str, float]]:
        """Entries by the cosine similarity of their closest phrasing to the question, best first
        (remembered for the last RECENT questions; callers must not change the list)."""
        return remembered(self._recent, question or "", self._closest)

    def _closest(self, question: str) -> List[Tuple[str, float]]:
        counts = grams(question)
        weights = {g: (1 + math.log(n)) * self.idf[g] for g, n in counts.items() if g in self.idf}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if not norm or not self.size:
            return []
        numbers = np.concatenate([self.postings[g][0] for g in weights])
        values = np.concatenate([self.postings[g][1] * (w / norm) for g, w in weights.items()])
        per_phrasing = np.bincount(numbers, weights=values, minlength=self.size)
        per_entry = np.zeros(len(self.entries))
        np.maximum.at(per_entry, self.owners, per_phrasing)
        order = np.argsort(-per_entry, kind="stable")
        return [(self.entries[i], float(per_entry[i])) for i in order if per_entry[i] > 0]


def remembered(recent: Dict[str, List[Tuple[str, float]]], question: str,
               compute: Callable[[str], List[Tuple[str, float]]]) -> List[Tuple[str, float]]:
    """recent[question], computed on the first ask; the oldest is forgotten past RECENT questions."""
    if question not in recent:
        if len(recent) >= RECENT:
            recent.pop(next(iter(recent)))
        recent[question] = compute(question)
    return recent[question]


def clearly_closest(ranked: List[Tuple[str, float]], minimum: float, gap: float) -> Optional[str]:
    """The closest entry when it is close enough and clearly closer than the next one."""
    if not ranked or ranked[0][1] < minimum:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    return ranked[0][0] if ranked[0][1] - runner_up >= gap else None
