"""Economic violence told (veilig/economic_violence.py), and counted as violence (veilig/worry.py)."""
import pytest

from veilig.economic_violence import tells_of_economic_violence
from veilig.worry import is_about_violence


@pytest.mark.parametrize("text,told", [
    ("mijn man controleert mijn bankrekening en ik krijg alleen 20 euro per week", True),
    ("mijn vriend pakt elke maand mijn salaris af", True),
    ("ik mag van hem geen geld uitgeven", True),
    ("hij heeft schulden op mijn naam gezet", True),
    ("ik moet mijn hele salaris afgeven aan mijn vrouw", True),
    ("mijn man beheert al ons geld en ik mag niks kopen", True),
    ("hoe controleer ik mijn bankrekening", False),
    ("ik krijg maar 5 euro zakgeld", False),
    ("mijn man beheert ons geld omdat ik dat niet kan", False),
    ("ik mag geen snoep kopen", False),
])
def test_economic_violence_told(text, told):
    assert tells_of_economic_violence(text) is told


def test_a_partner_holding_the_money_is_violence_for_the_dialogue():
    """The classifier took 'mijn man controleert mijn bankrekening ...' for not ours: without a
    violence word the message got 'ik weet niet zeker of ik je begrijp' instead of a route."""
    assert is_about_violence("mijn man controleert mijn bankrekening en ik krijg alleen 20 euro per week")
    assert not is_about_violence("hoe controleer ik mijn bankrekening")


@pytest.mark.parametrize("text,told", [
    # 'ik' left out, the receipts checked, work forbidden by the partner
    ("mn man bepaalt alles, ik mag niet werken, krijg 20 euro in de week en hij controleert de bonnetjes", True),
    ("ik mag niet werken van mijn man", True),
    ("ik mag niet werken want ik ben ziek", False),
    ("ik krijg 10 euro per week zakgeld", False),
])
def test_money_and_work_held_by_a_partner(text, told):
    assert tells_of_economic_violence(text) is told
