"""After the acute answer: the person has called 112, or asks whether to go and step in.

"ik heb 112 gebeld, wat nu", "moet ik erheen gaan", "moet ik aanbellen": the acute answer again
("Is er nog gevaar? Bel 112") does not answer them. One who called gets: stay safe until the police
is there, and Veilig Thuis for what comes after; one who wants to step in: not between them, 112
and wait at a safe distance (knowledge/routes.yml, na_112 and niet_ertussen).
"""
import re

from veilig.text import fold

_CALLED = re.compile(
    r"\b((ik )?(heb|hebben|had) (\w+ )?(112|de politie|politie|het alarmnummer) (al )?(gebeld|ingeschakeld|gebelt)|"
    r"(112|de politie|politie) (is|zijn) (al )?(gebeld|onderweg|gewaarschuwd)|(de )?politie (komt|is er|is hier|is geweest))\b"
    # "politie komt toch niet", "de politie komt niet": doubt, not a call made
    r"(?! (toch |nog |ook |echt |eens )?(niet|nooit|pas)\b)")
_STEP_IN = re.compile(
    r"\b(moet|zal|kan|mag) (ik|we|wij) (\w+ ){0,2}(erheen|erheen gaan|er heen|ernaartoe|naartoe|aanbellen|aankloppen|"
    r"ertussen|er tussen|naar binnen|gaan kijken|ingrijpen|tussenbeide)\b|\b(erheen|ernaartoe|aanbellen) gaan\b")


def says_112_was_called(text: str) -> bool:
    return bool(_CALLED.search(fold(text or "")))


def asks_to_step_in(text: str) -> bool:
    return bool(_STEP_IN.search(fold(text or "")))
