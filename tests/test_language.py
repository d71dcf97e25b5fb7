"""Language per message (veilig/language.py): clear messages switch, short ones keep the
conversation's language, Dutch (also without accents) stays Dutch."""
import glob

import pytest
import yaml

from tests.conftest import DATA, ROOT
from veilig.language import detect_language


@pytest.mark.parametrize("text,language", [
    ("he's hitting me right now", "en"), ("my husband hits me, what can I do?", "en"),
    ("On mnie bije teraz, pomocy", "pl"), ("mama bije tatę", "pl"), ("Mă bate acum, ajutor", "ro"),
    ("tata mă lovește", "ro"), ("Той ме бие сега", "bg"), ("Beni şimdi dövüyor, yardım edin", "tr"),
    ("beni simdi dovuyor yardim edin", "tr"), ("إنه يضربني الآن", "ar"),
    ("mijn man slaat me", "nl"), ("wat is huiselijk geweld", "nl"), ("mn vriend checkt mn telefoon", "nl"),
])
def test_clear_messages(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["Venlo", "ok", "112", "ja", "Horst aan de Maas", "/hulp_menu"])
def test_short_messages_keep_the_conversations_language(text):
    assert detect_language(text, "pl") == "pl" and detect_language(text) == "nl"


def test_a_clear_switch_back_to_dutch():
    assert detect_language("mijn man slaat me, wat moet ik doen", "en") == "nl"


def test_dutch_training_and_held_out_messages_stay_dutch():
    texts = []
    for path in sorted(glob.glob(str(ROOT / "data" / "nlu" / "*.yml"))) + [str(DATA / "nlu_testset.yml")]:
        for block in yaml.safe_load(open(path, encoding="utf-8")).get("nlu", []):
            if block.get("intent") == "andere_taal":
                continue
            texts += [line.strip()[2:] for line in block.get("examples", "").splitlines() if line.strip().startswith("- ")]
    wrong = [t for t in texts if detect_language(t) != "nl"]
    assert len(texts) > 1500 and len(wrong) / len(texts) <= 0.005, wrong
