"""First help in other languages (veilig/foreign.py, knowledge/talen/): each language routes a
victim, a child, a pleger, a bystander and a place name, and always gives the numbers."""
import pytest

from veilig.foreign import choose_route, foreign_messages
from veilig.languages import FIRST_HELP_ROUTES, FOREIGN, language_messages

CASES = {
    "en": {"slachtoffer": "my husband hits me, what can I do", "kind": "I'm 12 and my dad hits me",
           "pleger": "I hit my wife and I want to stop", "omstander": "I'm worried about my neighbour's kids"},
    "pl": {"slachtoffer": "Mąż mnie bije, co mam robić"},
    "ro": {"slachtoffer": "soțul meu mă bate"},
    "bg": {"slachtoffer": "мъжът ми ме бие"},
    "tr": {"slachtoffer": "kocam yıllardır beni dövüyor"},
    "ar": {"slachtoffer": "زوجي يضربني"},
}


@pytest.mark.parametrize("language,route,text", [(lang, route, text) for lang, cases in CASES.items()
                                                  for route, text in cases.items()])
def test_route_per_language(built_index, language, route, text):
    assert choose_route(text, language) == route
    messages = foreign_messages(text, language)
    assert "0800-2000" in "\n".join(m["text"] for m in messages)


@pytest.mark.parametrize("language", FOREIGN)
def test_a_place_gets_the_local_route_in_that_language(built_index, language):
    messages = foreign_messages("Venray", language)
    assert "Venray" in messages[0]["text"] and "0800-2000" in "\n".join(m["text"] for m in messages)


@pytest.mark.parametrize("language", FOREIGN)
def test_every_first_help_route_exists_with_112_where_danger_may_be(built_index, language):
    for route in FIRST_HELP_ROUTES:
        assert language_messages(language, route), (language, route)
    for route in ("acuut", "slachtoffer", "kind", "storing"):
        assert "112" in language_messages(language, route)[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language", FOREIGN)
def test_any_other_question_gets_both_numbers(built_index, language):
    text = "\n".join(m["text"] for m in foreign_messages("???", language))
    assert "112" in text and "0800-2000" in text


@pytest.mark.parametrize("language,text", [("en", "he is hitting me right now"), ("pl", "on mnie teraz bije, pomocy"),
                                           ("tr", "kocam şu anda beni dövüyor"), ("ar", "إنه يضربني الآن")])
def test_danger_gets_112_first_in_that_language(built_index, language, text):
    messages = foreign_messages(text, language)
    assert choose_route(text, language) == "acuut" and "112" in messages[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language,text,route", [
    ("tr", "kocam beni dövüyor", "slachtoffer"), ("bg", "на 12 съм и баща ми ме бие с колан", "kind"),
    ("tr", "Öfkemi kontrol edemiyorum ve karıma vuruyorum. Durmak istiyorum", "pleger"),
    ("ro", "îmi ia toți banii și nu mă lasă să ies din casă fără el", "slachtoffer"),
])
def test_violence_without_now_gets_the_own_route_with_112_first(built_index, language, text, route):
    """Habitual violence or control: the person's own route, and still 112 in the very first line."""
    messages = foreign_messages(text, language)
    assert choose_route(text, language) == route
    assert "112" in messages[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language,text", [("en", "my husband has a knife"), ("en", "she is strangling him"),
                                           ("pl", "on mnie dusi"), ("tr", "babam bizi öldüreceğini söylüyor bu gece")])
def test_weapons_strangling_and_threats_stay_acute_without_now(built_index, language, text):
    assert choose_route(text, language) == "acuut"


@pytest.mark.parametrize("question,entry", [("what happens if I call veilig thuis", "wat-gebeurt-er-als-je-veilig-thuis-belt"),
                                            ("what is a house ban", "tijdelijk-huisverbod"),
                                            ("can I chat with veilig thuis, he hears everything", "chatten-met-veilig-thuis")])
def test_english_questions_get_the_english_answer(built_index, question, entry):
    from veilig.knowledge.english import find_english

    assert find_english(question).id == entry
    text = "\n".join(m["text"] for m in foreign_messages(question, "en"))
    assert "Dutch" in text or "0800-2000" in text
    assert find_english("what is the capital of france") is None


@pytest.mark.parametrize("language,text,route", [
    ("en", "my parents hit me with a belt when my grades are bad", "kind"),
    ("pl", "Jestem babcią, wnuczka powiedziała mi, że tata zamyka ją w piwnicy za karę.", "omstander"),
    ("en", "my husband hits me with a stick and has a knife", "acuut"),
])
def test_a_belt_or_a_locked_room_told_as_habit_is_the_own_route(built_index, language, text, route):
    from veilig.danger import detect_danger

    assert detect_danger(text) and choose_route(text, language) == route
    assert "112" in foreign_messages(text, language)[0]["text"].split("\n")[0]


def test_a_place_in_cyrillic_letters(built_index):
    messages = foreign_messages("Живея в Тилбург. Има ли някой наблизо?", "bg")
    assert "Tilburg" in messages[0]["text"]


def test_an_english_answer_keeps_112(built_index):
    text = "\n".join(m["text"] for m in foreign_messages("Is this anonymous? I don't want to give my name", "en"))
    assert "112" in text and "0800-2000" in text


def test_a_baseball_bat_is_a_weapon_not_a_belt(built_index):
    assert choose_route("my husband hits me with a baseball bat", "en") == "acuut"
