"""The knowledge answer for a turn, shared by the knowledge, fallback and meldcode actions."""
from typing import Dict, List, Optional

from actions.turn import Turn
from veilig.answers import choice_messages, entry_messages, formal, is_for_professionals
from veilig.knowledge.search import KnowledgeSearch
from veilig.routes import route_messages

SEARCH = KnowledgeSearch()


def knowledge_messages(turn: Turn) -> Optional[List[Dict]]:
    """The answer for this turn from what the decision order found (no new search), or None."""
    entry_id = turn.clicked_entry or turn.found_entry
    entry = SEARCH.entry(entry_id) if entry_id else None
    if entry:
        messages = entry_messages(SEARCH, entry)
        if is_for_professionals(entry) and not turn.clicked_entry:
            # A meldcode question: Veilig Thuis first, then the answer, then the walk-through button.
            return route_messages("meldcode_kennis_intro") + formal(messages) + route_messages("meldcode_volgende_stap")
        return turn.number_line_first() + messages
    if turn.choices:
        return choice_messages(SEARCH, turn.choices)
    return None
