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


# Followed with a tracker ("volgens mij heeft hij iets onder mijn auto geplakt", "mijn ex weet altijd
# waar ik ben, ik denk dat er een tracker in mijn tas zit"): what to do with the tracker, before
# what stalking is (twenty-eighth and thirtieth sessions' probes got "ik begrijp niet helemaal").
TRACKER_ENTRY = "tracker-of-airtag-gevonden"
_TRACKER = re.compile(
    r"\b(air ?tags?|gps ?(tracker|zender|kastje)s?|trackers?|volgzender\w*|peilbaken\w*|zendertje\w*|"
    r"(iets|een kastje|een ding|een apparaatje) (\w+ ){0,2}(onder|aan|in|achter) (\w+ ){0,2}(auto|fiets|tas|jas|scooter) "
    r"(\w+ )?(geplakt|verstopt|gehangen|vastgemaakt|bevestigd)|"
    r"(weet|wist|ziet) (\w+ ){0,2}(altijd|steeds|precies|overal) (\w+ ){0,2}waar ik (ben|was|heen ga|naartoe ga))\b")


def tells_of_a_tracker(text: str) -> bool:
    """Someone seems to follow the writer (or another) with a tracker or AirTag."""
    return bool(_TRACKER.search(fold(text or "")))
