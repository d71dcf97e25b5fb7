"""Honour-based violence and forced marriage: talking openly with the parents or the family can put
the one at risk in graver danger, so those answers tell professionals to seek expert advice first
(knowledge/meldcode/meldcode-eergerelateerd-geweld.md, huwelijksdwang-achterlating-professional.md).
A follow-up right after such an answer that asks whether to talk with the parents ('moet ik dat met
de ouders bespreken?') gets that warning again, not step 3 of the meldcode linked to it, which tells
to talk with them (actions/knowledge_answer.context_entry)."""
import re

from veilig.text import fold

CAUTION_ENTRIES = frozenset({"meldcode-eergerelateerd-geweld", "huwelijksdwang-achterlating-professional"})

_FAMILY = r"(ouders?|vader|moeder|familie|broer|broers|oom|ooms|gezin)"
_TALK = r"(bespreken|bespreek|praten|praat|vertellen|vertel|zeggen|gesprek|confronteren|aanspreken|contact|bellen|bel|uitnodigen)"
_TALK_WITH_FAMILY = re.compile(rf"\b{_TALK}\b.*\b{_FAMILY}\b|\b{_FAMILY}\b.*\b{_TALK}\b")


def asks_to_talk_with_the_family(text: str) -> bool:
    return bool(_TALK_WITH_FAMILY.search(fold(text or "")))


def caution_again(previous_entry_id: str, text: str) -> bool:
    """The answer before warned against open contact with the family, and this asks about it."""
    return previous_entry_id in CAUTION_ENTRIES and asks_to_talk_with_the_family(text)
