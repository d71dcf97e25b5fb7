"""A child's fear of what telling brings, asked a moment after the child's route.

"hij zegt dat ik het aan niemand mag vertellen", "ben ik dan een verrader", "gaan ze mijn papa dan
oppakken?", "wat als mama boos wordt": the few words alone came close to nothing sure (topics about
the police or carers), and the child's route was given again. These fears keep children from
telling; each gets the entry written for it: telling is allowed and no betrayal
(mag-je-het-vertellen), help after telling mostly comes at home (wat-gebeurt-er-als-je-het-vertelt,
also for the fear of having to leave home), and what you tell the Kindertelefoon stays there
(vertelt-de-kindertelefoon-het-door). "ik durf het niet tegen mn ouders te zeggen" (a 15-year-old
after the CSG's number got that number again): help can start without the parents knowing
(hulp-vragen-zonder-je-ouders).
"""
import re
from typing import Optional

from veilig.text import fold

MAY_TELL_ENTRY = "mag-je-het-vertellen"
WITHOUT_PARENTS_ENTRY = "hulp-vragen-zonder-je-ouders"
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
# Having to leave home: "moet ik dan weg van huis als ik het vertel" (thirty-fourth session's fifth
# tuning conversations), "moet ik dan in een pleeggezin wonen", "halen ze me dan weg".
_SENT_AWAY = re.compile(
    r"\b((moet|moeten) (ik|we|wij) (dan |daarna |ook )*(weg van huis|ergens anders (gaan )?wonen|naar een pleeggezin|"
    r"in een pleeggezin|naar een tehuis|in een tehuis|verhuizen)|"
    r"(halen|nemen) (ze|ze mij|ze me) (me |mij )?(dan )?(weg|mee|uit huis)|(word|wordt) ik (dan )?uit huis geplaatst)\b")
_ANGRY = re.compile(
    rf"\b(wat )?als {_PARENT} (dan |het )?(boos|kwaad|woedend|heel boos) (wordt|word|worden|is|zijn)|"
    # "als ik het zeg gaat mama boos worden" (twenty-second session's probe)
    rf"((gaat|gaan|wordt|word|zal|zullen) {_PARENT}|{_PARENT} (gaat|gaan|wordt|word|zal|zullen)) (dan |vast |zeker )?"
    r"(heel |echt |super )?(boos|kwaad|woedend|verdrietig)( worden| zijn)?\b|"
    rf"(wat )?als {_PARENT} (het |dat )?(merkt|merken|ontdekt|ontdekken|erachter komt|erachter komen|te weten komt|hoort|"
    r"hoorde)\b")

# Not daring to tell one's own parents: "ik durf het niet tegen mn ouders te zeggen", "mijn moeder mag
# het niet weten".
_OWN_PARENTS = r"(mijn|mn|m n) (ouders|moeder|vader|mama|papa)|mama|papa|mn ma|mn pa"
_NOT_DARING_TO_TELL_PARENTS = re.compile(
    rf"\b((durf|durft|durven|wil|kan|kun) (ik )?(het |dit |dat )?(echt )?(niet|nie|nooit) (\w+ )?(aan|tegen) ({_OWN_PARENTS}) "
    rf"(te )?(zeggen|vertellen|vragen)|({_OWN_PARENTS}) (mogen|mag) (het|dit|dat) (niet|nie|nooit) (weten|horen)|"
    rf"(wil|wilt) (niet|nie) dat ({_OWN_PARENTS}) (het|dit|dat|er iets van) (weten|weet|horen|hoort|merken|merkt))\b")


def childs_fear_entry(text: str) -> Optional[str]:
    """The entry for a child's fear of telling, or None."""
    folded = fold(text or "")
    if _SECRET.search(folded):
        return MAY_TELL_ENTRY
    if _PUNISHED.search(folded) or _SENT_AWAY.search(folded):
        return AFTER_TELLING_ENTRY
    if _ANGRY.search(folded):
        return STAYS_THERE_ENTRY
    if _NOT_DARING_TO_TELL_PARENTS.search(folded):
        return WITHOUT_PARENTS_ENTRY
    return None
