"""Trackers made as Rasa makes them, for the action tests: the classifier's intent goes through
the decision order (veilig/dialogue_order.py) with the real knowledge search, which sets the intent
and the entities the actions read; earlier messages of the conversation likewise."""
import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Sequence, Tuple

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from veilig.dialogue_order import Found, decide, find_in_knowledge, meaning_allowed, meaning_allowed_when_not_ours
from veilig.knowledge.search import KnowledgeIndexUnavailable, KnowledgeSearch
from veilig.rasa_entities import ANSWERED_ENTRY, decision_entities


def _find(text, intent):
    # As rasa_addons/dialogue_order.py asks it: the meaning opinion only for what the classifier holds for ours.
    try:
        return find_in_knowledge(KnowledgeSearch(), text, meaning_allowed(intent, text), meaning_allowed_when_not_ours(intent, text))
    except KnowledgeIndexUnavailable:
        return Found()


def user_message(text="", intent="", entities=None, metadata=None, ranking=None) -> Dict:
    """The parse data of a message as Rasa gives it after the decision order."""
    entities = list(entities or [])
    ranking = [{"name": name, "confidence": 1.0 - n / 10} for n, name in enumerate(ranking or ([intent] if intent else []))]
    if text and not text.startswith("/"):
        intent = intent or "nlu_fallback"
        decision = decide(text, intent, lambda question: _find(question, intent))
        intent = decision.intent
        entities += decision_entities(decision, text)
    return {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities,
            "intent_ranking": ranking, "metadata": metadata or {}}


def tracker(text="", intent="", slots=None, entities=None, metadata=None, ranking=None,
            earlier: Sequence[Tuple[str, ...]] = ()) -> Tracker:
    """A tracker whose latest message is `text`; `earlier` holds the conversation's messages
    before it as (text, classifier intent), or (text, classifier intent, entry the bot answered with)."""
    message = user_message(text, intent, entities, metadata, ranking)
    events: List[Dict] = []
    for t, i, *answered in earlier:
        events.append({"event": "user", "text": t, "parse_data": user_message(t, i)})
        events += [{"event": "bot", "text": "", "metadata": {ANSWERED_ENTRY: entry_id}} for entry_id in answered]
    events.append({"event": "user", "text": text, "parse_data": message})
    return Tracker("test", slots or {}, message, events, False, None, {}, "action_listen")


def run_coroutine(coroutine):
    # In a thread of its own: the browser tests' Playwright keeps an event loop in the main thread.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def run(action, text="", intent="", slots=None, ranking=None, earlier: Sequence[Tuple[str, ...]] = ()):
    dispatcher = CollectingDispatcher()
    events = run_coroutine(action.run(dispatcher, tracker(text, intent, slots, ranking=ranking, earlier=earlier), {}))
    return dispatcher.messages, events


def all_text(messages):
    return "\n".join(m["text"] for m in messages)


def after_112(text: str) -> str:
    """A route's text as it stands after a message of the same reply that gave 112 (its own 112
    question left out: veilig/safety_lines.without_repeated_112)."""
    from veilig.safety_lines import without_repeated_112
    return without_repeated_112([{"text": "Bel 112."}, {"text": text}])[-1]["text"]
