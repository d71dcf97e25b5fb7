"""Who used violence: the writer, or someone else?

The classifier may take a victim for a pleger. One who asks "komt de dader mijn gegevens te weten
als ik aangifte doe?" should not get the pleger's line ("ook voor mensen die zelf geweld gebruiken
..."), unless they say they are the doer themselves ("als ik zelf de dader ben"); one who writes
"mijn moeder slaat me met de slof" gets the victim's route (veilig/dialogue_order.py), unless they
tell of violence of their own ("ik sla terug").
"""
import re

from veilig.text import fold

_THE_OTHER_AS_DOER = re.compile(r"\b(de|die|deze) (dader|verdachte|pleger)\b")
_SELF_AS_DOER = re.compile(r"\b(ik ben|zelf) (de |een )?(dader|pleger)\b")


def speaks_of_the_doer_as_another(text: str) -> bool:
    """'de dader', 'die verdachte' ... without 'ik ben (zelf) de dader'."""
    folded = fold(text or "")
    return bool(_THE_OTHER_AS_DOER.search(folded)) and not _SELF_AS_DOER.search(folded)


# Violence done to the writer by someone else: "mijn moeder slaat me met de slof".
_DONE_TO_ME = re.compile(r"\b(slaat|sloeg|schopt|schopte|trapt|trapte|mishandelt|mishandelde|bedreigt|bedreigde|duwt|"
                         r"duwde|knijpt|kneep|wurgt|wurgde|stompt|stompte|pest|kleineert|vernedert) (me|mij)\b")
_I_DO_IT = re.compile(r"\b(ik|ikzelf) (sla|sloeg|schop|schopte|trap|mishandel|bedreig|duw|knijp|wurg|stomp|"
                      r"heb (\w+ ){0,3}(geslagen|geschopt|mishandeld|bedreigd|geduwd|gewurgd))\b|\bterug (te )?slaan\b")


def done_to_the_writer_only(text: str) -> bool:
    """Someone does violence to the writer ('... slaat me'), and the writer tells of none of their
    own ('ik sla', 'ik heb hem geslagen', 'terug slaan'): a victim, not a pleger."""
    folded = fold(text or "")
    return bool(_DONE_TO_ME.search(folded)) and not _I_DO_IT.search(folded)
