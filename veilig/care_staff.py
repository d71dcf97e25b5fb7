"""A care worker who hurts a client, told by a colleague or a manager ("ik ben teamleider thuiszorg.
een medewerker wordt ervan verdacht een cliënt te slaan"). The meldcode is for violence at home;
violence within a care relationship the care provider must report to the Inspectie Gezondheidszorg
en Jeugd (Wkkgz). The twenty-second session's probe saw the meldcode's general block twice, then the
text on sick leave (actions/meldcode_answer.py)."""
import re

from veilig.staff_words import HURTS, TELLING
from veilig.text import fold

CARE_RELATION_ENTRY = "geweld-in-de-zorgrelatie"

_CARE = re.compile(r"\b(thuiszorg|wijkverpleging|wijkzorg|verpleeghuis|verzorgingshuis|zorginstelling|zorgcentrum|"
                   r"woonzorgcentrum|gehandicaptenzorg|woongroep|dagbesteding|zorgboerderij|instelling|ggz|"
                   r"ziekenhuis|afdeling|zorgteam|client\w*|bewoner\w*|patient\w*)\b")
_WORKER = (r"(medewerker|medewerkster|collega|collegas|verzorgende|verzorger|verzorgster|verpleegkundige|"
           r"begeleider|begeleidster|zorgmedewerker|thuiszorgmedewerker|helpende|stagiair|stagiaire|invalkracht|"
           r"nachtdienst|zorgverlener)")
_HURTS = rf"({HURTS}|slaan|scheldt|schold|uitgescholden|vernedert|kleineert)"
# The worker does it: no word between that tells of someone else's telling ('de verpleegkundige zei
# dat mijn man mij slaat').
_WORKER_HURTS = re.compile(rf"\b{_WORKER}( (?!{TELLING}\b)\w+){{0,7}} {_HURTS}\b|\b{_HURTS}( \w+){{0,3}} (door|van) (een|de|onze|mijn) {_WORKER}\b")


def suspects_a_care_worker(text: str) -> bool:
    """A care worker (a colleague, an employee) hurts a client, in a care setting."""
    folded = fold(text or "")
    return bool(_CARE.search(folded) and _WORKER_HURTS.search(folded))
