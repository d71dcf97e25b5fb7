"""First help for a message in another language (knowledge/talen/): which routes to send.

Deterministic, like the danger check: danger gets 112 first in that language; a place name
gets the local team; words of a child, a victim, a bystander or a pleger get that route; an
English question the entries with an English answer cover gets that answer; any other message a
kind answer that the bot can say more in Dutch (or English), with the numbers.
"""
import re
from typing import Dict, List

from veilig.danger import detect_danger
from veilig.danger_languages import says_now
from veilig.knowledge.english import english_answer, find_english
from veilig.languages import language_messages, route_words
from veilig.local_help import local_help_route
from veilig.regions import find_municipality, find_other_municipality
from veilig.text import fold_any

# The order in which word lists are tried: the pleger first (who names a partner or children as
# the ones he hurts), then a child, a victim, a bystander, and local help.
ROUTE_ORDER = ("pleger", "kind", "slachtoffer", "omstander", "lokaal")
# A child giving its age (6-17) in the first person: the Kindertelefoon, whatever else it names.
_CHILD_AGE = re.compile(
    r"\b(i m|im|i am|iam|mam|am|ana|ana 3mri|3mri)\s+(\d|1[0-7])\b(?!\s*(kids|children|copii|dzieci|euro|eur))"
    r"|\b([6-9]|1[0-7])\s*(years|yrs|yo|y o|lat|lata|ani|de ani|yas\w*|години|год)\b"
    r"|\bна (\d|1[0-7]) (години )?съм\b|عمري\s*(\d|1[0-7])\b"
)
# Violence or control without a marker of 'now' is as often habitual ("babam beni kemerle
# dövüyor", "nu mă lasă să ies din casă fără el"): the person's own route then, with the 112 line
# first, as for a weak danger sign in Dutch. Weapons, strangling, threats and suicide stay acute.
_HABITUAL_KINDS = ("geweld_nu", "opgesloten")
# A bystander's "her husband is beating her" stays acute: it is told because it is going on.
_OWN_ROUTES = ("kind", "slachtoffer", "pleger")
# Routes after which the line about language at Veilig Thuis follows.
_WITH_LANGUAGE_LINE = {"acuut", "slachtoffer", "omstander", "kind", "pleger", "lokaal", "andere_vragen"}


def _mentions(text: str, words: List[str]) -> bool:
    folded = f" {fold_any(text)} "
    return any(re.search(rf"(?<!\w){re.escape(fold_any(word))}", folded) for word in words if fold_any(word))


def _words_route(text: str, language: str) -> str:
    if _CHILD_AGE.search(fold_any(text)):
        return "kind"
    words = route_words(language)
    for route in ROUTE_ORDER:
        if _mentions(text, words.get(route, [])):
            return "vraag_gemeente" if route == "lokaal" else route
    return "andere_vragen"


def choose_route(text: str, language: str) -> str:
    danger = detect_danger(text)
    if danger:
        if says_now(text, language):
            return "acuut"
        route = _words_route(text, language)
        if route in _OWN_ROUTES and (danger.kind in _HABITUAL_KINDS or route == "kind" and _CHILD_AGE.search(fold_any(text))):
            return route
        return "acuut"
    if find_municipality(text) or find_other_municipality(text):
        return "lokaal"
    return _words_route(text, language)


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
        if route in _OWN_ROUTES and detect_danger(text) and "112" not in messages[0]["text"].split("\n")[0]:
            messages = language_messages(language, "gevaar_eerst") + messages
    if route in _WITH_LANGUAGE_LINE:
        messages += language_messages(language, "taal_veilig_thuis")
    return messages
