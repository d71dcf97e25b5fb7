"""Typing errors corrected to the words of the knowledge base, before the search reads a question.

"Wat is Vielig Thuis?", "hoe herekn ik kindermishandleing": a word that is neither a Dutch word
nor a word of our entries is most likely one of ours mistyped. It is replaced by the entry word
that is fewest edits away (a letter added, dropped, changed or two neighbours swapped: the
optimal string alignment distance), at most one edit for words up to MAX_ONE_EDIT letters and two
for longer ones, with the same first letter (people seldom mistype that one); of equally close
words the most used one wins. The whole question is corrected, so the word search, the letter
similarity and the meaning model all read the same words. The word search still has its own typo
correction for what this leaves (veilig.knowledge.search).
"""
import re
from collections import Counter
from typing import Callable, Container, Dict, Iterable, List, Optional, Tuple

from veilig.text import fold

MIN_LETTERS = 4       # shorter words are too often something else ('nie', 'vr') to guess
MAX_ONE_EDIT = 7      # up to this length one edit, longer words two
MAX_CACHED = 20000
_WORD = re.compile(r"[^\W\d_]+")
_APOSTROPHES = "'’`"


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or limit + 1 as soon as it must exceed the limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: List[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def word_counts(texts: Iterable[str]) -> Counter:
    """The words a speller corrects to: folded, letters only, long enough."""
    return Counter(word for text in texts for word in fold(text).split() if len(word) >= MIN_LETTERS and word.isalpha())


class Speller:
    """Knows the words of the entries (folded, with how often they occur) and corrects to them."""

    def __init__(self, texts: Iterable[str], known: Callable[[], Container[str]], counts: Optional[Counter] = None):
        self.counts: Counter = Counter(counts or {})
        self.counts.update(word_counts(texts))
        self._known = known   # every Dutch word form: valid words are never corrected
        self.buckets: Dict[Tuple[str, int], List[str]] = {}
        for word in self.counts:
            self.buckets.setdefault((word[0], len(word)), []).append(word)
        self._cache: Dict[str, Optional[str]] = {}

    def word(self, word: str) -> Optional[str]:
        """The entry word meant by a folded word that is not a word itself, or None."""
        if word in self._cache:
            return self._cache[word]
        found = None
        if len(word) >= MIN_LETTERS and word.isalpha() and word not in self.counts and word not in self._known():
            limit = 1 if len(word) <= MAX_ONE_EDIT else 2
            best: Tuple[int, int] = (limit + 1, 0)
            for size in range(len(word) - limit, len(word) + limit + 1):
                for candidate in self.buckets.get((word[0], size), ()):
                    edits = distance(word, candidate, limit)
                    if edits <= limit and (edits, -self.counts[candidate]) < (best[0], -best[1]):
                        best, found = (edits, self.counts[candidate]), candidate
        if len(self._cache) < MAX_CACHED:
            self._cache[word] = found
        return found

    def correct(self, text: str) -> str:
        """The text with each mistyped word replaced; abbreviations in capitals stay as written."""
        def replace(match: "re.Match") -> str:
            raw, start, end = match.group(), match.start(), match.end()
            if raw.isupper() and len(raw) <= 5:
                return raw
            if (start and text[start - 1] in _APOSTROPHES) or (end < len(text) and text[end] in _APOSTROPHES):
                return raw   # "auto's", "zo'n": half a word
            return self.word(fold(raw).replace(" ", "")) or raw
        return _WORD.sub(replace, text)
