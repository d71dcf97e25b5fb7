"""The knowledge answer for a turn, shared by the knowledge, fallback, meldcode and follow-up code."""
import re
from typing import Dict, List, Optional

from actions.turn import Turn
from veilig.answers import choice_messages, entry_messages, formal, is_for_professionals
from veilig.child import tells_a_childs_age_or_class
from veilig.conversation import ADULT_ROUTES, ROUTE_OF_INTENT, Context, advice_entry, asks_its_name, asks_what_to_do, tells_a_fear_of_what_comes
from veilig.ban_broken import OWN_BAN_ENTRY, asks_about_own_ban
from veilig.contacts import render
from veilig.deaf import version_for_a_deaf_person
from veilig.dialogue_order import (VEILIG_THUIS_INTENTS, asks_for_help, asks_information, asks_what_the_local_team_is,
                                   asks_without_situation, find_in_knowledge, is_follow_up, leans_on_context,
                                   points_back)
from veilig.doer import tells_of_own_violence
from veilig.family_caution import TALK_ENTRY, asks_to_confront, caution_again, caution_for_what_was_told
from veilig.for_the_one_hurt import PROFESSIONAL, counterpart_for_the_one_hurt
from veilig.forced_marriage import FORCED_MARRIAGE_DEFINITION, FORCED_MARRIAGE_ENTRY, tells_of_forced_marriage
from veilig.follow_up_aspects import (ASPECT_SEARCH_WORDS, TITLE_ONLY_ASPECTS, another_group_asked, answer_on_aspect,
                                     asked_aspect, asks_what_else_to_watch_for, entry_on_aspect,
                                     compared_with, named_by_title, speaks_of,
                                     with_the_aspect_told)
from veilig.knowledge.search import CHOICES, MIN_EVIDENCE, KnowledgeIndexUnavailable, KnowledgeSearch
from veilig.local_help import local_help_messages
from veilig.loverboy_signs import police_answer_after_trafficking
from veilig.meldcode.whose import answer_without_professional_secrecy
from veilig.other_region import other_region
from veilig.male_victim import version_for_a_male_victim
from veilig.meldcode.profession import speaks_as_professional, works_with_the_meldcode
from veilig.meldcode.steps import named_step_entry
from veilig.professional_urgency import ACUTE_CASE_ENTRY
from veilig.rasa_entities import ANSWERED_ENTRY
from veilig.regions import find_municipality, find_other_municipality
from veilig.routes import route_messages
from veilig.school_staff import COLLEAGUE_ENTRIES
from veilig.text import fold
from veilig.worry import is_about_violence

SEARCH = KnowledgeSearch()


def knowledge_messages(turn: Turn) -> Optional[List[Dict]]:
    """The answer for the entry the decision order found or the person clicked, or None. A
    follow-up that points back ('kan je daar aangifte van doen?' after stalking) may get an entry
    linked to the previous answer instead (context_entry)."""
    entry_id = turn.clicked_entry or turn.found_entry
    entry = SEARCH.entry(entry_id) if entry_id else None
    told_and_asked = None if turn.clicked_entry else caution_for_what_was_told(
        "", turn.text, professional=speaks_as_professional(turn.text))
    if told_and_asked:
        # "ik ben jongerenwerker, ... willen haar laten trouwen, moet ik met de ouders in gesprek?"
        # found step 3 (talk with them): the caution first, as on the meldcode's route.
        return answer_messages(turn, SEARCH.entry(told_and_asked))
    if entry and turn.found_entry and not turn.clicked_entry:
        entry = context_entry(turn) or entry
        if _strays_from_a_meldcode_answer(turn, entry):
            return None  # the follow-up's choices near that answer (actions/follow_up.py)
    if entry is None and not turn.clicked_entry and turn.choices:
        # 'mag ik melden zonder haar toestemming?' from an imam came close to the meldrecht first
        # and to 'anyone may report' too: the latter is his answer (veilig/meldcode/whose.py)
        own = answer_without_professional_secrecy(turn.choices[0], turn.told_with_this)
        entry = SEARCH.entry(own) if own != turn.choices[0] and own in turn.choices else None
    return answer_messages(turn, entry) if entry else None


def _strays_from_a_meldcode_answer(turn: Turn, entry: Dict) -> bool:
    """A professional's follow-up to a meldcode answer ('en als ze boos worden' after step 3) whose
    few words come close to an entry for residents, not linked to that answer ('hulp voor
    plegers'): that entry is not what the professional asks."""
    context = turn.context
    if not (context.professional and not context.route and context.previous_entry and is_follow_up(turn.text)):
        return False
    previous = SEARCH.entry(context.previous_entry)
    return bool(previous and is_for_professionals(previous) and not is_for_professionals(entry)
                and entry["id"] not in (previous.get("related") or []))


def answer_messages(turn: Turn, entry: Dict) -> List[Dict]:
    """An entry's answer; a person in need gets their route's number line before it; an answer from
    another region's document than the website's municipality says so (veilig/other_region.py)."""
    messages = _answer_messages(turn, entry)
    answered = next((message[ANSWERED_ENTRY] for message in messages if message.get(ANSWERED_ENTRY)), None)
    answered_entry = SEARCH.entry(answered) if answered and turn.municipality and not turn.clicked_entry else None
    regions = other_region(answered_entry, turn.municipality) if answered_entry else None
    if regions:
        messages = messages + route_messages("andere_regio", regio=regions[0], eigen_regio=regions[1])
    return messages


def _answer_messages(turn: Turn, entry: Dict) -> List[Dict]:
    # (one who said so in the messages before: "wat gaan ze nu doen" from one who was reported is
    # no professional's question, though the meldcode's intent may have been guessed for it)
    own = None if turn.clicked_entry else answer_without_professional_secrecy(entry["id"], turn.told_with_this)
    entry = (SEARCH.entry(own) if own and own != entry["id"] else None) or entry  # HR or an imam: anyone may report
    if not turn.clicked_entry and entry["id"] != OWN_BAN_ENTRY and asks_about_own_ban(turn.told_with_this, turn.text):
        # "ik heb een huisverbod gekregen. ik slaap nu bij mn broer. wat mag ik wel en niet" came closest to a bed
        # for the night, for one who hits the help for plegers (the twelfth tuning conversations): the ban's rules
        entry = SEARCH.entry(OWN_BAN_ENTRY) or entry
    # (also one who says so in this message: "ik ben kinderverpleegkundige en vermoed dat een baby door
    # elkaar is geschud" got the parent's "Huilt uw baby maar door?")
    professional = turn.addressed_as_professional or (not turn.context.route and works_with_the_meldcode(turn.text))
    own_version = None if turn.clicked_entry or not professional else counterpart_for_the_one_hurt(
        entry["id"], PROFESSIONAL)
    # 'kan ik anoniem melden, ik ben bang voor de vader' from a teacher got "je kunt als inwoner
    # anoniem melden": the answer for professionals (veilig/for_the_one_hurt.py).
    entry = (SEARCH.entry(own_version) if own_version else None) or entry
    if is_for_professionals(entry) and not turn.clicked_entry and one_hurt_asks(turn):
        return answer_to_the_one_hurt(turn)  # not a professional's answer for one who told it was done to them
    if is_for_professionals(entry) and not turn.clicked_entry:
        # A meldcode question: Veilig Thuis first, then the answer, then the walk-through button.
        # Not after the answer on a child unsafe today: the steps would say 'map the signs first'.
        # Nor after the law's duty for a suspected colleague, which goes by the houder or the board.
        after = [] if entry["id"] in {ACUTE_CASE_ENTRY} | COLLEAGUE_ENTRIES else next_step_messages(turn.text, entry["id"])
        return answer_for_professionals(entry, turn.question) + after
    if not turn.clicked_entry and (turn.context.child or tells_a_childs_age_or_class(turn.text)) and (
            _written_to_a_parent_or_partner(entry) or _WORRIED_ABOUT_A_CHILD.search(fold(entry.get("text") or ""))):
        # ("ik ben 14 en mijn vader drinkt ... wie kan ik dit vertellen?" got the risk figures for
        # children of parents with an addiction, written to adults worried about a child)
        # 'kan ik ergens heen?' from a child of 14: the Kindertelefoon, not the shelter's 'jij en je kinderen'
        # (the child's whole route when the conversation has not had it: whom a child can tell)
        line = route_messages("kind")[:1] if turn.context.route == "kind" else route_messages("kind")
        # "moet ik dan weg van huis als ik het vertel" from a child of 11 came closest in words to the
        # shelter: a close choice written so a child can read it answers after the line (_choice_for_a_child).
        for_a_child = _choice_for_a_child(turn)
        return line + (entry_messages(SEARCH, for_a_child, turn.question) if for_a_child else [])
    entry = version_for_a_child_asking_about_parents(turn, entry)
    if not turn.clicked_entry and turn.context.route in ADULT_ROUTES and written_to_a_child_not_asked(turn, entry):
        # 'wat moet ik tegen haar zeggen' from a woman whose friend is locked in came close to "Je
        # verraadt je ouders niet ... vertel het aan je juf": the route's own advice instead.
        advice = advice_entry(turn.context.route, turn.context.told)
        return route_messages(turn.context.route)[:1] + (entry_answer(advice) if advice else [])
    if not turn.clicked_entry and turn.tells_of_own_violence_as_pleger() and _written_to_a_victim(entry):
        # 'ik heb mijn vrouw een klap gegeven, hoe kom ik hiervan af': the pleger's help, not the men's shelter.
        return route_messages("pleger")
    # The route given before, or the writer's own when this message tells of violence.
    route = turn.context.route or (ROUTE_OF_INTENT.get(turn.audience() or "") if is_about_violence(turn.text) else None)
    # A child on an adult's route (a 12-year-old hit by a brother of 17 got the victim's) keeps the
    # children's versions: "kan ik de kindertelefoon ook appen" is no question about Veilig Thuis's chat.
    # (also a child who gave an age on the pleger's route: "ik ben 14 en mn vader slaat mn moeder en ik wil
    # er iets aan doen", then "kan ik ook chatten ipv bellen")
    whose = "kind" if turn.context.child and (route in ("slachtoffer", "omstander", "seksueel_geweld") or (
        route == "pleger" and tells_a_childs_age_or_class(turn.context.told or ""))) else route
    counterpart = None if turn.clicked_entry else counterpart_for_the_one_hurt(entry["id"], whose, turn.question)
    entry = (SEARCH.entry(counterpart) if counterpart else None) or entry  # 'kan dat anoniem?' from the one hurt
    his_version = None if turn.clicked_entry or route != "slachtoffer" else version_for_a_male_victim(
        entry["id"], turn.context.told)
    entry = (SEARCH.entry(his_version) if his_version and his_version != entry["id"] else None) or entry
    if (entry["id"] == FORCED_MARRIAGE_DEFINITION and not turn.clicked_entry and tells_of_forced_marriage(turn.text)
            and not asks_without_situation(turn.text)):
        entry = SEARCH.entry(FORCED_MARRIAGE_ENTRY) or entry  # 'mag dat?' from one who must marry: where to turn
    deaf = None if turn.clicked_entry else version_for_a_deaf_person(entry["id"], turn.told_with_this, turn.text)
    entry = (SEARCH.entry(deaf) if deaf and deaf != entry["id"] else None) or entry  # 'hoe bel ik 112?' from one who is deaf
    trafficking = None if turn.clicked_entry else police_answer_after_trafficking(
        entry["id"], turn.context.entries[-4:], turn.told_with_this)
    if trafficking and trafficking != entry["id"]:
        entry = SEARCH.entry(trafficking) or entry  # 'moet ik naar de politie?' after a loverboy's signs
    if route == "seksueel_geweld" and not turn.clicked_entry and entry["id"] in SEXUAL_VIOLENCE_VERSION:
        # 'moet ik naar de politie' after 'ik ben gisteravond verkracht': the vice squad's way; one who
        # asks whether reporting is needed for help, or says she does not want to, hears that it is not
        # ("moet ik dan ook meteen aangifte doen als ik daar kom? dat wil ik niet", the seventh, ninth and
        # tenth tuning conversations got the vice squad's way)
        version = CSG_ENTRY if _NO_REPORT_WANTED.search(fold(turn.text)) else SEXUAL_VIOLENCE_VERSION[entry["id"]]
        entry = SEARCH.entry(version) or entry
    line = turn.number_line_first()
    place = _place_of(turn) if entry["id"] == LOCAL_TEAM_ENTRY and not (
        turn.clicked_entry or asks_what_the_local_team_is(turn.text)) else None
    if place:
        # "heeft mijn gemeente ook hulp?" on Gilze en Rijen's website got what a local team is in
        # general: the team of that municipality (thirty-fifth session)
        return line + local_help_messages(place)
    messages = line + entry_messages(SEARCH, entry, turn.question)
    if not (line or turn.clicked_entry or turn.context.route) and turn.audience() in VEILIG_THUIS_INTENTS and not any(
            VEILIG_THUIS_NUMBER in m["text"] for m in messages):
        # 'kan ik anoniem melden': a question without a situation gets no route line, but the
        # classifier heard someone who may need Veilig Thuis, so the answer ends with its number
        # (unless a route gave it earlier in the conversation).
        messages += route_messages("kennis_zorg_extra")
    return messages


VEILIG_THUIS_NUMBER = render("{tel:veilig_thuis}")
# What a local team is: for a known municipality (named, or the website's), that municipality's team.
LOCAL_TEAM_ENTRY = "lokaal-team-in-je-gemeente"


def _place_of(turn: Turn) -> Optional[str]:
    named = find_municipality(turn.text)
    return named.name if named else (find_other_municipality(turn.text) or turn.municipality)


# An answer written to a parent or partner ("jij en je kinderen", "je partner") does not fit a child.
# (not choosing one: "Je hebt het recht om zelf je partner te kiezen" is written to a girl of 17 too;
# fortieth session's set 11: her question on being married off got the help instead of her rights)
_TO_A_PARENT_OR_PARTNER = re.compile(r"\b(je|jouw) (kinderen|kind|partner|man|vrouw|ex)\b(?! (te )?(kiezen|kiest|uitkiezen))")


# Written to an adult worried about a child ("Maak je je zorgen om een kind? Bel Veilig Thuis").
_WORRIED_ABOUT_A_CHILD = re.compile(r"\b(zorgen|zorgen maakt) (om|over) (een|het|dit|dat) kind\b")


def _written_to_a_parent_or_partner(entry: Dict) -> bool:
    return bool(_TO_A_PARENT_OR_PARTNER.search(fold(entry.get("text") or "")))


def _fits_a_child(entry: Dict) -> bool:
    return not (is_for_professionals(entry) or _written_to_a_parent_or_partner(entry)
                or _WORRIED_ABOUT_A_CHILD.search(fold(entry.get("text") or "")))


def _choice_for_a_child(turn: Turn) -> Optional[Dict]:
    """Among the choices the search found for a child's question, the one nearest in meaning to
    it when that one is written so a child can read it, else the first such choice; None when the
    meaning points outside the choices."""
    if not asks_information(turn.text) or not turn.choices:
        return None
    nearest, _ = SEARCH.nearest_in_meaning(turn.text)
    if nearest not in turn.choices:
        return None
    entry = SEARCH.entry(nearest)
    if entry and _fits_a_child(entry):
        return entry
    # (the meaning points to one written for adults too: "is dat ook huiselijk geweld? het is gewoon mn
    # broer" came closest to what domestic violence is, written with 'je partner'; the first close
    # choice a child can read: violence between brothers and sisters)
    return next((e for e in (SEARCH.entry(c) for c in turn.choices[:CHOICES]) if e and _fits_a_child(e)), None)


# An answer written to a child ("Je verraadt je ouders niet", "vertel het aan je juf, meester of
# mentor") does not fit an adult's conversation, unless the adult asks about children or parents.
_TO_A_CHILD = re.compile(r"\b(je ouders|jouw ouders|je juf|juf, meester|je mentor|je verraadt)\b")
_ABOUT_CHILDREN_ASKED = re.compile(r"\b(kind\w*|ouders|kindertelefoon|zoon|dochter|jongere\w*|tiener\w*|school)\b")


# A child who asks whether their parents will know or be told.
_PARENTS_KNOWING = re.compile(r"\b(mama|papa|mam|pap|ouders|(mijn|mn|m n) (moeder|vader|stiefvader|stiefmoeder))\b.*"
                              r"\b(weet|weten|merkt|merken|hoort|horen|te horen|vertelt|vertellen|zegt|zeggen)\b|"
                              r"\b(weet|weten|merkt|merken|hoort|horen|vertelt|vertellen|zegt|zeggen)\b.*"
                              r"\b(mama|papa|mam|pap|ouders|(mijn|mn|m n) (moeder|vader|stiefvader|stiefmoeder))\b")
_FOR_A_CHILD = re.compile(r"\b(kindertelefoon|je ouders|jouw ouders|je juf|juf, meester|je mentor|je verraadt)\b")


def _written_for_a_child(entry: Dict) -> bool:
    """An answer that speaks to a child: the Kindertelefoon, 'je ouders', 'je juf'."""
    return bool(_FOR_A_CHILD.search(fold(entry.get("text") or "")))


def version_for_a_child_asking_about_parents(turn: Turn, entry: Dict) -> Dict:
    """For a child who asks whether their parents will know, a close choice written for a child before
    one written for adults: "ik ben 13. kan ik iemand bellen zonder dat mama het weet" came closest to
    reporting someone against their wish (the tenth tuning conversations)."""
    if turn.clicked_entry or _written_for_a_child(entry) or not _PARENTS_KNOWING.search(fold(turn.text)) or not (
            turn.context.child or tells_a_childs_age_or_class(turn.text)):
        return entry
    return next((e for e in (SEARCH.entry(c) for c in turn.choices[:CHOICES])
                 if e and e["id"] != entry["id"] and _written_for_a_child(e) and _fits_a_child(e)), entry)


def _asked_by_both_messages(turn: Turn) -> Optional[Dict]:
    """After an answer, a follow-up the word search is not sure of alone: the entry it is sure of
    for this message and the one before together, when this message alone came close to it too,
    though not closest (then the one before's words only broke a tie they do not ask about), and
    the one before alone did not give it."""
    before = turn.context.previous_text
    if not before or not is_follow_up(turn.text):
        return None
    own = SEARCH.search(turn.text, limit=CHOICES)
    if not own or own[0].confident:
        return None
    found = find_in_knowledge(SEARCH, f"{before} {turn.text}", lead=False).entry_id
    if found and found in [hit.id for hit in own[1:]] and found != find_in_knowledge(SEARCH, before).entry_id:
        return SEARCH.entry(found)
    return None


def written_to_a_child_not_asked(turn: Turn, entry: Dict) -> bool:
    """An answer written to a child, in a conversation that is no child's and a message that asks
    nothing about children or parents."""
    opening = ". ".join((entry.get("text") or "").split(". ")[:2])
    return (bool(_TO_A_CHILD.search(fold(opening))) and not turn.context.child
            and not _ABOUT_CHILDREN_ASKED.search(fold(turn.text)))


# An answer about victims' help or shelter ("Ook mannen kunnen slachtoffer zijn", "Opvang en hulp
# voor mannen") read by someone who tells of their own violence sounds like it is about them.
_ABOUT_VICTIMS = re.compile(r"\bslachtoffer|\bopvang")


def _written_to_a_victim(entry: Dict) -> bool:
    first = fold(f"{entry.get('title') or ''} {(entry.get('text') or '').split('. ')[0]}")
    return bool(_ABOUT_VICTIMS.search(first))


# An answer for one who uses violence ("Veilig Thuis is er ook voor wie zelf geweld gebruikt") read by
# a victim ("mijn partner is super aggressive, wat moet ik doen?") sounds as if the victim were to blame.
_TO_ONE_WHO_USES_VIOLENCE = re.compile(r"\b(zelf geweld gebruik\w*|pleger\w*|wil stoppen met geweld)\b")


def _written_to_one_who_uses_violence(entry: Dict) -> bool:
    first = fold(f"{entry.get('title') or ''} {(entry.get('text') or '').split('. ')[0]}")
    return bool(_TO_ONE_WHO_USES_VIOLENCE.search(first))


def entry_answer(entry_id: str, question: Optional[str] = None) -> List[Dict]:
    """An entry's answer by its id, or nothing when the knowledge base is down (a route's own
    number stands alone); with the `question` it answers, a 'Ja.' or 'Nee.' at the start only for a
    yes-or-no question (veilig/answers.fitting_start)."""
    try:
        entry = SEARCH.entry(entry_id)
    except KnowledgeIndexUnavailable:
        return []
    return entry_messages(SEARCH, entry, question) if entry else []


def answer_after_route(turn: Turn, route: str = "") -> List[Dict]:
    """The entry the decision order found for a person in need who also asks something ('Wat kan
    ik doen als ik ben verkracht?', 'Iemand heeft een foto van mij online gezet. Wat nu?'): it
    follows their route, so the number comes first and the answer after it. Nothing for a
    message that only tells, for a short reply that leans on the conversation, or for an entry
    written for professionals."""
    if not turn.found_entry or turn.text.startswith("/"):
        return []
    if not (asks_for_help(turn.text) or asks_information(turn.text) or _DARES_NOT_CALL_AGAIN.search(fold(turn.text))
            or tells_a_fear_of_what_comes(turn.text)):
        return []
    if route == "omstander" and not asks_information(turn.text):
        # "mijn zus zegt dat haar man haar opsluit ... wat kan ik doen": the route's own tips are the
        # help asked for; the entry such words come close to is written to the one who leaves.
        return []
    own_violence = route == "pleger" and tells_of_own_violence(turn.text)
    if own_violence and not asks_information(turn.text):
        # "ik heb mijn vrouw geduwd, waar kan ik hulp krijgen": the route itself is the help asked
        # for; the entry such words come close to is written for victims ('opvang voor mannen').
        return []
    afraid = tells_a_fear_of_what_comes(turn.text)
    if ((turn.context.route or turn.context.previous_entry) and leans_on_context(turn.text) and is_follow_up(turn.text)
            and not afraid):
        # a short reply that points back in a conversation: the route's own follow-up handles it
        # ('Kan ik aangifte doen van bedreiging?' names its own subject: twenty-fourth session's probe)
        return []
    entry = SEARCH.entry(SEXUAL_VIOLENCE_VERSION.get(turn.found_entry, turn.found_entry) if route == "seksueel_geweld"
                         else turn.found_entry)
    if not entry or is_for_professionals(entry):
        return []
    messages = entry_messages(SEARCH, entry, turn.question)
    if route == "kind" and _written_to_a_parent_or_partner(entry):
        return []  # 'ik wil niet meer naar huis': the shelter's 'jij en je kinderen' is not for a child
    if route == "kind" and _WORRIED_ABOUT_A_CHILD.search(fold(entry.get("text") or "")):
        # "ik ben 14 en mijn vader drinkt ... wie kan ik dit vertellen?" got the risk figures for
        # children of parents with an addiction, written to adults worried about a child
        return []
    if own_violence and _written_to_a_victim(entry):
        return []  # 'ik heb mijn vrouw een klap gegeven, hoe kom ik hiervan af': not the men's shelter
    if route in ("slachtoffer", "kind") and _written_to_one_who_uses_violence(entry):
        return []  # 'mijn partner is super aggressive, wat moet ik doen?': not the pleger's help
    return messages


# "ik durf veilig thuis niet meer te bellen, ze hebben me vorig jaar al geholpen" (twenty-third
# session's probe: a woman back with her partner got the route's line only): the fear of calling
# again asks for the answer that calling again is always right.
_DARES_NOT_CALL_AGAIN = re.compile(r"\b(durf|durfde|durven) (\w+ ){0,3}niet (meer|nog een keer|opnieuw) (te )?(bellen|melden)\b")


# On the sexual violence route, reporting to the police is the vice squad's way ('mijn kind is door de
# buurman betast, moet ik aangifte doen?'), not the general answer that begins with domestic violence.
CSG_ENTRY = "centrum-seksueel-geweld"
_NO_REPORT_WANTED = re.compile(
    r"\b((wil|wilde|hoef) (\w+ ){0,2}geen aangifte|(dat|aangifte) wil ik (echt |helemaal |eigenlijk )?(niet|nog niet)|"
    r"zonder (meteen |eerst )?aangifte|(nog |echt )?niet naar de politie (wil|willen))\b")
SEXUAL_VIOLENCE_VERSION = {"aangifte-doen": "seksueel-misbruik-melden-bij-politie",
                           "aangifte-huiselijk-geweld-wat-gebeurt-er": "seksueel-misbruik-melden-bij-politie"}


def next_step_messages(text: str, answered: str) -> List[Dict]:
    """The meldcode's next step after a professional's answer, without a button to the answer just
    given. A question that tells no case ('wie houdt toezicht op de meldcode?') gets only the offer
    to go through the steps: the whole next step under a plain answer said 'signalen vastleggen' to
    one who has no case."""
    step = route_messages("meldcode_volgende_stap")[0]
    buttons = [button for button in step.get("buttons") or [] if f'"{answered}"' not in button["payload"]]
    if asks_without_situation(text):
        step = dict(step, text=route_messages("meldcode_volgende_stap_kort")[0]["text"])
    return [dict(step, buttons=buttons)]


def answer_for_professionals(entry: Dict, question: Optional[str] = None) -> List[Dict]:
    """Veilig Thuis first, then the entry's answer in the 'u' register (the answer on a child unsafe
    today names Veilig Thuis and 112 itself, and comes first)."""
    intro = [] if entry["id"] == ACUTE_CASE_ENTRY else route_messages("meldcode_kennis_intro")
    return intro + formal(entry_messages(SEARCH, entry, question))


def context_entry(turn: Turn) -> Optional[Dict]:
    entry = _context_entry(turn)
    if entry is None and turn.context.previous_entry and turn.context.messages_since_route == 1 and (
            not turn.clicked_entry and leans_on_context(turn.text)):
        # 'wat kost dat?' right after the bystander's route and the answer given with it: the
        # service the route named, when nothing linked to that answer fits.
        entry = _entry_on_the_routes_service(turn, after_the_routes_answer=True)
    return entry


def _context_entry(turn: Turn) -> Optional[Dict]:
    """An entry for a question that leans on what came before ('hoe lang duurt dat?', 'ook
    vrijwilligers?', 'is dat strafbaar?'), or None. Each side must support the answer.

    The context is the entry answered before and the entries the editors linked to it
    ('gerelateerd'; the answer itself only when the message alone came close to it too, as
    repeating an answer rarely answers a new question); or, when the message before was not
    answered, the entries it came close to and their links. The message is also searched
    together with that answer's title, or with that message:
    - when the message alone was answered, only a follow-up that points back ('daar', 'dat', 'en
      ...') changes that, to the first context entry among the hits for both together (the answer
      before too, when the message alone came close to it), when it comes before the message's
      own answer there;
    - else the confident entry for both together when it is in the context; else one of the
      message's own close entries that is in the context, or the confident entry for both when
      it is one of them; for 'wat kan ik eraan doen?' the first context entry among the hits for both.
    Without either, the confident entry for both messages together, when the first alone does
    not give it and the second alone came close to it (or to nothing)."""
    context = turn.context
    if turn.clicked_entry or not leans_on_context(turn.text) or named_step_entry(turn.text):
        return None  # 'en stap 5?' names its own answer (veilig/meldcode/steps.py)
    own = list(turn.choices)
    previous = SEARCH.entry(context.previous_entry) if context.previous_entry else None
    if previous and caution_again(previous["id"], turn.text):
        return previous  # 'moet ik dat met de ouders bespreken?' after honour-based violence: not step 3
    # (all that was told in the conversation: "moet ik de ouders inlichten?" came two messages after
    # "een meisje van 14 vertelt dat haar oom haar aanraakt", twenty-third session's probe)
    caution = caution_for_what_was_told(context.told or context.previous_text or "", turn.text, context.professional)
    if caution:
        return SEARCH.entry(caution)
    if context.route and asks_to_confront(turn.text):
        return SEARCH.entry(TALK_ENTRY)  # 'moet ik hem erop aanspreken?': talk with the one hurt, not him
    if turn.found_entry and (_asks_its_own_subject_first(turn.text) or _SUBJECT_AFTER_A_COMMA.search(turn.text)):
        return None  # 'kom ik dan in een dossier? en hoe lang blijft dat staan': 'dat' is the dossier
    # (before the route's service: "heeft dat wat hij doet een naam?" is about what was told, not about
    # the anonymity of calling Veilig Thuis)
    name_asked = asks_its_name(turn.text)
    if context.previous_text and (_ABOUT_WHAT_WAS_TOLD.search(fold(turn.text)) or name_asked) and not asked_aspect(turn.text):
        both = find_in_knowledge(SEARCH, f"{context.previous_text} {turn.text}", by_meaning=True, lead=False)
        found = both.entry_id or (both.choices[0] if name_asked and both.choices else None)
        if found:
            return SEARCH.entry(found)
    on_the_service = _entry_on_the_service_gone_to(turn) or (None if previous else _entry_on_the_routes_service(turn))
    if on_the_service:
        return on_the_service
    if previous:
        subject, linked = previous["title"], [e for e in previous.get("related") or [] if e != previous["id"]]
    elif context.previous_text and context.previous_choices:
        subject, linked = context.previous_text, _with_links(context.previous_choices)
    else:
        return _entry_for_both_messages(turn)
    linked = _for_this_reader(turn, linked)
    # Not for a whole question the message alone answered ('hoe lang duurt een huisverbod?'); one
    # that points back does lean ("kan dat nu nog gemeld worden of is het te laat" found the
    # professionals' duty to report).
    aspect = (asked_aspect(turn.text) if not turn.found_entry or is_follow_up(turn.text) or points_back(turn.text)
              or asks_what_else_to_watch_for(turn.text) else None)
    on_aspect = answer_on_aspect(aspect, previous, [SEARCH.entry(e) for e in linked + _earlier_links(context, aspect)]) if aspect else None
    if on_aspect:
        # 'is dat strafbaar?', 'hoe lang duurt dat?' (veilig/follow_up_aspects.py)
        return with_the_aspect_told(aspect, on_aspect, answered_before=bool(previous and on_aspect["id"] == previous["id"]))
    by_title = titled_on_aspect(aspect, turn.text) if aspect in ASPECT_SEARCH_WORDS else None
    if by_title:
        return by_title  # 'wat doet zoiets met een kind?': the consequences for children, though not linked
    compared = compared_with(turn.text)
    if compared and previous and speaks_of(previous, compared):
        # 'is dat hetzelfde als ouderenmishandeling?' after ontspoorde mantelzorg, which says how they differ
        return with_the_aspect_told("uitleg", previous, answered_before=True)
    other = named_by_title(compared, [SEARCH.entry(hit.id) for hit in SEARCH.search(compared, limit=3)]) if compared else None
    if other:
        return other
    group = another_group_asked(turn.text)
    for_the_group = named_by_title(group, [previous, *(SEARCH.entry(e) for e in linked)]) if group else None
    if for_the_group:
        return for_the_group  # 'geldt dat ook voor de huisarts?' after the kindcheck: the GPs' kindcheck alert
    both = _asked_by_both_messages(turn) if previous else None
    if both and both["id"] != previous["id"]:
        # 'kan hij dat zien?' after 'wat gebeurt er als ik bel?': what the two messages ask
        # together (whether he can see the call), before the entries linked to the answer given.
        return both
    together = f"{subject} {turn.text}"
    if turn.found_entry and _far_ahead_on_its_own(turn):
        # "hoe begin ik erover zonder dat ze helemaal dichtklapt?" after why leaving is hard: its own
        # answer (how to start the talk) scores many times any other, so a linked entry (leaving
        # safely) does not overrule it (thirty-fourth session's fifth tuning conversations).
        return None
    if turn.found_entry:
        narrower = _narrower_linked_entry(together, turn.found_entry, linked) if previous else None
        if narrower:
            return narrower
        if not is_follow_up(turn.text) or turn.found_entry in linked or (previous and turn.found_entry == previous["id"]):
            return None
        if not previous:
            # Entries the message before only came close to are no context to overrule a sure answer:
            # "Moet ik het melden ook al wil zij dat niet?" after "mijn zus wordt mishandeld" got why
            # leaving is hard, a choice for that message, not reporting against her wish.
            return None
        hits = [hit.id for hit in SEARCH.search(together, limit=CHOICES)]
        # 'en als ze boos worden?' a moment after step 3 came close to step 3 too: that answer
        # (which tells what to do when the talk may be unsafe) before help for plegers.
        again = {previous["id"]} if previous and previous["id"] in own else set()
        pick = next((entry_id for entry_id in hits if entry_id in linked or entry_id in again), None)
        before_own = pick and (turn.found_entry not in hits or hits.index(pick) < hits.index(turn.found_entry))
        return SEARCH.entry(pick) if pick and before_own else None
    # Both together first: 'kan de politie iets doen?' after stalking is its report, not the
    # general report the message alone came close to, though both are linked to stalking.
    found = find_in_knowledge(SEARCH, together, by_meaning=True, lead=False).entry_id
    pick = found if found in linked else None
    if not pick:
        pick = next((choice for choice in own if choice in linked), None)
    if not pick:
        pick = found if found in own else None
    if not pick:
        # 'mag hij dan de kinderen nog zien?' after the huisverbod: the first linked entry among the
        # hits for both together, when it is also the one nearest in meaning to both together and to
        # the message alone ('ook tegen je eigen vader?' after reporting asks the same entry again).
        first_linked = next((hit.id for hit in SEARCH.search(together, limit=CHOICES) if hit.id in linked), None)
        pick = first_linked if first_linked and first_linked == SEARCH.nearest_in_meaning(together)[0] == (
            SEARCH.nearest_in_meaning(turn.text)[0]) else None
    if not pick and asks_what_to_do(turn.text):
        pick = next((hit.id for hit in SEARCH.search(together, limit=CHOICES) if hit.id in linked), None)
    return SEARCH.entry(pick) if pick else None


_QUESTION_END = re.compile(r"(?<=\?)\s+")
# The pronoun's subject told after a comma: "komt dat eigenlijk vaker voor, dat vrouwen hun man slaan?" from a man
# hit by his wife got the shelter for men again (the twelfth tuning conversations).
_SUBJECT_AFTER_A_COMMA = re.compile(r"^[^,]*\b(dat|dit|het)\b[^,]*,\s*(dat|als|wanneer|om) \w+ \w+", re.IGNORECASE)
OWN_SUBJECT_WORDS = 3


def _asks_its_own_subject_first(text: str) -> bool:
    """A first question that names its subject, and a second that points back to it: "kom ik dan in een
    dossier? en hoe lang blijft dat dan staan" after whether Veilig Thuis takes children away got the
    time a removal from home takes (the tenth tuning conversations)."""
    questions = [q for q in _QUESTION_END.split(text.strip()) if q.strip()]
    first = questions[0] if len(questions) > 1 else ""
    return (len(first.split()) >= OWN_SUBJECT_WORDS and first.endswith("?") and asks_information(first)
            and not points_back(first) and not fold(first).startswith(("en ", "maar ", "of ", "ook ")))


def titled_on_aspect(aspect: str, text: str) -> Optional[Dict]:
    """The first entry found for the follow-up with the aspect's word whose title names the aspect."""
    hits = SEARCH.search(f"{text} {ASPECT_SEARCH_WORDS[aspect]}", limit=CHOICES)
    return entry_on_aspect(aspect, [SEARCH.entry(hit.id) for hit in hits])


# A message's own confident hit this many times the runner-up's score needs no context; one whose
# title or synonym the message names (MIN_EVIDENCE) at NAMED_FAR_AHEAD neither: "wie is dan die
# aandachtsfunctionaris, onze ib'er?" after step 3 got the talk that may be skipped when unsafe
# (the seventh tuning conversations).
FAR_AHEAD = 4.0
NAMED_FAR_AHEAD = 2.5


def _far_ahead_on_its_own(turn: Turn) -> bool:
    hits = SEARCH.search(turn.text, limit=CHOICES)
    if not (hits and hits[0].id == turn.found_entry):
        return False
    lead = hits[0].score / max(hits[0].runner_up, 1e-9)
    return (hits[0].confident and lead >= FAR_AHEAD) or (hits[0].evidence >= MIN_EVIDENCE and lead >= NAMED_FAR_AHEAD)


def _earlier_links(context: Context, aspect: str) -> List[str]:
    """For what happens next or how to gather proof (entries of their own), also the links of the
    answer before the last: 'en wat gebeurt er daarna' after how to report and then whether that can
    be done online asks what follows the report."""
    if aspect not in TITLE_ONLY_ASPECTS or len(context.entries) < 2:
        return []
    earlier = SEARCH.entry(context.entries[-2])
    return [earlier["id"], *(earlier.get("related") or [])] if earlier else []


def _narrower_linked_entry(together: str, own_entry: str, linked: List[str]) -> Optional[Dict]:
    """'moet ik aangifte doen' a moment after the answer on stalking found the general report: the
    report of stalking, linked to that answer, when the search is sure of it for both together and
    ranks the message's own entry below it."""
    hits = SEARCH.search(together, limit=5)
    if hits and hits[0].confident and hits[0].id != own_entry and hits[0].id in linked and (
            own_entry in [hit.id for hit in hits]):
        return SEARCH.entry(hits[0].id)
    return None


def context_choices(turn: Turn) -> List[str]:
    """For a follow-up that neither the message nor the answer before it settles ('en daarna?',
    'hoe lang duurt dat?' a moment after the huisverbod): the entries both together come close
    to, to choose from, instead of topics the few words alone come close to."""
    previous = SEARCH.entry(turn.context.previous_entry) if turn.context.previous_entry else None
    if not previous or turn.clicked_entry or not is_follow_up(turn.text):
        return []
    return [hit.id for hit in SEARCH.search(f"{previous['title']} {turn.text}", limit=CHOICES)]


def _with_links(entry_ids) -> List[str]:
    linked = list(entry_ids)
    for entry_id in entry_ids:
        entry = SEARCH.entry(entry_id)
        linked += (entry.get("related") or []) if entry else []
    return list(dict.fromkeys(linked))


# The service a route gave the number of: "komen ze dan meteen langs?", "wat kost dat?" a moment
# after the bystander's route ask about Veilig Thuis, though the few words name no service.
ROUTE_SERVICE = {"omstander": "Veilig Thuis", "slachtoffer": "Veilig Thuis", "pleger": "Veilig Thuis",
                 "ouderen": "Veilig Thuis", "kind": "Kindertelefoon", "seksueel_geweld": "Centrum Seksueel Geweld"}


def _entry_on_the_routes_service(turn: Turn, after_the_routes_answer: bool = False) -> Optional[Dict]:
    """The entry for a short follow-up question read as one about the service the route before
    named (no answer given since), when the search is sure of it with the service's name added, the
    entry's title names that service, and the message alone came closest to it."""
    service = ROUTE_SERVICE.get(turn.context.route or "")
    if (not service or (turn.context.previous_entry and not after_the_routes_answer) or fold(service) in fold(turn.text)
            or not asks_information(turn.text) or asks_what_to_do(turn.text)):
        return None  # ('wat kan ik doen?' gets the route's own advice)
    found = find_in_knowledge(SEARCH, f"{turn.text} {service}", lead=False).entry_id
    entry = SEARCH.entry(found) if found else None
    if not entry or is_for_professionals(entry) or found != (turn.found_entry or next(iter(turn.choices), None)):
        # The message alone must have come closest to it: 'weten ze dan dat ik het was?' has its own
        # answer (with the name added, the general one), and 'en dan?' or 'bestaat er ook zoiets als
        # opvang voor ons?' with the name added find entries the message never asked for.
        return None
    # (its title names the service: 'waar kun je met zoiets heen' came closest to the shelter, whose
    # answer names Veilig Thuis too)
    return entry if fold(service) in fold(entry["title"]) else None


# Going there: "moet ik aangifte doen als ik daarheen ga?" a few answers after the CSG's route
# (fortieth session's set 11: "ik begrijp niet helemaal"), 'daarheen' being the route's service.
# (also "als ik naar dat centrum ga, moet ik dan meteen aangifte doen?" after rape told, the twelfth tuning
# conversations)
_TO_THERE = re.compile(r"\b(daarheen|daar heen|daar naartoe|daarnaartoe|erheen|er heen|ernaartoe|er naartoe|"
                       r"naar (dat|die|het) (centrum|csg))\b")


def _entry_on_the_service_gone_to(turn: Turn) -> Optional[Dict]:
    """The entry on the route's service for a question about going there, when the search is sure
    of it with the service named instead and the entry's title names that service."""
    service = ROUTE_SERVICE.get(turn.context.route or "")
    folded = fold(turn.text)
    if not service or not _TO_THERE.search(folded):
        return None
    found = find_in_knowledge(SEARCH, _TO_THERE.sub(f"naar {service}", folded), lead=False).entry_id
    entry = SEARCH.entry(found) if found else None
    return entry if entry and fold(service) in fold(entry["title"]) and not is_for_professionals(entry) else None


# "is dat gevaarlijk?" a moment after "ik ben bang dat mijn vriendin haar baby door elkaar schudt"
# got help for plegers (twenty-first session's probe): a judgement asked about what the message
# before told, which no aspect of an answer covers. The entry for both together answers it, though
# the message alone came close only to danger in general (context_entry).
_ABOUT_WHAT_WAS_TOLD = re.compile(r"^(en )?(is|was|mag|kan|wordt) (dat|dit|het|zoiets) (dan )?(ook |wel |echt |erg |zo )?"
                                  r"(gevaarlijk|strafbaar|erg|normaal|mishandeling|verboden|ernstig|schadelijk)\b")


def _for_this_reader(turn: Turn, linked: List[str]) -> List[str]:
    """The linked entries that may answer this reader: one on a route for people in need who has not
    spoken as a professional gets none written for professionals ("en als ze me daar willen laten
    trouwen?" from a girl after honour-based violence got the meldcode's caution for professionals,
    thirty-third session). Without a route, one who asked about the kindcheck may well be a
    professional who did not say so."""
    if (not turn.context.route or turn.addressed_as_professional or turn.context.professional
            or speaks_as_professional(turn.text)):
        return linked
    return [entry_id for entry_id in linked if not _for_professionals_only(entry_id)]


def _for_professionals_only(entry_id: str) -> bool:
    entry = SEARCH.entry(entry_id)
    return bool(entry and is_for_professionals(entry))


def _entry_for_both_messages(turn: Turn) -> Optional[Dict]:
    before = turn.context.previous_text
    if not before or turn.found_entry:
        return None
    found = find_in_knowledge(SEARCH, f"{before} {turn.text}", by_meaning=True, lead=False).entry_id
    own = turn.choices
    if found and (not own or found in own) and found != find_in_knowledge(SEARCH, before).entry_id:
        return SEARCH.entry(found)
    return None


def one_hurt_asks(turn: Turn) -> bool:
    return turn.context.hurt and not turn.context.professional and not speaks_as_professional(turn.text)


def answers_for_professionals(messages: List[Dict]) -> bool:
    answered = [SEARCH.entry(m[ANSWERED_ENTRY]) for m in messages if m.get(ANSWERED_ENTRY)]
    return any(entry and is_for_professionals(entry) for entry in answered)


def answer_to_the_one_hurt(turn: Turn) -> List[Dict]:
    """A question from one who told it was done to them: the answer the conversation or the message
    supports, in "je" (not a professional's); else their route's number line and, to choose from,
    the residents' topics found and the answer given before with its links."""
    entry = context_entry(turn) or (SEARCH.entry(turn.found_entry) if turn.found_entry else None)
    if entry and not is_for_professionals(entry):
        return answer_messages(turn, entry)
    line = route_messages(turn.context.route or "slachtoffer")[:1]
    before = SEARCH.entry(turn.context.previous_entry) if turn.context.previous_entry else None
    linked = [before["id"], *(before.get("related") or [])] if before else []
    close = [entry["id"] for entry in map(SEARCH.entry, dict.fromkeys([*turn.choices, *linked]))
             if entry and not is_for_professionals(entry)][:CHOICES]
    return line + ((choice_messages(SEARCH, close) or []) if close else [])
