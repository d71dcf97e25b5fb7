"""Signs of a loverboy told by someone close ("mijn zus van 16 gaat om met een man van 30 die haar
cadeaus geeft"): a minor with a much older man, gifts or money. Without a word of violence the
classifier took it for not ours; it counts as worry (veilig/worry.py), and after the bystander's
number the signs of a loverboy and what a parent or sister can do follow (actions/routes.py)."""
import re

from veilig.text import fold

LOVERBOY_ENTRY = "signalen-loverboy"

_MINOR = r"(1[0-7]|[0-9])"
_ADULT = r"(1[89]|[2-9][0-9])"
_MAN = r"(man|jongen|vriend|vriendje|kerel|gast|vent)"
_GIFTS = r"(cadeau\w*|dure (spullen|kleren|kleding|schoenen|tas|telefoon)|nieuwe (telefoon|iphone|kleren)|geld|drank|drugs)"
_YOUNG = r"(dochter|dochtertje|zus|zusje|nichtje|meisje|kleindochter|zoon|broertje|neefje|leerling)"
_SIGNS = re.compile(
    rf"\b(loverboy\w*|"
    rf"van {_MINOR} (\w+ ){{0,6}}{_MAN} van {_ADULT}|"
    rf"{_YOUNG} (\w+ ){{0,8}}({_MAN} van {_ADULT}|(oudere|veel oudere) {_MAN}) (\w+ ){{0,8}}{_GIFTS})\b")


def tells_of_loverboy_signs(text: str) -> bool:
    """A young person with a (much) older man, gifts or money: what a loverboy does."""
    return bool(_SIGNS.search(fold(text or "")))


# The young person themselves ("ik ben 14 en een jongen van 19 geeft me cadeaus en nu moet ik dingen
# doen met zn vrienden"): after the child's number, what a loverboy does, written to them.
OWN_LOVERBOY_ENTRY = "een-oudere-jongen-geeft-je-cadeaus"
_OWN_SIGNS = re.compile(
    rf"\b(ik ben {_MINOR}|ik {_MINOR}) (\w+ ){{0,8}}({_MAN} van {_ADULT}|(oudere|veel oudere) {_MAN})\b|"
    # the other way round: "ik heb een vriend van 23 ik ben 13"
    rf"\b{_MAN} van {_ADULT} (\w+ ){{0,6}}(ik ben|ik) {_MINOR}\b|"
    rf"\b({_MAN} van {_ADULT}|(oudere|veel oudere) {_MAN}) (\w+ ){{0,8}}(geeft|gaf|koopt|kocht) (me|mij) (\w+ ){{0,2}}{_GIFTS}|"
    rf"\b(moet|moest) (ik )?(\w+ ){{0,3}}(dingen doen|seks hebben|mee) met (zijn|zn|z n) vrienden\b")


def tells_of_own_loverboy_signs(text: str) -> bool:
    """A young writer with a much older man who gives gifts or makes them do things with others."""
    folded = fold(text or "")
    # (or a secret, or a night at his place: "hij wil dat ik bij hem kom slapen ... niet aan mn moeder vertellen")
    return bool(_OWN_SIGNS.search(folded)) and bool(re.search(
        rf"\b({_GIFTS}|vrienden|dingen doen|seks|geheim\w*|bij hem (\w+ )?(slapen|logeren|blijven)|"
        rf"niet (\w+ ){{0,4}}(vertellen|zeggen))\b", folded))


# Grooming told by someone who sees it: an adult in a child's life sends a child messages or gives
# presents ("een collega stuurt appjes naar een meisje van 10 en geeft haar cadeautjes"). Without a
# word of violence it was not ours ("Deze chat gaat over geweld thuis"); it counts as worry.
_GROWN_UP = r"(collega|leraar|leerkracht|docent|meester|trainer|coach|leider|begeleider|oppas|buurman|man|oom|stiefvader)"
_CHILD = rf"(meisje|jongen|kind|kindje|leerling|pupil|meisjes|meiden|jongens|kinderen|leerlingen|pupillen)( van {_MINOR}( jaar)?)?"
_MESSAGES = r"(appjes|berichtjes|berichten|cadeau\w*|snoep|geld|foto\w*)"
_GROOMING = re.compile(
    rf"\b{_GROWN_UP} (\w+ ){{0,3}}(stuurt|appt|geeft|koopt|stuurde|gaf|kocht) (\w+ ){{0,2}}"
    rf"{_MESSAGES} (\w+ ){{0,2}}(naar|aan) (een|het|dat|die|mijn|onze) {_CHILD}\b|"
    rf"\b{_GROWN_UP} (\w+ ){{0,3}}(stuurt|appt|geeft|stuurde|gaf) (een|het|dat|die|mijn|onze) {_CHILD} (\w+ ){{0,3}}"
    rf"{_MESSAGES}\b|"
    # the object first, as a clause: "ik zie dat een andere trainer veel appjes stuurt naar meiden van 13 en
    # ze soms alleen na de les houdt" (twenty-first session's probe: "Daar kan ik je helaas niet mee helpen")
    rf"\b{_GROWN_UP} (\w+ ){{0,3}}{_MESSAGES} (stuurt|geeft|stuurde|gaf|appt) (naar|aan) ((een|het|dat|die|mijn|onze) )?{_CHILD}\b|"
    # keeping children alone after the lesson or training
    rf"\b{_GROWN_UP} (\w+ ){{0,8}}{_CHILD} (\w+ ){{0,4}}alleen (na|bij|in) (de |het )?(les|training|wedstrijd|school|repetitie|kamp) "
    rf"(\w+ )?(houdt|hield|laat blijven|liet blijven|houden)\b")


def tells_of_grooming(text: str) -> bool:
    """An adult in a child's life who sends the child messages or gives presents."""
    return bool(_GROOMING.search(fold(text or "")))


# At a sports club ("een andere trainer stuurt veel appjes naar meiden van 13"): after the bystander's
# number, the club's vertrouwenscontactpersoon, where such a worry about a trainer is meant to go.
SPORTS_CLUB_ENTRY = "vertrouwenscontactpersoon-sportclub"
_SPORTS = re.compile(r"\b(trainer\w*|coach\w*|sportclub\w*|club|vereniging|training\w*|turn\w*|voetbal\w*|hockey\w*|"
                     r"zwem\w*|judo\w*|dans\w*|gym\w*|sport\w*|team|elftal)\b")


def tells_of_grooming_at_a_sports_club(text: str) -> bool:
    return tells_of_grooming(text) and bool(_SPORTS.search(fold(text or "")))


# "Moet ik naar de politie?" a moment after the answer on a loverboy's signs got domestic violence's
# report ("Huiselijk geweld is strafbaar", twenty-second session's probe): the police's part in
# trafficking, with the anonymous way and help for those under 18 (actions/knowledge_answer.py).
TRAFFICKING_HELP_ENTRY = "hulp-bij-mensenhandel"
_ABOUT_TRAFFICKING = frozenset({LOVERBOY_ENTRY, "loverboys", "een-oudere-jongen-geeft-je-cadeaus", "mensenhandel",
                                "wat-is-mensenhandel", "jeugdprostitutie"})
_REPORT_ENTRIES = frozenset({"aangifte-doen", "aangifte-huiselijk-geweld-wat-gebeurt-er", "melding-of-aangifte"})


# A parent whose child under 18 says it goes of its own free will ("kan ik de politie inschakelen als ze
# zelf zegt dat ze vrijwillig gaat?", twenty-third session's probe: help for adult victims of
# trafficking): paid sex with a minor is a crime whatever the minor says.
MINOR_ENTRY = "loverboy-en-mijn-kind-zegt-dat-het-vrijwillig-is"
_A_MINOR = re.compile(r"\b(dochter|zoon|kind|meisje|jongen|nichtje|zusje|broertje|kleindochter|kleinzoon)\w* (is |van )?"
                      r"(1[0-7]|[6-9])\b|\b(1[0-7]|[6-9]) (jaar|jr)\b|\bminderjarig\w*\b")


def police_answer_after_trafficking(entry_id: str, answered_before, told: str = "") -> str:
    """The answer on going to the police in a conversation about a loverboy or trafficking (for a
    child under 18 that of a minor's 'free will', as `told` in the conversation says); else entry_id."""
    if entry_id in (_REPORT_ENTRIES | {TRAFFICKING_HELP_ENTRY}) and _ABOUT_TRAFFICKING.intersection(answered_before or ()):
        return MINOR_ENTRY if _A_MINOR.search(fold(told or "")) else TRAFFICKING_HELP_ENTRY
    return entry_id

