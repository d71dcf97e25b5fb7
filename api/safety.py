"""What the gateway says when the bot cannot answer, and the 112 safety net.

The texts come from knowledge/routes.yml like every other answer. They are loaded once at
start-up, so a broken file or index later on cannot take the emergency numbers away; only if
they cannot be loaded at all, the built-in text below is used.
"""
import logging
from typing import Dict, List

from veilig.danger import detect_danger
from veilig.languages import FOREIGN, language_messages
from veilig.routes import route_messages

logger = logging.getLogger("gateway.safety")

# Last resort only: used when knowledge/routes.yml could not be read at start-up.
_BUILT_IN_DEGRADED = [{"text": "De chat werkt nu even niet. Is er nu gevaar? Bel 112. "
                               "Voor advies: Veilig Thuis 0800-2000, gratis en dag en nacht.", "buttons": []}]


def _load(name: str, fallback: List[Dict]) -> List[Dict]:
    try:
        return route_messages(name)
    except Exception:  # noqa: BLE001 - any failure here must not stop the gateway
        logger.exception("could not load route %s; using built-in text", name)
        return fallback


def _load_language(language: str, name: str, fallback: List[Dict]) -> List[Dict]:
    try:
        return language_messages(language, name) or fallback
    except Exception:  # noqa: BLE001 - a missing translation falls back to Dutch
        logger.exception("could not load %s route %s; using Dutch", language, name)
        return fallback


class SafetyTexts:
    def __init__(self) -> None:
        self.degraded = _load("storing", _BUILT_IN_DEGRADED)
        self.acute = _load("acuut", _BUILT_IN_DEGRADED)
        self.danger_first = _load("gevaar_eerst", _BUILT_IN_DEGRADED)
        self.rate_limited = _load("te_veel_berichten", _BUILT_IN_DEGRADED)[0]["text"]
        # In other languages: the 'bot is down' and the acute answer, loaded once like the Dutch.
        self.degraded_by_language = {lang: _load_language(lang, "storing", self.degraded) for lang in FOREIGN}
        self.acute_by_language = {lang: _load_language(lang, "acuut", self.acute) for lang in FOREIGN}

    def degraded_in(self, language: str) -> List[Dict]:
        return self.degraded_by_language.get(language, self.degraded)

    def ensure_112_first(self, text: str, messages: List[Dict], language: str = "nl") -> List[Dict]:
        """If the danger check fires and the bot's first line lacks 112, put the 112 answer first
        (for a weak sign only the 112 line, so the answer to the request stays)."""
        signal = detect_danger(text)
        if signal is None:
            return messages
        first = messages[0]["text"].split("\n", 1)[0] if messages else ""
        if "112" in first:
            return messages
        logger.warning("danger check fired but reply lacked 112; safety net added it")
        if language in self.acute_by_language:
            return self.acute_by_language[language] + messages
        return (self.acute if signal.strong else self.danger_first) + messages
