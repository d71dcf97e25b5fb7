"""A house ban or contact ban broken right now ("hij heeft een huisverbod gekregen maar hij staat
nu voor de deur"): after 112, that he may not come near the home or seek contact, not to open the
door, and that 112 is right because he breaks the ban (knowledge/routes.yml, acuut_verbod_extra,
after the entry regels-tijdens-huisverbod)."""
import re

from veilig.text import fold

_BAN = re.compile(r"\b(huisverbod|contactverbod|straatverbod|gebiedsverbod|locatieverbod)\w*")
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


def contact_despite_a_ban(told: str, text: str) -> bool:
    """A ban named in the conversation, and this message tells of contact sought all the same."""
    return bool(_BAN.search(fold(f"{told} {text}")) and _CONTACT.search(fold(text or "")))
