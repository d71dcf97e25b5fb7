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
