"""Talking to the Rasa REST channel and the action server, both on localhost."""
from typing import Dict, List, Optional

import httpx


class BotUnavailable(Exception):
    """Rasa failed, timed out or gave nothing usable."""


class RasaClient:
    def __init__(self, rasa_url: str, action_url: str, timeout: float) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.action_url = action_url.rstrip("/")
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=2.0),
                                        limits=httpx.Limits(max_connections=100, max_keepalive_connections=40))

    async def send(self, session_id: str, text: str, municipality: Optional[str] = None,
                   language: str = "nl") -> List[Dict]:
        metadata = {"taal": language}
        if municipality:
            metadata["gemeente"] = municipality
        body: Dict = {"sender": session_id, "message": text, "metadata": metadata}
        try:
            response = await self.client.post(f"{self.rasa_url}/webhooks/rest/webhook", json=body)
        except httpx.HTTPError as error:
            raise BotUnavailable(type(error).__name__) from None
        if response.status_code != 200:
            raise BotUnavailable(f"rasa status {response.status_code}")
        try:
            raw = response.json()
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
            response = await self.client.get(url, timeout=2.0)
            return response.status_code == 200
        except httpx.HTTPError:
            return False

    async def rasa_ready(self) -> bool:
        return await self._ok(f"{self.rasa_url}/webhooks/rest/")

    async def actions_ready(self) -> bool:
        return await self._ok(f"{self.action_url}/health")

    async def close(self) -> None:
        await self.client.aclose()


def _clean(message: Dict) -> Optional[Dict]:
    text = message.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    buttons = []
    for button in message.get("buttons") or []:
        if isinstance(button, dict) and isinstance(button.get("title"), str) and isinstance(button.get("payload"), str):
            buttons.append({"title": button["title"], "payload": button["payload"]})
    return {"text": text, "buttons": buttons}
