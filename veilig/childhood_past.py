"""An adult who was hurt at home as a child ("Ik ben 30. Mijn vader sloeg ons vroeger. Ik heb nu
steeds nachtmerries"). The victim's route offers a way out of a home this person left long ago
("Ik moet weg, waar kan ik heen?"); after its number, that it is not too late for help fits
better (twenty-third session's probe; actions/routes.py). Sexual abuse long ago has its own
entry (veilig.sexual_violence). A child's words about a parent ('mijn stiefvader') do not make the
writer a child here: the past tense and 'toen ik klein was' tell of long ago; only a child's own
age or class does."""
import re

from veilig.child import tells_a_childs_age_or_class
from veilig.text import fold

CHILDHOOD_ENTRY = "als-kind-mishandeld-nu-volwassen"

_CHILDHOOD = re.compile(r"\b(als (klein )?kind|toen ik (nog )?(klein|jong|een kind|kind|tiener|een tiener)\b|"
                        r"in mijn jeugd|mijn (hele )?jeugd)\b")
_A_PARENT_BEFORE = re.compile(r"\b(mijn|mn|m n|onze) (vader|moeder|ouders|stiefvader|stiefmoeder|pa|ma|pleegvader|pleegmoeder)\b"
                              r".{0,60}\bvroeger\b|\bvroeger\b.{0,60}\b(mijn|mn|m n|onze) (vader|moeder|ouders|stiefvader|"
                              r"stiefmoeder|pa|ma|pleegvader|pleegmoeder)\b")
_HURT_THEN = re.compile(r"\b(sloeg|sloegen|schopte|schopten|mishandelde|mishandelden|geslagen|mishandeld|klappen|"
                        r"schold|scholden|opgesloten|verwaarloosd|pijn gedaan)\b")
_HURT_NOW = re.compile(r"\b(slaat|slaan|schopt|mishandelt|bedreigt|scheldt|sluit (mij|me|ons) op|nu weer|nog steeds|nog altijd|opnieuw)\b")
_SEXUAL = re.compile(r"\b(misbruik|misbruikt|misbruikte|verkracht|aangerand|betast|incest)\b")
_FIRST_PERSON = re.compile(r"\b(ik|me|mij|ons)\b")


def tells_of_childhood_abuse(text: str) -> bool:
    """The writer, an adult now, tells of being hurt at home as a child, and of nothing that goes on now."""
    folded = fold(text or "")
    if tells_a_childs_age_or_class(text) or _HURT_NOW.search(folded) or _SEXUAL.search(folded):
        return False
    return bool(_HURT_THEN.search(folded) and _FIRST_PERSON.search(folded)
                and (_CHILDHOOD.search(folded) or _A_PARENT_BEFORE.search(folded)))
