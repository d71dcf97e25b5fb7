"""A forced marriage told, of the writer or of someone close ("mijn broer dwingt me om met een
neef te trouwen", "mijn ouders willen dat ik trouw met iemand die ik niet ken", "mijn zus wordt
uitgehuwelijkt"). The classifier takes it for a bystander's worry or a child's; either way the
one who tells it needs where to turn, also when one is already abroad (the LKHA), which the
route's general advice does not say (actions/routes.py)."""
import re

from veilig.text import fold

FORCED_MARRIAGE_ENTRY = "hulp-bij-huwelijksdwang"
# What forced marriage is: for one who tells it of themselves or someone close, where to turn
# comes instead ("mijn ouders willen dat ik deze zomer in het buitenland trouw met mijn neef. mag
# dat?" got the definition, without the LKHA: twenty-ninth session's probe).
FORCED_MARRIAGE_DEFINITION = "huwelijksdwang-en-achterlating"

_FAMILY = r"(ouders|familie|vader|moeder|pa|ma|papa|mama|broer|broers|oom|ooms|tante|opa|oma|schoonfamilie)"
_SIGNS = re.compile(
    r"\b(uithuwelijk\w*|uitgehuwelijkt|huwelijksdwang|gedwongen (\w+ ){0,5}(huwelijk|trouwen|te trouwen)|"
    r"(dwingt|dwingen|dwong|dwongen) (me|mij|haar|hem|ons|hen|mn|mijn) (\w+ ){0,5}(te )?trouwen|"
    rf"{_FAMILY} (\w+ ){{0,2}}(wil|willen|wilde|wilden|eist|eisen) dat (ik|ze|zij|hij|we|wij) (\w+ ){{0,6}}(trouw|trouwt|trouwen)|"
    rf"((moet|moeten) (ik|ze|zij|hij|we|wij)|(ik|ze|zij|hij|we|wij) (moet|moeten)) (\w+ ){{0,4}}van (mijn |mn |m n |haar |zijn |onze |de )?{_FAMILY} (\w+ ){{0,4}}trouwen|"
    rf"van (mijn |mn |m n |haar |zijn |onze |de )?{_FAMILY} (\w+ ){{0,2}}(moet|moeten) (ik|ze|zij|hij|we|wij) (\w+ ){{0,4}}trouwen|"
    r"(trouwen|trouw|trouwt) (\w+ ){0,4}tegen (mijn|haar|zijn|onze) (eigen )?wil|"
    # "mijn ouders zeggen dat ik deze zomer met mijn neef moet trouwen in marokko" (twenty-sixth session's probe)
    rf"{_FAMILY} (\w+ ){{0,2}}(zegt|zeggen|zei|zeiden|vindt|vinden|beslist|beslissen|besloten) dat (ik|ze|zij|hij|we|wij) "
    r"(\w+ ){0,6}(moet|moeten) (\w+ ){0,2}trouwen|"
    # decided for her: "mn ouders hebben besloten dat ik deze zomer in pakistan met een neef ga trouwen"
    rf"{_FAMILY} (\w+ ){{0,3}}(besloten|beslist|bepaald|geregeld|afgesproken) dat (ik|ze|zij|hij|we|wij) (\w+ ){{0,8}}"
    r"(ga|gaat|gaan|moet|moeten|zal|zullen) trouwen|"
    # a must in a clause: "een leerling vertelde dat ze deze zomer in het land van haar ouders moet trouwen"
    r"\bdat (ik|ze|zij|hij) (\w+ ){1,10}(moet|moeten) trouwen|"
    # the refusal first: "ik wil niet trouwen maar mijn ouders dwingen me"
    rf"(wil|wilt|wilde) (\w+ )?niet (\w+ ){{0,3}}trouwen (\w+ ){{0,3}}(maar|en) (\w+ ){{0,2}}{_FAMILY} (\w+ ){{0,2}}"
    r"(dwingt|dwingen|dwong|dwongen|wil|willen|eist|eisen|zegt|zeggen)|"
    # taken abroad to be married: "ik denk dat ze me daar willen laten trouwen"
    r"(willen|wil|gaan|laten) (me|mij|haar|hem|ons) (\w+ ){0,3}(laten )?(uit)?trouwen|"
    r"(me|mij|haar|hem) (\w+ ){0,5}(willen|wil|gaan) (\w+ ){0,2}laten (uit)?trouwen|"
    # sent abroad to marry: "haar ouders willen haar deze zomer naar Marokko sturen om te trouwen"
    rf"{_FAMILY} (\w+ ){{0,8}}(sturen|brengen|meenemen|meesturen) om (er |daar )?te (laten )?trouwen|"
    # the writer's own wedding found out: "mn tante zei per ongeluk iets over een bruiloft daar en ik denk
    # dat het mijn bruiloft is" (fortieth session's set 11: "ik weet niet zeker of ik je goed begrijp")
    r"(denk|vermoed|bang|vrees) (\w+ ){0,2}dat (het|dat|die) (mijn|mn|m n) (eigen )?(bruiloft|huwelijk) (is|wordt|gaat worden)|"
    # left abroad to marry: "ik hoorde mn moeder ... zeggen dat ik deze zomer in marokko blijf om te trouwen" (the
    # twelfth tuning conversations: 112's lines alone)
    r"dat (ik|ze|zij) (\w+ ){0,8}(blijf|blijft|blijven|achterblijf|achterblijft|moet blijven) (\w+ ){0,2}om te trouwen)\b")


# A partner chosen by the family: "mn familie heeft een man voor me uitgezocht in marokko en ik moet
# deze zomer mee om te trouwen".
_CHOSEN = re.compile(rf"\b{_FAMILY} (heeft|hebben|had|hadden) (\w+ ){{0,4}}(uitgezocht|uitgekozen|gekozen)\b")
_MARRY = re.compile(r"\b(trouw|trouwt|trouwen|huwelijk|bruiloft)\b")


def tells_of_forced_marriage(text: str) -> bool:
    """Someone is made to marry: by family, against their will, or 'uitgehuwelijkt'."""
    folded = fold(text or "")
    return bool(_SIGNS.search(folded) or (_CHOSEN.search(folded) and _MARRY.search(folded)))


# The trip that may lead to it, asked about a moment later ("we gaan over 3 weken op vakantie, kan
# iemand voorkomen dat ik mee moet?" got a choice with the first week after sexual violence).
_TRIP = re.compile(r"\b(vakantie|reis|reizen|vertrek\w*|vliegen|vliegtuig|ticket\w*|mee (moet|moeten|naar)|naar het buitenland|"
                   r"op familiebezoek|naar (marokko|turkije|pakistan|afghanistan|somalie|irak|syrie|egypte|india))\b")


def asks_about_the_trip(text: str) -> bool:
    return bool(_TRIP.search(fold(text or "")))
