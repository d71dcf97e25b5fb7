"""One who asks whether they are now the doer: "ben ik nu iemand die haar mishandelt?" from a carer
who grabbed a mother with dementia, "als ik haar een keer van me afduw ben ik dan opeens de dader" from
a man hit by his wife (the sixth and seventh tuning conversations: 112 first for the 'nu', a
choice of topics). The answer depends on what the conversation told: pushing back is self-defence,
a carer at the end of their strength is care gone wrong, one on the pleger's route gets the help for
plegers."""
import re
from typing import Optional

from veilig.text import fold

SELF_DEFENCE_ENTRY = "jezelf-verdedigen-tegen-geweld"
CARE_GONE_WRONG_ENTRY = "ontspoorde-mantelzorg"
PLEGER_HELP_ENTRY = "hulp-voor-plegers"

_ASKS_IF_DOER = re.compile(
    r"\b(ben|word) ik (nu |dan |dus |opeens |ineens |eigenlijk |zelf |ook |echt )*(een |de )?"
    r"(iemand die (\w+ ){0,2}(mishandelt|slaat|pijn doet|misbruikt)|dader|pleger|mishandelaar|"
    r"slechte (zoon|dochter|moeder|vader|mantelzorger|partner))\b|"
    # denied as a question: "heeft dit een naam, wat ik doe? ik ben toch geen mishandelaar" from a carer who
    # pulled her husband's arm (the eleventh tuning conversations: the victim's route)
    # ("ik ben geen slecht mens toch" is a feeling after the route, answered as one: actions/routes.py)
    r"\bik ben (toch |echt |heus |helemaal )?geen (dader|pleger|mishandelaar)\b")
_PUSHED_BACK = re.compile(r"\b(afduw|afduwen|wegduw|weg duw|terugsla|terug sla|terugslaan|terug slaan|verdedig\w*|"
                          r"van me af (duw|duwen|geduwd|houd|houden))\b")
_CARES_FOR = re.compile(r"\b(zorg (\w+ ){0,3}voor|mantelzorg\w*|alzheimer|dementie|dement|verzorg\w*)\b")


def asks_if_the_doer(text: str) -> bool:
    return bool(_ASKS_IF_DOER.search(fold(text or "")))


def am_i_the_doer_entry(text: str, route: Optional[str], told: str) -> Optional[str]:
    """The entry for 'am I now the doer?', from what the message and the conversation told; None
    when it is no such question or nothing told says which answer fits."""
    if not asks_if_the_doer(text):
        return None
    both = fold(f"{told or ''} {text}")
    if _PUSHED_BACK.search(both):
        return SELF_DEFENCE_ENTRY
    if _CARES_FOR.search(both):
        return CARE_GONE_WRONG_ENTRY
    return PLEGER_HELP_ENTRY if route == "pleger" else None
