"""The meldcode walk-through form for professionals (a meldcode question: actions/meldcode_answer.py).

Decisions, summary, sector notes and profession recognition live in veilig/meldcode.py (pure);
this module only reads slots and sends texts. Texts with phone numbers come from
knowledge/routes.yml (keys meldcode_*), the form questions from bot/domain/meldcode.yml.
"""
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.meldcode_answer import with_sector_note
from actions.send import send_all
from veilig.meldcode import (
    ALGEMEEN, JA, MELDEN, QUESTION_SLOTS, SECTOR_LABELS, STEP_SLOTS, decide, deciding_question, detect_profession,
    parse_sector, questions_to_ask, summary,
)
from veilig.routes import route_messages

logger = logging.getLogger(__name__)

FORM_SLOTS = ("sector", *STEP_SLOTS, *QUESTION_SLOTS)
_STEP_ADVICE = {"stap_signalen": "meldcode_stap1_advies", "stap_overleg": "meldcode_stap2_advies",
                "stap_gesprek": "meldcode_stap3_advies"}
_RECENT_USER_MESSAGES = 6


def _detected_sector(tracker: Tracker) -> Optional[str]:
    """A sector from a clicked sector button or from the professional's own recent messages."""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "sector" and entity.get("value") in SECTOR_LABELS:
            return entity["value"]
    seen = 0
    for event in reversed(tracker.events):
        if event.get("event") == "session_started":
            break
        if event.get("event") != "user":
            continue
        text = event.get("text") or ""
        seen += 1
        if not text.startswith("/"):
            sector = detect_profession(text)
            if sector and sector != ALGEMEEN:
                return sector
        if seen >= _RECENT_USER_MESSAGES:
            break
    return None


def _reset() -> List[Dict]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


class ActionMeldcodeStart(Action):
    """Start (or restart) the walk-through: clear earlier answers, fill the sector if known."""

    def name(self) -> Text:
        return "action_meldcode_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        messages = []
        if tracker.latest_message.get("intent", {}).get("name") == "opnieuw":
            messages += route_messages("meldcode_opnieuw")
        send_all(dispatcher, messages + route_messages("meldcode_start"), tracker)
        events = _reset()
        sector = _detected_sector(tracker)
        if sector:
            events.append(SlotSet("sector", sector))
        return events


class ActionMeldcodeStoppen(Action):
    def name(self) -> Text:
        return "action_meldcode_stoppen"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send_all(dispatcher, route_messages("meldcode_stoppen"), tracker)
        return _reset()


def decision_messages(answers: List[Optional[str]], steps: List[Optional[str]], sector: Optional[str]) -> List[Dict]:
    """Decision (number first), sector note, the summary as one message, then the buttons."""
    decision = decide(answers)
    if decision is None:  # should not happen: the form only ends with a decision
        return route_messages("meldcode")
    key = f"meldcode_besluit_{decision}"
    if decision == MELDEN:
        key = f"meldcode_besluit_melden_{deciding_question(answers)}"
    messages = with_sector_note(route_messages(key), sector)
    messages.append({"text": summary(answers, steps, sector), "buttons": []})
    return messages + route_messages("meldcode_samenvatting_knoppen")


class ActionMeldcodeBesluit(Action):
    def name(self) -> Text:
        return "action_meldcode_besluit"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        answers = [tracker.get_slot(slot) for slot in QUESTION_SLOTS]
        steps = [tracker.get_slot(slot) for slot in STEP_SLOTS]
        send_all(dispatcher, decision_messages(answers, steps, tracker.get_slot("sector")), tracker)
        return []


class ValidateMeldcodeForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_meldcode_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> List[Text]:
        answers = [tracker.get_slot(slot) for slot in QUESTION_SLOTS]
        try:
            questions = questions_to_ask(answers)
        except ValueError:
            logger.warning("unexpected afwegingskader answers %s", answers)
            questions = list(QUESTION_SLOTS)
        return ["sector", *STEP_SLOTS, *questions]

    def validate_sector(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Dict[Text, Any]:
        return {"sector": parse_sector(str(slot_value or "")) or "overig"}

    def _validate_step(self, slot: str, slot_value: Any, dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
        if slot_value != JA:
            send_all(dispatcher, route_messages(_STEP_ADVICE[slot]))
        return {slot: slot_value}

    def validate_stap_signalen(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Dict[Text, Any]:
        return self._validate_step("stap_signalen", slot_value, dispatcher)

    def validate_stap_overleg(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Dict[Text, Any]:
        return self._validate_step("stap_overleg", slot_value, dispatcher)

    def validate_stap_gesprek(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Dict[Text, Any]:
        return self._validate_step("stap_gesprek", slot_value, dispatcher)


class _AskAction(Action):
    """Asks one question of the form with its buttons (text: knowledge/routes.yml meldcode_ask_<slot>)."""

    slot = ""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send_all(dispatcher, route_messages(f"meldcode_ask_{self.slot}"), tracker)
        return []


for _slot in FORM_SLOTS:
    _class_name = "ActionAsk" + "".join(part.capitalize() for part in _slot.split("_"))
    globals()[_class_name] = type(_class_name, (_AskAction,), {"slot": _slot})
