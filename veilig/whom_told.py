"""A short message that only tells whom it is about, a moment after a route ("het gaat om mijn
buren", "over mijn zus", "het gaat om mij"). Alone these few words match no topic: the search
offered entries on being reported for "het gaat om mijn buren", and the classifier took the
neighbours for noise from next door. The conversation knows better (actions/follow_up.py):
the writer answers who is in trouble, so the route of that person follows."""
import re
from typing import Optional

from veilig.text import fold

SELF = "zelf"
SOMEONE_ELSE = "ander"

_OPENING = r"^(het gaat|t gaat|gaat|het is|het gaat hier|dit gaat)? ?(om|over) "
_SELF = re.compile(_OPENING + r"(mij|mezelf|mijzelf|mij zelf|me zelf|ikzelf|mijn eigen situatie)( zelf)?$|"
                   r"^(ik ben het zelf|het ben ik zelf|het ben ik|ikzelf|ik zelf)$")
# A person named with a possessive or article, at most a few words more ("mijn nichtje van 6",
# "de buren hiernaast", "een kind in mijn klas"); "het gaat om de wet" names no one. A partner or
# a parent is left out: "het gaat om mijn man" or a child's "het gaat om mijn vader" more often
# names the one who hurts than the one in trouble.
_PERSON = (r"(buren|bovenburen|onderburen|buur\w*|zus\w*|broer\w*|nicht\w*|neef\w*|vriendin\w*|vrienden|"
           r"kind\w*|dochter\w*|zoon\w*|oma|opa|tante|oom|collega\w*|leerling\w*|klasgeno\w*|schoon\w*|"
           r"pleeg\w*|kleinkind\w*|kleindochter|kleinzoon|baby|meisje|jongen\w*|"
           r"gezin|familie\w*|kennis\w*|huisgeno\w*|client\w*|patient\w*|peuter|kleuter|tiener)")
_OTHER = re.compile(_OPENING + rf"(mijn|mn|m n|de|een|onze|ons|die|dat|haar|zijn|n) {_PERSON}( \w+){{0,4}}$|"
                    rf"^(het is|het zijn) (mijn|mn|m n|de|onze|ons) {_PERSON}( \w+){{0,3}}$")
# Words that ask or tell more than whom: the message is then read for what it says.
_MORE = re.compile(r"\b(wat|hoe|waar|wanneer|waarom|mag|moet|kan|kun|kunt|wil|slaat|slaan|geslagen|schopt|"
                   r"misbruik|gevaar|bang|dreigt|bedreigt|melding|gemeld|veilig thuis|politie)\b")


def whom_told(text: str) -> Optional[str]:
    """SELF or SOMEONE_ELSE for a message that only tells whom it is about; None otherwise."""
    if "?" in (text or ""):
        return None
    folded = fold(text)
    if _MORE.search(folded):
        return None
    if _SELF.search(folded):
        return SELF
    if _OTHER.search(folded):
        return SOMEONE_ELSE
    return None
