"""The knowledge answer for a turn, shared by the knowledge, fallback and meldcode actions."""
from typing import Dict, List, Optional

from actions.turn import Turn
from veilig.answers import choice_messages, entry_messages, formal, is_for_professionals
from veilig.dialogue_order import is_follow_up
from veilig.knowledge.search import KnowledgeSearch
from veilig.routes import route_messages

SEARCH = KnowledgeSearch()


def knowledge_messages(turn: Turn) -> Optional[List[Dict]]:
    """The answer for this turn from what the decision order found (no new search unless the
    question builds on the previous answer), or None."""
    entry_id = turn.clicked_entry or turn.found_entry
    entry = SEARCH.entry(entry_id) if entry_id else None
    if entry:
        if is_for_professionals(entry) and not turn.clicked_entry:
            # A meldcode question: Veilig Thuis first, then the answer, then the walk-through button.
            return answer_for_professionals(entry) + route_messages("meldcode_volgende_stap")
        return turn.number_line_first() + entry_messages(SEARCH, entry)
    follow_up = _follow_up_entry(turn)
    if follow_up:
        return turn.number_line_first() + entry_messages(SEARCH, follow_up)
    if turn.choices:
        return choice_messages(SEARCH, turn.choices)
    return None


def answer_for_professionals(entry: Dict) -> List[Dict]:
    """Veilig Thuis first, then the entry's answer in the 'u' register."""
    return route_messages("meldcode_kennis_intro") + formal(entry_messages(SEARCH, entry))


def _follow_up_entry(turn: Turn) -> Optional[Dict]:
    """A short question that builds on the previous answer ('en als hij zich er niet aan houdt?')
    is searched again together with that answer's title; a confident other entry is the answer."""
    if not turn.previous_entry or not is_follow_up(turn.text):
        return None
    previous = SEARCH.entry(turn.previous_entry)
    if not previous:
        return None
    hits = SEARCH.search(f"{previous['title']} {turn.text}", limit=3)
    if hits and hits[0].confident and hits[0].id != turn.previous_entry:
        return SEARCH.entry(hits[0].id)
    return None
