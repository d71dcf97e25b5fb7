"""A young person or woman who fears being left behind abroad (achterlating): the family takes the
writer's passport and plans a trip ("mijn ouders hebben mijn paspoort afgepakt en zeggen dat we in
de zomer naar pakistan gaan"). The route's general advice misses what matters before such a
trip: ask for help in time, as coming back is much harder, and what to arrange before leaving
(actions/routes.py)."""
import re

from veilig.child_abduction import ABROAD
from veilig.text import fold

ABANDONMENT_ENTRY = "bang-om-achtergelaten-te-worden"

_PASSPORT_TAKEN = re.compile(
    r"\b((mijn|mn|m n) paspoort\w* (\w+ ){0,3}(afgepakt|afgenomen|ingenomen|weggepakt|kwijt|verstopt|weggehaald)|"
    r"(pakt|pakte|pakken|pakten|nam|namen|neemt|nemen|houdt|houden|hield|hielden) (\w+ ){0,3}(mijn|mn|m n) paspoort)\b")
# The family or a husband, not an employer who keeps the passport (that is labour exploitation).
_FAMILY = re.compile(r"\b(ouders|vader|moeder|papa|mama|pa|ma|familie|broer|broers|oom|tante|opa|oma|man|schoonfamilie|"
                     r"schoonouders|schoonmoeder|schoonvader)\b")
_TRIP = re.compile(
    rf"\b((gaan|ga|moet|moeten|vliegen|reizen|sturen|stuurt|brengen|brengt|meenemen|mee) (\w+ ){{0,5}}naar ({ABROAD})|"
    rf"naar ({ABROAD}) (\w+ ){{0,3}}(gaan|reizen|vliegen|sturen|brengen)|enkele reis|achterla+t\w*|achtergelaten)\b")


def fears_being_left_abroad(text: str) -> bool:
    """The writer's passport taken by family, with a trip abroad planned or being left behind named."""
    folded = fold(text or "")
    return bool(_PASSPORT_TAKEN.search(folded) and _TRIP.search(folded) and _FAMILY.search(folded))
