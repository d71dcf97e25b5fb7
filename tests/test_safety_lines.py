"""The lines added around a route's number (veilig/safety_lines.py)."""
from veilig.safety_lines import for_an_adult, tells_an_adult


def test_the_under_18_line_goes_for_a_professional_in_either_register():
    """Twenty-first session's probe: "Bent u jonger dan 18? ..." to an aandachtsfunctionaris."""
    assert tells_an_adult(["ik ben aandachtsfunctionaris op een basisschool"])
    assert not tells_an_adult(["mijn vader slaat me"])
    assert for_an_adult("Bel 112. Bent u jonger dan 18? Bel ook gratis de Kindertelefoon: 0800-0432.") == "Bel 112."
    assert for_an_adult("Bel 112. Ben je jonger dan 18? Bel ook gratis de Kindertelefoon: 0800-0432.") == "Bel 112."


def test_the_112_question_is_said_once_per_reply():
    # twenty-second session's probe: "Is er nu gevaar? Bel 112." put first, then the route's line with
    # it and an answer ending in it: three times in one reply.
    from veilig.safety_lines import without_repeated_112
    reply = [{"text": "Is er nu gevaar? Bel 112."},
             {"text": "Wat naar dat je dit meemaakt. Bel Veilig Thuis: 0800-2000.\n"
                      "Ben je nu in gevaar? Bel 112. Ben je jonger dan 18? Bel ook de Kindertelefoon."},
             {"text": "Bel voor advies Veilig Thuis.\nIs er nu gevaar? Bel 112."},
             {"text": "Je kunt zelf in actie komen. Is er nu gevaar? Bel 112.\n\nBron: x"},
             {"text": "Is er nu gevaar? Bel 112."}]
    texts = [m["text"] for m in without_repeated_112(reply)]
    assert sum(t.count("Bel 112") for t in texts) == 1
    assert texts == ["Is er nu gevaar? Bel 112.",
                     "Wat naar dat je dit meemaakt. Bel Veilig Thuis: 0800-2000.\n"
                     "Ben je jonger dan 18? Bel ook de Kindertelefoon.",
                     "Bel voor advies Veilig Thuis.", "Je kunt zelf in actie komen.\n\nBron: x"]
    # The first 112 of a reply stays, and a message with buttons keeps a line to stand under.
    alone = [{"text": "Ben je nu in gevaar? Bel 112. Ga naar een veilige plek."}]
    assert without_repeated_112(alone) == alone
    with_buttons = [{"text": "Bel 112."}, {"text": "Is er nu gevaar? Bel 112.", "buttons": [{"title": "x"}]}]
    assert without_repeated_112(with_buttons) == with_buttons
