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


# Told without the word, as the signs are named: a girl taken to a country where it is common for a
# feast of becoming a woman ("haar zusje van 7 gaat deze zomer mee naar oma in somalie voor een feest voor
# grote meisjes", the tenth tuning conversations: the meldcode's general answer).
_GIRL = re.compile(r"\b(meisje|meisjes|meid|dochter|dochters|dochtertje|zusje|zus|nichtje|kleindochter|leerling|ze|zij)\b")
_COMING_OF_AGE = re.compile(r"\b(feest (voor|van) (de )?grote meisjes|grote meisjes feest|(echte )?vrouw (te )?worden|"
                            r"schoon (te )?(worden|maken|gemaakt)|besnijdenisfeest)\b")
_RISK_COUNTRY = re.compile(r"\b(somalie|somaliland|egypte|soedan|sudan|eritrea|ethiopie|djibouti|guinee|mali|"
                           r"sierra leone|gambia|burkina faso|koerdistan)\b")
_FEAST = re.compile(r"\b(feest|feestje|ritueel|ceremonie|traditie|speciale dag|belangrijke dag)\b")


def tells_of_genital_mutilation(text: str) -> bool:
    folded = fold(text or "")
    if _BOY.search(folded):
        return False
    if _SIGNS.search(folded):
        return True
    return bool(_GIRL.search(folded) and (_COMING_OF_AGE.search(folded)
                                          or (_RISK_COUNTRY.search(folded) and _FEAST.search(folded))))
