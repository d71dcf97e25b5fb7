"""Answers from the knowledge base: the entry the decision order found, a clicked entry, or a
choice of entries. A person in need gets their route's number line before the answer."""
import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.follow_up import (acute_follow_up, answered_by_the_conversation, feeling_after_route, follow_up_messages,
                               kindertelefoon_refused, what_happened_messages)
from actions.knowledge_answer import knowledge_messages
from actions.send import send_all
from actions.turn import Turn
from veilig.answers import formal
from veilig.knowledge.search import KnowledgeIndexUnavailable
from veilig.routes import route_messages

logger = logging.getLogger(__name__)


class ActionKennis(Action):
    def name(self) -> Text:
        return "action_kennis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        turn = Turn(tracker)
        try:
            messages = (what_happened_messages(turn) or kindertelefoon_refused(turn) or feeling_after_route(turn)
                        or acute_follow_up(turn) or answered_by_the_conversation(turn) or knowledge_messages(turn)
                        or follow_up_messages(turn))
        except KnowledgeIndexUnavailable:
            logger.error("knowledge index unavailable")
            messages = None
        messages = messages or (turn.number_line_first() + route_messages("kennis_geen_antwoord"))
        if turn.addressed_as_professional:
            messages = formal(messages)  # a professional is addressed with "u" throughout
        send_all(dispatcher, messages, tracker)
        return [SlotSet("kennis_id", None)]
