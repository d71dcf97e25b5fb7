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
