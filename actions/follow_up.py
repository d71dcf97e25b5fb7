"""Replies that lean on the conversation (veilig/conversation.py).

A message that alone is unclear, off-topic or only close to some entries ("ik zit in de
badkamer", "ja", "hoe lang duurt dat?", "wat moet ik doen?") is answered in the light of what
came before. The knowledge, fallback, off-topic and help-menu actions ask here when they have no
answer of their own; None leaves their reply as it was. The order:
1. acute danger a moment ago: 112 again, with what to do when you cannot talk, before anything;
   a message that the danger has passed ('hij is weg'): 112 if it comes back, and Veilig Thuis;
1b. after a route, a short message that tells where someone lives ('ze woont in kaatsheuvel'): the
   local team of that place and Veilig Thuis;
1c. after a route, a short message that only tells whom it is about ('het gaat om mijn buren',
   'het gaat om mij'): the route of that person, or an invitation to tell more when it is the
   route already given;
2. a child who cannot call or asks to chat: the Kindertelefoon's chat;
3. an entry found for the message together with the previous answer or message; but 'wat moet
   ik doen?' or 'wat voor hulp is er voor mij' right after a route gets the route's advice
   first (4);
4. 'wat moet ik doen?' after a route: the route's number line and the route's advice; calling
   not possible: the number line (the ways to get help without calling follow it,
   veilig/safety_lines.py);
5. after a route, a message of fear or violence that asks nothing ('ik ben bang'): the route
   again; otherwise entries close to the message: the choices, as without context;
6. after a route: its number line again, then an invitation to say more; 'ok top' after an
   answer: room for the next question, with Veilig Thuis.
The knowledge, fallback and route actions ask two things first, before any entry the message alone
found: the acute follow-up (1) right after 112, and answered_by_the_conversation ('moet ik
betalen?' after Helpwanted's answer, 'is dat normaal?' from a hit child).
Before their own answer, the knowledge and fallback actions give the route again for a short
feeling told after it ('ik schaam me' after the pleger's route): feeling_after_route.
"""
import re
from typing import Dict, List, Optional

from actions.knowledge_answer import (SEARCH, answer_messages, context_choices, context_entry, entry_answer,
                                      titled_on_aspect, version_for_a_child_asking_about_parents, written_to_a_child_not_asked)
from veilig.local_help import local_help_messages
from actions.turn import Turn
from veilig.abandonment import ABANDONMENT_ENTRY
from veilig.after_112 import (NO_ADDRESS_ENTRY, STRANGLING_ENTRY, asks_for_a_doctor, asks_to_step_in, does_not_know_the_address, says_112_was_called,
                              wants_no_police)
from veilig.am_i_the_doer import am_i_the_doer_entry
from veilig.answers import choice_messages, entry_messages, is_for_professionals, more_messages
from veilig.ban_broken import (BAN_RULES_ENTRY, OWN_BAN_ENTRY, asks_about_own_ban, asks_to_fetch_things,
                               contact_despite_a_ban, tells_of_a_broken_ban)
from veilig.cannot_call import cannot_call, someone_at_home_would_hear
from veilig.care_staff import CARE_RELATION_ENTRY, suspects_a_care_worker
from veilig.child_abduction import (CHILD_ABDUCTION_ENTRY, SOON_ROUTE, children_not_returned, comes_close,
                                    fears_going_abroad)
from veilig.child_fears import WITHOUT_PARENTS_ENTRY, childs_fear_entry
from veilig.child_told import CHILD_TOLD_ENTRY, SECRET_ASKED_ENTRY, names_a_child, tells_a_child_told_them
from veilig.client_refuses import (ADULT_REFUSES_ENTRY, MANAGER_OBJECTS_ENTRY, says_the_client_refuses,
                                   says_the_manager_objects)
from veilig.criminal_exploitation import CRIMINAL_EXPLOITATION_ENTRY, asks_about_the_police
from veilig.crying_baby import (CRYING_BABY_ENTRY, UNWELL_ROUTE, baby_unwell_after_shaking, still_crying,
                                tells_of_a_crying_baby_or_shaking, tells_of_shaking)
from veilig.conversation import (ADULT_CHAT_ENTRY, ADULT_ROUTES, CHILD_CHAT_ENTRY, advice_entry, asks_if_own_fault, asks_what_to_do, asks_when_to_call,
                                 asks_whom_to_call, child_asks_if_normal_entry, it_is_now, refuses_the_kindertelefoon,
                                 route_for_what_happened, route_of_the_service_named, tells_a_fear_of_what_comes, tells_the_danger_is_over,
                                 what_happens_next_entry)
from veilig.danger import detect_danger, tells_of_strangling
from veilig.deaf import told_deaf, version_for_a_deaf_person
from veilig.dialogue_order import asks_for_help, asks_information, find_in_knowledge, is_bare_reply
from veilig.doer import done_to_the_writer_only, tells_of_own_violence
from veilig.child import names_own_child, tells_a_childs_age_or_class
from veilig.family_caution import TALK_ENTRY, TALK_TO_A_CHILD_ENTRY, asks_what_to_say, caution_again
from veilig.follow_up_aspects import ASPECT_SEARCH_WORDS, asked_aspect
from veilig.for_the_one_hurt import (FOR_CHILDREN_ONLY, PROFESSIONAL, WHO_CALLED_ENTRY, asks_if_anonymous, asks_who_will_know,
                                     counterpart_for_the_one_hurt)
from veilig.forced_marriage import FORCED_MARRIAGE_ENTRY, asks_about_the_trip, tells_of_forced_marriage
from veilig.form_told import form_told
from veilig.friend_told import (FRIEND_TOLD_ENTRY, asks_to_keep_it_secret, tells_of_a_friends_abuse,
                                tells_of_a_friends_abuse_by_a_parent)
from veilig.honour_threat import tells_of_honour_threat
from veilig.love_as_excuse import love_as_excuse_entry
from veilig.male_victim import MALE_VICTIM_ENTRY, says_he_is_a_man, tells_he_is_not_believed, tells_of_a_male_victim
from veilig.older import CHILD_TO_PARENT_ENTRY, names_a_minor_not_an_older_person
from veilig.meldcode.profession import speaks_as_professional
from veilig.police_involved import police_question_entry
from veilig.police_report import (ABOUT_A_POLICE_REPORT, asks_for_the_polices_number, names_another_service,
                                  wants_to_report_to_the_police)
from veilig.pregnancy import HURT_WHILE_PREGNANT_ENTRY, tells_of_a_blow_while_pregnant
from veilig.professional_urgency import ACUTE_CASE_ENTRY
from veilig.protects_the_doer import PROTECTING_ROUTES, entry_for_protecting_the_doer
from veilig.regions import find_municipality, find_other_municipality
from veilig.routes import route_messages
from veilig.safety_lines import tells_an_adult
from veilig.school_staff import CHILDCARE_COLLEAGUE_ENTRY, COLLEAGUE_ENTRIES, suspects_a_childcare_colleague
from veilig.seeks_shelter import (PLEGER_HELP_ENTRY, TONIGHT_ENTRY, fears_the_return_home, has_no_place, has_nobody_to_go_to,
                                 needs_a_place_tonight, seeks_shelter)
from veilig.sexual_violence import (FIRST_WEEK_ENTRY, IMAGES_PARENTS_ENTRY, NO_RESISTANCE_ENTRY, ONLINE_ABUSE_ENTRY,
                                    asks_about_medical_care, asks_about_paying, tells_more_about_images, tells_of_not_resisting,
                                    tells_of_sexual_violence)
from veilig.talk_with_parents import (BYSTANDER_ENTRY, HONOUR_PROFESSIONAL_ENTRY, asks_to_talk_with_the_family,
                                      asks_to_talk_with_the_parents)
from veilig.text import fold
from veilig.wants_no_help import NOT_TALKING_ENTRY, tells_they_will_not_talk
from veilig.whom_told import SELF, whom_told
from veilig.worry import is_about_violence
from veilig.yes_to_danger import ASKING_ROUTES, asked_about_danger_last, says_yes_to_danger


# A message that only gives an age ("we zijn 12", "ik ben 11 hoor").
_AGE_ONLY_WORDS = 5


def _told_of_suicide(text: Optional[str]) -> bool:
    said = detect_danger(text) if text and not text.startswith("/") else None
    return bool(said) and said.kind == "suicide"


def _for_professionals(entry_id: str) -> bool:
    entry = SEARCH.entry(entry_id)
    return bool(entry) and is_for_professionals(entry)


# 'mag ik hem meegeven als ze komt?' a moment after a child unsafe today: Veilig Thuis decides that
# with you now (alone the words came close to contact with a parent after a separation).
_HANDS_THE_CHILD_OVER = re.compile(r"\b(meegeven|meegaan|mee naar huis|naar huis laten gaan|naar huis sturen|"
                                   r"laten gaan|ophalen|komt halen|op komt halen)\b")


# A question word anywhere ("en dat meisje, hoe krijgt zij die foto weer weg"): a question, which
# gets an answer, not the short help for one who tells more.
_ASKS = re.compile(r"\b(hoe|wat|waar|wanneer|waarom|kan|kun|kunnen|mag|moet)\b")


# Answers on reporting without a name: "dus ze komen er echt niet achter dat ik het was?" after one of
# them (thirty-fourth session's fifth tuning conversations: the off-topic text) asks who hears of it.
ANONYMITY_ENTRIES = frozenset({"anoniem-melden", "anoniem-advies", "weet-het-gezin-wie-gemeld-heeft"})
# 'kan dat anoniem?' from a bystander, a moment after the route that told to call for advice.
BYSTANDER_ANONYMOUS_ENTRY = "anoniem-advies"


# 'moet ik dit melden?' from a professional who told a case: when the meldcode says to report
# (acute or structural unsafety), not topics that came close to the word ('ik ben gemeld').
_SHOULD_I_REPORT = re.compile(r"^(en |maar )?(moet|moeten) (ik|we|wij) (dit|dat|het|hem|haar|deze)? ?"
                              r"((nu|dan|eigenlijk|echt|wel|al) )*melden( bij (veilig thuis|vt))?\s*\??$")
REPORT_WHEN_UNSAFE = "melden-verplicht-bij-onveiligheid"


def _asks_for_secrecy(text: str) -> bool:
    # (a professional's own 'beroepsgeheim' is no child's wish for secrecy)
    return asks_to_keep_it_secret(text) and not re.search(r"beroepsgeheim|geheimhoudingsplicht", fold(text))


def protecting_the_doer_messages(turn: Turn) -> Optional[List[Dict]]:
    """'ik wil niet dat hij in de problemen komt, het is mijn kind' a moment after a route: that
    Veilig Thuis is not the police (for an older person whose money is taken: that most do not
    report family, and advice needs no report), after the route's number (veilig/protects_the_doer.py)."""
    context = turn.context
    entry = entry_for_protecting_the_doer(context.told, turn.text) if (
        context.route in PROTECTING_ROUTES and not context.professional and not turn.text.startswith("/")) else None
    # ("Hij is mijn kind, ik wil hem niet aangeven. Wat kan ik dan doen?" is no yes-or-no question:
    # no "Nee." before the answer, twenty-fourth session's probe)
    return (route_messages(context.route)[:1] + entry_answer(entry, turn.text)) if entry else None


def _answer_or_its_longer_explanation(entry_id: str, shown_just_now) -> List[Dict]:
    """The entry's answer, or its longer explanation when the bot answered with it just now."""
    entry = SEARCH.entry(entry_id)
    return more_messages(SEARCH, entry) if entry and entry_id in shown_just_now else entry_answer(entry_id)


def answered_by_the_conversation(turn: Turn) -> Optional[List[Dict]]:
    """A short question only the conversation makes clear, answered before any entry the message
    alone came close to (the knowledge, fallback and route actions ask here first); None otherwise:
    - anything but a question with its own answer a moment after a professional told of a child
      unsafe today ('mag ik hem meegeven als moeder komt?'): Veilig Thuis now, and not alone;
    - 'moet ik betalen?' in a conversation that got Helpwanted's answer on images used to extort:
      that answer again (do not pay, send nothing, keep the messages), whatever route came since;
    - 'wat moet ik tegen haar zeggen?' after the bystander's route: how to start the talk, not the
      general tips again; after a victim's who told of their own child: how to talk with the child;
    - 'is dat normaal?' from a child a moment after telling of being hit: no, and whom to tell
      (alone it came close to doubting whether it is domestic violence);
    - 'kan ik hier blijven slapen?' or 'waar moet ik heen, het is 2 uur' from one hurt at home,
      'waar kan ik slapen' from a child: a safe place for tonight (veilig/seeks_shelter.py);
    - 'ben ik nu iemand die haar mishandelt?', 'ben ik dan opeens de dader?': self-defence, care gone
      wrong or the help for plegers, from what was told (veilig/am_i_the_doer.py);
    - 'welk nummer moet ik bellen?' after the answer on reporting to the police: the police's; on an
      adult's route, when the words came close to an answer for children only: that route's number;
    - 'hij stuurt me toch appjes, dat mag toch niet?' after a house ban told: what the ban forbids;
    - 'was het mijn schuld?' from a child or one hurt: no, it never is;
    - 'ik wil niet dat hij in de problemen komt' from one hurt: Veilig Thuis is not the police;
    - 'komt dan de politie?' after Veilig Thuis's route or an answer about Veilig Thuis: the same;
    - 'hij zegt dat hij dat doet omdat hij van me houdt' from one hurt by a partner: control is no love;
    - a child's fear of telling ('het is ons geheim', 'gaan ze papa oppakken?'): veilig/child_fears.py;
    - 'geldt hier een meldplicht?' after the answer on a suspected colleague in childcare or at
      school: that answer again (the law's duty to report to the houder or the board);
    - 'moet ik dit melden?' from a professional who told a case: when the meldcode says to report;
    - a shaken baby that is limp, drowsy or breathes badly now: 112, first and without a condition;
    - 'hij haalt ze morgen op' after the answer on children feared to be taken abroad: call the
      police today, before they are fetched;
    - 'ja', 'ja hij is nog thuis' right after a route that asked "Ben je nu in gevaar?": 112 now;
    - 'ze wil niet dat ik het vertel' after a friend's abuse by a parent: tell a grown-up anyway;
    - 'waar kan ik slapen?' from one who uses violence: the help for plegers; what their own house
      ban allows ('mag ik spullen ophalen?'): what it forbids;
    - 'weet hij dan dat ik het was?' after a route: who hears of the call, in that route's version;
    - 'ik ben toch een man' from a man hurt by his partner: men are victims too;
    - 'is er hulp voor ouders zoals ik?', 'hoe praat ik met hem?' from a parent hit by their own child:
      help for parents (Geweldloos verzet), not what to say when a child tells;
    - from a professional, 'mag ik met haar ouders praten?' after honour-based threats: no open contact
      first; 'mijn leidinggevende zegt dat we ons er niet mee moeten bemoeien': the meldcode still
      binds; 'hij zegt dat alles goed is en wil niet dat ik iets doe': an adult's wish is not always
      the limit (a child's secrecy is not promised);
    - 'moet ik eerst met zijn vader praten?' after the bystander's route: not on your own, advice first;
    - 'is dat ook mishandeling?' after a story that names no form: the form it tells (veilig/form_told.py)."""
    if turn.text.startswith("/"):
        return None
    context = turn.context
    if baby_unwell_after_shaking(turn.text, context.told if context.route else ""):
        # "hij is sinds vanmiddag heel suf en slap en wil niet drinken" after "schud ik hem soms": 112 now.
        return route_messages(UNWELL_ROUTE)
    if context.route in ASKING_ROUTES and (context.messages_since_route == 1 or asked_about_danger_last(turn.last_reply)) and (
            says_yes_to_danger(turn.text)):
        # "ja hij is nog thuis" right after "Ben je nu in gevaar? Bel 112.": 112 now; a bare "ja" may
        # also answer "Ben je jonger dan 18?" on the victim's route: the Kindertelefoon after it.
        under_18_asked = context.route == "slachtoffer" and not tells_an_adult([context.told or ""])
        return route_messages("acuut") + (route_messages("acuut_kind_extra") if under_18_asked and not (
            context.child) else [])
    # (the story may be told in the same message: "hij is gewoon heel jaloers en bepaalt met wie ik afspreek.
    # telt dat uberhaupt")
    story = f"{context.told or ''} {turn.text}".strip()
    form = form_told(story, context.child or context.route == "kind") if (
        (context.told or context.route) and not context.professional and asked_aspect(turn.text) == "geweld"
        and not tells_of_own_violence(story)) else None
    if form:
        # 'is dat ook mishandeling? ze slaat ons niet' after a mother who is mean and no food at home:
        # the entry on that form, not the route again (veilig/form_told.py)
        return entry_answer(form, turn.text)
    if (context.route in ("omstander", "kind", "slachtoffer") and len(turn.text.split()) <= _AGE_ONLY_WORDS
            and tells_a_childs_age_or_class(turn.text)):
        # "we zijn 12" after a friend's abuse told and answered got "Ik weet niet zeker welk onderwerp je
        # bedoelt" (twenty-fourth session's probe): the child's number line, and the friend's answer
        # written to a child when the conversation has not had it.
        friend = (tells_of_a_friends_abuse_by_a_parent(context.told or "") and FRIEND_TOLD_ENTRY not in context.shown)
        return route_messages("kind")[:1] + (entry_answer(FRIEND_TOLD_ENTRY) if friend else [])
    if context.route == "omstander" and tells_they_will_not_talk(turn.text):
        # "ze wil er nie over praten" after a sister's violence told got a choice of topics
        return _answer_or_its_longer_explanation(NOT_TALKING_ENTRY, context.shown[-1:])
    if (context.route in ("omstander", "kind") and asks_to_keep_it_secret(turn.text)
            and tells_of_a_friends_abuse_by_a_parent(context.told or "")):
        # "ze wil niet dat ik het vertel aan iemand" after a friend's abuse by a parent: tell a grown-up anyway
        return _answer_or_its_longer_explanation(FRIEND_TOLD_ENTRY, context.shown[-1:])
    if context.route == "pleger" and tells_of_own_violence(turn.text) and not asks_information(turn.text):
        # "ik heb haar vorige week ook al een duw gegeven" a moment after "ik ben bang dat ik mijn vriendin
        # vanavond ga slaan" got "ik begrijp niet helemaal": the help for plegers, after the number line
        return route_messages("pleger")[:1] + _answer_or_its_longer_explanation(PLEGER_HELP_ENTRY, context.shown[-1:])
    if context.route == "pleger" and seeks_shelter(turn.text):
        # 'waar kan ik slapen deze 10 dagen?' from one with a house ban: the help for plegers, with
        # its emergency shelter during a ban, not the shelter for those who flee
        return entry_answer(PLEGER_HELP_ENTRY)
    if context.route == "pleger" and asks_about_own_ban(context.told or "", turn.text):
        # 'ik moet nog spullen ophalen, mag dat?', 'en als mijn vrouw zelf contact opneemt?': the
        # rules written to the one who has the ban (the general rules were the first answer)
        if asks_to_fetch_things(turn.text):
            return entry_answer(OWN_BAN_ENTRY)
        return _answer_or_its_longer_explanation(OWN_BAN_ENTRY, context.shown[-1:])
    if (tells_of_forced_marriage(context.told or "") and asks_about_the_trip(turn.text) and not context.professional
            and not detect_danger(turn.text)):
        # "we gaan over 3 weken op vakantie, kan iemand voorkomen dat ik mee moet?" from a girl of 16 to be
        # married in Morocco got a choice of topics: the LKHA before she leaves (or, when that was the
        # answer just now, that no one may send her abroad against her will)
        if FORCED_MARRIAGE_ENTRY in context.shown[-1:]:
            return entry_answer(ABANDONMENT_ENTRY)
        return entry_answer(FORCED_MARRIAGE_ENTRY)
    if (children_not_returned(context.told or "") and fears_going_abroad(turn.text) and not detect_danger(turn.text)
            and CHILD_ABDUCTION_ENTRY not in context.shown[-1:]):
        # "hij heeft ook een turks paspoort, ik ben bang dat hij naar turkije gaat" a moment after
        # "mijn ex brengt de kinderen niet terug" got the victim's route: the police now, and the Centrum IKO
        return entry_answer(CHILD_ABDUCTION_ENTRY)
    if (CHILD_ABDUCTION_ENTRY in context.entries[-2:] and comes_close(turn.text) and not asks_information(turn.text)
            and not detect_danger(turn.text)):
        return route_messages(SOON_ROUTE)
    crying_told = CRYING_BABY_ENTRY in context.entries[-2:] or (
        context.route in ("pleger", "acuut") and tells_of_a_crying_baby_or_shaking(context.told or ""))
    # (also "de ambulance is er. ik deed het niet expres, ik was gewoon helemaal op" a moment after 112 for a
    # baby shaken: the twelfth tuning conversations got the pleger's line and "ik begrijp niet helemaal")
    if crying_told and (_ABOUT_IT.search(fold(turn.text)) or tells_of_a_crying_baby_or_shaking(turn.text) or (
            (still_crying(turn.text) or _WORN_OUT.search(fold(turn.text))) and not asks_information(turn.text))) and (
            not detect_danger(turn.text)):
        # (also "hij huilt nog steeds en ik sta er alleen voor" a moment after the pleger's route for a
        # baby nearly shaken, which got that route's line again: the ninth tuning conversations)
        # "is dat erg? hij huilt echt uren achter elkaar" a moment after the answer on a crying baby
        # got the bystander's tips: more on shaking and where parents find help (its longer
        # explanation when the answer itself was shown just now, not the same text again).
        entry = SEARCH.entry(CRYING_BABY_ENTRY)
        if entry and CRYING_BABY_ENTRY in context.shown[-1:]:
            return more_messages(SEARCH, entry)
        return answer_messages(turn, entry) if entry else None
    if context.professional and tells_of_honour_threat(context.told or "") and asks_to_talk_with_the_family(turn.text):
        # "mag ik met haar ouders praten?" from a youth worker a moment after a girl of 17 told of threats
        # over her boyfriend got no clear no: no open contact with the family before expert advice
        # (after a child unsafe today: call Veilig Thuis now first)
        if context.previous_entry == ACUTE_CASE_ENTRY:
            return route_messages("acuut_professional_vervolg") + entry_answer(HONOUR_PROFESSIONAL_ENTRY)
        return answer_messages(turn, SEARCH.entry(HONOUR_PROFESSIONAL_ENTRY))
    if context.previous_entry == ACUTE_CASE_ENTRY and (caution_again(ACUTE_CASE_ENTRY, turn.text) or not turn.found_entry
                                                       or _HANDS_THE_CHILD_OVER.search(fold(turn.text))):
        # "ze zit nu hier bij mij", "moet ik de ouders bellen?", "mag ik hem meegeven als moeder
        # komt?" a moment after a professional told of a child unsafe today: call Veilig Thuis now,
        # who agrees with you what happens (also with the parents), not the whole answer again, a
        # child's route or a choice of topics.
        return route_messages("acuut_professional_vervolg")
    if ONLINE_ABUSE_ENTRY in context.entries[-4:] and childs_fear_entry(turn.text) == WITHOUT_PARENTS_ENTRY:
        # "ik durf het niet aan mijn ouders te vertellen" from a girl of 15 blackmailed with a photo
        # got the law on deciding about help by age: first someone else she trusts, Helpwanted.
        return entry_answer(IMAGES_PARENTS_ENTRY)
    if ONLINE_ABUSE_ENTRY in context.entries[-4:] and not _ASKS_IF_PUNISHABLE.search(fold(turn.text)) and (
            asks_about_paying(turn.text) or ((asks_what_to_do(turn.text) or tells_more_about_images(turn.text))
                                             and not tells_of_sexual_violence(turn.text))):
        # (also "ik heb geen geld wtf moet ik doen" after it, which got "ik begrijp niet"; "ik heb er
        # al 1 gestuurd", "hij zegt dat hij hem doorstuurt als ik niet meer stuur": the same help short,
        # with that it is not their fault)
        if (ONLINE_ABUSE_ENTRY == context.previous_entry and tells_more_about_images(turn.text)
                and not (asks_information(turn.text) or _ASKS.search(fold(turn.text)))):
            # ('kan die foto weg?', 'en dat meisje, hoe krijgt zij die foto weer weg' get the whole answer again)
            return route_messages("online_afpersing_vervolg")
        return entry_answer(ONLINE_ABUSE_ENTRY)
    colleague = context.previous_entry if context.previous_entry in COLLEAGUE_ENTRIES else (
        CHILDCARE_COLLEAGUE_ENTRY if context.professional and suspects_a_childcare_colleague(context.told) else
        CARE_RELATION_ENTRY if context.professional and suspects_a_care_worker(context.told) else None)
    if colleague and _DUTY_ASKED.search(fold(turn.text)):
        # "geldt hier een meldplicht?" a moment after the answer on a colleague in childcare got
        # "een verplichte meldcode is iets anders dan een meldplicht": for a colleague there is one;
        # "moet ik naar de politie?" got "U bepaalt zelf": the houder must report.
        # ("moet ik dit bij Veilig Thuis melden?" right after it: who must do what next, its longer part)
        if colleague in context.shown[-1:] and _NAMES_VEILIG_THUIS.search(fold(turn.text)):
            return _answer_or_its_longer_explanation(colleague, context.shown[-1:])
        entry = SEARCH.entry(colleague)
        if entry:
            return answer_messages(turn, entry)
    self_harm_told = _HURTS_SELF.search(fold(f"{context.told or context.previous_text or ''} {turn.text}"))
    if context.professional and self_harm_told and _WITH_ME_NOW.search(fold(turn.text)):
        # "ze is nu nog hier in het buurthuis" from a youth worker a moment after a girl of 14 threatened
        # to harm herself got a choice of topics: Veilig Thuis now, not alone, and 113
        return route_messages("acuut_professional_vervolg") + entry_answer(SELF_HARM_PRO_ENTRY)
    if context.professional and self_harm_told and SELF_HARM_PRO_ENTRY not in context.shown[-1:] and (
            asks_information(turn.text) or asks_to_keep_it_secret(turn.text) or _SECRET_KEPT.search(fold(turn.text))):
        # "Mag ik dit geheimhouden?", "Hoe weet ik of het nu acuut is?" from a mentor whose pupil cuts
        # herself got "ik weet niet zeker" and the off-topic text, without a number
        return answer_messages(turn, SEARCH.entry(SELF_HARM_PRO_ENTRY))
    if context.professional and context.route in (None, "meldcode") and _CHILDREN_THERE.search(fold(turn.text)):
        # "er was ook een baby in huis" from an ambulance nurse a moment after partner violence got the
        # off-topic text; "er zijn ook twee kinderen thuis" from a GP topics: the Kindcheck
        entry = SEARCH.entry(KINDCHECK_ENTRY)
        if entry:
            return answer_messages(turn, entry)
    if context.professional and not detect_danger(turn.text) and says_the_manager_objects(turn.text):
        # "mijn leidinggevende zegt dat we ons er niet mee moeten bemoeien" got "ik begrijp niet"
        return answer_messages(turn, SEARCH.entry(MANAGER_OBJECTS_ENTRY))
    if context.professional and not detect_danger(turn.text) and says_the_client_refuses(turn.text):
        # "de man zegt zelf dat alles goed is en wil niet dat ik iets doe" from a district nurse got a
        # choice of topics: an adult's wish is not always the limit; a child's wish for secrecy is not promised
        minor = names_a_minor_not_an_older_person(context.told or "") or tells_a_childs_age_or_class(context.told or "")
        return answer_messages(turn, SEARCH.entry(SECRET_ASKED_ENTRY if minor else ADULT_REFUSES_ENTRY))
    if context.professional and not context.route and _SHOULD_I_REPORT.search(fold(turn.text).strip()):
        entry = SEARCH.entry(REPORT_WHEN_UNSAFE)
        if entry:
            return answer_messages(turn, entry)
    if CRIMINAL_EXPLOITATION_ENTRY in context.entries[-3:] and not context.professional and not detect_danger(turn.text):
        if asks_about_the_police(turn.text) or asks_what_to_do(turn.text):
            # "als ik naar de politie ga word ik dan zelf opgepakt?" a moment after the answer on being
            # forced to sell drugs got the answer on help at home: anonymous advice first, the meldpunt
            return _answer_or_its_longer_explanation(CRIMINAL_EXPLOITATION_ENTRY, context.shown[-1:])
        if not turn.found_entry and not asks_information(turn.text):
            # ("mn moeder weet van niks", "idk wat ik moet doen" got what the bot can do, twice)
            # (forced to deal, a victim: never the pleger's line, whatever route the classifier guessed)
            return route_messages("kind" if context.child or context.route == "kind" else "slachtoffer")[:1]
    if asks_if_own_fault(turn.text) and not context.professional and (
            context.child or context.route in ("kind", "slachtoffer", "seksueel_geweld")):
        # 'was het mijn schuld omdat ik stout was' from a child who saw papa hit mama got "ik begrijp
        # niet", 'is t mn schuld?' from a woman with a controlling partner the Kindertelefoon: no, first.
        return route_messages("kind_schuld" if context.child or context.route == "kind" else "slachtoffer_schuld")
    # (not about a friend's parent: "wat gebeurt er met haar vader als het uitkomt, moet hij de cel in?" from a girl
    # of 15 about her friend got what telling brings a child at home, the twelfth tuning conversations)
    fear = childs_fear_entry(turn.text) if (context.child or context.route == "kind") and not (
        context.professional or context.acute or (tells_of_a_friends_abuse(context.told or "")
                                                  and _SOMEONE_ELSES_PARENT.search(fold(turn.text)))) else None
    if fear:
        # 'hij zegt dat ik het aan niemand mag vertellen', 'gaan ze mijn papa dan oppakken?', 'wat
        # als mama boos wordt' from a child got "ik begrijp niet" or the Kindertelefoon's line again.
        return entry_answer(fear)
    if (CHILD_TO_PARENT_ENTRY in context.entries[-3:] and not context.professional
            and (_HOW_TO_TALK.search(fold(turn.text)) or asks_what_to_say(turn.text) or asks_for_help(turn.text)
                 or _HELP_FOR_PARENTS.search(fold(turn.text)))):
        # "hoe praat ik met hem hierover als hij rustig is?", "is er hulp voor ouders zoals ik?" from a
        # mother hit by her son of 17 got what to say when a child tells, and the law on deciding by age;
        # "ik wil hem niet aangeven" from her: help for parents, before the answer for one who protects a partner.
        return _answer_or_its_longer_explanation(PARENTS_HELP_ENTRY, context.shown[-1:])
    protected = protecting_the_doer_messages(turn)
    if protected:
        return protected
    # (not right after 112: the acute follow-up answers first, and the police may well come)
    police = None if context.acute else police_question_entry(
        turn.text, None if context.professional else context.route, (context.previous_entry, *context.previous_choices))
    if police:
        # "komt dan de politie?" after the pleger's route, "en is het de politie?" after what Veilig
        # Thuis costs: Veilig Thuis is not the police (veilig/police_involved.py)
        # ('Nee.' only to "is het de politie?": "komt dan de politie?" may well be yes, when it is needed)
        return _answer_or_its_longer_explanation(police, context.shown[-1:]) if police in context.shown[-1:] else (
            entry_answer(police, turn.text))
    excuse = love_as_excuse_entry(turn.text, context.told, context.child or context.route == "kind") if (
        context.route in ("slachtoffer", "kind") and not (context.acute or context.professional)) else None
    if excuse:
        # 'maar hij zegt dat hij dat doet omdat hij van me houdt' from a girl of 15 whose boyfriend
        # checks her phone got the route's lines again: control is not love (veilig/love_as_excuse.py).
        return entry_answer(excuse)
    # (no route yet: the ban was asked about first, "de politie heeft mijn man een huisverbod gegeven. hoe lang duurt dat?")
    # (after 112 too, once the police is called or the danger passed: "politie komt eraan. hij appt me ook al
    # de hele dag en belt de kinderen, mag dat eigenlijk", the tenth tuning conversations)
    called = context.acute and says_112_was_called(turn.text)
    passed = context.acute and tells_the_danger_is_over(turn.text)
    if (context.route in (None, "slachtoffer", "kind", "acuut") and (not context.acute or called or passed)
            and contact_despite_a_ban(context.told, turn.text) and not tells_of_a_broken_ban(turn.text)):
        if context.acute:
            return route_messages("na_112" if called else "gevaar_voorbij")[:1] + entry_answer(BAN_RULES_ENTRY)
        # 'hij stuurt me nu toch steeds appjes, dat mag toch niet?' after 'er is een huisverbod opgelegd
        # aan mijn partner': what the ban forbids, after the route's number (one at the door now is danger)
        if BAN_RULES_ENTRY in context.shown[-2:]:
            # ("hij belt ze elke dag om te vragen of ze hem missen" right after the rules were the answer:
            # not the same text again, but that this breaks the ban and whom to tell)
            return route_messages(context.route or "slachtoffer")[:1] + route_messages("verbod_contact_vervolg")
        return route_messages(context.route or "slachtoffer")[:1] + entry_answer(BAN_RULES_ENTRY)
    if context.route == "slachtoffer" and (says_he_is_a_man(turn.text) or (
            tells_he_is_not_believed(turn.text) and tells_of_a_male_victim(context.told or ""))):
        # "Is dat ook huiselijk geweld? Ik ben toch een man." after his wife's control of the money:
        # men are victims too, Veilig Thuis is for them, and where men find shelter
        return _answer_or_its_longer_explanation(MALE_VICTIM_ENTRY, context.shown[-1:])
    if (context.route in ("omstander", "slachtoffer", "kind") or (context.route == "ouderen" and not done_to_the_writer_only(
            context.told or "")) or (context.route is None and (_I_REPORTED.search(
            fold(context.told or context.previous_text or "")) or context.previous_entry in ANONYMITY_ENTRIES))) and (
            asks_who_will_know(turn.text)):
        # "Weet hij dan dat ik het was?" after the bystander's route: whether the family hears who
        # called (for the one hurt: whether anyone sees it; for a child: what the Kindertelefoon keeps)
        own = counterpart_for_the_one_hurt(WHO_CALLED_ENTRY, "kind" if context.child else context.route)
        return entry_answer(own or WHO_CALLED_ENTRY, turn.text)
    if (context.route in ("slachtoffer", "kind", "omstander", "pleger") and not context.professional and asks_if_anonymous(turn.text)
            and not turn.found_entry):
        # "kan dat anoniem?" a moment after "mijn vriend slaat me": that the call is hidden and may be anonymous;
        # after the bystander's route (thirty-fourth session's fifth tuning conversations: a choice of three)
        # that advice can be asked without a name, the first step the route gave
        own = BYSTANDER_ANONYMOUS_ENTRY if context.route == "omstander" and not context.child else (
            counterpart_for_the_one_hurt("anoniem-melden", "kind" if context.child else context.route))
        if own:
            return entry_answer(own, turn.text)
    if context.professional and asks_what_to_say(turn.text) and (
            tells_a_child_told_them(context.told or "") or _asks_for_secrecy(turn.text)):
        # "wat zeg ik tegen het meisje?" a moment after "een meisje van 7 zegt dat papa mama pijn doet,
        # maar ik mag het niet aan mama vertellen": what to say when a child tells, or asks for secrecy
        # ("het meisje vroeg me het geheim te houden. wat zeg ik tegen haar?" got a choice of one topic)
        secret = _asks_for_secrecy(context.told or "") or _asks_for_secrecy(turn.text)
        return answer_messages(turn, SEARCH.entry(SECRET_ASKED_ENTRY if secret else CHILD_TOLD_ENTRY))
    if (context.child and not context.professional and _asks_for_secrecy(turn.text) and not asks_information(turn.text)
            and tells_of_a_friends_abuse(context.told or "")):
        # "ze heeft me laten zweren dat ik het aan niemand vertel" from a girl of 15 a moment after her friend's
        # father's belt got the Kindertelefoon's line alone (the twelfth tuning conversations): that she may tell
        return route_messages("kind")[:1] + _answer_or_its_longer_explanation(FRIEND_TOLD_ENTRY, context.shown[-1:])
    if (context.route == "omstander" and not context.professional and not context.child and _asks_for_secrecy(turn.text)
            and not asks_information(turn.text) and tells_a_child_told_them(context.told or "")
            and not tells_of_a_friends_abuse_by_a_parent(turn.text)):
        # "hij vroeg of ik het aan niemand wil doorvertellen en ik heb ja gezegd" from a parent a moment
        # after her son's friend told of his stepfather's belt (the ninth tuning conversations): what to
        # do when a child tells, with what not to promise
        return answer_messages(turn, SEARCH.entry(CHILD_TOLD_ENTRY))
    if context.professional and _asks_for_secrecy(turn.text) and not asks_information(turn.text) and (
            names_a_child(context.told or "")):
        # "ze vroeg of ik het aan niemand wilde vertellen" from a teacher a moment after a pupil of 8
        # said "papa doet mama pijn" got the children's own topics, in "u"
        return answer_messages(turn, SEARCH.entry(SECRET_ASKED_ENTRY))
    if (context.route == "omstander" and not context.professional and asks_to_talk_with_the_parents(turn.text)
            and not detect_danger(turn.text)):
        # "moet ik eerst met zijn vader praten?" from a football trainer a moment after a boy's bruises
        # and a 'strict' father got a choice of topics: not on your own, advice first
        return _answer_or_its_longer_explanation(BYSTANDER_ENTRY, context.shown[-1:])
    if context.route in ("omstander", "ouderen") and not context.professional and asks_what_to_say(turn.text):
        return entry_answer(TALK_ENTRY)  # 'wat moet ik tegen haar zeggen' after the bystander's route
    if context.route == "slachtoffer" and asks_what_to_say(turn.text) and names_own_child(context.previous_text or ""):
        # 'wat moet ik tegen hem zeggen' from a mother whose son of 6 asks if papa goes to prison
        # got the child's "je verraadt je ouders niet": how to talk with your child about it.
        return entry_answer(TALK_TO_A_CHILD_ENTRY)
    if (context.child or context.route == "kind") and not (context.acute or context.professional) and (
            fears_the_return_home(turn.text)) and not detect_danger(turn.text):
        # "hij komt om 6 uur thuis" from a girl of 14 afraid it happens again tonight got the child's
        # route a second time: call before he is home, and 112 if it gets dangerous
        return route_messages("kind_vanavond")
    if (context.route in ("slachtoffer", "acuut") and not context.child and needs_a_place_tonight(turn.text)) or (
            context.route == "kind" and (seeks_shelter(turn.text) or has_no_place(turn.text))) or (
            context.route in ("slachtoffer", "seksueel_geweld", "acuut") and not context.child
            and (fears_the_return_home(turn.text) or has_nobody_to_go_to(turn.text))):
        # ("hij komt om 6 uur thuis" a moment after a woman told her husband raped her last night got
        # the bystander's tips, "ik heb geen familie hier" a choice of topics: a safe place tonight)
        # 'kan ik hier blijven slapen?' at a friend's a moment after telling of being locked in got
        # the help for plegers: a bed tonight, best with someone you know, else the crisis service.
        return entry_answer(TONIGHT_ENTRY)
    doer = am_i_the_doer_entry(turn.text, context.route, context.told) if context.route else None
    if doer:
        return entry_answer(doer, turn.text)  # 'ben ik nu iemand die haar mishandelt?' (veilig/am_i_the_doer.py)
    if (context.previous_entry in ABOUT_A_POLICE_REPORT and asks_whom_to_call(turn.text)
            and not names_another_service(turn.text)) or (
            asks_for_the_polices_number(turn.text, asks_whom_to_call(turn.text))) or (
            wants_to_report_to_the_police(turn.text) and asks_whom_to_call(turn.text) and not names_another_service(turn.text)):
        # 'welk nummer moet ik bellen' after the answer on aangifte; 'welk nummer is dat van de
        # politie, niet 112 toch' after any answer; "ok ik wil aangifte doen. welk nummer moet ik daarvoor
        # hebben, is geen spoed" (the twelfth tuning conversations: the victim's route)
        return route_messages("politie_nummer")
    service_route = route_of_the_service_named(turn.text)
    if service_route:
        return route_messages(service_route)[:1]  # 'wat was het nummer van dat centrum ook alweer'
    if (context.route in ADULT_ROUTES and not context.child and asks_whom_to_call(turn.text)
            and turn.found_entry in FOR_CHILDREN_ONLY):
        # "welk nummer moet ik dan bellen, ik wil het aan iemand vertellen" from a man of 38 came close
        # to what the Kindertelefoon keeps to itself: his route's number (the seventh tuning conversations)
        return route_messages(context.route)[:1]
    # (a child's conversation without a route yet: "ik ben 13 ... wat moet ik doen" was answered)
    normal = child_asks_if_normal_entry(turn.text, context.route or ("kind" if context.child else None), context.told)
    # (with the question, so "is dat dan ook misbruik?" does not get the entry's "Nee." meant for "mag dat?")
    return entry_answer(normal, turn.text) if normal else None


def acute_follow_up(turn: Turn) -> Optional[List[Dict]]:
    """A typed message a moment after 112 was given: the follow-up's 112 first, before any entry
    the message alone found (the knowledge and fallback actions ask here first); None otherwise."""
    if not turn.context.acute or turn.context.professional or turn.text.startswith("/"):
        return None
    return follow_up_messages(turn)


# A wish told with the news, which the search answers with confidence: "politie was hier. zij wil praten
# met iemand maar spreekt alleen pools" (the tenth tuning conversations: only the news was answered).
_A_WISH = re.compile(r"\b(wil|wilt|willen|wilde|graag|nodig)\b")


def _asked_with_the_news(turn: Turn) -> List[Dict]:
    """The answer to a question asked with the news that the danger passed or 112 was called (the
    sixth tuning conversations: only the news was answered); the doctor's advice when that is asked
    and no entry answers it; nothing for news alone."""
    if needs_a_place_tonight(turn.text):  # "ze hebben hem meegenomen. ik wil hier vannacht niet blijven slapen"
        return entry_messages(SEARCH, SEARCH.entry(TONIGHT_ENTRY), turn.question)
    if asks_for_a_doctor(turn.text) and tells_of_strangling(f"{turn.context.told or ''} {turn.text}"):
        return _doctor_messages(turn)
    if tells_of_sexual_violence(turn.context.told or "") and asks_about_medical_care(turn.text):
        # "ik zit in een taxi naar huis. ik wil alleen maar douchen, mag dat?" after rape told with 112
        # (the eighth tuning conversations): the first week's care, evidence before a shower.
        return entry_answer(FIRST_WEEK_ENTRY)
    if not (asks_information(turn.text) or (turn.found_entry and _A_WISH.search(fold(turn.text)))):
        return []
    entry = SEARCH.entry(turn.found_entry) if turn.found_entry else None
    if not entry:
        found = find_in_knowledge(SEARCH, turn.text, by_meaning=True).entry_id
        entry = SEARCH.entry(found) if found else None
    aspect = asked_aspect(turn.text) if not entry else None
    if aspect in ASPECT_SEARCH_WORDS:
        # "dit is al de 4e keer deze maand, moet ik dat ergens bijhouden ofzo" with the news that he was
        # taken away: the entry titled on keeping proof, for what was told and asked together
        entry = titled_on_aspect(aspect, f"{turn.context.told or ''} {turn.text}")
    if entry:
        return entry_messages(SEARCH, entry, turn.question)
    return route_messages("acuut_dokter") if asks_for_a_doctor(turn.text) else []


def _doctor_messages(turn: Turn) -> List[Dict]:
    """When to see a doctor after 112; for one strangled, then what strangling means: "mn nek is alleen een
    beetje rood ... dus dokter hoeft niet toch" (the twelfth tuning conversations)."""
    strangled = tells_of_strangling(f"{turn.context.told or ''} {turn.text}")
    return route_messages("acuut_dokter") + (entry_answer(STRANGLING_ENTRY) if strangled else [])


def follow_up_messages(turn: Turn) -> Optional[List[Dict]]:
    if turn.text.startswith("/"):
        return None
    context = turn.context
    if context.acute and tells_the_danger_is_over(turn.text) and tells_of_shaking(context.told or ""):
        # "de ambulance is er. ik deed het niet expres" from a parent who shook the baby: no "komt hij of zij
        # terug?", but help for parents of a crying baby (the twelfth tuning conversations)
        return answer_messages(turn, SEARCH.entry(CRYING_BABY_ENTRY))
    if context.acute and tells_the_danger_is_over(turn.text):
        # "hij is weg": 112 if he comes back, Veilig Thuis for what next (and the answer to a question
        # told with it: "hij is weggereden. moet ik nog naar een dokter? ik zie niks aan mn nek")
        return route_messages("gevaar_voorbij") + _asked_with_the_news(turn)
    if context.acute and wants_no_police(turn.text):
        return route_messages("acuut_geen_politie")  # "ik wil geen politie": their choice; 112 still for danger now
    if context.acute and asks_for_a_doctor(turn.text):
        return _doctor_messages(turn)  # "moet ik naar de dokter?" after "hij heeft me gewurgd"
    if context.acute and says_112_was_called(turn.text):
        # "ik heb 112 gebeld, wat nu": stay safe, then Veilig Thuis (and the answer to a question told
        # with it: "politie komt eraan. wat gaan ze met hem doen")
        return route_messages("na_112") + _asked_with_the_news(turn)
    if context.acute and asks_to_step_in(turn.text):
        return route_messages("niet_ertussen")  # "moet ik erheen gaan?": not between them; 112
    if context.acute and does_not_know_the_address(turn.text):
        return entry_answer(NO_ADDRESS_ENTRY)  # "ik weet het adres niet": call anyway, the phone tells where
    # (thoughts of suicide told in any message since 112: "ik snij mezelf soms" two messages after
    # "ik wil dood" got "zeg heel kort 'politie'")
    if context.acute and (_told_of_suicide(context.previous_text) or _told_of_suicide(context.told)) and (
            not tells_the_danger_is_over(turn.text)):
        return route_messages("zelfdoding_vervolg")  # "niemand helpt me toch" after "ik wil dood": 113 first
    if (not context.professional and tells_of_not_resisting(turn.text) and tells_of_sexual_violence(context.told or "")
            and NO_RESISTANCE_ENTRY not in context.shown):
        # "ik heb niet eens nee geroepen of hem weggeduwd, ik bevroor gewoon" after rape told: it is still rape
        # (the twelfth tuning conversations: the CSG's line and "ik begrijp niet helemaal")
        return (route_messages("gevaar_eerst") if context.acute else []) + entry_answer(NO_RESISTANCE_ENTRY)
    if context.acute and not context.professional:
        # (a professional's case after 112, "moet ik de ouders bellen?", is answered below: the
        # acute answer's caution again, not a victim's 112 block)
        # Only a question gets an entry after 112: "ik zit op mn kamer" from a child a moment after
        # "papa slaat mama nu" came close to spyware on a phone.
        asks = asks_information(turn.text) or asks_for_help(turn.text)
        entry = ((SEARCH.entry(turn.found_entry) if turn.found_entry else None) or context_entry(turn)) if asks else None
        if _NO_CREDIT.search(fold(turn.text)):
            # "ik heb geen beltegoed" from a child under the bed a moment after "Bel nu 112": 112 is free
            entry = SEARCH.entry(FREE_112_ENTRY)
        if cannot_call(turn.text) and told_deaf(context.told):
            # "bellen lukt niet bij mij, hoe krijg ik de politie hier" a moment after "ik ben doof. mijn ex staat
            # aan de achterdeur te rammen" got "zeg heel kort 'politie'" (the twelfth tuning conversations); not
            # when the search found another answer than 112's ("kan ik ook chatten met veilig thuis?")
            deaf = version_for_a_deaf_person(entry["id"] if entry else SILENT_112_ENTRY, context.told, turn.text)
            entry = SEARCH.entry(deaf) if not entry or deaf != entry["id"] else entry
        if not entry and not context.child and someone_at_home_would_hear(turn.text):
            # "ik kan niet bellen hij hoort alles wat ik zeg" a moment after 112 got topics: that a
            # silent line may be cut off, so say 'politie' and where, or chat (the ninth tuning
            # conversations)
            entry = SEARCH.entry(SILENT_112_ENTRY)
        if entry and written_to_a_child_not_asked(turn, entry):
            entry = None  # 'wat moet ik tegen haar zeggen' from an adult: not "je verraadt je ouders niet"
        entry = version_for_a_child_asking_about_parents(turn, entry) if entry else None
        if not entry and not context.child and tells_of_a_blow_while_pregnant(turn.text):
            # "ik ben 31 weken zwanger en heb steken in mn buik, het is vast niks" a moment after 112: 112
            # again, then to be checked today, as a blow can harm her and the baby (the tenth tuning
            # conversations got 112's lines alone)
            entry = SEARCH.entry(HURT_WHILE_PREGNANT_ENTRY)
        if seeks_shelter(turn.text) and (context.child or not entry):
            # "waar kan ik heen als ik niet meer thuis kan wonen?" from a youth of 17 threatened with
            # death got 112's block again (twenty-second session's probe): a safe place through Veilig Thuis
            # (also when the search leans to the Kindertelefoon's general answer; for an adult, when it finds
            # nothing: "als ik hier weg kom, waar kan ik dan heen zonder dat mn familie me vindt", the twelfth
            # tuning conversations).
            entry = SEARCH.entry(TONIGHT_ENTRY)
        if not entry and not context.professional and tells_of_forced_marriage(turn.text):
            # "ik hoorde mn moeder net tegen mn tante zeggen dat ik deze zomer in marokko blijf om te trouwen" a
            # moment after 112 for a girl locked in got 112's lines alone (the twelfth tuning conversations)
            entry = SEARCH.entry(FORCED_MARRIAGE_ENTRY)
        # "hij zegt dat hij alleen zijn spullen wil halen" after "hij staat voor de deur, hij heeft
        # een huisverbod": that he may not come, and not to open, again.
        ban = route_messages("acuut_verbod_extra") if context.ban_broken or tells_of_a_broken_ban(turn.text) else []
        again = route_messages("acuut_vervolg")
        return again[:1] + ban + again[1:] + (entry_messages(SEARCH, entry, turn.question) if entry else [])
    if context.route == "pleger" and context.messages_since_route <= 2 and it_is_now(turn.text):
        return route_messages("pleger_nu")  # "nu" after "ik ben bang dat ik mijn kind iets aandoe"
    if context.previous_entry and caution_again(context.previous_entry, turn.text):
        # "moet ik de ouders bellen?" right after the answer on acute unsafety or honour-based
        # violence: that answer's caution again, before what the message alone found (step 3)
        previous = SEARCH.entry(context.previous_entry)
        if previous:
            return answer_messages(turn, previous)
    refused = kindertelefoon_refused(turn)
    if refused:
        return refused
    place = place_told(turn.text) if context.route else None
    if place:
        return local_help_messages(place)  # 'ze woont in kaatsheuvel' a moment after a route: help there
    whom = whom_told(turn.text) if context.route else None
    if whom:
        return whom_messages(context.route, context.child, whom)
    if context.route == "seksueel_geweld" and asks_about_medical_care(turn.text) and not turn.found_entry:
        # 'moet ik naar de dokter' a moment after the CSG's number: the first week's care, not the
        # topics the words alone come close to (the KNMG's meldcode for doctors).
        return entry_answer(FIRST_WEEK_ENTRY)
    calling_impossible = cannot_call(turn.text)
    words_only_on_an_adults_route = context.route in ADULT_ROUTES and not tells_a_childs_age_or_class(context.told)
    if calling_impossible and context.child and not words_only_on_an_adults_route:
        return entry_answer(CHILD_CHAT_ENTRY)  # a child who cannot call: the Kindertelefoon's chat
    if calling_impossible and context.child:
        # "kan ik ook chatten ipv bellen" on the pleger's route from one who wrote "wil niet worden
        # zoals mn vader" (a child's word, no age): Veilig Thuis's chat, which answers anyone
        # (thirty-second session: the Kindertelefoon's chat hours)
        return entry_answer(ADULT_CHAT_ENTRY)
    # The message's own confident entry, when the action that asks had no use for it ('waar kan
    # ik heen?' is a plea for help, not a question, until the conversation shows whose).
    # Not for more told about the same case, which asks nothing ('haar vader slaat haar' a moment
    # after 'zorgen om mijn nichtje' came close to the children's own entry): the route again, below.
    what_to_do = asks_what_to_do(turn.text)
    tells_more = is_about_violence(turn.text) and not (asks_information(turn.text) or asks_for_help(turn.text)
                                                       or what_to_do or tells_a_fear_of_what_comes(turn.text))
    own = SEARCH.entry(turn.found_entry) if turn.found_entry and context.route and not tells_more else None
    number_line = route_messages(context.route)[:1] if context.route else []
    advice = advice_entry(context.route, context.told) if what_to_do else None
    if number_line and advice and not own and context.messages_since_route == 1:
        # 'wat voor hulp is er voor mij' a moment after the pleger's route: that route's help, not
        # an entry both messages together come close to ('huiselijk geweld').
        return number_line + entry_answer(advice)
    # ('kan dat ook 's nachts' also when the search found Veilig Thuis at night: after the child's
    # route "dat" is the Kindertelefoon, whose number line says who answers at night)
    if number_line and (not own or asks_when_to_call(turn.text)) and (asks_whom_to_call(turn.text) or (
            # not after an answer asked for since, whose own hours count (veilig/follow_up_aspects.py)
            asks_when_to_call(turn.text) and (not context.previous_entry or context.messages_since_route == 1))):
        return number_line  # 'wie kan ik bellen', 'kan dat ook 's nachts' after a route: its number, day and night
    next_entry = None if own else what_happens_next_entry(turn.text, context.route, context.previous_text or "")
    entry = own or (SEARCH.entry(next_entry) if next_entry else None) or context_entry(turn)
    if entry:
        return answer_messages(turn, entry)
    if context.professional and not context.route and what_to_do:
        return route_messages("meldcode")  # 'wat moet ik nu doen?' from a teacher: the meldcode's steps
    if number_line and advice:
        return number_line + entry_answer(advice)
    if number_line and calling_impossible:
        return number_line  # the ways to get help without calling follow it (veilig/safety_lines.py)
    if number_line and (is_about_violence(turn.text) or (context.child and _FEAR.search(fold(turn.text)))) and (
            not asks_information(turn.text)):
        # 'ik ben bang' from a child a moment after the Kindertelefoon, 'ik durf het niet aan mijn
        # moeder te zeggen' after the CSG: the route again, not a choice of topics.
        return route_messages(context.route)
    choices = context_choices(turn) or turn.choices
    if not context.professional and (context.route or context.child):
        # 'en dan?' from a child a moment after the Kindertelefoon came close to "Een kind vertelt
        # zelf over geweld thuis. Meldt u dat?": a resident's conversation offers residents' topics.
        choices = [c for c in choices if not _for_professionals(c)]
    # (a professional's 'kan ik anoniem melden?' came close to the residents' answers: the one for professionals)
    whose = context.route or (PROFESSIONAL if context.professional and speaks_as_professional(context.told) else None)
    counterpart = next((c for c in (counterpart_for_the_one_hurt(choice, whose, turn.question) for choice in choices) if c), None)
    counterpart_entry = SEARCH.entry(counterpart) if counterpart else None
    if counterpart_entry:
        # 'waar kan ik heen dan' a moment after the pleger's route came close to the shelters for
        # those who flee, 'kan dat anoniem?' after the victim's to anonymous reporting: the version
        # for this route of the first choice that has one answers (veilig/for_the_one_hurt.py).
        return answer_messages(turn, counterpart_entry)
    if choices:
        return choice_messages(SEARCH, choices)
    if not number_line:
        # 'ok top' after an answer: room for the next question, and Veilig Thuis to talk to.
        return route_messages("vervolg_na_antwoord") if context.previous_entry and is_bare_reply(turn.text) else None
    if is_bare_reply(turn.text):
        # 'ok', 'nee' a moment after a route: no "ik begrijp niet helemaal" (twenty-third session's probe)
        return number_line + route_messages("vervolg_na_korte_reactie")
    return number_line + route_messages("vervolg_onduidelijk")


# Routes a message telling whom it is about may switch between: the writer who was taken for a
# bystander, or a bystander taken for the one hurt. Other routes (a child's, the pleger's, the
# CSG's) stay what they are.
_SWITCHABLE = frozenset({"slachtoffer", "omstander"})


def whom_messages(route: str, child: bool, whom: str) -> List[Dict]:
    """'het gaat om mij' after the bystander's route: the victim's route; 'het gaat om mijn
    buren' after it: its number again and an invitation to tell more."""
    own = "slachtoffer" if whom == SELF else "omstander"
    if route in _SWITCHABLE and own != route and not child:
        return route_messages(own)
    return route_messages(route)[:1] + route_messages("vervolg_wie")


# Where the writer or the one it is about lives, told in a few words after a route ("ze woont in
# kaatsheuvel", "ik woon in tilburg trouwens", "in venlo").
# ("wij komen uit berkelland, wat is daar": thirty-fifth session)
_LIVES_IN = re.compile(r"^((ik|ze|zij|hij|we|wij|mijn \w+|mn \w+) (woon|woont|wonen|zit|zitten|kom|komt|komen uit)|"
                       r"(het is|dat is) in|in|uit)\b")
PLACE_WORDS = 8
# ... or a little longer, asking for someone there: "wij wonen in eibergen trouwens, is daar iemand van
# de gemeente voor", "ik woon in roermond, waar kan ik morgen heen om dit te regelen" (the seventh
# tuning conversations)
PLACE_ASKING_WORDS = 16
_ASKS_THERE = re.compile(r"\b(is (er )?(daar|hier)|wat is (er )?(daar|hier)|iemand (van|bij|voor)|waar kan (ik|je|we) "
                         r"(\w+ ){0,2}(heen|terecht|langs|naartoe)|wijkteam|loket|wie kan (ik|je|we))\b")


def place_told(text: str) -> Optional[str]:
    """The place named in a short message that only tells where someone lives (or asks for someone
    there), or None."""
    folded = fold(text)
    words = len(folded.split())
    if words > PLACE_WORDS and not (words <= PLACE_ASKING_WORDS and _ASKS_THERE.search(folded)):
        return None
    if not _LIVES_IN.search(folded) or is_about_violence(text):
        return None  # ('ik woon in tilburg en hij slaat me weer' tells more, and gets its route)
    municipality = find_municipality(text)
    return municipality.name if municipality else find_other_municipality(text)


def what_happened_messages(turn: Turn) -> Optional[List[Dict]]:
    """'het is bij mij vorige week gebeurd' after answers and no route yet: the writer's own route
    (veilig.conversation.route_for_what_happened), whatever the classifier guessed; None otherwise."""
    own = route_for_what_happened(turn.text, turn.context) if not turn.text.startswith("/") else None
    return route_messages(own) if own else None


# "ben ik nu zelf ook strafbaar want ik heb die foto zelf gestuurd" after Helpwanted's answer asks
# about the law on sexting, which the search answers, not for that help again (the eighth tuning
# conversations).
_ASKS_IF_PUNISHABLE = re.compile(r"\b(strafbaar|straf krijgen|in de problemen|de cel in|een strafblad)\b")
# A child's fear or not daring ("ik durf het niet aan mijn moeder te zeggen"): the route again.
_FEAR = re.compile(r"\b(durf|durft|durven|bang|eng|angst|schrik)\b")


# A friend's parent, not one's own: "wat gebeurt er met haar vader als het uitkomt".
_SOMEONE_ELSES_PARENT = re.compile(r"\b(haar|zijn|hun) (vader|moeder|ouders|stiefvader|stiefmoeder|pa|ma|papa|mama)\b")
# A parent at the end of their strength: "ik deed het niet expres, ik was gewoon helemaal op".
_WORN_OUT = re.compile(r"\b((ben|was) (\w+ )?(helemaal |echt )?op|kon (het )?niet meer|(ben|was) (zo )?moe)\s*$|"
                       r"\b(niet expres|niet met opzet|per ongeluk|helemaal op|uitgeput)\b")
# 'is dat erg?', 'is dat gevaarlijk?', 'is dat normaal?' about what was told before.
_ABOUT_IT = re.compile(r"\b(is|was) (dat|dit|het|zoiets) (dan )?(ook |wel |echt |zo )?(erg|gevaarlijk|normaal|slecht|schadelijk)\b")
_DUTY_ASKED = re.compile(r"\b(meldplicht|meld ?plicht|(moet|verplicht) (ik|we|wij) (dit |dat |het )?(\w+ ){0,4}(melden|te melden)|"
                         r"(ben|zijn) (ik|we|wij) verplicht|bij wie (moet|meld) (ik|we)|"
                         r"(moet|moeten|kan|mag) (ik|we|wij) (\w+ )?(naar de politie|aangifte doen|de politie bellen)|aangifte)\b")
# The writer made a report ("ik heb vorige week mijn zus gemeld bij Veilig Thuis").
_I_REPORTED = re.compile(r"\b(ik|wij|we) (heb|hebben|had) (\w+ ){0,6}(gemeld|melding gedaan|een melding gemaakt)\b")
_NAMES_VEILIG_THUIS = re.compile(r"\b(veilig thuis|vt|amk)\b")
# A pupil or young person who harms themselves, asked about by a professional.
SELF_HARM_PRO_ENTRY = "leerling-beschadigt-zichzelf"
_HURTS_SELF = re.compile(r"\b((snijdt|sneed|krast|kraste|beschadigt|verwondt|bijt|brandt) (zich|zichzelf)|zelfbeschadig\w*|"
                         r"doet zichzelf pijn|(snijdt|krast) (\w+ )?in (haar|zijn) (armen|benen|polsen)|"
                         # a threat to: "anders doet ze zichzelf wat aan" (twenty-sixth session's probe)
                         r"(doet|doen|deed) (ze |hij |zij )?(zichzelf|zich) (iets|wat) aan|zichzelf (iets|wat) (aan te doen|aandoen)|"
                         r"zelfmoord|suicid\w*|(wil|wilt) (\w+ )?dood)\b")
# The young person is with the professional now ("ze is nu nog hier in het buurthuis").
_WITH_ME_NOW = re.compile(r"\b(ze|zij|hij|het meisje|de jongen|het kind) (is|zit|staat) (nu )?(nog )?(hier|bij mij|bij ons|naast mij|"
                          r"in het buurthuis|op school|in de klas|op mijn kamer)\b")
_SECRET_KEPT = re.compile(r"\b(geheim ?houden|geheim houden|geheimhouding|niks (door)?vertellen|niets (door)?vertellen)\b")
# Children in the home of a professional's adult client ("er was ook een baby in huis").
KINDCHECK_ENTRY = "kindcheck"
_CHILDREN_THERE = re.compile(
    r"\b(er (is|was|zijn|waren) (ook |nog )?(een |twee |drie |vier |\d+ )?(kleine )?(baby|babys|kind|kinderen|kindje|kindjes|"
    r"peuter|peuters|kids)( \w+){0,2} (in huis|thuis|aanwezig|bij)|"
    # "er wonen ook twee jonge kinderen in dat huis" (the ninth tuning conversations)
    r"er (wonen|woont|woonden) (ook |nog )?(\w+ )?(kleine |jonge )?(baby|babys|kind|kinderen|kindje|kindjes|peuters?|kids)|"
    r"(ze|zij|hij|het stel|het gezin|de cliente|de client|de patiente|de patient) (heeft|hebben) (ook |nog )?"
    r"(een |twee |drie |\d+ )?(kleine |jonge )?(baby|kind|kinderen|kindje|kids)\b)")
# A parent hit by their own child, asking how to talk with them or what help there is.
PARENTS_HELP_ENTRY = "hulp-voor-ouders-bij-geweld-van-je-kind"
_HOW_TO_TALK = re.compile(r"\bhoe (praat|begin|pak) (ik|je) (\w+ ){0,3}(met|bij|tegen) (hem|haar|mijn zoon|mijn dochter|mn zoon|"
                          r"mn dochter)\b")
_HELP_FOR_PARENTS = re.compile(r"\b(hulp|ondersteuning|cursus|training) (\w+ ){0,2}voor (ouders|moeders|vaders|mij)\b|"
                               r"\b(wat kan ik (dan|nog|wel) doen|wat moet ik (dan )?doen)\b")
# No credit on the phone, a moment after 112: 112 is free.
_NO_CREDIT = re.compile(r"\b(geen|zonder) (beltegoed|tegoed|saldo|bundel|bel tegoed|credit)\b|\b(beltegoed|tegoed) (is )?op\b")
FREE_112_ENTRY = "is-112-gratis"
SILENT_112_ENTRY = "alarmnummer-bellen-als-je-niet-kunt-praten"

# A feeling told a moment after a route ("ik schaam me" after the pleger's, "ik voel me zo schuldig"):
# that route again, not topics the one word comes close to.
_FEELING = re.compile(r"\b(schaam|schaamte|schuldig|verdrietig|eenzaam|wanhopig|kapot|bang|angstig|durf|durft|"
                      r"somber|depressief|verward|eng|paniek|in de war|"
                      # "ik ben geen slecht mens toch" from a carer who hit (twentieth session's probe)
                      r"slecht mens|slechte (moeder|vader|dochter|zoon|partner)|monster|ben (echt |helemaal )?op|uitgeput|kan niet meer)\b")
FEELING_WORDS = 8


def kindertelefoon_refused(turn: Turn) -> Optional[List[Dict]]:
    """'ik wil niet naar de kindertelefoon ik ben geen kind meer' from a child or after the child's
    route: Veilig Thuis, which helps young people too, not the same line again (also checked by the
    knowledge and fallback actions before their own answer, and by the child's route)."""
    if turn.text.startswith("/") or not (turn.context.child or turn.context.route == "kind"):
        return None
    return route_messages("kind_geen_kind") if refuses_the_kindertelefoon(turn.text) else None


def feeling_after_route(turn: Turn) -> Optional[List[Dict]]:
    """For a short message of feeling after a route, which asks nothing: a word for the feeling,
    then the route again; None otherwise."""
    context = turn.context
    if not context.route or context.acute or turn.found_entry or turn.text.startswith("/"):
        return None
    folded = fold(turn.text)
    if len(folded.split()) > FEELING_WORDS or asks_information(turn.text) or not _FEELING.search(folded):
        return None
    route = route_messages(context.route)
    return [dict(route[0], text=route_messages("gevoel_na_route")[0]["text"] + "\n" + route[0]["text"])] + route[1:]
