"""After the acute answer: 112 called, or a wish to step in (veilig/after_112.py)."""
import pytest

from veilig.after_112 import asks_to_step_in, says_112_was_called


@pytest.mark.parametrize("text,called,step_in", [
    ("ik heb 112 gebeld, wat nu", True, False), ("de politie is onderweg", True, False),
    ("moet ik erheen gaan", False, True), ("moet ik aanbellen?", False, True),
    ("moet ik morgen nog iets doen", False, False), ("ik heb hem gebeld", False, False),
    ("hoe kan ik haar helpen", False, False),
    # doubt, not a call made (fifteenth session's probe): "Goed dat je 112 hebt gebeld" was wrong
    ("politie komt toch niet", False, False), ("de politie komt niet", False, False),
    ("de politie komt eraan", True, False),
])
def test_called_or_stepping_in(text, called, step_in):
    assert says_112_was_called(text) == called
    assert asks_to_step_in(text) == step_in
