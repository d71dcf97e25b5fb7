"""Logging in to /beheer: the admin token once, then a signed session cookie and CSRF tokens.

The cookie holds an expiry and a random nonce, signed with a key derived from the session secret
and the admin token (a new token ends every session). It is HttpOnly, SameSite=Strict, limited to
/beheer, and Secure when the page is served over https (behind the proxy: X-Forwarded-Proto).
Every form that changes something carries a CSRF token derived from the cookie's nonce; the login
form itself is refused from another origin.
"""
import hashlib
import hmac
import secrets
import time
from typing import Optional
from urllib.parse import urlsplit

from fastapi import Request

COOKIE = "vv_beheer"
LIFETIME_SECONDS = 8 * 3600
EDITOR_NAME = "beheerder"  # the name the change log gives the holder of KNOWLEDGE_ADMIN_TOKEN


class BeheerAuth:
    def __init__(self, admin_token: str, session_key: bytes) -> None:
        self.admin_token = admin_token
        self._key = hmac.new(session_key, b"beheer:" + admin_token.encode(), hashlib.sha256).digest()

    @property
    def enabled(self) -> bool:
        return bool(self.admin_token)

    def token_ok(self, given: str) -> bool:
        return self.enabled and secrets.compare_digest(given.encode(), self.admin_token.encode())

    def _sign(self, value: str) -> str:
        return hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()

    def new_cookie(self) -> str:
        payload = f"{int(time.time()) + LIFETIME_SECONDS}.{secrets.token_urlsafe(18)}"
        return f"{payload}.{self._sign(payload)}"

    def nonce(self, request: Request) -> Optional[str]:
        """The session's nonce when the cookie is valid and not expired, else None."""
        if not self.enabled:
            return None
        expiry, _, rest = (request.cookies.get(COOKIE) or "").partition(".")
        nonce, _, signature = rest.partition(".")
        if not (expiry.isdigit() and nonce and signature):
            return None
        if not secrets.compare_digest(signature, self._sign(f"{expiry}.{nonce}")) or int(expiry) < time.time():
            return None
        return nonce

    def csrf_token(self, nonce: str) -> str:
        return self._sign(f"csrf:{nonce}")

    def csrf_ok(self, request: Request, nonce: str, given: str) -> bool:
        return bool(given) and secrets.compare_digest(given, self.csrf_token(nonce))


def is_https(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


def same_origin(request: Request) -> bool:
    """A form post from this site's own page (or a client that sends no Origin at all)."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    parts = urlsplit(origin)
    return parts.netloc == request.headers.get("host", request.url.netloc)
