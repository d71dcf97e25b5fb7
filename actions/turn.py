"""What one turn carries, read from the tracker: the text, the classifier's own guess, and what
the decision order (rasa_addons/dialogue_order.py) found in the knowledge base."""
from typing import Dict, List, Optional, Tuple

from rasa_sdk import Tracker

from veilig.child import sounds_like_a_child
from veilig.conversation import ROUTE_OF_INTENT, Context, context_of, route_after_a_danger_guess
from veilig.dialogue_order import (CHILD, IN_NEED_INTENTS, VEILIG_THUIS_INTENTS, asks_information,
                                   asks_without_situation, classifier_intent, tells_of_being_reported, writers_audience)
from veilig.doer import done_to_the_writer_only, speaks_of_the_doer_as_another, tells_of_own_violence
from veilig.meldcode.profession import speaks_as_professional
from veilig.need import shows_need_beyond_service_names
from veilig.rasa_entities import CHOICE_ENTITY, FOUND_ENTITY
from veilig.routes import route_messages
from veilig.sexual_violence import tells_of_sexual_violence
from veilig.worry import is_about_violence


def _last_reply(events: List[Dict]) -> str:
    """The bot's messages between the previous user message and this one, joined."""
    said: List[str] = []
    users = 0
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            users += 1
            if users == 2:
                break
        elif kind == "bot" and users == 1 and event.get("text"):
            said.append(event["text"])
    return "\n".join(reversed(said))


class Turn:
    def __init__(self, tracker: Tracker):
        message = tracker.latest_message or {}
        self.text: str = message.get("text") or ""
        self.intent: Optional[str] = (message.get("intent") or {}).get("name")
        self.guess: Optional[str] = classifier_intent(message.get("intent_ranking") or [])
        self.ranking: List[str] = [str(item.get("name")) for item in message.get("intent_ranking") or [] if item.get("name")]
        entities: List[Dict] = message.get("entities") or []
        self.found_entry: Optional[str] = next((e["value"] for e in entities if e.get("entity") == FOUND_ENTITY), None)
        self.choices: Tuple[str, ...] = tuple(e["value"] for e in entities if e.get("entity") == CHOICE_ENTITY)
        clicked = next((e["value"] for e in entities if e.get("entity") == "kennis_id"), None)
        self.clicked_entry: Optional[str] = clicked if self.text.startswith("/") else None
        # The municipality of the website the widget is on (data-gemeente), sent as metadata.
        metadata = message.get("metadata") or {}
        self.municipality: Optional[str] = str(metadata.get("gemeente") or "")[:80] or None
        self.professional: bool = ((tracker.active_loop or {}).get("name") == "meldcode_form"
                                   or bool(tracker.get_slot("sector")))
        # What the earlier messages tell: the last route, the entry answered before, a child.
        self.context: Context = context_of(tracker.events or [])
        self.last_reply: str = _last_reply(tracker.events or [])

    @property
    def addressed_as_professional(self) -> bool:
        """In the meldcode or with a sector, or one who said earlier to ask as a professional and
        took no resident's route since ("moet ik daarvoor een opleiding volgen?" from a new
        aandachtsfunctionaris): then the bot says "u"."""
        return self.professional or (self.context.professional and not self.context.route
                                     and speaks_as_professional(self.context.told))

    @property
    def told_with_this(self) -> str:
        """What the person told in the route's window (or the message before), and this message."""
        return f"{self.context.told or self.context.previous_text or ''} {self.text}"

    @property
    def question(self) -> Optional[str]:
        """What the person typed, for fitting an answer to it; None for a pressed button."""
        return None if self.text.startswith("/") else self.text

    def next_route_in_need(self) -> Optional[str]:
        """The route after a guess of 'danger now' (veilig.conversation.route_after_a_danger_guess);
        a child's route only in a conversation that showed a child, when it has a route."""
        return route_after_a_danger_guess(self.ranking, self.text, not self.context.route or self.context.child)

    def number_line_first(self) -> List[Dict]:
        """The route's first message when the message also describes a person in need: the route
        of the writer's audience, as the decision order would correct the classifier's guess
        ('mag mijn werkgever weten dat ik thuis geslagen word' is no child)."""
        if self.context.route:
            # The route's number came a moment ago; another audience's line would contradict it
            # ('blijf ik anoniem?' after 'mijn man slaat me' is no bystander's question).
            return []
        audience = self.audience()
        route = ROUTE_OF_INTENT.get(audience or "")
        if not route or audience not in IN_NEED_INTENTS or self.text.startswith("/"):
            return []
        if not shows_need_beyond_service_names(self.text):
            return []  # 'mag de school veilig thuis bellen?' names a service, not a situation
        if audience in VEILIG_THUIS_INTENTS and asks_without_situation(self.text):
            return []  # a question about a subject tells no situation: no 'wat naar dat je dit meemaakt'
        if audience == CHILD and not sounds_like_a_child(self.text) and (
                asks_without_situation(self.text) or (asks_information(self.text) and not is_about_violence(self.text))):
            # 'als ik bel met veilig thuis, weten ze dan mijn nummer' is no child telling, nor is
            # 'krijg ik een advocaat als ik aangifte doe', which tells of no violence
            return []
        if tells_of_being_reported(self.text) and not done_to_the_writer_only(self.text):
            return []  # 'ik ben gemeld bij veilig thuis maar het klopt niet' is not a bystander's worry
        if route == "pleger" and not self.tells_of_own_violence_as_pleger():
            return []  # 'ook voor mensen die zelf geweld gebruiken' only for one who tells of their own
        return route_messages(route)[:1]

    def audience(self) -> Optional[str]:
        """The classifier's guess of an audience, as the decision order corrects it."""
        guess = self.guess
        if guess == "seksueel_geweld" and not tells_of_sexual_violence(self.text):
            # The CSG's line only for a message that tells of sexual violence, as in the decision
            # order ("ik werd wakker van de ruzies ... zijn we weggegaan" had it as the best guess).
            guess = next((name for name in self.ranking if name in IN_NEED_INTENTS
                          and name not in ("seksueel_geweld", "acuut_gevaar")), None)
        writer = writers_audience(guess, self.text)
        return writer[0] if writer else guess

    def tells_of_own_violence_as_pleger(self) -> bool:
        return (self.audience() == "pleger" and tells_of_own_violence(self.text)
                and not speaks_of_the_doer_as_another(self.text))
