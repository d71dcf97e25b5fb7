"""One who told that they are deaf or hard of hearing ("Ik ben doof en kan niet bellen. Mijn man
slaat me"), and asks a moment later how to call 112 in danger: "Bel meteen 112 ... kun je niet
praten, blijf dan aan de lijn" is no answer for them (twenty-fourth session's probe). The answer on
112 for deaf and hard-of-hearing people (the 112NL app, registering beforehand) is
(actions/knowledge_answer.answer_messages)."""
import re

from veilig.text import fold

DEAF_112_ENTRY = "alarmnummer-voor-doven-slechthorenden-en-spraakbeperking"
_DEAF = re.compile(r"\b(doof|dove|doven|slechthorend\w*|spraakbeperking|kan (niet|slecht) horen|gebarentaal|"
                   r"hoor (niks|niets|slecht))\b")
_ON_112 = frozenset({"acuut-gevaar", "alarmnummer-bellen-als-je-niet-kunt-praten"})


def version_for_a_deaf_person(entry_id: str, told: str) -> str:
    """The answer on 112 for deaf people, for one who told they are deaf; else entry_id."""
    return DEAF_112_ENTRY if entry_id in _ON_112 and _DEAF.search(fold(told or "")) else entry_id
