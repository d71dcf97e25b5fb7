"""Talking to the Rasa REST channel and the action server, both on localhost.

aiohttp rather than httpx for this hop: measured on this machine, an httpx request cost about
1.9 ms of CPU against 0.4 ms for aiohttp, and every chat message makes one.
"""
import asyncio
from typing import Dict, List, Optional

import aiohttp


class BotUnavailable(Exception):
    """Rasa failed, timed out or gave nothing usable."""


class RasaClient:
    def __init__(self, rasa_url: str, action_url: str, timeout: float) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.action_url = action_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout, connect=2.0)
        self._session: Optional[aiohttp.ClientSession] = None

    @property
    def session(self) -> aiohttp.ClientSession:
        # Made on first use, inside the running event loop (aiohttp asks for one).
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=self.timeout, connector=aiohttp.TCPConnector(limit=100, limit_per_host=100),
                raise_for_status=False)
        return self._session

    async def send(self, session_id: str, text: str, municipality: Optional[str] = None,
                   language: str = "nl") -> List[Dict]:
        metadata = {"taal": language}
        if municipality:
            metadata["gemeente"] = municipality
        body: Dict = {"sender": session_id, "message": text, "metadata": metadata}
        try:
            async with self.session.post(f"{self.rasa_url}/webhooks/rest/webhook", json=body) as response:
                if response.status != 200:
                    raise BotUnavailable(f"rasa status {response.status}")
                raw = await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            raise BotUnavailable(type(error).__name__) from None
        except ValueError:
            raise BotUnavailable("rasa sent no json") from None
        cleaned = [_clean(m) for m in raw if isinstance(m, dict)] if isinstance(raw, list) else []
        messages = [m for m in cleaned if m]
        if not messages:
            # Rasa answers with nothing when an action failed: treat it as a failure.
            raise BotUnavailable("empty reply")
        return messages

    async def _ok(self, url: str) -> bool:
        try:
            async with self.session.get(url, timeout=aiohttp.ClientTimeout(total=2.0)) as response:
                return response.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False

    async def rasa_ready(self) -> bool:
        return await self._ok(f"{self.rasa_url}/webhooks/rest/")

    async def actions_ready(self) -> bool:
        return await self._ok(f"{self.action_url}/health")

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


def _clean(message: Dict) -> Optional[Dict]:
    text = message.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    buttons = []
    for button in message.get("buttons") or []:
        if isinstance(button, dict) and isinstance(button.get("title"), str) and isinstance(button.get("payload"), str):
            buttons.append({"title": button["title"], "payload": button["payload"]})
    return {"text": text, "buttons": buttons}
