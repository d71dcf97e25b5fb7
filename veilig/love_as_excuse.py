"""Love given as the reason for control or violence ("maar hij zegt dat hij dat doet omdat hij van me
houdt", "hij is alleen zo jaloers omdat hij om me geeft"), told a moment after the route of one hurt.

Alone the words say almost nothing the search can weigh ('zegt', 'houdt'), and the route was given
again (twenty-second session's probe: a girl of 15 whose boyfriend checks her phone). What is said
is the excuse that keeps people in it: a youth gets the answer on control in a teenage relationship
(the difference between attention and control, the Kindertelefoon), an adult the one on controlling
behaviour by a partner (actions/follow_up.answered_by_the_conversation)."""
import re
from typing import Optional

from veilig.text import fold

TEEN_ENTRY = "geweld-in-tienerrelaties"
ADULT_ENTRY = "intieme-terreur"

_HE = r"(hij|zij|ze)"
_LOVES = r"((zo(veel)? |heel veel |echt )?(van me|van mij) (houdt|houd|hou)|(om me|om mij) geeft|(zo )?jaloers is|verliefd is)"
_EXCUSE = re.compile(
    rf"\b((omdat|want) {_HE} {_LOVES}|"
    rf"{_HE} (zegt|zei|denkt) dat {_HE} (\w+ ){{0,4}}{_LOVES}|"
    # said by others: "mn vriendinnen zeggen dat hij gewoon heel veel van me houdt. is dit normaal of niet"
    # (fortieth session's set 11: whether it is 'bad enough')
    rf"(zeggen|zeiden|denken|vinden) dat {_HE} (\w+ ){{0,4}}{_LOVES}|"
    rf"{_HE} (zegt|zei|denkt|noemt) (\w+ ){{0,4}}uit liefde|"
    r"(dat is |het is |doet (hij|zij|ze) (het |dat )?)(toch |allemaal )?uit liefde)\b")
# Said of a parent ("papa zegt dat hij dat doet omdat hij van me houdt"), it is no teenage relationship.
_A_PARENT = re.compile(r"\b(papa|mama|pap|mam|vader|moeder|stiefvader|stiefmoeder|opa|oma|oom|tante)\b")
_PARTNER = re.compile(r"\b(vriend|vriendje|vriendin|vriendinnetje|verkering|lief|partner|man|vrouw|ex|echtgeno\w*)\b")


def love_as_excuse_entry(text: str, told: str, young: bool) -> Optional[str]:
    """The entry for love given as the reason, told by one hurt by a partner (in this message or the
    ones before); None otherwise, also when it is said of a parent."""
    folded = fold(text or "")
    if not _EXCUSE.search(folded):
        return None
    before = fold(f"{told} {text}")
    if _A_PARENT.search(before) or not _PARTNER.search(before):
        return None
    return TEEN_ENTRY if young else ADULT_ENTRY
