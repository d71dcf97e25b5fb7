"""A child's fear of what telling brings, asked a moment after the child's route.

"hij zegt dat ik het aan niemand mag vertellen", "ben ik dan een verrader", "gaan ze mijn papa dan
oppakken?", "wat als mama boos wordt": the few words alone came close to nothing sure (topics about
the police or carers), and the child's route was given again. These fears keep children from
telling; each gets the entry written for it: telling is allowed and no betrayal
(mag-je-het-vertellen), help after telling mostly comes at home (wat-gebeurt-er-als-je-het-vertelt),
and what you tell the Kindertelefoon stays there (vertelt-de-kindertelefoon-het-door).
"""
import re
from typing import Optional

from veilig.text import fold

MAY_TELL_ENTRY = "mag-je-het-vertellen"
AFTER_TELLING_ENTRY = "wat-gebeurt-er-als-je-het-vertelt"
STAYS_THERE_ENTRY = "vertelt-de-kindertelefoon-het-door"

_PARENT = r"(mama|papa|mam|pap|mijn (moeder|vader|ouders|stiefvader|stiefmoeder)|mn \w+|m n \w+|hij|zij|ze)"
_SECRET = re.compile(
    r"\b((aan|tegen) niemand (\w+ )?(mag|mogen|moet|kan) (vertellen|zeggen|verklappen)|"
    r"(mag|mogen) (het |dit |dat )?(aan|tegen) niemand (vertellen|zeggen)|"
    r"(ons|een|het is ons|het is een) geheim(pje)?|niet (mag|mogen) (vertellen|zeggen|verklappen|doorvertellen)|"
    r"(ben|word) ik (dan )?(een )?(verrader|klikspaan|klikker)|verraad ik|(wil|wilt) niet dat ik het (vertel|zeg|doorvertel))\b")
_PUNISHED = re.compile(
    rf"\b((gaan|komen|zullen) (ze|de politie) {_PARENT} (dan )?(oppakken|meenemen|arresteren|opsluiten)|"
    rf"{_PARENT} (dan )?(opgepakt|gearresteerd|meegenomen|opgesloten)|"
    rf"(krijgt|krijgen|gaat|moet) {_PARENT} (dan )?(\w+ )?(straf|naar de gevangenis|de gevangenis in|naar de cel|de cel in|naar de bak)|"
    r"(oppakken|opgepakt)\b)")
_ANGRY = re.compile(
    rf"\b(wat )?als {_PARENT} (dan |het )?(boos|kwaad|woedend|heel boos) (wordt|word|worden|is|zijn)|"
    rf"(wat )?als {_PARENT} (het |dat )?(merkt|merken|ontdekt|ontdekken|erachter komt|erachter komen|te weten komt|hoort|"
    r"hoorde)\b")


def childs_fear_entry(text: str) -> Optional[str]:
    """The entry for a child's fear of telling, or None."""
    folded = fold(text or "")
    if _SECRET.search(folded):
        return MAY_TELL_ENTRY
    if _PUNISHED.search(folded):
        return AFTER_TELLING_ENTRY
    if _ANGRY.search(folded):
        return STAYS_THERE_ENTRY
    return None
