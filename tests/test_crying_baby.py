"""A parent with a crying baby, or who shook a child (veilig/crying_baby.py)."""
import pytest

from veilig.crying_baby import tells_of_a_crying_baby_or_shaking


@pytest.mark.parametrize("text,told", [
    ("ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst. ik ben zo moe", True),
    ("ik heb hem vandaag hard door elkaar geschud", True),
    ("mijn baby huilt al uren en ik word zo boos", True),
    ("ik sla mijn vrouw als ik gedronken heb", False),
    ("mijn vrouw huilt als ik schreeuw", False),
])
def test_a_crying_baby_or_a_shaken_child(text, told):
    assert tells_of_a_crying_baby_or_shaking(text) == told
