"""What the conversation so far tells about the message now.

People rarely write one message. After the first reply they answer "ja", ask "hoe lang duurt
dat?", say where they are hiding ("ik zit in de badkamer") or ask "wat moet ik doen?". Alone,
such a message is unclear or off-topic; after a route for a person in need, or after an answer,
it is not. This module reads the earlier user messages from Rasa's tracker events (plain dicts,
so it is tested without Rasa): the last route for a person in need and how many messages ago,
the entry answered before, the message before this one and the entries it came close to, and
whether the writer is a child. It keeps nothing itself: the tracker lives only as long as the
conversation.
"""
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from veilig.ban_broken import tells_of_a_broken_ban
from veilig.child import sounds_like_a_child
from veilig.danger import detect_danger
from veilig.dialogue_order import asks_information, asks_without_situation, writers_audience
from veilig.doer import done_to_the_writer_only, tells_of_own_violence
from veilig.forced_marriage import tells_of_forced_marriage
from veilig.meldcode.profession import detect_profession, speaks_as_professional, works_with_the_meldcode
from veilig.need import shows_need
from veilig.older import OLDER_MONEY_ENTRY, tells_of_money
from veilig.rasa_entities import ANSWERED_ENTRY, CHOICE_ENTITY, FOUND_ENTITY, OFFERED_ENTRIES
from veilig.reporting_question import names_reporting
from veilig.sexual_violence import done_to_the_writer, tells_of_sexual_violence
from veilig.text import fold
from veilig.worry import is_about_violence

# The route each decided intent gives a person in need (the same routes as knowledge/routes.yml).
ROUTE_OF_INTENT = {"acuut_gevaar": "acuut", "zorgen_omstander": "omstander", "slachtoffer": "slachtoffer",
                   "kind_jongere": "kind", "pleger": "pleger", "ouderen": "ouderen",
                   "seksueel_geweld": "seksueel_geweld"}
# A professional's questions: "moet ik de ouders bellen?" after "ik ben leerkracht" is the meldcode's.
MELDCODE_INTENTS = frozenset({"meldcode_vraag", "meldcode_doorlopen"})
# What someone on a route can do next: the entry answered when they ask "wat moet ik doen?".
ADVICE_ENTRY = {"omstander": "zorgen-als-omstander", "slachtoffer": "hulp-als-je-zelf-slachtoffer-bent",
                "kind": "hulp-voor-kinderen-en-jongeren", "pleger": "hulp-voor-plegers",
                "ouderen": "zorgen-als-omstander", "seksueel_geweld": "hulp-na-seksueel-geweld"}
# On the older people's route the writer may be the one hurt or the carer who cannot go on, not a
# bystander (twenty-second session's probe: "ik ben 78 en mijn zoon pakt mijn bankpas af", then "wie
# kan mij helpen met mijn geldzaken", got "praat met de volwassene, met het kind").
OLDER_VICTIM_ENTRY = "hulp-als-je-zelf-slachtoffer-bent"
CARER_RESPITE_ENTRY = "respijtzorg"
_CARER = re.compile(r"\b(mantelzorg\w*|ik zorg (al \w+ \w+ )?(voor|dag en nacht)|verzorg ik|ik ben op\b|"
                    r"(kan|trek) (het|de zorg) niet meer)")


def advice_entry(route: Optional[str], told: str) -> Optional[str]:
    """The entry answered when someone on this route asks "wat moet ik doen?"."""
    folded = fold(told or "")
    if route == "ouderen" and done_to_the_writer_only(told) and not tells_of_own_violence(told):
        return OLDER_MONEY_ENTRY if tells_of_money(folded) else OLDER_VICTIM_ENTRY
    if route == "ouderen" and _CARER.search(folded):
        return CARER_RESPITE_ENTRY
    return ADVICE_ENTRY.get(route or "")


# "het is bij mij vorige week gebeurd" a moment after answers about rape: the writer's own route now,
# the Centrum Seksueel Geweld's after entries on sexual violence, else the victim's (the child's
# for a child).
_HAPPENED_TO_ME = re.compile(
    r"^(en |maar )?((het|dat|dit) (is|was) (bij )?(mij|me) (ook )?(\w+ ){0,3}(gebeurd|overkomen)|"
    r"(bij )?(mij|me) (is|was) (het|dat|dit) (ook )?(\w+ ){0,3}(gebeurd|overkomen)|"
    r"ik heb (dat|dit|het) (ook )?(\w+ ){0,3}meegemaakt|(dat|dit|het) (gebeurt|gebeurde) (bij )?(mij|me) ook)\b")
_SEXUAL_VIOLENCE_ENTRY = re.compile(r"seksue|verkracht|aanrand|grooming|sexting|zeden")
HAPPENED_WORDS = 10
HAPPENED_ENTRIES = 3  # the answers before that count for what it was


def route_for_what_happened(text: str, context: "Context") -> Optional[str]:
    """The writer's own route when, after answers and no route yet, they say it happened to them."""
    folded = fold(text)
    if context.route or not context.entries or len(folded.split()) > HAPPENED_WORDS:
        return None
    if not _HAPPENED_TO_ME.search(folded):
        return None
    if any(_SEXUAL_VIOLENCE_ENTRY.search(entry) for entry in context.entries[-HAPPENED_ENTRIES:]):
        return "seksueel_geweld"
    return "kind" if context.child else "slachtoffer"


# A child who cannot call or asks to chat; one whose words only sound like a child's on an adult's route
# gets Veilig Thuis's chat.
CHILD_CHAT_ENTRY = "chatten-met-de-kindertelefoon"
ADULT_CHAT_ENTRY = "chatten-met-veilig-thuis"
# The routes of people in need an adult may be on (a child's words alone do not make them a child's).
ADULT_ROUTES = frozenset({"omstander", "slachtoffer", "ouderen", "pleger"})
# A route counts for this many of the person's later messages; acute danger for fewer, as
# danger passes or gets told again.
ROUTE_LOOKBACK = 6
ACUTE_LOOKBACK = 2
_KNOWLEDGE_ENTITIES = (FOUND_ENTITY, "kennis_id")

_ASKS_WHAT_TO_DO = re.compile(
    r"\b(wat (moet|kan|kun|zal|moeten|kunnen) (ik|we|wij) (nu |dan |hier |daar |eraan |ertegen |daartegen |er |morgen |straks |vandaag |daarna )*"
    r"(aan |tegen )?doen|"
    r"wie kan (mij|me|ons) (nu |dan )?helpen|wat (nu|moet ik nu)|hoe (nu|moet het nu) verder|"
    # "ik weet niet wat ik moet doen" (the verb last) a moment after the route: that route's help
    r"(weet|snap) (echt |gewoon )?niet (meer )?wat (ik|we) (nu |dan )?(moet|kan|moeten|kunnen|zal) (\w+ )?(doen|beginnen)|"
    # "hoe kom ik hier uit" a moment after the route: that route's help
    r"hoe kom (ik|we|je) (hier|er|daar) ?(uit|vanaf|van af|onderuit)|hoe kom ik (van hem|van haar) af|"
    r"help (mij|me)|wat raad (je|jij) (me|mij) aan|wat (is|zijn) (nu )?(de )?(volgende )?stap(pen)?|"
    # "ik wil hulp" a moment after the route: that route's help
    r"ik (wil|zoek) (graag |echt )?hulp|ik heb (\w+ )?hulp nodig|"
    # "ik wil dat niet meer" a moment after the pleger's route: that route's help
    r"ik wil (dat|dit|het) (echt )?niet meer( doen)?$|ik wil (echt )?veranderen|"
    # "waar kan ik hulp krijgen" a moment after the route: that route's help
    r"waar (kan|kun|moet) (ik|je|we) (\w+ ){0,2}hulp (krijgen|vinden|vragen|halen)|waar vind ik hulp|"
    r"waar (kan|kun|moet) (ik|we) (heen|naartoe|terecht) (voor|met) hulp|"
    # "wat voor hulp is er voor mij" a moment after the pleger's route: that route's help
    r"(wat voor|welke) hulp (is er|bestaat er|krijg ik|kan ik krijgen)( (dan|nu|eigenlijk))?( voor (mij|me|ons))?$|"
    r"is er (ook |wel |dan )?hulp voor (mij|me|ons)|"
    # "moet ik het melden?" after telling of the neighbours: what to do, asked about reporting
    r"(moet|moeten) (ik|we|wij) (het|dat|dit|iets|hem|haar|ze) (\w+ )?(melden|doorgeven|aangeven|doen))\b")


# "wie kan ik bellen", "welk nummer moet ik bellen", "kan dat ook 's nachts" a moment after a route:
# its number line answers (it says whom to call, free, day and night).
_ASKS_WHOM_TO_CALL = re.compile(
    r"\b(wie (kan|kun|moet|moeten|kunnen) (ik|we|wij|je) (dan |nu |het beste? |beter )?(bellen|mailen|appen|inschakelen)|"
    r"welk (tel |telefoon)?nummer|waar (kan|kun|moet) (ik|we|je) (dan |nu )?(naartoe )?bellen|"
    r"wat is (het|hun|jullie) (tel |telefoon)?nummer|"
    # asked again: "wat was dat nummer ook alweer" a moment after the CSG's route (fortieth session's
    # set 11: a choice of topics)
    r"wat (was|is) (dat|dit|dat andere|het|hun|dat eerste) (tel |telefoon)?nummer( ook)?( alweer| weer| nou| nog)?|"
    r"(dat|het|hun) (tel |telefoon)?nummer (nog een keer|nog eens|nog 1 keer|ook alweer|opnieuw))\b")
_ASKS_WHEN_TO_CALL = re.compile(
    r"\b(kan|kun|is) (dat|dit|het|die|ze|je|ik|die lijn) (ook |dan )*(s nachts|in het weekend|op zondag|altijd|24 uur|nu)"
    r"( (bellen|open|bereikbaar))?\b")


# "wat gebeurt er daarna" a moment after a route with Veilig Thuis's number: what happens when you
# call, or after a melding when the conversation spoke of one ("ik wil een melding doen over mijn buren").
_WHAT_HAPPENS_NEXT = re.compile(
    r"^(en |maar )?(wat gebeurt er|wat doen ze|wat doet (veilig thuis|vt|die|zij|ze)|wat gaat er (dan )?gebeuren|"
    r"hoe gaat (dat|het) (dan |daarna )?(verder|in zn werk|in zijn werk))"
    r"( (dan|daarna|daarmee|vervolgens|nu|als ik bel|als ik gebeld heb|na het bellen|na (een|de|mijn) melding|"
    r"als ik het vertel|met (dat|het|die|dit|de|zo n) (gezin|familie|ouders|buren)))*\s*\??$")
# ("wat doen ze dan met dat gezin?" a moment after whether the neighbours hear who called: what
# happens after a melding, which is when the family is spoken with; thirty-fourth session's fifth
# tuning conversations)
_THE_FAMILY = re.compile(r"\bmet (dat|het|die|dit|de|zo n) (gezin|familie|ouders|buren)\b")
NEXT_AFTER_CALLING = "wat-gebeurt-er-als-je-veilig-thuis-belt"
NEXT_AFTER_REPORTING = "na-een-melding-bij-veilig-thuis"
VEILIG_THUIS_ROUTES = frozenset({"omstander", "slachtoffer", "ouderen", "pleger"})


# A child asking it after the Kindertelefoon's route: what happens when you tell (help at home, mostly).
NEXT_AFTER_TELLING = "wat-gebeurt-er-als-je-het-vertelt"


def what_happens_next_entry(text: str, route: Optional[str], before: str = "") -> Optional[str]:
    """The entry for 'wat gebeurt er daarna' after a Veilig Thuis route or a child's, or None."""
    if route == "kind" and _WHAT_HAPPENS_NEXT.search(fold(text).strip()):
        return NEXT_AFTER_TELLING
    if route not in VEILIG_THUIS_ROUTES or not _WHAT_HAPPENS_NEXT.search(fold(text).strip()):
        return None
    reporting = names_reporting(f"{before} {text}") or _THE_FAMILY.search(fold(text))
    return NEXT_AFTER_REPORTING if reporting else NEXT_AFTER_CALLING


# "is dat normaal?", "mag hij dat?" from a child a moment after telling of being hit or hurt at home:
# no, and whom to tell (a child witnessing a fight is answered by the search, not by this).
_ASKS_IF_NORMAL = re.compile(
    r"^(en |maar )?(is (dat|dit|het) (dan |wel |ook |eigenlijk )*(normaal|erg|oke|ok|goed|verboden|toegestaan|mishandeling|"
    r"misbruik)"
    r"( in een relatie)?|"
    r"mag (dat|dit|hij|ze|zij|die|mijn (vader|moeder|papa|mama|ouders)|mn (vader|moeder|papa|mama))( dat| dit| mij| me)?"
    r"( (zomaar|gewoon|wel|eigenlijk|eigelijk|eigelek))*( doen| slaan)?"
    # "mag dat eigelijk wel van een papa" (thirty-fourth session's fifth tuning conversations)
    r"( van (een|je|jouw|mijn|mn|de) (papa|mama|vader|moeder|ouder|ouders|stiefvader|stiefmoeder))?|"
    r"telt (dat|dit) (ook|wel|eigenlijk))\s*\??$")
_HURT_AT_HOME = re.compile(r"\b(sla|slaat|slaan|sloeg\w*|geslagen|klap\w*|schop\w*|pijn|scheld\w*|uitgescholden|"
                           r"duw\w*|knijp\w*|riem|slipper|mishandel\w*)\b")
IS_IT_NORMAL = "is-het-normaal-dat-je-ouders-je-slaan"
# Told of sexual things done to the child ("mn oom komt 's nachts op mn kamer en doet dingen die ik
# niet wil", "hij zegt dat het ons geheimpje is"): 'mag hij dat?' got "ik begrijp niet".
IS_IT_ALLOWED_SEXUALLY = "mag-iemand-seksuele-dingen-met-je-doen"
_SEXUAL_TO_THE_CHILD = re.compile(
    r"\b((zit|zat|zitten|gezeten) (\w+ ){0,2}aan (me|mij|mijn)|(doet|deed|doen) (\w+ ){0,2}dingen (\w+ ){0,3}die ik niet wil|"
    r"geheimpje|aan mijn (plassertje|piemel|borsten|kruis|billen)|betast\w*|misbruik\w*|verkracht\w*)\b")


# A teenager's boyfriend who controls ("mn vriend wil altijd weten waar ik ben en checkt mn telefoon",
# "ik mag niet met mn vriendinnen afspreken"): 'is dat normaal?' got the menu.
TEEN_CONTROL = "geweld-in-tienerrelaties"
ADULT_CONTROL = "intieme-terreur"
_CONTROLLING_PARTNER = re.compile(r"\b(vriend|vriendje|vriendin|verkering|relatie)\b.*\b(checkt|controleert|kijkt in|"
                                  r"wachtwoord\w*|wil (altijd )?weten waar|niet (\w+ ){0,3}(afspreken|praten)|mag niet)\b")
_TEEN = re.compile(r"\b(ik ben|ik) 1[0-7]\b|\b(verkering|vriendje|school|klas)\b")


FORCED_MARRIAGE_RIGHTS = "rechten-bij-huwelijksdwang"


def child_asks_if_normal_entry(text: str, route: Optional[str], before: str = "") -> Optional[str]:
    """The entry for 'is dat normaal?' from a child after telling of being hurt at home, or from a
    teenager after telling of a controlling boyfriend or girlfriend; None otherwise."""
    # (the question first and what he says after it: "mag hij dat? hij zegt dat het straf is")
    # (or told first: "ze zegt dat hij alleen aan haar zit en verder niks. is dat dan ook misbruik?")
    question = text.split("?")[0]
    parts = (text, question, re.split(r"[.!]\s+", question.strip())[-1])
    if not any(_ASKS_IF_NORMAL.search(fold(part).strip()) for part in dict.fromkeys(parts)):
        return None
    told = fold(before)
    if route in ("kind", "slachtoffer") and _CONTROLLING_PARTNER.search(told):
        # (an adult's: that a pattern of control is partner violence, veilig/coercive_control.py)
        return TEEN_CONTROL if route == "kind" or _TEEN.search(told) else ADULT_CONTROL
    if route != "kind":
        return None
    if tells_of_forced_marriage(before):
        # "mag dat eigenlijk? ik ben niet eens 18" after being told to marry a cousin this summer (and hit):
        # the law on forced marriage, not whether parents may hit (thirty-fifth session's sixth tuning conversations)
        return FORCED_MARRIAGE_RIGHTS
    if _SEXUAL_TO_THE_CHILD.search(told) or tells_of_sexual_violence(before):
        return IS_IT_ALLOWED_SEXUALLY
    return IS_IT_NORMAL if _HURT_AT_HOME.search(told) else None


# "nu", "het gaat nu mis", "ik sta op ontploffen" a moment after the pleger's route: it is now.
_IT_IS_NOW = re.compile(
    r"^(ja |nee )?(nu|nou|nu al|nu nu|het is nu|nu meteen|op dit moment|nu ja|ja nu|"
    r"(het )?(gaat|loopt) (nu|bijna) mis|ik (sta|ben) (nu |bijna )?(op )?(ontploffen|te ontploffen)|"
    r"ik (ben|word) (nu )?(zo |heel |echt )?(boos|woedend|kwaad)( nu)?|ik hou het (nu )?niet meer)\s*[!.?]*$")


def it_is_now(text: str) -> bool:
    return bool(_IT_IS_NOW.search(fold(text).strip()))


# A young person who does not want the Kindertelefoon ("ik wil niet naar de kindertelefoon ik ben geen
# kind meer"): the same line again helps no one.
_NOT_THE_KINDERTELEFOON = re.compile(
    r"\b(ik ben geen kind( meer)?|"
    r"(wil|ga|hoef) (\w+ ){0,2}niet (naar|bellen met|met) de kindertelefoon|"
    r"(niet|geen zin in|hoef geen) (de )?kindertelefoon|kindertelefoon is (voor|toch voor) (kleine )?kinderen)\b")


def refuses_the_kindertelefoon(text: str) -> bool:
    return bool(_NOT_THE_KINDERTELEFOON.search(fold(text)))


def asks_whom_to_call(text: str) -> bool:
    return bool(_ASKS_WHOM_TO_CALL.search(fold(text)))


# The number of a service named, asked for: "wat was het nummer van dat centrum ook alweer" a few answers
# after the CSG (fortieth session: the police's number). The route whose first line gives that number.
_SERVICE_ROUTES = ((re.compile(r"\b(centrum|csg)\b"), "seksueel_geweld"), (re.compile(r"\bkindertelefoon\b"), "kind"))


def route_of_the_service_named(text: str) -> Optional[str]:
    """For a message asking for a number: the route whose number line gives the service it names."""
    folded = fold(text or "")
    if not asks_whom_to_call(text):
        return None
    return next((route for pattern, route in _SERVICE_ROUTES if pattern.search(folded)), None)


def asks_when_to_call(text: str) -> bool:
    """'kan dat ook 's nachts': after a route its number line answers; after an answer, that answer's
    opening hours (veilig/follow_up_aspects.py)."""
    return bool(_ASKS_WHEN_TO_CALL.search(fold(text)))


def asks_what_to_do(text: str) -> bool:
    """'wat moet ik doen?', 'wie kan me helpen', 'hoe nu verder': a question of what next."""
    return bool(_ASKS_WHAT_TO_DO.search(fold(text)))


# A fear of what is coming, told: "ik ben bang dat ze me daar achterlaten" (after a forced marriage
# told) asks what can be done about it, when the search is sure of an entry (thirty-second session).
_AFRAID_THAT = re.compile(r"\b(ik|k) ben (\w+ )?(bang|doodsbang|als de dood) (dat|om)\b")


def tells_a_fear_of_what_comes(text: str) -> bool:
    return bool(_AFRAID_THAT.search(fold(text or "")))


_FIRST_PERSON = re.compile(r"\b(ik|k|mij|me|mijn|mn|m n|wij|we|ons|onze)\b")


# What it is called: "heeft dat wat hij doet een naam?" after money withheld (thirty-fourth session's
# fifth tuning conversations); the closest entry for both messages names it, sure or not.
_ASKS_ITS_NAME = re.compile(r"^(en )?(heeft|is er) (dat|dit|het|zoiets) (\w+ ){0,4}(een naam|een woord|een term)( voor)?\b|"
                            r"^(en )?hoe (heet|noem je|noemen ze|noemen jullie) (dat|dit|zoiets)\b")


def asks_its_name(text: str) -> bool:
    return bool(_ASKS_ITS_NAME.search(fold(text or "")))


def tells_something_new(route: str, text: str) -> bool:
    """Whether a message guessed as `route` may change the route the conversation is on: it tells
    of violence itself, or it is a child's. A short reply ("wie kan mij helpen", "hij hoort alles
    als ik bel") keeps the earlier route, whatever audience the classifier guesses for it; the
    route actions do the same (actions/routes.py)."""
    if route == "kind" and not sounds_like_a_child(text) and not _FIRST_PERSON.search(fold(text)):
        # "haar stiefvader schreeuwt altijd" after "ik maak me zorgen om mijn nichtje": more about the
        # child the bystander worries about, not a child writing.
        return False
    if asks_its_name(text):
        # "heeft dit een naam, wat ik doe? ik ben toch geen mishandelaar" from a carer who pulled her husband's
        # arm asks about what was told (the eleventh tuning conversations: the victim's route)
        return False
    return is_about_violence(text) or (route == "kind" and sounds_like_a_child(text))


@dataclass(frozen=True)
class Context:
    route: Optional[str] = None          # the last route for a person in need, if recent enough
    messages_since_route: int = 0        # 1: the route was for the message right before this one
    previous_entry: Optional[str] = None  # the entry answered or clicked before this message
    entries: Tuple[str, ...] = ()        # the entries answered or clicked before, oldest first
    previous_text: Optional[str] = None  # the person's message before this one (not a button)
    previous_choices: Tuple[str, ...] = ()  # the entries that message came close to, when not answered
    child: bool = False                  # an earlier message sounded like a child, or got the child route
    professional: bool = False           # an earlier message said the writer works with the meldcode, or got its answer
    ban_broken: bool = False             # the message that got 112 told of a house or contact ban broken now
    told: str = ""                       # the person's typed messages in the route's window, joined
    shown: Tuple[str, ...] = ()          # the entries the bot answered with before (not only found), oldest first
    hurt: bool = False                   # an earlier message got the route of one hurt and told it was done to the writer

    @property
    def acute(self) -> bool:
        return self.route == "acuut" and self.messages_since_route <= ACUTE_LOOKBACK


def _turns(events: List[Dict]) -> List[Tuple[Dict, Tuple[str, ...]]]:
    """Each user event still in the conversation, with the entries the bot answered it with (the
    id in a bot message's metadata, actions/send.py). A fallback's rewind takes an unclear message
    back; one the fallback answered with an entry, or that told the danger passed, stays, so what
    follows can lean on it ("als ik naar de politie ga word ik dan zelf opgepakt?" after the answer
    on being forced to sell drugs, which the fallback gave: twenty-sixth session's probe). Rasa's own
    policies forget it either way."""
    turns: List[Tuple[Dict, List[str]]] = []
    for event in events or []:
        kind = event.get("event")
        if kind == "user":
            turns.append((event, []))
        elif kind == "bot" and turns and (event.get("metadata") or {}).get(ANSWERED_ENTRY):
            turns[-1][1].append(event["metadata"][ANSWERED_ENTRY])
        elif kind == "rewind" and turns and not turns[-1][1] and not tells_the_danger_is_over(turns[-1][0].get("text") or ""):
            # (news that the danger passed stays: "politie is geweest en weer weg. nu is het stil", taken back
            # by the fallback, left the next question on 112's lines, the twelfth tuning conversations)
            turns.pop()
        elif kind == "restart" or kind == "session_started":
            turns = []
    return [(message, tuple(answered)) for message, answered in turns]


def _offered_after_last_typed(events: List[Dict]) -> Tuple[str, ...]:
    """The entries offered as a choice of topics (actions/send.py) in the reply to the person's last
    typed message before the latest: "dus ze komen er echt niet achter dat ik het was?" leans on the
    topics of anonymous reporting the bot offered a moment ago, which the message before alone had
    not found. A route's buttons are no such offer."""
    offered: Tuple[str, ...] = ()
    events = events or []
    latest = max((index for index, event in enumerate(events) if event.get("event") == "user"), default=len(events))
    for event in events[:latest]:
        kind = event.get("event")
        if kind in ("restart", "session_started") or (kind == "user" and not (event.get("text") or "").startswith("/")):
            offered = ()
        elif kind == "bot" and (event.get("metadata") or {}).get(OFFERED_ENTRIES):
            offered = tuple(event["metadata"][OFFERED_ENTRIES])
    return offered


def _taken_back(events: List[Dict]) -> List[str]:
    """The texts of this session's user messages that a fallback's rewind took back."""
    texts: List[str] = []
    last: Optional[str] = None
    for event in events or []:
        kind = event.get("event")
        if kind == "user":
            last = event.get("text") or ""
        elif kind == "rewind" and last is not None:
            texts.append(last)
            last = None
        elif kind in ("restart", "session_started"):
            texts, last = [], None
    return [text for text in texts if not text.startswith("/")]


def route_after_a_danger_guess(ranking: List[str], text: str, child_allowed: bool = True) -> Optional[str]:
    """The route of the classifier's best guess of a person in need after a guess of 'danger now'
    that the danger check did not confirm (the route actions give it, and the conversation
    remembers the same). A child ("papa is dronken en gooit met dingen") gets the Kindertelefoon,
    and the CSG only comes for a message that tells of sexual violence, as in the decision order."""
    if works_with_the_meldcode(text) and not (done_to_the_writer_only(text) or tells_of_own_violence(text)):
        # "ik ben bso medewerker en een kind zegt dat mama hem opsluit in de kast": the
        # meldcode's route, not the Kindertelefoon that the child's words in it would give.
        return "meldcode"
    if sounds_like_a_child(text):
        return "kind"
    # The pleger's route only for one who tells of their own violence: "help snel" and "mn
    # moeders vriend heeft mn moeder tegen de muur gegooid" had it as the next guess, and got
    # "ga even weg uit de situatie" meant for the one who hits. Without another guess, the
    # acute route itself. Nor a child's route in a conversation that showed no child so far.
    guess = next((name for name in ranking
                  if name in ROUTE_OF_INTENT and name != "acuut_gevaar"
                  and (name != "kind_jongere" or child_allowed)
                  and (name != "seksueel_geweld" or tells_of_sexual_violence(text))
                  and (name != "pleger" or tells_of_own_violence(text))), None)
    writer = writers_audience(guess, text) if guess else None
    return ROUTE_OF_INTENT.get(writer[0] if writer else guess or "")


def _route_of(event: Dict) -> Optional[str]:
    parse = event.get("parse_data") or {}
    intent = (parse.get("intent") or {}).get("name")
    ranking = [item.get("name") for item in parse.get("intent_ranking") or [] if item.get("name") != "nlu_fallback"]
    text = event.get("text") or ""
    signal = detect_danger(text) if intent == "acuut_gevaar" and not text.startswith("/") else None
    if intent == "acuut_gevaar" and not text.startswith("/") and (signal is None or signal.habitual):
        # The classifier said danger for a story without danger now, or for violence told as a
        # habit ("ik hoor elke nacht klappen bij de buren"): the person got 112 first and then the
        # route of the next guess as actions/routes.py gives it, which is their route (not the
        # pleger's route that one who was locked in never got).
        route = route_after_a_danger_guess(ranking, text)
        if route is None and signal is None and asks_information(text):
            # a question guessed as danger without any sign of it ("pakken ze hem nu van me af?" from a parent a
            # moment after the baby was taken to hospital) got 112's lines for the next two questions (the twelfth
            # tuning conversations): the route before stays
            return None
        return None if route == "meldcode" else route or "acuut"
    if intent in ROUTE_OF_INTENT:
        return ROUTE_OF_INTENT[intent]
    if intent in MELDCODE_INTENTS:
        return None  # the decision order made it the meldcode's ("ik werk bij de thuiszorg"): no resident's route
    # An answer from the knowledge base to a person in need: the classifier's own guess, with a sign.
    guess = ranking[0] if ranking else None
    # As the answer's number line corrected it (actions/turn.py): "de politie heeft mijn man een
    # huisverbod gegeven" guessed pleger got the victim's line, so a ban broken after it is hers.
    writer = writers_audience(guess, text) if guess and not text.startswith("/") else None
    guess = writer[0] if writer else guess
    if guess == "pleger" and not tells_of_own_violence(text):
        return None
    if (guess in ROUTE_OF_INTENT and guess != "acuut_gevaar" and not text.startswith("/") and shows_need(text)
            and not asks_without_situation(text)):
        return ROUTE_OF_INTENT[guess]
    return None


def _guessed_route(event: Dict) -> bool:
    """The message got a knowledge answer, its route only the classifier's guess (_route_of)."""
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name") not in ROUTE_OF_INTENT


# The danger told a moment ago has passed: "hij is weg", "de politie is geweest", "het is nu rustig".
# Not when danger is told again in the same message ("hij is weg maar komt terug met een mes").
_DANGER_OVER = re.compile(
    r"\b((hij|zij|ze|die|mijn \w+) is (nu |eindelijk |net )?(weg|vertrokken|weggegaan|weggereden|opgepakt|meegenomen|"
    r"gearresteerd)|is (nu )?(weer )?weg$|(de )?politie is (er|geweest|gekomen|hier|net weg)|(de )?politie was (er|hier)|"
    # "ze hebben hem eindelijk meegenomen", "ze nemen hem mee" (the sixth and seventh tuning conversations)
    r"(ze|zij|de politie|politie|agenten) (hebben|heeft|nemen|neemt) (hem|haar) (nu |net |eindelijk |toch )?"
    r"(meegenomen|mee|opgepakt|gearresteerd|afgevoerd)|"
    # "ze zijn geweest en hebben hem mee genomen" (the twelfth tuning conversations: 112's lines again)
    r"(de politie|politie|agenten) (zijn|is) (er )?(geweest|gekomen)|(ze|zij) zijn (er )?(geweest|gekomen)( en "
    r"(hebben|heeft) (hem|haar) (\w+ )?(meegenomen|mee genomen|opgepakt|gearresteerd)|(?=\s*([.,!]|$)))|"
    r"het is (nu |weer |nu weer )?(rustig|voorbij|over)|(het )?gevaar is (voorbij|geweken|weg)|"
    # "de ambulance is er" (the twelfth tuning conversations: a baby shaken)
    r"(de )?ambulance (is|was) (er|hier|gekomen|geweest)|"
    r"(ik ben|we zijn|wij zijn) (nu |weer )?(veilig|in veiligheid)|"
    # "ik ben buiten, zit in een taxi naar huis" a moment after 112 (the eighth tuning conversations)
    r"(ik ben|we zijn|wij zijn) (nu |al |eindelijk )?(buiten|eruit|ontsnapt)|"
    r"(ik zit|we zitten|wij zitten|zit) (nu |al )?in (een|de) (taxi|auto|bus|trein) naar|"
    # "ok er staat nu politie voor de deur" (the ninth tuning conversations)
    r"(er )?(staat|staan) (nu |al )?(de )?(politie|agenten) (voor de deur|aan de deur|bij (ons|haar|hen|hun)|hier|binnen)|"
    r"(de )?(politie|agenten) (staat|staan|is|zijn) (nu |al )?(voor de deur|aan de deur|binnen|bij (ons|haar|hen|hun)))\b")


def tells_the_danger_is_over(text: str) -> bool:
    detected = detect_danger(text)
    return bool(_DANGER_OVER.search(fold(text).strip())) and not (detected and detected.strong)


# A threat or blows aimed at the writer: "hij schreeuwt dat ie me gaat afmaken", "hij slaat me".
_AT_THE_WRITER = re.compile(
    r"\b((me|mij) (\w+ ){0,2}(afmaken|vermoorden|doodmaken|dood maken|pakken|slaan|iets aandoen|aan te doen|"
    r"dood te maken|af te maken|te vermoorden)|(slaat|schopt|wurgt|bedreigt|duwt|stompt|trapt) (me|mij))\b")


def _route_after_danger(event: Dict) -> str:
    """The route for a person whose danger has passed: one threatened or hurt themselves keeps a
    victim's (a child's) route (the seventh tuning conversations: "ze nemen hem mee" after "hij
    schreeuwt dat ie me gaat afmaken" got a bystander's), else the classifier's next guess of a
    person in need for the message that told of the danger ('de buurman slaat zijn vrouw nu': a
    bystander), else a victim's."""
    text = event.get("text") or ""
    if done_to_the_writer_only(text) or _AT_THE_WRITER.search(fold(text)):
        return "kind" if sounds_like_a_child(text) else "slachtoffer"
    parse = event.get("parse_data") or {}
    ranking = [item.get("name") for item in parse.get("intent_ranking") or []]
    return next((ROUTE_OF_INTENT[name] for name in ranking if name in ROUTE_OF_INTENT and name != "acuut_gevaar"),
                "slachtoffer")


def _entry_of(event: Dict) -> Optional[str]:
    entities = (event.get("parse_data") or {}).get("entities") or []
    return next((e.get("value") for e in entities if e.get("entity") in _KNOWLEDGE_ENTITIES), None)


def _found_for(message: Dict) -> Tuple[str, ...]:
    found = _entry_of(message)
    return (found,) if found else ()


# The routes of residents a professional's follow-up may be taken for; never 112's or the CSG's.
RESIDENT_ROUTES = frozenset({"kind", "omstander", "slachtoffer", "ouderen", "pleger"})


def speaks_as_the_professional_still(text: str) -> bool:
    """A message after a professional's that tells of no violence to the writer or of their own,
    and does not sound like a child: still the professional speaking."""
    return not (text.startswith("/") or done_to_the_writer_only(text) or done_to_the_writer(text)
                or tells_of_own_violence(text) or sounds_like_a_child(text))


def _speaks_as_professional(event: Dict) -> bool:
    text = event.get("text") or ""
    intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
    # (a child the classifier took for a professional, "mn stiefvader zegt dat het ons geheimpje is",
    # stays a child: the meldcode's action gave the child's route)
    # ("pedagogisch medewerker kdv. een peuter zei 'papa doet pijn bij mijn plassertje'": a role
    # signed and a toddler's words quoted; the next message got "Ben je een kind of jongere?")
    return not text.startswith("/") and (speaks_as_professional(text) or (intent in MELDCODE_INTENTS and (
        not sounds_like_a_child(text) or detect_profession(text) is not None)))


# The routes of one who told it was done to them; a meldcode guess later in that conversation
# ("kan dat nu nog gemeld worden of is het te laat" after "mn opa zat aan me toen ik klein was")
# is theirs, not a professional's, unless the message itself shows one (thirtieth session).
# (112's route too when the danger told was done to the writer: "hij heeft me net tegen mn buik geschopt")
_ROUTES_OF_THE_ONE_HURT = frozenset({"slachtoffer", "kind", "seksueel_geweld", "acuut"})


def told_hurt(earlier: List[Dict]) -> bool:
    """An earlier message got the route of one hurt and told it was done to the writer."""
    return any(_route_of(event) in _ROUTES_OF_THE_ONE_HURT
               and (done_to_the_writer(event.get("text") or "") or done_to_the_writer_only(event.get("text") or ""))
               for event in earlier)


def context_of(events: List[Dict]) -> Context:
    """The context for the latest user message, from the messages before it."""
    turns = _turns(events)[:-1]
    earlier = [message for message, _ in turns]
    route, since = None, 0
    window = earlier[-ROUTE_LOOKBACK:]
    # The child's route given, not only guessed: "krijg ik nu een strafblad als ik hulp vraag" after
    # the pleger's route was guessed a child's, answered from the knowledge base, and made the man a
    # child for the rest of the conversation (twenty-third session's probe).
    child_route = any(_route_of(e) == "kind" for e in earlier[:-ROUTE_LOOKBACK])
    acute_event = None
    first_professional = next((index for index, event in enumerate(earlier) if _speaks_as_professional(event)
                               and (speaks_as_professional(event.get("text") or "") or not told_hurt(earlier[:index]))),
                              None)
    for index, event in enumerate(window):
        found = _route_of(event)
        if found == "pleger" and child_route and not tells_of_own_violence(event.get("text") or ""):
            # "mijn vader gooide gisteren een bord naar mijn moeder" from a child of 13, guessed a
            # pleger's, got the child's route (actions/routes.py): the child's, not the pleger's, for
            # the next message (twenty-fourth session's probe: "wat moet ik doen als het vannacht
            # weer gebeurt" got "ga even weg uit de situatie", help for those who use violence)
            found = "kind"
        if found == "kind" and route == "pleger" and _guessed_route(event) and not sounds_like_a_child(event.get("text") or ""):
            # "kan ik bellen zonder mijn naam te zeggen? ben bang dat ze me dan meteen komen oppakken"
            # from a man who pushed his wife, answered from the knowledge base with a child's guess,
            # made him a child: his next question got "wat thuis gebeurt is niet jouw schuld"
            # (thirty-seventh session's eighth tuning conversations)
            found = None
        if (found in RESIDENT_ROUTES and route is None and first_professional is not None
                and len(earlier) - len(window) + index > first_professional
                and speaks_as_the_professional_still(event.get("text") or "")):
            # "een collega pakt kinderen hardhandig aan" after "ik werk bij de kinderopvang" got the
            # meldcode's answer (actions/routes.py), not a bystander's route: none to return to.
            found = None
        # (a message telling the danger passed may itself be guessed as danger: "politie is geweest en weer weg. nu
        # is het stil" kept the next question on 112's lines, the twelfth tuning conversations)
        over = acute_event is not None and tells_the_danger_is_over(event.get("text") or "")
        if found and not (found == "acuut" and over) and (
                route is None or found == "acuut" or tells_something_new(found, event.get("text") or "")):
            route, since = found, len(window) - index
            child_route = child_route or found == "kind"
            acute_event = event if found == "acuut" else None
        elif over and acute_event is not None:
            # "hij is weg" after the danger: what next is the route's question now, not 112 again
            route, since, acute_event = _route_after_danger(acute_event), len(window) - index, None
    # What the bot answered each message with ("hoe lang duurt dat?" got the huisverbod from the
    # conversation, which the message alone did not find); else what the decision order found for it.
    entries = tuple(entry for message, answered in turns for entry in answered or _found_for(message))
    previous_entry = entries[-1] if entries else None
    typed_events = [e for e in earlier if not (e.get("text") or "").startswith("/")]
    typed = [e.get("text") or "" for e in typed_events]
    previous_text = typed[-1] if typed else None
    previous_choices = tuple(e.get("value") for e in (typed_events[-1].get("parse_data") or {}).get("entities") or []
                             if e.get("entity") == CHOICE_ENTITY) if typed_events else ()
    previous_choices = _offered_after_last_typed(events) or previous_choices
    # A professional's words about a pupil ("juf hier. leerling (9) zegt dat papa ...") are no child's.
    # (also a message a fallback took back: "mn stiefvader zegt dat het ons geheimpje is" was
    # answered, then forgotten, and the next message got an adult's route)
    child = first_professional is None and (any(sounds_like_a_child(text) for text in typed + _taken_back(events))
                                            or child_route)
    professional = not child and first_professional is not None
    ban_broken = acute_event is not None and tells_of_a_broken_ban(acute_event.get("text") or "")
    told = " ".join(e.get("text") or "" for e in window if not (e.get("text") or "").startswith("/"))
    return Context(route=route, messages_since_route=since, previous_entry=previous_entry, entries=entries,
                   previous_text=previous_text, previous_choices=previous_choices, child=child,
                   professional=professional, ban_broken=ban_broken, told=told,
                   shown=tuple(entry for _, answered in turns for entry in answered), hurt=told_hurt(earlier))


# 'was het mijn schuld omdat ik stout was?', 'is t mn schuld?', 'hij zegt dat het mijn eigen schuld is':
# asked or told by one hurt, whose route's answer is first of all: no (knowledge/routes.yml,
# kind_schuld and slachtoffer_schuld).
_OWN_FAULT = re.compile(
    r"\b((is|was|ben) (het|dat|dit|t|ik) (\w+ )?(mijn|mn|m n|me) (eigen )?schuld|(mijn|mn|me) (eigen )?schuld\s*\??$|"
    r"(komt|kwam|gebeurt|gebeurde) (het|dat|dit|t) (\w+ )?door mij|ligt (het|dat|t) aan mij|"
    r"(zegt|zei|vindt) (\w+ ){0,2}dat (het|t) (\w+ )?(mijn|mn|m n) (eigen )?schuld)")


def asks_if_own_fault(text: str) -> bool:
    return bool(_OWN_FAULT.search(fold(text or "").strip()))
