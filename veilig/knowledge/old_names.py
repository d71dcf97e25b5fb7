"""Old names of Veilig Thuis in a question, read as Veilig Thuis.

The Advies- en Meldpunt Kindermishandeling (AMK) and the Steunpunt Huiselijk Geweld (SHG) became
Veilig Thuis in 2015 (knowledge entry 'veilig-thuis-vroeger-amk-en-shg'), but many pages people
read still use the old names: "Wanneer doet het AMK onderzoek?" asks what Veilig Thuis does now.
The dialogue searches such a question once more with the current name
(veilig.dialogue_order.find_in_knowledge); a question about the old organisation itself ("Wat is
het AMK?", "Bestaat het AMK nog?") keeps the entry that tells what became of it.
"""
import re

CURRENT_NAME = "Veilig Thuis"
# Entries that answer a question about the organisation as such: for those the old name's own
# entry is the better answer ("it is Veilig Thuis now").
ABOUT_THE_ORGANISATION = frozenset({"veilig-thuis", "veilig-thuis-vroeger-amk-en-shg"})

_OLD_NAME = re.compile(
    r"\b(?:het\s+)?(?:"
    r"(?:algemeen\s+|advies-?\s*en\s+)?meldpunt\s+kindermishandeling(?:\s*\(\s*amk\s*\))?"
    r"|(?:advies-?\s*en\s+)?steunpunt\s+huiselijk\s+geweld(?:\s*\(\s*a?shg\s*\))?"
    r"|advies-?\s*en\s+meldpunt\s+huiselijk\s+geweld\s+en\s+kindermishandeling(?:\s*\(\s*amhk\s*\))?"
    r"|amk|a?shg|amhk)(?!\w)",
    re.IGNORECASE)


def with_current_name(text: str) -> str:
    """The text with every old name of Veilig Thuis replaced by the current one."""
    return _OLD_NAME.sub(CURRENT_NAME, text or "")
