"""Does the writer speak of the one who used violence as someone else?

The classifier may take the word 'dader' for a pleger speaking. A victim who asks "komt de dader
mijn gegevens te weten als ik aangifte doe?" is no pleger and should not get the pleger's line
("ook voor mensen die zelf geweld gebruiken ..."), unless they say they are the doer themselves
("als ik zelf de dader ben").
"""
import re

from veilig.text import fold

_THE_OTHER_AS_DOER = re.compile(r"\b(de|die|deze) (dader|verdachte|pleger)\b")
_SELF_AS_DOER = re.compile(r"\b(ik ben|zelf) (de |een )?(dader|pleger)\b")


def speaks_of_the_doer_as_another(text: str) -> bool:
    """'de dader', 'die verdachte' ... without 'ik ben (zelf) de dader'."""
    folded = fold(text or "")
    return bool(_THE_OTHER_AS_DOER.search(folded)) and not _SELF_AS_DOER.search(folded)
