"""Sending prepared messages ({'text', 'buttons'}) through the dispatcher, safety lines first.

Two lines are added here, once per turn (by the first action that speaks after the message),
so that no route can forget them:
- weak danger (veilig.danger: only 'help' marks violence as happening now): the 112 line first,
  then what the person asked;
- a child speaking about their own home, now or earlier in the conversation: the
  Kindertelefoon, when the answer lacks it;
- thoughts of suicide in the message before ("ik wil niet meer leven", then "ik ben 15"): 113 again;
- an address typed in, or a plea to send someone: the chat sends no one, 112 does.
And lines are taken out: an answer's opening "Ben je nu in gevaar? Bel 112." after a message of the
same reply that already gave 112, "Ben je jonger dan 18? ... Kindertelefoon" once the writer told
an adult age or an adult's life in this conversation, and lines the bot said in an earlier turn that
a conversation needs once (veilig.safety_lines.without_lines_said_before).
"""
from typing import Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from veilig.conversation import context_of
from veilig.rasa_entities import ANSWERED_ENTRY, OFFERED_ENTRIES
from veilig.safety_lines import add_safety_lines, without_lines_said_before, without_repeated_112


def _first_answer_this_turn(tracker: Tracker) -> bool:
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return False
        if event.get("event") == "user":
            return True
    return True


def _typed_before(tracker: Tracker) -> List[str]:
    """The person's typed messages of this session before the latest one."""
    typed: List[str] = []
    for event in tracker.events or []:
        if event.get("event") == "session_started":
            typed = []
        elif event.get("event") == "user" and (event.get("text") or "").strip() and not event["text"].startswith("/"):
            typed.append(event["text"])
    return typed[:-1]


def _said_before(tracker: Tracker) -> str:
    """The bot's messages of this session before the latest user message, joined."""
    said: List[str] = []
    latest = 0
    for event in tracker.events or []:
        kind = event.get("event")
        if kind == "session_started":
            said, latest = [], 0
        elif kind == "bot" and event.get("text"):
            said.append(event["text"])
        elif kind == "user":
            latest = len(said)
    return "\n".join(said[:latest])


def send_all(dispatcher: CollectingDispatcher, messages: List[Dict], tracker: Optional[Tracker] = None) -> None:
    if tracker is not None and _first_answer_this_turn(tracker):
        context = context_of(tracker.events or [])
        messages = add_safety_lines(tracker.latest_message.get("text") or "", messages, child=context.child,
                                    earlier=context.previous_text or "", typed=_typed_before(tracker))
        messages = without_lines_said_before(messages, _said_before(tracker), child=context.child)
    messages = without_repeated_112(messages)
    for message in messages:
        answered = {ANSWERED_ENTRY: message[ANSWERED_ENTRY]} if message.get(ANSWERED_ENTRY) else {}
        offered = {OFFERED_ENTRIES: message[OFFERED_ENTRIES]} if message.get(OFFERED_ENTRIES) else {}
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [], **answered, **offered)
