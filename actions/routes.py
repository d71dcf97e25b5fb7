"""One action per audience route; each sends its texts from knowledge/routes.yml."""
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.follow_up import (acute_follow_up, answered_by_the_conversation, feeling_after_route, follow_up_messages,
                               kindertelefoon_refused, what_happened_messages)
from actions.knowledge_answer import (SEARCH, answer_after_route, answer_for_professionals, answer_messages, answer_to_the_one_hurt,
                                      answers_for_professionals, context_entry, one_hurt_asks,
                                      entry_answer)
from actions.meldcode_answer import meldcode_question_messages
from actions.send import send_all
from actions.turn import Turn
from veilig.local_help import local_help_messages
from veilig.ban_broken import BAN_RULES_ENTRY, OWN_BAN_ENTRY, contact_despite_a_ban, has_own_house_ban, tells_of_a_broken_ban
from veilig.cannot_call import cannot_call
from veilig.chat_privacy import asks_whether_this_chat_is_kept
from veilig.conversation import ADULT_ROUTES, RESIDENT_ROUTES, asks_what_to_do, speaks_as_the_professional_still, tells_something_new
from veilig.child import (sounds_like_a_child, speaks_of_own_child_not_a_partner, tells_a_childs_age_or_class,
                          tells_an_adult_age)
from veilig.danger import detect_danger
from veilig.doer import fears_hurting_someone, tells_of_another_hurt, tells_of_own_violence
from veilig.child_abduction import (CHILD_ABDUCTION_ENTRY, NOT_RETURNED_ENTRY, children_not_returned,
                                    tells_of_child_abduction)
from veilig.childhood_past import CHILDHOOD_ENTRY, tells_of_childhood_abuse
from veilig.child_silenced import TELLING_ALLOWED_ENTRY, told_to_keep_quiet
from veilig.dependent_care import DEPENDENT_CARE_ENTRY, depends_on_a_partners_care
from veilig.friend_told import FRIEND_TOLD_ENTRY, tells_of_a_friends_abuse, tells_of_a_friends_abuse_by_a_parent
from veilig.economic_violence import ECONOMIC_VIOLENCE_ENTRY, tells_of_economic_violence
from veilig.after_112 import NO_ADDRESS_ENTRY, STRANGLING_ENTRY, does_not_know_the_address
from veilig.forced_marriage import FORCED_MARRIAGE_ENTRY, tells_of_forced_marriage
from veilig.honour_threat import HONOUR_ENTRY, tells_of_honour_threat
from veilig.genital_mutilation import GENITAL_MUTILATION_ENTRY, tells_of_genital_mutilation
from veilig.loverboy_signs import (LOVERBOY_ENTRY, OWN_LOVERBOY_ENTRY, SPORTS_CLUB_ENTRY, tells_of_grooming_at_a_sports_club,
                                   tells_of_loverboy_signs, tells_of_own_loverboy_signs)
from veilig.male_victim import MALE_VICTIM_ENTRY, tells_of_a_male_victim
from veilig.sibling_violence import SIBLING_VIOLENCE_ENTRY, tells_of_sibling_violence
from veilig.wants_no_help import NOT_TALKING_ENTRY, WHY_NOT_LEAVE_ENTRY, tells_they_will_not_leave, tells_they_will_not_talk
from veilig.child_told import (CHILD_TOLD_ENTRY, TALK_WITH_CHILD_ENTRY, asks_how_to_talk_with_the_child,
                               tells_a_child_told_them)
from veilig.coercive_control import CONTROL_ENTRY, JEALOUSY_ENTRY, tells_of_a_jealous_partner, tells_of_coercive_control
from veilig.abandonment import ABANDONMENT_ENTRY, fears_being_left_abroad
from veilig.fears_losing_children import TAKING_CHILDREN_ENTRY, fears_losing_the_children
from veilig.older import CHILD_TO_PARENT_ENTRY, money_taken_entry, own_child_hurts_the_writer
from veilig.stalking import STALKING_ENTRY, TRACKER_ENTRY, tells_of_a_tracker, tells_of_stalking
from veilig.strangling_seen import strangling_seen
from veilig.police_report import POLICE_REPORT_ENTRY, wants_to_report_to_the_police
from veilig.seeks_shelter import SHELTER_ENTRY, TONIGHT_ENTRY, needs_a_place_tonight, seeks_shelter
from veilig.pregnancy import (HURT_WHILE_PREGNANT_ENTRY, PREGNANCY_ENTRY, tells_of_a_blow_while_pregnant,
                              tells_of_violence_while_pregnant)
from veilig.crying_baby import CRYING_BABY_ENTRY, tells_of_a_crying_baby_or_shaking, tells_of_shaking
from veilig.school_staff import SCHOOL_STAFF_ENTRY, tells_of_violence_by_school_staff
from veilig.answers import choice_messages, formal
from veilig.dialogue_order import (asks_for_help, asks_information, find_in_knowledge, is_bare_reply, is_follow_up, leans_on_context,
                                   stops_the_chat)
from veilig.knowledge.search import KnowledgeIndexUnavailable
from veilig.meldcode.profession import speaks_as_professional
from veilig.professional_urgency import ACUTE_CASE_ENTRY
from veilig.need import shows_need
from veilig.reporting_question import asks_about_reporting
from veilig.off_topic import off_topic_route
from veilig.rasa_entities import ANSWERED_ENTRY
from veilig.regions import find_municipality, find_other_municipality
from veilig.routes import route_messages
from veilig.text import fold
from veilig.sexual_violence import (ONLINE_ABUSE_ENTRY, SEXTING_ENTRY, done_to_the_writer, own_child_shared_images,
                                    tells_it_was_long_ago, tells_of_online_image_abuse_only, tells_of_sexual_violence)
from veilig.worry import is_about_violence, is_about_violence_or_worry


# Routes of people in need whose conversation a later message may lean on (acute danger has its own).
CONTEXT_ROUTES = frozenset({"omstander", "slachtoffer", "kind", "pleger", "ouderen", "seksueel_geweld"})


class RouteAction(Action):
    route = ""

    def name(self) -> Text:
        return f"action_route_{self.route}"

    def messages(self, tracker: Tracker) -> List[Dict]:
        # A child's Kindertelefoon line and the 112 line on a weak danger sign are added for
        # every route in actions/send.py.
        return route_messages(self.route)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send_all(dispatcher, self.messages_in_context(tracker), tracker)
        return []

    def messages_in_context(self, tracker: Tracker) -> List[Dict]:
        """A message that tells nothing new ('wie kan mij helpen', 'hij hoort alles als ik bel',
        'ik zit in de kast') after the route of a person in need stays on that route, whatever
        other audience the classifier guesses for it: a victim is not made a pleger by a short
        reply, and acute danger a moment ago keeps 112 first."""
        turn = Turn(tracker)
        asked = answered_by_the_conversation(turn)
        if asked:
            # 'moet ik betalen' after images used to extort: do not pay; "ze zit hier bij mij" from
            # a coach a moment after a girl afraid to go home: Veilig Thuis now, not the Kindertelefoon
            return asked
        if self.route in RESIDENT_ROUTES and turn.context.professional and not turn.context.route and (
                speaks_as_the_professional_still(turn.text)):
            # "moet ik de ouders bellen?" a moment after "ik ben leerkracht, een leerling heeft blauwe
            # plekken": the meldcode's answer, not the Kindertelefoon.
            return meldcode_question_messages(turn)
        if turn.context.acute and not turn.context.professional and cannot_call(turn.text) and not turn.text.startswith("/"):
            # "ik durf niet te bellen" from a child a moment after "hij heeft mn moeder tegen de muur
            # gegooid ze bloedt" got the Kindertelefoon first and 112 last: 112 again, with someone
            # else calling or the 112NL-app's chat (twenty-eighth session's probe).
            after_112 = acute_follow_up(turn)
            if after_112:
                return after_112
        refused = kindertelefoon_refused(turn)
        if refused:
            return refused  # 'ik ben geen kind meer': not the Kindertelefoon's line a second time
        # "het is bij mij vorige week gebeurd" a moment after answers about rape: the writer's own
        # route, whatever audience the classifier guessed for these few words.
        own = what_happened_messages(turn)
        if own:
            return own
        if (self.route == "slachtoffer" and turn.context.child and not turn.text.startswith("/")
                and not tells_an_adult_age(turn.text)):
            # "hij doet dingen bij mijn piemel" a moment after "mn stiefvader zegt dat het ons
            # geheimpje is" got the adult's "hoe ga ik veilig weg": a child's conversation stays a
            # child's, with the Kindertelefoon (its number line when that route was given just now).
            # ("ze zeggen dat het om de eer gaat" from a girl of 17: the child's number line and the
            # situation's help, when the conversation has not had it yet)
            child = route_messages("kind")[:1] if turn.context.route == "kind" else route_messages("kind")
            situation = _situation_answer(turn, "kind", new_only=True)
            if situation:
                return child[:1] + situation
            # ("ik ben bang dat ze me daar achterlaten" from a girl a moment after a forced marriage
            # told: the child's number line, then the answer the search is sure of)
            answer = _answer_after_route_or_none(turn, "kind")
            return child[:1] + answer if answer else child
        earlier = turn.context.route
        switches = earlier in CONTEXT_ROUTES and earlier != self.route
        # An adult's conversation does not become a child's on the classifier's guess alone: "ik
        # heb al eens gebeld en er gebeurde niks" from a neighbour got "vertel het aan je juf".
        adult_goes_on = (self.route == "kind" and earlier in ADULT_ROUTES and not turn.context.child
                         and not sounds_like_a_child(turn.text) and not tells_a_childs_age_or_class(turn.text))
        # Nor does one hurt, or a child, become a pleger on a guess: "ik ben bang dat ik uit huis word
        # geplaatst" from a child got "ook voor mensen die zelf geweld gebruiken".
        # (also a moment after 112: "ik ben bang dat ze erachter komen" from a gay man threatened by his family)
        no_pleger = (self.route == "pleger" and earlier in CONTEXT_ROUTES | {"acuut"} and earlier != "pleger"
                     and not tells_of_own_violence(turn.text) and not fears_hurting_someone(turn.text))
        # Nor one hurt a bystander: "en als ik het niet doe, kan de politie dan nog steeds iets tegen hem doen?"
        # from a pregnant woman kicked, a moment after 112 and the answer on reporting (fortieth session's set 11).
        no_bystander = (self.route == "omstander" and turn.context.hurt and not turn.context.professional
                        and not tells_of_another_hurt(turn.text))
        if (self.route in CONTEXT_ROUTES and (switches or turn.context.acute or no_bystander) and not turn.text.startswith("/")
                and (adult_goes_on or no_pleger or no_bystander or not tells_something_new(self.route, turn.text))):
            follow_up = _follow_up_or_none(turn)
            if follow_up:
                return follow_up
        if (self.route in CONTEXT_ROUTES and not earlier and turn.context.previous_entry and not turn.text.startswith("/")
                and leans_on_context(turn.text) and not tells_something_new(self.route, turn.text)):
            # "mag hij dan de kinderen nog zien?" a moment after the answer on the huisverbod: the
            # answer the conversation gives, not a victim's route for a question that tells nothing new.
            follow_up = _follow_up_or_none(turn)
            if follow_up:
                return follow_up
        if (self.route in CONTEXT_ROUTES and earlier == self.route and not turn.text.startswith("/")
                and asks_information(turn.text)):
            # "mag hij de kinderen nog zien?" a moment after "mijn man heeft een huisverbod
            # gekregen": the answer the conversation supports, not the same route a second time.
            entry = _context_entry_or_none(turn)
            if entry:
                return answer_messages(turn, entry)
        if self.route in CONTEXT_ROUTES:
            messages = self.messages(tracker)
            if earlier == self.route and not turn.text.startswith("/"):
                # More told on the same route ('ze heeft vaak blauwe plekken' after the bystander's,
                # 'mijn stiefvader zit aan me' after the child's): its number line again, not the
                # whole text a second time.
                messages = messages[:1]
            texts = {message["text"] for message in messages}
            answer = [m for m in _answer_after_route_or_none(turn, self.route) if m["text"] not in texts]
            situation = _situation_answer(turn, self.route, new_only=earlier == self.route)
            if not situation and self.route == "kind" and earlier == "omstander" and tells_of_a_friends_abuse(
                    turn.context.told or ""):
                # "we zijn 12" after a friend's abuse told as a bystander: the child's answer to it
                situation = entry_answer(FRIEND_TOLD_ENTRY)
            if situation and (not answer or asks_what_to_do(turn.text)):
                # the situation's own help, unless the message asks something more particular
                # ('ik word gestalkt, kan ik een contactverbod aanvragen?')
                return messages[:1] + situation
            return messages + answer
        return self.messages(tracker)


# A threat to kill, a weapon or strangling that a professional tells of a child or client.
_ACUTE_CASE_KINDS = frozenset({"doodsbedreiging", "wapen", "wurging"})


class ActionRouteAcuut(RouteAction):
    """112 first; a threat of suicide, sexual violence and strangling each get the matching lines
    after it."""

    route = "acuut"

    def messages(self, tracker: Tracker) -> List[Dict]:
        text = tracker.latest_message.get("text") or ""
        signal = detect_danger(text)
        if signal is None and not text.startswith("/"):
            if does_not_know_the_address(text) and Turn(tracker).context.acute:
                return entry_answer(NO_ADDRESS_ENTRY)  # "ik weet het adres niet": call anyway, the phone tells where
            if fears_losing_the_children(text):
                # "ik ben doodsbang dat ze de kinderen meenemen" a moment after a letter from Veilig
                # Thuis got "Is er nu gevaar? Bel 112." alone: whether Veilig Thuis takes children away.
                return route_messages("gevaar_eerst") + entry_answer(TAKING_CHILDREN_ENTRY, text)
            if not (is_about_violence_or_worry(text) or shows_need(text) or tells_of_a_blow_while_pregnant(text)):
                # The classifier alone said 'danger' for a message without any sign of it
                # ("tot snel"): keep 112 first, but do not act as if it were an emergency.
                return route_messages("acuut_onzeker")
            turn = Turn(tracker)
            if (turn.context.route or turn.context.previous_entry) and asks_information(text):
                # "mag hij de kinderen zien?" a moment after the huisverbod: 112 first, then the
                # answer the conversation gives, not the route again; only when it is also the one
                # nearest in meaning, as the classifier's guess of danger leaves it in doubt.
                follow_up = _follow_up_or_none(turn)
                answered = [message[ANSWERED_ENTRY] for message in follow_up or [] if message.get(ANSWERED_ENTRY)]
                if answered and answered[0] == _nearest_in_meaning(text):
                    return route_messages("gevaar_eerst") + follow_up
            if turn.context.acute:
                # "ik kan niet bellen hij hoort me" a moment after "hij heeft me net gewurgd en ik zit
                # in de badkamer op slot": 112 again and how without talking, not the route of the
                # classifier's next guess (a child's).
                follow_up = _follow_up_or_none(turn)
                if follow_up:
                    return follow_up
            # A story of violence without any sign of danger now ("hij gooide zijn bord door de
            # kamer"): 112 first, as for a weak sign, then the route of the classifier's next
            # guess of a person in need, whose number the person needs.
            route = turn.next_route_in_need()
            if route in ("slachtoffer", None) and contact_despite_a_ban(turn.context.told, text):
                # "hij blijft maar appen" a moment after "de politie heeft mijn man een huisverbod
                # gegeven": 112 first, then what the ban forbids, not the victim's route again.
                return route_messages("gevaar_eerst") + route_messages("slachtoffer")[:1] + entry_answer(BAN_RULES_ENTRY)
            if route:
                return route_messages("gevaar_eerst") + _route_or_situation(turn, route)
        if signal and signal.habitual and not text.startswith("/"):
            # "ik hoor elke nacht de buren ruziemaken en een kind huilen": violence told as a habit,
            # which the classifier took for danger now. The 112 line comes first (actions/send.py),
            # then the route of the classifier's next guess of a person in need.
            turn = Turn(tracker)
            route = turn.next_route_in_need()
            if route:
                return _route_or_situation(turn, route)
        if (signal and signal.kind in _ACUTE_CASE_KINDS and speaks_as_professional(text)
                and not done_to_the_writer(text)):
            # "ik ben leerkracht, haar vader heeft gezegd dat hij haar vermoordt, school gaat over een
            # uur uit": the 112 line, then the answer on acute unsafety in "u" (Veilig Thuis now, no
            # need to tell the parents first), not a victim's "ga naar een veilige plek".
            return route_messages("gevaar_eerst") + answer_for_professionals(SEARCH.entry(ACUTE_CASE_ENTRY))
        messages = route_messages("acuut")
        if tells_of_a_broken_ban(text):
            messages = messages[:1] + route_messages("acuut_verbod_extra") + messages[1:]
        if signal and signal.kind == "suicide":
            # 113 right after the 112 line: one who wants to die needs that number before the rest.
            messages = messages[:1] + route_messages("acuut_suicide_extra") + messages[1:]
        if tells_of_sexual_violence(text):
            # Right after the 112 line: the CSG helps medically and with evidence, best within a week.
            messages = messages[:1] + route_messages("acuut_seksueel_extra") + messages[1:]
        if signal and signal.kind == "wurging" and not text.startswith("/"):
            if strangling_seen(text):
                # "mijn vader heeft mijn moeder gewurgd": the same facts, told of the one strangled,
                # to one who saw it (a child: the Kindertelefoon and an adult to tell).
                child = Turn(tracker).context.child or sounds_like_a_child(text)
                return messages + route_messages("wurgen_gezien_kind" if child else "wurgen_gezien")
            # "hij heeft me vanochtend gewurgd": after 112, that strangling is a grave warning sign
            # even when nothing shows, and that injuries inside can be examined.
            messages += entry_answer(STRANGLING_ENTRY)
        return messages


class ActionRouteBuitenScope(RouteAction):
    """Not about violence: a municipal service, chit-chat or an everyday worry each get their own
    kind answer (veilig/off_topic.py), unless the message is about violence after all."""

    route = "buiten_scope"

    def messages(self, tracker: Tracker) -> List[Dict]:
        turn = Turn(tracker)
        if not (turn.context.route or turn.context.previous_entry) and shows_need(turn.context.told or ""):
            # "hij belt ze elke dag om te vragen of ze hem missen" a moment after "mijn man heeft een
            # huisverbod gekregen" (which got a choice of topics) got the everyday worries' text
            asked = answered_by_the_conversation(turn)
            if asked:
                return asked
        if turn.context.route or turn.context.previous_entry or turn.context.previous_choices:
            # In a conversation about violence, a message that alone looks off-topic ("ik zit
            # in de badkamer", "hoe lang duurt dat?") leans on what came before; also after a
            # choice of topics ("dus ze komen er echt niet achter dat ik het was?" after those on
            # anonymous reporting got 'daar kan ik je helaas niet mee helpen').
            follow_up = _follow_up_or_none(turn)
            if follow_up:
                return follow_up
        if cannot_call(turn.text):
            # "ik ben doof, hoe bel ik 112?" is ours: the ways to get help without calling.
            return route_messages("niet_bellen")
        route = off_topic_route(turn.text)
        if turn.context.professional and not turn.context.route and route != "buiten_scope_gemeente" and not (
                is_bare_reply(turn.text) or turn.text.startswith("/")):
            # "Hoe schrijf ik dit op zonder dat het beschuldigend klinkt?", "Mevrouw zelf wil absoluut niet
            # dat ik iets onderneem." in a professional's case got 'daar kan ik je niet mee helpen' (thirty-
            # fifth session's sixth tuning conversations): the meldcode's answer or route, never 'not ours'
            # (a day-care centre or a nappy is no everyday subject there).
            return formal(meldcode_question_messages(_searched(turn)))
        # A sign of need that is not a municipal service or an everyday worry ("ik heb een
        # huisverbod gekregen, hoe nu verder") is not ours to wave away: Veilig Thuis.
        if is_about_violence(turn.text) or (route == "buiten_scope" and shows_need(turn.text)):
            # "Mijn kind wordt uithuisgeplaatst, wat nu?": an entry the search found with
            # confidence answers better than 'ik weet niet zeker of ik je begrijp'; Veilig Thuis stays.
            answer = _answer_after_route_or_none(turn, self.route)
            if answer and not any("0800-2000" in m["text"] for m in answer):
                answer += route_messages("kennis_zorg_extra")
            if not answer and turn.choices and (asks_for_help(turn.text) or asks_information(turn.text)):
                # "Ze willen mijn kind uit huis plaatsen, wat kan ik doen?" got 'ik weet niet zeker of
                # ik je begrijp' while the search had the topics: those, with Veilig Thuis and 112.
                answer = choice_messages(SEARCH, turn.choices)
            return answer or route_messages("fallback_zorg")
        if route == "buiten_scope" and asks_about_reporting(turn.text):
            # "krijgt de persoon die ik meld te horen dat ik het was": ours, though it names no violence.
            reporting = _reporting_answer_or_none(turn)
            if reporting:
                return reporting
        return route_messages(route, gemeente=turn.municipality or "je gemeente")


class ActionRouteMeldcode(RouteAction):
    """A meldcode question: a knowledge answer in the 'u' register when one fits well, else the
    meldcode route; Veilig Thuis always in the first message (see actions/meldcode_answer.py)."""

    route = "meldcode"

    def messages(self, tracker: Tracker) -> List[Dict]:
        turn = Turn(tracker)
        asked = answered_by_the_conversation(turn)
        if asked:
            return formal(asked)  # 'moet ik de ouders bellen?' after a child unsafe today: Veilig Thuis now
        if turn.context.acute and not speaks_as_professional(turn.text):
            # "moet ik naar de eerste hulp of de huisarts" a moment after "ik bloed uit mijn hoofd"
            # sounded like a professional's question: the one hurt asks, 112's follow-up answers.
            after_112 = acute_follow_up(turn)
            if after_112:
                return after_112
        if (turn.context.route in CONTEXT_ROUTES and not turn.text.startswith("/")
                and not speaks_as_professional(turn.text)):
            # "moet ik dat melden?" from a neighbour who told of the girl next door a moment ago is
            # a resident's question, answered on their route, not with the meldcode.
            follow_up = _follow_up_or_none(turn)
            # (for one hurt, not a professional's answer, nor the route's number line alone)
            if follow_up and not (one_hurt_asks(turn) and (answers_for_professionals(follow_up) or len(follow_up) == 1)):
                return follow_up
        if one_hurt_asks(turn):
            # "kan dat nu nog gemeld worden of is het te laat" from one who told of abuse in their
            # childhood got "Melden bij Veilig Thuis is de laatste stap van de meldcode": theirs.
            return answer_to_the_one_hurt(turn)
        return meldcode_question_messages(turn)


# Abuse of long ago: reporting it and help after years, instead of the first week's medical care.
LONG_AGO_ENTRY = "seksueel-misbruik-lang-geleden"


IMAGES_SPREAD_ENTRY = "naaktbeelden-verspreiden-of-ermee-dreigen"


class ActionRouteSeksueelGeweld(RouteAction):
    """The Centrum Seksueel Geweld; for images put online or threatened to be ('iemand dreigt mijn
    naaktfoto's te verspreiden als ik niet betaal') Helpwanted's help follows the number, instead
    of the first week's medical care, unless sexual violence to the body is told too; for abuse of
    long ago ('mijn opa heeft vroeger aan mij gezeten') what can still be done after years; for a
    parent telling of their child what to do when a child tells, or how to talk with the child; for a
    parent whose own child shared someone's nude images, when sexting is a crime."""

    route = "seksueel_geweld"

    def messages(self, tracker: Tracker) -> List[Dict]:
        messages = route_messages(self.route)
        text = tracker.latest_message.get("text") or ""
        told = tells_of_sexual_violence(text)  # not a follow-up on the route ('waar kan mijn zoon terecht?')
        instead = (SEXTING_ENTRY if own_child_shared_images(text)
                   else ONLINE_ABUSE_ENTRY if tells_of_online_image_abuse_only(text)
                   else LONG_AGO_ENTRY if told and tells_it_was_long_ago(text)
                   else TALK_WITH_CHILD_ENTRY if speaks_of_own_child_not_a_partner(text) and (
                       asks_how_to_talk_with_the_child(text) and not done_to_the_writer(text))
                   else CHILD_TOLD_ENTRY if told and speaks_of_own_child_not_a_partner(text) and not done_to_the_writer(text)
                   else None)
        answer = entry_answer(instead) if instead else []
        return messages[:1] + answer if answer else messages

    def messages_in_context(self, tracker: Tracker) -> List[Dict]:
        turn = Turn(tracker)
        if (turn.context.route == self.route and ONLINE_ABUSE_ENTRY in turn.context.entries
                and not turn.text.startswith("/") and not tells_of_sexual_violence(turn.text)):
            # "wat moet ik doen" after images threatened to be shared got the CSG's text on rape:
            # Helpwanted's help again (do not pay, block, keep the messages, get them removed).
            return entry_answer(ONLINE_ABUSE_ENTRY)
        if (turn.context.previous_text and ONLINE_ABUSE_ENTRY not in turn.context.entries and not turn.text.startswith("/")
                and tells_of_online_image_abuse_only(turn.text)):
            # "hij heeft ook foto's van mij en zegt dat hij ze naar iedereen stuurt als ik het uitmaak" in a
            # girl's conversation about a jealous boyfriend got a choice of topics (the tenth tuning
            # conversations): the number, then Helpwanted's help, as for a first message; or, when the meaning
            # says so, what the law says of images spread or threatened with ("nu dreigt hij dat hij fotos van
            # mij online zet als ik naar de politie ga", the seventh).
            nearest = _nearest_in_meaning(turn.text)
            if nearest == IMAGES_SPREAD_ENTRY:
                return route_messages(self.route)[:1] + entry_answer(nearest, turn.text)
            return self.messages(tracker)
        return super().messages_in_context(tracker)


class ActionRouteHulpMenu(RouteAction):
    """What the bot can help with; but 'wat moet ik nu doen?' or 'weet ik niet' after a route
    for a person in need gets that route's advice or number, a message the search is sure of after
    a route ('ze wil geen hulp' after the bystander's) its answer, and a follow-up question after an
    answer ('en als ik twijfel?') its answer (actions/follow_up.py)."""

    route = "hulp_menu"

    def messages(self, tracker: Tracker) -> List[Dict]:
        turn = Turn(tracker)
        context = turn.context
        if (((context.route or context.professional) and (asks_what_to_do(turn.text) or turn.intent == "weet_niet"
                                                          or context.acute or _not_stopping_the_chat(turn)))
                or (context.child and cannot_call(turn.text))
                or (context.route and turn.found_entry)
                or (context.previous_entry and (is_follow_up(turn.text) or asks_what_to_do(turn.text)))):
            follow_up = _follow_up_or_none(turn)
            if follow_up:
                return follow_up
        place = _place_named_just_before(turn)
        if place and not context.route and asks_what_to_do(turn.text):
            # 'ik woon in Tilburg', then 'waar kan ik heen voor hulp': the help in that place again
            return local_help_messages(place)
        if _BARE_PLEA.match(fold(turn.text)):
            # 'help!' alone may come from someone in danger: 112 before the menu
            return route_messages("gevaar_eerst") + route_messages(self.route)
        if cannot_call(turn.text):
            # 'kan ik ergens chatten?' got the menu of what the bot can do: the ways without calling
            return route_messages("niet_bellen")
        return route_messages(self.route)


def _not_stopping_the_chat(turn: Turn) -> bool:
    """Guessed as 'stoppen', about someone else and without words for this chat ('ze wil er niet
    over praten' a moment after the bystander's route): part of the conversation, not a wish to
    stop it ('stop', 'ik wil stoppen', 'laat maar' still stop)."""
    return turn.intent == "stoppen" and bool(_SOMEONE_ELSE.search(fold(turn.text))) and not stops_the_chat(turn.text)


_SOMEONE_ELSE = re.compile(r"\b(ze|zij|hij|hem|haar|mijn|mn|m n)\b")


_BARE_PLEA = re.compile(r"^\s*(help+|hulp|hellup|sos)( (me|mij|mn|ons|alsjeblieft|alstublieft|aub|pls|please))*\s*$")


def _place_named_just_before(turn: Turn) -> Optional[str]:
    previous = turn.context.previous_text or ""
    municipality = find_municipality(previous)
    return municipality.name if municipality else find_other_municipality(previous)


def _nearest_in_meaning(text: str) -> Optional[str]:
    try:
        return SEARCH.nearest_in_meaning(text)[0]
    except KnowledgeIndexUnavailable:
        return None


def _searched(turn: Turn) -> Turn:
    """The turn with what the search finds for its message, when the decision order did not search
    (a message it took for not ours)."""
    if not (turn.found_entry or turn.choices):
        try:
            found = find_in_knowledge(SEARCH, turn.text, by_meaning=True)
        except KnowledgeIndexUnavailable:
            return turn
        turn.found_entry, turn.choices = found.entry_id, found.choices
    return turn


def _reporting_answer_or_none(turn: Turn) -> Optional[List[Dict]]:
    """The entry the search is sure of, else the entries close to the question as choices."""
    try:
        found = find_in_knowledge(SEARCH, turn.text)
        entry = SEARCH.entry(found.entry_id) if found.entry_id else None
        if entry:
            return answer_messages(turn, entry)
        return choice_messages(SEARCH, found.choices) if found.choices else None
    except KnowledgeIndexUnavailable:
        return None


def _follow_up_or_none(turn: Turn) -> Optional[List[Dict]]:
    try:
        return follow_up_messages(turn)
    except KnowledgeIndexUnavailable:
        return None


def _context_entry_or_none(turn: Turn) -> Optional[Dict]:
    try:
        return context_entry(turn)
    except KnowledgeIndexUnavailable:
        return None


# A situation with help of its own, told by the one it happens to or by someone close: after the
# route's number line, that help instead of the route's general advice. A forced marriage: where to
# turn (Veilig Thuis, and the LKHA when one is abroad); threats over the family's honour: the police
# and the wijkagent take them seriously; a tracker: what to do with it; stalking: what it is, that it is a crime,
# and the way to proof and a report; children taken abroad: the police and the Centrum IKO; a
# partner who holds the writer's money: that this is economic violence (for a victim only: its words
# are about a partner, not a child's parents); a girl to be cut: what genital mutilation is and
# where to turn; a young girl with a much older man who gives her presents: the signs of a loverboy
# and what those close can do (written to them); grooming seen at a sports club: the club's
# vertrouwenscontactpersoon; and to a young person who tells it of themselves
# what a loverboy does, written to them; brothers or sisters who hurt each other: what sibling
# violence is and how a parent tells it from a quarrel (a child keeps the child's own advice); a man
# hurt by his partner: that men are victims too and where men find shelter; a child hurt by a
# teacher or at the childcare: the vertrouwensinspecteur; one who has just fled or needs a bed
# tonight: the crisis service's place for tonight; one who asks where to go: the shelter; a woman
# hurt while pregnant: to be checked after a blow, else what violence in pregnancy does and that her
# gynaecologist can be told; one who wants to report to the police: how; an adult hurt at home as a
# child, long ago: that it is not too late for help; one who depends on the care of the partner who
# hurts them: that withholding care is violence too; a child whose friend told of abuse at home: tell
# a grown-up you trust, and the Kindertelefoon (first: no way out of a home left long ago,
# nor a men's shelter for a man's father's blows). The first that matches
# answers, so the more particular come first (each module says why its entry).
_ROUTES_OF_THOSE_CLOSE = frozenset({"slachtoffer", "kind", "omstander"})
SITUATIONS = ((tells_of_childhood_abuse, CHILDHOOD_ENTRY, frozenset({"slachtoffer", "omstander"})),
              (tells_of_a_friends_abuse, FRIEND_TOLD_ENTRY, frozenset({"kind"})),
              (tells_of_a_friends_abuse_by_a_parent, FRIEND_TOLD_ENTRY, frozenset({"omstander"})),
              # "hij zegt dat ik een verklikker ben": telling is allowed, and no betrayal
              (told_to_keep_quiet, TELLING_ALLOWED_ENTRY, frozenset({"kind"})),
              (tells_of_forced_marriage, FORCED_MARRIAGE_ENTRY, _ROUTES_OF_THOSE_CLOSE),
              (fears_being_left_abroad, ABANDONMENT_ENTRY, _ROUTES_OF_THOSE_CLOSE),
              (tells_of_honour_threat, HONOUR_ENTRY, _ROUTES_OF_THOSE_CLOSE),
              (tells_of_a_tracker, TRACKER_ENTRY, _ROUTES_OF_THOSE_CLOSE),
              (tells_of_stalking, STALKING_ENTRY, _ROUTES_OF_THOSE_CLOSE),
              (tells_of_child_abduction, CHILD_ABDUCTION_ENTRY, frozenset({"slachtoffer", "omstander"})),
              (children_not_returned, NOT_RETURNED_ENTRY, frozenset({"slachtoffer", "omstander"})),
              (tells_of_violence_by_school_staff, SCHOOL_STAFF_ENTRY, frozenset({"omstander", "slachtoffer"})),
              (tells_of_economic_violence, ECONOMIC_VIOLENCE_ENTRY, frozenset({"slachtoffer"})),
              (tells_of_genital_mutilation, GENITAL_MUTILATION_ENTRY, _ROUTES_OF_THOSE_CLOSE),
              (tells_of_own_loverboy_signs, OWN_LOVERBOY_ENTRY, frozenset({"kind", "slachtoffer"})),
              (tells_of_loverboy_signs, LOVERBOY_ENTRY, frozenset({"omstander"})),
              (tells_of_grooming_at_a_sports_club, SPORTS_CLUB_ENTRY, frozenset({"omstander"})),
              (tells_of_sibling_violence, SIBLING_VIOLENCE_ENTRY, frozenset({"omstander", "slachtoffer"})),
              (own_child_hurts_the_writer, CHILD_TO_PARENT_ENTRY, frozenset({"slachtoffer"})),
              (depends_on_a_partners_care, DEPENDENT_CARE_ENTRY, frozenset({"slachtoffer"})),
              (tells_of_a_male_victim, MALE_VICTIM_ENTRY, frozenset({"slachtoffer"})),
              (needs_a_place_tonight, TONIGHT_ENTRY, frozenset({"slachtoffer", "kind"})),
              (seeks_shelter, SHELTER_ENTRY, frozenset({"slachtoffer"})),
              (tells_of_a_blow_while_pregnant, HURT_WHILE_PREGNANT_ENTRY, frozenset({"slachtoffer"})),
              (tells_of_violence_while_pregnant, PREGNANCY_ENTRY, frozenset({"slachtoffer"})),
              (tells_they_will_not_leave, WHY_NOT_LEAVE_ENTRY, frozenset({"omstander"})),
              (tells_they_will_not_talk, NOT_TALKING_ENTRY, frozenset({"omstander"})),
              (tells_a_child_told_them, CHILD_TOLD_ENTRY, frozenset({"omstander"})),
              (fears_losing_the_children, TAKING_CHILDREN_ENTRY, frozenset({"slachtoffer"})),
              (wants_to_report_to_the_police, POLICE_REPORT_ENTRY, frozenset({"slachtoffer"})),
              # "is het normaal dat hij zo jaloers is": when jealousy and control are partner violence
              (tells_of_a_jealous_partner, JEALOUSY_ENTRY, frozenset({"slachtoffer"})),
              (tells_of_coercive_control, CONTROL_ENTRY, frozenset({"slachtoffer"})),
              (tells_of_a_crying_baby_or_shaking, CRYING_BABY_ENTRY, frozenset({"pleger"})),
              # one who got a house ban: what it forbids (contact, coming near the home)
              (has_own_house_ban, OWN_BAN_ENTRY, frozenset({"pleger"})),
              # a parent taken for a bystander ("als hij blijft huilen schud ik hem soms"), or one who
              # tells of a partner who shakes the baby; crying heard alone is a neighbour's worry
              (tells_of_shaking, CRYING_BABY_ENTRY, frozenset({"omstander", "slachtoffer"})))


def _situation_answer(turn: Turn, route: str, new_only: bool = False) -> List[Dict]:
    """The situation's own help; with new_only, only when the conversation has not had it yet (more
    told on the same route: "ze zeggen dat het om de eer gaat" after a child's first message)."""
    if turn.text.startswith("/"):
        return []
    entry_id = next((entry_id for tells, entry_id, routes in SITUATIONS if route in routes and tells(turn.text)), None)
    if entry_id and new_only and entry_id in turn.context.shown:
        return []
    return entry_answer(entry_id) if entry_id else []


def _route_or_situation(turn: Turn, route: str) -> List[Dict]:
    """A route taken after a guess of danger: its number line and the situation's own help when
    there is one ("ik heb mijn baby door elkaar geschud": have the baby checked at once), else the
    whole route."""
    situation = _situation_answer(turn, route)
    return route_messages(route)[:1] + situation if situation else route_messages(route)


def _answer_after_route_or_none(turn: Turn, route: str) -> List[Dict]:
    try:
        return answer_after_route(turn, route)
    except KnowledgeIndexUnavailable:
        return []  # the route and its number stand on their own


def _simple_route(class_name: str, route: str) -> type:
    return type(class_name, (RouteAction,), {"route": route})


ActionRouteOmstander = _simple_route("ActionRouteOmstander", "omstander")
ActionRouteSlachtoffer = _simple_route("ActionRouteSlachtoffer", "slachtoffer")
ActionRouteKind = _simple_route("ActionRouteKind", "kind")
ActionRoutePleger = _simple_route("ActionRoutePleger", "pleger")
# A carer who tells of their own harshness: what ontspoorde mantelzorg is, and that help is there.
CARER_ENTRY = "ontspoorde-mantelzorg"


class ActionRouteOuderen(RouteAction):
    """Veilig Thuis for an older person; a carer who tells of their own harshness ('gisteren heb
    ik tegen hem geschreeuwd en hem aan zijn arm getrokken') gets, after the number, what
    ontspoorde mantelzorg is and that help is there for them too, instead of a line on what is
    done to older people; one who tells of an older person's money taken, the answer on that."""

    route = "ouderen"

    def messages(self, tracker: Tracker) -> List[Dict]:
        messages = route_messages(self.route)
        text = tracker.latest_message.get("text") or ""
        if text.startswith("/"):
            return messages
        entry = CARER_ENTRY if tells_of_own_violence(text) else money_taken_entry(text)
        answer = entry_answer(entry) if entry else []
        return messages[:1] + answer if answer else messages

ActionRouteGroet = _simple_route("ActionRouteGroet", "groet")
ActionRouteBedanken = _simple_route("ActionRouteBedanken", "bedanken")
ActionRouteAfscheid = _simple_route("ActionRouteAfscheid", "afscheid")
class ActionRouteBotUitleg(RouteAction):
    """What the bot is; asked whether this chat is kept or seen ('wordt dit gesprek opgeslagen?'),
    what the chat really keeps, the quick exit and the browser's history."""

    route = "bot_uitleg"

    def messages(self, tracker: Tracker) -> List[Dict]:
        text = tracker.latest_message.get("text") or ""
        if asks_whether_this_chat_is_kept(text):
            return route_messages("bot_privacy")
        turn = Turn(tracker)
        if turn.context.route in CONTEXT_ROUTES and not text.startswith("/") and not asks_about_the_bot(text):
            # "ik ben geen slecht mens toch" from a carer who hit, "kan je daar aangifte van doen" from
            # a child: taken for a question about the bot ('mens', 'kan je'), they lean on the conversation.
            follow_up = feeling_after_route(turn) or _follow_up_or_none(turn)
            if follow_up:
                return follow_up
        return route_messages(self.route)


_ABOUT_THE_BOT = re.compile(r"\b((ben|bent|is) (je|jij|u|dit|het) (\w+ )?(een )?(mens|robot|computer|bot|chatbot|echt|echte)|"
                            r"(wie|wat) (ben|bent) (je|jij|u)|chatbot|robot|computerprogramma|praat ik met)\b")


def asks_about_the_bot(text: str) -> bool:
    """'ben je een mens?', 'wie ben jij', 'praat ik met een robot?'."""
    return bool(_ABOUT_THE_BOT.search(fold(text or "")))
