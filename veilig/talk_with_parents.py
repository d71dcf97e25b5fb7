"""'Moet ik eerst met zijn vader praten?' a moment after telling of a child one worries about, and
'mag ik met haar ouders praten?' from a professional after threats over a girl's boyfriend. Both
got a choice of topics or no clear answer (twenty-fifth session's probe). A bystander does not
confront parents on their own: when a parent may hurt the child, that can put the child in danger,
so advice first; with honour-based threats a professional seeks no open contact with the family
before expert advice (actions/follow_up.py)."""
import re

from veilig.text import fold

BYSTANDER_ENTRY = "eerst-met-de-ouders-praten-als-omstander"
HONOUR_PROFESSIONAL_ENTRY = "meldcode-eergerelateerd-geweld"

_PARENTS = r"(vader|moeder|ouders|papa|mama|pa|ma|stiefvader|stiefmoeder|stiefpa|stiefma)"
_FAMILY = rf"({_PARENTS[1:-1]}|familie|broer|broers|oom|ooms)"
_WHOSE = r"(zijn|haar|de|hun|die|z n|d r|dr)"
_ASKS = r"(moet|mag|kan|zal|zou|moeten|mogen|kunnen|zullen) (ik|we|wij|je|jij) (\w+ ){0,2}"
_TALK = r"(praten|gaan praten|spreken|in gesprek( gaan)?|aanspreken|confronteren|bellen|inlichten|op de hoogte brengen)"


def _asks_to_talk_with(whom: str) -> re.Pattern:
    return re.compile(
        rf"\b{_ASKS}(eerst |zelf |even )?(met|bij) {_WHOSE} {whom} (\w+ ){{0,2}}{_TALK}|"
        rf"\b{_ASKS}(eerst |zelf |even )?{_WHOSE} {whom} (\w+ ){{0,2}}(erop |daarop |er )?(aanspreken|confronteren|bellen|"
        r"inlichten|vertellen|op de hoogte brengen)\b")


_WITH_PARENTS = _asks_to_talk_with(_PARENTS)
_WITH_FAMILY = _asks_to_talk_with(_FAMILY)


def asks_to_talk_with_the_parents(text: str) -> bool:
    return bool(_WITH_PARENTS.search(fold(text or "")))


def asks_to_talk_with_the_family(text: str) -> bool:
    return bool(_WITH_FAMILY.search(fold(text or "")))
