"""One hurt at home who wants to report it to the police ("ik wil aangifte doen tegen mijn ex, hij
heeft me vorig jaar geschopt"). The victim's route gave its number and general help, and nothing
on reporting; the answer on aangifte follows the number now (actions/routes.py). Asked next
"welk nummer moet ik bellen?", the police's number answers, not Veilig Thuis's or a question for
the municipality (actions/follow_up.py)."""
import re

from veilig.text import fold

POLICE_REPORT_ENTRY = "aangifte-doen"
# Answers after which 'welk nummer?' asks for the police's number.
ABOUT_A_POLICE_REPORT = frozenset({POLICE_REPORT_ENTRY, "aangifte-huiselijk-geweld-wat-gebeurt-er", "melding-of-aangifte",
                                   "kun-je-online-aangifte-doen-bij-de-politie"})

_WANTS_TO_REPORT = re.compile(
    r"\b((ik|we|wij) (wil|wou|ga|gaan|moet|zal|durf|willen) (\w+ ){0,3}aangifte (doen|te doen|tegen)|"
    r"(ik|we|wij) (wil|wou|ga|gaan|willen) (\w+ ){0,2}naar de politie)\b")


def wants_to_report_to_the_police(text: str) -> bool:
    """The writer wants to report to the police."""
    return bool(_WANTS_TO_REPORT.search(fold(text or "")))


# The police's own number asked, not 112: "welk nummer is dat van de politie, niet 112 toch" a moment
# after a route (fortieth session's set 11: the bystander's route again, without it).
_POLICE = re.compile(r"\b(politie|wijkagent|agent)\b")
_NOT_112 = re.compile(r"\b(niet|geen) (het )?112\b|\bzonder spoed\b|\bgeen spoed\b|\bniet (voor )?(nood|spoed)\b")


# Another service named: "wat was het nummer van dat centrum ook alweer" after the answer on reporting asks
# for the CSG's number, not the police's (fortieth session: the police's number).
_ANOTHER_SERVICE = re.compile(r"\b(centrum|csg|veilig thuis|kindertelefoon|helpwanted|slachtofferhulp|huisarts|wijkteam|"
                              r"opvang|fier|lkha|knooppunt)\b")


def names_another_service(text: str) -> bool:
    """A service other than the police named in the message."""
    return bool(_ANOTHER_SERVICE.search(fold(text or "")))


def asks_for_the_polices_number(text: str, asks_whom_to_call: bool) -> bool:
    """The police's number asked for (the caller passes whether the message asks whom to call or for
    a number); not for 112 in danger, which 'niet 112' or 'geen spoed' or no word of it leaves out."""
    folded = fold(text or "")
    return bool(asks_whom_to_call and _POLICE.search(folded) and (_NOT_112.search(folded) or "112" not in folded))
