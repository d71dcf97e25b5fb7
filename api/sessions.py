"""Chat sessions and rate limits, in memory only.

Ids the gateway hands out are random and unguessable. A client may also bring its own id (for
example a test harness); any id of a safe form is accepted, and it only ever reaches the
conversation of whoever uses it. Sessions are forgotten after the idle time, like the Rasa
tracker store does.
"""
import re
import secrets
import threading
import time
from collections import deque
from typing import Deque, Dict, Optional

SESSION_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


class SessionRegistry:
    def __init__(self, idle_seconds: float) -> None:
        self.idle_seconds = idle_seconds
        self._last_seen: Dict[str, float] = {}
        self._language: Dict[str, str] = {}  # only for conversations not in Dutch
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        for sid in [s for s, seen in self._last_seen.items() if now - seen > self.idle_seconds]:
            del self._last_seen[sid]
            self._language.pop(sid, None)

    def language(self, session_id: str) -> Optional[str]:
        with self._lock:
            return self._language.get(session_id)

    def set_language(self, session_id: str, language: str) -> None:
        with self._lock:
            if language == "nl":
                self._language.pop(session_id, None)
            elif session_id in self._last_seen:
                self._language[session_id] = language

    def resolve(self, session_id: Optional[str]) -> str:
        """The id to use: the given one if it has a safe form, otherwise a fresh random one."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            if session_id and SESSION_ID.match(session_id):
                sid = session_id
            else:
                sid = secrets.token_urlsafe(24)
            self._last_seen[sid] = now
            return sid

    def __len__(self) -> int:
        return len(self._last_seen)


class RateLimiter:
    """Sliding window per client; limit 0 switches it off (load tests, evaluations)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: Dict[str, Deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        if self.per_minute <= 0:
            return True
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and now - hits[0] > 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False
            hits.append(now)
            if len(self._hits) > 10000:  # keep memory bounded under many clients
                for key in [k for k, v in self._hits.items() if not v or now - v[-1] > 60]:
                    del self._hits[key]
            return True
