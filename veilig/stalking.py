"""Stalking told ("mijn ex stuurt me de hele dag berichten en staat soms bij mijn werk", "hij
volgt me overal"): the victim's route gives Veilig Thuis; what stalking is, that it is a crime and
how to gather proof follow it (actions/routes.py)."""
import re

from veilig.text import fold

STALKING_ENTRY = "stalking"

_SIGNS = re.compile(
    r"\b(gestalkt|stalkt|stalken|stalker|belaging|belaagd|"
    r"(blijft|bleef|blijven) (me|mij|haar|hem) (\w+ )?(appen|bellen|berichten|sturen|volgen|lastigvallen|lastig vallen)|"
    r"(stuurt|belt|appt|sms t|mailt) (me|mij|haar|hem) (\w+ ){0,3}(de hele dag|de hele tijd|constant|continu|"
    r"dag en nacht|honderden|tientallen)|"
    r"(staat|stond|wacht|wachtte) (\w+ )?(soms|steeds|vaak|telkens|weer|elke \w+|iedere \w+|opeens|ineens) (\w+ )?"
    r"(voor|bij|op) (mijn|m n|mn|haar|zijn) (deur|huis|werk|school|stoep)|"
    r"(volgt|achtervolgt|volgde|achtervolgde) (me|mij|haar|hem) (overal|steeds|naar)?|"
    # an ex who keeps coming by: "mijn ex komt steeds langs terwijl dat niet mag van de rechter"
    r"(mijn|mn|m n) ex (\w+ )?(komt|kwam) (\w+ ){0,2}(steeds|telkens|elke dag|iedere dag|vaak|weer|de hele tijd|constant) "
    r"(\w+ )?langs)\b")


def tells_of_stalking(text: str) -> bool:
    """Someone keeps following, messaging or waiting for the writer (or another) against their will."""
    return bool(_SIGNS.search(fold(text or "")))
