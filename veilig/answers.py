"""Answers built from the knowledge base: one entry with its source, or a choice of entries.

Shared by the actions (knowledge, fallback, meldcode) so none of them imports another.
"""
import json
from typing import Dict, List, Optional, Sequence

from veilig.formal import to_formal
from veilig.knowledge.search import KnowledgeSearch, source_line
from veilig.routes import route_messages

MELDCODE_FOLDER = "meldcode"


def formal(messages: List[Dict]) -> List[Dict]:
    """The same messages in the 'u' register, for professionals."""
    return [{"text": to_formal(m["text"]),
             "buttons": [{"title": to_formal(b["title"]), "payload": b["payload"]} for b in m.get("buttons") or []]}
            for m in messages]


def entry_button(entry_id: str, title: str) -> Dict[str, str]:
    return {"title": title, "payload": "/kennis_item" + json.dumps({"kennis_id": entry_id})}


def is_for_professionals(entry: Dict) -> bool:
    return entry.get("audience") == "professional" or entry.get("folder") == MELDCODE_FOLDER


def entry_messages(search: KnowledgeSearch, entry: Dict) -> List[Dict]:
    """The message for one entry: short answer, then its source on a line of its own, with
    buttons to two related entries."""
    buttons = []
    for related_id in entry["related"][:2]:
        related = search.entry(related_id)
        if related:
            buttons.append(entry_button(related_id, related["title"]))
    source = entry["source"]
    text = f"{entry['text']}\n\n{source_line(source['document'], source['section'], source.get('url', ''))}"
    return [{"text": text, "buttons": buttons}]


def choice_messages(search: KnowledgeSearch, entry_ids: Sequence[str]) -> Optional[List[Dict]]:
    """Not sure enough to answer: offer the likely topics as buttons instead of guessing."""
    buttons = []
    for entry_id in entry_ids:
        entry = search.entry(entry_id)
        if entry:
            buttons.append(entry_button(entry_id, entry["title"]))
    if not buttons:
        return None
    messages = route_messages("kennis_suggesties")
    messages[0]["buttons"] = buttons
    return messages
