"""Stalking told (veilig/stalking.py)."""
import pytest

from veilig.stalking import tells_of_stalking


@pytest.mark.parametrize("text,stalking", [
    ("mijn ex stuurt me de hele dag berichten en staat soms bij mijn werk", True),
    ("hij volgt me overal", True),
    ("mijn ex blijft me appen", True),
    ("hij staat elke avond voor mijn deur", True),
    ("mijn ex komt steeds langs terwijl dat niet mag van de rechter", True),
    ("mijn moeder komt vaak langs", False),
    ("hij staat nu voor de deur", False),  # danger now, not stalking
    ("de postbode staat bij mijn deur", False),
    ("mijn moeder belt me elke dag om te vragen hoe het gaat", False),
])
def test_stalking_told(text, stalking):
    assert tells_of_stalking(text) is stalking
