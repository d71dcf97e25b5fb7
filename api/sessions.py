"""Chat sessions and rate limits, in memory only.

Ids the gateway hands out are random and signed with a secret (CHAT_SESSION_SECRET, shared by
several gateway processes; made at start when unset): "<random>.<signature>". An id the gateway
did not issue (chosen by a client, or forged) is replaced by a fresh one, so two clients can never
share a conversation by picking the same id. Sessions are forgotten after the idle time, like the
Rasa tracker store does.
"""
import base64
import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from typing import Deque, Dict, Optional


class SessionSigner:
    def __init__(self, secret: str) -> None:
        self._key = (secret or secrets.token_urlsafe(32)).encode()

    def _signature(self, token: str) -> str:
        digest = hmac.new(self._key, token.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode()

    @property
    def key(self) -> bytes:
        return self._key

    def digest(self, value: str) -> str:
        """A keyed hash of `value` (a client address): the same in every gateway sharing the secret."""
        return hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()[:24]

    def new_id(self) -> str:
        token = secrets.token_urlsafe(24)
        return f"{token}.{self._signature(token)}"

    def is_ours(self, session_id: str) -> bool:
        token, dot, signature = (session_id or "").partition(".")
        if not dot or not token or len(session_id) > 128:
            return False
        return hmac.compare_digest(signature.encode(), self._signature(token).encode())


class SessionRegistry:
    def __init__(self, idle_seconds: float, secret: str = "") -> None:
        self.idle_seconds = idle_seconds
        self.signer = SessionSigner(secret)
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
        """The id to use: the given one if this gateway (or one sharing its secret) issued it,
        otherwise a fresh signed one."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            sid = session_id if session_id and self.signer.is_ours(session_id) else self.signer.new_id()
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

    async def allow(self, client: str) -> bool:
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
