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


# One hard of hearing who asks to write instead of calling, with no danger named ("Ik hoor slecht aan
# de telefoon. Kan ik ook schrijven met iemand?", an older woman in the ninth tuning conversations, got
# the 112 answer for deaf people): Veilig Thuis's chat, which names 112 for danger.
CHAT_ENTRY = "chatten-met-veilig-thuis"
_TO_WRITE = re.compile(r"\b(schrijven|chatten|chat|mailen|e ?mailen|typen|appen|whatsappen|sms en|smsen)\b")
_DANGER_NAMED = re.compile(r"\b(112|nood|gevaar|noodgeval|acuut|politie)\b")


def version_for_a_deaf_person(entry_id: str, told: str, text: str = "") -> str:
    """The answer on 112 for deaf people, for one who told they are deaf; Veilig Thuis's chat for one
    hard of hearing who asks to write, not about danger (`text`: the message itself); else entry_id."""
    folded = fold(text or "")
    if (entry_id in _ON_112 | {DEAF_112_ENTRY} and _DEAF.search(folded) and _TO_WRITE.search(folded)
            and not _DANGER_NAMED.search(folded)):
        return CHAT_ENTRY
    return DEAF_112_ENTRY if entry_id in _ON_112 and _DEAF.search(fold(told or "")) else entry_id


def told_deaf(told: str) -> bool:
    """The messages before said the writer is deaf or hard of hearing."""
    return bool(_DEAF.search(fold(told or "")))
