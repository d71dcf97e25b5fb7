"""The knowledge answer for a turn, shared by the knowledge, fallback, meldcode and follow-up code."""
from typing import Dict, List, Optional

from actions.turn import Turn
from veilig.answers import entry_messages, formal, is_for_professionals
from veilig.dialogue_order import find_in_knowledge, leans_on_context
from veilig.knowledge.search import KnowledgeSearch
from veilig.routes import route_messages

SEARCH = KnowledgeSearch()


def knowledge_messages(turn: Turn) -> Optional[List[Dict]]:
    """The answer for the entry the decision order found or the person clicked, or None. (No new
    search: a message that leans on the conversation is searched in actions/follow_up.py.)"""
    entry_id = turn.clicked_entry or turn.found_entry
    entry = SEARCH.entry(entry_id) if entry_id else None
    return answer_messages(turn, entry) if entry else None


def answer_messages(turn: Turn, entry: Dict) -> List[Dict]:
    """An entry's answer; a person in need gets their route's number line before it."""
    if is_for_professionals(entry) and not turn.clicked_entry:
        # A meldcode question: Veilig Thuis first, then the answer, then the walk-through button.
        return answer_for_professionals(entry) + route_messages("meldcode_volgende_stap")
    return turn.number_line_first() + entry_messages(SEARCH, entry)


def answer_for_professionals(entry: Dict) -> List[Dict]:
    """Veilig Thuis first, then the entry's answer in the 'u' register."""
    return route_messages("meldcode_kennis_intro") + formal(entry_messages(SEARCH, entry))


def context_entry(turn: Turn) -> Optional[Dict]:
    """An entry for a question that leans on what came before ('hoe lang duurt dat?', 'ook
    vrijwilligers?', 'en wat is stap 2?'), or None. Each side must support the answer:
    - after an answer: one of the message's own close entries that is that answer or one the
      editors linked to it ('gerelateerd'); else the confident entry for the message searched
      together with that answer's title, when it is that answer (the question was not answered
      by reading it), a linked one or one of the message's own close entries;
    - after a message without an answer (a route): the confident entry for both messages
      together, when the first alone does not give it and the second alone came close to it
      (or to nothing)."""
    if turn.found_entry or turn.clicked_entry or not leans_on_context(turn.text):
        return None
    own = set(turn.choices)
    previous = SEARCH.entry(turn.context.previous_entry) if turn.context.previous_entry else None
    if previous:
        linked = [previous["id"], *(previous.get("related") or [])]
        pick = next((choice for choice in turn.choices if choice in linked), None)
        if not pick:
            found = find_in_knowledge(SEARCH, f"{previous['title']} {turn.text}", by_meaning=True).entry_id
            pick = found if found and (found in linked or found in own) else None
        return SEARCH.entry(pick) if pick else None
    before = turn.context.previous_text
    if before:
        found = find_in_knowledge(SEARCH, f"{before} {turn.text}", by_meaning=True).entry_id
        if found and (not own or found in own) and found != find_in_knowledge(SEARCH, before).entry_id:
            return SEARCH.entry(found)
    return None
