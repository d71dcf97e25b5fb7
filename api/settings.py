"""Gateway settings from the environment, with defaults that work on one machine."""
import os
from dataclasses import dataclass, field
from typing import List


def _int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


# Every port's default, written once: the gateway, `make run` and the stacks of the tests and
# benchmarks read them here (the environment variable of the same name overrides each).
DEFAULT_PORTS = {"RASA_PORT": 5005, "ACTION_PORT": 5055, "GATEWAY_PORT": 8000}


def port(name: str) -> int:
    return _int(name, DEFAULT_PORTS[name])


def _float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class Settings:
    rasa_url: str = field(default_factory=lambda: os.environ.get("RASA_URL", f"http://127.0.0.1:{port('RASA_PORT')}"))
    action_url: str = field(default_factory=lambda: os.environ.get("ACTION_URL", f"http://127.0.0.1:{port('ACTION_PORT')}"))
    rasa_timeout: float = field(default_factory=lambda: _float("CHAT_RASA_TIMEOUT", 10.0))
    max_message_chars: int = 1000
    rate_limit_per_minute: int = field(default_factory=lambda: _int("CHAT_RATE_LIMIT", 60))
    idle_minutes: float = field(default_factory=lambda: _float("CHAT_IDLE_MINUTES", 30))
    cors_origins: List[str] = field(default_factory=lambda: [o.strip() for o in os.environ.get("CHAT_CORS_ORIGINS", "").split(",") if o.strip()])
    admin_token: str = field(default_factory=lambda: os.environ.get("KNOWLEDGE_ADMIN_TOKEN", ""))
    # Signs the session ids; several gateway processes behind one proxy must share it.
    session_secret: str = field(default_factory=lambda: os.environ.get("CHAT_SESSION_SECRET", ""))
