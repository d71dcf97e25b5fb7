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


# "Welke stappen moet ik zetten?", "wat moet ik volgens de meldcode doen?", "hoe pas ik de meldcode
# hierop toe?" after a case told: the steps in a row (with the button to walk through them), not the
# route's line with topics (thirty-fourth session's fifth tuning conversations).
STEPS_ENTRY = "meldcode-vijf-stappen"
_ASKS_THE_STEPS = re.compile(
    r"\b(welke|wat zijn de|wat zijn mijn) (volgende )?stappen (moet|kan|moeten|kunnen) (ik|we|wij|u) "
    r"((nu|dan|hierin|hier|eigenlijk|verder) )*(zetten|nemen|volgen|doorlopen|doen)\b|"
    r"\bwat (moet|kan|moeten|kunnen) (ik|we|wij|u) ((nu|dan|hier|eigenlijk) )*(volgens|met) de meldcode "
    r"((nu|dan|hier|hiermee|eigenlijk) )*doen\b|"
    r"\bhoe (pas|passen) (ik|je|we|wij|u) de meldcode (\w+ ){0,2}toe\b|"
    r"\bwat zegt de meldcode (hierover|daarover|over (dit|zo ?n|zoiets|deze situatie|dit geval))\b|"
    # "Wat doe je als er zorgen zijn om een kind?", "Wat als je vermoedt dat een kind wordt mishandeld?",
    # "Wat zijn de vervolgstappen indien er een vermoeden is van kindermishandeling?" (tuning questions)
    r"\bwat (doe|doen) (je|ik|u|we|wij) (dan |nu |eigenlijk )?(als|wanneer|dan|nu)\b|"
    r"\bwat als (je|ik|u|we) (\w+ )?(vermoed|vermoedt|vermoeden|twijfel|twijfelt|zorgen)\b|\bvervolgstappen\b")


def asks_for_the_steps(text: str) -> bool:
    """A professional asks which steps to take, by the meldcode, without naming one step."""
    folded = fold(text or "")
    return bool(_ASKS_THE_STEPS.search(folded)) and not named_step_entry(text)
