"""Violence between brothers and sisters told by a parent or a sibling ("moet ik aangifte doen als
mijn zoon van 14 zijn zusje slaat", "mijn kinderen slaan elkaar steeds", "mn broer slaat me elke
dag en mn ouders doen niks"). The route's general advice ('praat met de volwassene') does not fit;
what sibling violence is, and how a parent tells it from a quarrel, does (actions/routes.py)."""
import re

from veilig.text import fold

SIBLING_VIOLENCE_ENTRY = "geweld-tussen-broers-en-zussen"

_HURTS = r"(slaat|sloeg|schopt|schopte|duwt|duwde|mishandelt|mishandelde|knijpt|kneep|bedreigt|stompt|trapt|pest|kleineert)"
_SIBLING = r"(zus|zusje|zussen|broer|broertje|broers|zusjes|broertjes)"
_SIGNS = re.compile(
    rf"\b((mijn|mn|m n) (zoon|dochter|oudste|jongste)( \w+){{0,3}} {_HURTS} (\w+ )?(zijn|haar) {_SIBLING}|"
    # the verb last: "als mijn zoon van 14 zijn zusje slaat"
    rf"(mijn|mn|m n) (zoon|dochter|oudste|jongste)( \w+){{0,3}} (zijn|haar) {_SIBLING} (\w+ )?{_HURTS}|"
    rf"(mijn|mn|m n) (grote |oudere |kleine |jongere )?{_SIBLING} {_HURTS} (me|mij))\b")
_TOGETHER = re.compile(r"\b(mijn|mn|m n|onze) (kinderen|kids|zonen|dochters) (slaan|schoppen|mishandelen|duwen) elkaar\b")


def tells_of_sibling_violence(text: str) -> bool:
    """A brother or sister hurts another, told by a parent or by the one it is done to."""
    folded = fold(text or "")
    return bool(_SIGNS.search(folded) or _TOGETHER.search(folded))
