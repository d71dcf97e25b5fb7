"""Threats in the name of the family's honour (veilig/honour_threat.py)."""
import pytest

from veilig.honour_threat import tells_of_honour_threat


@pytest.mark.parametrize("text", [
    "Ik ben bang dat ze me iets aandoen. Ze zeggen dat het om de eer gaat.",
    "Mijn broer zegt dat ik de familie te schande heb gemaakt",
    "mijn vader zegt dat ik een schande voor de familie ben",
    "ik ben bang voor eerwraak",
    "het gaat om de familie-eer zegt mijn oom",
    "mn broers zeggen dat ik de eer van de familie heb geschonden",
    # twenty-eighth session's probe: a threat over a boyfriend got a bystander's tips
    "Mijn broers zeggen dat ze me iets aandoen als ik bij mijn vriend blijf",
])
def test_honour_named_as_the_reason(text):
    assert tells_of_honour_threat(text)


@pytest.mark.parametrize("text", [
    "ik heb de eer u uit te nodigen", "mijn vader slaat mij", "ik schaam me heel erg",
    "het is een schande hoe de buren hun kind behandelen",
    "mijn broer zegt dat hij me iets geeft als ik bij mijn vriend blijf slapen",
])
def test_no_honour_named(text):
    assert not tells_of_honour_threat(text)


@pytest.mark.parametrize("text", [
    "Een meisje van 17 vertelt dat haar broers dreigen haar iets aan te doen omdat ze een vriend heeft.",
    "mijn vader dreigt me te slaan omdat ik een vriendje heb",
])
def test_family_threats_over_a_boyfriend_are_honour_based(text):
    # twenty-fifth session's probe: a youth worker's "mag ik met haar ouders praten?" got no clear no
    assert tells_of_honour_threat(text)


def test_a_partners_jealous_threat_is_not_honour_based():
    assert not tells_of_honour_threat("hij dreigt omdat ik een relatie heb met een ander")
