"""Whether Veilig Thuis brings in the police, asked in a few words after its number or an answer
about it ("komt dan de politie?" after the pleger's route, "en is het de politie?" after what
Veilig Thuis costs, "en met de politie?" after whom it talks to). Alone the words find nothing or the
police's own pages; in such a conversation the question is whether Veilig Thuis is the police, which
holds back many who hurt or are hurt (is-veilig-thuis-de-politie, actions/follow_up.py)."""
import re
from typing import Iterable, Optional

from veilig.protects_the_doer import NOT_THE_POLICE_ENTRY
from veilig.text import fold

# Routes whose number line is Veilig Thuis's (not 112's, the child's or the CSG's).
VEILIG_THUIS_ROUTES = frozenset({"omstander", "slachtoffer", "pleger", "ouderen"})

_ASKS_ABOUT_THE_POLICE = re.compile(
    r"^(en |maar |dus |of )?("
    r"(is|zijn) (het|dat|dit|veilig thuis|vt|die|ze|jullie) (dan |ook |eigenlijk |gewoon )*(de|van de|een soort) politie|"
    r"(komt|komen|belt|bellen|schakelt|schakelen|waarschuwt|waarschuwen|haalt|halen) (er |ze |die |veilig thuis |vt |jullie )?"
    r"(dan |ook |meteen |gelijk |direct |zelf )*(de )?politie( erbij| in)?|"
    r"(gaat|gaan) (ze|die|veilig thuis|vt|jullie) (het |dat |dit |dan |ook |meteen )*(naar|met) de politie|"
    r"(met|naar) de politie|"
    r"(werkt|werken) (ze|jullie|veilig thuis|vt) (dan |ook )*(samen )?met de politie|"
    r"(vertellen|zeggen|melden) (ze|jullie|die) (het|dat|dit) (dan |ook |meteen )*(aan|tegen|bij) de politie"
    r")( \w+){0,2}\s*\??$")


def asks_if_the_police_comes(text: str) -> bool:
    return bool(_ASKS_ABOUT_THE_POLICE.search(fold(text or "").strip()))


def police_question_entry(text: str, route: Optional[str], recent_entries: Iterable[Optional[str]]) -> Optional[str]:
    """Whether Veilig Thuis is the police, for that question after Veilig Thuis's route or an answer
    or topics about Veilig Thuis; None otherwise."""
    if not asks_if_the_police_comes(text):
        return None
    about_veilig_thuis = any(entry and "veilig-thuis" in entry for entry in recent_entries)
    return NOT_THE_POLICE_ENTRY if route in VEILIG_THUIS_ROUTES or about_veilig_thuis else None
