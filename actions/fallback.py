"""Fallback: search before giving up; when the bot does not understand, worry still gets Veilig Thuis."""
import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.follow_up import (acute_follow_up, answered_by_the_conversation, feeling_after_route, follow_up_messages,
                               kindertelefoon_refused, what_happened_messages)
from actions.knowledge_answer import knowledge_messages
from actions.send import send_all
from actions.turn import Turn
from veilig.answers import formal
from veilig.knowledge.search import KnowledgeIndexUnavailable
from veilig.need import shows_need
from veilig.routes import route_messages
from veilig.worry import is_about_violence_or_worry

logger = logging.getLogger(__name__)
BARE_WORDS = 4


class ActionFallback(Action):
    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        turn = Turn(tracker)
        worry = is_about_violence_or_worry(turn.text) or (shows_need(turn.text) and not turn.text.startswith("/"))
        # 'ik ben bang' as a first message: topics its one word comes close to help no one; who is
        # it about, Veilig Thuis and 112 do.
        bare_worry = (worry and not turn.found_entry and len(turn.text.split()) <= BARE_WORDS
                      and not (turn.context.route or turn.context.previous_entry))
        try:
            messages = ((what_happened_messages(turn) or kindertelefoon_refused(turn) or feeling_after_route(turn)
                         or acute_follow_up(turn) or answered_by_the_conversation(turn) or knowledge_messages(turn)
                         or follow_up_messages(turn))
                        if not (turn.text.startswith("/") or bare_worry) else None)
        except KnowledgeIndexUnavailable:
            logger.error("knowledge index unavailable")
            messages = None
        if messages and worry and not any("0800" in m["text"] for m in messages):
            messages = messages + route_messages("kennis_zorg_extra")
        if not messages:
            messages = route_messages("fallback_zorg" if worry else "fallback")
        if turn.addressed_as_professional:
            # "Geldt die ook als ouders in de GGZ zitten?" from a jeugdarts got "welk onderwerp je bedoelt"
            messages = formal(messages)
        send_all(dispatcher, messages, tracker)
        # Forget the unclear turn so it does not steer the rest of the conversation.
        return [UserUtteranceReverted()]
