"""First help for a message in another language (knowledge/talen/): which routes to send.

Deterministic, like the danger check: danger gets 112 first in that language; a place name
gets the local team; words of a child, a victim, a bystander or a pleger get that route; an
English question the entries with an English answer cover gets that answer; any other message a
kind answer that the bot can say more in Dutch (or English), with the numbers.
"""
import re
from typing import Dict, List

from veilig.danger import detect_danger
from veilig.knowledge.english import english_answer, find_english
from veilig.languages import language_messages, route_words
from veilig.local_help import local_help_route
from veilig.regions import find_municipality, find_other_municipality
from veilig.text import fold_any

# The order in which word lists are tried: a child first, then the pleger (who also names a
# partner), then a victim, a bystander, and local help.
ROUTE_ORDER = ("kind", "pleger", "slachtoffer", "omstander", "lokaal")
# Routes after which the line about language at Veilig Thuis follows.
_WITH_LANGUAGE_LINE = {"acuut", "slachtoffer", "omstander", "kind", "pleger", "lokaal", "andere_vragen"}


def _mentions(text: str, words: List[str]) -> bool:
    folded = f" {fold_any(text)} "
    return any(re.search(rf"(?<!\w){re.escape(fold_any(word))}", folded) for word in words if fold_any(word))


def choose_route(text: str, language: str) -> str:
    if detect_danger(text):
        return "acuut"
    if find_municipality(text) or find_other_municipality(text):
        return "lokaal"
    words = route_words(language)
    for route in ROUTE_ORDER:
        if _mentions(text, words.get(route, [])):
            return "vraag_gemeente" if route == "lokaal" else route
    return "andere_vragen"


def foreign_messages(text: str, language: str) -> List[Dict]:
    route = choose_route(text, language)
    if route == "lokaal":
        route, fields, no_contact = local_help_route(text)
        messages = language_messages(language, route, **fields)
        if no_contact:
            messages += language_messages(language, "lokaal_onbekend_contact", **fields)
        route = "lokaal"
    elif route == "andere_vragen" and language == "en" and find_english(text):
        # English questions are answered from the entries that have an English short answer.
        messages = [english_answer(find_english(text))]
    else:
        messages = language_messages(language, route)
    if route in _WITH_LANGUAGE_LINE:
        messages += language_messages(language, "taal_veilig_thuis")
    return messages
