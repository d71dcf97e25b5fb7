"""Is a message about an older person who depends on care?

The classifier reads "ik heb haar vastgemaakt in haar zetel" or "mijn vader heeft alzheimer en
mijn broer geeft zijn geld uit" as a child's message now and then, because it speaks of a father,
a mother or of being afraid. An adult then gets the Kindertelefoon where Veilig Thuis (also for
older people) is the number. The signs here are of old age and care, never of childhood; the
decision order (veilig/dialogue_order.py) only uses them when the writer does not sound like a
child (veilig/child.py).
"""
import re
from typing import Optional

from veilig.text import fold

_OLDER = re.compile(
    r"\b(alzheimer|dementie|dement|demente|dementerend\w*|verpleeghuis\w*|verzorgingshuis\w*|(hoog)?bejaard\w*|"
    r"ouderen\w*|oudere (man|vrouw|mensen|buurman|buurvrouw|vader|moeder)|rolstoel|rollator|incontinent\w*|"
    r"thuiszorg|mantelzorg\w*|zorgverlener\w*|verpleging|verpleegster\w*|verpleegkundige\w*|wijkverpleging|"
    r"aow|pensioen|"
    r"(moeder|vader|man|vrouw|buurman|buurvrouw|tante|oom) (is|van) ([6-9]\d|1[01]\d)( jaar)?|"
    r"(hoge|hogere) leeftijd|vergeetachtig\w*|in (haar|zijn) (zetel|stoel|bed) (vastgemaakt|vastgebonden)|"
    r"(vastgemaakt|vastgebonden|vastgezet) (in|aan) (haar|zijn) (zetel|stoel|bed)|"
    r"voor (hem|haar) (moet |moeten )?zorgen)\b"
)


def is_about_an_older_person(text: str) -> bool:
    return bool(_OLDER.search(fold(text)))


# A young person named with an age under 18 ("mijn dochter van 15 heeft een oudere vriend"):
# 'oudere' here is older than her, not old.
_MINOR = re.compile(
    r"\b((dochter|zoon|kind|nichtje|neefje|zusje|broertje|zus|broer|stiefdochter|stiefzoon|meisje|jongen|"
    r"leerling) (is |van )?(1[0-7]|[1-9])( jaar)?|(1[0-7]|[1-9]) jarige? (dochter|zoon|meisje|jongen))\b")


def names_a_minor_not_an_older_person(text: str) -> bool:
    return bool(_MINOR.search(fold(text))) and not is_about_an_older_person(text)


# Anyone who may be old: a parent or grandparent, an age, money matters that the classifier learnt
# from older people's stories. A message without any ("mijn dochter heeft een nieuw vriendje en
# ineens dure spullen") is not about an older person, whatever the classifier guesses; each of the
# older people's examples of the NLU data has one.
_MAY_BE_OLD = re.compile(
    r"\b(oma|opa|bomma|bompa|grootouder\w*|grootmoeder|grootvader|moeder|vader|ouders|pa|ma|mama|papa|schoon\w+|"
    r"oud\w*|bejaard\w*|senior\w*|[5-9]\d|1[01]\d|tachtig\w*|negentig\w*|zeventig\w*|zestig\w*|zorg\w*|tante|oom|"
    r"weduw\w*|klein(zoon|dochter|kind|kinderen)|tehuis|pinpas|bankpas|pincode|geld)\b")


def names_no_older_person(text: str) -> bool:
    return not is_about_an_older_person(text) and not _MAY_BE_OLD.search(fold(text))


# The writer's own child (a teenager or an adult) hurts, threatens or robs the writer: "mijn zoon van
# 20 is verslaafd en steelt geld van ons en bedreigt ons". Violence of a child against a parent, told
# by the parent; an older person only when something else says so (age, care, dementia).
_OWN_CHILD_HURTS_THE_WRITER = re.compile(
    r"\b(mijn|mn|m n|onze) (zoon|dochter|kind|puber|tiener|stiefzoon|stiefdochter)( van \d+( jaar)?)?( \w+){0,10} "
    r"(steelt|slaat|bedreigt|dreigt|mishandelt|scheldt|pakt|eist|duwt|schopt|vernielt|intimideert)( \w+){0,4} "
    r"(ons|mij|me)\b|"
    # told in the perfect: "mijn zoon is 24 en verslaafd, hij wordt agressief en heeft me al geduwd"
    r"\b(mijn|mn|m n|onze) (zoon|dochter|kind|puber|tiener|stiefzoon|stiefdochter)\b( \w+){0,14} (heeft|had) "
    r"(ons|mij|me) (\w+ ){0,2}(geduwd|geslagen|bedreigd|geschopt|mishandeld|gestompt|gewurgd|bestolen)\b")
# What violence of a child against a parent is, and that help is there (actions/routes.py).
CHILD_TO_PARENT_ENTRY = "kind-oudermishandeling"
_OLD_WRITER = re.compile(r"\b(ik ben|wij zijn|we zijn|ben) ([6-9]\d|1[01]\d)\b")
# An older person's money taken ("ik ben 78 en mijn zoon pakt mijn bankpas af"): the answer on that
# (veilig/conversation.advice_entry, veilig/protects_the_doer.py), its words in one place.
OLDER_MONEY_ENTRY = "je-geld-wordt-afgepakt-als-oudere"
_MONEY = re.compile(r"\b(geld\w*|pinpas\w*|bankpas\w*|pasje|rekening\w*|spaargeld|pensioen|bank\w*|portemonnee)\b")


def gives_an_old_age(text: str) -> bool:
    """'ik ben 78', 'we zijn 81'."""
    return bool(_OLD_WRITER.search(fold(text or "")))


def tells_of_money(text: str) -> bool:
    return bool(_MONEY.search(fold(text or "")))


# Someone else's hold on an older person's money ("mijn broer heeft de pinpas van onze vader en er
# verdwijnt elke maand geld"): on the older people's route, what financial exploitation is follows
# the number (actions/routes.py), instead of a line on every form of harm.
FINANCIAL_EXPLOITATION_ENTRY = "financiele-uitbuiting"
_MONEY_TAKEN = re.compile(
    r"\b(verdwijnt|verdwijnen|verdween|verdwenen|afpak\w*|afgepakt|steelt|stelen|gestolen|leeggehaald|"
    r"leeghalen|opgenomen|neemt (\w+ ){0,3}op|haalt (\w+ ){0,4}(af|op|weg)|(pakt|pakken|pakte) (\w+ ){0,4}af|"
    r"(geeft|gaf|geven) (\w+ ){0,4}uit|beheert|"
    r"(heeft|gebruikt|houdt) (\w+ ){0,2}(de |haar |zijn |z n |mijn )?(pinpas|bankpas|pasje|pincode))\b")


_OWN_MONEY = re.compile(r"\b(mijn|mn|m n) (geld|pinpas|bankpas|pasje|rekening|spaargeld|pensioen|portemonnee)\b")


def money_taken_entry(text: str) -> Optional[str]:
    """The entry for an older person's money taken: the writer's own ('ik ben 78 en mijn zoon pakt
    mijn bankpas af') or another's ('de pinpas van onze vader'); None when no money is taken."""
    folded = fold(text or "")
    if not (_MONEY.search(folded) and _MONEY_TAKEN.search(folded)):
        return None
    return OLDER_MONEY_ENTRY if _OWN_MONEY.search(folded) or gives_an_old_age(folded) else FINANCIAL_EXPLOITATION_ENTRY


def own_child_hurts_the_writer(text: str) -> bool:
    folded = fold(text)
    return (bool(_OWN_CHILD_HURTS_THE_WRITER.search(folded)) and not is_about_an_older_person(text)
            and not gives_an_old_age(folded))


# A grandparent worried for the grandchildren ("ik ben oma en mijn schoonzoon drinkt en de kinderen
# zijn bang voor hem"): the word 'oma' made the classifier hear an older person's route, but the
# worry is for children; a bystander's route (veilig/dialogue_order.writers_audience).
_GRANDCHILDREN = re.compile(r"\b(kleinkind\w*|kleinzoon\w*|kleindochter\w*)\b|"
                            r"\b(ik ben|als|wij zijn|we zijn) (een |de )?(oma|opa|grootmoeder|grootvader|opa en oma|oma en opa|grootouders)\b"
                            r".*\b(kinderen|kind|kids|kleintjes)\b")


def worried_for_the_grandchildren(text: str) -> bool:
    return bool(_GRANDCHILDREN.search(fold(text))) and not is_about_an_older_person(text)
