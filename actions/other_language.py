"""A message in another language than Dutch: first help in that language (veilig/foreign.py)."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.send import send_all
from veilig.foreign import foreign_messages, language_lines
from veilig.languages import FOREIGN
from veilig.rasa_entities import LANGUAGE_ENTITY
from veilig.routes import route_messages


def _earlier_messages(tracker: Tracker) -> List[str]:
    """The user's messages of this session before the latest one, oldest first."""
    texts: List[str] = []
    for event in tracker.events:
        if event.get("event") == "session_started":
            texts = []
        elif event.get("event") == "user" and (event.get("text") or "").strip():
            texts.append(event["text"])
    return texts[:-1]


def _language_line_given(tracker: Tracker, language: str) -> bool:
    """The line on an interpreter in this language was sent in this session."""
    lines, given = set(language_lines(language)), False
    for event in tracker.events:
        if event.get("event") == "session_started":
            given = False
        elif event.get("event") == "bot" and (event.get("text") or "") in lines:
            given = True
    return given


class ActionAndereTaal(Action):
    def name(self) -> Text:
        return "action_andere_taal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        message = tracker.latest_message or {}
        language = next((e.get("value") for e in message.get("entities") or [] if e.get("entity") == LANGUAGE_ENTITY), None)
        language = language if language in FOREIGN else tracker.get_slot("taal")
        text = message.get("text") or ""
        messages = foreign_messages(text, language, earlier=_earlier_messages(tracker),
                                    language_line_given=_language_line_given(tracker, language)) if language in FOREIGN else []
        # Never silent: without texts in that language, the Dutch fallback with both numbers.
        send_all(dispatcher, messages or route_messages("fallback_zorg"))
        return [SlotSet("taal", language if language in FOREIGN else None)]
