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
