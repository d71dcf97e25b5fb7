"""One who depends on the care of the partner who hurts them ("Ik zit in een rolstoel en mijn
vriend zorgt voor me. Als hij boos is laat hij me uren in bed liggen en pakt hij mijn telefoon
af"). A wheelchair and care read as old age to the classifier, which gave the route for someone
worried about an older person (twenty-third session's probe). It is the writer's own partner: the
victim's route, and after its number that withholding care is violence too and that depending on
him makes it harder (actions/routes.py, veilig/dialogue_order.py)."""
import re

from veilig.older import gives_an_old_age
from veilig.text import fold

DEPENDENT_CARE_ENTRY = "afhankelijk-van-de-zorg-van-je-partner"

_PARTNER = re.compile(r"\b(mijn|mn|m n) (vriend|vriendin|man|vrouw|partner|echtgenoot|echtgenote)\b")
_DEPENDS_ON_CARE = re.compile(
    r"\b(ik zit in een (rolstoel|scootmobiel)|ik (ben|zit) (gehandicapt|invalide|verlamd|bedlegerig|blind)|"
    r"ik heb een (beperking|handicap|lichamelijke beperking)|(zorgt|zorgen) voor (mij|me)|(verzorgt|helpt) (mij|me) "
    r"(met|bij)|ik ben afhankelijk van (hem|haar|zijn|haar) ?(zorg|hulp)?|ik kan (niet|nergens) (alleen|zelf) "
    r"(wonen|lopen|uit bed|naar buiten))\b")


def depends_on_a_partners_care(text: str) -> bool:
    """The writer depends on a partner's care, and gives no old age ('ik ben 82': an older person's route)."""
    folded = fold(text or "")
    return bool(_PARTNER.search(folded) and _DEPENDS_ON_CARE.search(folded)) and not gives_an_old_age(folded)
