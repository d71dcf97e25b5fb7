"""One hurt who does not want the one who hurts to get into trouble ("ik wil niet dat hij in de
problemen komt, het is mijn kind", "ik wil hem niet aangeven", "ik wil niet dat hij de cel in gaat").

The classifier heard danger in it (twenty-second session's probe: 112, then a bystander's tips to a
woman of 78 whose son takes her bank card). What holds such a person back is the fear of the police
and of punishment: Veilig Thuis is not the police and helps without a report (is-veilig-thuis-de-politie);
an older person whose money is taken hears that most older people do not report family and that
advice needs no report (je-geld-wordt-afgepakt-als-oudere)."""
import re
from typing import Optional

from veilig.older import OLDER_MONEY_ENTRY, gives_an_old_age, tells_of_money
from veilig.text import fold

NOT_THE_POLICE_ENTRY = "is-veilig-thuis-de-politie"
# The routes of those who may say so (not after 112: one in danger now needs the police).
PROTECTING_ROUTES = frozenset({"slachtoffer", "ouderen", "omstander", "kind", "seksueel_geweld"})

_DOER = r"(hij|zij|ze|mijn \w+|mn \w+|m n \w+)"
_DOER_OBJECT = r"(hem|haar|mijn \w+|mn \w+|m n \w+)"
_PROTECTS = re.compile(
    rf"\b((wil|wilt) (\w+ )?(niet|nooit) dat {_DOER} (\w+ ){{0,2}}(in de problemen|problemen krijgt|in de cel|de cel in|"
    r"in de gevangenis|de gevangenis in|opgepakt|gearresteerd|straf krijgt|een strafblad)|"
    rf"(wil|wilt|kan|durf) {_DOER_OBJECT} (toch )?(niet|nooit) (aangeven|verraden)|"
    rf"(wil|wilt) {_DOER_OBJECT} (\w+ )?(niet|nooit) in de problemen brengen)\b")
# An older writer: an old age, or one who speaks of her (grown) son or daughter or grandchild.
_ONES_CHILD = re.compile(r"\b(mijn|mn) (zoon|dochter|kleinzoon|kleindochter)\b")


def protects_the_doer(text: str) -> bool:
    return bool(_PROTECTS.search(fold(text or "")))


def entry_for_protecting_the_doer(told: str, text: str) -> Optional[str]:
    """The entry for one who does not want the doer in trouble, or None."""
    if not protects_the_doer(text):
        return None
    before = fold(f"{told} {text}")
    older = gives_an_old_age(before) or _ONES_CHILD.search(before)
    return OLDER_MONEY_ENTRY if older and tells_of_money(before) else NOT_THE_POLICE_ENTRY
