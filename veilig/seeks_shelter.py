"""One hurt at home who asks where to go or sleep ("waar kan ik heen met mijn 2 kinderen als mijn man
ons bedreigt", "ik moet vluchten met de kinderen"). The victim's route names a safe place only as a
button ('Ik moet weg, waar kan ik heen?'); someone who asks it now gets the answer on the shelter
after the number (actions/routes.py). Asking where to go for help or advice is not this."""
import re

from veilig.text import fold

SHELTER_ENTRY = "vrouwenopvang"
# One who has just fled, or asks for a place tonight, needs the crisis service's bed for tonight
# before the shelter's intake ("ik ben net weggerend ik sta buiten in mijn pyjama met de baby").
TONIGHT_ENTRY = "vannacht-een-veilige-plek"
# One who uses violence asks where to sleep (a house ban): the help for plegers, with its emergency
# shelter during a ban (actions/follow_up.py).
PLEGER_HELP_ENTRY = "hulp-voor-plegers"

_SEEKS = re.compile(
    r"\b(waar (kan|moet|kunnen|moeten|mag) (ik|we|wij) (\w+ ){0,4}(heen|naartoe|naar toe|slapen|wonen|verblijven|"
    r"onderduiken)|(ik|we|wij) (moet|moeten|wil|willen|ga|gaan) (\w+ ){0,4}(vluchten|onderduiken)|"
    r"(kan|kunnen|mag) (ik|we|wij) (\w+ ){0,2}ergens (anders )?(\w+ ){0,2}(slapen|verblijven|heen|terecht|wonen)|"
    r"(een )?(veilige plek|veilig onderdak|onderdak) (\w+ ){0,2}(nodig|zoeken|vinden|voor (mij|ons|mijn))|"
    r"(ik|we|wij) (kan|kunnen) (vannacht )?niet (meer )?(naar huis|thuis (blijven|slapen))|"
    # tonight only: "ik durf niet naar huis" alone tells a fear, no place asked
    r"(ik|we|wij) (durf|durven) (vanavond|vannacht) niet (meer )?(naar huis|thuis te slapen)|"
    r"(ik|we|wij) (durf|durven) niet (meer )?(naar huis|thuis te slapen) (vanavond|vannacht)|"
    # not staying here tonight: "ik wil hier vannacht echt niet blijven slapen", "is er hier een opvang
    # voor vannacht" (thirty-sixth session: the sixth and seventh tuning conversations, after 112)
    r"(ik|we|wij) (wil|willen|durf|durven) (hier )?(vannacht|vanavond) (echt |hier |gewoon )*niet (meer )?"
    r"(hier )?(blijven )?(slapen|blijven|overnachten)|"
    r"(is|zijn) er (hier |ergens )?(een )?(opvang|slaapplek|slaapplaats|plek|bed) (\w+ ){0,2}(vannacht|vanavond))\b")
# Staying the night with someone the writer knows: "kan ik hier blijven slapen?" at a friend's,
# "mag ik bij mijn zus slapen met de kinderen?" (the crisis service prefers that to a shelter).
_STAY_WITH = re.compile(
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (\w+ ){0,2}(hier|daar|bij (haar|hem|hen|mijn \w+|mn \w+)) (\w+ ){0,2}"
    r"(blijven )?(slapen|logeren|overnachten)\b")
# 'waar kan ik heen voor hulp / met mijn vragen': help, not a place to stay.
_FOR_HELP = re.compile(r"\b(heen|naartoe|terecht) (voor|met) (hulp|advies|mijn vragen|vragen|deze vraag|een gesprek)\b")


_JUST_FLED = re.compile(
    r"\b((ik|we|wij) (ben|zijn) (\w+ ){0,3}(weggerend|weggevlucht|gevlucht|weggelopen|weggerent|het huis uit (gerend|"
    r"gevlucht|gelopen)|naar buiten (gerend|gevlucht))|(ik|we|wij) (sta|staan|zit|zitten) (nu |hier )?(buiten|op straat)\b"
    r"(\s+\w+){0,5}\s+(pyjama|nachthemd|baby|kinderen|kindje|blote voeten|sloffen))\b")
_TONIGHT = re.compile(r"\b(vannacht|vanavond|nacht|snachts|nachts|nu|\d{1,2} uur)\b")
# 'ik ben net weggelopen bij de kapper': no flight from home, and nothing about violence told
_NOT_FROM_HOME = re.compile(r"\b(weggelopen|weggerend) (bij|van|uit) (de|het) (?!huis\b)\w+")


def has_just_fled(text: str) -> bool:
    """The writer has just run from home, or stands outside at night with a child."""
    folded = fold(text or "")
    return bool(_JUST_FLED.search(folded)) and not _NOT_FROM_HOME.search(folded)


# Put out of home, or a bed for a few nights only: "ik ben 16 en mijn ouders hebben me het huis
# uitgegooid", "ik slaap nu bij een vriend maar dat kan maar 2 nachten" (twenty-fourth session's
# probe: "ik begrijp niet helemaal wat je bedoelt").
_NO_PLACE = re.compile(
    r"\b((ik|we|wij) (heb|hebben) geen (slaapplek|slaapplaats|plek om te slapen|dak boven (mijn|ons) hoofd|huis meer|"
    r"onderdak)|(ik|we|wij) (slaap|slapen|logeer|logeren) (nu |nog )?bij (een|mijn|mn) \w+( \w+)? maar (dat|het) "
    r"(kan|mag) (maar|nog maar|niet) (\w+ ){0,2}(nacht|nachten|dag|dagen|lang|langer)|"
    r"(hebben|heeft) (me|mij|ons) (het huis )?(uit ?gegooid|uit ?gezet|buiten ?gezet|op straat gezet)|"
    r"(ik ben|we zijn) (het huis )?(uit ?gegooid|uit ?gezet|op straat gezet|dakloos))\b")


# The one who hurts comes home soon ("hij komt om 6 uur thuis", "mijn man komt vanavond weer thuis")
# a moment after telling of rape or blows (twenty-fifth session's probe: the bystander's tips): a safe
# place for tonight, and 112 if he threatens.
_HE_COMES_HOME = re.compile(
    r"\b((hij|zij|ze|mijn man|mn man|mijn vrouw|mn vrouw|mijn vriend|mn vriend|mijn partner|mn partner) "
    r"(komt) (\w+ ){0,3}(om \d+( uur)?|vanavond|vannacht|straks|zo|morgen|over een uur|over \d+ uur)? ?(weer |ook )?"
    r"(thuis|terug|naar huis)( van (zijn|haar) werk)?|"
    r"(komt|kwam) (\w+ ){0,2}(hij|zij|ze) (\w+ ){0,2}(thuis|terug|naar huis))\b")
# No family or friends to go to ("ik heb geen familie hier", "ik kan nergens heen").
_NOBODY_TO_GO_TO = re.compile(
    r"\b((ik|we|wij) (heb|hebben) (hier |in nederland )?(geen|niet) (familie|vrienden|niemand)( hier| in nederland)?|"
    r"(ik|we|wij) (kan|kunnen) nergens (heen|naartoe|terecht)|nergens om naartoe te gaan)\b")


def fears_the_return_home(text: str) -> bool:
    """The one who hurts comes home soon, as the writer tells it."""
    return bool(_HE_COMES_HOME.search(fold(text or "")))


def has_nobody_to_go_to(text: str) -> bool:
    return bool(_NOBODY_TO_GO_TO.search(fold(text or "")))


def has_no_place(text: str) -> bool:
    return bool(_NO_PLACE.search(fold(text or "")))


# "ik wil hier niet slapen vannacht" (the ninth tuning conversations, after strangling and 112)
_WONT_SLEEP_HERE = re.compile(r"\b(ik|we|wij) (wil|willen|durf|durven) (\w+ ){0,3}niet (\w+ ){0,3}"
                              r"(te )?(slapen|blijven|overnachten)\b")
_HERE = re.compile(r"\b(hier|thuis)\b")


def needs_a_place_tonight(text: str) -> bool:
    """Has just fled, was put out of home, or asks where to go or sleep tonight."""
    folded = fold(text or "")
    return has_just_fled(folded) or bool(_STAY_WITH.search(folded) or _NO_PLACE.search(folded)) or (
        (seeks_shelter(folded) or bool(_WONT_SLEEP_HERE.search(folded) and _HERE.search(folded)))
        and bool(_TONIGHT.search(folded)))


def seeks_shelter(text: str) -> bool:
    """The writer asks where to go, sleep or hide from home, as one who must leave."""
    folded = fold(text or "")
    return bool(_SEEKS.search(folded) or _STAY_WITH.search(folded)) and not _FOR_HELP.search(folded)
