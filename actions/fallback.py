"""Fallback: when the bot does not understand, worry still gets Veilig Thuis."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.send import send_all
from veilig.routes import route_messages
from veilig.worry import is_about_violence_or_worry


class ActionFallback(Action):
    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        text = tracker.latest_message.get("text") or ""
        route = "fallback_zorg" if is_about_violence_or_worry(text) else "fallback"
        send_all(dispatcher, route_messages(route))
        # Forget the unclear turn so it does not steer the rest of the conversation.
        return [UserUtteranceReverted()]
