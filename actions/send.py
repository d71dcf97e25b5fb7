"""Sending prepared messages ({'text', 'buttons'}) through the dispatcher."""
from typing import Dict, List

from rasa_sdk.executor import CollectingDispatcher


def send_all(dispatcher: CollectingDispatcher, messages: List[Dict]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [])
