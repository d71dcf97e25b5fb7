"""The bot's fixed answers per audience, from knowledge/routes.yml, with numbers filled in."""
import re
from typing import Dict, List

from veilig.contacts import render
from veilig.yamlfiles import load_knowledge_yaml

_FIELD = re.compile(r"\{(?!tel:)([a-z_]+)\}")


def route_names() -> List[str]:
    return list(load_knowledge_yaml("routes.yml"))


def route_messages(name: str, **fields: str) -> List[Dict]:
    """Messages as {'text': ..., 'buttons': [{'title', 'payload'}]} ready to send."""
    messages = []
    for item in load_knowledge_yaml("routes.yml")[name]:
        text = render(item["tekst"])
        text = _FIELD.sub(lambda m: str(fields.get(m.group(1), m.group(0))), text)
        buttons = [{"title": b["titel"], "payload": b["payload"]} for b in item.get("knoppen") or []]
        messages.append({"text": text.strip(), "buttons": buttons})
    return messages
