"""Whether the meldcode is the asker's own ("heb ik ook een meldcode?", "geldt de meldcode voor mij?").

Every word but 'meldcode' is a common word, so the search answered what the meldcode is
(twenty-third session's probe: a volunteer football trainer). The question is for whom the law
makes it compulsory; a volunteer, trainer or club asks the volunteers' answer
(veilig.dialogue_order.find_in_knowledge)."""
import re
from typing import Optional

from veilig.text import fold

FOR_WHOM_ENTRY = "meldcode-verplicht-voor-wie"
VOLUNTEERS_ENTRY = "meldcode-vrijwilligers"

_MINE = re.compile(r"\b((heb|hebben|moet|moeten) (ik|wij|we|jullie) (als (een )?\w+ )?(dan |nu )?(ook |wel |zelf )?(een|de|die) meldcode|"
                   r"(geldt|gelden|is) (de|die|een) meldcode (dan |nu )?(ook |wel )?(voor|van toepassing op) (mij|ons|mijn \w+)|"
                   r"(val|valt|vallen) (ik|wij|we|mijn \w+) (dan |nu )?(ook |wel )?onder de meldcode)\b")
_VOLUNTEER = re.compile(r"\b(vrijwillig\w*|trainer|trainster|coach|voetbal\w*|sportclub|sportvereniging|club|"
                        r"vereniging|scouting|leider|leidster van de \w+)\b")


def whose_meldcode_entry(question: str) -> Optional[str]:
    """The entry on whom the meldcode binds, for a question whether it binds the asker; else None."""
    folded = fold(question or "")
    if not _MINE.search(folded):
        return None
    return VOLUNTEERS_ENTRY if _VOLUNTEER.search(folded) else FOR_WHOM_ENTRY



# Roles without a professional secret (twenty-third session's probe: an HR worker and an imam were
# told the meldrecht, which is for those with a beroepsgeheim): anyone may report to Veilig Thuis,
# also without the consent of the one it is about, which is their answer.
MELDRECHT_ENTRY = "meldrecht"
ANYONE_MAY_REPORT_ENTRY = "melden-als-zij-het-niet-wil"
_WITHOUT_SECRECY = re.compile(r"\b(hr|p ?en ?o|personeelszaken|werkgever|leidinggevende|manager|teamleider van een bedrijf|"
                              r"imam|pastoor|pastor|dominee|priester|predikant|voorganger|trainer|trainster|coach|"
                              r"vrijwilliger|vrijwilligster)\b")
_WITH_SECRECY = re.compile(r"\b(arts|huisarts|jeugdarts|verpleegkundige|psycholoog|psychiater|therapeut|advocaat|"
                           r"maatschappelijk werker|verloskundige|tandarts|apotheker|fysiotherapeut|logopedist)\b")


def answer_without_professional_secrecy(entry_id: str, told: str) -> str:
    """For the meldrecht asked by one whose role has no professional secret: that anyone may report."""
    folded = fold(told or "")
    if entry_id == MELDRECHT_ENTRY and _WITHOUT_SECRECY.search(folded) and not _WITH_SECRECY.search(folded):
        return ANYONE_MAY_REPORT_ENTRY
    return entry_id
