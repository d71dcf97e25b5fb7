"""The afwegingskader decision (meldcode step 4 and 5): pure and deterministic.

The order follows domain brief section 4 (Rijksoverheid 2019):
  1. Is er, na stap 1 tot en met 3, een vermoeden?            nee -> geen vermoeden
  2. Is er sprake van acute of structurele onveiligheid?      ja  -> melden
  3. Kan ik passende hulp bieden of organiseren?              nee -> melden
  4. Aanvaarden de betrokkenen die hulp en werken ze mee?      nee -> melden
  5. Leidt de hulp op tijd tot de nodige veiligheid?           nee -> melden, ja -> hulp en volgen
'Weet ik niet' at any question that is reached: ask Veilig Thuis for advice (bij twijfel altijd).
A question after a decisive answer is not asked, and its answer (if any) is ignored.
"""
from typing import List, Optional, Sequence, Tuple

JA, NEE, WEET_NIET = "ja", "nee", "weet_niet"
ANSWERS = (JA, NEE, WEET_NIET)

GEEN_VERMOEDEN = "geen_vermoeden"
MELDEN = "melden"
HULP_EN_VOLGEN = "hulp_en_volgen"
ADVIES_VRAGEN = "advies_vragen"
DECISIONS = (GEEN_VERMOEDEN, MELDEN, HULP_EN_VOLGEN, ADVIES_VRAGEN)

QUESTION_SLOTS = ("vraag1", "vraag2", "vraag3", "vraag4", "vraag5")
STEP_SLOTS = ("stap_signalen", "stap_overleg", "stap_gesprek")

QUESTIONS = (
    "Is er, na stap 1 tot en met 3, een vermoeden van huiselijk geweld of kindermishandeling?",
    "Is er sprake van acute of structurele onveiligheid?",
    "Kunt u (of uw organisatie) passende hulp bieden of organiseren?",
    "Aanvaarden de betrokkenen die hulp en werken zij mee?",
    "Leidt de hulp op tijd tot de nodige veiligheid en het welzijn van alle betrokkenen?",
)
STEPS = (
    "Stap 1 - signalen in kaart gebracht en vastgelegd",
    "Stap 2 - overlegd met aandachtsfunctionaris of Veilig Thuis",
    "Stap 3 - gesprek gevoerd met de betrokkene(n)",
)

# The answer at question i (0-based) that ends the afwegingskader, and with which decision.
_DECISIVE = (
    {NEE: GEEN_VERMOEDEN},
    {JA: MELDEN},
    {NEE: MELDEN},
    {NEE: MELDEN},
    {NEE: MELDEN, JA: HULP_EN_VOLGEN},
)


def _normalise(answer: Optional[str]) -> Optional[str]:
    if answer is None:
        return None
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}; expected one of {ANSWERS} or None")
    return answer


def _walk(answers: Sequence[Optional[str]]) -> Tuple[Optional[str], int, Optional[int]]:
    """(decision or None, number of questions reached, 1-based question that decided)."""
    if len(answers) != 5:
        raise ValueError("the afwegingskader has exactly five questions")
    for index, raw in enumerate(answers):
        answer = _normalise(raw)
        if answer is None:
            return None, index + 1, None
        if answer == WEET_NIET:
            return ADVIES_VRAGEN, index + 1, index + 1
        decision = _DECISIVE[index].get(answer)
        if decision:
            return decision, index + 1, index + 1
    raise AssertionError("question 5 always decides")  # pragma: no cover


def decide(answers: Sequence[Optional[str]]) -> Optional[str]:
    """The afwegingskader decision, or None while a question that must be asked is unanswered.

    answers: five values 'ja' / 'nee' / 'weet_niet' / None (None = not asked, not reached).
    """
    return _walk(answers)[0]


def deciding_question(answers: Sequence[Optional[str]]) -> Optional[int]:
    """1-based number of the question whose answer decided, or None if undecided."""
    return _walk(answers)[2]


def questions_to_ask(answers: Sequence[Optional[str]]) -> List[str]:
    """Slot names of the afwegingskader questions that must be asked, given the answers so far:
    every question up to and including the first decisive or unanswered one."""
    _, reached, _ = _walk(answers)
    return list(QUESTION_SLOTS[:reached])
