"""A question about one step of the meldcode by its number: the entry of that step.

"wat doe ik in stap 5?", "meldcode stap 5 uitleg graag", "en stap 4?", "wat is de derde stap van de
meldcode": the word search weighs '5' and 'stap' as much for 'de 5 stappen van de meldcode' as for
step 5 itself, and the two came out tied, so the bot offered buttons for a clear question. An
ordinal ("de eerste stap") counts only with the meldcode named: "wat is de eerste stap als ik weg
wil" is no meldcode question.
"""
import re
from typing import Optional

from veilig.text import fold

_NUMBER = {"1": 1, "een": 1, "2": 2, "twee": 2, "3": 3, "drie": 3, "4": 4, "vier": 4, "5": 5, "vijf": 5}
_ORDINAL = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "laatste": 5}
_STEP = re.compile(r"\bstap (1|2|3|4|5|een|twee|drie|vier|vijf)\b(?! (stappen|van de \d))")
_ORDINAL_STEP = re.compile(r"\b(eerste|tweede|derde|vierde|vijfde|laatste) stap\b")
_MELDCODE = re.compile(r"\bmeldcode\b")


def named_step_entry(text: str) -> Optional[str]:
    """'meldcode-stap-N' for a question that names step N of the meldcode, else None."""
    folded = fold(text or "")
    match = _STEP.search(folded)
    if match:
        return f"meldcode-stap-{_NUMBER[match.group(1)]}"
    match = _ORDINAL_STEP.search(folded)
    if match and _MELDCODE.search(folded):
        return f"meldcode-stap-{_ORDINAL[match.group(1)]}"
    return None
