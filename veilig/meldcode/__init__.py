"""The meldcode for professionals, pure and deterministic (testable without Rasa):
the afwegingskader decision (decision), sectors and their notes (sectors), recognising a
professional (profession) and the summary for the file (summary). The formal register ('u')
is in veilig/formal.py."""
from veilig.meldcode.decision import (
    ADVIES_VRAGEN, ANSWERS, DECISIONS, GEEN_VERMOEDEN, HULP_EN_VOLGEN, JA, MELDEN, NEE, QUESTION_SLOTS, QUESTIONS,
    STEP_SLOTS, STEPS, WEET_NIET, decide, deciding_question, questions_to_ask,
)
from veilig.meldcode.profession import detect_profession, detect_resident
from veilig.meldcode.sectors import ALGEMEEN, SECTOR_LABELS, SECTOR_NOTES, parse_sector, sector_note
from veilig.meldcode.summary import DECISION_TEXT, NEXT_STEP, summary

__all__ = [
    "ADVIES_VRAGEN", "ANSWERS", "DECISIONS", "GEEN_VERMOEDEN", "HULP_EN_VOLGEN", "JA", "MELDEN", "NEE", "QUESTION_SLOTS",
    "QUESTIONS", "STEP_SLOTS", "STEPS", "WEET_NIET", "decide", "deciding_question", "questions_to_ask",
    "detect_profession", "detect_resident", "ALGEMEEN", "SECTOR_LABELS", "SECTOR_NOTES", "parse_sector", "sector_note",
    "DECISION_TEXT", "NEXT_STEP", "summary",
]
