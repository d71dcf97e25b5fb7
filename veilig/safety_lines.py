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
    possible and the Kindertelefoon for a child, both right after the route's number line."""
    if not text or text.startswith("/"):
        return messages
    danger = detect_danger(text)
    first_line = messages[0]["text"].split("\n", 1)[0] if messages else ""
    # Where the route's own number line is: the added lines go right after it.
    after_number = 0
    if danger and "112" not in first_line:
        messages = route_messages("gevaar_eerst") + messages
        after_number = 1
    after_number = min(after_number + 1, len(messages))
    if cannot_call(text) and not _mentions(messages, "112NL"):
        extra = route_messages("niet_bellen")
        messages = messages[:after_number] + extra + messages[after_number:]
        after_number += len(extra)
    # A child reads the Kindertelefoon straight after the first number, not below the whole route.
    if sounds_like_a_child(text) and not _mentions(messages, "Kindertelefoon"):
        messages = messages[:after_number] + route_messages("acuut_kind_extra") + messages[after_number:]
    return messages
