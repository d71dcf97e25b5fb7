"""The summary of a walk-through for the professional's file: no date, no names."""
from typing import Optional, Sequence

from veilig.contacts import render
from veilig.meldcode.decision import (ADVIES_VRAGEN, GEEN_VERMOEDEN, HULP_EN_VOLGEN, JA, MELDEN, NEE, QUESTIONS, STEPS,
                                      WEET_NIET, _walk)
from veilig.meldcode.sectors import SECTOR_LABELS

# The summary for the professional's file: no date, no names, only the steps and answers.

_ANSWER_TEXT = {JA: "ja", NEE: "nee", WEET_NIET: "weet ik niet"}
_STEP_TEXT = {JA: "gedaan", NEE: "nog niet gedaan", WEET_NIET: "onduidelijk, nog doen"}
DECISION_TEXT = {
    MELDEN: "melden bij Veilig Thuis is noodzakelijk",
    HULP_EN_VOLGEN: "hulp bieden of organiseren en de effecten volgen",
    ADVIES_VRAGEN: "advies vragen bij Veilig Thuis (bij twijfel altijd)",
    GEEN_VERMOEDEN: "geen vermoeden: vastleggen en alert blijven",
}
NEXT_STEP = {
    MELDEN: (
        "Melden bij Veilig Thuis. Bespreek de melding vooraf met de betrokkene(n), tenzij dat de "
        "veiligheid in gevaar brengt. Leg de melding en uw afweging vast."
    ),
    HULP_EN_VOLGEN: (
        "Hulp bieden of organiseren, afspraken vastleggen en de effecten volgen. Wordt het niet "
        "(op tijd) veilig of werken de betrokkenen niet meer mee, dan alsnog melden."
    ),
    ADVIES_VRAGEN: (
        "Advies vragen bij Veilig Thuis en daarna het afwegingskader opnieuw doorlopen met dat advies."
    ),
    GEEN_VERMOEDEN: (
        "Signalen en deze afweging vastleggen en alert blijven. Bij nieuwe signalen de meldcode "
        "opnieuw doorlopen; advies vragen bij Veilig Thuis kan altijd."
    ),
}
_REASON = {
    (MELDEN, 2): "acute of structurele onveiligheid",
    (MELDEN, 3): "geen passende hulp mogelijk",
    (MELDEN, 4): "betrokkenen aanvaarden de hulp niet of werken niet mee",
    (MELDEN, 5): "de hulp leidt niet op tijd tot voldoende veiligheid",
}


def summary(answers: Sequence[Optional[str]], steps: Sequence[Optional[str]] = (None, None, None),
            sector: Optional[str] = None) -> str:
    """A short plain text the professional can copy into the file. Raises ValueError while the
    afwegingskader is not finished."""
    decision, reached, deciding = _walk(answers)
    if decision is None:
        raise ValueError("the afwegingskader is not finished")
    lines = ["Meldcode huiselijk geweld en kindermishandeling - samenvatting"]
    if sector in SECTOR_LABELS:
        lines.append(f"Sector: {SECTOR_LABELS[sector]}")
    for label, answer in zip(STEPS, steps):
        lines.append(f"{label}: {_STEP_TEXT.get(answer or '', 'niet ingevuld')}")
    lines.append("Stap 4 en 5 - afwegingskader:")
    for number, (question, answer) in enumerate(zip(QUESTIONS, answers), start=1):
        shown = _ANSWER_TEXT[answer] if number <= reached and answer else f"niet van toepassing (besluit na vraag {reached})"
        lines.append(f"{number}. {question} {shown}")
    reason = _REASON.get((decision, deciding)) if deciding is not None else None
    lines.append(f"Besluit: {DECISION_TEXT[decision]}" + (f" ({reason})." if reason else "."))
    lines.append(f"Volgende stap: {NEXT_STEP[decision]}")
    lines.append("Advies: Veilig Thuis {tel:veilig_thuis} (gratis, dag en nacht).")
    return render("\n".join(lines))
