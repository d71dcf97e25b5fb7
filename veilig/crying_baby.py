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

_SHAKEN = re.compile(r"\b(door elkaar (geschud|schud|schudde|schudden|gerammeld)|geschud|shaken baby)\b")
_CRYING = re.compile(r"\b(huilt|huilen|huilde|krijst|krijsen|krijste|gekrijs|gehuil|blijft maar huilen)\b")
_BABY = re.compile(r"\b(baby|babytje|zuigeling|pasgeboren\w*|huilbaby|zoontje|dochtertje|kleintje)\b")


def tells_of_a_crying_baby_or_shaking(text: str) -> bool:
    """A child shaken, or crying that drives the writer to fear what they may do."""
    folded = fold(text or "")
    return bool(_SHAKEN.search(folded)) or bool(_CRYING.search(folded) and (
        _BABY.search(folded) or fears_hurting_someone(text)))
