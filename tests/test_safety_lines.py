"""Lines added to any answer (veilig/safety_lines.py): 112 first, no-call options, the Kindertelefoon."""
import pytest

from veilig.routes import route_messages
from veilig.safety_lines import add_safety_lines


def _texts(messages):
    return [m["text"] for m in messages]


CHILD_LINE = route_messages("acuut_kind_extra")[0]["text"]


def test_a_child_reads_the_kindertelefoon_with_the_first_number():
    route = route_messages("omstander")
    texts = _texts(add_safety_lines("mijn vader schreeuwt de hele avond tegen mij en mijn broertje", route))
    assert texts[0] == route[0]["text"] + "\n" + CHILD_LINE and "0800-0432" in texts[0]
    assert texts[1:] == _texts(route[1:])
    # The route's own buttons stay with its message.
    with_buttons = [dict(route[0], buttons=[{"title": "x", "payload": "/x"}])] + route[1:]
    assert add_safety_lines("papa slaat mij", with_buttons)[0]["buttons"] == [{"title": "x", "payload": "/x"}]
    assert add_safety_lines("papa slaat mij", []) == route_messages("acuut_kind_extra")


def test_after_a_weak_danger_line_the_route_number_still_comes_before_the_extra_lines():
    route, danger_first = route_messages("omstander"), route_messages("gevaar_eerst")
    texts = _texts(add_safety_lines("help, mijn stiefvader slaat me", route))
    assert texts[:2] == [danger_first[0]["text"], route[0]["text"] + "\n" + CHILD_LINE]
    assert texts[2:] == _texts(route[1:])
    route, no_call = route_messages("slachtoffer"), route_messages("niet_bellen")
    texts = _texts(add_safety_lines("help, hij hoort alles, ik kan niet bellen, hij slaat me", route))
    assert texts[:3] == [danger_first[0]["text"], route[0]["text"], no_call[0]["text"]]
    assert texts[3:] == _texts(route[1:])


def test_an_adult_without_child_words_gets_the_route_unchanged():
    route = route_messages("slachtoffer")
    assert add_safety_lines("mijn man kleineert me al jaren", route) == route


def test_a_professional_passing_on_a_childs_words_gets_no_kindertelefoon_line():
    route = route_messages("meldcode")
    text = "ik ben pedagogisch medewerker en een kind vertelt dat papa mama slaat wat moet ik doen"
    assert add_safety_lines(text, route) == route
    assert CHILD_LINE in _texts(add_safety_lines("papa slaat mama en ik ben bang", route))[0]


def test_buttons_and_empty_messages_are_left_alone():
    route = route_messages("slachtoffer")
    assert add_safety_lines("/kennis_item", route) == route and add_safety_lines("", []) == []


def test_a_child_earlier_in_the_conversation_still_gets_the_kindertelefoon():
    route = route_messages("omstander")
    texts = _texts(add_safety_lines("kan iemand zien dat ik gebeld heb?", route, child=True))
    assert CHILD_LINE in texts[0]
    assert add_safety_lines("kan iemand zien dat ik gebeld heb?", route) == route


def test_someone_who_harms_themselves_gets_113_right_after_the_number():
    messages = add_safety_lines("ik snij mezelf omdat het thuis zo erg is", route_messages("slachtoffer"))
    assert "0800-2000" in messages[0]["text"] and "113" in messages[1]["text"]
    plain = add_safety_lines("mijn man slaat me", route_messages("slachtoffer"))
    assert "113" not in " ".join(m["text"] for m in plain)


def test_113_again_after_thoughts_of_suicide_in_the_message_before():
    route = route_messages("kind")
    texts = [m["text"] for m in add_safety_lines("ik ben 15", route, earlier="ik wil niet meer leven")]
    assert any("113" in t for t in texts)
    assert not any("113" in m["text"] for m in add_safety_lines("ik ben 15", route, earlier="mijn moeder slaat me"))


def test_no_kindertelefoon_line_for_a_writer_who_gives_an_adult_age():
    """"Ben je jonger dan 18? Bel ook gratis de Kindertelefoon" went to a woman of 78."""
    route = route_messages("slachtoffer")
    older = " ".join(m["text"] for m in add_safety_lines("ik ben 78 en mijn man slaat me", route))
    assert "Kindertelefoon" not in older and "0800-2000" in older and "112" in older
    assert "Kindertelefoon" in " ".join(m["text"] for m in add_safety_lines("mijn man slaat me", route))


def test_an_answers_opening_112_question_is_left_out_after_the_routes_number_line():
    from veilig.safety_lines import without_repeated_112
    route = route_messages("kind")[:1]
    answer = {"text": "Ben je nu in gevaar? Bel 112. Wat thuis gebeurt, is niet jouw schuld.", "buttons": []}
    texts = [m["text"] for m in without_repeated_112(route + [answer])]
    assert texts[1] == "Wat thuis gebeurt, is niet jouw schuld."
    # Alone, the answer keeps it.
    assert without_repeated_112([answer])[0]["text"].startswith("Ben je nu in gevaar? Bel 112.")


@pytest.mark.parametrize("text,sent", [
    ("kan iemand naar mij toe komen ik woon op de dorpsstraat 12 en papa is dronken", True),
    ("stuur alsjeblieft iemand", True),
    ("mijn postcode is 6811 AB", True),
    ("ik woon in velp, is daar iemand die langs kan komen", False),  # the local team may visit
    ("in 2019 is hij begonnen met slaan", False),
])
def test_an_address_or_a_plea_to_send_someone_gets_that_the_chat_sends_no_one(text, sent):
    from veilig.safety_lines import expects_someone_sent
    assert expects_someone_sent(text) is sent
    messages = add_safety_lines(text, [{"text": "Bel Veilig Thuis: 0800-2000.", "buttons": []}])
    assert (route_messages("niemand_sturen")[0]["text"] in [m["text"] for m in messages]) is sent


@pytest.mark.parametrize("typed,kept", [
    (["ik ben 45 en mijn vriend slaat me"], False),
    (["mijn man slaat me"], False),
    (["ik ben een man en mijn vrouw slaat me"], False),
    (["mijn vriend slaat me"], True),
    (["mijn papa slaat mijn mama"], True),
])
def test_the_under_18_line_goes_once_the_writer_told_of_an_adults_life(typed, kept):
    """Twentieth session's probe: "Ben je jonger dan 18? ... Kindertelefoon" in every turn, also
    after "ik ben 45"."""
    messages = add_safety_lines("hij kijkt ook in mijn telefoon", route_messages("slachtoffer"), typed=typed)
    assert ("Ben je jonger dan 18" in messages[0]["text"]) == kept
