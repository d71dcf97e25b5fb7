"""A question about reporting to Veilig Thuis that names no violence ("krijgt de persoon die ik
meld te horen dat ik het was"): the classifier may hold it for not ours, yet it is the heart of
what bystanders ask. The off-topic action then searches before it says "daar kan ik je niet mee
helpen" (actions/routes.py). A municipal report ("hoe meld ik een kapotte lantaarnpaal") has its
own off-topic route and is not asked here."""
import re

from veilig.dialogue_order import asks_information
from veilig.text import fold

_REPORTING = re.compile(r"\b(meld|meldt|melden|melding|meldingen|gemeld|melder)\b")
_THE_SERVICE = re.compile(r"\bveilig ?thuis\b")


def names_reporting(text: str) -> bool:
    """A word of reporting ('melden', 'melding', 'gemeld'), not only the service's name."""
    return bool(_REPORTING.search(fold(text)))


def asks_about_reporting(text: str) -> bool:
    return asks_information(text) and (names_reporting(text) or bool(_THE_SERVICE.search(fold(text))))
