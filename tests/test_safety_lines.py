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


def test_lines_a_conversation_needs_once_are_not_said_again():
    """Twenty-third session's probe: the under-18 line followed an adult in every turn, and the
    meldcode's whole next step each of a professional's answers."""
    from veilig.routes import route_messages
    from veilig.safety_lines import without_lines_said_before
    under_18 = "Bel Veilig Thuis: 0800-2000. Ben je jonger dan 18? Bel ook gratis de Kindertelefoon: 0800-0432."
    next_step = route_messages("meldcode_volgende_stap")[0]
    reply = [{"text": under_18}, dict(next_step)]
    first = without_lines_said_before(reply, "")
    assert first == reply
    said = "\n".join(m["text"] for m in first)
    again = without_lines_said_before(reply, said)
    assert again[0]["text"] == "Bel Veilig Thuis: 0800-2000."
    assert again[1]["text"] == route_messages("meldcode_volgende_stap_kort")[0]["text"]
    assert again[1]["buttons"] == next_step["buttons"]
    # A child keeps the Kindertelefoon; lines not said before stay.
    assert without_lines_said_before(reply, said, child=True)[0]["text"] == under_18
    assert without_lines_said_before(reply, "Bel 112.") == reply


def test_a_parent_of_a_son_gets_no_under_18_line():
    """Twenty-fourth session's probe: "Mijn zoon van 17 slaat mij" got "Ben je jonger dan 18?"."""
    from veilig.routes import route_messages
    from veilig.safety_lines import add_safety_lines
    reply = route_messages("slachtoffer")
    assert "jonger dan 18" in reply[0]["text"]
    messages = add_safety_lines("Mijn zoon van 17 slaat mij als hij boos is.", reply)
    assert "jonger dan 18" not in messages[0]["text"]
    child = add_safety_lines("mijn broer van 17 slaat mij", route_messages("slachtoffer"))
    assert "jonger dan 18" in child[0]["text"]


def test_a_partner_an_ex_with_the_children_or_in_laws_tell_an_adult():
    """Twenty-fourth session's probe: "Ben je jonger dan 18?" to a mother whose ex kept the children
    and to a woman whose partner threatens to share her address."""
    assert tells_an_adult(["Mijn ex heeft de kinderen na het weekend niet teruggebracht."])
    assert tells_an_adult(["Mijn partner dreigt mijn adres te delen met mensen die mij iets willen aandoen."])
    assert tells_an_adult(["mijn schoonmoeder bemoeit zich overal mee en scheldt me uit"])
    # a teenager's ex is no sign of an adult, nor the writer's parents' partner
    assert not tells_an_adult(["mijn ex stuurt steeds berichtjes en ik ben bang"])
    assert not tells_an_adult(["de partner van mijn moeder slaat mij"])


def test_113_also_in_the_reply_after_self_harm_was_told(built_index):
    """Twenty-fifth session's probe: "ik wil niet dat mn vader het weet want dan wordt het erger" right after
    a girl of 15 told she cuts herself got no 113."""
    from veilig.safety_lines import add_safety_lines
    reply = [{"text": "Goed dat je dit vertelt. Bel of chat met de Kindertelefoon: 0800-0432."}]
    after = add_safety_lines("ik wil niet dat mn vader het weet want dan wordt het erger", reply, child=True,
                             earlier="ik snij mezelf soms omdat het thuis zo erg is")
    assert any("113" in m["text"] for m in after)
    calm = add_safety_lines("ik wil niet dat mn vader het weet", reply, child=True, earlier="mijn vader slaat mij")
    assert not any("113" in m["text"] for m in calm)
