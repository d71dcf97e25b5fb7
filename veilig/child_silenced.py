"""A child told to keep quiet: "hij zegt dat ik een verklikker ben", "mn moeder zegt dat ik niet moet
zeuren", "ik mag het aan niemand vertellen". On the child's route these got the Kindertelefoon's line
again or a choice of topics (twenty-fifth session's probe); the child needs to hear that telling is
allowed, that it is no betrayal, and to tell someone else when one does not listen
(knowledge/.../mag-je-het-vertellen.md, actions/routes.py SITUATIONS)."""
import re

from veilig.text import fold

TELLING_ALLOWED_ENTRY = "mag-je-het-vertellen"

_SILENCED = re.compile(
    r"\b(verklikker|klikspaan|klikker|verraders?|(ik|dat) (ben|is) aan het klikken|is dat klikken|"
    r"(niet|niks|niets) (moet|mag) (zeuren|zeiken|janken)|"
    r"(mag|moet) (het|dit|dat|niks|niets) (aan niemand|tegen niemand|niet) (zeggen|vertellen)|"
    r"(mag|moet) (het|dit|dat) (aan|tegen) niemand (zeggen|vertellen)|"
    r"(mag|moet) (niks|niets|het niet) (tegen|aan) (iemand|niemand|de juf|de meester|school) (zeggen|vertellen)|"
    # the order after 'dat': "hij zegt dat ik het niet mag vertellen"
    r"(het|dit|dat|niks|niets) (niet |aan niemand |tegen niemand )?mag (zeggen|vertellen)|"
    # "mama zegt ik mag er niks over zeggen op school" (the ninth tuning conversations)
    r"(mag|moet) (er )?(niks|niets) (over|van) (zeggen|vertellen)|(er )?(niks|niets) (over|van) mag (zeggen|vertellen)|"
    r"ons geheim|ons geheimpje|(is|blijft|moet) een geheim( blijven)?)\b")


def told_to_keep_quiet(text: str) -> bool:
    return bool(_SILENCED.search(fold(text or "")))
