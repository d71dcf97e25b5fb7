"""'ja' to the route's own question "Ben je nu in gevaar? Bel 112." (twenty-fourth session's
probe: "ja hij is nog thuis" got "Ik begrijp niet helemaal wat je bedoelt", a bare "ja" the
invitation to tell more). The route of a person in need asks that question in its first line;
a yes right after it is a yes to danger now, answered with 112 first (actions/follow_up.py).

A yes that says more than yes must say the other is still there or that it is now; a yes about
something else ("ja maar hij slaat me niet") is not taken for danger."""
import re

from veilig.text import fold

# Routes whose first line asks whether there is danger now.
ASKING_ROUTES = frozenset({"slachtoffer", "omstander", "kind", "seksueel_geweld"})

_YES = r"(ja+|jaa+|jawel|yes|yep|jep|klopt|ja echt|ja zeker|ja nu)"
_BARE_YES = re.compile(rf"^{_YES}[.!?]*$")
_STILL_THERE = re.compile(
    rf"^{_YES}\b[ ,.!]*(\w+ ){{0,2}}((hij|zij|ze|die|mijn (man|vrouw|vriend|vriendin|vader|moeder|ex|partner)) "
    r"(is|zit|staat|loopt|ligt|blijft) (hier |er )?(nog |nu |weer )*(thuis|hier|binnen|beneden|boven|in huis|er|bij mij|"
    r"bij ons|voor de deur|aan de deur|in de kamer|in de gang)|nu|nog steeds|hij is er nog|hij is nog hier)\b")


def says_yes_to_danger(text: str) -> bool:
    """'ja', 'ja hij is nog thuis', 'ja nu': yes to "Ben je nu in gevaar?"."""
    folded = fold(text or "").strip()
    return bool(_BARE_YES.match(folded) or _STILL_THERE.match(folded))


_QUESTION = re.compile(r"[^.?!\n]*\?")
_DANGER_QUESTION = re.compile(r"\b(ben je|bent u|is er) (nu |nog )?(in )?gevaar\?")
_UNDER_18_QUESTION = re.compile(r"jonger dan 18\?")


def asked_about_danger_last(reply: str) -> bool:
    """The bot's last question in its reply (leaving out "Ben je jonger dan 18?") asked whether there
    is danger now: a "ja" answers it ("hij heeft ook mn telefoon kapot gegooid" got the route's number
    line with that question, then "ja" got the invitation to tell more)."""
    questions = [q for q in _QUESTION.findall((reply or "").lower()) if not _UNDER_18_QUESTION.search(q)]
    return bool(questions) and bool(_DANGER_QUESTION.search(questions[-1]))
