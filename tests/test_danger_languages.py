"""The danger check for English, Polish, Romanian, Bulgarian, Turkish and Arabic.

tests/data/danger_phrases_languages.yml was written before the patterns in
veilig/danger_languages.py, by the same rules as the Dutch set: every 'now' phrasing triggers
(in its own language and when the language is unknown), past talk, general questions, idioms and
everyday messages do not, and the Dutch safe phrases do not trigger any of the six languages."""
import pytest
import yaml

from tests.conftest import DATA
from veilig.danger_languages import LANGUAGES, PATTERNS, detect_danger_any, detect_danger_in

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
