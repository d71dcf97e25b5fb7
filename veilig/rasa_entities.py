"""Entity names by which the decision order passes what it found to the action server."""
from typing import Any, Dict, List

FOUND_ENTITY = "kennis_gevonden"  # the entry the knowledge base answers with confidently
CHOICE_ENTITY = "kennis_keuze"    # entries close enough to offer as choices
LANGUAGE_ENTITY = "taal"          # the language of a message that is not Dutch
# Back the other way: the entry a bot message answers with, in that message's metadata
# (actions/send.py), so the next turn knows which answer came before (veilig/conversation.py),
# not only what the message alone came close to. An id, never message text.
ANSWERED_ENTRY = "kennis"
# Likewise the entries a bot message offered as a choice of topics ('ik weet niet zeker welk
# onderwerp je bedoelt'), so that a follow-up can lean on them. Ids only.
OFFERED_ENTRIES = "keuzes"


def decision_entities(decision, text: str) -> List[Dict[str, Any]]:
    """The entities for a veilig.dialogue_order.Decision."""
    def entity(name: str, value: str) -> Dict[str, Any]:
        return {"entity": name, "value": value, "start": 0, "end": len(text), "extractor": "DialogueOrder"}

    found = [entity(FOUND_ENTITY, decision.entry_id)] if decision.entry_id else []
    language = [entity(LANGUAGE_ENTITY, decision.language)] if decision.language != "nl" else []
    return found + language + [entity(CHOICE_ENTITY, choice) for choice in decision.choices]
