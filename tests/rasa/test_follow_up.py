"""Replies that lean on the conversation (actions/follow_up.py): a message that alone would be
unclear or off-topic, after a route or an answer."""
import re

import pytest

from actions.fallback import ActionFallback
from actions.knowledge import ActionKennis
from actions.local_help import NOT_A_PLACE, ActionDetecteerGemeente, ActionLokaleHulp
from actions.routes import (ActionRouteAcuut, ActionRouteBotUitleg, ActionRouteBuitenScope, ActionRouteHulpMenu, ActionRouteKind,
                            ActionRouteMeldcode, ActionRouteOmstander, ActionRoutePleger, ActionRouteSeksueelGeweld,
                            ActionRouteSlachtoffer)
from rasa_sdk.executor import CollectingDispatcher

from tests.rasa.helpers import after_112, all_text, run, run_coroutine, tracker
from veilig.contacts import render
from veilig.formal import to_formal
from veilig.knowledge.search import KnowledgeSearch
from veilig.rasa_entities import ANSWERED_ENTRY, FOUND_ENTITY
from veilig.routes import route_messages
from veilig.safety_lines import for_an_adult

ACUTE = [("help hij staat voor de deur met een mes", "acuut_gevaar")]
CHILD = [("ik ben 12 en mijn moeder drinkt veel en schreeuwt", "kind_jongere")]
BYSTANDER = [("ik maak me zorgen om mijn buurvrouw, haar man slaat haar", "zorgen_omstander")]


def answered(entry_id, messages):
    """The entry's answer is among the messages, plain or in the 'u' register for professionals."""
    # (after an opening "Ja." or "Nee.", which only a yes-or-no question keeps: veilig/answers.fitting_start)
    start = re.sub(r"^(Ja|Nee)[.,]\s*", "", render(KnowledgeSearch().entry(entry_id)["text"])).split(". ")[0]
    text = all_text(messages)
    # (the 'Ja,' left out makes the next word the first: "Ja, ook dan ..." reads "Ook dan ...")
    return any(variant in text for variant in (start, to_formal(start), start[:1].upper() + start[1:]))


def test_after_acute_danger_a_place_to_hide_gets_112_again(built_index):
    messages, _ = run(ActionRouteBuitenScope(), "ik zit in de badkamer", "buiten_scope", earlier=ACUTE)
    assert messages[0]["text"].startswith("Is er nog gevaar? Bel 112")
    # Alone, the same message is no danger and not ours.
    alone, _ = run(ActionRouteBuitenScope(), "ik zit in de badkamer", "buiten_scope")
    assert "112" not in alone[0]["text"]


def test_a_childs_yes_gets_the_kindertelefoon_not_sorry(built_index):
    messages, _ = run(ActionFallback(), "ja", "bevestigen", earlier=CHILD)
    assert "0800-0432" in messages[0]["text"] and "Sorry" not in all_text(messages)
    alone, _ = run(ActionFallback(), "ja", "bevestigen")
    assert "0800-0432" not in all_text(alone)


def test_a_child_who_asks_to_chat_gets_the_kindertelefoon_chat(built_index):
    messages, _ = run(ActionRouteHulpMenu(), "kan ik ook chatten", "hulp_menu", earlier=CHILD)
    assert answered("chatten-met-de-kindertelefoon", messages)


def test_asking_where_to_chat_gets_the_ways_without_calling_not_the_menu(built_index):
    # twenty-second session's probe: a 15-year-old after the CSG's number got the menu of topics
    child = [("ik ben 15 en mijn vriend van 19 zet me onder druk om fotos te sturen", "seksueel_geweld")]
    messages, _ = run(ActionRouteHulpMenu(), "kan ik ergens chatten?", "hulp_menu", earlier=child)
    assert answered("chatten-met-de-kindertelefoon", messages)
    alone, _ = run(ActionRouteHulpMenu(), "kan ik ergens chatten?", "hulp_menu")
    assert alone[0]["text"] == route_messages("niet_bellen")[0]["text"]
    menu, _ = run(ActionRouteHulpMenu(), "wat kun je allemaal", "hulp_menu")
    assert menu[0]["text"] == route_messages("hulp_menu")[0]["text"]


def test_a_child_who_dares_not_tell_the_parents_gets_help_without_them(built_index):
    child = [("ik ben 15 en mijn vriend van 19 zet me onder druk om fotos te sturen", "seksueel_geweld")]
    messages, _ = run(ActionRouteKind(), "ik durf het niet tegen mn ouders te zeggen", "kind_jongere", earlier=child)
    assert answered("hulp-vragen-zonder-je-ouders", messages)


def test_what_to_do_after_a_route_gets_that_routes_advice(built_index):
    messages, _ = run(ActionRouteHulpMenu(), "wat moet ik doen", "hulp_menu", earlier=BYSTANDER)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    assert answered("zorgen-als-omstander", messages)
    # Without a route before it, the same words get the menu of what the bot can help with.
    alone, _ = run(ActionRouteHulpMenu(), "wat moet ik doen", "hulp_menu")
    assert alone[0]["text"] == route_messages("hulp_menu")[0]["text"]


def test_asking_what_help_there_is_right_after_a_route_gets_that_routes_help(built_index):
    """'wat voor hulp is er voor mij' a moment after the pleger's route: the help for those who
    use violence, not an entry both messages together come close to ('huiselijk geweld')."""
    earlier = [("ik heb mijn vrouw geduwd en ze viel", "pleger")]
    messages, _ = run(ActionRouteHulpMenu(), "wat voor hulp is er voor mij", "hulp_menu", earlier=earlier)
    assert messages[0]["text"] == route_messages("pleger")[0]["text"]
    assert answered("hulp-voor-plegers", messages) and not answered("huiselijk-geweld", messages)


def test_a_reply_guessed_as_stopping_after_a_route_is_part_of_the_conversation(built_index):
    """'ze wil er niet over praten' a moment after the bystander's route, guessed as a wish to stop:
    topics near it (starting a conversation about one's worries among them), not the menu; 'stop'
    itself still gets the menu."""
    messages, _ = run(ActionRouteHulpMenu(), "ze wil er niet over praten", "stoppen", earlier=BYSTANDER)
    assert route_messages("hulp_menu")[0]["text"] not in all_text(messages) and "0800-2000" in all_text(messages)
    buttons = [b["title"] for m in messages for b in m.get("buttons") or []]
    assert KnowledgeSearch().entry("het-gesprek-beginnen")["title"] in buttons
    stop, _ = run(ActionRouteHulpMenu(), "stop", "stoppen", earlier=BYSTANDER)
    assert stop[0]["text"] == route_messages("hulp_menu")[0]["text"]


def test_a_professionals_follow_up_does_not_get_a_residents_entry_its_words_come_close_to(built_index):
    """'en als ze boos worden' after step 3 of the meldcode comes close to the help for those who
    use violence; for the teacher that is no answer: step 3, answered or to choose."""
    earlier = [("ik ben juf en een kind heeft striemen op haar rug", "meldcode_vraag"),
               ("moet ik de ouders bellen", "meldcode_vraag")]
    messages, _ = run(ActionFallback(), "en als ze boos worden", "nlu_fallback", earlier=earlier)
    assert not answered("hulp-voor-plegers", messages)
    buttons = [b["title"] for m in messages for b in m.get("buttons") or []]
    assert answered("meldcode-stap-3", messages) or KnowledgeSearch().entry("meldcode-stap-3")["title"] in buttons
    # Without the professional's conversation the same words may get that entry.
    alone, _ = run(ActionFallback(), "en als ze boos worden", "nlu_fallback")
    assert answered("hulp-voor-plegers", alone)


def test_a_follow_up_that_came_close_to_the_answer_before_gets_it_not_help_for_plegers(built_index):
    """'en als ze boos worden?' right after the answer on step 3, which came close to that answer
    too, got the help for plegers: the answer on step 3 (what to do when the talk may be unsafe)."""
    earlier = [("ik ben juf en een leerling heeft steeds blauwe plekken", "meldcode_vraag"),
               ("moet ik de ouders bellen", "meldcode_vraag", "meldcode-stap-3")]
    messages, _ = run(ActionKennis(), "en als ze boos worden?", "vraag_definitie", earlier=earlier)
    assert not answered("hulp-voor-plegers", messages)
    assert answered("meldcode-stap-3", messages)


def test_a_professionals_doubt_gets_step_two_in_u(built_index):
    """Twenty-first session: a dentist's "is dit kindermishandeling of overdrijf ik?" got the
    resident's doubt and Münchhausen as topics, in 'je': step 2 (a colleague, Veilig Thuis,
    letselduiding), in 'u'."""
    earlier = [("ik ben tandarts en zag vandaag een kind van 6 met veel gaatjes en een blauwe plek op de wang",
                "meldcode_vraag")]
    messages, _ = run(ActionKennis(), "is dit kindermishandeling of overdrijf ik?", "vraag_definitie", earlier=earlier)
    assert answered("meldcode-stap-2", messages)
    assert " je " not in f" {all_text(messages)} "
    # A resident's same words keep the resident's answer or topics.
    alone, _ = run(ActionKennis(), "is dit kindermishandeling of overdrijf ik?", "vraag_definitie")
    assert not answered("meldcode-stap-2", alone)


def test_where_someone_lives_told_after_a_route_gets_the_help_there(built_index):
    """'ze woont in kaatsheuvel' a moment after the bystander's route: the local team of Loon op
    Zand and Veilig Thuis, not the route's number line alone."""
    messages, _ = run(ActionRouteBuitenScope(), "ze woont in kaatsheuvel", "buiten_scope", earlier=BYSTANDER)
    text = all_text(messages)
    assert "Loon op Zand" in text and "0800-2000" in text
    # Without a route before it the same words are no request for help.
    alone, _ = run(ActionRouteBuitenScope(), "ze woont in kaatsheuvel", "buiten_scope")
    assert "Loon op Zand" not in all_text(alone)
    # thirty-fifth session: where one comes from, with a short question after it
    told, _ = run(ActionRouteBuitenScope(), "wij komen uit berkelland, wat is daar", "buiten_scope", earlier=BYSTANDER)
    assert "In Berkelland kun je terecht bij" in all_text(told)
    # thirty-sixth session: a village, and a longer question for someone there
    asked, _ = run(ActionRouteBuitenScope(), "wij wonen in eibergen trouwens, is daar iemand van de gemeente voor",
                   "buiten_scope", earlier=BYSTANDER)
    assert "In Berkelland kun je terecht bij" in all_text(asked)
    # more violence told with the place gets the route, not the team alone
    more, _ = run(ActionRouteBuitenScope(), "ik woon in tilburg en hij slaat me weer", "buiten_scope", earlier=BYSTANDER)
    assert "In Tilburg kun je terecht bij" not in all_text(more)


def test_it_happened_to_me_after_answers_gets_the_writers_own_route(built_index):
    """'het is bij mij vorige week gebeurd' after answers about rape, guessed as a bystander's: the
    Centrum Seksueel Geweld; after an answer about other violence, the victim's route."""
    from actions.routes import ActionRouteOmstander
    earlier = [("kan je eigenlijk verkracht worden door je eigen man", "vraag_definitie"),
               ("en als je je niet hebt verzet?", "vraag_definitie")]
    messages, _ = run(ActionRouteOmstander(), "het is bij mij vorige week gebeurd", "zorgen_omstander", earlier=earlier)
    assert messages[0]["text"] == route_messages("seksueel_geweld")[0]["text"]
    unsure, _ = run(ActionFallback(), "het is bij mij vorige week gebeurd", "nlu_fallback", earlier=earlier)
    assert unsure[0]["text"] == route_messages("seksueel_geweld")[0]["text"]
    earlier = [("wat is psychisch geweld", "vraag_definitie")]
    messages, _ = run(ActionRouteOmstander(), "dat is mij ook overkomen", "zorgen_omstander", earlier=earlier)
    assert messages[0]["text"] == route_messages("slachtoffer")[0]["text"]
    # Without answers before it, the same words keep the classifier's route.
    alone, _ = run(ActionRouteOmstander(), "het is bij mij vorige week gebeurd", "zorgen_omstander")
    assert alone[0]["text"] == route_messages("omstander")[0]["text"]


def test_an_elliptic_question_is_answered_from_an_entry_linked_to_the_previous_answer(built_index):
    earlier = [("voor wie is de meldcode verplicht", "meldcode_vraag")]
    messages, _ = run(ActionRouteBuitenScope(), "ook vrijwilligers?", "buiten_scope", earlier=earlier)
    assert answered("meldcode-vrijwilligers", messages)


def test_what_to_do_about_the_previous_subject_gets_an_entry_linked_to_it(built_index):
    earlier = [("wat is stalking", "vraag_definitie")]
    messages, _ = run(ActionRouteHulpMenu(), "en wat kan ik ertegen doen?", "hulp_menu", earlier=earlier)
    assert any(answered(entry_id, messages) for entry_id in
               ("aangifte-van-stalking", "stalking-logboek-en-bewijs", "contactverbod-en-straatverbod"))


def test_a_question_with_choices_of_its_own_is_answered_with_one_of_them(built_index):
    earlier = [("wat zijn de vijf stappen van de meldcode", "meldcode_vraag")]
    messages, _ = run(ActionKennis(), "en wat is stap 2?", "vraag_definitie", earlier=earlier)
    assert answered("meldcode-stap-2", messages)


def test_an_unclear_reply_after_a_route_gets_its_number_and_an_invitation(built_index):
    messages, _ = run(ActionRouteBuitenScope(), "hmm tja", "buiten_scope", earlier=BYSTANDER)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    assert messages[1]["text"] == route_messages("vervolg_onduidelijk")[0]["text"]
    # 'ok' or 'nee' is no riddle: the number line and room to go on, without "ik begrijp niet"
    ok, _ = run(ActionRouteBuitenScope(), "ok", "buiten_scope", earlier=BYSTANDER)
    assert ok[0]["text"] == route_messages("omstander")[0]["text"]
    assert ok[1]["text"] == route_messages("vervolg_na_korte_reactie")[0]["text"]


def test_deaf_and_asking_how_to_call_112_is_not_off_topic(built_index):
    messages, _ = run(ActionRouteBuitenScope(), "ik ben doof hoor", "buiten_scope")
    assert "Daar kan ik je helaas niet mee helpen" not in all_text(messages) and "112NL" in all_text(messages)


def test_a_parent_who_was_reported_gets_their_answer_not_the_professionals(built_index):
    messages, _ = run(ActionRouteMeldcode(), "er is iemand een melding over mij gedaan bij veilig thuis", "meldcode_vraag")
    assert answered("er-is-een-melding-over-mij-gedaan", messages) and "0800-2000" in all_text(messages)
    assert "uw casus" not in all_text(messages)


def test_a_route_guess_right_after_danger_keeps_112_first(built_index):
    messages, _ = run(ActionRouteKind(), "ik zit in de kast", "kind_jongere", earlier=ACUTE)
    assert messages[0]["text"].startswith("Is er nog gevaar? Bel 112")


def test_ok_after_an_answer_leaves_room_for_the_next_question(built_index):
    earlier = [("wat is een tijdelijk huisverbod", "vraag_definitie")]
    messages, _ = run(ActionFallback(), "ok top", "bevestigen", earlier=earlier)
    assert messages[0]["text"] == route_messages("vervolg_na_antwoord")[0]["text"] and "0800-2000" in messages[0]["text"]


def test_a_neighbour_who_asks_whether_to_report_gets_no_meldcode(built_index):
    """'moet ik dat melden?' after telling of the girl next door is a resident's question."""
    meldcode_line = route_messages("meldcode")[0]["text"]
    earlier = [("ik maak me zorgen om het buurmeisje", "zorgen_omstander"),
               ("ze heeft vaak blauwe plekken en huilt veel", "zorgen_omstander")]
    messages, _ = run(ActionRouteMeldcode(), "moet ik dat melden?", "meldcode_vraag", earlier=earlier)
    assert messages and meldcode_line not in all_text(messages) and "0800-2000" in all_text(messages)
    # A professional who says so keeps the meldcode.
    messages, _ = run(ActionRouteMeldcode(), "ik ben leerkracht, moet ik dat melden?", "meldcode_vraag", earlier=earlier)
    professional_lines = (meldcode_line, route_messages("meldcode_kennis_intro")[0]["text"])
    assert messages[0]["text"] in professional_lines


def test_a_question_after_a_route_gets_no_other_audiences_number_line(built_index):
    """'blijf ik anoniem?' after 'mijn man slaat me': not the bystander's 'Goed dat je je zorgen deelt'."""
    earlier = [("mijn man slaat me", "slachtoffer")]
    messages, _ = run(ActionKennis(), "blijf ik anoniem?", "zorgen_omstander", earlier=earlier)
    assert route_messages("omstander")[0]["text"] not in all_text(messages)


def test_a_child_who_asks_where_to_go_gets_no_answer_written_to_a_parent(built_index):
    """'kan ik ergens heen?' after 'ik ben 14': the Kindertelefoon, not 'jij en je kinderen'."""
    earlier = [("mijn stiefvader is heel streng en slaat soms", "kind_jongere"), ("ik ben 14", "kind_jongere")]
    messages, _ = run(ActionRouteHulpMenu(), "kan ik ergens heen?", "hulp_menu", earlier=earlier)
    assert "0800-0432" in messages[0]["text"] and " je kinderen" not in all_text(messages)
    # The same when the decision order found the shelter's entry for it (the meaning opinion does).
    dispatcher = CollectingDispatcher()
    found = [{"entity": FOUND_ENTITY, "value": "vrouwenopvang"}]
    run_coroutine(ActionKennis().run(dispatcher, tracker("kan ik ergens heen?", "vraag_definitie", entities=found,
                                                         earlier=earlier), {}))
    assert "0800-0432" in dispatcher.messages[0]["text"] and " je kinderen" not in all_text(dispatcher.messages)


def test_a_child_who_says_it_is_afraid_gets_the_route_again_not_a_choice_of_topics(built_index):
    earlier = [("papa en mama maken ruzie", "kind_jongere"), ("papa heeft mama geduwd", "kind_jongere")]
    messages, _ = run(ActionFallback(), "ik ben bang", "nlu_fallback", earlier=earlier)
    route = [m["text"] for m in route_messages("kind")]
    assert [m["text"] for m in messages[:2]] == [route_messages("gevoel_na_route")[0]["text"] + "\n" + route[0], route[1]]


def test_a_professionals_follow_up_stays_with_the_meldcode(built_index):
    """'moet ik de ouders bellen?' after 'ik ben leerkracht, een leerling heeft blauwe plekken' got
    the Kindertelefoon; 'wat moet ik nu doen?' a choice of unrelated topics."""
    earlier = [("ik ben leerkracht", "meldcode_vraag"), ("een leerling heeft blauwe plekken", "meldcode_vraag")]
    messages, _ = run(ActionRouteKind(), "moet ik de ouders bellen", "kind_jongere", earlier=earlier)
    assert "0800-0432" not in messages[0]["text"] and "0800-2000" in all_text(messages)
    messages, _ = run(ActionRouteHulpMenu(), "wat moet ik nu doen", "hulp_menu", earlier=earlier)
    assert messages[0]["text"] == route_messages("meldcode")[0]["text"]
    # A child in the same chat is a child: the Kindertelefoon.
    messages, _ = run(ActionRouteKind(), "ik ben 10 en mijn vader slaat mij", "kind_jongere", earlier=earlier)
    assert "0800-0432" in messages[0]["text"]
    # Without a professional before, the child's route.
    messages, _ = run(ActionRouteKind(), "moet ik de ouders bellen", "kind_jongere")
    assert "0800-0432" in messages[0]["text"]


def test_asking_whether_to_report_after_a_bystanders_route_gets_the_bystanders_advice(built_index):
    earlier = [("mijn buurvrouw schreeuwt elke avond tegen haar kinderen", "zorgen_omstander"),
               ("is dat kindermishandeling", "vraag_definitie")]
    messages, _ = run(ActionRouteMeldcode(), "moet ik het melden", "meldcode_vraag", earlier=earlier)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"] and "Bron:" in all_text(messages)


def test_a_child_who_tells_more_after_the_route_gets_the_route_again_not_topics(built_index):
    earlier = [("ik ben 15", "kind_jongere"), ("mijn vriend dwingt me om seks te hebben", "seksueel_geweld")]
    # (twenty-second session: not daring to tell a parent gets help that needs no parent, not the route again)
    messages, _ = run(ActionFallback(), "ik durf het niet aan mijn moeder te zeggen", "nlu_fallback", earlier=earlier)
    assert answered("hulp-vragen-zonder-je-ouders", messages)
    assert "0800-0432" in all_text(messages) and "Kies hieronder" not in all_text(messages)
    messages, _ = run(ActionFallback(), "ik ben zo bang", "nlu_fallback", earlier=earlier)
    assert "0800-0188" in all_text(messages) and "Kies hieronder" not in all_text(messages)


def test_a_question_on_the_same_route_gets_the_answer_the_conversation_supports(built_index):
    """'mag hij de kinderen nog zien?' after 'mijn man heeft een huisverbod gekregen' got the
    victim's route a second time."""
    from actions.routes import ActionRouteSlachtoffer
    earlier = [("mijn man heeft een huisverbod gekregen", "pleger")]
    messages, _ = run(ActionRouteSlachtoffer(), "mag hij de kinderen nog zien?", "slachtoffer", earlier=earlier)
    assert answered("regels-tijdens-huisverbod", messages), all_text(messages)
    # Telling more on the same route is no question: the route again.
    messages, _ = run(ActionRouteSlachtoffer(), "hij slaat me al jaren", "slachtoffer", earlier=earlier)
    # (without the line for those under 18: "mijn man" told of an adult's life)
    assert messages[0]["text"] == for_an_adult(route_messages("slachtoffer")[0]["text"])


def test_a_question_after_an_answer_guessed_as_a_victim_gets_the_answer_the_conversation_supports(built_index):
    """'mag hij dan de kinderen nog zien?' after the answer on what a huisverbod is got the
    victim's route, without an answer."""
    from actions.routes import ActionRouteSlachtoffer
    earlier = [("wat is een huisverbod", "vraag_definitie", "tijdelijk-huisverbod")]
    messages, _ = run(ActionRouteSlachtoffer(), "mag hij dan de kinderen nog zien?", "slachtoffer", earlier=earlier)
    assert answered("regels-tijdens-huisverbod", messages), all_text(messages)
    # Telling of violence after it is no follow-up: the route.
    messages, _ = run(ActionRouteSlachtoffer(), "hij slaat me al jaren", "slachtoffer", earlier=earlier)
    assert messages[0]["text"] == route_messages("slachtoffer")[0]["text"]


def test_asking_for_help_after_a_route_gets_that_routes_help(built_index):
    """'ik wil hulp' a moment after 'ik heb mijn vriendin geslagen' got the general menu."""
    earlier = [("ik heb mijn vriendin geslagen", "pleger")]
    messages, _ = run(ActionRouteHulpMenu(), "ik wil hulp", "hulp_menu", earlier=earlier)
    assert messages[0]["text"] == route_messages("pleger")[0]["text"]
    # As a first message it is the menu.
    messages, _ = run(ActionRouteHulpMenu(), "ik wil hulp", "hulp_menu")
    assert messages[0]["text"] == route_messages("hulp_menu")[0]["text"]


def test_asking_whether_someone_at_home_sees_this_chat_gets_what_the_chat_keeps(built_index):
    from actions.routes import ActionRouteBotUitleg
    earlier = [("ik ben 13 en mijn vader drinkt en schreeuwt de hele tijd", "kind_jongere")]
    messages, _ = run(ActionRouteBotUitleg(), "wat als mijn vader het ziet", "bot_vraag", earlier=earlier)
    assert messages[0]["text"].startswith(route_messages("bot_privacy")[0]["text"])


def test_a_feeling_after_a_route_gets_the_route_again_not_topics(built_index):
    """'ik schaam me' after 'ik heb mijn vrouw gisteren geduwd' got topics on financial abuse of older people."""
    earlier = [("ik heb mijn vrouw gisteren geduwd", "pleger")]
    messages, _ = run(ActionFallback(), "ik schaam me", "nlu_fallback", earlier=earlier)
    # A word for the feeling, then the route again.
    assert messages[0]["text"] == (route_messages("gevoel_na_route")[0]["text"] + "\n"
                                   + route_messages("pleger")[0]["text"])
    assert [m["text"] for m in messages[1:]] == [m["text"] for m in route_messages("pleger")[1:]]
    assert "Kies hieronder" not in all_text(messages)
    # As a first message there is no route to repeat.
    alone, _ = run(ActionFallback(), "ik schaam me", "nlu_fallback")
    assert alone[0]["text"] != route_messages("pleger")[0]["text"]


def test_where_to_get_help_after_a_route_gets_that_routes_help(built_index):
    earlier = [("ik heb mijn vrouw gisteren geduwd", "pleger")]
    messages, _ = run(ActionRouteHulpMenu(), "waar kan ik hulp krijgen", "hulp_menu", earlier=earlier)
    assert messages[0]["text"] == route_messages("pleger")[0]["text"]


def test_a_message_the_search_is_sure_of_after_a_route_gets_its_answer_not_the_menu(built_index):
    """'ze wil geen hulp' after the bystander's route got the menu of what the bot can help with."""
    earlier = [("mijn vriendin wordt door haar vriend geslagen", "zorgen_omstander")]
    messages, _ = run(ActionRouteHulpMenu(), "ze wil geen hulp", "hulp_menu", earlier=earlier)
    assert answered("waarom-is-weggaan-moeilijk", messages), all_text(messages)
    assert messages[0]["text"] != route_messages("hulp_menu")[0]["text"]


def test_what_to_do_about_it_after_an_answer_gets_a_linked_entry_not_the_menu(built_index):
    """'wat kan ik ertegen doen' after the answer on stalking got the menu of what the bot can help with."""
    earlier = [("wat is stalking", "vraag_definitie")]
    messages, _ = run(ActionRouteHulpMenu(), "wat kan ik ertegen doen", "hulp_menu", earlier=earlier)
    assert messages[0]["text"] != route_messages("hulp_menu")[0]["text"]
    linked = KnowledgeSearch().entry("stalking")["related"]
    assert any(answered(entry_id, messages) for entry_id in linked), all_text(messages)


def test_more_about_the_child_a_bystander_worries_about_keeps_the_bystanders_route(built_index):
    """'haar stiefvader schreeuwt altijd' after 'ik maak me zorgen om mijn nichtje' got the child's route."""
    earlier = [("ik maak me zorgen om mijn nichtje", "zorgen_omstander")]
    messages, _ = run(ActionRouteKind(), "haar stiefvader schreeuwt altijd", "kind_jongere", earlier=earlier)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    # A child who writes of their own home still gets the child's route.
    messages, _ = run(ActionRouteKind(), "mijn stiefvader schreeuwt altijd tegen mij", "kind_jongere", earlier=earlier)
    assert "0800-0432" in messages[0]["text"]


@pytest.mark.parametrize("text,route", [("ik heb 112 gebeld, wat nu", "na_112"), ("moet ik erheen gaan", "niet_ertussen"),
                                        ("moet ik aanbellen?", "niet_ertussen")])
def test_after_the_acute_answer_one_who_called_or_wants_to_step_in_gets_an_answer(built_index, text, route):
    """Each got 'Is er nog gevaar? Bel 112' again, after the neighbour screaming now."""
    earlier = [("ik hoor nu de buurvrouw gillen en hij slaat haar", "acuut_gevaar")]
    for action in (ActionFallback(), ActionKennis()):
        messages, _ = run(action, text, "buiten_scope", earlier=earlier)
        assert messages[0]["text"] == route_messages(route)[0]["text"], all_text(messages)


def test_a_bystander_who_asks_whether_to_confront_the_doer_is_told_not_to(built_index):
    """'moet ik hem erop aanspreken?' after 'mijn buurman slaat zijn kinderen' got 'ik begrijp niet
    helemaal wat je bedoelt'; a sister's husband got 'ga het gesprek aan met de mensen om wie het gaat'."""
    earlier = [("mijn buurman slaat zijn kinderen denk ik", "zorgen_omstander")]
    for action in (ActionFallback(), ActionKennis(), ActionRouteOmstander()):
        messages, _ = run(action, "moet ik hem erop aanspreken?", "zorgen_omstander", earlier=earlier)
        assert answered("het-gesprek-beginnen", messages), all_text(messages)
        assert "niet zelf op aan" in all_text(messages)


def test_when_the_danger_has_passed_the_next_step_is_veilig_thuis_not_112_again(built_index):
    """'hij is weg' and 'wat moet ik nu doen' after 'hij staat voor de deur' got 'Is er nog gevaar? Bel 112' three times."""
    messages, _ = run(ActionFallback(), "hij is weg", "buiten_scope", earlier=ACUTE)
    assert messages[0]["text"] == route_messages("gevaar_voorbij")[0]["text"]
    assert len(messages) == len(route_messages("gevaar_voorbij"))  # news alone: nothing more
    # thirty-fifth session's sixth tuning conversations: the question told with the news got no answer
    asked, _ = run(ActionKennis(), "hij is weggereden. moet ik nog naar een dokter? ik zie niks aan mn nek",
                   "vraag_definitie", earlier=ACUTE)
    assert asked[0]["text"] == route_messages("gevaar_voorbij")[0]["text"] and answered("gewurgd-wat-nu", asked)
    later = ACUTE + [("hij is weg", "buiten_scope")]
    messages, _ = run(ActionRouteHulpMenu(), "wat moet ik nu doen", "hulp_menu", earlier=later)
    assert messages[0]["text"] == route_messages("slachtoffer")[0]["text"], all_text(messages)
    # Danger told again is still danger.
    messages, _ = run(ActionFallback(), "hij is weg maar hij komt terug met een mes", "buiten_scope", earlier=ACUTE)
    assert "112" in messages[0]["text"].split("\n")[0]


def test_the_police_taking_him_away_is_news_and_what_is_asked_or_needed_with_it_is_answered(built_index):
    """The seventh tuning conversations: "ze zijn er. ze nemen hem mee. maar morgen staat ie hier gewoon
    weer toch??" got "Is er nog gevaar? Bel 112" again, and "ik wil hier vannacht niet blijven slapen"
    after the police took him a bystander's route and "ik begrijp niet helemaal wat je bedoelt"."""
    threatened = [("hij staat met een mes in de keuken en schreeuwt dat hij me gaat afmaken", "acuut_gevaar"),
                  ("ik heb me op de wc opgesloten", "acuut_gevaar")]
    asked, _ = run(ActionFallback(), "ze zijn er. ze nemen hem mee. maar mag hij straks gewoon weer terugkomen?",
                   "nlu_fallback", earlier=threatened)
    assert asked[0]["text"] == route_messages("gevaar_voorbij")[0]["text"] and answered("tijdelijk-huisverbod", asked)
    tonight, _ = run(ActionRouteSlachtoffer(), "ze hebben hem meegenomen. ik wil hier vannacht echt niet blijven slapen",
                     "slachtoffer", ranking=["acuut_gevaar", "zorgen_omstander"], earlier=threatened)
    assert answered("vannacht-een-veilige-plek", tonight) and "Goed dat je je zorgen deelt" not in all_text(tonight)


def test_a_wish_told_with_the_news_that_the_police_came_is_answered(built_index):
    """The ninth and tenth tuning conversations: "politie was hier. zij wil praten met iemand maar spreekt
    alleen pools" got 'Is er nog gevaar? Bel 112' again, without help in another language."""
    told = [("collega slaat zijn vriendin, zij bloed uit neus, nu in keuken hij heeft fles. wat ik moet doen", "acuut_gevaar")]
    for text in ("politie was hier. zij wil praten met iemand maar spreekt alleen pools en beetje engels",
                 "politie is gekomen. morgen ik wil praten met iemand maar mijn nederlands is niet goed, ik spreek arabisch"):
        messages, _ = run(ActionRouteAcuut(), text, "acuut_gevaar", earlier=told)
        assert messages[0]["text"] == route_messages("gevaar_voorbij")[0]["text"], all_text(messages)
        assert answered("hulp-in-een-andere-taal", messages), all_text(messages)
    news, _ = run(ActionRouteAcuut(), "politie was hier", "acuut_gevaar", earlier=told)
    assert len(news) == len(route_messages("gevaar_voorbij"))  # news alone: nothing more


def test_a_shower_asked_after_rape_told_with_112_gets_the_first_weeks_care(built_index):
    """The eighth tuning conversations: "ik ben buiten, zit in een taxi naar huis. ik wil alleen maar
    douchen, mag dat?" after rape told with 112 got 'Is er nog gevaar? Bel 112' again."""
    told = [("mijn ex heeft me net verkracht. ik zit op de wc bij hem thuis en hij zit in de kamer", "acuut_gevaar")]
    messages, _ = run(ActionFallback(), "ik ben buiten, zit in een taxi naar huis. ik wil alleen maar douchen. mag dat?",
                      "buiten_scope", earlier=told)
    assert messages[0]["text"] == route_messages("gevaar_voorbij")[0]["text"], all_text(messages)
    assert answered("eerste-week-na-seksueel-geweld", messages), all_text(messages)


def test_an_adult_asking_which_number_gets_the_routes_number_not_what_the_kindertelefoon_keeps(built_index):
    """The seventh tuning conversations: a man of 38 hit by his wife asked "welk nummer moet ik dan
    bellen, ik wil het eigenlijk wel aan iemand vertellen" and got what the Kindertelefoon keeps to itself."""
    earlier = [("man, 38. mijn vrouw slaat en krabt mij als ze boos is. ik schaam me dood dat ik dit typ", "slachtoffer"),
               ("bestaat dat eigenlijk, dat de vrouw de dader is? mn broer lachte me uit", "vraag_definitie",
                "kunnen-vrouwen-ook-pleger-zijn")]
    messages, _ = run(ActionKennis(), "ok. welk nummer moet ik dan bellen, ik wil het eigenlijk wel aan iemand vertellen",
                      "vraag_definitie", earlier=earlier)
    assert "0800-2000" in messages[0]["text"] and "0800-0432" not in all_text(messages)
    assert not answered("vertelt-de-kindertelefoon-het-door", messages)


def test_a_carer_asking_if_they_are_now_an_abuser_gets_care_gone_wrong_not_112(built_index):
    """The seventh tuning conversations: "ben ik nu iemand die haar mishandelt?" got "Bel nu 112"."""
    earlier = [("ik zorg al 3 jaar voor mijn moeder met alzheimer. gisteren heb ik haar hard bij de arm gepakt en "
                "tegen haar geschreeuwd. ik schaam me kapot", "ouderen")]
    messages, _ = run(ActionKennis(), "ben ik nu iemand die haar mishandelt?", "vraag_definitie", earlier=earlier)
    assert answered("ontspoorde-mantelzorg", messages) and "Bel nu 112" not in all_text(messages)


def test_where_to_go_for_help_after_naming_a_place_gets_the_help_in_that_place(built_index):
    earlier = [("ik woon in tilburg", "lokale_hulp")]
    messages, _ = run(ActionRouteHulpMenu(), "waar kan ik heen voor hulp", "hulp_menu", earlier=earlier)
    assert "Tilburg" in messages[0]["text"] and "0800-2000" in all_text(messages)
    # Without the place before it, the same words get the menu of what the bot can help with.
    alone, _ = run(ActionRouteHulpMenu(), "waar kan ik heen voor hulp", "hulp_menu")
    assert alone[0]["text"] == route_messages("hulp_menu")[0]["text"]


def test_more_told_about_the_same_case_keeps_the_bystanders_route_not_a_childs_entry(built_index):
    """'haar vader slaat haar' a moment after 'zorgen om mijn nichtje' got the Kindertelefoon's
    entry for children, written to the child itself."""
    earlier = [("zorgen om mijn nichtje", "zorgen_omstander")]
    messages, _ = run(ActionRouteKind(), "haar vader slaat haar", "kind_jongere", earlier=earlier)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    assert not answered("hulp-voor-kinderen-en-jongeren", messages)


def test_help_alone_gets_112_before_the_menu(built_index):
    for text in ("help", "Help!!", "help me alsjeblieft"):
        messages, _ = run(ActionRouteHulpMenu(), text, "hulp_menu")
        assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"], text
        assert messages[1]["text"] == after_112(route_messages("hulp_menu")[0]["text"])
    asked, _ = run(ActionRouteHulpMenu(), "waarmee kun je helpen", "hulp_menu")
    assert asked[0]["text"] == route_messages("hulp_menu")[0]["text"]


def test_more_told_on_the_same_route_gets_its_number_line_not_the_whole_route_again(built_index):
    """'ze heeft vaak blauwe plekken' after the bystander's route got all of it a second time."""
    from actions.routes import ActionRouteOmstander
    earlier = [("ik maak me zorgen om mijn buurmeisje", "zorgen_omstander")]
    messages, _ = run(ActionRouteOmstander(), "ze heeft vaak blauwe plekken", "zorgen_omstander", earlier=earlier)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    assert route_messages("omstander")[1]["text"] not in all_text(messages)
    # The first time, the whole route.
    first, _ = run(ActionRouteOmstander(), "ik maak me zorgen om mijn buurmeisje", "zorgen_omstander")
    assert route_messages("omstander")[1]["text"] in all_text(first)


def test_a_follow_up_neither_side_settles_gets_choices_near_the_answer_before(built_index):
    """'en daarna?' after the huisverbod got 'daar kan ik je niet mee helpen'."""
    earlier = [("wat is een huisverbod", "vraag_definitie")]
    messages, _ = run(ActionRouteBuitenScope(), "en daarna?", "buiten_scope", earlier=earlier)
    buttons = [b["payload"] for m in messages for b in m.get("buttons") or []]
    assert any("regels-tijdens-huisverbod" in payload for payload in buttons), buttons
    assert "Daar kan ik je helaas niet mee helpen" not in all_text(messages)


def test_a_question_taken_for_danger_after_an_answer_gets_112_then_what_the_conversation_gives(built_index):
    """'mag hij de kinderen zien' a moment after the huisverbod was answered: the classifier said
    danger, and the person got 112 and the victim's route again. Now 112 first, then the rules
    during a huisverbod."""
    earlier = [("mijn man heeft een huisverbod gekregen", "slachtoffer"),
               ("hoe lang duurt dat", "buiten_scope", "tijdelijk-huisverbod")]
    messages, _ = run(ActionRouteAcuut(), "mag hij de kinderen zien", "acuut_gevaar",
                      ranking=["acuut_gevaar", "slachtoffer"], earlier=earlier)
    assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"]
    assert answered("regels-tijdens-huisverbod", messages) or answered("tijdelijk-huisverbod", messages)
    assert route_messages("slachtoffer")[0]["text"] not in all_text(messages)
    # A story without a question keeps 112 and the route of the next guess.
    story, _ = run(ActionRouteAcuut(), "hij gooide zijn bord door de kamer", "acuut_gevaar",
                   ranking=["acuut_gevaar", "slachtoffer"], earlier=earlier)
    assert after_112(for_an_adult(route_messages("slachtoffer")[0]["text"])) in all_text(story)


def test_a_question_taken_for_danger_keeps_the_route_when_the_conversations_answer_is_in_doubt(built_index):
    """'is hij nu strafbaar of ik?' after a nude photo shared in a group chat: the conversation came
    close to reporting domestic violence, which the meaning does not hold nearest. 112 and the
    route, not 'Huiselijk geweld is strafbaar'."""
    earlier = [("ik heb een naaktfoto naar een jongen gestuurd en nu heeft hij hem in een groepsapp gezet",
                "seksueel_geweld", "helpwanted-hulp-bij-online-misbruik")]
    messages, _ = run(ActionRouteAcuut(), "is hij nu strafbaar of ik?", "acuut_gevaar",
                      ranking=["acuut_gevaar", "seksueel_geweld"], earlier=earlier)
    assert not answered("aangifte-doen", messages)
    assert "112" in messages[0]["text"]


def test_asking_whether_it_is_allowed_gets_the_answer_that_says_what_the_law_says(built_index):
    """'is dat strafbaar?' after what stalking is, 'mogen ze dat gewoon?' after a forced marriage
    told: the answer before, or one linked to it, that says what the law says, not choices of
    topics the few words alone come close to."""
    messages, _ = run(ActionKennis(), "is dat strafbaar?", "vraag_definitie",
                      earlier=[("wat is stalking", "vraag_definitie", "stalking")])
    assert answered("stalking", messages)
    earlier = [("mn familie heeft een man voor me uitgezocht in marokko en ik moet deze zomer mee om te trouwen",
                "slachtoffer", "hulp-bij-huwelijksdwang")]
    messages, _ = run(ActionFallback(), "mogen ze dat gewoon?", "nlu_fallback", earlier=earlier)
    assert answered("rechten-bij-huwelijksdwang", messages)


def test_how_long_after_the_huisverbod_gets_the_huisverbod(built_index):
    """'en hoelang geldt dat dan' a moment after the huisverbod: its ten days, not choices."""
    messages, _ = run(ActionFallback(), "en hoelang geldt dat dan", "nlu_fallback",
                      earlier=[("wat is een huisverbod", "vraag_definitie", "tijdelijk-huisverbod")])
    assert answered("tijdelijk-huisverbod", messages)


def test_until_when_after_the_childrens_chat_gets_its_hours(built_index):
    """'tot hoe laat' a moment after the Kindertelefoon's chat: its opening hours, not choices
    ('tot' did not count as the start of a question)."""
    earlier = [("ik ben 14 en mijn vader slaat mijn moeder", "kind_jongere"),
               ("kan ik ook chatten", "hulp_menu", "chatten-met-de-kindertelefoon")]
    messages, _ = run(ActionFallback(), "tot hoe laat", "nlu_fallback", earlier=earlier)
    assert "Bij de Kindertelefoon kun je bellen of chatten" in all_text(messages)  # its 'Ja,' left off


def test_how_long_after_the_shelter_is_the_shelters_stay_not_a_pets(built_index):
    """'hoe lang mag ik daar blijven' a moment after the shelter got the months a pet may stay in a
    host family (a linked entry's figure); the shelter's own 'zo lang als nodig' answers it."""
    earlier = [("mijn man slaat me", "slachtoffer"),
               ("kan ik ergens gratis slapen met mijn kinderen", "slachtoffer", "vrouwenopvang")]
    messages, _ = run(ActionRouteBuitenScope(), "hoe lang mag ik daar blijven", "buiten_scope", earlier=earlier)
    assert "zo lang als nodig" in all_text(messages) and "maanden" not in all_text(messages)


def test_whom_it_is_about_told_after_the_bystanders_route(built_index):
    """'het gaat om mijn buren' a moment after 'ik wil iets melden' got topics about being
    reported; 'het gaat om mij' after the bystander's route got topics on privacy and reporting."""
    earlier = [("ik wil iets melden", "meldcode_vraag")]
    messages, _ = run(ActionRouteBuitenScope(), "het gaat om mijn buren", "buiten_scope", earlier=earlier)
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    assert messages[1]["text"] == route_messages("vervolg_wie")[0]["text"]
    assert not answered("er-is-een-melding-over-mij-gedaan", messages)
    own, _ = run(ActionRouteBuitenScope(), "het gaat om mij", "buiten_scope", earlier=BYSTANDER)
    assert [m["text"] for m in own] == [m["text"] for m in route_messages("slachtoffer")]


def test_asking_about_the_police_after_stalking_gets_the_report_of_stalking(built_index):
    """'kan de politie iets doen?' after the answer on stalking got the general answer on
    reporting domestic violence, an entry the message alone came close to and linked to stalking."""
    from actions.routes import ActionRouteOmstander
    earlier = [("mijn ex-vriend volgt me overal", "slachtoffer", "stalking")]
    messages, _ = run(ActionRouteOmstander(), "kan de politie iets doen?", "zorgen_omstander", earlier=earlier)
    assert answered("aangifte-van-stalking", messages)


def test_talking_with_the_parents_after_honour_based_violence_gets_the_warning_not_step_3(built_index):
    """'moet ik dat met de ouders bespreken?' after the answer on honour-based violence got step 3
    (talk with the parents), which can put the student in graver danger: the warning again."""
    earlier = [("ik ben docent op een mbo en een student vertelt me over eergerelateerd geweld thuis", "meldcode_vraag",
                "meldcode-eergerelateerd-geweld")]
    messages, _ = run(ActionRouteMeldcode(), "moet ik dat met de ouders bespreken?", "meldcode_vraag", earlier=earlier)
    assert answered("meldcode-eergerelateerd-geweld", messages)
    assert not answered("meldcode-stap-3", messages)


@pytest.mark.parametrize("action", [ActionRouteMeldcode(), ActionKennis()])
def test_talking_with_the_parents_after_a_forced_marriage_or_abuse_in_the_family_gets_the_caution(built_index, action):
    """A teacher told of a student to be married off, then asked 'Moet ik met de ouders praten?'
    and got step 3 (talk with the parents); a mentor told of a stepfather's abuse and got the
    Kindertelefoon's line for a child. The caution instead, and step 3 with its safety sentence."""
    earlier = [("Ik ben docent op het mbo. Een studente van 17 vertelt dat ze uitgehuwelijkt gaat worden in de zomer. "
                "Wat nu?", "meldcode_vraag")]
    messages, _ = run(action, "Moet ik met de ouders praten?", "meldcode_vraag", earlier=earlier)
    assert answered("huwelijksdwang-achterlating-professional", messages)
    # The case itself gets that answer too, rather than only the meldcode's route.
    messages, _ = run(ActionRouteMeldcode(), earlier[0][0], "meldcode_vraag")
    assert answered("huwelijksdwang-achterlating-professional", messages)
    earlier = [("Mijn leerling (14) heeft me in vertrouwen verteld dat haar stiefvader aan haar zit. Ik ben mentor. "
                "Wat moet ik doen??", "meldcode_vraag")]
    messages, _ = run(action, "Moet ik het de moeder vertellen?", "kind_jongere", earlier=earlier)
    assert answered("gesprek-met-ouders-bij-seksueel-misbruik", messages) and not answered("meldcode-stap-3", messages)
    # Told and asked in one message.
    text = "Ik ben leerkracht. Een meisje van 12 vertelt dat haar vader haar seksueel misbruikt. Moet ik eerst met de ouders praten?"
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag")
    assert answered("gesprek-met-ouders-bij-seksueel-misbruik", messages)
    # Without a professional before, no caution of the meldcode.
    earlier = [("mijn zus van 17 vertelt dat ze uitgehuwelijkt gaat worden in de zomer", "zorgen_omstander")]
    messages, _ = run(action, "Moet ik met de ouders praten?", "zorgen_omstander", earlier=earlier)
    assert not answered("huwelijksdwang-achterlating-professional", messages)


def test_one_with_a_house_ban_who_asks_where_to_sleep_gets_the_help_for_plegers_not_a_shelter(built_index):
    """'waar moet ik slapen' after 'ik heb een huisverbod' got the shelter for those who flee."""
    earlier = [("mijn vrouw heeft mij aangegeven en nu heb ik een huisverbod", "pleger")]
    for action in (ActionKennis(), ActionRoutePleger()):
        messages, _ = run(action, "waar moet ik slapen", "vraag_definitie", earlier=earlier)
        assert not answered("vrouwenopvang", messages) and not answered("veilig-weggaan", messages)
        assert "Moviera" not in all_text(messages) and "0800-2000" in all_text(messages)


def test_after_images_threatened_to_be_shared_a_follow_up_gets_helpwanted_not_the_csgs_text_on_rape(built_index):
    """'wat moet ik doen' from a girl of 14 whose nudes someone threatens to share got 'Ben je
    aangerand of verkracht?'."""
    earlier = [("ik ben 14 en iemand heeft naaktfotos van mij en dreigt ze te delen als ik niet meer stuur",
                "seksueel_geweld", "helpwanted-hulp-bij-online-misbruik")]
    messages, _ = run(ActionRouteSeksueelGeweld(), "wat moet ik doen", "seksueel_geweld", earlier=earlier)
    assert answered("helpwanted-hulp-bij-online-misbruik", messages) and "verkracht" not in all_text(messages)
    # Rape told after it is the CSG's again.
    messages, _ = run(ActionRouteSeksueelGeweld(), "hij heeft me ook verkracht", "seksueel_geweld", earlier=earlier)
    assert "0800-0188" in messages[0]["text"]


def test_after_images_threatened_whether_one_is_punishable_oneself_is_the_law_on_sexting(built_index):
    """The eighth tuning conversations: "ben ik nu zelf ook strafbaar want ik heb die foto zelf gestuurd"
    got Helpwanted's answer again."""
    earlier = [("iemand op snap heeft naaktfotos van mij en zegt dat hij ze naar mijn klas stuurt als ik niet "
                "betaal. ik ben 15", "seksueel_geweld", "helpwanted-hulp-bij-online-misbruik")]
    messages, _ = run(ActionKennis(), "ben ik nu zelf ook strafbaar want ik heb die foto zelf gestuurd",
                      "vraag_definitie", earlier=earlier)
    assert answered("sexting", messages), all_text(messages)[:300]
    again, _ = run(ActionKennis(), "hij heeft er nog een gestuurd", "vraag_definitie", earlier=earlier)
    assert "Helpwanted" in all_text(again)


def test_the_help_for_plegers_is_no_answer_on_the_route_of_the_one_hurt(built_index):
    """'wat als hij boos wordt' from a girl of 15 with a controlling boyfriend got the help for plegers."""
    earlier = [("ik ben 15 en mijn vriend wil altijd weten waar ik ben en leest mijn telefoon", "kind_jongere")]
    for action, intent in ((ActionKennis(), "vraag_definitie"), (ActionRouteKind(), "kind_jongere"),
                           (ActionFallback(), "nlu_fallback"), (ActionRoutePleger(), "pleger")):
        messages, _ = run(action, "wat als hij boos wordt", intent, earlier=earlier)
        assert not answered("hulp-voor-plegers", messages) and "plegers" not in all_text(messages), action


def test_asking_about_anonymity_on_the_victims_route_gets_the_answer_for_the_one_hurt(built_index):
    """'kan dat anoniem?' after 'mijn vriend slaat me' got what anonymous reporting means for a
    bystander (the family may suspect the neighbours): that the call is hidden and can be anonymous."""
    earlier = [("mijn vriend slaat me soms als hij gedronken heeft", "slachtoffer")]
    messages, _ = run(ActionKennis(), "kan dat anoniem?", "vraag_definitie", earlier=earlier)
    # (since the thirty-seventh session the search finds anonymous advice for it, which the labels of
    # the blind tuning conversations want for one hurt too: that advice can be asked without a name)
    assert answered("ziet-iemand-dat-je-veilig-thuis-hebt-gebeld", messages) or answered("anoniem-advies", messages)
    assert not answered("anoniem-melden", messages)
    bystander, _ = run(ActionKennis(), "kan dat anoniem?", "vraag_definitie", earlier=BYSTANDER)
    assert not answered("ziet-iemand-dat-je-veilig-thuis-hebt-gebeld", bystander)
    # thirty-fourth session's fifth tuning conversations: a bystander got a choice of three
    assert answered("anoniem-advies", bystander)


def test_a_question_on_what_happens_to_her_after_an_answer_is_not_waved_away(built_index):
    """'wat gebeurt er dan met haar' after the answer on anonymous advice got 'daar kan ik je niet
    mee helpen': 'dan' leans on that answer, so the entries both come close to, to choose from."""
    earlier = [("kan ik anoniem advies vragen bij veilig thuis", "vraag_definitie", "anoniem-advies")]
    messages, _ = run(ActionRouteBuitenScope(), "wat gebeurt er dan met haar", "buiten_scope", earlier=earlier)
    assert route_messages("buiten_scope")[0]["text"] not in all_text(messages)
    assert any(m.get("buttons") for m in messages)


def test_whom_to_call_after_a_route_gets_its_number_again(built_index):
    """'wie kan ik bellen' and 'kan dat ook 's nachts' a moment after a route got topics to choose
    from (the pharmacy's code word, chatting): the route's number line, which says day and night."""
    for earlier in (CHILD, [("ik maak me zorgen om mijn oma, de thuiszorg neemt geld van haar", "ouderen")]):
        route = "kind" if earlier is CHILD else "ouderen"
        for text in ("wie kan ik bellen", "kan dat ook s nachts"):
            messages, _ = run(ActionFallback(), text, "nlu_fallback", earlier=earlier)
            assert messages[0]["text"] == route_messages(route)[0]["text"], (route, text)


def test_breaking_the_huisverbod_after_its_answer_gets_the_rules_during_it(built_index):
    """'en als hij zich er niet aan houdt?' after 'wat is een huisverbod' got topics to choose from:
    the rules during a huisverbod, which say what breaking it costs."""
    earlier = [("wat is een huisverbod", "vraag_definitie", "tijdelijk-huisverbod")]
    messages, _ = run(ActionFallback(), "en als hij zich er niet aan houdt?", "nlu_fallback", earlier=earlier)
    assert "niet aan het huisverbod houdt" in all_text(messages)


def test_what_happens_next_after_wishing_to_report_gets_what_follows_a_melding(built_index):
    """'wat gebeurt er daarna' after 'ik wil een melding doen over mijn buren' got 'ik begrijp niet
    helemaal wat je bedoelt': what Veilig Thuis does after a melding."""
    earlier = [("ik wil een melding doen over mijn buren", "zorgen_omstander")]
    messages, _ = run(ActionFallback(), "wat gebeurt er daarna", "nlu_fallback", earlier=earlier)
    assert answered("na-een-melding-bij-veilig-thuis", messages)


def test_whether_to_report_after_stalking_gets_the_report_of_stalking(built_index):
    """'moet ik aangifte doen' after the answer on stalking found the general report ('huiselijk
    geweld is strafbaar'): the report of stalking, linked to that answer, which the search is sure
    of for both together."""
    earlier = [("wat is stalking", "vraag_definitie", "stalking")]
    messages, _ = run(ActionKennis(), "moet ik aangifte doen", "vraag_definitie", earlier=earlier)
    assert answered("aangifte-van-stalking", messages)
    alone, _ = run(ActionKennis(), "moet ik aangifte doen", "vraag_definitie")
    assert not answered("aangifte-van-stalking", alone)


def test_a_young_person_who_does_not_want_the_kindertelefoon_gets_veilig_thuis(built_index):
    """'ik wil niet naar de kindertelefoon ik ben geen kind meer' after the child's route got the
    same Kindertelefoon line again: Veilig Thuis, which helps young people too."""
    messages, _ = run(ActionRouteKind(), "ik wil niet naar de kindertelefoon ik ben geen kind meer", "kind_jongere",
                      earlier=CHILD)
    assert messages[0]["text"] == route_messages("kind_geen_kind")[0]["text"]
    fallback, _ = run(ActionFallback(), "ik wil niet naar de kindertelefoon ik ben geen kind meer", "nlu_fallback",
                      earlier=CHILD)
    assert fallback[0]["text"] == route_messages("kind_geen_kind")[0]["text"]


def test_a_step_named_in_a_follow_up_is_that_step_not_the_answer_before(built_index):
    # 'en stap 5?' after the afwegingskader got the afwegingskader again (fifteenth session)
    earlier = [("hoe werkt het afwegingskader", "meldcode_vraag", "afwegingskader")]
    messages, _ = run(ActionKennis(), "en stap 5?", "meldcode_vraag", earlier=earlier)
    assert answered("meldcode-stap-5", messages) and not answered("afwegingskader", messages)


# Seventeenth session's probes (children, plegers, other languages).

def test_a_child_hiding_a_moment_after_acute_danger_gets_112_again_not_an_entry(built_index):
    """'ik zit op mn kamer' a moment after 'papa slaat mama nu' came close to spyware on a phone and
    got that answer without 112: the acute follow-up comes before any entry the message found."""
    earlier = [("ik ben 12 papa slaat mama nu in de keuken", "acuut_gevaar")]
    for action, intent in ((ActionKennis(), "vraag_definitie"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, "ik zit op mn kamer", intent, earlier=earlier)
        assert messages[0]["text"].startswith("Is er nog gevaar? Bel 112"), messages
        assert not answered("stalkerware", messages)


def test_a_question_a_moment_after_acute_danger_gets_112_then_its_answer(built_index):
    messages, _ = run(ActionKennis(), "kan hij zien dat ik veilig thuis bel?", "vraag_definitie", earlier=ACUTE)
    assert messages[0]["text"].startswith("Is er nog gevaar? Bel 112")
    assert "telefoonrekening" in all_text(messages)


def test_now_after_fearing_to_hurt_ones_child_gets_what_to_do_now(built_index):
    """'nu' after 'ik ben bang dat ik mijn kind iets aan doe' got a choice of topics."""
    earlier = [("ik ben bang dat ik mijn kind iets aan doe", "pleger")]
    messages, _ = run(ActionFallback(), "nu", "nlu_fallback", earlier=earlier)
    assert messages[0]["text"] == route_messages("pleger_nu")[0]["text"]
    assert "112" in messages[0]["text"].split("\n")[0] and "in bed of in de box" in messages[0]["text"]
    # Not without the pleger's route before it.
    alone, _ = run(ActionFallback(), "nu", "nlu_fallback")
    assert route_messages("pleger_nu")[0]["text"] not in all_text(alone)


def test_is_that_normal_from_a_hit_child_gets_no_it_is_not(built_index):
    """'is dat normaal?' and 'mag hij dat?' after 'mijn moeder slaat me' got a choice of topics."""
    earlier = [("ik ben 10 mijn papa slaat mij met de riem", "kind_jongere")]
    for text in ("is dat normaal", "mag hij dat?"):
        messages, _ = run(ActionFallback(), text, "nlu_fallback", earlier=earlier)
        assert answered("is-het-normaal-dat-je-ouders-je-slaan", messages), (text, messages)
    # A child telling of a fight between the parents is not told it was hit.
    fight = [("ik ben 11 mijn ouders maken altijd ruzie", "kind_jongere")]
    messages, _ = run(ActionFallback(), "is dat normaal", "nlu_fallback", earlier=fight)
    assert not answered("is-het-normaal-dat-je-ouders-je-slaan", messages)


def test_a_limp_baby_after_shaking_gets_112_first(built_index):
    earlier = [("ik heb mijn baby door elkaar geschud omdat hij niet stopte met huilen", "acuut_gevaar")]
    messages, _ = run(ActionRouteAcuut(), "hij doet nu een beetje slap", "acuut_gevaar", earlier=earlier)
    assert messages[0]["text"].startswith("Bel nu 112")


def test_a_baby_shaken_gets_the_number_and_to_have_the_baby_checked(built_index):
    """Taken for danger without a sign of it now, the pleger's route came without its situation:
    'ik heb mijn baby door elkaar geschud' got general help to stop, not 'laat je baby nakijken'."""
    messages, _ = run(ActionRouteAcuut(), "ik heb mijn baby door elkaar geschud omdat hij niet stopte met huilen",
                      "acuut_gevaar", ranking=["acuut_gevaar", "pleger"])
    assert "112" in messages[0]["text"] and answered("huilende-baby-en-schudden", messages)


def test_a_childs_conversation_offers_no_topics_for_professionals(built_index):
    """'en dan?' and 'moet ik dan naar een pleeggezin' from a child got the button "Een kind of
    cliënt vertelt zelf over geweld thuis. Meldt u dat?"."""
    import json
    search = KnowledgeSearch()
    for text in ("en dan?", "moet ik dan naar een pleeggezin", "kan een jongen ook slachtoffer zijn"):
        messages, _ = run(ActionFallback(), text, "nlu_fallback", earlier=CHILD)
        for button in (b for m in messages for b in m.get("buttons") or []):
            if button["payload"].startswith("/kennis_item"):
                entry = search.entry(json.loads(button["payload"][len("/kennis_item"):])["kennis_id"])
                assert entry["audience"] != "professional" and entry["folder"] != "meldcode", (text, button)


def test_a_teacher_telling_of_a_threat_to_kill_gets_the_acute_answer_for_professionals(built_index):
    """'ik ben leerkracht ... haar vader heeft gezegd dat hij haar vermoordt' got the victim's 112
    block ("ga naar een veilige plek"), and 'moet ik de ouders bellen?' after it step 3 (talk with
    the parents)."""
    text = ("ik ben leerkracht, een meisje durft niet naar huis want haar vader heeft gezegd dat hij haar "
            "vermoordt, school gaat over een uur uit")
    messages, _ = run(ActionRouteAcuut(), text, "acuut_gevaar")
    assert "112" in messages[0]["text"] and answered("acute-onveiligheid-professional", messages)
    assert "Ga als het kan naar een veilige plek" not in all_text(messages)
    earlier = [(text, "acuut_gevaar", "acute-onveiligheid-professional")]
    for action, intent in ((ActionKennis(), "meldcode_vraag"), (ActionRouteAcuut(), "acuut_gevaar")):
        follow, _ = run(action, "moet ik de ouders bellen?", intent, earlier=earlier)
        # Veilig Thuis now, who agrees what is said to the parents; not the whole answer again
        assert all_text(follow).startswith(all_text(route_messages("acuut_professional_vervolg"))[:40]), (intent, follow)
        assert "tegen de ouders" in all_text(follow) and not answered("meldcode-stap-3", follow)


@pytest.mark.parametrize("action,text,intent", [
    (ActionRouteKind(), "Ze zit nu hier in de kantine bij mij", "kind_jongere"),
    (ActionKennis(), "mag ik hem meegeven als ze komt?", "vraag_definitie"),
    (ActionFallback(), "wat moet ik zeggen als moeder straks komt?", "nlu_fallback"),
])
def test_after_a_child_unsafe_today_a_follow_up_gets_veilig_thuis_now_not_the_kindertelefoon(built_index, action, text, intent):
    told = ("Ik ben voetbaltrainer bij een club. Een meisje van 11 heeft een verse snee boven haar oog en zegt "
            "dat ze niet naar huis durft.")
    follow, _ = run(action, text, intent, earlier=[(told, "meldcode_vraag", "acute-onveiligheid-professional")])
    assert "0800-2000" in all_text(follow) and "Kindertelefoon" not in all_text(follow)
    assert "niet alleen" in all_text(follow)


def test_an_adults_conversation_gets_no_answer_written_to_a_child(built_index):
    """'wat moet ik tegen haar zeggen' from a woman worried for a friend got "Je verraadt je ouders
    niet ... vertel het aan je juf"."""
    earlier = [("mijn vriendin wordt door haar vriend opgesloten", "zorgen_omstander")]
    for action, intent in ((ActionKennis(), "vraag_definitie"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, "wat moet ik tegen haar zeggen", intent, earlier=earlier)
        for child_entry in ("mag-je-het-vertellen", "wat-gebeurt-er-als-je-het-vertelt"):
            assert not answered(child_entry, messages), (intent, messages)


def test_after_rape_what_to_do_and_the_police_get_the_csgs_way(built_index):
    """'ik weet niet wat ik moet doen' after 'ik ben gisteravond verkracht' got the menu, and 'moet
    ik naar de politie' the general report of domestic violence."""
    earlier = [("ik ben gisteravond verkracht", "seksueel_geweld")]
    messages, _ = run(ActionRouteHulpMenu(), "ik weet niet wat ik moet doen", "weet_niet", earlier=earlier)
    assert "0800-0188" in all_text(messages) and "Ik kan je helpen met" not in all_text(messages)
    police, _ = run(ActionKennis(), "moet ik naar de politie", "vraag_definitie", earlier=earlier)
    assert not answered("aangifte-doen", police)


def test_a_follow_up_after_wanting_to_die_gets_113_first(built_index):
    """'niemand helpt me toch' after 'ik wil dood' got "Kun je niet praten? Zeg heel kort 'politie'"."""
    earlier = [("ik wil dood", "acuut_gevaar")]
    messages, _ = run(ActionFallback(), "niemand helpt me toch", "nlu_fallback", earlier=earlier)
    assert messages[0]["text"] == route_messages("zelfdoding_vervolg")[0]["text"]
    assert "0800-0113" in messages[0]["text"].split("\n")[0]


def test_what_to_say_after_the_bystanders_route_gets_how_to_start_the_talk(built_index):
    messages, _ = run(ActionRouteOmstander(), "wat moet ik tegen haar zeggen", "zorgen_omstander", earlier=BYSTANDER)
    assert answered("het-gesprek-beginnen", messages)


def test_a_bed_for_tonight_after_telling_of_being_locked_in_not_the_help_for_plegers():
    earlier = [("hij heeft me gisteren opgesloten in de kelder, nu ben ik bij een vriendin", "slachtoffer")]
    messages, _ = run(ActionRouteBuitenScope(), "kan ik hier blijven slapen?", "buiten_scope", earlier=earlier)
    assert answered("vannacht-een-veilige-plek", messages)
    assert "zelf geweld gebruik" not in all_text(messages)


def test_who_wants_to_report_to_the_police_gets_how_and_then_the_polices_number(built_index):
    told = "ik wil aangifte doen tegen mijn ex, hij heeft me vorig jaar geschopt"
    messages, _ = run(ActionRouteSlachtoffer(), told, "slachtoffer")
    assert answered("aangifte-doen", messages)
    earlier = [(told, "slachtoffer", "aangifte-doen")]
    messages, events = run(ActionDetecteerGemeente(), "welk nummer moet ik bellen", "lokale_hulp", earlier=earlier)
    assert events[0]["value"] == NOT_A_PLACE
    messages, _ = run(ActionLokaleHulp(), "welk nummer moet ik bellen", "lokale_hulp", slots={"gemeente": NOT_A_PLACE},
                      earlier=earlier)
    text = all_text(messages)
    assert "0900-8844" in text and "In welke gemeente" not in text


def test_a_mother_asking_what_to_tell_her_son_gets_how_to_talk_with_a_child_not_the_childs_text(built_index):
    told = ("mijn man is gisteren opgepakt door de politie omdat hij mij heeft geslagen. mijn zoontje van 6 "
            "vraagt steeds gaat papa naar de gevangenis?")
    messages, _ = run(ActionKennis(), "wat moet ik tegen hem zeggen", "kind_jongere", earlier=[(told, "slachtoffer")])
    assert answered("praten-met-je-kind-over-het-geweld", messages)
    assert "verraadt" not in all_text(messages)


@pytest.mark.parametrize("text,entry_id", [
    ("kan ik anoniem melden, ik ben bang voor de vader", "anoniem-melden-professional"),
    ("wat als hij erachter komt dat ik het was?", "anoniem-melden-professional"),
    ("wat als ik me vergis, ben ik aansprakelijk?", "aansprakelijk-als-uw-vermoeden-niet-klopt"),
])
def test_a_professional_asking_a_residents_words_gets_the_answer_for_professionals(built_index, text, entry_id):
    told = "ik ben leerkracht, een leerling heeft steeds blauwe plekken en de vader is erg agressief"
    messages, _ = run(ActionKennis(), text, "vraag_definitie", earlier=[(told, "meldcode_vraag")])
    text = all_text(messages)
    # (the answer's 'Nee,' may be left out when it does not answer the question's own verb)
    # (after an opening "Ja." or "Nee.", which only a yes-or-no question keeps: veilig/answers.fitting_start)
    start = re.sub(r"^(Ja|Nee)[.,]\s*", "", render(KnowledgeSearch().entry(entry_id)["text"])).split(". ")[0].split(", ", 1)[-1]
    assert start.lower() in text.lower(), text[:300]
    assert "als inwoner" not in text


@pytest.mark.parametrize("text", ["ik heb geen geld wtf moet ik doen", "wat moet ik nu doen"])
def test_what_to_do_after_images_used_to_extort_gets_helpwanted_again(built_index, text):
    told = "iemand op insta heeft naaktfotos van me en zegt dat hij ze naar iedereen stuurt als ik niet betaal"
    messages, _ = run(ActionFallback(), text, "nlu_fallback",
                      earlier=[(told, "seksueel_geweld", "helpwanted-hulp-bij-online-misbruik")])
    assert answered("helpwanted-hulp-bij-online-misbruik", messages), all_text(messages)[:200]


def test_a_youth_worker_told_of_a_forced_marriage_who_asks_about_the_parents_gets_the_caution_first(built_index):
    text = ("ik ben jongerenwerker. een meisje van 16 vertelt dat haar ouders haar deze zomer in marokko willen "
            "laten trouwen. moet ik met de ouders in gesprek?")
    for action, intent in ((ActionKennis(), "vraag_definitie"), (ActionRouteMeldcode(), "meldcode_vraag")):
        messages, _ = run(action, text, intent)
        assert answered("huwelijksdwang-achterlating-professional", messages), (intent, all_text(messages)[:200])
        assert not answered("meldcode-stap-3", messages)


@pytest.mark.parametrize("text,entry_id", [
    ("komen ze dan meteen langs?", "na-een-melding-bij-veilig-thuis"),
    ("wat kost dat?", "kost-veilig-thuis-geld"),
    ("weten ze dan dat ik het was?", "weet-het-gezin-wie-gemeld-heeft"),
])
def test_a_short_question_after_the_bystanders_route_is_about_veilig_thuis(built_index, text, entry_id):
    """The route named Veilig Thuis: 'ze' and 'dat' are Veilig Thuis and calling it, not the topics
    the few words alone come close to."""
    earlier = [("Ik maak me zorgen om de kinderen van de buren, ik hoor vaak geschreeuw", "zorgen_omstander")]
    messages, _ = run(ActionKennis(), text, "vraag_definitie", earlier=earlier)
    # (a leading 'Nee.' is left out when it does not answer the question's own verb)
    start = render(KnowledgeSearch().entry(entry_id)["text"]).replace("Nee. ", "", 1).split(". ")[0]
    assert start in all_text(messages), all_text(messages)[:200]


# Nineteenth session's probes.

@pytest.mark.parametrize("earlier,text,key", [
    ([("mn papa slaat mn mama en ik zag het", "kind_jongere")], "was het mijn schuld omdat ik stout was", "kind_schuld"),
    ([("mijn vriend is erg jaloers en controleert alles wat ik doe", "slachtoffer")],
     "hij zegt dat t mn eigen schuld is omdat ik flirt", "slachtoffer_schuld"),
])
def test_asking_whether_it_was_their_own_fault_gets_no_first(built_index, earlier, text, key):
    messages, _ = run(ActionFallback(), text, "nlu_fallback", earlier=earlier)
    assert messages[0]["text"] == route_messages(key)[0]["text"] and messages[0]["text"].startswith("Nee.")
    alone, _ = run(ActionFallback(), text, "nlu_fallback")
    assert not alone or alone[0]["text"] != route_messages(key)[0]["text"]


def test_contact_despite_a_house_ban_gets_what_the_ban_forbids(built_index):
    earlier = [("er is gisteren een huisverbod opgelegd aan mijn partner, ik ben het slachtoffer", "slachtoffer")]
    messages, _ = run(ActionRouteSlachtoffer(), "hij stuurt me nu toch steeds appjes, dat mag toch niet?", "slachtoffer",
                      earlier=earlier)
    assert answered("regels-tijdens-huisverbod", messages), all_text(messages)[:200]


def test_an_adult_who_cannot_call_gets_veilig_thuis_chat_not_the_kindertelefoons(built_index):
    earlier = [("mn man pakt mn telefoon af en ik mag niet weg", "slachtoffer")]
    messages, _ = run(ActionKennis(), "ik durf niet te bellen, hij is bijna altijd thuis", "vraag_definitie",
                      earlier=earlier)
    assert answered("chatten-met-veilig-thuis", messages) and not answered("chatten-met-de-kindertelefoon", messages)


def test_more_told_about_images_after_helpwanted_gets_its_help_short_not_sorry(built_index):
    told = "iemand op insta vraagt om foto van mij zonder kleren"
    messages, _ = run(ActionFallback(), "ik heb er al 1 gestuurd", "nlu_fallback",
                      earlier=[(told, "seksueel_geweld", "helpwanted-hulp-bij-online-misbruik")])
    assert messages[0]["text"] == route_messages("online_afpersing_vervolg")[0]["text"]
    assert "niet jouw schuld" in messages[0]["text"]


def test_a_victims_route_in_a_childs_conversation_is_the_childs(built_index):
    earlier = [("mn stiefvader zegt dat het ons geheimpje is", "kind_jongere")]
    messages, _ = run(ActionRouteSlachtoffer(), "hij doet dingen bij mijn piemel", "slachtoffer", earlier=earlier)
    assert messages[0]["text"] == route_messages("kind")[0]["text"]
    assert route_messages("slachtoffer")[1]["text"] not in all_text(messages)


@pytest.mark.parametrize("text", ["moet ik dit melden?", "moet ik het nu melden bij veilig thuis"])
def test_a_professional_asking_whether_to_report_gets_when_the_meldcode_says_so(built_index, text):
    """'moet ik dit melden?' after a teacher's case got the meldcode's route and topics such as
    'Ik ben gemeld bij Veilig Thuis. Wat nu?' (nineteenth session's probe)."""
    earlier = [("ik ben leerkracht en een leerling heeft blauwe plekken", "meldcode_vraag")]
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag", earlier=earlier)
    assert answered("melden-verplicht-bij-onveiligheid", messages), all_text(messages)[:200]
    alone, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag")
    assert not answered("melden-verplicht-bij-onveiligheid", alone)


# Twentieth session's probes.

def test_a_short_follow_up_is_read_with_the_question_before_it(built_index):
    """'kan hij dat zien?' after 'wat gebeurt er als ik bel?': whether he can see the call, which
    the two messages ask together, not what happens after advice (linked to the answer before)."""
    earlier = [("ik word geslagen door mijn man", "slachtoffer"),
               ("wat gebeurt er als ik bel?", "vraag_veilig_thuis", "veilig-thuis-noord-oost-gelderland")]
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "acuut_gevaar", "confidence": 0.34}]
    messages, _ = run(ActionKennis(), "kan hij dat zien?", "nlu_fallback", ranking=ranking, earlier=earlier)
    assert answered("ziet-iemand-dat-je-veilig-thuis-hebt-gebeld", messages), all_text(messages)[:200]


def test_the_question_before_does_not_break_a_tie_it_does_not_ask_about(built_index):
    earlier = [("bestaat het ook dat kinderen hun ouders mishandelen?", "vraag_definitie", "kind-oudermishandeling"),
               ("vanaf welke leeftijd heet dat zo", "vraag_definitie", "kind-oudermishandeling")]
    messages, _ = run(ActionKennis(), "waar kan je dan als ouder hulp krijgen?", "vraag_definitie", earlier=earlier)
    assert not answered("hulp-vragen-zonder-je-ouders", messages), all_text(messages)[:200]


@pytest.mark.parametrize("text,intent,key", [
    ("moet ik naar de eerste hulp of de huisarts", "meldcode_vraag", "acuut_dokter"),
    ("moet ik naar de dokter? ik heb niks te zien", "nlu_fallback", "acuut_dokter"),
    ("ik wil geen politie", "nlu_fallback", "acuut_geen_politie"),
])
def test_a_doctor_or_no_police_a_moment_after_112(built_index, text, intent, key):
    """The acute answer again ('Is er nog gevaar? Bel 112') answered neither; a question about the
    first aid sounded like a professional's and got the meldcode."""
    earlier = [("hij heeft me net geslagen en ik bloed uit mijn hoofd", "acuut_gevaar")]
    action = ActionRouteMeldcode() if intent == "meldcode_vraag" else ActionFallback()
    messages, _ = run(action, text, intent, earlier=earlier)
    assert messages[0]["text"] == route_messages(key)[0]["text"], all_text(messages)[:200]
    assert "112" in messages[0]["text"] and "meldcode" not in all_text(messages)


@pytest.mark.parametrize("text,intent,entry_id,needs_context", [
    # told to keep quiet is the child's own situation on the child's route, also without a message before
    # (veilig/child_silenced.py)
    ("hij zegt dat ik het aan niemand mag vertellen", "kind_jongere", "mag-je-het-vertellen", False),
    ("gaan ze mijn papa dan oppakken?", "kind_jongere", "wat-gebeurt-er-als-je-het-vertelt", True),
    ("wat als mama boos wordt", "kind_jongere", "vertelt-de-kindertelefoon-het-door", True),
])
def test_a_childs_fear_of_telling_gets_its_answer(built_index, text, intent, entry_id, needs_context):
    earlier = [("mn papa slaat mij en mn broertje", "kind_jongere")]
    messages, _ = run(ActionRouteKind(), text, intent, earlier=earlier)
    assert answered(entry_id, messages), all_text(messages)[:200]
    alone, _ = run(ActionRouteKind(), text, intent)
    assert answered(entry_id, alone) != needs_context


def test_no_credit_a_moment_after_112_gets_that_112_is_free(built_index):
    earlier = [("ik zit onder mijn bed mama schreeuwt en papa slaat met een stok op de deur", "acuut_gevaar")]
    messages, _ = run(ActionFallback(), "ik heb geen beltegoed", "nlu_fallback", earlier=earlier)
    assert "112" in messages[0]["text"] and answered("is-112-gratis", messages), all_text(messages)[:300]


@pytest.mark.parametrize("earlier,text,key", [
    ([("mn papa slaat mij", "kind_jongere")], "kan je daar aangifte van doen", None),
    ([("mijn moeder heeft dementie en gister heb ik haar geslagen, ik schaam me kapot", "pleger")],
     "ik ben geen slecht mens toch", "gevoel_na_route"),
])
def test_a_message_taken_for_a_question_about_the_bot_leans_on_the_conversation(built_index, earlier, text, key):
    """'mens' and 'kan je' made these questions about the bot: "Ik ben een chatbot, ik ben geen mens"."""
    messages, _ = run(ActionRouteBotUitleg(), text, "bot_vraag", earlier=earlier)
    assert route_messages("bot_uitleg")[0]["text"] not in all_text(messages), all_text(messages)[:200]
    if key:
        assert messages[0]["text"].startswith(route_messages(key)[0]["text"])
    alone, _ = run(ActionRouteBotUitleg(), "ben je een mens?", "bot_vraag", earlier=earlier)
    assert alone[0]["text"].startswith(route_messages("bot_uitleg")[0]["text"])


@pytest.mark.parametrize("text", ["Geldt hier een meldplicht?", "moet ik dit melden bij mijn leidinggevende?"])
def test_a_duty_to_report_asked_after_a_suspected_colleague_gets_that_answer_again(built_index, text):
    """Twentieth session's probe: "geldt hier een meldplicht?" after the answer on a colleague in
    childcare got "een verplichte meldcode is iets anders dan een meldplicht"."""
    earlier = [("Ik ben pedagogisch medewerker en ik vermoed dat een collega een kind misbruikt", "meldcode_vraag",
                "medewerker-kinderopvang-verdacht")]
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag", earlier=earlier)
    assert answered("medewerker-kinderopvang-verdacht", messages), all_text(messages)[:200]
    assert not answered("meldcode-geen-meldplicht", messages)


def test_messages_despite_a_house_ban_asked_about_first_get_what_the_ban_forbids(built_index):
    """Twenty-first session's probe: "hij blijft maar appen" a moment after "de politie heeft mijn man
    een huisverbod gegeven. hoe lang duurt dat?" (a guess of danger) got the victim's route again."""
    earlier = [("de politie heeft mijn man een huisverbod gegeven. hoe lang duurt dat?", "vraag_definitie",
                "tijdelijk-huisverbod")]
    messages, _ = run(ActionRouteAcuut(), "hij blijft maar appen", "acuut_gevaar",
                      ranking=["acuut_gevaar", "slachtoffer"], earlier=earlier)
    assert "112" in messages[0]["text"]
    assert answered("regels-tijdens-huisverbod", messages), all_text(messages)[:300]
    # Without a ban told before: not the ban's rules
    alone, _ = run(ActionRouteAcuut(), "hij blijft maar appen", "acuut_gevaar",
                   ranking=["acuut_gevaar", "slachtoffer"], earlier=[("mijn man is agressief", "slachtoffer")])
    assert not answered("regels-tijdens-huisverbod", alone)


def test_grooming_seen_at_a_sports_club_gets_the_bystanders_number_and_the_vcp(built_index):
    """Twenty-first session's probe: a gymnastics trainer's account got "Daar kan ik je helaas niet
    mee helpen", then "het is niet jouw schuld"."""
    text = ("ik ben trainer bij een turnclub en ik zie dat een andere trainer veel appjes stuurt naar meiden van 13 "
            "en ze soms alleen na de les houdt")
    messages, _ = run(ActionRouteOmstander(), text, "zorgen_omstander")
    assert "0800-2000" in messages[0]["text"]
    assert answered("vertrouwenscontactpersoon-sportclub", messages)


def test_a_judgement_asked_about_what_was_told_gets_the_entry_for_both(built_index):
    """Twenty-first session's probe: "is dat gevaarlijk?" a moment after "ik ben bang dat mijn
    vriendin haar baby door elkaar schudt als hij huilt" got help for plegers."""
    earlier = [("ik ben bang dat mijn vriendin haar baby door elkaar schudt als hij huilt", "zorgen_omstander")]
    messages, _ = run(ActionKennis(), "is dat gevaarlijk?", "vraag_definitie", earlier=earlier)
    assert answered("huilende-baby-en-schudden", messages), all_text(messages)[:300]
    assert not answered("hulp-voor-plegers", messages)


def test_a_childcare_worker_who_asks_about_the_police_gets_the_houders_duty(built_index):
    # twenty-second session's probe: "U bepaalt zelf of u aangifte doet"; for a colleague in childcare
    # the houder must report to the police.
    bso = [("ik werk op de bso en zag een collega een kind hard aan de arm trekken en uitschelden", "meldcode_vraag")]
    first, _ = run(ActionRouteMeldcode(), bso[0][0], "meldcode_vraag")
    assert answered("medewerker-kinderopvang-verdacht", first)
    assert "Volgende stap volgens de meldcode" not in all_text(first)  # the houder's duty, not the steps
    messages, _ = run(ActionKennis(), "moet ik naar de politie?", "vraag_definitie", earlier=bso)
    assert answered("medewerker-kinderopvang-verdacht", messages)
    assert "U bepaalt zelf" not in all_text(messages)
    # A resident's same question after the victim's route keeps the answer on reporting.
    victim = [("mijn man slaat me al jaren", "slachtoffer")]
    theirs, _ = run(ActionKennis(), "moet ik naar de politie?", "vraag_definitie", earlier=victim)
    assert not answered("medewerker-kinderopvang-verdacht", theirs)


def test_an_older_person_robbed_by_her_son_gets_help_for_herself_not_a_bystanders(built_index):
    older = [("ik ben 78 en mijn zoon pakt mijn bankpas af en duwt me als ik nee zeg", "ouderen")]
    messages, _ = run(ActionRouteHulpMenu(), "wat moet ik doen", "hulp_menu", earlier=older)
    assert answered("je-geld-wordt-afgepakt-als-oudere", messages)
    assert not answered("zorgen-als-omstander", messages)
    # A neighbour worried about an older woman keeps the bystander's advice.
    neighbour = [("mijn buurvrouw van 85 wordt door haar zoon geslagen", "ouderen")]
    theirs, _ = run(ActionRouteHulpMenu(), "wat moet ik doen", "hulp_menu", earlier=neighbour)
    assert answered("zorgen-als-omstander", theirs)


def test_a_carer_at_the_end_of_her_rope_who_asks_what_to_do_gets_respite_care(built_index):
    carer = [("ik zorg voor mijn moeder met alzheimer en ik ben op. soms word ik zo boos dat ik aan haar trek", "ouderen")]
    messages, _ = run(ActionRouteHulpMenu(), "wat moet ik doen", "hulp_menu", earlier=carer)
    assert answered("respijtzorg", messages)


def test_what_happens_after_the_ten_days_of_a_ban_is_not_the_ban_again(built_index):
    ban = [("de politie heeft mijn man een huisverbod gegeven. hoe lang duurt dat?", "vraag_definitie", "tijdelijk-huisverbod")]
    messages, _ = run(ActionKennis(), "wat gebeurt er na die 10 dagen", "vraag_definitie", earlier=ban)
    assert answered("na-de-tien-dagen-huisverbod", messages)


def test_one_who_does_not_want_her_son_in_trouble_hears_that_veilig_thuis_is_not_the_police(built_index):
    # twenty-second session's probe: the classifier heard danger; 112, then a bystander's tips. Now the
    # route's number line (with 112 in it), then the answer for her.
    older = [("ik ben 78 en mijn zoon pakt mijn bankpas af en duwt me als ik nee zeg", "ouderen")]
    text = "ik wil niet dat hij in de problemen komt het is mijn kind"
    messages, _ = run(ActionRouteAcuut(), text, "acuut_gevaar", ranking=["acuut_gevaar", "zorgen_omstander"], earlier=older)
    assert messages[0]["text"] == route_messages("ouderen")[0]["text"] and "112" in messages[0]["text"]
    assert answered("je-geld-wordt-afgepakt-als-oudere", messages)
    assert "Spreek degene die slaat" not in all_text(messages)
    victim = [("mijn man slaat me al jaren", "slachtoffer")]
    theirs, _ = run(ActionRouteSlachtoffer(), "ik wil niet dat hij opgepakt wordt", "slachtoffer", earlier=victim)
    assert answered("is-veilig-thuis-de-politie", theirs)


def test_a_youth_threatened_with_death_who_asks_where_to_go_gets_a_safe_place_after_112(built_index):
    # twenty-second session's probe: the acute block again, twice
    earlier = [("ik ben 17 en homo. mijn vader zegt dat hij me vermoordt als ik het aan iemand vertel", "acuut_gevaar")]
    messages, _ = run(ActionFallback(), "waar kan ik heen als ik niet meer thuis kan wonen?", "nlu_fallback", earlier=earlier)
    assert "112" in messages[0]["text"]
    # (the entry's opening 112 question is left out after the 112 block: its second sentence)
    assert "Kun je vannacht niet veilig thuis blijven?" in all_text(messages)


def test_a_man_hurt_by_his_wife_asking_where_to_go_gets_the_shelter_for_men(built_index):
    """Twenty-second session's probe: "kan ik ook ergens naartoe met mijn zoontje als het thuis
    escaleert?" after "mijn vrouw slaat me" got "Ik begrijp niet helemaal": the shelter for men, not
    the women's shelter. A woman asking the same gets the women's shelter."""
    earlier = [("mijn vrouw slaat me", "slachtoffer")]
    question = "kan ik ook ergens naartoe met mijn zoontje als het thuis escaleert?"
    messages, _ = run(ActionKennis(), question, "vraag_definitie", earlier=earlier)
    assert answered("opvang-voor-mannen", messages) and not answered("vrouwenopvang", messages)
    hers, _ = run(ActionKennis(), question, "vraag_definitie", earlier=[("mijn man slaat me", "slachtoffer")])
    assert answered("vrouwenopvang", hers) and not answered("opvang-voor-mannen", hers)


def test_love_given_as_the_reason_for_control_gets_that_control_is_not_love(built_index):
    """Twenty-second session's probe: "maar hij zegt dat hij dat doet omdat hij van me houdt" from a
    girl of 15 whose boyfriend checks her phone got the route's lines again: the answer on control in
    a teenage relationship; from a woman whose husband controls everything, on controlling behaviour."""
    earlier = [("ik ben 15 en mijn vriend checkt steeds mijn telefoon en wordt boos als ik met vriendinnen afspreek", "kind_jongere")]
    messages, _ = run(ActionRouteSlachtoffer(), "maar hij zegt dat hij dat doet omdat hij van me houdt", "slachtoffer",
                      earlier=earlier)
    assert answered("geweld-in-tienerrelaties", messages)
    adult, _ = run(ActionRouteSlachtoffer(), "hij zegt dat het uit liefde is", "slachtoffer",
                   earlier=[("mijn man bepaalt alles en leest al mijn berichten", "slachtoffer")])
    assert answered("intieme-terreur", adult)


def test_a_care_manager_whose_employee_hits_a_client_gets_the_inspectorates_duty(built_index):
    """Twenty-second session's probe: a home-care team leader got the meldcode's block twice: the
    care provider reports violence in the care relationship to the IGJ, and asked "moet ik dit
    melden?" again, that duty, not the meldcode's steps."""
    told = "ik ben teamleider thuiszorg. een medewerker wordt ervan verdacht een cliënt te slaan"
    first, _ = run(ActionRouteMeldcode(), told, "meldcode_vraag")
    assert answered("geweld-in-de-zorgrelatie", first), all_text(first)[:300]
    assert "Volgende stap volgens de meldcode" not in all_text(first)
    messages, _ = run(ActionKennis(), "moet ik dit melden?", "vraag_definitie",
                      earlier=[(told, "meldcode_vraag", "geweld-in-de-zorgrelatie")])
    assert answered("geweld-in-de-zorgrelatie", messages)
    # Violence at home told by a home-care nurse keeps the meldcode.
    home, _ = run(ActionRouteMeldcode(), "ik werk in de thuiszorg en mijn cliënt wordt door haar zoon geslagen",
                  "meldcode_vraag")
    assert not answered("geweld-in-de-zorgrelatie", home)


def test_a_shaken_baby_limp_now_gets_112_first_and_is_that_bad_gets_more_on_shaking(built_index):
    """Twenty-third session's probe: a parent who shakes the crying baby got the bystander's tips
    three times, the last after "hij is sinds vanmiddag heel suf en slap en wil niet drinken"."""
    told = "Als mijn baby blijft huilen schud ik hem soms om hem stil te krijgen. Ik weet niet meer wat ik moet doen."
    first, _ = run(ActionRouteOmstander(), told, "zorgen_omstander")
    assert answered("huilende-baby-en-schudden", first)
    again, _ = run(ActionRouteOmstander(), "is dat erg? hij huilt echt uren achter elkaar", "zorgen_omstander",
                   earlier=[(told, "zorgen_omstander", "huilende-baby-en-schudden")])
    assert "Schrijf op wat je ziet" not in all_text(again)
    assert "Het hoofd van een baby" in all_text(again)  # the longer explanation, not the same text again
    assert not answered("huilende-baby-en-schudden", again)
    limp, _ = run(ActionRouteOmstander(), "hij is sinds vanmiddag wel heel suf en slap en wil niet drinken",
                  "zorgen_omstander", earlier=[(told, "zorgen_omstander", "huilende-baby-en-schudden")])
    assert limp[0]["text"].startswith("Bel nu 112."), limp[0]["text"]


def test_a_youth_worker_asking_to_tell_the_parents_after_abuse_by_an_uncle_gets_the_caution(built_index):
    """Twenty-third session's probe: "Moet ik de ouders inlichten?" two messages after "een meisje
    van 14 vertelt dat haar oom haar aanraakt" got the meldcode's block and topics."""
    earlier = [("Ik ben jongerenwerker. Een meisje van 14 vertelt dat haar oom haar aanraakt. Ze smeekt me het geheim "
                "te houden.", "meldcode_vraag"),
               ("Kan ik haar beloven dat ik het niet doorvertel?", "meldcode_vraag", "kind-vraagt-geheimhouding")]
    messages, _ = run(ActionRouteMeldcode(), "Moet ik de ouders inlichten?", "meldcode_vraag", earlier=earlier)
    assert answered("gesprek-met-ouders-bij-seksueel-misbruik", messages), all_text(messages)[:300]


ABDUCTION = [("Mijn ex dreigt de kinderen mee te nemen naar Marokko en niet terug te komen. Wat kan ik doen?",
              "slachtoffer", "dreigende-kinderontvoering")]


@pytest.mark.parametrize("action,intent,text", [
    (ActionRouteSlachtoffer(), "slachtoffer", "Hij haalt ze morgen op voor het weekend"),
    (ActionKennis(), "vraag_definitie", "Hij haalt ze morgen op voor het weekend"),
    # twenty-fourth session's probe: the threat told again got "ik begrijp niet helemaal"
    (ActionRouteSlachtoffer(), "slachtoffer", "Hij heeft vaker gedreigd dat hij ze meeneemt naar Marokko."),
])
def test_a_feared_abduction_that_comes_close_gets_the_police_today(built_index, action, intent, text):
    """Twenty-second session's probe: "Hij haalt ze morgen op voor het weekend" a moment after the
    answer on children feared to be taken abroad got "Ik begrijp niet helemaal wat je bedoelt"."""
    messages, _ = run(action, text, intent, earlier=ABDUCTION)
    assert messages[0]["text"] == route_messages("kinderontvoering_binnenkort")[0]["text"]
    assert "0900-8844" in messages[0]["text"]


def test_asking_what_the_police_can_do_before_it_happens_gets_that_answer_in_full(built_index):
    """Twenty-second session's probe: "kan de politie iets doen voordat het gebeurt?" after it got
    the general text on a report to the police; the answer before, with its longer explanation
    (a report is possible only once it happened; the police act faster after a melding)."""
    messages, _ = run(ActionKennis(), "kan de politie iets doen voordat het gebeurt?", "vraag_definitie",
                      earlier=ABDUCTION + [("Hij haalt ze morgen op voor het weekend", "slachtoffer")])
    text = all_text(messages)
    assert "Aangifte doen kan pas als het gebeurd is" in text
    assert "sneller handelen" in text


def test_a_parent_whose_child_under_18_says_it_is_free_will_gets_that_it_does_not_count(built_index):
    """Twenty-third session's probe: a father (daughter of 16, a loverboy) asking whether he can
    call the police when she says she goes of her own free will got help for adult victims of
    trafficking (CoMensha)."""
    earlier = [("Mijn dochter van 16 heeft een vriend van 22 die haar dure cadeaus geeft en ze komt s nachts niet thuis. "
                "Ik denk aan een loverboy.", "zorgen_omstander", "signalen-loverboy"),
               ("Ze wil niet met me praten en blokkeert me. Wat kan ik doen?", "zorgen_omstander")]
    messages, _ = run(ActionKennis(), "Kan ik de politie inschakelen als ze zelf zegt dat ze vrijwillig gaat?",
                      "vraag_definitie", earlier=earlier)
    text = all_text(messages)
    assert "ook als de jongere zegt" in text
    assert "CoMensha" not in text


@pytest.mark.parametrize("first", [
    "Ik werk bij HR. Een medewerker komt steeds met blauwe plekken op haar werk en meldt zich vaak ziek. Wat kan ik als werkgever doen?",
    "Ik ben imam. Een vrouw uit mijn moskee vertelde me dat haar man haar slaat. Ze wil geen scheiding en geen politie.",
])
def test_one_without_a_professional_secret_is_told_anyone_may_report_not_the_meldrecht(built_index, first):
    """Twenty-third session's probe: an HR worker and an imam asking whether they may report without
    her consent got the meldrecht, which is for those with a beroepsgeheim."""
    start = KnowledgeSearch().entry("melden-als-zij-het-niet-wil")["text"].split(": ")[0]
    messages, _ = run(ActionKennis(), "Mag ik dat melden bij Veilig Thuis zonder haar toestemming?", "meldcode_vraag",
                      earlier=[(first, "zorgen_omstander")])
    assert "beroepsgeheim" not in all_text(messages)
    assert start.split(",")[0] in all_text(messages)


def test_yes_right_after_the_routes_danger_question_gets_112(built_index):
    """Twenty-fourth session's probe: "ja hij is nog thuis" right after "Is er nu gevaar? Bel 112."
    got "Ik begrijp niet helemaal"; a bare "ja" the invitation to tell more."""
    earlier = [("Hij gooit met spullen en heeft mijn telefoon kapot gegooid", "slachtoffer")]
    messages, _ = run(ActionFallback(), "ja hij is nog thuis", "bevestigen", earlier=earlier)
    assert messages[0]["text"] == route_messages("acuut")[0]["text"]
    bare, _ = run(ActionFallback(), "ja", "bevestigen", earlier=earlier)
    assert bare[0]["text"] == route_messages("acuut")[0]["text"]
    assert "Kindertelefoon" in all_text(bare)  # "ja" may answer "Ben je jonger dan 18?" too
    adult, _ = run(ActionFallback(), "ja", "bevestigen", earlier=[("mijn man slaat me, ik ben 40", "slachtoffer")])
    assert adult[0]["text"] == route_messages("acuut")[0]["text"] and "Kindertelefoon" not in all_text(adult)
    other, _ = run(ActionFallback(), "ja ik wil praten", "bevestigen", earlier=earlier)
    assert other[0]["text"] != route_messages("acuut")[0]["text"]


FRIEND = [("hoi mijn vriendin zeg dat haar stiefvader aan haar zit s nachts wat moet ik doen", "zorgen_omstander",
           "je-vriend-of-vriendin-heeft-het-thuis-niet-veilig")]


def test_a_child_whose_friend_told_of_abuse_gets_a_childs_answer(built_index):
    """Twenty-fourth session's probe: a girl of 12 whose friend told her that her stepfather touches
    her got the grown-up bystander's tips, "ik begrijp niet" and a choice of topics; never the
    Kindertelefoon."""
    start = KnowledgeSearch().entry("je-vriend-of-vriendin-heeft-het-thuis-niet-veilig")["text"].split(". ")[0]
    first, _ = run(ActionRouteOmstander(), FRIEND[0][0], "zorgen_omstander")
    assert start in all_text(first) and "Schrijf op wat je ziet" not in all_text(first)
    secret, _ = run(ActionFallback(), "ze wil niet dat ik het vertel aan iemand", "nlu_fallback", earlier=FRIEND)
    assert "geheim" in all_text(secret) and "Ik begrijp niet" not in all_text(secret)
    age, _ = run(ActionRouteKind(), "we zijn 12", "kind_jongere", earlier=FRIEND)
    assert "0800-0432" in all_text(age)


def test_a_child_guessed_a_pleger_for_a_parents_violence_stays_a_child(built_index):
    """Twenty-fourth session's probe: a girl of 13 ("mijn vader gooide gisteren een bord naar mijn
    moeder", guessed a pleger's, answered with the child's route) then asked "wat moet ik doen als
    het vannacht weer gebeurt" and got help for those who use violence ("ga even weg uit de situatie")."""
    earlier = [("mijn ouders hebben elke nacht ruzie en schreeuwen heel hard ik ben 13", "kind_jongere"),
               ("mijn vader gooide gisteren een bord naar mijn moeder", "pleger")]
    messages, _ = run(ActionRouteBuitenScope(), "wat moet ik doen als het vannacht weer gebeurt", "buiten_scope",
                      earlier=earlier)
    text = all_text(messages)
    assert "zelf geweld gebruik" not in text and "0800-0432" in text


def test_a_child_put_out_of_home_gets_a_place_to_sleep(built_index):
    """Twenty-fourth session's probe: a boy of 16 thrown out by his parents, "ik slaap nu bij een
    vriend maar dat kan maar 2 nachten", got "Ik begrijp niet helemaal wat je bedoelt"."""
    start = KnowledgeSearch().entry("vannacht-een-veilige-plek")["text"].split(". ")[1]
    earlier = [("ik ben 16 en mijn ouders hebben me het huis uitgegooid omdat ik homo ben", "kind_jongere")]
    first, _ = run(ActionRouteKind(), earlier[0][0], "kind_jongere")
    assert start in all_text(first)
    messages, _ = run(ActionRouteKind(), "ik slaap nu bij een vriend maar dat kan maar 2 nachten", "kind_jongere",
                      earlier=earlier)
    assert start in all_text(messages) and "Ik begrijp niet" not in all_text(messages)


def test_a_report_of_threats_asked_after_the_victims_route_gets_the_answer(built_index):
    """Twenty-fourth session's probe: "Kan ik aangifte doen van bedreiging?" after the victim's
    route (an ex who threatens to spread her new address) got the number line and nothing else."""
    start = KnowledgeSearch().entry("aangifte-van-bedreiging")["text"].split(". ")[0]
    earlier = [("Mijn ex dreigt mijn nieuwe adres rond te sturen in een whatsappgroep. Wat kan ik doen?", "slachtoffer")]
    for action, intent in ((ActionRouteSlachtoffer(), "slachtoffer"), (ActionKennis(), "vraag_definitie")):
        messages, _ = run(action, "Kan ik aangifte doen van bedreiging?", intent, earlier=earlier)
        assert start in all_text(messages)


BAN_HOLDER = [("Ik heb een huisverbod gekregen voor 10 dagen. Wat mag ik wel en niet?", "pleger",
               "tijdens-je-eigen-huisverbod")]


def test_one_with_a_house_ban_is_told_what_it_forbids_and_where_to_sleep(built_index):
    """Twenty-fourth session's probe: the holder of a house ban got the pleger's general help, "ik
    begrijp niet" for fetching his things, the victim's contact ban for "en wat als mijn vrouw zelf
    contact met mij opneemt?" and topics for where to sleep; then the ban's general rules (how long
    it lasts) for each of those questions."""
    own = KnowledgeSearch().entry("tijdens-je-eigen-huisverbod")["text"]
    first, _ = run(ActionRoutePleger(), BAN_HOLDER[0][0], "pleger")
    assert own.split(". ")[0] in all_text(first)
    things, _ = run(ActionFallback(), "Ik moet nog spullen ophalen uit het huis, mag dat?", "nlu_fallback",
                    earlier=BAN_HOLDER + [("Mag ik mijn kinderen nog zien?", "pleger")])
    assert "vraag je hulpverlener of de politie" in all_text(things)
    contact, _ = run(ActionKennis(), "En wat als mijn vrouw zelf contact met mij opneemt?", "vraag_definitie",
                     earlier=BAN_HOLDER)
    text = all_text(contact)
    assert "Ben je bang voor de verdachte" not in text and ("geldt voor jou" in text or "niet bellen, appen" in text)
    sleep, _ = run(ActionFallback(), "Waar kan ik slapen deze 10 dagen?", "nlu_fallback", earlier=BAN_HOLDER)
    assert KnowledgeSearch().entry("hulp-voor-plegers")["text"].split(". ")[0] in all_text(sleep)


def test_a_childcare_houder_told_of_a_staff_member_gets_the_houders_duty(built_index):
    """Twenty-fourth session's probe: a kinderopvang houder told by a parent that a staff member
    pinched her child got the meldcode's block three times."""
    start = KnowledgeSearch().entry("medewerker-kinderopvang-verdacht")["text"].split(". ")[0]
    first_text = "Ik ben houder van een kinderopvang. Een ouder zegt dat een pedagogisch medewerker haar kind heeft geknepen."
    first, _ = run(ActionRouteMeldcode(), first_text, "meldcode_vraag")
    assert start in all_text(first)
    earlier = [(first_text, "meldcode_vraag", "medewerker-kinderopvang-verdacht")]
    where, _ = run(ActionRouteMeldcode(), "Moet ik dit melden bij de inspectie of bij Veilig Thuis?", "meldcode_vraag",
                   earlier=earlier)
    assert "vertrouwensinspecteur" in all_text(where)


def test_a_professional_asking_what_to_say_to_a_child_who_told_gets_that(built_index):
    """Twenty-fourth session's probe: a BSO worker's "Wat zeg ik tegen het meisje?" a moment after
    a girl of 7 told her and asked her not to tell her mother got a choice with a loverboy topic."""
    earlier = [("Ik werk op de BSO. Een meisje van 7 zegt dat papa mama pijn doet, maar ik mag het niet aan mama "
                "vertellen zegt ze.", "meldcode_vraag")]
    start = KnowledgeSearch().entry("kind-vraagt-geheimhouding")["text"].split(". ")[0]
    messages, _ = run(ActionKennis(), "Wat zeg ik tegen het meisje?", "vraag_definitie", earlier=earlier)
    assert start in all_text(messages)


def test_a_bystander_asking_whether_he_will_know_it_was_her_gets_that_answer(built_index):
    """Twenty-fourth session's probe: "Weet hij dan dat ik het was?" after the bystander's route got
    "Ik begrijp niet helemaal" (every word of it a stopword)."""
    start = KnowledgeSearch().entry("weet-het-gezin-wie-gemeld-heeft")["text"].split(": ")[0]
    messages, _ = run(ActionFallback(), "Weet hij dan dat ik het was?", "nlu_fallback",
                      earlier=[("Mijn buurvrouw heeft vaak blauwe plekken, ik denk dat haar man haar slaat", "zorgen_omstander")])
    assert start in all_text(messages)


def test_a_deaf_woman_asking_how_to_call_112_gets_112_for_deaf_people(built_index):
    """Twenty-fourth session's probe: she got speaking instructions; and "Hoe kan ik Veilig Thuis
    bereiken zonder te bellen?" the same block again instead of the chat."""
    earlier = [("Ik ben doof en kan niet bellen. Mijn man slaat me.", "slachtoffer")]
    messages, _ = run(ActionKennis(), "En als het heel gevaarlijk is, hoe bel ik dan 112?", "vraag_definitie", earlier=earlier)
    assert answered("alarmnummer-voor-doven-slechthorenden-en-spraakbeperking", messages)
    chat, _ = run(ActionRouteSlachtoffer(), "Hoe kan ik Veilig Thuis bereiken zonder te bellen?", "slachtoffer",
                  earlier=earlier)
    assert answered("chatten-met-veilig-thuis", chat)


def test_a_man_who_asks_whether_it_counts_because_he_is_a_man_hears_men_are_victims_too(built_index):
    """Twenty-fourth session's probe: "Is dat ook huiselijk geweld? Ik ben toch een man." after his
    wife's control of the money got the text on coercive control."""
    earlier = [("Mijn vrouw beheert al ons geld. Ik krijg 20 euro zakgeld per week en nu blijkt dat ze leningen op "
                "mijn naam heeft afgesloten.", "slachtoffer")]
    messages, _ = run(ActionKennis(), "Is dat ook huiselijk geweld? Ik ben toch een man.", "vraag_definitie", earlier=earlier)
    assert answered("opvang-voor-mannen", messages)


def test_a_girl_threatened_over_the_familys_honour_gets_its_help(built_index):
    """Twenty-fourth session's probe: a girl of 17 whose father wants to send her abroad, then "ik ben
    bang dat ze me iets aandoen, ze zeggen dat het om de eer gaat", got the child's general lines and
    then a bystander's tips ("praat rustig met degene om wie je je zorgen maakt")."""
    search = KnowledgeSearch()
    abroad = search.entry("bang-om-achtergelaten-te-worden")["text"].split(". ")[0]
    honour = search.entry("hulp-bij-eergerelateerd-geweld")["text"].split(". ")[0]
    told = ("Ik ben 17. Mijn familie heeft ontdekt dat ik een vriend heb. Mijn broer zegt dat ik de familie te "
            "schande heb gemaakt en mijn vader wil me naar het buitenland sturen.")
    first, _ = run(ActionRouteKind(), told, "kind_jongere")
    assert "0800-0432" in all_text(first) and abroad in all_text(first)
    earlier = [(told, "kind_jongere", "bang-om-achtergelaten-te-worden")]
    second, _ = run(ActionRouteSlachtoffer(), "Ik ben bang dat ze me iets aandoen. Ze zeggen dat het om de eer gaat.",
                    "slachtoffer", earlier=earlier)
    text = all_text(second)
    assert "0800-0432" in text and honour in text and "Praat als het veilig kan" not in text
    # the same help is not given twice
    again, _ = run(ActionRouteKind(), "mijn broer zegt weer dat het om de eer gaat", "kind_jongere",
                   earlier=earlier + [("Ik ben bang dat ze me iets aandoen. Ze zeggen dat het om de eer gaat.",
                                       "slachtoffer", "hulp-bij-eergerelateerd-geweld")])
    assert honour not in all_text(again)


@pytest.mark.parametrize("action,intent", [(ActionFallback(), "nlu_fallback"), (ActionRouteAcuut(), "acuut_gevaar")])
def test_in_danger_not_knowing_the_address_gets_how_112_finds_you(built_index, action, intent):
    """Twenty-fourth session's probe (in English there): not knowing the address a moment after the
    danger got the 112 block again."""
    start = KnowledgeSearch().entry("112-bellen-als-je-niet-weet-waar-je-bent")["text"].split(". ")[0]
    earlier = [("help hij staat voor mijn deur en zegt dat hij me vermoordt", "acuut_gevaar")]
    messages, _ = run(action, "ik weet het adres niet", intent, earlier=earlier)
    assert messages[0]["text"].startswith(start)


def test_a_girl_blackmailed_with_a_photo_who_dares_not_tell_her_parents(built_index):
    """Twenty-fourth session's probe: a girl of 15 blackmailed with a nude photo said "ik durf het niet
    aan mijn ouders te vertellen" and got the law on who decides about help at what age."""
    earlier = [("Iemand heeft een naaktfoto van mij en zegt dat hij hem naar iedereen stuurt als ik niet betaal. Ik ben 15.",
                "seksueel_geweld", "helpwanted-hulp-bij-online-misbruik"), ("moet ik betalen?", "vraag_definitie",
                                                                           "helpwanted-hulp-bij-online-misbruik")]
    messages, _ = run(ActionRouteKind(), "ik durf het niet aan mijn ouders te vertellen", "kind_jongere", earlier=earlier)
    assert answered("naaktfoto-en-je-durft-het-niet-aan-je-ouders-te-vertellen", messages), all_text(messages)[:300]
    assert "Dat hangt af van je leeftijd" not in all_text(messages)
    # Without the images before it, the child's fear gets the answer on help without the parents, as before.
    alone, _ = run(ActionRouteKind(), "ik durf het niet aan mijn ouders te vertellen", "kind_jongere",
                   earlier=[("mijn oom zit aan me ik ben 14", "kind_jongere")])
    assert not answered("naaktfoto-en-je-durft-het-niet-aan-je-ouders-te-vertellen", alone)


def test_yes_to_the_danger_question_of_a_later_reply_gets_112(built_index):
    """Twenty-fourth session's probe: "hij heeft ook mn telefoon kapot gegooid" on the same route got
    its number line again ("Ben je nu in gevaar? Bel 112."); then "ja" got the invitation to tell more."""
    from rasa_sdk.executor import CollectingDispatcher
    earlier = [("ik wil ff iets vragen mn vriend duwt me soms tegen de muur idk of dat erg is", "slachtoffer"),
               ("hij heeft ook mn telefoon kapot gegooid", "slachtoffer")]

    def answer(last_reply: str):
        conversation = tracker("ja", "bevestigen", earlier=earlier)
        conversation.events.insert(len(conversation.events) - 1, {"event": "bot", "text": last_reply})
        dispatcher = CollectingDispatcher()
        run_coroutine(ActionFallback().run(dispatcher, conversation, {}))
        return dispatcher.messages

    asked = answer("Wat naar dat je dit meemaakt. Bel Veilig Thuis voor hulp en advies: 0800-2000.\nBen je nu in gevaar? Bel 112.")
    assert asked[0]["text"] == route_messages("acuut")[0]["text"]
    other = answer("Ben je nu in gevaar? Bel 112.\nWil je nog iets vragen of meer vertellen?")
    assert other[0]["text"] != route_messages("acuut")[0]["text"]


@pytest.mark.parametrize("intent", ["nlu_fallback", "vraag_definitie"])
def test_an_age_alone_after_a_friends_abuse_gets_the_childs_line(built_index, intent):
    """Twenty-fourth session's probe: "we zijn 12" after a friend's abuse told and answered got "Ik weet
    niet zeker welk onderwerp je bedoelt" and topics (the Jeugdbeschermingstafel among them)."""
    from actions.knowledge import ActionKennis
    action = ActionFallback() if intent == "nlu_fallback" else ActionKennis()
    messages, _ = run(action, "we zijn 12", intent, earlier=FRIEND + [("ze wil niet dat ik het vertel aan iemand",
                                                                       "nlu_fallback", FRIEND[0][2])])
    text = all_text(messages)
    assert messages[0]["text"] == route_messages("kind")[0]["text"] and "Ik weet niet zeker" not in text


def test_a_fallback_to_a_professional_says_u(built_index):
    """Twenty-fourth session's probe: a jeugdarts's follow-up on the Kindcheck got "Ik weet niet zeker
    welk onderwerp je bedoelt"."""
    messages, _ = run(ActionFallback(), "Geldt die ook als ouders in een volwassenen-GGZ zitten en ik dat alleen van horen "
                                        "zeggen weet?", "nlu_fallback",
                      earlier=[("Ik ben jeugdarts bij de GGD. Wat is de Kindcheck?", "vraag_definitie", "kindcheck")])
    text = all_text(messages)
    assert " u " in text and not re.search(r"\b(je|jij|jouw)\b", text), text


def test_a_sister_who_will_not_talk_about_it(built_index):
    """Twenty-fourth session's probe: "ze wil er nie over praten" after "mn zus word geslagen door haar
    vriend" got a choice of topics."""
    earlier = [("mn zus word geslagen door haar vriend wat kan ik doen", "zorgen_omstander")]
    messages, _ = run(ActionFallback(), "ze wil er nie over praten", "nlu_fallback", earlier=earlier)
    assert answered("ze-wil-er-niet-over-praten", messages), all_text(messages)[:300]


@pytest.mark.parametrize("intent", ["meldcode_vraag", "vraag_definitie"])
def test_a_teacher_asks_whether_to_report_a_colleague_to_veilig_thuis(built_index, intent):
    """Twenty-fourth session's probe: "Moet ik dit bij Veilig Thuis melden?" a moment after the answer
    on a colleague suspected of sexual abuse (the school board's duty) got the meldcode's block and
    topics."""
    from actions.knowledge import ActionKennis
    action = ActionRouteMeldcode() if intent == "meldcode_vraag" else ActionKennis()
    earlier = [("Ik ben leerkracht. Ik vermoed dat een collega een leerling seksueel benadert. Wat moet ik doen?",
                "meldcode_vraag", "medewerker-school-verdacht")]
    messages, _ = run(action, "Moet ik dit bij Veilig Thuis melden?", intent, earlier=earlier)
    assert "vertrouwensinspecteur" in all_text(messages), all_text(messages)[:300]


@pytest.mark.parametrize("text", ["Hoe praat ik met hem hierover als hij rustig is?", "Is er hulp voor ouders zoals ik?",
                                  "ik wil hem niet aangeven, wat kan ik dan doen?"])
def test_a_mother_hit_by_her_son_gets_help_for_parents(built_index, text):
    """Twenty-fourth session's probe: a mother hit by her son of 17 got what to say when a child tells
    ("beloof niet dat je het geheim houdt"), and for "is er hulp voor ouders zoals ik?" the law on who
    decides about help at what age."""
    earlier = [("Mijn zoon van 17 slaat mij", "slachtoffer", "kind-oudermishandeling")]
    for action, intent in ((ActionFallback(), "nlu_fallback"), (ActionKennis(), "vraag_definitie")):
        messages, _ = run(action, text, intent, earlier=earlier)
        assert answered("hulp-voor-ouders-bij-geweld-van-je-kind", messages), all_text(messages)[:300]
        assert "geheim" not in all_text(messages) and "Dat hangt af van je leeftijd" not in all_text(messages)


def test_an_answer_from_another_regions_document_says_so(built_index):
    """Twenty-fourth session's probe: professionals in Tilburg got "Samen Veilig, regioaanpak
    Arnhem-Achterhoek" and "In Noord Oost Gelderland werken professionals ..." as if it were theirs."""
    from rasa_sdk.executor import CollectingDispatcher
    from actions.knowledge import ActionKennis

    def answer(municipality):
        dispatcher = CollectingDispatcher()
        conversation = tracker("Wanneer is melden verplicht?", "vraag_definitie", metadata={"gemeente": municipality}
                               if municipality else None)
        run_coroutine(ActionKennis().run(dispatcher, conversation, {}))
        return all_text(dispatcher.messages)

    elsewhere = answer("Tilburg")
    assert "Arnhem-Achterhoek" in elsewhere and "In Hart van Brabant kan het anders geregeld zijn" in elsewhere, elsewhere
    assert "anders geregeld" not in answer("Arnhem")
    assert "anders geregeld" not in answer(None)


@pytest.mark.parametrize("text", ["Hij komt om 6 uur thuis", "Ik heb geen familie hier"])
def test_a_woman_raped_by_her_husband_who_comes_home_gets_a_safe_place(built_index, text):
    """Twenty-fifth session's probe: "Hij komt om 6 uur thuis" a moment after a woman told her husband
    raped her last night got the bystander's tips; "Ik heb geen familie hier" a choice of topics."""
    start = KnowledgeSearch().entry("vannacht-een-veilige-plek")["text"].split(". ")[1]
    earlier = [("Mijn man heeft me gisteravond verkracht. Ik weet niet wat ik moet doen.", "seksueel_geweld")]
    for action, intent in ((ActionRouteOmstander(), "zorgen_omstander"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, text, intent, earlier=earlier)
        assert start in all_text(messages) and "Praat als het veilig kan" not in all_text(messages), all_text(messages)


@pytest.mark.parametrize("text", ["Er was ook een baby in huis", "Er zijn ook twee kinderen thuis",
                                  "er wonen ook twee jonge kinderen in dat huis"])
def test_children_in_a_professionals_case_get_the_kindcheck(built_index, text):
    """Twenty-fifth session's probe: "Er was ook een baby in huis" from an ambulance nurse a moment after
    partner violence got the off-topic text; "Er zijn ook twee kinderen thuis" from a GP a choice of
    topics with men's shelter."""
    earlier = [("Ik ben ambulanceverpleegkundige. Gisteren waren we bij een vrouw die door haar man was mishandeld.",
                "meldcode_vraag")]
    for action, intent in ((ActionRouteBuitenScope(), "buiten_scope"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, text, intent, earlier=earlier)
        assert answered("kindcheck", messages), all_text(messages)[:300]


@pytest.mark.parametrize("text", ["Mag ik dit geheimhouden?", "Hoe weet ik of het nu acuut is?"])
def test_a_mentor_whose_pupil_harms_herself_gets_an_answer_with_113(built_index, text):
    """Twenty-fifth session's probe: a mentor whose pupil cuts herself got "ik weet niet zeker" and, for
    "Hoe weet ik of het nu acuut is?", the off-topic text in "je" without any number."""
    earlier = [("Ik ben mentor. Een leerling van 15 snijdt zichzelf, ik zag de wondjes op haar armen.", "meldcode_vraag")]
    for action, intent in ((ActionRouteBuitenScope(), "buiten_scope"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, text, intent, earlier=earlier)
        assert answered("leerling-beschadigt-zichzelf", messages) and "0800-0113" in all_text(messages), all_text(messages)


def test_a_paediatric_nurse_who_suspects_a_shaken_baby_gets_the_professionals_answer(built_index):
    """Twenty-fifth session's probe: "netvliesbloedingen en een subduraal hematoom, ouders zeggen dat hij van
    de bank is gerold" from a paediatric nurse got the off-topic text; "vermoed dat een baby door elkaar is
    geschud" the parent's "Huilt u baby maar door?"."""
    from actions.knowledge import ActionKennis
    from veilig.worry import is_about_violence
    assert is_about_violence("Een baby van 3 maanden is opgenomen met netvliesbloedingen en een subduraal hematoom")
    messages, _ = run(ActionKennis(), "Ik ben kinderverpleegkundige en vermoed dat een baby door elkaar is geschud",
                      "vraag_definitie")
    assert "Huilt u" not in all_text(messages) and "Huilt je" not in all_text(messages), all_text(messages)[:300]


def test_a_pleger_who_tells_more_of_his_violence_gets_the_help_to_stop(built_index):
    """Twenty-fifth session's probe: "Ik heb haar vorige week ook al een duw gegeven" a moment after "ik ben
    bang dat ik mijn vriendin vanavond ga slaan" got "ik begrijp niet helemaal"."""
    earlier = [("Ik ben bang dat ik mijn vriendin vanavond ga slaan. Ik ben zo kwaad.", "pleger")]
    messages, _ = run(ActionFallback(), "Ik heb haar vorige week ook al een duw gegeven", "nlu_fallback", earlier=earlier)
    assert messages[0]["text"] == route_messages("pleger")[0]["text"] and "Ik begrijp niet" not in all_text(messages)


def test_one_who_reported_a_sister_asks_whether_she_knows(built_index):
    """Twenty-fifth session's probe: "Weet mijn zus nu dat ik het was?" after "ik heb vorige week mijn zus
    gemeld bij Veilig Thuis" got "Ik weet niet zeker welk onderwerp je bedoelt"."""
    from actions.knowledge import ActionKennis
    earlier = [("Ik heb vorige week mijn zus gemeld bij Veilig Thuis maar nu heb ik spijt. Kan ik de melding intrekken?",
                "vraag_definitie")]
    for action, intent in ((ActionKennis(), "vraag_definitie"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, "Weet mijn zus nu dat ik het was?", intent, earlier=earlier)
        assert "Ik weet niet zeker" not in all_text(messages) and "anoniem" in all_text(messages), all_text(messages)


def test_professional_follow_ups_of_the_twenty_fifth_probe_get_their_answer(built_index):
    """Twenty-fifth session's probe: a teacher's "het meisje vroeg me het geheim te houden, wat zeg ik tegen
    haar?" got a choice of one topic; a district nurse's "de man zegt zelf dat alles goed is en wil niet dat
    ik iets doe" a choice of topics; a daycare worker's "mijn leidinggevende zegt dat we ons er niet mee
    moeten bemoeien" "ik begrijp niet"."""
    teacher = [("Ik ben leerkracht groep 3. Een meisje van 6 heeft blauwe plekken op haar rug. Ze zegt dat ze "
                "gevallen is.", "meldcode_vraag")]
    nurse = [("Ik ben wijkverpleegkundige. Een man van 88 wordt door zijn zoon verzorgd, maar hij is vermagerd en "
              "de zoon beheert al zijn geld.", "meldcode_vraag")]
    daycare = [("Ik werk als pedagogisch medewerker op een kinderdagverblijf. Een moeder kwam met een blauw oog "
                "haar kindje brengen. Wat moet ik doen?", "meldcode_vraag")]
    cases = ((teacher, "Het meisje vroeg me het geheim te houden. Wat zeg ik tegen haar?", "kind-vraagt-geheimhouding"),
             (nurse, "De man zegt zelf dat alles goed is en wil niet dat ik iets doe", "volwassen-client-wil-geen-melding"),
             (daycare, "Mijn leidinggevende zegt dat we ons er niet mee moeten bemoeien",
              "leidinggevende-wil-niet-dat-u-iets-doet"))
    for earlier, text, entry in cases:
        for action, intent in ((ActionRouteMeldcode(), "meldcode_vraag"), (ActionFallback(), "nlu_fallback")):
            messages, _ = run(action, text, intent, earlier=earlier)
            assert answered(entry, messages), (text, all_text(messages)[:300])
    # A child's wish for secrecy is not promised: the same refusal told of a girl of 14 gets the child's answer.
    youth = [("Ik ben jongerenwerker. Een meisje van 14 vertelt dat haar stiefvader haar slaat.", "meldcode_vraag")]
    messages, _ = run(ActionRouteMeldcode(), "Ze wil niet dat ik iets meld", "meldcode_vraag", earlier=youth)
    assert answered("kind-vraagt-geheimhouding", messages), all_text(messages)[:300]
    # A manager named without objecting is not this answer.
    messages, _ = run(ActionFallback(), "Mijn leidinggevende is er vandaag niet", "nlu_fallback", earlier=daycare)
    assert not answered("leidinggevende-wil-niet-dat-u-iets-doet", messages)


def test_a_bystander_asking_to_talk_with_the_father_first_gets_advice_first(built_index):
    """Twenty-fifth session's probe: "Moet ik eerst met zijn vader praten?" from a football trainer a moment
    after a boy's bruises and a 'strict' father got a choice of topics."""
    earlier = [("Ik ben trainer bij een voetbalclub. Een jongen van 11 komt steeds met blauwe plekken en zegt dat "
                "zijn vader 'streng' is. Wat moet ik doen?", "zorgen_omstander")]
    for action, intent in ((ActionKennis(), "vraag_definitie"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, "Moet ik eerst met zijn vader praten?", intent, earlier=earlier)
        assert answered("eerst-met-de-ouders-praten-als-omstander", messages), all_text(messages)[:300]
    # Talking with the one you worry about is another question: not this answer.
    messages, _ = run(ActionFallback(), "moet ik met haar praten?", "nlu_fallback", earlier=BYSTANDER)
    assert not answered("eerst-met-de-ouders-praten-als-omstander", messages)


def test_a_youth_worker_asking_to_talk_with_the_parents_after_honour_threats_gets_no(built_index):
    """Twenty-fifth session's probe: "Mag ik met haar ouders praten?" from a youth worker a moment after a girl
    of 17 told her brothers threaten her over a boyfriend got no clear no."""
    earlier = [("Ik ben jongerenwerker. Een meisje van 17 vertelt dat haar broers dreigen haar iets aan te doen "
                "omdat ze een vriend heeft.", "meldcode_vraag")]
    messages, _ = run(ActionRouteMeldcode(), "Mag ik met haar ouders praten?", "meldcode_vraag", earlier=earlier)
    assert answered("meldcode-eergerelateerd-geweld", messages), all_text(messages)[:300]


def test_a_youth_worker_whose_girl_threatens_self_harm_gets_113_and_veilig_thuis_now(built_index):
    """Twenty-sixth session's probe: "Ze zegt dat ik het niet mag vertellen anders doet ze zichzelf wat aan" got
    a choice of topics; "Ze is nu nog hier in het buurthuis" a choice in "je"."""
    earlier = [("Ik ben jongerenwerker in een buurthuis. Een meisje van 14 vertelt dat haar oom aan haar zit.",
                "meldcode_vraag")]
    messages, _ = run(ActionRouteMeldcode(), "Ze zegt dat ik het niet mag vertellen anders doet ze zichzelf wat aan",
                      "meldcode_vraag", earlier=earlier)
    assert "0800-0113" in all_text(messages), all_text(messages)[:300]
    earlier += [("Ze zegt dat ik het niet mag vertellen anders doet ze zichzelf wat aan", "meldcode_vraag")]
    messages, _ = run(ActionFallback(), "Ze is nu nog hier in het buurthuis", "nlu_fallback", earlier=earlier)
    assert messages[0]["text"].startswith("Bel nu Veilig Thuis") and "0800-0113" in all_text(messages), all_text(messages)


def test_contact_during_a_ban_after_its_rules_says_it_breaks_the_ban(built_index):
    """Twenty-sixth session's probe: "Hij belt ze elke dag om te vragen of ze hem missen" a moment after "mijn man
    heeft een huisverbod gekregen, mogen de kinderen hem zien?" got the everyday worries' text."""
    earlier = [("Mijn man heeft een huisverbod gekregen. Wat betekent dat voor de kinderen? Mogen ze hem zien?",
                "vraag_definitie", "regels-tijdens-huisverbod")]
    messages, _ = run(ActionRouteBuitenScope(), "Hij belt ze elke dag om te vragen of ze hem missen", "buiten_scope",
                      earlier=earlier)
    text = all_text(messages)
    assert "overtreedt hij het verbod" in text and "0900-8844" in text and "Deze chat gaat over" not in text, text


def test_a_teen_forced_to_sell_drugs_asking_about_the_police_gets_that_answer(built_index):
    """Twenty-sixth session's probe: "als ik naar de politie ga word ik dan zelf opgepakt?" a moment after being
    forced to sell drugs got the answer on help at home; "idk wat ik moet doen" what the bot can do."""
    earlier = [("ik ben 17 en een oudere gast laat me drugs verkopen. hij zegt dat ik hem 2000 euro schuldig ben",
                "kind_jongere", "gedwongen-om-drugs-te-verkopen")]
    messages, _ = run(ActionFallback(), "als ik naar de politie ga word ik dan zelf opgepakt?", "nlu_fallback",
                      earlier=earlier)
    assert "Meldpunt Uitbuiting Minderjarigen" in all_text(messages), all_text(messages)[:300]
    messages, _ = run(ActionFallback(), "mn moeder weet van niks", "nlu_fallback", earlier=earlier)
    assert "Ik kan je helpen met" not in all_text(messages) and "0800-" in messages[0]["text"], all_text(messages)


def test_a_mother_whose_children_were_not_returned_and_who_fears_abroad_gets_the_police(built_index):
    """Twenty-sixth session's probe: "Hij heeft ook een Turks paspoort, ik ben bang dat hij naar Turkije gaat" a
    moment after "mijn ex brengt de kinderen niet terug" got the victim's general route."""
    earlier = [("Mijn ex heeft de kinderen dit weekend gehad en brengt ze niet terug.", "zorgen_omstander")]
    messages, _ = run(ActionRouteSlachtoffer(), "Hij heeft ook een Turks paspoort, ik ben bang dat hij naar Turkije gaat",
                      "slachtoffer", earlier=earlier)
    assert answered("dreigende-kinderontvoering", messages), all_text(messages)[:300]


def test_a_child_afraid_of_tonight_gets_what_to_do_before_he_comes_home(built_index):
    """Twenty-sixth session's probe: "hij komt om 6 uur thuis" from a girl of 14 afraid it happens again tonight
    got the child's route a second time."""
    earlier = [("ik ben 14. de vriend van mijn moeder drinkt en gisteren duwde hij mijn broertje tegen de tafel. ik ben "
                "bang dat het vanavond weer gebeurt", "kind_jongere")]
    for action, intent in ((ActionRouteKind(), "kind_jongere"), (ActionFallback(), "nlu_fallback")):
        messages, _ = run(action, "hij komt om 6 uur thuis", intent, earlier=earlier)
        assert messages[0]["text"].startswith("Ben je bang voor vanavond?"), all_text(messages)[:300]


def test_a_girl_to_be_married_abroad_asking_about_the_trip_gets_help_before_she_leaves(built_index):
    """Twenty-sixth session's probe: "we gaan over 3 weken op vakantie, kan iemand voorkomen dat ik mee moet?"
    got a choice with the first week after sexual violence."""
    earlier = [("ik ben 16 en mijn ouders zeggen dat ik deze zomer met mijn neef moet trouwen in marokko", "kind_jongere")]
    messages, _ = run(ActionFallback(), "we gaan over 3 weken op vakantie, kan iemand voorkomen dat ik mee moet?",
                      "nlu_fallback", earlier=earlier)
    assert answered("hulp-bij-huwelijksdwang", messages) or answered("bang-om-achtergelaten-te-worden", messages), (
        all_text(messages)[:300])


@pytest.mark.parametrize("text", ["hij zegt dat ik een verklikker ben als ik het vertel",
                                  "mn moeder zegt dat ik niet moet zeuren"])
def test_a_child_told_to_keep_quiet_hears_that_telling_is_allowed(built_index, text):
    """Twenty-fifth session's probe: a child's "hij zegt dat ik een verklikker ben" and "mn moeder zegt
    dat ik niet moet zeuren" after the child's route got 'not ours' or the Kindertelefoon's line again."""
    allowed = KnowledgeSearch().entry("mag-je-het-vertellen")["text"].split(". ")[0]
    earlier = [("ik ben 12 en mijn stiefvader slaat me soms", "kind_jongere")]
    messages, _ = run(ActionRouteKind(), text, "kind_jongere", earlier=earlier)
    assert "0800-0432" in all_text(messages) and allowed in all_text(messages)


def test_one_who_told_of_abuse_done_to_them_is_no_professional_for_a_meldcode_guess(built_index):
    """Thirtieth session: "kan dat nu nog gemeld worden of is het te laat" after "mn opa zat aan me
    toen ik klein was" got "Melden bij Veilig Thuis is de laatste stap van de meldcode", and the
    next question the meldcode's step 3 in "u": their route's line and residents' topics instead."""
    from actions.routes import ActionRouteMeldcode
    earlier = [("ik ben 41 en durf pas sinds kort toe te geven dat mn opa aan me zat toen ik klein was, jarenlang",
                "seksueel_geweld", "seksueel-misbruik-lang-geleden")]
    for text in ("kan dat nu nog gemeld worden of is het te laat", "en hoe gaat zo'n gesprek dan"):
        messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag", earlier=earlier)
        assert "0800-0188" in messages[0]["text"]
        assert "meldcode" not in all_text(messages) and " uw " not in all_text(messages)
        offered = [b["payload"] for m in messages for b in m["buttons"]]
        # (since the thirty-second session "of is het te laat" asks of the answer before, which is answered)
        assert offered and (len(earlier) > 1 or '/kennis_item{"kennis_id": "seksueel-misbruik-lang-geleden"}' in offered
                            or answered("seksueel-misbruik-lang-geleden", messages))
        earlier.append((text, "meldcode_vraag"))
    # the same on the knowledge path, which the decision order takes when the search is sure
    messages, _ = run(ActionKennis(), "kan dat nu nog gemeld worden of is het te laat", "vraag_definitie",
                      earlier=earlier[:1])
    assert "0800-0188" in messages[0]["text"] and "meldcode" not in all_text(messages)
    # one who says they work with the meldcode still gets its answer
    messages, _ = run(ActionRouteMeldcode(), "ik ben leerkracht, moet ik een leerling met blauwe plekken melden?",
                      "meldcode_vraag", earlier=earlier)
    assert "u" in all_text(messages).split() or "uw" in all_text(messages).split()


def test_a_choice_of_topics_names_its_entries_for_the_next_turn(built_index):
    """The offer's entries go in its metadata (an id list, no text), so that the next message can
    lean on them (veilig/conversation.py, previous_choices); an answer's links are no offer."""
    messages, _ = run(ActionKennis(), "Hoe kom ik erachter wat Veilig Thuis allemaal over ons gezin heeft staan?",
                      "vraag_definitie")
    offer = next(m for m in messages if m.get("keuzes"))
    shown = [re.search(r'"kennis_id": "([^"]+)"', b["payload"]).group(1) for b in offer["buttons"]]
    assert offer["keuzes"] == shown and "dossier-inzien-bij-veilig-thuis" in shown
    answer, _ = run(ActionKennis(), "wat is een huisverbod", "vraag_definitie")
    assert not any(m.get("keuzes") for m in answer) and any(m.get("buttons") for m in answer)


def test_what_happens_next_after_two_answers_on_reporting(built_index):
    """'en wat gebeurt er daarna' after how to report and whether that can be done online got a
    choice of topics on reporting: what follows a report, linked to the answer before the last."""
    earlier = [("hoe doe je aangifte van huiselijk geweld", "vraag_definitie", "aangifte-doen"),
               ("kan dat ook gewoon online?", "vraag_definitie", "kun-je-online-aangifte-doen-bij-de-politie")]
    messages, _ = run(ActionRouteBuitenScope(), "en wat gebeurt er daarna", "seksueel_geweld", earlier=earlier)
    assert answered("aangifte-huiselijk-geweld-wat-gebeurt-er", messages)
    # Without the answers before, no answer on the report.
    alone, _ = run(ActionRouteBuitenScope(), "en wat gebeurt er daarna", "seksueel_geweld")
    assert not answered("aangifte-huiselijk-geweld-wat-gebeurt-er", alone)


def test_the_police_asked_after_veilig_thuis(built_index):
    """'komt dan de politie?' after the pleger's route got 'ik weet niet zeker welk onderwerp', 'en is
    het de politie?' after what Veilig Thuis costs a choice of topics: Veilig Thuis is not the police."""
    pleger = [("ik heb mn vriendin vorige week tegen de muur geduwd. schrok echt van mezelf", "pleger")]
    messages, _ = run(ActionFallback(), "komt dan de politie?", "nlu_fallback", earlier=pleger)
    assert answered("is-veilig-thuis-de-politie", messages)
    assert not all_text(messages).startswith("Nee")  # it may come, when needed
    costs = [("wat doet veilig thuis eigenlijk", "vraag_definitie", "veilig-thuis"),
             ("kost het geld?", "vraag_definitie", "kost-veilig-thuis-geld")]
    messages, _ = run(ActionFallback(), "en is het de politie?", "nlu_fallback", earlier=costs)
    assert answered("is-veilig-thuis-de-politie", messages)
    # After 112's route the police may well come: not this answer.
    messages, _ = run(ActionFallback(), "komt dan de politie?", "nlu_fallback", earlier=ACUTE)
    assert not answered("is-veilig-thuis-de-politie", messages)


def test_who_decides_and_objecting_after_a_placement(built_index):
    """After 'haalt veilig thuis zomaar kinderen weg?': 'wie beslist dat dan wel' got a choice of the
    meldcode's topics, 'kun je daar als ouder nog tegenin gaan' the greeting (taken for starting over).
    Who decides is in the answer given (with its longer explanation now); objecting is in the linked
    entry on a placement, whose sentence on the defence comes first."""
    earlier = [("haalt veilig thuis zomaar kinderen weg bij hun ouders??", "vraag_definitie",
                "haalt-veilig-thuis-kinderen-uit-huis")]
    messages, _ = run(ActionKennis(), "wie beslist dat dan wel", "vraag_definitie", earlier=earlier)
    assert "kinderrechter" in all_text(messages) and "Ik weet niet zeker" not in all_text(messages)
    messages, _ = run(ActionFallback(), "kun je daar als ouder nog tegenin gaan", "opnieuw", earlier=earlier)
    assert answered("uithuisplaatsing", messages) and "advocaat" in all_text(messages)
    assert "Ik ben een chatbot" not in all_text(messages)


def test_a_fear_that_they_take_the_children_taken_for_danger(built_index):
    """'ik ben doodsbang dat ze de kinderen meenemen' after a letter from Veilig Thuis was taken for
    danger now and got "Is er nu gevaar? Bel 112." alone: that line, then whether Veilig Thuis takes
    children away."""
    earlier = [("we hebben een brief van veilig thuis gekregen, de school heeft ons gemeld", "vraag_definitie",
                "er-is-een-melding-over-mij-gedaan")]
    messages, _ = run(ActionRouteAcuut(), "ik ben doodsbang dat ze de kinderen meenemen", "acuut_gevaar", earlier=earlier)
    assert messages[0]["text"].startswith("Is er nu gevaar? Bel 112")
    assert answered("haalt-veilig-thuis-kinderen-uit-huis", messages)


def test_a_fear_of_what_comes_after_a_forced_marriage_told_gets_its_answer(built_index):
    """Thirty-second session: 'ik ben bang dat ze me daar achterlaten' after a forced marriage told got
    the victim's route again (as a victim) or the Kindertelefoon (as a child), without what to do
    about being left behind abroad, which the search is sure of."""
    earlier = [("ik word gedwongen te trouwen deze zomer in marokko", "slachtoffer")]
    for action, intent in ((ActionRouteSlachtoffer(), "slachtoffer"), (ActionRouteKind(), "kind_jongere")):
        messages, _ = run(action, "ik ben bang dat ze me daar achterlaten", intent, earlier=earlier)
        assert answered("bang-om-achtergelaten-te-worden", messages)
    # after the child's route (the classifier's guess of a victim keeps the child's number line)
    as_a_child = [("ik word gedwongen te trouwen deze zomer in marokko", "kind_jongere")]
    messages, _ = run(ActionRouteSlachtoffer(), "ik ben bang dat ze me daar achterlaten", "slachtoffer", earlier=as_a_child)
    assert "0800-0432" in messages[0]["text"] and answered("bang-om-achtergelaten-te-worden", messages)
    # A fear without an entry the search is sure of: the route, not a guess.
    messages, _ = run(ActionRouteSlachtoffer(), "ik ben bang dat hij boos wordt", "slachtoffer", earlier=earlier)
    assert "0800-2000" in all_text(messages)


def test_a_condition_joined_on_asks_what_if(built_index):
    """Thirty-second session: 'en als je partner al het geld beheert en je niks krijgt' after the answer
    on psychological violence got the victim's route without the answer on economic violence."""
    earlier = [("is schelden en iemand steeds kleineren ook huiselijk geweld of alleen slaan?", "vraag_definitie",
                "psychisch-geweld")]
    messages, _ = run(ActionKennis(), "en als je partner al het geld beheert en je niks krijgt", "slachtoffer",
                      earlier=earlier)
    assert answered("economisch-geweld", messages)


def test_an_aspect_asked_of_the_subject_before_at_some_length_or_via_a_link(built_index):
    """Thirty-second session: "wat als hij zich er niet aan houdt en toch langskomt" (11 words) after
    the huisverbod, "wat kost het" after anonymous advice, "sinds wanneer is dat zo" after the ban on
    violence in upbringing and "is er ook een app voor?" after the meldcode's duties got topics."""
    ban = [("wat is dat eigenlijk, een huisverbod", "vraag_definitie", "tijdelijk-huisverbod")]
    messages, _ = run(ActionKennis(), "wat als hij zich er niet aan houdt en toch langskomt", "vraag_definitie", earlier=ban)
    assert answered("regels-tijdens-huisverbod", messages)
    advice = [("en bij advies hoef ik geen namen te geven?", "vraag_definitie", "anoniem-advies")]
    messages, _ = run(ActionKennis(), "wat kost het", "vraag_definitie", earlier=advice)
    assert "gratis" in all_text(messages) and "Ik weet niet zeker" not in all_text(messages)
    upbringing = [("mag je je kind nog een tik geven tegenwoordig", "vraag_definitie", "verbod-op-geweld-in-de-opvoeding")]
    messages, _ = run(ActionKennis(), "sinds wanneer is dat zo", "vraag_definitie", earlier=upbringing)
    assert "2007" in all_text(messages)
    duties = [("wat moet mijn organisatie daarvoor regelen", "meldcode_vraag", "meldcode-organisatie-verplichtingen"),
              ("en wie controleert dat?", "meldcode_vraag", "toezicht-op-de-meldcode")]
    messages, _ = run(ActionKennis(), "is er ook een app voor?", "vraag_definitie", earlier=duties)
    assert answered("meldcode-app", messages)


def test_put_out_of_the_house_by_the_police_is_ones_own_ban(built_index):
    """Thirty-second session: "mag ik mn kinderen wel zien?" a moment after "de politie heeft me de deur
    uit gezet, 10 dagen huisverbod omdat ik mn vrouw heb geslagen" got topics on children who see
    violence: what one's own ban allows."""
    earlier = [("de politie heeft me de deur uit gezet, 10 dagen huisverbod omdat ik mn vrouw heb geslagen. "
                "slaap nu in mn auto", "pleger")]
    messages, _ = run(ActionKennis(), "mag ik mn kinderen wel zien?", "vraag_definitie", earlier=earlier)
    assert answered("tijdens-je-eigen-huisverbod", messages)


def test_the_signs_and_what_can_still_be_done_after_years(built_index):
    """Thirty-second session: "waar merk je het als ouder aan" after what a loverboy is and "en als het
    al jaren geleden is" after the first week after sexual violence got topics."""
    loverboy = [("Wat is een loverboy nou precies?", "vraag_definitie", "signalen-loverboy")]
    messages, _ = run(ActionKennis(), "waar merk je het als ouder aan", "vraag_definitie", earlier=loverboy)
    assert answered("signalen-loverboy", messages)
    first_week = [("waarom zeggen ze steeds dat je binnen een week moet komen", "vraag_definitie",
                   "eerste-week-na-seksueel-geweld")]
    messages, _ = run(ActionKennis(), "en als het al jaren geleden is", "vraag_definitie", earlier=first_week)
    assert answered("seksueel-misbruik-lang-geleden", messages)


def test_reporting_to_the_police_asked_after_the_csg_or_a_colleague_suspected(built_index):
    """Thirty-second session: "moet je daar dan aangifte doen?" after the CSG got domestic violence's
    report; "moet dat dan naar de politie" after a childcare worker suspected got the general line."""
    csg = [("wat voor hulp krijg je bij zo'n centrum seksueel geweld", "vraag_definitie", "centrum-seksueel-geweld")]
    messages, _ = run(ActionKennis(), "moet je daar dan aangifte doen?", "vraag_definitie", earlier=csg)
    assert answered("centrum-seksueel-geweld", messages) and not answered("aangifte-doen", messages)
    colleague = [("een collega op de groep doet raar bij een kind", "meldcode_vraag", "medewerker-kinderopvang-verdacht")]
    messages, _ = run(ActionKennis(), "moet dat dan naar de politie", "meldcode_vraag", earlier=colleague)
    assert answered("medewerker-kinderopvang-verdacht", messages)


def test_a_longer_follow_up_that_points_back_asks_of_the_answer_before(built_index):
    """Thirty-second session: "kan dat nu nog gemeld worden of is het te laat" (11 words) after abuse
    long ago told found the professionals' duty to report, and got topics."""
    earlier = [("ik ben 41 en durf pas sinds kort toe te geven dat mn opa aan me zat toen ik klein was, jarenlang",
                "seksueel_geweld", "seksueel-misbruik-lang-geleden")]
    messages, _ = run(ActionKennis(), "kan dat nu nog gemeld worden of is het te laat", "vraag_definitie", earlier=earlier)
    assert answered("seksueel-misbruik-lang-geleden", messages)


def test_one_on_the_plegers_route_who_only_wrote_a_childs_word_gets_veilig_thuis_chat(built_index):
    """Thirty-second session: "kan ik ook chatten ipv bellen" from a man who pushed his girlfriend and
    "wil niet worden zoals mn vader" ('mn vader', a child's word) got the Kindertelefoon's chat."""
    earlier = [("ik heb mn vriendin vorige week tegen de muur geduwd. schrok echt van mezelf, wil niet worden zoals mn vader",
                "pleger")]
    messages, _ = run(ActionKennis(), "kan ik ook chatten ipv bellen", "vraag_definitie", earlier=earlier)
    assert answered("chatten-met-veilig-thuis", messages) and not answered("chatten-met-de-kindertelefoon", messages)
    # a child who gave an age keeps the Kindertelefoon's chat
    child = [("ik ben 14 en mn vader slaat mn moeder en ik wil er iets aan doen", "pleger")]
    messages, _ = run(ActionKennis(), "kan ik ook chatten ipv bellen", "vraag_definitie", earlier=child)
    assert answered("chatten-met-de-kindertelefoon", messages)


def test_what_it_does_to_children_after_seeing_violence_at_home(built_index):
    """Thirty-second session: "wat doet dat met kinderen?" after whether seeing parents fight is child
    abuse got the Kindertelefoon's words to a child."""
    earlier = [("is het ook kindermishandeling als kinderen alleen zien dat hun ouders vechten?", "vraag_definitie",
                "getuige-van-huiselijk-geweld")]
    messages, _ = run(ActionRouteKind(), "wat doet dat met kinderen?", "kind_jongere", earlier=earlier)
    assert answered("gevolgen-geweld-voor-kinderen", messages)


def test_another_thing_asked_to_be_forbidden_too_after_the_ban_on_violence_in_upbringing(built_index):
    """Thirty-second session: "en is schreeuwen dan ook verboden?" after the ban on violence in
    upbringing got physical child abuse; the ban covers psychological violence too."""
    earlier = [("mag je je kind nog een tik geven tegenwoordig", "vraag_definitie", "verbod-op-geweld-in-de-opvoeding")]
    messages, _ = run(ActionKennis(), "en is schreeuwen dan ook verboden?", "vraag_definitie", earlier=earlier)
    assert answered("verbod-op-geweld-in-de-opvoeding", messages)


def test_the_same_subject_asked_for_another_group(built_index):
    """Thirty-second session: "geldt dat ook voor de huisarts?" after the kindcheck got the meldcode's
    route; "en huisartsen, doen die dat ook?" topics."""
    earlier = [("wat is de kindcheck", "meldcode_vraag", "kindcheck"), ("hoe voer je die uit?", "meldcode_vraag",
                                                                        "kindcheck-uitvoeren")]
    for text in ("geldt dat ook voor de huisarts?", "en huisartsen, doen die dat ook?"):
        messages, _ = run(ActionKennis(), text, "meldcode_vraag", earlier=earlier)
        assert answered("kindcheck-alert-huisarts", messages), text


def test_where_to_find_one_asks_of_the_answer_before(built_index):
    """Thirty-second session: "en waar vind ik die?" after the aandachtsfunctionaris got topics."""
    earlier = [("wat doet een aandachtsfunctionaris", "meldcode_vraag", "aandachtsfunctionaris")]
    messages, _ = run(ActionKennis(), "en waar vind ik die?", "vraag_definitie", earlier=earlier)
    assert answered("aandachtsfunctionaris", messages)


def test_not_understood_gets_the_answer_before_with_its_longer_explanation(built_index):
    """Thirty-second session: "snap ik niet helemaal" after what traumatic bonding is got "Sorry, dat
    begrijp ik niet goed"."""
    earlier = [("wat betekent traumabinding", "vraag_definitie", "traumabinding")]
    messages, _ = run(ActionFallback(), "snap ik niet helemaal", "nlu_fallback", earlier=earlier)
    assert answered("traumabinding", messages) and "Sorry" not in all_text(messages)
    long = KnowledgeSearch().entry("traumabinding").get("long") or ""
    assert long.strip().split(". ")[0] in all_text(messages)


def test_whether_it_happens_with_others_too_asks_of_the_answer_before(built_index):
    """Thirty-second session: "kan dat ook met een vriendin of ouder, of alleen in een relatie?" after
    traumatic bonding got topics."""
    earlier = [("wat betekent traumabinding", "vraag_definitie", "traumabinding")]
    messages, _ = run(ActionKennis(), "kan dat ook met een vriendin of ouder, of alleen in een relatie?", "vraag_definitie",
                      earlier=earlier)
    assert answered("traumabinding", messages)


def test_compared_with_another_subject(built_index):
    """Thirty-second session: "is dat hetzelfde als ouderenmishandeling?" after ontspoorde mantelzorg got topics."""
    earlier = [("wat bedoelen ze met ontspoorde mantelzorg", "vraag_definitie", "ontspoorde-mantelzorg")]
    messages, _ = run(ActionKennis(), "is dat hetzelfde als ouderenmishandeling?", "vraag_definitie", earlier=earlier)
    assert answered("ouderenmishandeling", messages) or answered("ontspoorde-mantelzorg", messages)
    assert "Ik weet niet zeker" not in all_text(messages)


def test_a_resident_gets_no_linked_entry_written_for_professionals(built_index):
    """Thirty-third session: "en als ze me daar willen laten trouwen?" from a girl after honour-based
    violence got the meldcode's caution for professionals, in "u", through the entries linked to
    that answer."""
    earlier = [("mijn vader en broers controleren alles wat ik doe en zeggen dat ik de familie te schande maak. "
                "waar kan ik heen?", "slachtoffer", "eergerelateerd-geweld"),
               ("ze hebben ineens een reis naar marokko geboekt voor de zomer. ik heb er een heel slecht gevoel over",
                "buiten_scope")]
    messages, _ = run(ActionKennis(), "en als ze me daar willen laten trouwen?", "kind_jongere", earlier=earlier)
    assert not answered("meldcode-eergerelateerd-geweld", messages)
    assert "uw casus" not in all_text(messages) and "meldcode" not in all_text(messages).lower()
    # A professional's follow-up still gets it.
    earlier = [("ik ben mentor, een leerling is bang voor haar vader en broers vanwege de familie-eer",
                "meldcode_vraag", "meldcode-eergerelateerd-geweld")]
    messages, _ = run(ActionKennis(), "en als ze haar willen laten trouwen?", "meldcode_vraag", earlier=earlier)
    assert "uw" in all_text(messages) or "u " in all_text(messages)


def test_an_adult_who_dares_not_call_after_sexual_violence_gets_veilig_thuis_chat_not_the_kindertelefoon(built_index):
    """Thirty-third session: "ik durf niet te bellen" a moment after rape got the Kindertelefoon's
    chat first; a child on the same route keeps it."""
    earlier = [("ik ben zaterdag na een feest verkracht denk ik. ik heb niks gedaan of gezegd, ik was helemaal bevroren",
                "seksueel_geweld")]
    messages, _ = run(ActionKennis(), "ik durf niet te bellen", "kind_jongere", earlier=earlier)
    assert answered("chatten-met-veilig-thuis", messages) and not answered("chatten-met-de-kindertelefoon", messages)
    earlier = [("ik ben 13 en mijn oom zit aan me als ik logeer", "seksueel_geweld")]
    messages, _ = run(ActionKennis(), "ik durf niet te bellen", "kind_jongere", earlier=earlier)
    assert not answered("chatten-met-veilig-thuis", messages)


def test_a_childs_question_near_the_shelter_in_words_gets_the_childs_entry_nearest_in_meaning(built_index):
    # thirty-fourth session's fifth tuning conversations: a child of 11 got the Kindertelefoon's line alone
    child = [("mn papa slaat me moeder en mij ook soms met zn riem. ik ben 11", "kind_jongere")]
    messages, _ = run(ActionKennis(), "moet ik dan weg van huis als ik het vertel", "kind_jongere", earlier=child)
    assert "0800-0432" in messages[0]["text"]
    assert answered("wat-gebeurt-er-als-je-het-vertelt", messages)
    assert not answered("vrouwenopvang", messages)


def test_a_childs_question_whether_a_parent_may_hit_taken_for_danger_gets_the_answer(built_index):
    # thirty-third session's fourth tuning conversations: 112 and the adult victim's route
    child = [("mijn papa slaat mij als ik iets fout doe. gister met zijn riem", "kind_jongere")]
    messages, _ = run(ActionRouteAcuut(), "mag hij dat? hij zegt dat het straf is", "acuut_gevaar", earlier=child)
    assert answered("is-het-normaal-dat-je-ouders-je-slaan", messages)
    assert "Wat naar dat je dit meemaakt" not in all_text(messages)  # not the adult victim's route


def test_what_else_to_watch_for_after_an_answer_gets_that_subjects_signs(built_index):
    # thirty-fourth session's fifth tuning conversations: the general signs of domestic violence
    earlier = [("onze dochter van 15 heeft een vriend van 23 die haar ophaalt in een dure auto en ze spijbelt",
                "zorgen_omstander"),
               ("Ze zegt zelf dat het haar eigen keuze is. Kan ik dan toch naar de politie?", "vraag_definitie",
                "loverboy-en-mijn-kind-zegt-dat-het-vrijwillig-is")]
    messages, _ = run(ActionKennis(), "waar moet ik verder nog op letten?", "vraag_definitie", earlier=earlier)
    assert answered("signalen-loverboy", messages)
    alone, _ = run(ActionKennis(), "waar moet ik verder nog op letten?", "vraag_definitie")
    assert not answered("signalen-loverboy", alone)


def test_a_follow_up_whose_own_answer_is_far_ahead_keeps_it(built_index):
    # thirty-fourth session's fifth tuning conversations: leaving safely, linked to why leaving is hard
    earlier = [("mijn beste vriendin mag van haar vriend niet meer met ons afspreken en hij leest al haar berichten. "
                "vorige week had ze een blauw oog", "zorgen_omstander"),
               ("waarom gaat ze dan niet gewoon bij hem weg", "vraag_definitie", "waarom-is-weggaan-moeilijk")]
    messages, _ = run(ActionKennis(), "hoe begin ik erover zonder dat ze helemaal dichtklapt?", "vraag_definitie",
                      earlier=earlier)
    assert answered("het-gesprek-beginnen", messages)
    assert not answered("veilig-weggaan", messages)


def test_asking_what_it_is_called_gets_the_entry_for_what_was_told(built_index):
    # thirty-fourth session: "heeft dat wat hij doet een naam?" got that calling Veilig Thuis is not on the bill
    earlier = [("Ik wil bij mijn man weg maar ik heb geen cent. Hij beheert al het geld, ik moet om elk tientje "
                "vragen en werken mag ik niet van hem.", "slachtoffer")]
    messages, _ = run(ActionFallback(), "heeft dat wat hij doet een naam?", "nlu_fallback", earlier=earlier)
    assert answered("economisch-geweld", messages)


def test_the_consequences_asked_after_an_answer_without_such_a_link_are_found_by_title(built_index):
    # thirty-fourth session's fifth tuning conversations: grandparents got the children's 112 entry
    earlier = [("Wij zijn opa en oma van twee kleinkinderen. De kinderen vertellen dat papa en mama 's avonds "
                "vechten. We maken ons grote zorgen.", "ouderen"),
               ("De kinderen worden zelf niet geslagen. Is het dan wel kindermishandeling?", "vraag_definitie",
                "lichamelijke-mishandeling-van-kinderen")]
    messages, _ = run(ActionKennis(), "wat doet zoiets met een kind?", "vraag_definitie", earlier=earlier)
    assert answered("gevolgen-geweld-voor-kinderen", messages)
    assert "0800-0432" not in all_text(messages)  # not the children's own entry


def test_a_child_asking_whether_a_brothers_blows_count_gets_the_childs_entry(built_index):
    # thirty-fourth session's fifth tuning conversations: the Kindertelefoon's line alone
    child = [("mn broer van 16 slaat en schopt me bijna elke dag en mama zegt dat we het zelf moeten oplossen",
              "kind_jongere")]
    messages, _ = run(ActionKennis(), "is dat ook huiselijk geweld? het is gewoon mn broer", "vraag_definitie", earlier=child)
    assert "0800-0432" in messages[0]["text"]
    assert answered("geweld-tussen-broers-en-zussen", messages)


def test_a_child_asking_whether_it_is_abuse_gets_no_no(built_index):
    friend = [("mijn vriendin zei dat haar stiefvader aan haar zit als haar moeder moet werken. ik ben 13. wat moet ik doen",
               "vraag_definitie")]
    messages, _ = run(ActionRouteKind(), "ze zegt dat hij alleen aan haar zit en verder niks. is dat dan ook misbruik?",
                      "kind_jongere", earlier=friend)
    assert answered("mag-iemand-seksuele-dingen-met-je-doen", messages)
    assert not all_text(messages).startswith("Nee")


def test_a_teenager_on_the_childs_route_who_cannot_call_gets_the_kindertelefoons_chat(built_index):
    # thirty-fourth session's fifth tuning conversations: Veilig Thuis's chat for a girl of 15
    child = [("mn vriend wil altijd weten waar ik ben en wordt boos als ik niet terug app. ik ben 15", "kind_jongere")]
    messages, _ = run(ActionKennis(), "kan ik ergens chatten ipv bellen, thuis hoort iedereen me", "hulp_menu", earlier=child)
    assert answered("chatten-met-de-kindertelefoon", messages)


def test_asking_who_will_know_after_the_answer_on_anonymous_reporting(built_index):
    """'dus ze komen er echt niet achter dat ik het was?' after the answer on anonymous reporting (no
    route) got 'daar kan ik je helaas niet mee helpen' (thirty-fourth session's fifth tuning conversations)."""
    earlier = [("kun je bij veilig thuis ook anoniem melden", "vraag_definitie", "anoniem-melden"),
               ("zitten daar ook nadelen aan?", "vraag_definitie", "anoniem-melden")]
    messages, _ = run(ActionRouteBuitenScope(), "dus ze komen er echt niet achter dat ik het was?", "buiten_scope",
                      earlier=earlier)
    assert answered("weet-het-gezin-wie-gemeld-heeft", messages)
    assert route_messages("buiten_scope")[0]["text"] not in all_text(messages)


def test_a_professionals_follow_up_taken_for_not_ours_gets_the_meldcode(built_index):
    """'Hoe schrijf ik dit op zonder dat het beschuldigend klinkt?' and 'Mevrouw zelf wil absoluut niet
    dat ik iets onderneem.' in a professional's case got 'daar kan ik je helaas niet mee helpen'
    (thirty-fifth session's sixth tuning conversations); small talk without a professional still gets it."""
    case = ("Ik ben pedagogisch medewerker op een kinderdagverblijf. Een jongetje van 10 maanden heeft voor de derde "
            "keer een blauwe plek op zijn wang. Hij kruipt nog niet. Moeder zegt dat hij zich stoot.")
    for text in ("Hoe schrijf ik dit op zonder dat het beschuldigend klinkt?",
                 "Met wie binnen ons kinderdagverblijf moet ik dit bespreken?"):
        messages, _ = run(ActionRouteBuitenScope(), text, "buiten_scope", earlier=[(case, "meldcode_vraag")])
        assert route_messages("buiten_scope")[0]["text"] not in all_text(messages), text
        assert "0800-2000" in all_text(messages)
    alone, _ = run(ActionRouteBuitenScope(), "wat is de hoofdstad van frankrijk", "buiten_scope")
    assert route_messages("buiten_scope")[0]["text"] in all_text(alone)


def test_a_follow_up_naming_its_own_entry_keeps_it_after_step_3(built_index):
    """"wie is dan die aandachtsfunctionaris, onze ib'er?" after step 3 got the talk that may be skipped
    when unsafe, an entry linked to step 3 (thirty-seventh session's seventh tuning conversations)."""
    earlier = [("leerkracht groep 6. jongen vertelde vandaag na de gym dat zijn vader hem met een stok slaat. wat moet ik nu",
                "meldcode_vraag", "disclosure-melden"),
               ("hij zei er wel bij dat ik het niet aan zijn vader mag vertellen", "vraag_definitie",
                "kind-vraagt-geheimhouding"),
               ("moet ik nu meteen melden of eerst met de ouders in gesprek? dat is stap 3 toch", "vraag_definitie",
                "meldcode-stap-3")]
    messages, _ = run(ActionKennis(), "wie is dan die aandachtsfunctionaris, onze ib'er?", "meldcode_vraag", earlier=earlier)
    assert answered("aandachtsfunctionaris", messages)


def test_one_who_cannot_call_because_he_hears_gets_how_a_silent_112_call_goes(built_index):
    """"ik kan niet bellen hij hoort alles wat ik zeg" a moment after 112 got the 112 block and topics
    (the ninth tuning conversations): 112 first, then that a silent line may be cut off."""
    earlier = [("hij is helemaal door het lint en gooit met stoelen, help", "acuut_gevaar")]
    messages, _ = run(ActionRouteBuitenScope(), "ik kan niet bellen hij hoort alles wat ik zeg", "buiten_scope",
                      earlier=earlier)
    assert "112" in messages[0]["text"]
    assert answered("alarmnummer-bellen-als-je-niet-kunt-praten", messages)
    # a child who cannot call keeps the children's way (no change there)
    child = [("papa slaat mama nu en ik ben 10", "acuut_gevaar")]
    messages, _ = run(ActionRouteBuitenScope(), "ik kan niet bellen hij hoort alles", "buiten_scope", earlier=child)
    assert "112" in all_text(messages) and not answered("alarmnummer-bellen-als-je-niet-kunt-praten", messages)


def test_a_parent_who_promised_a_child_secrecy_gets_what_to_do_when_a_child_tells(built_index):
    """"hij vroeg of ik het aan niemand wil doorvertellen en ik heb ja gezegd" from a parent a moment after
    her son's friend told of his stepfather's belt got the bystander's route again (the ninth tuning
    conversations)."""
    earlier = [("de vriend van mijn zoon (13) vertelde gisteren bij ons aan tafel dat zijn stiefvader hem met een riem slaat",
                "zorgen_omstander")]
    for action, intent in ((ActionRouteOmstander(), "zorgen_omstander"), (ActionRouteBuitenScope(), "buiten_scope")):
        messages, _ = run(action, "hij vroeg of ik het aan niemand wil doorvertellen en ik heb ja gezegd. stom he", intent,
                          earlier=earlier)
        assert answered("als-een-kind-het-je-vertelt", messages), all_text(messages)[:200]


def test_a_baby_still_crying_after_the_plegers_route_gets_what_to_do_now(built_index):
    """"hij huilt nog steeds en mijn vriend werkt nachtdienst, ik sta er alleen voor" a moment after the
    pleger's route for a baby nearly shaken got that route's line again (the ninth tuning conversations)."""
    earlier = [("mijn baby van 3 maanden huilt al de hele avond en ik merkte net dat ik hem bijna door elkaar ging "
                "schudden. ik heb hem in zijn bedje gelegd. ik schrik zo van mezelf", "pleger")]
    messages, _ = run(ActionRoutePleger(), "hij huilt nog steeds en mijn vriend werkt nachtdienst, ik sta er alleen voor",
                      "pleger", earlier=earlier)
    assert answered("huilende-baby-en-schudden", messages)
    # a pleger's route about a partner: crying is no baby's
    partner = [("ik heb mijn vrouw geslagen en nu huilt ze de hele tijd", "pleger")]
    messages, _ = run(ActionRoutePleger(), "ze huilt nog steeds", "pleger", earlier=partner)
    assert not answered("huilende-baby-en-schudden", messages)


def test_is_that_violence_after_a_story_gets_the_form_it_tells(built_index):
    """The tenth tuning conversations: "telt dat eigenlijk wel als geweld als er niet geslagen wordt"
    after being called fat and stupid got doubt in general, and a child's "is dat ook mishandeling? ze
    slaat ons niet" after a mother who is mean got the route again."""
    put_down = [("mijn vriend slaat me niet hoor maar hij zegt de hele dag dat ik dik en dom ben", "slachtoffer")]
    messages, _ = run(ActionKennis(), "telt dat eigenlijk wel als geweld als er niet geslagen wordt", "slachtoffer",
                      earlier=put_down)
    assert answered("psychisch-geweld", messages), all_text(messages)
    mean = [("mijn moeder drinkt heel veel en dan is ze super gemeen tegen mij en mn zusje. vaak is er geen eten",
             "kind_jongere")]
    messages, _ = run(ActionKennis(), "is dat ook mishandeling? ze slaat ons niet", "vraag_definitie", earlier=mean)
    assert answered("emotionele-mishandeling-van-kinderen", messages), all_text(messages)


def test_a_second_question_that_points_to_the_first_keeps_the_first_ones_answer(built_index):
    """The tenth tuning conversations: "kom ik dan in een dossier? en hoe lang blijft dat dan staan" after
    whether Veilig Thuis takes children away got how long a removal from home takes ('dat' is the dossier)."""
    earlier = [("ik sla mijn kinderen soms, vooral als ik kapot ben na de nachtdienst", "pleger"),
               ("als ik veilig thuis bel, nemen ze dan mijn kinderen mee", "vraag_definitie",
                "haalt-veilig-thuis-kinderen-uit-huis")]
    messages, _ = run(ActionKennis(), "kom ik dan in een dossier? en hoe lang blijft dat dan staan", "vraag_definitie",
                      earlier=earlier)
    assert answered("hoe-lang-bewaart-veilig-thuis-gegevens", messages), all_text(messages)


def test_evidence_asked_after_stalking_told_gets_the_log_not_injuries(built_index):
    """The tenth tuning conversations: "de politie zei dat ik bewijs moet verzamelen. hoe pak ik dat aan"
    after an ex who stalks got how to record injuries."""
    earlier = [("mijn ex staat al 3 maanden elke ochtend bij mijn werk en stuurt me 50 berichten per dag", "slachtoffer")]
    messages, _ = run(ActionKennis(), "de politie zei dat ik bewijs moet verzamelen. hoe pak ik dat aan", "vraag_definitie",
                      earlier=earlier)
    assert answered("stalking-logboek-en-bewijs", messages), all_text(messages)


def test_whether_they_may_force_a_marriage_gets_the_rights(built_index):
    """The tenth tuning conversations: "mogen ze dat eigenlijk, mij laten trouwen als ik niet wil" after a
    marriage planned by the parents got where to turn again, not what the law says."""
    earlier = [("ik ben 19. mijn ouders hebben een neef uit pakistan voor me uitgekozen en deze zomer gaan we 'op "
                "vakantie'. ik weet dat ik daar moet trouwen", "slachtoffer")]
    messages, _ = run(ActionKennis(), "mogen ze dat eigenlijk, mij laten trouwen als ik niet wil", "vraag_definitie",
                      earlier=earlier)
    assert answered("rechten-bij-huwelijksdwang", messages), all_text(messages)


def test_a_child_asking_whether_mum_will_know_gets_the_childs_answer(built_index):
    """The tenth tuning conversations: "ik ben 13. kan ik iemand bellen zonder dat mama het weet" came
    closest to whether one may report an adult against her wish: the answer for a child."""
    earlier = [("mijn stiefvader heeft mijn moeder net gewurgd ze ligt op de bank te huilen en hij is in de keuken",
                "acuut_gevaar")]
    messages, _ = run(ActionKennis(), "ik ben 13. kan ik iemand bellen zonder dat mama het weet of moeten zij dat dan weten",
                      "vraag_definitie", earlier=earlier)
    assert answered("hulp-vragen-zonder-je-ouders", messages), all_text(messages)


def test_images_held_over_a_break_up_in_a_conversation_get_helpwanted(built_index):
    """The tenth tuning conversations: "hij heeft ook foto's van mij en zegt dat hij ze naar iedereen stuurt
    als ik het uitmaak" in a girl's conversation about a jealous boyfriend got the route's line alone."""
    earlier = [("ik ben 15 en mijn vriend (17) wil altijd weten waar ik ben en wordt woest als ik met jongens praat. "
                "gister duwde hij me tegen de muur", "kind_jongere")]
    messages, _ = run(ActionRouteSeksueelGeweld(), "hij heeft ook foto's van mij en zegt dat hij ze naar iedereen stuurt als "
                      "ik het uitmaak", "kind_jongere", earlier=earlier)
    assert answered("helpwanted-hulp-bij-online-misbruik", messages), all_text(messages)


def test_images_threatened_after_stalking_get_what_the_law_says_when_the_meaning_says_so(built_index):
    """The seventh tuning conversations: "nu dreigt hij dat hij fotos van mij online zet als ik naar de politie
    ga" after an ex who stalks: that spreading or threatening with them is punishable, after the number."""
    earlier = [("mijn ex laat me niet met rust. hij staat bij mijn werk, stuurt 50 berichten per dag", "slachtoffer")]
    messages, _ = run(ActionRouteSeksueelGeweld(), "nu dreigt hij dat hij fotos van mij online zet als ik naar de politie ga",
                      "seksueel_geweld", earlier=earlier)
    assert "0800-0188" in messages[0]["text"] and answered("naaktbeelden-verspreiden-of-ermee-dreigen", messages), all_text(messages)
    assert not any(message["text"].startswith("Ja.") for message in messages)  # nothing was asked


def test_pain_in_the_belly_told_in_pregnancy_after_112_gets_the_check_up(built_index):
    """The tenth tuning conversations: "ik ben 31 weken zwanger en heb steken in mn buik, het is vast niks" a
    moment after 112 got 112's lines alone."""
    earlier = [("hij heeft me tegen de tafel geduwd en nu is hij bier halen, hij zei als ik er nog ben als hij terug is dan",
                "acuut_gevaar")]
    messages, _ = run(ActionRouteAcuut(), "ik ben 31 weken zwanger en heb steken in mn buik, het is vast niks",
                      "slachtoffer", earlier=earlier)
    assert "112" in messages[0]["text"] and answered("zwanger-en-geslagen-laat-je-nakijken", messages), all_text(messages)


def test_contact_despite_a_ban_told_once_the_police_is_called_gets_what_the_ban_forbids(built_index):
    """The tenth tuning conversations: "politie komt eraan. hij appt me ook al de hele dag en belt de kinderen,
    mag dat eigenlijk" a moment after one with a ban at the door got the victim's route and stalking."""
    earlier = [("hij heeft een huisverbod maar staat NU voor mijn deur te bonken en roept dat hij naar binnen komt",
                "acuut_gevaar")]
    messages, _ = run(ActionRouteSlachtoffer(), "politie komt eraan. hij appt me ook al de hele dag en belt de kinderen, "
                      "mag dat eigenlijk", "slachtoffer", earlier=earlier)
    assert messages[0]["text"] == route_messages("na_112")[0]["text"], all_text(messages)
    assert answered("regels-tijdens-huisverbod", messages), all_text(messages)


def test_one_raped_who_does_not_want_to_report_hears_help_needs_no_report(built_index):
    """The seventh, ninth and tenth tuning conversations: "moet ik dan ook meteen aangifte doen als ik daar
    kom? dat wil ik niet" after rape told got the vice squad's way to report."""
    earlier = [("ik denk dat ik zaterdag na het stappen verkracht ben door een jongen die me naar huis bracht", "seksueel_geweld")]
    for text in ("moet ik dan ook meteen aangifte doen als ik daar kom? dat wil ik niet",
                 "ik wil echt geen aangifte, krijg ik dan nog wel hulp?"):
        messages, _ = run(ActionKennis(), text, "vraag_definitie", earlier=earlier)
        assert answered("centrum-seksueel-geweld", messages), all_text(messages)
    asked, _ = run(ActionKennis(), "hoe doe ik aangifte bij de politie?", "vraag_definitie", earlier=earlier)
    assert answered("seksueel-misbruik-melden-bij-politie", asked), all_text(asked)


def test_whether_it_counts_as_rape_without_pushing_him_away_gets_the_law(built_index):
    """The tenth tuning conversations: "ik heb hem niet eens weggeduwd. telt het dan wel als verkrachting"
    after rape told got the CSG's route again."""
    earlier = [("ik denk dat ik zaterdag na het stappen verkracht ben door een jongen die me naar huis bracht", "seksueel_geweld")]
    messages, _ = run(ActionKennis(), "ik heb hem niet eens weggeduwd. telt het dan wel als verkrachting", "seksueel_geweld",
                      earlier=earlier)
    assert answered("verkrachting-zonder-verzet", messages), all_text(messages)


RAPED_SATURDAY = [("ik ben zaterdag na het stappen mee naar huis gegaan met een jongen en hij ging door terwijl ik nee zei",
                   "seksueel_geweld"),
                  ("ik heb al gedoucht en mn kleren gewassen, heeft het dan nog wel zin", "vraag_kennis",
                   "eerste-week-na-seksueel-geweld"),
                  ("ik bevroor gewoon, ik heb niet geschopt of zo. telt het dan wel?", "vraag_kennis",
                   "verkrachting-zonder-verzet")]


def test_whether_going_there_means_reporting_gets_the_csg_a_few_answers_after_its_route(built_index):
    """The eleventh tuning conversations: "moet ik aangifte doen als ik daarheen ga?" two answers after the
    CSG's route got "ik begrijp niet helemaal wat je bedoelt"."""
    messages, _ = run(ActionRouteSlachtoffer(), "moet ik aangifte doen als ik daarheen ga?", "slachtoffer",
                      earlier=RAPED_SATURDAY)
    assert answered("centrum-seksueel-geweld", messages), all_text(messages)


def test_the_number_asked_again_gets_the_routes_number(built_index):
    """The eleventh tuning conversations: "wat was dat nummer ook alweer" after the CSG's route and two
    answers got a choice of topics."""
    messages, _ = run(ActionKennis(), "wat was dat nummer ook alweer", "vraag_definitie", earlier=RAPED_SATURDAY)
    assert messages[0]["text"] == route_messages("seksueel_geweld")[0]["text"], all_text(messages)


def test_the_polices_own_number_asked_after_a_route_gets_it(built_index):
    """The eleventh tuning conversations: "welk nummer is dat van de politie, niet 112 toch" from parents worried
    about a loverboy got the bystander's route again, without it."""
    earlier = [("onze dochter van 15 heeft sinds kort een 'vriend' van 22 met een dikke auto. ze heeft ineens een "
                "nieuwe iphone en blijft nachten weg", "zorgen_omstander")]
    messages, _ = run(ActionRouteBuitenScope(), "welk nummer is dat van de politie, niet 112 toch", "buiten_scope",
                      earlier=earlier)
    assert "0900-8844" in all_text(messages), all_text(messages)


def test_a_question_after_a_comma_taken_for_danger_gets_112_first_and_its_answer(built_index):
    """The tenth tuning conversations: "hij kijkt ook wel eens op mijn laptop, kan hij zien dat ik op deze site
    zit" (the classifier's danger now) a moment after a victim's route got 112 and a bystander's tips."""
    earlier = [("mijn vriend weet altijd waar ik ben en met wie ik app, ook als ik niks gezegd heb. hij wordt dan heel "
                "boos en pakt mn telefoon af", "slachtoffer")]
    messages, _ = run(ActionRouteAcuut(), "hij kijkt ook wel eens op mijn laptop, kan hij zien dat ik op deze site zit",
                      "acuut_gevaar", earlier=earlier)
    assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"], all_text(messages)
    assert answered("snel-weg-knop-en-geschiedenis-wissen", messages), all_text(messages)


def test_a_child_in_danger_now_who_cannot_call_gets_112_and_its_ways_without_talking(built_index):
    """The eleventh tuning conversations: "ik durf niet te bellen hij hoort alles door de muur. kan ik niet gewoon
    typen naar de politie" from a boy of 14 a moment after 112 got the Kindertelefoon's chat and hours."""
    earlier = [("ik ben 14 mn vader is helemaal doorgedraaid hij heeft de tv kapot gegooid en zegt dat hij me met zn riem "
                "slaat als ik mn deur open doe", "acuut_gevaar")]
    messages, _ = run(ActionRouteKind(), "ik durf niet te bellen hij hoort alles door de muur. kan ik niet gewoon typen "
                      "naar de politie", "kind_jongere", earlier=earlier)
    assert "112NL-app" in messages[0]["text"], all_text(messages)


def test_the_number_of_the_centre_asked_after_the_answer_on_reporting_is_the_csgs(built_index):
    """Eighth tuning conversations (h07), after the fortieth session's police number: "wat was het nummer van
    dat centrum ook alweer" a moment after the answer on reporting got the police's number."""
    earlier = [("mijn ex heeft me net verkracht en me bij mijn keel vastgepakt. ik zit op de wc bij hem thuis en hij "
                "zit in de kamer", "acuut_gevaar"),
               ("ik ben buiten, zit in een taxi naar huis. ik wil alleen maar douchen ik voel me zo vies. mag dat?",
                "vraag_kennis", "eerste-week-na-seksueel-geweld"),
               ("moet ik dan meteen aangifte doen? anders helpen ze me toch niet", "vraag_kennis", "aangifte-doen")]
    messages, _ = run(ActionKennis(), "wat was het nummer van dat centrum ook alweer", "vraag_definitie", earlier=earlier)
    text = all_text(messages)
    assert "0800-0188" in text and "0900-8844" not in text, text


def test_one_kicked_a_moment_after_112_who_asks_about_the_police_is_not_made_a_bystander(built_index):
    """The eleventh tuning conversations: "en als ik het niet doe, kan de politie dan nog steeds iets tegen hem doen?"
    from a pregnant woman kicked, after 112 and the answer on reporting, got the bystander's tips."""
    earlier = [("hij heeft me net tegen mn buik geschopt ik ben 28 weken zwanger en hij loopt nog door het huis", "acuut_gevaar"),
               ("ik voel de baby nu niet zo goed bewegen, moet ik naar het ziekenhuis of stel ik me aan", "vraag_kennis"),
               ("ben op de verloskunde afdeling. ze vragen of ik aangifte wil doen maar wat gebeurt er dan allemaal",
                "vraag_kennis", "aangifte-huiselijk-geweld-wat-gebeurt-er")]
    messages, _ = run(ActionRouteOmstander(), "en als ik het niet doe, kan de politie dan nog steeds iets tegen hem doen?",
                      "zorgen_omstander", earlier=earlier)
    assert messages[0]["text"] != route_messages("omstander")[0]["text"], all_text(messages)
    assert "Wat je zelf kunt doen" not in all_text(messages)



def test_news_that_he_was_taken_away_with_whether_to_keep_a_record_gets_the_log(built_index):
    """The eleventh tuning conversations: "ze hebben hem meegenomen. dit is al de 4e keer deze maand, moet ik dat ergens
    bijhouden ofzo" a moment after 112 for an ex breaking a ban got only that the danger passed."""
    earlier = [("mn ex staat beneden tegen de voordeur te bonken terwijl hij een contactverbod heeft. hij schreeuwt dat hij "
                "de kinderen komt halen", "acuut_gevaar"),
               ("ik heb niet open gedaan, de kids slapen boven. moet ik echt de politie bellen of is dat overdreven", "vraag_kennis")]
    messages, _ = run(ActionKennis(), "ze hebben hem meegenomen. dit is al de 4e keer deze maand, moet ik dat ergens "
                      "bijhouden ofzo", "vraag_definitie", earlier=earlier)
    assert messages[0]["text"] == route_messages("gevaar_voorbij")[0]["text"], all_text(messages)
    assert answered("stalking-logboek-en-bewijs", messages), all_text(messages)


def test_jealousy_and_control_told_with_whether_it_counts_gets_that_form(built_index):
    """The eleventh tuning conversations: "hij slaat me niet hoor. hij is gewoon heel jaloers en bepaalt met wie ik
    afspreek. telt dat uberhaupt" got the bystander's route, then the victim's again."""
    earlier = [("mijn vriend weet dingen die ik alleen via whatsapp aan mijn moeder heb gestuurd. hij zegt dat ik paranoide ben",
                "slachtoffer"),
               ("kan hij iets op mn telefoon gezet hebben zonder dat ik het zie?", "vraag_kennis", "stalkerware")]
    messages, _ = run(ActionRouteSlachtoffer(), "hij slaat me niet hoor. hij is gewoon heel jaloers en bepaalt met wie ik "
                      "afspreek. telt dat uberhaupt", "slachtoffer", earlier=earlier)
    assert answered("jaloezie-en-controle-door-je-partner", messages), all_text(messages)


def test_a_girl_of_17_asking_whether_she_may_be_married_off_gets_her_rights(built_index):
    """The eleventh tuning conversations: "mogen ze me gewoon uithuwelijken als ik nog geen 18 ben?" got the help
    for forced marriage again: her rights ("zelf je partner kiezen") were taken for an answer written to a partner."""
    earlier = [("ik ben 17 en we gaan deze zomer naar het land van mn ouders. mn tante zei per ongeluk iets over een "
                "bruiloft daar en ik denk dat het mijn bruiloft is", "kind_jongere")]
    messages, _ = run(ActionKennis(), "mogen ze me gewoon uithuwelijken als ik nog geen 18 ben?", "vraag_definitie",
                      earlier=earlier)
    assert answered("rechten-bij-huwelijksdwang", messages), all_text(messages)


SON_WHO_PUSHED = [("ik ben 19 en als mijn moeder begint te zeuren ontplof ik. gisteren heb ik haar een duw gegeven en ze viel. "
                   "ik wil dit niet", "pleger")]


def test_anonymity_asked_on_the_plegers_route_is_calling_as_one_who_hits(built_index):
    """The eleventh tuning conversations: "kan ik anoniem bellen of moet ik mijn naam zeggen" from a son of 19 who
    pushed his mother got the anonymity of advice on someone else's situation."""
    messages, _ = run(ActionKennis(), "kan ik anoniem bellen of moet ik mijn naam zeggen", "vraag_definitie",
                      earlier=SON_WHO_PUSHED)
    assert answered("veilig-thuis-bellen-als-pleger", messages)
    # A bystander keeps the answer on asking advice without a name.
    neighbour, _ = run(ActionKennis(), "kan ik anoniem bellen of moet ik mijn naam zeggen", "vraag_definitie", earlier=BYSTANDER)
    assert answered("anoniem-advies", neighbour)


def test_what_to_do_when_it_builds_up_again_is_help_for_the_one_who_hits(built_index):
    """The eleventh tuning conversations: "wat moet ik doen als ik voel dat het weer opbouwt" from a son who pushed
    his mother got the help for parents hurt by their child."""
    messages, _ = run(ActionFallback(), "wat moet ik doen als ik voel dat het weer opbouwt", "nlu_fallback",
                      earlier=SON_WHO_PUSHED)
    assert not answered("hulp-voor-ouders-bij-geweld-van-je-kind", messages)
    assert "0800-2000" in all_text(messages) and "zelf geweld" in all_text(messages)


def test_a_carer_asking_what_her_own_harshness_is_called_gets_its_name_not_the_victims_route(built_index):
    """The eleventh tuning conversations: "heeft dit een naam, wat ik doe? ik ben toch geen mishandelaar" from a
    carer who pulled her husband's arm got the victim's route ("Het is niet jouw schuld")."""
    carer = [("ik zorg al 4 jaar voor mijn man met alzheimer. gisteren heb ik hem hard aan zijn arm getrokken en "
              "uitgescholden. ik ben op", "ouderen", "ontspoorde-mantelzorg")]
    messages, _ = run(ActionRouteSlachtoffer(), "heeft dit een naam, wat ik doe? ik ben toch geen mishandelaar", "slachtoffer",
                      earlier=carer)
    assert answered("ontspoorde-mantelzorg", messages)
    assert "niet jouw schuld" not in all_text(messages)


def test_how_long_a_ban_lasts_asked_by_the_one_who_has_it(built_index):
    """The eleventh tuning conversations: "hoe lang duurt zo'n verbod eigenlijk" after what he may do during his own
    ban got the 24 hours to say where he stays."""
    earlier = [("ik heb gisteren een huisverbod gekregen omdat ik mijn vrouw heb geslagen. ik wil echt veranderen", "pleger",
                "tijdens-je-eigen-huisverbod"),
               ("mijn medicijnen liggen nog thuis, mag ik die even ophalen?", "vraag_definitie", "tijdens-je-eigen-huisverbod")]
    messages, _ = run(ActionRouteBuitenScope(), "hoe lang duurt zo'n verbod eigenlijk", "buiten_scope", earlier=earlier)
    assert answered("tijdelijk-huisverbod", messages) or answered("na-de-tien-dagen-huisverbod", messages)


def test_not_resisting_told_after_rape_is_answered_that_it_is_still_rape(built_index):
    """The twelfth tuning conversations: "ik heb niet eens nee geroepen of hem weggeduwd, ik bevroor gewoon" after
    rape told got the CSG's line and "ik begrijp niet helemaal"."""
    party = [("gisteravond op een feestje heeft een jongen die ik ken me mee naar boven genomen en... ik wilde het niet. "
              "ik weet niet wat ik nu moet", "buiten_scope")]
    messages, _ = run(ActionRouteBuitenScope(), "ik heb niet eens nee geroepen of hem weggeduwd, ik bevroor gewoon",
                      "buiten_scope", earlier=party)
    assert answered("verkrachting-zonder-verzet", messages)


def test_one_who_is_deaf_and_cannot_call_after_112_gets_112_for_deaf_people(built_index):
    """The twelfth tuning conversations: "bellen lukt niet bij mij, hoe krijg ik de politie hier" a moment after
    "ik ben doof. mijn ex staat aan de achterdeur te rammen" got only "zeg heel kort 'politie'"."""
    deaf = [("ik ben doof. mijn ex staat aan de achterdeur te rammen en schreeuwt dat hij me gaat pakken", "acuut_gevaar")]
    messages, _ = run(ActionFallback(), "bellen lukt niet bij mij, hoe krijg ik de politie hier", "nlu_fallback", earlier=deaf)
    assert "112" in messages[0]["text"]
    assert answered("alarmnummer-voor-doven-slechthorenden-en-spraakbeperking", messages)


def test_a_doctor_asked_about_after_strangling_gets_what_strangling_means(built_index):
    """The twelfth tuning conversations: "ze zijn geweest en hebben hem mee genomen. mn nek is alleen een beetje rood
    ... dus dokter hoeft niet toch" a moment after being grabbed by the throat got 112's lines again."""
    strangled = [("hij heeft me net bij mn keel gepakt en tegen de muur gedrukt. ik zit nu op de badkamer", "acuut_gevaar")]
    text = "ze zijn geweest en hebben hem mee genomen. mn nek is alleen een beetje rood, je ziet verder niks dus dokter hoeft niet toch"
    messages, _ = run(ActionFallback(), text, "nlu_fallback", earlier=strangled)
    assert "vandaag nog nakijken" in all_text(messages) and answered("gewurgd-wat-nu", messages)
    assert "Zeg als het kan heel kort" not in all_text(messages)


FRIEND_OF_15 = [("mn beste vriendin (14) zei vandaag in de pauze dat haar vader haar met een riem slaat. ik ben 15. wat moet ik doen",
                 "kind_jongere", "je-vriend-of-vriendin-heeft-het-thuis-niet-veilig")]


def test_a_friends_secret_sworn_gets_that_a_child_may_tell_a_grown_up(built_index):
    """The twelfth tuning conversations: "ze heeft me laten zweren dat ik het aan niemand vertel" got the
    Kindertelefoon's line alone."""
    messages, _ = run(ActionRouteKind(), "ze heeft me laten zweren dat ik het aan niemand vertel", "kind_jongere",
                      earlier=FRIEND_OF_15)
    assert "geheim houdt, mag je het aan een volwassene vertellen" in all_text(messages)


def test_whether_a_friends_father_goes_to_prison_is_not_a_childs_fear_of_telling(built_index):
    """The twelfth tuning conversations: "wat gebeurt er met haar vader als het uitkomt, moet hij de cel in?" got what
    telling brings a child at home."""
    messages, _ = run(ActionKennis(), "wat gebeurt er met haar vader als het uitkomt, moet hij de cel in?", "vraag_definitie",
                      earlier=FRIEND_OF_15)
    assert answered("gaat-hij-naar-de-gevangenis", messages)
    # A child asking about their own father keeps the answer written for that fear.
    own, _ = run(ActionKennis(), "moet papa dan de cel in?", "vraag_definitie", earlier=CHILD)
    assert not answered("gaat-hij-naar-de-gevangenis", own)


def test_a_parent_who_shook_the_baby_gets_help_for_a_crying_baby_when_the_ambulance_is_there(built_index):
    """The twelfth tuning conversations: "de ambulance is er. ik deed het niet expres, ik was gewoon helemaal op" got
    "komt hij of zij terug?"; then "pakken ze hem nu van me af?" a bystander's route."""
    shaken = [("ik heb mn baby door elkaar geschud, hij huilde al uren en nu is hij helemaal slap en kijkt raar", "acuut_gevaar")]
    messages, _ = run(ActionFallback(), "de ambulance is er. ik deed het niet expres, ik was gewoon helemaal op", "nlu_fallback",
                      earlier=shaken)
    assert answered("huilende-baby-en-schudden", messages) and "Komt hij of zij terug" not in all_text(messages)
    earlier = shaken + [("de ambulance is er. ik deed het niet expres, ik was gewoon helemaal op", "nlu_fallback",
                         "huilende-baby-en-schudden")]
    taken, _ = run(ActionRouteAcuut(), "in het ziekenhuis zeggen ze dat ze veilig thuis erbij halen. pakken ze hem nu van me af?",
                   "acuut_gevaar", earlier=earlier)
    assert answered("haalt-veilig-thuis-kinderen-uit-huis", taken)


def test_after_112_a_wedding_abroad_overheard_and_a_place_to_hide_from_family_are_answered(built_index):
    """The twelfth tuning conversations: a girl locked in by her family got 112's lines alone for both."""
    locked = [("ze hebben me in mn kamer opgesloten en mn broer zegt dat hij me vermoordt als ik nog 1x met die jongen praat",
               "acuut_gevaar")]
    hide, _ = run(ActionRouteSlachtoffer(), "als ik hier weg kom, waar kan ik dan heen zonder dat mn familie me vindt",
                  "slachtoffer", earlier=locked)
    # (its opening "In gevaar? Bel 112." is left out after 112's lines)
    assert "112" in hide[0]["text"] and any(m.get(ANSWERED_ENTRY) == "vannacht-een-veilige-plek" for m in hide)
    wedding, _ = run(ActionRoutePleger(), "ik hoorde mn moeder net tegen mn tante zeggen dat ik deze zomer in marokko blijf om te "
                     "trouwen", "pleger", earlier=locked)
    assert "112" in wedding[0]["text"] and answered("hulp-bij-huwelijksdwang", wedding)


def test_a_question_whose_subject_follows_a_comma_is_not_about_the_answer_before(built_index):
    """The twelfth tuning conversations: "komt dat eigenlijk vaker voor, dat vrouwen hun man slaan?" from a man hit
    by his wife got the shelter for men again."""
    man = [("raar om te typen maar mijn vrouw slaat mij. vorige week met een koekenpan tegen mn hoofd", "slachtoffer",
            "opvang-voor-mannen")]
    messages, _ = run(ActionKennis(), "komt dat eigenlijk vaker voor, dat vrouwen hun man slaan?", "vraag_definitie", earlier=man)
    assert answered("kunnen-vrouwen-ook-pleger-zijn", messages)


def test_what_one_with_a_ban_may_do_is_the_bans_rules_not_a_bed_for_the_night(built_index):
    """The twelfth tuning conversations: "ik heb een huisverbod gekregen. ik slaap nu bij mn broer. wat mag ik wel en
    niet" came closest to a bed for the night, and got the help for plegers."""
    messages, _ = run(ActionKennis(), "ik heb een huisverbod gekregen. ik slaap nu bij mn broer. wat mag ik wel en niet",
                      "vraag_definitie")
    assert answered("tijdens-je-eigen-huisverbod", messages)
