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


# Sent away by the family without a passport named: "mijn vader wil me naar het buitenland sturen"
# (a girl of 17 whose family found out she has a boyfriend, twenty-fourth session's probe, got only
# the child's general lines).
_SENT_AWAY = re.compile(
    rf"\b((wil|willen|wilde|wilden|gaat|gaan|dreigt|dreigen|dreigde|dreigden) (me|mij) (\w+ ){{0,3}}"
    rf"(terug )?naar ({ABROAD}) (te )?(sturen|terugsturen|brengen|terugbrengen)|"
    rf"(stuurt|sturen|brengt|brengen) (me|mij) (\w+ ){{0,3}}(terug )?naar ({ABROAD})( \w+){{0,3}} (om|en) (daar|er) "
    r"(te )?(blijven|wonen|trouwen))\b")


# A one-way trip, or the fear of having to stay there: "mn ouders hebben tickets naar pakistan
# gekocht voor de zomer, maar alleen heen. ik ben 17 en bang dat ik daar moet blijven" (thirty-second
# session: the child's general lines only).
_ONE_WAY = re.compile(r"\b(alleen (de )?heen(reis)?|enkele reis|geen retour|zonder retour|geen terugreis|geen terugvlucht)\b")
_MUST_STAY = re.compile(r"\b(bang|angst|vrees|schrik) (\w+ ){0,2}(dat|om) (ik|we|wij) (daar|er) (\w+ )?(moet|moeten|zal|zullen|te) "
                        r"(blijven|wonen)\b")
_TICKET = re.compile(r"\b(ticket\w*|vliegticket\w*|vlucht\w*|reis|vliegen)\b")
_ABROAD_NAMED = re.compile(rf"\b({ABROAD})\b")


def fears_being_left_abroad(text: str) -> bool:
    """The writer's passport taken by family, with a trip abroad planned or being left behind named;
    or the family wants to send the writer abroad, on a one-way ticket or to stay there."""
    folded = fold(text or "")
    if not _FAMILY.search(folded):
        return False
    if _ABROAD_NAMED.search(folded) and ((_ONE_WAY.search(folded) and _TICKET.search(folded)) or _MUST_STAY.search(folded)):
        return True
    return bool((_PASSPORT_TAKEN.search(folded) and _TRIP.search(folded)) or _SENT_AWAY.search(folded))
