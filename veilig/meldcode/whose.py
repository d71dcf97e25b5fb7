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
