"""The whole-bot evaluation's judge (scripts/eval_dialogue.py): what counts as an answer."""
import pytest

from scripts.eval_dialogue import answered_entries, entry_markers, judge_route
from scripts.eval_follow_up import SETS, expectation, load
from veilig.answers import entry_messages, formal
from veilig.knowledge.search import KnowledgeSearch
from veilig.paths import ROOT
from veilig.routes import route_messages


def test_only_a_message_with_a_source_line_answers_an_entry():
    markers = entry_markers()
    mark = markers["hulp-als-je-zelf-slachtoffer-bent"][0]
    route = route_messages("fallback_zorg") + route_messages("slachtoffer")
    assert any(mark in m["text"] for m in route)          # the entry starts with the route's words ...
    assert answered_entries(route, markers) == []          # ... but a route is no answer
    answer = [{"text": f"{mark}. Meer uitleg.\n\nBron: Veilig Thuis (https://voorbeeld.nl)"}]
    assert answered_entries(route + answer, markers) == ["hulp-als-je-zelf-slachtoffer-bent"]


def test_the_route_number_must_be_in_the_first_message_or_right_after_the_112_question():
    weak = route_messages("gevaar_eerst") + route_messages("slachtoffer")
    assert judge_route(weak, "slachtoffer") and judge_route(route_messages("kind"), "kind")
    assert not judge_route(route_messages("acuut"), "slachtoffer") and judge_route(route_messages("acuut"), "acuut")
    assert not judge_route([], "kind")


def test_an_answer_in_the_u_register_is_found_too(built_index):
    """The Kindcheck entry starts with "Werk je met ...?": its 'u' form is "Werkt u met ...?"."""
    search = KnowledgeSearch()
    for entry_id in ("kindcheck", "meldcode-vijf-stappen", "tijdelijk-huisverbod"):
        assert entry_id in answered_entries(formal(entry_messages(search, search.entry(entry_id))), entry_markers())


def test_typing_again_as_in_a_chat():
    import random

    from scripts.eval_typing import chatty, lowercase, shorthand, typos
    from veilig.knowledge.spelling import distance

    rng = random.Random(1)
    assert lowercase("Wat is Veilig Thuis?", rng) == "wat is veilig thuis"
    assert shorthand("Is het eigenlijk niet mijn taak?", rng) == "is t eig nie m'n taak?"
    assert "Wat is de meldcode" in chatty("Wat is de meldcode?", rng)
    typed = typos("Wat is kindermishandeling in het onderwijs?", rng).split()
    original = "Wat is kindermishandeling in het onderwijs?".split()
    assert [distance(a, b, 2) for a, b in zip(original, typed)] == [0, 0, 1, 0, 0, 1]


def test_an_answer_whose_opening_112_question_was_left_out_is_still_recognised():
    from scripts.eval_dialogue import _first_sentence
    text = "Ben je nu in gevaar? Bel {tel:alarmnummer}. Wat thuis gebeurt, is niet jouw schuld."
    assert _first_sentence(text).startswith("Wat thuis gebeurt, is niet jouw schuld")


def test_a_short_first_sentence_takes_the_next_one_along():
    """'Dat kan.' as the marker of an entry was found in an answer that ended "... hoe dat kan.", so a
    right answer counted as a confident-wrong one."""
    from scripts.eval_dialogue import MIN_MARKER, _first_sentence
    assert _first_sentence("Dat kan. Veilig Thuis bekijkt eerst wat nodig is. Meer.") == \
        "Dat kan. Veilig Thuis bekijkt eerst wat nodig is"
    assert all(len(mark) >= MIN_MARKER for marks in entry_markers().values() for mark in marks)


def test_every_conversation_message_has_one_known_expectation():
    """A set with an unknown route stopped the whole conversation eval with a KeyError; an entry id
    that does not exist can never be answered."""
    entry_ids = {path.stem for path in (ROOT / "knowledge").rglob("*.md")}
    for _, name in SETS:
        for conversation in load(name):
            for message in conversation["berichten"]:
                kind, expected = expectation(message)
                if kind == "kennis":
                    assert set(expected) <= entry_ids, (name, conversation["gesprek"], sorted(set(expected) - entry_ids))
    with pytest.raises(ValueError, match="unknown route 'meldcode'"):
        expectation({"tekst": "moet ik dit melden", "route": "meldcode"})
