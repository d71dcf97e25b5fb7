"""'Where do I find help nearby?': municipality -> local team and regional Veilig Thuis."""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.send import send_all
from actions.turn import Turn
from veilig.local_help import local_help_route
from veilig.regions import find_municipality, find_other_municipality
from veilig.routes import route_messages

_MAX_ECHO = 40  # never repeat a long message back as if it were a place name


def local_help_messages(place_text: str) -> List[Dict]:
    route, fields, no_contact = local_help_route(place_text, "Telefoon: ", "Website: ")
    messages = route_messages(route, **fields)
    if no_contact:
        messages += route_messages("lokaal_onbekend_contact", gemeente=fields["gemeente"])
    return messages


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
        messages = local_help_messages(place or "")
        text = tracker.latest_message.get("text") or ""
        if place and not text.startswith("/") and not (find_municipality(text) or find_other_municipality(text)):
            # The place is the website's, not one the person named: say how to ask for another.
            messages += route_messages("lokaal_andere_gemeente", gemeente=place)
        send_all(dispatcher, messages, tracker)
        # Forget the place again: the next question may be about somewhere else.
        return [SlotSet("gemeente", None)]
