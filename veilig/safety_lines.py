"""Lines that go with any answer, whatever route produced it (see actions/send.py)."""
from typing import Dict, List

from veilig.cannot_call import cannot_call
from veilig.child import sounds_like_a_child
from veilig.danger import detect_danger
from veilig.routes import route_messages


def _mentions(messages: List[Dict], word: str) -> bool:
    return any(word.lower() in m["text"].lower() for m in messages)


def add_safety_lines(text: str, messages: List[Dict]) -> List[Dict]:
    """112 first on a weak danger sign; ways to get help without calling when calling is not
    possible (after the route's number line); the Kindertelefoon for a child."""
    if not text or text.startswith("/"):
        return messages
    danger = detect_danger(text)
    first_line = messages[0]["text"].split("\n", 1)[0] if messages else ""
    if danger and "112" not in first_line:
        messages = route_messages("gevaar_eerst") + messages
    if cannot_call(text) and not _mentions(messages, "112NL"):
        messages = messages[:1] + route_messages("niet_bellen") + messages[1:]
    if sounds_like_a_child(text) and not _mentions(messages, "Kindertelefoon"):
        messages = messages + route_messages("acuut_kind_extra")
    return messages
