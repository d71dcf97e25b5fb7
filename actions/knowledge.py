"""Answers 'what is X?' from the knowledge index: short answer, source line, related buttons."""
import json
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.send import send_all
from veilig.knowledge.search import KnowledgeIndexUnavailable, KnowledgeSearch, source_line
from veilig.meldcode import to_formal
from veilig.routes import route_messages
from veilig.worry import is_personal_worry

logger = logging.getLogger(__name__)
SEARCH = KnowledgeSearch()


def formal(messages: List[Dict]) -> List[Dict]:
    return [{"text": to_formal(m["text"]),
             "buttons": [{"title": to_formal(b["title"]), "payload": b["payload"]} for b in m.get("buttons") or []]}
            for m in messages]


def _button(entry_id: str, title: str) -> Dict[str, str]:
    return {"title": title, "payload": "/kennis_item" + json.dumps({"kennis_id": entry_id})}


def entry_messages(entry: Dict) -> List[Dict]:
    """The message for one entry: short answer, then its source on a line of its own."""
    buttons = []
    for related_id in entry["related"][:2]:
        related = SEARCH.entry(related_id)
        if related:
            buttons.append(_button(related_id, related["title"]))
    source = entry["source"]
    text = f"{entry['text']}\n\n{source_line(source['document'], source['section'], source.get('url', ''))}"
    return [{"text": text, "buttons": buttons}]


SUGGESTION_COVERAGE = 0.6  # how much of the question an entry must explain to be offered as a choice


def answer_question(question: str) -> Optional[List[Dict]]:
    hits = SEARCH.search(question, limit=1)
    if not hits or not hits[0].confident:
        return None
    entry = SEARCH.entry(hits[0].id)
    return entry_messages(entry) if entry else None


def suggestion_messages(question: str) -> Optional[List[Dict]]:
    """Not sure enough to answer: offer the likely topics as buttons instead of guessing."""
    hits = [h for h in SEARCH.search(question, limit=3) if h.coverage >= SUGGESTION_COVERAGE]
    if not hits:
        return None
    messages = route_messages("kennis_suggesties")
    messages[0]["buttons"] = [_button(h.id, h.title) for h in hits]
    return messages


class ActionKennis(Action):
    def name(self) -> Text:
        return "action_kennis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        try:
            entry_id = tracker.get_slot("kennis_id")
            if tracker.latest_message.get("intent", {}).get("name") == "kennis_item" and entry_id:
                entry = SEARCH.entry(entry_id)
                messages = entry_messages(entry) if entry else None
            else:
                text = tracker.latest_message.get("text") or ""
                messages = answer_question(text) or suggestion_messages(text)
                if messages and is_personal_worry(text):
                    messages += route_messages("kennis_zorg_extra")
        except KnowledgeIndexUnavailable:
            logger.error("knowledge index unavailable")
            messages = None
        messages = messages or route_messages("kennis_geen_antwoord")
        if (tracker.active_loop or {}).get("name") == "meldcode_form" or tracker.get_slot("sector"):
            messages = formal(messages)  # a professional is addressed with "u" throughout
        send_all(dispatcher, messages)
        return [SlotSet("kennis_id", None)]
