"""A professional's case that cannot wait for the meldcode's steps: a child not safe today.

"SEH arts hier. baby van 4 mnd met femurfractuur, ouders kunnen niet uitleggen hoe het komt",
"jongen van 8 zegt dat zijn vader hem om 5 uur komt ophalen en dat hij dan weer slaag krijgt, ik
ben BSO medewerker": no danger word for the danger check, yet the meldcode's first step (map the
signs) is the wrong advice. Such a case is acute unsafety in the afwegingskader: call Veilig Thuis
now, 112 when there is direct danger (knowledge/meldcode/acute-onveiligheid-professional.md).
Told by a professional (veilig.meldcode.profession.detect_profession), with one of:
- a serious injury (a fracture, burns, a head injury) of a baby or a young child;
- a child who will be hurt when collected or back home today;
- a carer who is drunk when collecting a child.
"""
import re

from veilig.meldcode.profession import detect_profession
from veilig.text import fold

ACUTE_CASE_ENTRY = "acute-onveiligheid-professional"

_INJURY = re.compile(
    r"\b(\w*fractu\w*|\w*breuk\w*|gebroken (been|arm|bot|botten|ribben?|sleutelbeen|schedel|dijbeen)|"
    r"brandwond\w*|verbrand\w*|hersenletsel|hersenbloeding|schedelletsel|bloeding in (het|de) \w+|"
    r"bewusteloos|stuipen|niet meer wakker)\b")
_YOUNG_CHILD = re.compile(
    r"\b(baby|babys|baby s|zuigeling|pasgeboren\w*|peuter|dreumes|"
    r"\d+ (mnd|maand|maanden|weken|wk)( oud)?|(kind|kindje|jongen|jongetje|meisje|meisjes) van [1-3]( jaar)?)\b")
_PICKED_UP_OR_HOME = re.compile(
    r"\b(ophalen|ophaalt|opgehaald|komt halen|haalt (hem|haar) op|naar huis|thuiskomt|thuis komt|vanmiddag|"
    r"vanavond|vannacht|straks|om \d{1,2}( uur)?)\b")
_HURT_THEN = re.compile(
    r"\b(slaag|klappen|klap|slaan|slaat|geslagen|pak rammel|pak slaag|mishandel\w*|pijn doen|vermoord\w*|"
    r"dood|durft niet naar huis|bang om naar huis|niet naar huis)\b")
_DRUNK_CARER = re.compile(
    r"\b((vader|moeder|ouder|ouders|papa|mama|oppas|opa|oma)\b(\s+\w+){0,3}\s+(dronken|ruikt naar (drank|alcohol)|onder invloed|stoned)|"
    r"(dronken|onder invloed)\s+(\w+\s+){0,3}(ophalen|ophaalt|brengen|brengt|rijden|rijdt|auto))\b")


def tells_of_acute_case(text: str) -> bool:
    """A professional tells of a child who is not safe today (see the module docstring)."""
    folded = fold(text or "")
    if not folded or detect_profession(text) is None:
        return False
    if _INJURY.search(folded) and _YOUNG_CHILD.search(folded):
        return True
    if _PICKED_UP_OR_HOME.search(folded) and _HURT_THEN.search(folded):
        return True
    return bool(_DRUNK_CARER.search(folded))


# A child in the case: a professional's threat, weapon or strangling told of an adult patient ("ik ben
# huisarts, patiente vertelt dat haar man haar wurgde") is no child unsafe today, whose answer
# speaks of the child and its parents.
_A_CHILD = re.compile(r"\b(kind|kinderen|kindje|leerling\w*|jongen|jongetje|meisje|meisjes|baby\w*|peuter|kleuter|zoon\w*|"
                      r"dochter\w*|pupil\w*|jeugdlid|scholier\w*|tiener\w*|puber\w*|\d{1,2} jaar|groep \d)\b")


def names_a_child(text: str) -> bool:
    return bool(_A_CHILD.search(fold(text or "")))
