"""The dialogue's decision order, in one place.

The classifier guesses an intent; this module decides what the turn is about, in a fixed
order (the table in the README, 'Volgorde van beslissen'):

1. a button (text starting with "/")                         -> as clicked
2. a message in another language (veilig.language)            -> andere_taal: first help in
                                                                  that language, 112 first on danger
3. strong danger (veilig.danger)                              -> acuut_gevaar: 112 alone
3b. a question for help nearby without words of violence       -> lokale_hulp
3c. labour exploitation told by the one it happens to         -> the answer on help out of it
3d. a question whether this chat is kept or can be seen        -> bot_vraag: what the chat keeps
3e. a professional who only says who they are ('ik ben
    leerkracht'), asking and telling nothing yet               -> meldcode_vraag: the meldcode
3i. a guess of starting over without a word of it ('wie kunnen
    dat nog meer inzien'; checked right after 3)              -> unclear (nlu_fallback), searched
4. a message that asks for information, answered confidently
   by the knowledge base                                      -> vraag_definitie with that entry
4b. a message of being reported ('ik ben gemeld bij veilig
   thuis maar het klopt niet'), without violence done to the
   writer                                                     -> vraag_definitie: being reported
5. a guess of a person in need without any sign of violence,
   worry, fear or unsafety (veilig.need)                      -> buiten_scope;
   a message that tells of sexual violence, guessed as a victim,
   a child who does not sound like one, unclear, small talk or
   not ours, or as a bystander or pleger when it was done to
   the writer (veilig.sexual_violence)                         -> seksueel_geweld;
   a guess of an audience the message shows the writer is not
   (writers_audience: a victim or bystander taken for a pleger,
   a professional telling a case, a child giving an age, ...)  -> that audience's route;
   a guess of a child for a message about an older person in
   care by someone who does not sound like a child
   (veilig.older)                                              -> ouderen;
   a guess of an older person for one who depends on the care
   of their own partner (veilig.dependent_care)                -> slachtoffer;
   a guess of small talk, unclear or not ours for a message
   about violence (veilig.worry)                               -> the classifier's best
                                                                  in-need guess, else fallback
6. a guess of a bystander, victim, pleger or older person for a
   question that tells no situation ('welke factoren spelen een
   rol bij huiselijk geweld?')                                 -> vraag_definitie without an
                                                                  entry: choices or Veilig Thuis
7. 'meldcode doorlopen' that asks about the steps, not to be
   guided through a case                                       -> meldcode_vraag
8. otherwise                                                  -> the classifier's intent

Weak danger (only "help" marks it as now) does not change the intent: the actions put the 112
line first and then answer what was asked (actions/send.py). The Rasa component in
rasa_addons/dialogue_order.py applies this to every message; it is pure so it can be tested
without Rasa.
"""
import re
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple

from veilig.cannot_call import someone_at_home_would_hear
from veilig.chat_privacy import asks_whether_this_chat_is_kept
from veilig.child_silenced import told_to_keep_quiet
from veilig.coercive_control import tells_of_coercive_control
from veilig.child import (sounds_like_a_child, sounds_like_an_adult, speaks_of_a_partner_not_as_a_child,
                          speaks_of_own_child_not_a_partner,
                          tells_a_childs_age_or_class)
from veilig.danger import asks_whether_to_call_112_now, denies_blows, detect_danger
from veilig.dependent_care import depends_on_a_partners_care
from veilig.doer import (a_bystander_not_a_pleger, a_parent_hurts_the_other, a_victim_not_a_pleger, asks_how_to_help_another,
                         done_to_the_writer_only, fears_hurting_someone, fears_someone_at_home, hurt_by_another, hurts_themselves,
                         tells_of_another_hurt, tells_of_own_violence,
                         tells_of_the_neighbours, turns_the_children_against_the_writer, wants_to_leave_a_partner)
from veilig.exploitation import EXPLOITATION_ENTRY, tells_of_labour_exploitation
from veilig.follow_up_aspects import asked_aspect
from veilig.genital_mutilation import PROFESSIONAL_ENTRY as VGV_PROFESSIONAL_ENTRY
from veilig.genital_mutilation import tells_of_genital_mutilation
from veilig.knowledge.search import CHOICE_COVERAGE, CHOICES, NOT_OURS_MEANING_MIN
from veilig.knowledge.old_names import ABOUT_THE_ORGANISATION, with_current_name
from veilig.loverboy_signs import tells_of_grooming
from veilig.meldcode.profession import detect_profession, speaks_as_professional, works_with_the_meldcode
from veilig.meldcode.steps import named_step_entry
from veilig.meldcode.whose import whose_meldcode_entry
from veilig.need import shows_need_in_context
from veilig.professional_urgency import ACUTE_CASE_ENTRY, names_a_child, tells_of_acute_case
from veilig.regions import find_municipality, find_other_municipality, names_of
from veilig.off_topic import is_everyday, off_topic_route
from veilig.older import (OLDER_MONEY_ENTRY, gives_an_old_age, is_about_an_older_person, money_taken_entry,
                          names_a_minor_not_an_older_person, names_no_older_person, own_child_hurts_the_writer,
                          worried_for_the_grandchildren)
from veilig.seeks_shelter import needs_a_place_tonight
from veilig.sexual_violence import done_to_the_writer, tells_of_online_image_abuse_only, tells_of_sexual_violence
from veilig.text import chat_words, fold, without_accents
from veilig.worry import is_about_violence

ACUTE = "acuut_gevaar"
KNOWLEDGE = "vraag_definitie"
OUT_OF_SCOPE = "buiten_scope"
OTHER_LANGUAGE = "andere_taal"
MELDCODE_QUESTION = "meldcode_vraag"
MELDCODE_GUIDE = "meldcode_doorlopen"
LOCAL_HELP = "lokale_hulp"
BOT_QUESTION = "bot_vraag"

CHILD = "kind_jongere"
PLEGER = "pleger"
VICTIM = "slachtoffer"
BYSTANDER = "zorgen_omstander"
OLDER = "ouderen"
# Routes for people who may be in need; the classifier's guess of one only counts with a sign.
IN_NEED_INTENTS = frozenset({ACUTE, "zorgen_omstander", "slachtoffer", CHILD, "pleger", OLDER,
                             "seksueel_geweld"})
# Small talk: a message that speaks of violence is not small talk, whatever the classifier says.
SMALL_TALK_INTENTS = frozenset({"groet", "bedanken", "afscheid", "bot_vraag", "hulp_menu"})
# A message that tells of violence is never left as unclear or not ours: the classifier's best
# guess of a person in need is taken instead.
UNSURE_INTENTS = SMALL_TALK_INTENTS | {"nlu_fallback", OUT_OF_SCOPE}
# Guesses that give way to the Centrum Seksueel Geweld when the message tells of sexual violence;
# a bystander, a pleger, an older person and a child who sounds like one keep their own route
# unless the writer says it was done to them.
SEXUAL_VIOLENCE_OVERRIDES = UNSURE_INTENTS | {"slachtoffer", CHILD}
SEXUAL_VIOLENCE = "seksueel_geweld"
# A bystander or pleger guess gives way too when the writer says it was done to them.
WRITER_OVERRIDES = frozenset({"zorgen_omstander", "pleger"})
# Intents whose message may be a question for the knowledge base instead.
OPEN_INTENTS = (IN_NEED_INTENTS | SMALL_TALK_INTENTS
                | {MELDCODE_QUESTION, MELDCODE_GUIDE, KNOWLEDGE, OUT_OF_SCOPE, "nlu_fallback"})

# Short replies ('nee', 'ja hoor', 'weet ik niet'); a longer question the classifier takes for one
# ("is veilig thuis 24 uur bereikbaar" for 'ontkennen') is searched like any other question. A
# shorter one ('kan ik ook chatten', 'en als ik twijfel?') leans on the conversation.
REPLY_INTENTS = frozenset({"bevestigen", "ontkennen", "weet_niet"})
REPLY_WORDS = 5
# 'weet_niet' is the classifier's guess for many a short statement without a word it knows
# ("ik kan niet weg ik heb geen geld"): one that does not say 'I don't know' in any way is searched,
# and answered when the search is sure, as a question would be.
DONT_KNOW = "weet_niet"
_SAYS_NOT_KNOWING = re.compile(r"\b(weet\w*|weten|kweet\w*|kweenie|idee|twijfel\w*|misschien|zeker|inschatten|"
                               r"snap\w*|begrijp\w*|dunno|idk|tja|zou kunnen|kan zijn)\b")


def tells_without_not_knowing(intent: str, text: str) -> bool:
    """A 'weet_niet' guess for a statement of REPLY_WORDS or more that says nothing of not knowing."""
    return intent == DONT_KNOW and len(text.split()) >= REPLY_WORDS and not _SAYS_NOT_KNOWING.search(fold(text))
# Stopping the conversation ('stop', 'laat maar'); "ik wil stoppen met slaan" is a pleger's wish.
STOP = "stoppen"
STOP_WORDS = 4
_STOPS_THE_CHAT = re.compile(r"\b((dit|deze|het|de|ons) (gesprek|chat|vragen|vraag|onderwerp)|hiermee|hier mee)\b")


# Ending a relationship, which the classifier takes for a wish to stop the chat: "ik wil met de relatie
# stoppen" is answered from the knowledge base (leaving safely), not with the menu.
_ENDS_A_RELATIONSHIP = re.compile(r"\b((relatie|huwelijk|verkering)\b.{0,20}\b(stoppen|beeindigen|verbreken|uitmaken)|"
                                  r"(stoppen|breken|kappen) met (de|onze|mijn|die|deze) (relatie|verkering))\b")


def stops_the_chat(text: str) -> bool:
    """Words for this chat in a wish to stop ('stop met dit gesprek', 'ik wil hiermee stoppen')."""
    return bool(_STOPS_THE_CHAT.search(fold(text)))


# Saying goodbye ('doei', 'dag', 'ik moet gaan'); "elke dag", which the classifier also took for
# one, tells how often something happens.
GOODBYE = "afscheid"
_GOODBYE = re.compile(
    r"\b(doei\w*|doeg|dag dag|daag|daaag|tot (ziens|later|straks|morgen|zo|de volgende keer)|bye|byebye|ciao|houdoe|"
    r"ajuus|later|laterz|bb|de mazzel|fijne (dag|avond|nacht|middag|ochtend|dag nog|avond nog)|welterusten|goedenacht|"
    r"slaap lekker|(ik|k) (sluit|log) (\w+ )?(af|uit)|"
    r"(ik|k) (ga|moet) (\w+ ){0,2}(gaan|weg|ervandoor|slapen|stoppen|offline|afsluiten)|ik ben weg)\b|"
    r"^\W*(dag|(ik|k) (ga|moet) (nu|maar|even|weer))\W*$")


def says_goodbye(text: str) -> bool:
    return bool(_GOODBYE.search(fold(text).strip()))


# Starting over ('opnieuw beginnen', 'reset'); "wie kunnen dat nog meer inzien" and "kun je daar als
# ouder nog tegenin gaan", which the classifier also took for it, lean on the answer before.
RESTART = "opnieuw"
_RESTART = re.compile(r"\b(opnieuw|overnieuw|herstart\w*|restart|reset\w*|(nieuwe?|terug naar( het)?) (gesprek|start|begin)|"
                      r"begin|beginnen|start|starten|van (voren|voor) ?af|nog (een keer|eens))\b")


def says_to_start_over(text: str) -> bool:
    return bool(_RESTART.search(fold(text)))


_QUESTION_START = re.compile(
    r"^(wat|wie|waarom|hoe|hoelang|wanneer|waar|waarvoor|welke|welk|hoeveel|tot (hoe laat|wanneer)|mag|mogen|moet|moeten|kan|kun|"
    r"kunnen|kunt|is|zijn|heeft|hebben|heb|wordt|worden|word|krijg|krijgt|krijgen|gaat|gaan|doet|doen|"
    r"klopt|bestaat|betekent|geldt|gelden|telt|tellen|valt|vallen|zal|zou|zouden|blijft|weet|vanaf|uitleg|leg uit|vertel|"
    # the verb first: "komt veilig thuis dan meteen langs", "weten ze dat ik gebeld heb"
    r"komt|komen|weten|ziet|zien|hoort|horen|neemt|nemen|haalt|halen|belt|bellen|helpt|helpen|werkt|werken|"
    r"duurt|kost|kosten|bewaart|bewaren|deelt|delen|schrijft|schrijven|"
    # "zeggen ze het tegen mama als ik de kindertelefoon bel" (thirty-fifth session's sixth tuning conversations)
    r"(zeggen|vertellen|verklappen) (ze|zij|jullie)|(zegt|vertelt|verklapt) (ze|zij|hij|die)|"
    # "ben ik verplicht om mee te werken", not "ben bang dat hij komt"
    r"ben (ik|je|jij|u)|bent (je|jij|u)|blijf (ik|je|jij|u)|blijven (we|wij|ze|zij)|"
    r"informatie|info|definitie|verschil)\b"
)
_QUESTION_INSIDE = re.compile(
    r"\b(wat is|wat zijn|wat betekent|wat houdt|wat gebeurt|wat gebeurd|wat doet|wat doen|hoe werkt|"
    r"hoe lang|hoelang|hoe vaak|hoeveel|wat als|mag ik|mag je|moet ik|moet je|kan ik|kun je|kunnen ze|"
    r"is het|is dat|klopt (dat|het|dit)|telt (dat|het|dit)|valt (dat|het|dit) (ook )?onder|wie betaalt|wie ziet|wie krijgt|wie hoort|wie beslist|wat is het verschil|waarom|"
    r"hoe (bel|kan|kun|moet|doe|kom|krijg|vind|meld|regel) (ik|je|u|we))\b"
    # a condition, then the verb before its subject: "als ik bel met veilig thuis weten ze dan mijn nummer"
    r"|^(als|wanneer|stel) \w+ (\w+ ){0,8}(weten|weet|zien|ziet|krijgen|krijgt|horen|hoort|komen|komt|gaan|gaat|"
    r"kunnen|kan|mogen|mag|moeten|moet|zijn|is|wordt|worden|blijft|blijf|blijven|word|"
    # "als ik die kindertelefoon bel zeggen ze het dan tegen papa"
    r"zeggen|zegt|vertellen|vertelt|bellen|belt|halen|haalt|nemen|neemt|doen|doet) "
    r"(ze|zij|hij|ik|je|jij|we|wij|die|het|mijn \w+|de \w+) (\w+ )?dan\b"
)
# A fear of what a service will do asks how it works ("ik ben bang dat als ik veilig thuis bel ze
# mijn kinderen afpakken").
_FEARS_WHAT_HELP_DOES = re.compile(
    r"\b(bang|angst|schrik) (dat|om|voor wat) (\w+ ){0,6}(veilig thuis|vt|de politie|politie|jeugdzorg|de raad|"
    r"kinderbescherming|hulpverlening|hulpverleners|huisarts|wijkteam)\b")
# Asking what to do or for help is asking for the route, not for an entry.
_HELP_REQUEST = re.compile(
    r"\b(wat (moet|kan|zal|ga|moeten|kunnen) (ik|we|wij)( nu)? (doen|beginnen)|wat nu|help (me|mij|ons)|"
    r"wie kan (me|mij|ons) helpen|kan iemand (me|mij) helpen|ik weet (het )?niet (meer )?wat ik moet|"
    r"waar kan ik (heen|naartoe|naar toe|slapen)|waar moet ik heen|ik wil (hulp|praten|weg|stoppen)|"
    r"waar (kan|kun) ik (\w+ )?hulp (krijgen|vinden|vragen|zoeken|halen)( voor mezelf| voor mijzelf)?(?=\W*$)|"
    r"waar (vind|krijg|haal) ik (\w+ )?hulp( voor mezelf| voor mijzelf)?(?=\W*$)|"
    r"ik heb hulp nodig)\b"
)
# A professional who asks to be guided through a case; without this, a message about the steps
# is a question about the steps.
_GUIDE_REQUEST = re.compile(
    # not the noun: "Hoe legt u de handelingen bij het doorlopen van de meldcode vast?" asks a question
    r"\b((?<!het )(doorlopen|door ?lopen)|doornemen|langsgaan|langs gaan|samen|met (me|mij)|"
    r"leid|leiden|begeleid\w*|help (me|mij)|helpen|stap voor stap|een voor een|invullen|toetsen|"
    r"mijn (casus|client|leerling|situatie)|een (casus|gezin|leerling|client)|voor (een|mijn) )"
)


@dataclass(frozen=True)
class Found:
    """What the knowledge search found: a confident entry, or close choices."""

    entry_id: Optional[str] = None
    choices: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class Decision:
    intent: str
    reason: str  # a fixed word per step, safe to count; never user text
    entry_id: Optional[str] = None
    choices: Sequence[str] = field(default_factory=tuple)
    language: str = "nl"


def asks_for_help(text: str) -> bool:
    """'wat kan ik doen?', 'wat nu?', 'ik wil weg': a plea for help, which gets the route."""
    return bool(_HELP_REQUEST.search(fold(text)))


def asks_information(text: str) -> bool:
    """A question about something ('hoe werkt ...?', 'mag ...?'), not a plea for help."""
    folded = fold(text)
    if not folded or _HELP_REQUEST.search(folded):
        return False
    # (a question mark inside too: "en als het nou niks blijkt te zijn? ik wil niemand onterecht
    # beschuldigen" asks first and tells why after it)
    # (after a joining word too: "en wie is dan bij ons op de club het aanspreekpunt")
    return bool(text.strip().endswith("?") or _ASKED_BEFORE_MORE.search(text) or _QUESTION_START.search(folded)
                or _QUESTION_START.search(_JOINS_ON.sub("", folded.strip(), count=1)) or _QUESTION_INSIDE.search(folded)
                or _FEARS_WHAT_HELP_DOES.search(folded) or _WHAT_IF.search(folded)
                or _ASKED_AFTER_A_COMMA.search(without_accents(text)) or _ASKED_IN_A_LATER_SENTENCE.search(without_accents(text)))


# A question put after a comma, the verb before its subject, without a question mark: "hij kijkt ook
# wel eens op mijn laptop, kan hij zien dat ik op deze site zit" (fortieth session: 112 and a route).
_ASKED_AFTER_A_COMMA = re.compile(
    r"[,;]\s*(kan|kun|mag|moet|kunnen|mogen|moeten|ziet|zien|weet|weten|hoort|horen|gaat|gaan|krijgt|krijgen|"
    r"komt|komen|wordt|worden) (hij|zij|ze|iemand|men|die|mijn \w+|mn \w+|m'n \w+)\s+\w")
# ... or in a sentence after a story: "vorige week heb ik haar arm vastgepakt en haar weggeduwd toen ze weer
# sloeg. ben ik nu zelf strafbaar" (fortieth session: the victim's route without the answer). The subject
# after the verb, so that "mijn man is weg. heeft de kinderen meegenomen" tells.
_ASKED_IN_A_LATER_SENTENCE = re.compile(
    r"[.!;]\s*(ben|is|kan|kun|mag|moet|heeft|heb|wordt|word|zijn|krijg|krijgt|gaat|ga|weet|weten|komt|doet|telt|valt|"
    r"klopt) (ik|je|jij|hij|zij|ze|we|wij|u|het|dat|dit|er)\s+\w")


# A condition joined on, without a main clause or question mark, asks what if: "en als je partner
# al het geld beheert en je niks krijgt" a moment after an answer on psychological violence.
_WHAT_IF = re.compile(r"^(en|maar|of) (als|stel dat)\b")
# A joining word at the start ('en wie ...', 'dus ze komen ...').
_JOINS_ON = re.compile(r"^(en|maar|dus|of|ook)\s+")
_ASKED_BEFORE_MORE = re.compile(r"\w+\s+\w+\s*\?+\s+\w")  # (two words before it: not "help?? mijn man slaat me")
# A question that builds on the answer before it: it starts by joining on ('en als ...', 'maar
# wanneer ...') or points back ('mag dat?', 'hoe lang duurt dat?') in a few words.
_FOLLOW_UP_START = re.compile(r"^(en|maar|dan|ook|of|wat als|en als|hoe dan|waarom dan|stel dat)\b")
# 'dat' as a word that joins a clause ("krijgen ze te weten dat ik gebeld heb?") does not point back.
_POINTS_BACK = re.compile(r"\b(dat(?! (ik|k|je|jij|u|hij|zij|ze|we|wij|mijn|mn|zijn|haar|hun|onze|iemand|niemand|er|de|een|mensen)\b)|dit|daar|daarvan|daarover|daarmee|daarna|hetzelfde|ook zo|ertegen|eraan|erover|ermee)\b")
# 'dan' as 'then' a few words into a question ('wat gebeurt er dan met haar', 'kan hij dan nog bij
# de kinderen'), not after a comparative ('is dat erger dan slaan').
_THEN = re.compile(r"^(wat|hoe|wie|waar|wanneer|waarom|kan|kun|kunnen|mag|mogen|moet|moeten|krijg|krijgt|krijgen|gaat|"
                   r"gaan|is|zijn|word|wordt|worden|komt|komen|weet|weten|doet|doen|blijft|blijven|heb|heeft|hebben)"
                   r"\b(\s+(?!(meer|minder|anders|liever|eerder|beter|erger|groter|kleiner|ouder|jonger)\b)\S+){0,3}\s+dan\b")
FOLLOW_UP_WORDS = 10


def points_back(text: str) -> bool:
    """'dat', 'daar', 'dit' pointing back at what was said before ('kan dat nu nog gemeld worden')."""
    return bool(_POINTS_BACK.search(fold(text or "")))


def is_follow_up(text: str) -> bool:
    folded = fold(text).strip()
    if not folded or folded.startswith("/") or len(folded.split()) > FOLLOW_UP_WORDS:
        return False
    return bool(_FOLLOW_UP_START.search(folded) or _POINTS_BACK.search(folded) or _THEN.search(folded))


# Someone asking for a person or help near them ("ik woon in velp, is daar iemand die langs kan
# komen", "kan ik ff met iemand hier in de buurt praten"), not for a municipal service.
# Also where someone else lives ("zij woont in winterswijk, wie kan haar daar helpen?") and "hier
# ergens" ("kan ik hier ergens langs gaan?"), thirty-third session's probe.
_NEARBY = re.compile(r"\b(in de buurt|hier in|hier ergens|ergens hier|is er hier|bij (mij|ons) in|dichtbij|"
                     r"in (mijn|onze|m n|mn) (gemeente|dorp|stad|wijk)|"
                     r"ik woon in|we wonen in|wij wonen in|ze wonen in|zij wonen in|(ze|zij|hij|pa|ma|mijn \w+) woont (zelf )?in|"
                     r"woon (zelf )?in|uit de buurt)\b")
_SOMEONE_TO_HELP = re.compile(r"\b(iemand|iets|hulp|helpen|praten|spreken|langs(komen| komen| gaan)?|terecht|team|"
                              r"wijkteam|instantie|loket|(daar|hier) (doen|heen)|wie kan (dat|dit|zoiets|het) regelen|"
                              # "waar vraag ik zoiets aan hier bij ons in de gemeente" (the ninth tuning conversations)
                              r"waar (vraag|regel) (ik|je|we|wij) (dat|dit|zoiets|het) (aan)?)\b")


_WHAT_THE_TEAM_IS = re.compile(
    r"^(wat|wie) (doet|doen|is|zijn|betekent|biedt|bieden) (een|het|de|dat|zo n)? ?(lokaal |lokale |sociaal |sociale )?"
    r"(wijkteam|wijkteams|team|teams|cjg|centrum voor jeugd en gezin|toegang)( (precies|eigenlijk|dan|nou))?\W*$")


def asks_what_the_local_team_is(text: str) -> bool:
    """'wat doet het wijkteam?', 'wat is een cjg': what such a team does, asked without a place."""
    return bool(_WHAT_THE_TEAM_IS.search(fold(text).strip()))


# Words of a place to go in a named town: "kan ik in heusden ergens binnenlopen om dit te bespreken", "bij
# wie moet ik daarvoor zijn hier in putten", "is er in arnhem een plek waar ik samen met haar naartoe kan"
# (thirty-fourth session's fifth tuning conversations).
_PLACE_TO_GO = re.compile(r"\b(binnenlopen|binnen lopen|binnenstappen|binnen stappen|binnen wandelen|bij wie|"
                          r"plek waar (ik|we|wij) (\w+ ){0,3}(naartoe|heen|terecht|binnen)|ergens langs)\b")


def _names_a_town(text: str, folded: str) -> bool:
    """'in Heusden', 'hier in Putten': a municipality named as where help is sought (also one outside
    our regions: "kan ik ook ergens in oss langs?" got the route's line again, thirty-fifth session)."""
    place = find_municipality(text)
    names = names_of(place) if place else [fold(other) for other in [find_other_municipality(text)] if other]
    # (by any of its names: "is er in kaatsheuvel iemand ..." names Loon op Zand; as the one that has
    # help: "heeft harderwijk zelf ook een team waar ik kan binnenlopen")
    return any(re.search(rf"\b(in|bij|uit|rond|omgeving|gemeente|heeft|kent|biedt) {re.escape(name)}\b", folded)
               for name in names)


def asks_for_help_nearby(text: str) -> bool:
    """A question for help near the writer, without words of violence (a message that tells of
    violence gets its route first; the route offers help nearby) and not about a municipal service."""
    folded = fold(text)
    near = bool(_NEARBY.search(folded)) or _names_a_town(text, folded)
    if not (near and (_SOMEONE_TO_HELP.search(folded) or _PLACE_TO_GO.search(folded))) or is_about_violence(text):
        return False
    # ('is daar iemand van de gemeente die kan helpen' asks for a person, not a municipal errand)
    return off_topic_route(_SOMEONE_OF_THE_MUNICIPALITY.sub(" ", folded)) != "buiten_scope_gemeente"


_SOMEONE_OF_THE_MUNICIPALITY = re.compile(
    r"\b((iemand|mensen|hulp|een team) (van|bij) de gemeente|"
    # what was told, asked for in the municipality: no errand named ("waar vraag ik zoiets aan hier bij ons in de gemeente")
    r"waar (vraag|regel) (ik|je|we|wij) (zoiets|dat|dit|het) (aan )?((hier )?(bij (ons|mij) )?in (de|onze|mijn|mn) gemeente)?|"
    # where, not an errand: "waar kan ze in haar eigen gemeente terecht ... ze woont in vorden" (the twelfth tuning
    # conversations: a choice of one topic)
    r"in (haar|zijn|hun|mijn|mn|onze|jouw|je) (eigen )?gemeente|bij (mij|ons|haar|hem) in de gemeente)\b")


# Replies that carry nothing to search for: a few words of agreement, thanks or doubt.
_BARE_REPLY = re.compile(r"^(ja|nee|ok|oke|okay|oki|k|kk|goed|prima|top|super|fijn|duidelijk|helder|thanks|thx|dank|"
                         r"je|jij|wel|hoor|dankje|dankjewel|bedankt|yes|jep|jup|weet|ik|niet|het|geen|idee|misschien|"
                         r"hmm+|uhm+|eh+|\s)+[.!?]*$")


def is_bare_reply(text: str) -> bool:
    """'ja', 'ok top', 'ok thx', 'weet ik niet': agreement, thanks or doubt, nothing to answer."""
    folded = fold(text).strip()
    return bool(folded) and len(folded.split()) <= 4 and bool(_BARE_REPLY.match(folded))


def leans_on_context(text: str) -> bool:
    """A short question that may need the conversation to be understood: a follow-up question
    ('en als hij het merkt?', 'hoe lang duurt dat?') or any question of a few words ('ook
    vrijwilligers?'). Statements and a bare 'ja' or 'ok' carry no question to answer."""
    folded = fold(text).strip()
    if not folded or text.strip().startswith("/") or is_bare_reply(text):
        return False
    # (a longer question that joins on: "dus ze komen er echt niet achter dat ik het was?" after anonymous reporting)
    # (and one of some length that asks an aspect of the subject before: "wat als hij zich er niet aan
    # houdt en toch langskomt" after the huisverbod, veilig/follow_up_aspects.py)
    return is_follow_up(text) or (asks_information(text) and (
        len(folded.split()) <= FOLLOW_UP_WORDS
        or (_JOINS_ON.search(folded) is not None and len(folded.split()) <= LONGER_FOLLOW_UP_WORDS))) or (
        asked_aspect(text) is not None and len(folded.split()) <= LONGER_FOLLOW_UP_WORDS)


LONGER_FOLLOW_UP_WORDS = 14


# Words that put the writer or someone of theirs in the message: 'ik', 'mijn', 'we', 'hij', ...
_PERSONAL = re.compile(r"\b(ik|me|mij|mijn|mn|m n|mezelf|wij|we|ons|onze|hij|zij|hem)\b")
_NAMES_THE_SERVICE = re.compile(r"\b(veilig thuis|vt|melding|melden|melder|jeugdzorg|jeugdbescherming|kinderbescherming)\b")
_PART_IN_THE_SERVICE = re.compile(
    r"\b((ik|we|wij) (\w+ ){0,3}(bel|bellen|gebeld|meld|melden|gemeld|chat|chatten|mail|mailen)|"
    r"(mijn|mn|m n|onze) (melding|gegevens|naam|dossier|adres|telefoonnummer|nummer|klacht)|"
    # being reported: "wat gebeurt er als de buren mij melden", "er is een melding over ons gedaan"
    r"(mij|me|ons) (\w+ ){0,2}(melden|meldt|meldde|gemeld)|melding (\w+ )?over (mij|me|ons|mijn gezin|ons gezin)|"
    # consent and being told: "mag een leraar info geven zonder dat ik het weet", "zonder mijn toestemming"
    r"zonder (dat )?(ik|we|wij) (het )?(\w+ )?(weet|weten|toestemming geef|toestemming geven)|"
    r"zonder (mijn|onze) (toestemming|medeweten)|zonder (het )?(mij|ons) te (vragen|vertellen|zeggen)|"
    # whom a service may talk to: "mag veilig thuis met mijn kind praten zonder mij"
    r"(met|tegen) (mijn|mn|m n|ons|onze) (kind|kinderen|kids|zoon|dochter) (\w+ ){0,2}(praten|spreken|een gesprek)|"
    r"zonder (mij|ons)( erbij)?|"
    # what a service may do to the family: "kan veilig thuis mijn kinderen afpakken"
    r"(mijn|mn|m n|onze) (kind|kinderen|kids|zoon|dochter|baby) (\w+ ){0,2}(afpakken|afnemen|weghalen|weg halen|"
    r"uit huis (plaatsen|halen)|meenemen)|"
    r"(moet|moeten|kan|kunnen|mag|mogen|krijg|krijgen|hoor|horen|blijf|blijven|word|worden|ben) (ik|we|wij))\b")
# Guesses whose route number is Veilig Thuis, which the answer without a situation keeps too.
VEILIG_THUIS_INTENTS = frozenset({"zorgen_omstander", "slachtoffer", "pleger", "ouderen"})


# What someone who has been reported needs first, and the entries about being reported.
REPORTED_ENTRY = "er-is-een-melding-over-mij-gedaan"
ABOUT_BEING_REPORTED = frozenset({REPORTED_ENTRY, "waarom-meldt-een-professional-mij", "weet-het-gezin-wie-gemeld-heeft",
                                  "klacht-over-melding", "dossier-inzien-bij-veilig-thuis", "na-een-melding-bij-veilig-thuis",
                                  "veiligheidsbeoordeling-na-een-melding", "met-wie-praat-veilig-thuis"})
# What a reported family asks next (thirty-fourth session: "school heeft ons gezin gemeld bij veilig thuis.
# wat schrijven ze nu allemaal over ons op?"): answered when found, also as the first close choice.
ASKED_AFTER_BEING_REPORTED = frozenset({
    "wat-legt-veilig-thuis-vast", "hoe-lang-bewaart-veilig-thuis-gegevens", "gegevens-verbeteren-bij-veilig-thuis",
    "mag-ik-weten-wie-mij-heeft-gemeld", "haalt-veilig-thuis-kinderen-uit-huis", "moet-je-meewerken-met-veilig-thuis",
    "klacht-over-veilig-thuis", "met-wie-deelt-veilig-thuis-informatie", "hoe-lang-duurt-een-onderzoek-van-veilig-thuis",
    "wanneer-doet-veilig-thuis-onderzoek", "vertrouwenspersoon-bij-veilig-thuis"})
# Veilig Thuis at the writer's home; a family's words, though the classifier may hear a
# professional's ('veilig thuis is bij ons geweest na een melding').
_VISIT = (r"(veilig thuis|vt) (is|was|kwam|komt|kwamen|komen|zijn|waren|gaat|gaan|wil|willen) (\w+ ){0,3}(bij|langs bij) "
          r"(ons|mij|me)\b(?! (werk|op|school))")
_VISITED = re.compile(rf"\b{_VISIT}")
_BEING_REPORTED = re.compile(
    r"\b((ik|we|wij) (ben|zijn|werd|werden|word|worden) (\w+ ){0,2}gemeld|"
    # the verb last: "ik denk dat ik gemeld ben bij veilig thuis"
    r"(ik|we|wij) (\w+ ){0,2}gemeld (ben|zijn|word|worden|werd|werden)|(mij|me|ons|mijn gezin|ons gezin) "
    r"(\w+ ){0,4}(gemeld|meldde)|melding (\w+ ){0,2}over (mij|me|ons|mijn gezin|ons gezin)|"
    # the order turned: "er is over mij een melding gedaan bij veilig thuis"
    r"over (mij|me|ons|mijn gezin|ons gezin) (\w+ ){0,2}(een )?melding|"
    # a letter or a call from Veilig Thuis: "ik heb een brief van veilig thuis gekregen"
    r"(brief|mail|uitnodiging|telefoontje|bericht|afspraak) (\w+ ){0,2}(van|vanuit) (veilig thuis|vt)|"
    r"(veilig thuis|vt) (heeft|had|belde|schreef|stuurde) (\w+ ){0,2}(mij|me|ons) (\w+ ){0,3}(gebeld|geschreven|gemaild|"
    r"uitgenodigd|aangeschreven|een brief)|"
    # a visit: "veilig thuis is bij ons geweest na een melding", "vt komt morgen bij ons langs"
    rf"{_VISIT}|"
    # a professional who reports the writer's child: "moet de school mij vertellen als ze veilig thuis bellen over mijn kind"
    r"(ze|school|de school|juf|de juf|meester|leraar|de leraar|leerkracht|huisarts|de huisarts|dokter|de dokter|"
    r"opvang|de opvang|kinderopvang|de kinderopvang|consultatiebureau|het consultatiebureau|buren|de buren) "
    r"(\w+ ){0,3}(bellen|belt|belde|melden|meldt|meldde|gebeld|gemeld) (\w+ ){0,3}over (mijn|mn|m n|ons|onze) "
    r"(kind|kinderen|zoon|dochter|gezin))\b")


def tells_of_being_reported(text: str) -> bool:
    """'ik ben gemeld bij veilig thuis', 'iemand heeft ons gemeld', 'er is een melding over mij'."""
    return bool(_BEING_REPORTED.search(fold(text)))


# The professional's part of veilig.conversation's asks_what_to_do (which imports this module, so
# it cannot be called here): the next step or what to do, not a wish for help or a place to go.
_NEXT_STEP_ASKED = re.compile(
    r"\b(wat (is|zijn) (nu |dan )?(de |mijn |onze )?volgende stap(pen)?|"
    r"wat (moet|kan|kun|moeten|kunnen) (ik|we|wij) (nu |dan |hier |daar |daarmee |hiermee )*(mee )?doen|"
    r"hoe (nu|moet ik nu|moet ik) verder)\b")


def asks_the_next_step_in_a_case(text: str) -> bool:
    """One who works with the meldcode tells a case of violence and asks what to do now."""
    return bool(_NEXT_STEP_ASKED.search(fold(text))) and works_with_the_meldcode(text) and (
        is_about_violence(text) and not asks_without_situation(text))


def asks_without_situation(text: str) -> bool:
    """A question about a subject that tells no situation of the writer or of someone of theirs
    ('welke factoren spelen een rol bij huiselijk geweld?'): it gets an answer, choices or 'no
    good answer, ask Veilig Thuis', not a route that says 'wat naar dat je dit meemaakt'."""
    if not asks_information(text):
        return False
    folded = fold(text)
    if _NAMES_THE_SERVICE.search(folded):
        # 'hoe lang duurt het voordat veilig thuis iets doet na mijn melding', 'als ik bel, moet ik
        # dan mijn naam zeggen?': the writer's part in calling or reporting tells no situation.
        folded = _PART_IN_THE_SERVICE.sub(" ", folded)
    return not _PERSONAL.search(folded)


# A bare wish to report: "ik wil iets melden", "ik wil graag een melding doen".
_WISH_TO_REPORT = re.compile(
    r"^(ik|wij|we|k) (wil|willen|wilde|zou|moet) (graag |eigenlijk |even |nog )?((iets|een melding|dit|het|wat|een situatie|"
    r"zorgen|mijn zorgen) (\w+ )?)?(melden|doen|doorgeven)( (bij|aan) (veilig thuis|vt|jullie|iemand))?\W*$")


def wishes_to_report(text: str) -> bool:
    return bool(_WISH_TO_REPORT.search(fold(text).strip()))


def asks_to_be_guided(text: str) -> bool:
    return bool(_GUIDE_REQUEST.search(fold(text)))


def is_older_person_not_child(text: str) -> bool:
    """An adult telling about an older person in care, which the classifier may take for a child."""
    return is_about_an_older_person(text) and not sounds_like_a_child(text)


def writers_audience(intent: Optional[str], text: str) -> Optional[Tuple[str, str]]:
    """The audience the writer belongs to, with the reason, when the classifier's guess of one does
    not fit what the message tells; None when it fits. Used for the route (decide) and for the
    number line before an answer (actions/turn.py)."""
    text = chat_words(text)
    if (intent == PLEGER and (a_victim_not_a_pleger(text) or (tells_of_coercive_control(text)
                                                              and not tells_of_own_violence(text)))) or (
            intent in (PLEGER, BYSTANDER) and done_to_the_writer_only(text)):
        # "mijn moeder slaat me met de slof": the writer is hit, and hits no one; "waar kan ik heen
        # met mijn kinderen als ik weg moet", "... anders wordt hij boos": no violence of their own;
        # "mn vriend is super jaloers leest al mn appjes": controlled by a partner.
        return (CHILD if sounds_like_a_child(text) else VICTIM), "geen_pleger"
    if intent == PLEGER and a_parent_hurts_the_other(text) and sounds_like_a_child(text):
        # "mn pa slaat mn moeder en ik ben nu groot genoeg om terug te slaan ... ben 16": a child
        # who sees a parent hurt, angry, who has hit no one yet.
        return CHILD, "kind_geen_pleger"
    if intent == PLEGER and is_about_an_older_person(text) and tells_of_own_violence(text) and not sounds_like_a_child(text):
        # "mijn moeder heeft dementie en ik word soms zo boos dat ik haar hard vastpak": a carer at
        # the end of their rope; the older person's route gives ontspoorde mantelzorg after the number.
        return OLDER, "mantelzorger"
    if intent == PLEGER and hurts_themselves(text) and not tells_of_own_violence(text):
        # "ik snij mezelf omdat het thuis zo erg is": harm to oneself, no pleger's violence.
        return (CHILD if sounds_like_a_child(text) else VICTIM), "zelfbeschadiging"
    if intent == PLEGER and a_bystander_not_a_pleger(text):
        # "mijn vriendin is bang voor haar vader": worried about another, no violence of their own.
        # 'papa' from a parent who tells what their own child said ("mijn dochter zegt dat papa haar slaat")
        child = sounds_like_a_child(text) and not speaks_of_own_child_not_a_partner(text)
        return (CHILD if child else BYSTANDER), "omstander_geen_pleger"
    if intent in (VICTIM, BYSTANDER, CHILD, OLDER) and fears_hurting_someone(text) and not sounds_like_a_child(text):
        # "ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst": no bystander's tips
        return PLEGER, "bang_iets_aan_te_doen"
    if intent in (VICTIM, BYSTANDER, CHILD, OLDER, PLEGER) and works_with_the_meldcode(text) and not (
            done_to_the_writer_only(text) or done_to_the_writer(text) or tells_of_own_violence(text)):
        # "ik ben juf en een meisje vertelt dat haar vader haar slaat": the meldcode's route, in "u".
        return MELDCODE_QUESTION, "professional"
    if intent == VICTIM and tells_of_own_violence(text) and not (done_to_the_writer(text) or hurt_by_another(text)):
        # "ik wil stoppen met slaan maar ik weet niet hoe": help to stop, never "het is niet jouw schuld".
        return PLEGER, "eigen_geweld"
    if intent in (VICTIM, PLEGER) and asks_how_to_help_another(text):
        return BYSTANDER, "helper"
    if intent in (VICTIM, CHILD) and tells_of_grooming(text) and not (
            done_to_the_writer(text) or done_to_the_writer_only(text) or sounds_like_a_child(text)):
        # "ik ben trainer ... een andere trainer stuurt veel appjes naar meiden van 13" got "het is niet
        # jouw schuld": one who sees grooming is a bystander.
        return BYSTANDER, "ziet_grooming"
    if intent == VICTIM and tells_of_another_hurt(text):
        # "mijn zus wordt geslagen door haar man maar ze wil niet weg": the sister is hurt, not the
        # writer, who needs a bystander's tips, not "het is niet jouw schuld".
        return (CHILD if sounds_like_a_child(text) else BYSTANDER), "ander_slachtoffer"
    if intent == CHILD and speaks_as_professional(text) and not (done_to_the_writer(text) or done_to_the_writer_only(text)):
        # "ik ben trainer bij de voetbal en een jongen van 12 vertelde dat zijn vader hem slaat": an
        # adult who tells what a child told them (one who works with the meldcode got its route above).
        return BYSTANDER, "volwassene_met_rol"
    if intent in (VICTIM, BYSTANDER) and tells_a_childs_age_or_class(text):
        # "ik ben 11 en mijn broer slaat mij steeds", "mijn oom stuurt me berichtjes dat het ons
        # geheim is, ik ben 12": the Kindertelefoon first, not a grown-up bystander's tips.
        return CHILD, "kind_leeftijd"
    if intent == BYSTANDER and fears_someone_at_home(text) and not asks_how_to_help_another(text):
        # "mijn vader heeft mijn moeder mishandeld, hij komt binnenkort vrij, ik ben bang"
        # (a child who gives an age got the child's route just above)
        return (CHILD if sounds_like_a_child(text) else VICTIM), "bang_thuis"
    if intent == BYSTANDER and someone_at_home_would_hear(text):
        # "ik kan niet bellen want hij is thuis": the writer fears him.
        return (CHILD if sounds_like_a_child(text) else VICTIM), "luistert_mee"
    if intent in (OLDER, PLEGER, BYSTANDER) and turns_the_children_against_the_writer(text) and (
            not sounds_like_a_child(text)):
        # "sinds de scheiding zegt mijn ex tegen de kinderen dat ik een slechte moeder ben" got the
        # route for someone worried about an older person: it is done to the writer.
        return VICTIM, "kinderen_tegen_mij"
    if intent in (BYSTANDER, VICTIM) and gives_an_old_age(text) and money_taken_entry(text) == OLDER_MONEY_ENTRY and (
            not sounds_like_a_child(text)):
        # "Ik ben 78 jaar. Mijn kleinzoon heeft mijn pinpas en haalt er elke week geld af" got a bystander's
        # route (the twelfth tuning conversations): the older people's route, with the answer on one's money taken
        return OLDER, "oudere_geld"
    if intent in (OLDER, BYSTANDER) and own_child_hurts_the_writer(text) and not sounds_like_a_child(text):
        # "mijn zoon van 20 is verslaafd, steelt geld van ons en bedreigt ons": a parent hurt by
        # their child, not someone worried about an older person, nor a bystander ("mijn zoon is 24
        # en heeft me al geduwd" got the tips to talk with the one hurt, twenty-fifth session's probe).
        return VICTIM, "kind_tegen_ouder"
    if intent == OLDER and depends_on_a_partners_care(text):
        # "ik zit in een rolstoel en mijn vriend zorgt voor me, als hij boos is laat hij me in bed
        # liggen": the writer's own partner, not an older person (veilig/dependent_care.py).
        return VICTIM, "afhankelijk_van_partner"
    if intent == OLDER and worried_for_the_grandchildren(text) and not done_to_the_writer(text):
        # "ik ben oma en ... de kinderen zijn bang voor hem"; before the child's check, which the
        # grandchildren's words ("papa en mama vechten") can make think a child writes
        return BYSTANDER, "grootouder"
    if intent == OLDER and sounds_like_a_child(text) and not is_about_an_older_person(text):
        # "mn vader is dronken en gooit met spullen ik zit op mijn kamer": a child at home, not
        # someone worried about an older person.
        return CHILD, "kind_niet_oudere"
    if intent == OLDER and (names_a_minor_not_an_older_person(text) or names_no_older_person(text)):
        # "mijn dochter van 15 heeft een oudere vriend": older than her, not old; "mijn dochter heeft
        # een nieuw vriendje en ineens dure spullen" names no one who may be old.
        return (CHILD if sounds_like_a_child(text) else BYSTANDER), "minderjarige"
    if intent in (CHILD, VICTIM) and tells_of_the_neighbours(text) and not (
            sounds_like_a_child(text) or tells_a_childs_age_or_class(text) or is_about_an_older_person(text)):
        # "mijn buurvrouw schreeuwt elke avond en ik hoor klappen" got the Kindertelefoon: what goes
        # on at the neighbours' makes the writer a bystander.
        return BYSTANDER, "buren"
    if intent == CHILD and is_older_person_not_child(text):
        return OLDER, "oudere"
    if intent == CHILD and sounds_like_an_adult(text):
        if speaks_of_own_child_not_a_partner(text) and not done_to_the_writer_only(text):
            return BYSTANDER, "ouder"  # "mijn kind wordt gepest en geslagen op school": a worried parent
        return VICTIM, "volwassene"
    if intent == CHILD and speaks_of_a_partner_not_as_a_child(text):
        return VICTIM, "partner"  # "mijn vriend zegt dat ik niks waard ben": not 'als een volwassene je pijn doet'
    return None


# Signs of danger that make a professional's case acute unsafety, also when told second-hand.
_ACUTE_KINDS = frozenset({"doodsbedreiging", "wapen", "wurging"})


def decide(text: str, intent: str, search: Callable[[str], Found], ranking: Sequence[str] = (),
           language: str = "nl") -> Decision:
    """The intent this turn is handled as. `search` is called at most once; `ranking` is the
    classifier's intents, best first; `language` the one this message is answered in."""
    if not text or text.startswith("/"):
        return Decision(intent, "knop")
    if language != "nl":
        return Decision(OTHER_LANGUAGE, "taal", language=language)
    danger = detect_danger(text)
    if (danger and danger.strong) or asks_whether_to_call_112_now(text):
        return Decision(ACUTE, "gevaar")
    if intent == ACUTE and not danger and denies_blows(text):
        # "hij heeft me nog nooit geslagen. is dit dan wel echt geweld" got "Is er nu gevaar? Bel 112."
        # (the classifier's 'danger now' for blows denied): the classifier's next guess.
        intent = next((name for name in ranking if name not in (ACUTE, "nlu_fallback")), "nlu_fallback")
    if intent == RESTART and not says_to_start_over(text):
        intent = "nlu_fallback"  # 'wie kunnen dat nog meer inzien': a question, searched as any other
    if tells_of_acute_case(text) or (danger and danger.kind in _ACUTE_KINDS and works_with_the_meldcode(text)
                                     and not done_to_the_writer(text) and names_a_child(text)):
        # (also "juf hier. leerling zegt dat papa gezegd heeft dat hij vanavond mama en hem doodmaakt":
        # a threat, a weapon or strangling told by a professional, which the danger check called weak)
        # "SEH arts hier. baby van 4 mnd met femurfractuur": acute unsafety, Veilig Thuis now, not
        # the meldcode's first step, the Kindertelefoon or 'not ours' (veilig/professional_urgency.py).
        return Decision(KNOWLEDGE, "professional_acuut", ACUTE_CASE_ENTRY)
    if tells_of_genital_mutilation(text) and works_with_the_meldcode(text) and not done_to_the_writer(text):
        # "Ik ben jeugdverpleegkundige ... naar Somalië voor 'een belangrijk feest'. Ik denk aan
        # besnijdenis. Valt dat onder de meldcode?" got the meldcode's general answer (thirty-third
        # session): what a professional does on a suspicion of genital mutilation.
        return Decision(KNOWLEDGE, "vgv_professional", VGV_PROFESSIONAL_ENTRY)
    if (needs_a_place_tonight(text) and (intent in (LOCAL_HELP, ACUTE) or asks_for_help_nearby(text))
            and not works_with_the_meldcode(text) and not tells_of_own_violence(text)):
        # "ik wil hier vannacht niet slapen met de kinderen. is er hier iets" got the local team, which
        # is closed at night, and "ze hebben hem meegenomen. ik wil hier vannacht niet blijven slapen"
        # (the classifier's danger now, which the danger check did not find) 'not ours': a place for
        # tonight after the number (row 'moet_weg' below).
        return Decision(CHILD if sounds_like_a_child(text) else VICTIM, "moet_weg")
    if intent != LOCAL_HELP and asks_for_help_nearby(text):
        return Decision(LOCAL_HELP, "hulp_dichtbij")
    if tells_of_labour_exploitation(text) and not done_to_the_writer_only(text):
        # "ik werk hier in fabriek, baas houdt mijn paspoort": not a passport question for the
        # town hall, but help out of exploitation (blows told with it keep the routes below).
        return Decision(KNOWLEDGE, "uitbuiting", EXPLOITATION_ENTRY)
    if (needs_a_place_tonight(text)  # (not 'Huiselijk geweld, waar moet ik heen?', which asks where to turn)
            and intent not in IN_NEED_INTENTS | {MELDCODE_QUESTION, MELDCODE_GUIDE, LOCAL_HELP}
            and not works_with_the_meldcode(text) and not tells_of_own_violence(text)):
        # "ik ben net weggerend ik sta buiten in mijn pyjama met de baby" was not ours, "waar moet
        # ik heen het is 2 uur snachts" a choice of topics: one who must leave home, with a place
        # for tonight after the number (actions/routes.py).
        return Decision(CHILD if sounds_like_a_child(text) else VICTIM, "moet_weg")
    if intent in UNSURE_INTENTS and wants_to_leave_a_partner(text) and not tells_of_own_violence(text):
        # "ik wil weg bij mijn vriend maar ik heb een hond en 3 kinderen" was a question for the town
        # hall (a dog, children): one who wants to leave a partner, on this chat, needs the victim's route.
        return Decision(CHILD if sounds_like_a_child(text) else VICTIM, "wil_weg")
    if asks_whether_this_chat_is_kept(text):
        return Decision(BOT_QUESTION, "privacy_chat")  # "kan mijn man zien dat ik hier heb gechat?"
    if only_introduces_a_professional(text):
        return Decision(MELDCODE_QUESTION, "professional_stelt_zich_voor")
    found = Found()
    if intent == LOCAL_HELP and asks_what_the_local_team_is(text):
        # "wat doet het wijkteam": what such a team is, not "in welke gemeente woon je?"
        found = search(text)
        if found.entry_id:
            return Decision(KNOWLEDGE, "wat_is_het_team", found.entry_id, found.choices)
        return Decision(intent, "classifier")
    if intent in OPEN_INTENTS or (intent in REPLY_INTENTS and len(text.split()) >= REPLY_WORDS
                                  and asks_information(text) and not is_follow_up(text)) or (
            tells_without_not_knowing(intent, text)) or (
            # 'ze wil er niet over praten' taken for a wish to stop: its entry, for the conversation
            intent == STOP and len(text.split()) >= STOP_WORDS and not stops_the_chat(text)):
        found = search(text)
        if found.entry_id and intent == MELDCODE_QUESTION and asks_the_next_step_in_a_case(text):
            # "ik ben juf en een leerling heeft steeds blauwe plekken, wat is de volgende stap?" got the
            # signs of child abuse in 'je': the meldcode's answer, which weighs what was found.
            return Decision(MELDCODE_QUESTION, "casus_volgende_stap", found.entry_id, found.choices)
        if found.entry_id and (asks_information(text) or tells_without_not_knowing(intent, text)
                               or (intent == STOP and _ENDS_A_RELATIONSHIP.search(fold(text)))) and not (
                intent == MELDCODE_GUIDE and asks_to_be_guided(text)):
            return Decision(KNOWLEDGE, "kennis", found.entry_id, found.choices)
    if (tells_of_being_reported(text) and not danger and not done_to_the_writer_only(text) and (
            intent not in (MELDCODE_QUESTION, MELDCODE_GUIDE)
            or (_VISITED.search(fold(text)) and not works_with_the_meldcode(text)))):
        # "ik ben gemeld bij veilig thuis maar het klopt niet", "mijn ex heeft me gemeld omdat ik de
        # kinderen zou slaan" ask nothing, but the one it is about needs what happens now and their
        # rights, not a bystander's tips (violence done to the writer keeps their route). The
        # search's own entry only when it is about being reported ('vechtscheiding' found another).
        # (also the first close choice when the message asks: "wat schrijven ze nu allemaal over ons op?")
        first_choice = found.choices[0] if found.choices and asks_information(text) else None
        entry = (found.entry_id if found.entry_id in ABOUT_BEING_REPORTED | ASKED_AFTER_BEING_REPORTED
                 else first_choice if not found.entry_id and first_choice in ASKED_AFTER_BEING_REPORTED else REPORTED_ENTRY)
        return Decision(KNOWLEDGE, "gemeld", entry, found.choices)
    sexual_violence = tells_of_sexual_violence(text)
    if (intent in UNSURE_INTENTS and not danger and tells_of_online_image_abuse_only(text)
            and not works_with_the_meldcode(text)):
        # "iemand op snap heeft naaktfotos van mij en zegt dat hij ze naar mijn hele klas stuurt als ik
        # geen 200 euro betaal. ik ben 15" got 'ik weet niet zeker of ik je begrijp' (thirty-seventh
        # session): the route for images threatened to be shared, with Helpwanted's help.
        return Decision(SEXUAL_VIOLENCE, "beelden_online", found.entry_id, found.choices)
    # A situation told without a sign word (a girl of 15 with an older man who gives her presents,
    # veilig/worry.py) is a need all the same.
    # A child told to keep quiet ("hij zegt dat ik een verklikker ben") names no violence, but is ours.
    if (intent in IN_NEED_INTENTS and not danger and not sexual_violence and not shows_need_in_context(text)
            and not is_about_violence(text) and not told_to_keep_quiet(text)):
        return Decision(OUT_OF_SCOPE, "niet_ons", choices=found.choices)
    if sexual_violence and not (intent == CHILD and sounds_like_a_child(text)) and (
            intent in SEXUAL_VIOLENCE_OVERRIDES or (intent in WRITER_OVERRIDES and done_to_the_writer(text))
            # "mijn dochter vertelde dat opa aan haar heeft gezeten": the grandfather is the doer, the
            # older person's route ("ook als het om een oudere gaat") does not fit the parent
            or (intent == OLDER and speaks_of_own_child_not_a_partner(text))
            # "mijn oom heeft me misbruikt toen ik 9 was. ik ben nu 34": done to the writer, who is not
            # old (thirty-seventh session: it got the older person's route)
            or (intent == OLDER and done_to_the_writer(text) and not is_about_an_older_person(text))) and not (
            works_with_the_meldcode(text) and not done_to_the_writer(text)):
        # (not for "ik ben juf groep 3, een meisje zegt dat oom aan haar plassertje zit": the
        # meldcode's route in "u", where Veilig Thuis advises, not the CSG's words to a victim)
        return Decision(SEXUAL_VIOLENCE, "seksueel_geweld_verteld", found.entry_id, found.choices)
    writer = writers_audience(intent, text)
    if writer:
        return Decision(writer[0], writer[1], found.entry_id, found.choices)
    if intent == PLEGER and not danger and asks_information(text) and not tells_of_own_violence(text):
        # "kan een huisarts zomaar mijn gegevens doorgeven aan veilig thuis": a question, and no
        # violence of the writer's own; none of the pleger examples asks without telling of it.
        return Decision(KNOWLEDGE, "vraag_geen_pleger", None, found.choices)
    if intent in VEILIG_THUIS_INTENTS and not danger and asks_without_situation(text):
        return Decision(KNOWLEDGE, "vraag_zonder_situatie", None, found.choices)
    stops_the_violence = intent == STOP and not stops_the_chat(text)
    if (intent in UNSURE_INTENTS | REPLY_INTENTS or stops_the_violence) and is_about_violence(text) and len(text.split()) > 3:
        # 'weet_niet' too: "ik weet niet of dit hier hoort maar mijn vriend duwt me soms" tells,
        # and 'stoppen': "ik wil stoppen met slaan" wants to stop the violence, not the chat.
        # The CSG's route only for a message that tells of sexual violence ("ik werd midden in de nacht
        # wakker van de ruzies ... zijn we weggegaan" had it as the best guess), as after 'danger now'.
        guesses = [name for name in ranking if name in IN_NEED_INTENTS - {ACUTE}
                   and (name != SEXUAL_VIOLENCE or sexual_violence)]
        in_need = None
        for guess in guesses:
            # The same corrections of the audience as for a guess of one ("baas pakt mijn paspoort en
            # slaat mij" is no pleger, an adult no child).
            writer = writers_audience(guess, text)
            in_need = writer[0] if writer else guess
            # (a pleger only for one who tells of their own violence: "vandaag vond ik zo'n airtag dingetje
            # onder mijn bumper", held for not ours, had the pleger's route as the next guess at nearly no
            # confidence; the next guess instead)
            if in_need != PLEGER or tells_of_own_violence(text):
                break
            in_need = None
        return Decision(in_need or "nlu_fallback", "geen_kletspraat", found.entry_id, found.choices)
    if intent in (MELDCODE_QUESTION, MELDCODE_GUIDE) and not found.entry_id and wishes_to_report(text) and (
            not works_with_the_meldcode(text)):
        # "ik wil iets melden", with nothing that shows a professional: a resident who wants to
        # report, whom the bystander's route tells how, not "als professional volgt u de meldcode".
        return Decision(BYSTANDER, "melden_inwoner", None, found.choices)
    if (intent == MELDCODE_QUESTION and not danger and not found.entry_id and found.choices and asks_without_situation(text)
            and detect_profession(text) is None and not _FORMAL_YOU.search(fold(text)) and not is_follow_up(text)):
        # "wat gebeurt er eigenlijk als je een melding doet bij veilig thuis": a question in "je" with
        # nothing of a professional got "Als professional volgt u de meldcode" before its topics
        # (twenty-ninth session's probe): the topics, with Veilig Thuis. (Not a follow-up: "geldt dat
        # ook voor de huisarts?" leans on a professional's conversation.)
        return Decision(KNOWLEDGE, "vraag_zonder_beroep", None, found.choices)
    if (intent in (MELDCODE_QUESTION, MELDCODE_GUIDE) and not danger and not found.entry_id and not asks_information(text)
            and done_to_the_writer_only(text) and not works_with_the_meldcode(text)):
        # "wij hebben een pleegkind en de biologische ouders bedreigen ons": threatened, and no one
        # who works with the meldcode; their route, not the meldcode's steps.
        return Decision(CHILD if sounds_like_a_child(text) else VICTIM, "geen_professional", None, found.choices)
    if intent == MELDCODE_GUIDE and not asks_to_be_guided(text):
        return Decision(MELDCODE_QUESTION, "meldcode_vraag", found.entry_id, found.choices)
    if intent == KNOWLEDGE and not found.entry_id and done_to_the_writer_only(text):
        # "word ik ontslagen als mijn baas weet dat ik thuis geslagen word": a question the
        # knowledge base cannot answer, from one who tells of violence done to them: their route,
        # with its number and help, rather than "no good answer".
        return Decision(CHILD if sounds_like_a_child(text) else VICTIM, "vraag_van_slachtoffer", None, found.choices)
    if (intent in UNSURE_INTENTS and (found.entry_id or found.choices) and works_with_the_meldcode(text)
            and not (done_to_the_writer(text) or tells_of_own_violence(text))):
        # "ik ben huisarts en heb een vermoeden van ouderenmishandeling": the classifier was unsure,
        # the search found the topic; a professional's answer, in 'u' with the meldcode's help.
        return Decision(MELDCODE_QUESTION, "professional_onzeker", found.entry_id, found.choices)
    if intent == OUT_OF_SCOPE and not found.entry_id and found.choices and meaning_allowed(intent, text):
        # "Wanneer belt u 112?" got 'daar kan ik je niet mee helpen' while the search had the topics on
        # 112 (set 10 of the real questions): those, with Veilig Thuis and 112.
        return Decision(KNOWLEDGE, "vraag_over_onze_hulp", None, found.choices)
    if intent == GOODBYE and not says_goodbye(text):
        # "elke dag" a moment after the child's route is no goodbye: what the conversation gives.
        return Decision("nlu_fallback", "geen_afscheid", found.entry_id, found.choices)
    return Decision(intent, "classifier", found.entry_id, found.choices)


_CLAUSE_END = re.compile(r"(?<=[.,;:!?])\s+")


# Two questions in one: "Wat is een kindcheck en waarom is deze in de meldcode opgenomen?". The
# second often leans on the first ('deze', 'dan'), so the first names the subject.
_SECOND_QUESTION = re.compile(
    r"(?:,\s*|\s+)(?:en|of)\s+(?=(?:waarom|hoe|wat|wanneer|wie|welke|waar|waarvoor|kan|kun|mag|moet)\b)",
    re.IGNORECASE)


def first_question(text: str) -> str:
    """The first of two questions joined by 'en' or 'of' ('Wat is een VOG en waarom is die
    belangrijk?' -> 'Wat is een VOG?'), or the whole text."""
    parts = _SECOND_QUESTION.split(text.strip(), maxsplit=1)
    first = parts[0].strip(" ,")
    if len(parts) < 2 or len(first.split()) < 3 or not asks_information(first):
        return text
    return first + "?"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
ASKING_SENTENCE_WORDS = 3


def asking_sentence(text: str) -> str:
    """The first sentence that ends in a question mark when the message goes on after it ("kan dat
    ook anoniem, dat bellen? het is een klein dorp"), or the whole text: its clauses alone ('dat
    bellen?') may lose what is asked, and the story after it dilutes the words that ask it."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    for sentence in sentences[:-1]:
        if sentence.endswith("?") and len(sentence.split()) >= ASKING_SENTENCE_WORDS and asks_information(sentence):
            return sentence
    return text


_FORMAL_YOU = re.compile(r"\b(u|uw)\b")
_AN_EXAMPLE = re.compile(r"^(bijvoorbeeld|bijv|bv|zoals|denk aan)\b")
# A supposition names what is asked about, the asking clause after it points back to it: "Stel dat
# ik Veilig Thuis bel, hoe gaat zo'n gesprek dan?" alone got the meldcode's talk with the parents.
_SUPPOSING = re.compile(r"^(stel (dat|je voor)|als (ik|je|we|wij)|wanneer (ik|je|we|wij))\b")
_LEANS_ON_THE_SUPPOSITION = re.compile(r"\b(dan|zo n|zoiets|zo een)\b")


def question_part(text: str) -> str:
    """The asking clause of a message that also tells a story ("mijn man slaat me, wat is een
    huisverbod?" -> "wat is een huisverbod?"), or the whole text."""
    clauses = [c for c in _CLAUSE_END.split(text.strip()) if c.strip()]
    # (an example is no question of its own: "Wat valt onder acute onveiligheid volgens het
    # afwegingskader? Bijvoorbeeld een wurging?" got what to do after being strangled)
    asking = [c for c in clauses if asks_information(c) and not _AN_EXAMPLE.match(fold(c))]
    if (len(asking) > 1 and asking[0].rstrip().endswith("?") and len(asking[0].split()) >= 4
            and is_follow_up(asking[-1]) and not is_follow_up(asking[0])):
        # "Wat gebeurt er als ik aangifte doe ...? Wordt hij dan meteen opgepakt?": the second leans
        # on the first ('dan'), which names the subject (it got 'is Veilig Thuis de politie?')
        return asking[0]
    if (len(clauses) == 2 and asking[-1:] == clauses[1:] and _SUPPOSING.match(fold(clauses[0]))
            and _LEANS_ON_THE_SUPPOSITION.search(fold(clauses[1]))):
        return text
    return asking[-1] if asking and len(clauses) > 1 else text


INTRODUCTION_WORDS = 10


def only_introduces_a_professional(text: str) -> bool:
    """'ik ben leerkracht', 'ik werk als pedagogisch medewerker op een kdv': one who works with the
    meldcode says who they are, and asks and tells nothing yet (the classifier, without a case or
    a question, guesses anything from 'afscheid' to a colleague suspected of abuse)."""
    return (len(text.split()) <= INTRODUCTION_WORDS and works_with_the_meldcode(text) and not asks_information(text)
            and not is_about_violence(text) and not shows_need_in_context(text) and not asks_to_be_guided(text))


# A question about something named in the sentence before it, by a pronoun: "die agent had het over een
# huisverbod. wat houdt dat precies in" found nothing (the twelfth tuning conversations). Asked with the
# name in the pronoun's place: "wat houdt een huisverbod precies in".
_NAMED_BEFORE = re.compile(r"\b(het|iets) over (een|de|het|zo n) (?P<name>[a-z]{4,})\b|"
                           r"\b(noemde|noemden|noemt|zei|zeiden|zegt|sprak|spraken) (\w+ )?(iets )?(over )?(een|de|het) "
                           r"(?P<said>[a-z]{4,})\b")
_ASKED_BY_A_PRONOUN = re.compile(r"^(en )?(wat (houdt|betekent|is|inhoudt) (dat|dit|die|zoiets|zo n)|"
                                 r"hoe (werkt|gaat) (dat|dit|die|zoiets|zo n))\b")


def with_the_name_before(text: str) -> str:
    """The asking sentence with its pronoun replaced by what the sentence before named, or the text."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) < 2:
        return text
    asked = fold(sentences[-1]).strip()
    pronoun = _ASKED_BY_A_PRONOUN.search(asked)
    named = _NAMED_BEFORE.search(fold(" ".join(sentences[:-1])))
    if not (pronoun and named):
        return text
    name = named.group("name") or named.group("said")
    return re.sub(r"\b(dat|dit|die|zoiets|zo n)\b", f"een {name}", asked, count=1)


def find_in_knowledge(search, question: str, by_meaning: bool = False, not_ours: bool = False,
                      lead: bool = True) -> Found:
    """Found from a veilig.knowledge.search.KnowledgeSearch: the entry when the top hit is
    confident, and the hits that explain enough of the question to be offered as choices.
    A question that names Veilig Thuis by an old name (AMK, SHG) is first searched with the current
    one (veilig.knowledge.old_names). When the whole message is not answered with confidence, its
    asking clause and the first of two joined questions are tried, then the
    entry with a known phrasing nearly the same as the message, then (with `by_meaning`) the one
    with a phrasing clearly closest in meaning, each only when the search agrees, and (with
    `by_meaning` and `lead`) a top hit far ahead of the others (Hit.dominant, or a smaller lead the
    meaning confirms: KnowledgeSearch.agreed_lead; chosen on single
    questions, so not for a follow-up, whose words alone miss what it asks, nor for two messages
    searched together). The meaning and the lead
    also find near neighbours of our topics ('vrijwilliger worden bij de voedselbank'), so they
    are asked only when the classifier holds the message for ours (meaning_allowed); for a question
    it holds for not ours (`not_ours`, see meaning_allowed_when_not_ours) only when the entry is
    also the nearest in meaning by far (NOT_OURS_MEANING_MIN)."""
    step = named_step_entry(question)
    if step:  # "wat doe ik in stap 5?": that step, not a tie with 'de 5 stappen van de meldcode'
        return Found(step, (step,))
    whose = whose_meldcode_entry(question)
    if whose:  # "heb ik ook een meldcode?": for whom it is compulsory, not what it is
        return Found(whose, (whose,))
    renamed = with_current_name(question)
    if renamed != question:  # 'het AMK' asks about Veilig Thuis now, unless about the organisation itself
        renamed_hits = search.search(renamed, limit=CHOICES)
        if renamed_hits and renamed_hits[0].confident and renamed_hits[0].id not in ABOUT_THE_ORGANISATION:
            return Found(renamed_hits[0].id, tuple(h.id for h in renamed_hits if h.coverage >= CHOICE_COVERAGE))
    hits = search.search(question, limit=CHOICES)
    choices = tuple(h.id for h in hits if h.coverage >= CHOICE_COVERAGE)
    if hits and hits[0].confident:
        return Found(hits[0].id, choices)
    whole = None
    part_choices: Tuple[str, ...] = ()
    asked = question_part(question)
    asked_hits: list = []
    for part in dict.fromkeys((asked, asking_sentence(question), first_question(question), with_the_name_before(question))):
        if part != question:
            part_hits = search.search(part, limit=CHOICES)
            asked_hits = part_hits if part == asked else asked_hits
            # (a part's close entries are the choices when the whole message has none: "Moet ik het haar
            # vooraf zeggen? Haar man zit altijd bij het consult" got 'ik weet niet zeker of ik u begrijp')
            part_choices = part_choices or tuple(h.id for h in part_hits if h.coverage >= CHOICE_COVERAGE)
            if not (part_hits and part_hits[0].confident):
                continue
            # A question part whose answer the whole message does not come near asks about what was
            # told, not by itself: "... mijn vader heeft mijn paspoort gepakt. moet ik me zorgen maken?"
            # is about being left abroad, not a bystander's worry (thirty-fourth session).
            # (only when the whole message's best hit explains most of it: "Als je een keer een tik op je
            # vingers krijgt ... is dat kindermishandeling?" is asked by its part)
            whole = whole if whole is not None else search.search(question, limit=PART_AGREE)
            if whole and whole[0].coverage >= PART_WHOLE_COVERAGE and part_hits[0].id not in [h.id for h in whole]:
                continue
            return Found(part_hits[0].id, tuple(h.id for h in part_hits if h.coverage >= CHOICE_COVERAGE))
    # A second opinion: a known phrasing of an entry nearly the same as the question, letter for letter.
    closest = search.closest_phrasing(question, hits) or search.identical_phrasing(question, hits)
    if not closest and not hits and asks_information(question):
        closest = search.exact_phrasing(question)  # only common words: nothing for the search to rank
    if not closest and (by_meaning or not_ours):
        closest = search.closest_in_meaning(question, hits)
        if not closest and lead and hits and not is_follow_up(question):
            closest = hits[0].id if hits[0].dominant else search.agreed_lead(question, hits)
        if (not closest and by_meaning and asked != question and asked_hits
                and not (is_follow_up(question) or is_follow_up(asked) or _ASKS_WHAT_ELSE.search(fold(asked)))):
            # the asking clause's meaning, after a story that dilutes the whole message's: "ik heb hem niet
            # eens weggeduwd. telt het dan wel als verkrachting" (the tenth tuning conversations); only an entry
            # the whole message came close to as well ("Sexting, wat je als ouder moet weten?" alone is near
            # what parents are told of a child's call)
            closest = search.closest_in_meaning(asked, asked_hits)
            closest = closest if closest in [hit.id for hit in hits] else None
        if closest and not by_meaning:
            nearest, cosine = search.nearest_in_meaning(question)
            closest = closest if nearest == closest and cosine >= NOT_OURS_MEANING_MIN else None
    if closest:
        return Found(closest, choices)
    return Found(None, choices or part_choices)


# 'Waarop moet ik nog meer letten?' after a story asks for more of what the story is about, which the
# clause alone does not name.
_ASKS_WHAT_ELSE = re.compile(r"\b(nog meer|verder nog|nog (iets|wat) anders|wat nog meer)\b")
# How far down the whole message's hits a question part's answer may stand, when the whole message's
# best hit explains at least this share of it.
PART_AGREE = 3
PART_WHOLE_COVERAGE = 0.7


# A question that names violence or the help for it is ours whatever the classifier says: "Is incest
# illegaal?" and "Wanneer belt u 112?" were held for not ours, so the meaning was not asked and they got
# the CSG's route and 'daar kan ik je niet mee helpen' (set 10 of the real questions).
_NAMES_OUR_HELP = re.compile(r"\b(112|alarmnummer|veilig thuis|meldcode|kindertelefoon|huisverbod|incest|"
                             r"aangifte|zedenpolitie|centrum seksueel geweld|vrouwenopvang)\b")


def meaning_allowed(intent: str, text: str = "") -> bool:
    """The classifier does not hold the message for small talk or not ours, or it holds it for not
    ours while it asks about violence or the help for it."""
    if intent not in SMALL_TALK_INTENTS | {OUT_OF_SCOPE}:
        return True
    return intent == OUT_OF_SCOPE and bool(text) and asks_information(text) and not is_follow_up(text) and (
        is_about_violence(text) or tells_of_sexual_violence(text) or bool(_NAMES_OUR_HELP.search(fold(text))))


def meaning_allowed_when_not_ours(intent: str, text: str) -> bool:
    """A message the classifier holds for small talk or not ours that still asks something, about
    no everyday subject (veilig.off_topic): the meaning may answer it when it is sure by far. Not
    a follow-up ('hoe lang duurt dat?', 'en voor welke leeftijd?'): alone it is near some entry
    in meaning, but what it asks depends on the conversation (actions/follow_up.py)."""
    return (not meaning_allowed(intent, text) and asks_information(text) and not is_everyday(text)
            and not is_follow_up(text))


def classifier_intent(ranking: List[dict]) -> Optional[str]:
    """The classifier's own best guess from Rasa's intent ranking (skipping nlu_fallback)."""
    for item in ranking or []:
        name = item.get("name")
        if name and name != "nlu_fallback":
            return name
    return None
