"""'Where do I find help nearby?': municipality -> local team and regional Veilig Thuis."""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.send import send_all
from actions.turn import Turn
from veilig.conversation import asks_whom_to_call
from veilig.dialogue_order import asks_information
from veilig.local_help import local_help_messages
from veilig.police_report import ABOUT_A_POLICE_REPORT
from veilig.regions import find_municipality, find_other_municipality
from veilig.routes import route_messages

_MAX_ECHO = 40  # never repeat a long message back as if it were a place name
# Asked for the municipality, the person asked something else ("gaat hij dan naar de gevangenis?"),
# which was echoed as a place: "Woon je niet in gaat hij dan naar de gevangenis??". The question
# is answered instead (ActionLokaleHulp).
NOT_A_PLACE = "-"
_MAX_PLACE_WORDS = 4


def asks_instead_of_a_place(text: str) -> bool:
    """A reply to 'in welke gemeente woon je?' that is no place name but a question or a story."""
    return asks_information(text) or text.rstrip().endswith("?") or len(text.split()) > _MAX_PLACE_WORDS


class ActionDetecteerGemeente(Action):
    """Fill the gemeente slot when the user already named a place in the question."""

    def name(self) -> Text:
        return "action_detecteer_gemeente"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        text = tracker.latest_message.get("text") or ""
        if text.startswith("/"):
            return []
        municipality = find_municipality(text)
        if municipality:
            return [SlotSet("gemeente", municipality.name)]
        other = find_other_municipality(text)
        if other:
            return [SlotSet("gemeente", other)]
        if Turn(tracker).context.previous_entry in ABOUT_A_POLICE_REPORT and asks_whom_to_call(text):
            # 'welk nummer moet ik bellen' after the answer on reporting to the police asks for
            # the police's number (actions/follow_up.py), not for help in the municipality.
            return [SlotSet("gemeente", NOT_A_PLACE)]
        # No place in the question: the municipality of the website the chat is on, which is
        # most often where the person lives (the answer says how to ask for another one). A
        # number and a team come before any question.
        website = find_municipality(Turn(tracker).municipality or "")
        return [SlotSet("gemeente", website.name)] if website else []


class ValidateGemeenteForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_gemeente_form"

    def validate_gemeente(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = str(value or "").strip()
        municipality = find_municipality(text)
        if municipality:
            return {"gemeente": municipality.name}
        other = find_other_municipality(text)
        if other:
            return {"gemeente": other}
        if asks_instead_of_a_place(text):
            return {"gemeente": NOT_A_PLACE}
        # Not a place we know: keep a short version so the answer can be honest about it.
        return {"gemeente": text[:_MAX_ECHO] or "onbekend"}


class ActionAskGemeente(Action):
    """Asks for the municipality, with Veilig Thuis's number before the question."""

    def name(self) -> Text:
        return "action_ask_gemeente"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send_all(dispatcher, route_messages("vraag_gemeente"), tracker)
        return []


class ActionLokaleHulp(Action):
    def name(self) -> Text:
        return "action_lokale_hulp"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        place: Optional[str] = tracker.get_slot("gemeente")
        if place == NOT_A_PLACE:
            send_all(dispatcher, _answer_instead(tracker), tracker)
            return [SlotSet("gemeente", None)]
        messages = local_help_messages(place or "")
        text = tracker.latest_message.get("text") or ""
        if place and find_municipality(place) and not text.startswith("/") and not (
                find_municipality(text) or find_other_municipality(text)):
            # The place is the website's, not one the person named: say how to ask for another.
            messages += route_messages("lokaal_andere_gemeente", gemeente=place)
        send_all(dispatcher, messages, tracker)
        # Forget the place again: the next question may be about somewhere else.
        return [SlotSet("gemeente", None)]


def _answer_instead(tracker: Tracker) -> List[Dict]:
    """The answer to what was asked instead of a place: what the conversation answers first, else
    the entry the search is sure of, else the conversation's follow-up, else Veilig Thuis; then how
    to still get help nearby."""
    from actions.follow_up import answered_by_the_conversation, follow_up_messages  # (they import this module)
    from actions.knowledge_answer import entry_answer
    turn = Turn(tracker)
    answer = (answered_by_the_conversation(turn) or (entry_answer(turn.found_entry) if turn.found_entry else [])
              or follow_up_messages(turn) or route_messages("fallback_zorg"))
    return answer + route_messages("lokaal_later")
