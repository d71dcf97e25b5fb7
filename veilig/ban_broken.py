"""A house ban or contact ban broken right now ("hij heeft een huisverbod gekregen maar hij staat
nu voor de deur"): after 112, that he may not come near the home or seek contact, not to open the
door, and that 112 is right because he breaks the ban (knowledge/routes.yml, acuut_verbod_extra,
after the entry regels-tijdens-huisverbod)."""
import re

from veilig.text import fold

# (a house ban told without its name: "de politie heeft mn vriend gisteren het huis uit gezet")
_BAN = re.compile(r"\b((huisverbod|contactverbod|straatverbod|gebiedsverbod|locatieverbod)\w*|"
                  r"(politie|burgemeester) (\w+ ){0,5}(het huis uit|uit (het |ons |mijn )?huis) (gezet|gehaald|gestuurd))")
_HERE = re.compile(r"\b(voor (de|mijn|onze) deur|aan de deur|bij (de|mijn|ons|onze) (deur|huis|woning)|belt (steeds )?aan|"
                   r"staat (hier|buiten|beneden|in de tuin|bij)|komt (hier|langs|toch|naar (mijn|ons) huis)|"
                   r"is (hier|binnen|in huis|weer thuis)|(kwam|komt) (hij |ze )?(toch |weer )?(binnen|langs|hier)|wil (\w+ )?binnen)\b")


def tells_of_a_broken_ban(text: str) -> bool:
    folded = fold(text or "")
    return bool(_BAN.search(folded) and _HERE.search(folded))


# Contact sought despite a ban told earlier in the conversation ("er is gisteren een huisverbod
# opgelegd aan mijn partner" ... "hij stuurt me nu toch steeds appjes, dat mag toch niet?"): what
# the ban forbids, and 112 when he comes (veilig/knowledge: regels-tijdens-huisverbod).
BAN_RULES_ENTRY = "regels-tijdens-huisverbod"
# ("hij blijft maar appen": the infinitive after 'blijft' in the twenty-first session's probe)
_CONTACT = re.compile(r"\b(stuurt|stuurde|appt|appte|belt|belde|mailt|sms t|smst|berichten|berichtjes|appjes|apps|"
                      r"(blijft|bleef|gaat|ging) (\w+ ){0,2}(appen|bellen|sms en|smsen|mailen|berichten sturen|aanbellen)|"
                      r"zoekt contact|neemt contact op|staat|stond|komt|kwam|wacht|wachtte|volgt)\b")


# A ban asked about, not one that exists: "hoe vraag ik een straatverbod aan?", "wat is het verschil
# tussen een huisverbod en een contactverbod?" (twenty-fifth session's probe: a man stalked by his ex,
# "ze staat nu voor mijn deur", got the rules of a house ban there was none of).
_BAN_ASKED = re.compile(
    r"\b((hoe|kan|kun|mag|wil|moet) (ik|je|we|wij) (\w+ ){0,4}(huisverbod|contactverbod|straatverbod|gebiedsverbod)\w* "
    r"(\w+ ){0,2}(aanvragen|aan ?vragen|vragen|krijgen|regelen)|(een )?(huisverbod|contactverbod|straatverbod|gebiedsverbod)\w* "
    r"aan(vragen)?\b|verschil (\w+ ){0,4}(huisverbod|contactverbod|straatverbod)[^.?!]*|"
    r"wat is (een |het )?(huisverbod|contactverbod|straatverbod|gebiedsverbod)\w*)")


# What comes when the ban ends is asked, not contact sought now: "en over een week is dat verbod voorbij.
# staat hij dan gewoon weer in de woonkamer?" (the tenth tuning conversations got the ban's rules again).
_BAN_ENDS = re.compile(r"\b((huis|contact|straat)?verbod (\w+ )?(is |\w+ )?(voorbij|afgelopen|over|klaar|verlopen|om)|"
                       r"na (de |die |het )?(10|tien) dagen|als (het|dat|die) (verbod )?(voorbij|afgelopen|om) is)\b")


def contact_despite_a_ban(told: str, text: str) -> bool:
    """A ban named in the conversation (not only asked about), and this message tells of contact
    sought all the same."""
    folded = fold(text or "")
    return bool(_BAN.search(_BAN_ASKED.sub(" ", fold(f"{told} {text}"))) and _CONTACT.search(folded)
                and not _BAN_ENDS.search(folded))


# The writer has the house ban ("Ik heb een huisverbod gekregen voor 10 dagen. Wat mag ik wel en
# niet?"; twenty-fourth session's probe: the pleger's general help, "ik begrijp niet" for "ik moet
# nog spullen ophalen, mag dat?", and the victim's contact ban for "en wat als mijn vrouw zelf contact
# met mij opneemt?"): what the ban forbids is theirs to know (actions/routes.py, actions/follow_up.py).
_OWN_BAN = re.compile(r"\b(ik (heb|kreeg|heb nu) (\w+ ){0,2}(tijdelijk )?huisverbod|ik heb (\w+ ){0,3}huisverbod gekregen|"
                      r"(mij|me) (is )?(een )?(tijdelijk )?huisverbod (opgelegd|gegeven)|"
                      r"ik mag (\w+ ){0,3}(10|tien) dagen niet (naar huis|thuis komen|in (mijn|ons) huis)|"
                      # "de politie heeft me de deur uit gezet, 10 dagen huisverbod omdat ik mn vrouw heb geslagen"
                      r"(heeft|hebben) (me|mij) (\w+ ){0,2}(de deur|het huis|ons huis|mijn huis) uit (gezet|gestuurd)|"
                      r"(\d+|tien) dagen huisverbod (gekregen |opgelegd )?(omdat|want|nadat) (ik|k)\b)\b")
_ABOUT_THE_BAN = re.compile(r"\b(contact|bellen|belt|appen|appt|zien|spreken|ophalen|halen|spullen|mag ik|mag dat|"
                            r"mogen|toestemming)\b")


# The rules written to the one who has the ban: contact (also when the partner seeks it), fetching
# things, where to stay.
OWN_BAN_ENTRY = "tijdens-je-eigen-huisverbod"


def has_own_house_ban(text: str) -> bool:
    return bool(_OWN_BAN.search(fold(text or "")))


def asks_about_own_ban(told: str, text: str) -> bool:
    """One who told of their own house ban asks what it allows (contact, fetching things)."""
    return has_own_house_ban(told) and bool(_ABOUT_THE_BAN.search(fold(text or "")))


_FETCH = re.compile(r"\b(ophalen|op halen|halen|spullen|kleren|kleding|werkkleding|medicijnen|medicatie|pillen|laptop|"
                    r"paspoort|id kaart|sleutels|oplader)\b")


def asks_to_fetch_things(text: str) -> bool:
    """'ik moet nog spullen ophalen, mag dat?': the ban's main answer says how, its longer one not."""
    return bool(_FETCH.search(fold(text or "")))
