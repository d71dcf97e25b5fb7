"""The danger check for English, Polish, Romanian, Bulgarian, Turkish and Arabic.

tests/data/danger_phrases_languages.yml was written before the patterns in
veilig/danger_languages.py, by the same rules as the Dutch set: every 'now' phrasing triggers
(in its own language and when the language is unknown), past talk, general questions, idioms and
everyday messages do not, and the Dutch safe phrases do not trigger any of the six languages."""
import pytest
import yaml

from tests.conftest import DATA
from veilig.danger_languages import (LANGUAGES, PATTERNS, danger_kinds, detect_danger_any, detect_danger_in,
                                      locks_in_the_writer, says_now)

PHRASES = yaml.safe_load((DATA / "danger_phrases_languages.yml").read_text(encoding="utf-8"))
DUTCH = yaml.safe_load((DATA / "danger_phrases.yml").read_text(encoding="utf-8"))

DANGER = [(lang, text) for lang in LANGUAGES for text in PHRASES[lang]["gevaar"]]
SAFE = [(lang, text) for lang in LANGUAGES for text in PHRASES[lang]["geen_gevaar"]]


def test_every_language_has_enough_phrases():
    assert set(PHRASES) == set(LANGUAGES) == set(PATTERNS)
    for lang in LANGUAGES:
        assert len(PHRASES[lang]["gevaar"]) >= 30, lang
        assert len(PHRASES[lang]["geen_gevaar"]) >= 15, lang


@pytest.mark.parametrize("lang,text", DANGER)
def test_danger_is_detected(lang, text):
    assert detect_danger_in(text, lang) is not None, (lang, text)


@pytest.mark.parametrize("lang,text", DANGER)
def test_danger_is_detected_without_knowing_the_language(lang, text):
    assert detect_danger_any(text) is not None, (lang, text)


@pytest.mark.parametrize("lang,text", SAFE)
def test_no_false_alarm(lang, text):
    assert detect_danger_in(text, lang) is None, (lang, text, detect_danger_in(text, lang))


@pytest.mark.parametrize("text", DUTCH["geen_gevaar"])
def test_dutch_safe_phrases_trigger_no_other_language(text):
    assert detect_danger_any(text) is None, (text, detect_danger_any(text))


@pytest.mark.parametrize("text", ["", "   ", "!!!", "1234", "؟؟", "ok"])
def test_empty_and_trivial_messages(text):
    assert detect_danger_any(text) is None
    for lang in LANGUAGES:
        assert detect_danger_in(text, lang) is None


def test_case_diacritics_and_language_codes():
    assert detect_danger_in("HE IS HITTING ME", "en-GB")
    assert detect_danger_in("MĂ BATE ACUM", "ro") and detect_danger_in("ma bate acum", "ro")
    assert detect_danger_in("ZAMKNĄŁ MNIE W ŁAZIENCE", "pl_PL") and detect_danger_in("zamknal mnie w lazience", "pl")
    assert detect_danger_in("BENİ DÖVÜYOR", "tr") and detect_danger_in("kızımı dövüyor", "tr")
    assert detect_danger_in("سيقتلني", "ar") and detect_danger_in("سَيَقْتُلُنِي", "ar")
    assert detect_danger_in("he is hitting me", "xx")  # unknown language: every language is tried


@pytest.mark.parametrize("lang,text", [
    ("en", "my sister's husband beats her, how can I help her?"), ("en", "he hits me, where can I get help?"),
    ("en", "I need to get help for my anger, I hit my wife"), ("pl", "mąż mnie bije, gdzie szukać pomocy?"),
    ("ro", "l-am lovit pe băiatul meu, unde pot găsi ajutor?"), ("bg", "мъжът ми ме бие, къде мога да намеря помощ?"),
    ("tr", "karıma vurdum, nereden yardım alabilirim"),
])
def test_asking_where_to_find_help_is_no_cry_for_help(lang, text):
    assert detect_danger_in(text, lang) is None
    assert not says_now(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "he is hitting me right now, where can I get help"), ("en", "help me he is hitting me"),
    ("ro", "mă bate acum, unde găsesc ajutor"), ("ro", "ajutor! mă bate"), ("pl", "pomocy, bije mnie"),
    ("tr", "imdat kocam beni dövüyor"),
])
def test_a_cry_for_help_still_counts(lang, text):
    assert detect_danger_in(text, lang) is not None


@pytest.mark.parametrize("text", ["I think he's hurting her", "I suspect my neighbour is beating his wife",
                                  "maybe her husband is hitting her, she has bruises"])
def test_a_bystanders_suspicion_is_not_seen_now(text):
    assert detect_danger_in(text, "en") is None


@pytest.mark.parametrize("text", ["he's hitting her!!", "my brother in law is beating my sister right now",
                                  "I think he's hitting her right now", "I think he is strangling her"])
def test_what_is_seen_now_stays_danger(text):
    assert detect_danger_in(text, "en") is not None


@pytest.mark.parametrize("lang,text,kind", [
    ("bg", "мъжът ми ме заключи в банята", "opgesloten"), ("bg", "шефът ни заключи в склада", "opgesloten"),
    ("pl", "kolega krwawi", "letsel_nu"), ("ro", "colegul meu sângerează", "letsel_nu"),
    ("bg", "един колега кърви", "letsel_nu"), ("en", "locked in the bedroom by my husband since this morning", "opgesloten"),
])
def test_lock_ins_and_bleeding_in_common_word_orders(lang, text, kind):
    assert detect_danger_in(text, lang) == kind


def test_every_danger_kind_and_a_lock_in_of_the_writer():
    assert danger_kinds("he locked me in and says he will kill me", "en") == ["opgesloten", "doodsbedreiging"]
    assert locks_in_the_writer("zamknął nas w kontenerze", "pl") and locks_in_the_writer("ne-a încuiat în casă", "ro")
    assert locks_in_the_writer("bizi odaya kilitledi", "tr") and locks_in_the_writer("حبسنا في الغرفة", "ar")
    assert not locks_in_the_writer("my neighbour locks her son in the shed", "en")
    assert not locks_in_the_writer("nu mă lasă să ies din casă", "ro")
