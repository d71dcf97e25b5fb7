"""The lines added around a route's number (veilig/safety_lines.py)."""
from veilig.safety_lines import for_an_adult, tells_an_adult


def test_the_under_18_line_goes_for_a_professional_in_either_register():
    """Twenty-first session's probe: "Bent u jonger dan 18? ..." to an aandachtsfunctionaris."""
    assert tells_an_adult(["ik ben aandachtsfunctionaris op een basisschool"])
    assert not tells_an_adult(["mijn vader slaat me"])
    assert for_an_adult("Bel 112. Bent u jonger dan 18? Bel ook gratis de Kindertelefoon: 0800-0432.") == "Bel 112."
    assert for_an_adult("Bel 112. Ben je jonger dan 18? Bel ook gratis de Kindertelefoon: 0800-0432.") == "Bel 112."
