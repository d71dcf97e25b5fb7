"""Female genital mutilation told, as a threat or a plan ("mijn schoonfamilie wil dat ik mijn
dochter laat besnijden", "mijn nichtje wordt in de vakantie besneden"). Without a word of violence
the classifier took it for not ours; it counts as violence (veilig/worry.py), and after the route's
number what it is and where to turn follows (actions/routes.py). A professional who tells of it gets
what a professional does on that suspicion (veilig/dialogue_order.py, row 3j)."""
import re

from veilig.text import fold

GENITAL_MUTILATION_ENTRY = "vrouwelijke-genitale-verminking"
# A professional's suspicion: what to do, whom to ask (veilig/dialogue_order.py).
PROFESSIONAL_ENTRY = "vgv-vermoeden-professional"

_SIGNS = re.compile(r"\b(besnijd\w*|besneden|meisjesbesnijdenis|vrouwenbesnijdenis|genitale verminking|vgv|fgm)\b")
# Boys' circumcision is another matter: "mijn zoon wordt besneden".
_BOY = re.compile(r"\b(zoon|zoontje|jongen|jongetje|broertje|neefje|baby jongen)\b")


def tells_of_genital_mutilation(text: str) -> bool:
    folded = fold(text or "")
    return bool(_SIGNS.search(folded)) and not _BOY.search(folded)
