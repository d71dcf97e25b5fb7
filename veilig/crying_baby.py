"""A parent at the end of their tether with a crying baby, or who shook their child.

"ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst", "ik heb hem vandaag hard door
elkaar geschud": after the pleger's number they need what to do now (lay the baby down safely,
step away, never shake) and, after shaking, to have the baby checked at once
(knowledge/hulp-en-route/huilende-baby-en-schudden.md), rather than only where help to stop is.
"""
import re

from veilig.doer import fears_hurting_someone
from veilig.text import fold

CRYING_BABY_ENTRY = "huilende-baby-en-schudden"

# (also the present: "als hij blijft huilen schud ik hem soms", twenty-third session's probe)
_SHAKEN = re.compile(r"\b(door elkaar (geschud|schud|schudde|schudden|gerammeld)|geschud|shaken baby|"
                     r"(schud|schudt|schudde) (ik |hij |zij |ze )?(hem|haar|m|de baby|mijn baby|het kind|het kindje|"
                     r"ons kind|mijn kind|mijn zoontje|mijn dochtertje|de kleine)(?! (hand|hoofd|schouder)))\b")
_CRYING = re.compile(r"\b(huilt|huilen|huilde|krijst|krijsen|krijste|gekrijs|gehuil|blijft maar huilen)\b")
_BABY = re.compile(r"\b(baby|babytje|zuigeling|pasgeboren\w*|huilbaby|zoontje|dochtertje|kleintje)\b")


def still_crying(text: str) -> bool:
    """The crying goes on ('hij huilt nog steeds', 'ze blijft maar krijsen'), told in a conversation
    about a crying baby."""
    return bool(_CRYING.search(fold(text or "")))


def tells_of_shaking(text: str) -> bool:
    """A child shaken ('schud ik hem soms', 'mijn vriend schudt de baby'), not crying alone: a
    neighbour who hears a little one cry and a blow is no parent at the end of their tether."""
    return bool(_SHAKEN.search(fold(text or "")))


def tells_of_a_crying_baby_or_shaking(text: str) -> bool:
    """A child shaken, or crying that drives the writer to fear what they may do."""
    folded = fold(text or "")
    return bool(_SHAKEN.search(folded)) or bool(_CRYING.search(folded) and (
        _BABY.search(folded) or fears_hurting_someone(text)))


# Signs that a shaken baby is hurt ("hij is sinds vanmiddag heel suf en slap en wil niet drinken",
# twenty-third session's probe: "ik begrijp niet" after the bystander's tips): 112 now, first.
UNWELL_ROUTE = "baby_na_schudden"
_UNWELL = re.compile(r"\b(slap|slappe|suf|suffig|sloom|bewusteloos|buiten bewustzijn|niet wakker|ademt (niet|slecht|raar|"
                     r"moeilijk|heel snel)|blauw|grauw|stuip\w*|schokt|trekkingen|reageert (niet|nauwelijks|raar|anders)|"
                     r"(wil|kan) niet (meer )?drinken|drinkt niet|spuugt|braakt|overgeven|huilt (heel )?(zacht|raar|anders))\b")


def baby_unwell_after_shaking(text: str, told: str = "") -> bool:
    """A baby shaken (told in this message or the ones before) that shows signs of harm now."""
    return bool(_UNWELL.search(fold(text or "")) and (_SHAKEN.search(fold(text or "")) or _SHAKEN.search(fold(told or ""))))

