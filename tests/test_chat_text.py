"""Chat messages as people type them: greetings, thanks, shorthand and typing errors
(veilig.knowledge.chat_text, veilig.knowledge.spelling) before the knowledge search reads them."""
import pytest

from veilig.knowledge.chat_text import plain_question
from veilig.knowledge.search import KnowledgeSearch
from veilig.knowledge.spelling import Speller, distance


@pytest.mark.parametrize("message,question", [
    ("hoi, vraagje: wat is een huisverbod eig?? alvast bedankt!", "wat is een huisverbod?"),
    # 'maar' before a question word, and 'eigenlijk', name no subject (the thirteenth set)
    ("Maar hoe werkt Veilig Thuis eigenlijk?", "hoe werkt Veilig Thuis?"),
    ("goedemiddag, Wat is mishandeling???", "Wat is mishandeling?"),
    ("hey, ik heb een vraag: hoe herken ik achterlating weet iemand dat", "hoe herken ik achterlating"),
    ("Beste, ik heb een vraag. Wat is de meldcode?", "Wat is de meldcode?"),
    ("wat is een loverboy thx", "wat is een loverboy"),
    ("m'n man slaat me, wat kan ik doen pls", "mijn man slaat me, wat kan ik doen"),
    ("ff vraagje, als ik vt bel moet ik dan mn naam zeggen", "even vraagje, als ik Veilig Thuis bel moet ik dan mijn naam zeggen"),
    ("wat is 't verschil tussen 'n melding en advies", "wat is het verschil tussen een melding en advies"),
    ("k weet nie wat ik moet doen", "ik weet niet wat ik moet doen"),
    ("hoe vaak komt femicide vr?", "hoe vaak komt femicide voor?"),
    # a part in brackets inside a word: the whole word (the eleventh set of real questions)
    ("WAT IS PSYCHISCHE OUDERENMIS(BE)HANDELING?", "WAT IS PSYCHISCHE OUDERENMISHANDELING?"),
    ("Gedraagt je vriend(in) zich anders?", "Gedraagt je vriend zich anders?"),
    ("Wat is de link tussen geboortezorg en (kinder)mishandeling?", "Wat is de link tussen geboortezorg en kindermishandeling?"),
    # 'erachter komen' split, as people write it (the tenth tuning conversations)
    ("komen ze er dan achter dat ik het was?", "komen ze dan erachter dat ik het was?"),
    ("komt hij er achter als ik bel?", "komt hij erachter als ik bel?"),
    # thirtieth session's probe: "16de" met no age in the entry on sex under 16
    ("Klopt het dat seks met haar verboden is tot haar 16de?", "Klopt het dat seks met haar verboden is tot haar 16?"),
    ("vanaf je 12e mag je zelf beslissen", "vanaf je 12 mag je zelf beslissen"),
])
def test_greetings_thanks_and_shorthand_are_no_part_of_the_question(message, question):
    assert plain_question(message) == question


@pytest.mark.parametrize("message", [
    "Dag en nacht bereikbaar?",        # 'dag' without a comma is no greeting
    "en toen sloeg hij me",
    "En wat doet Veilig Thuis daar dan mee?",  # a follow-up keeps its 'en' (the search weighed it so)
    "Maar",
    "Beste manier om te melden?",
    "Is een T-shirt van mijn man bewijs?",
    "Ik heb het met de AF besproken",
    "hoi",                              # nothing left: the message itself
    "",
])
def test_what_is_not_chat_stays(message):
    assert plain_question(message) == message


def test_non_text_does_not_raise():
    assert plain_question(None) == ""


@pytest.mark.parametrize("a,b,edits", [
    ("vielig", "veilig", 1),        # two neighbours swapped
    ("veilg", "veilig", 1),         # a letter dropped
    ("veiilig", "veilig", 1),       # a letter doubled
    ("kindermishandleing", "kindermishandeling", 1),
    ("meldcoode", "meldcode", 1),
    ("gegevns", "gegevens", 1),
    ("huis", "muis", 1),
    ("abcdef", "uvwxyz", 2),        # beyond the limit: limit + 1
])
def test_distance(a, b, edits):
    assert distance(a, b, 1) == edits


def test_distance_within_two_edits():
    assert distance("verijsindex", "verwijsindex", 2) == 1
    assert distance("beschemrngstafel", "beschermingstafel", 2) == 2
    assert distance("bschemrngstafel", "beschermingstafel", 2) == 3


def _speller():
    texts = ["Veilig Thuis geeft advies", "Kindermishandeling herkennen", "De meldcode in vijf stappen",
             "Het Centrum Seksueel Geweld", "veilig veilig veilig", "Veilige plek"]
    return Speller(texts, lambda: {"vijf", "huis", "muis", "stappen", "dag", "zon", "jorinde"})


def test_mistyped_words_become_the_entry_words():
    speller = _speller()
    assert speller.correct("Wat is Vielig Thius?") == "Wat is veilig thuis?"
    assert speller.correct("hoe herken ik kindermishandleing") == "hoe herken ik kindermishandeling"
    assert speller.correct("de meldcoode") == "de meldcode"


def test_valid_words_names_and_abbreviations_stay():
    speller = _speller()
    assert speller.correct("ik woon in een huis met een muis") == "ik woon in een huis met een muis"
    assert speller.correct("Jorinde zegt het") == "Jorinde zegt het"       # a known word
    assert speller.correct("Is CSGG hetzelfde?") == "Is CSGG hetzelfde?"    # capitals: an abbreviation
    assert speller.correct("zo'n vielig gevoel") == "zo'n veilig gevoel"     # halves of a word stay


def test_of_equally_close_words_the_most_used_wins():
    # 'veiligs' is one edit from 'veilig' (used 4 times) and from 'veilige' (once).
    assert _speller().word("veiligs") == "veilig"


def test_a_word_far_from_every_entry_word_stays():
    assert _speller().word("zwembadkaart") is None


@pytest.fixture(scope="module")
def search(built_index):
    return KnowledgeSearch(built_index)


@pytest.mark.parametrize("clean,typed", [
    ("Wat is Veilig Thuis?", "hoi, wat is vielig thuis eig?? alvast bedankt"),
    ("Wat is de meldcode?", "vraagje: wat is die meldcoode nou"),
    ("Wat is een tijdelijk huisverbod?", "wat is n tijdelik huisverbot"),
    ("Hoe herken je kindermishandeling?", "hoe herekn je kindermishandleing?? pls"),
    ("Wat is cyberstalking?", "goedemiddag, wat is cyberstalkng"),
    ("Wat doet een aandachtsfunctionaris?", "wat doet n aandachtsfunctonaris eig"),
])
def test_a_question_typed_in_a_hurry_gets_the_same_answer(search, clean, typed):
    first = search.search(clean, limit=1)[0]
    again = search.search(typed, limit=1)[0]
    assert first.confident and again.confident and again.id == first.id


def test_the_search_reads_the_corrected_question(search):
    assert search._current().question("hallo, hoe werkt Vielig Thuis eig? thx") == "hoe werkt veilig Thuis?"


@pytest.mark.parametrize("message, question", [
    ("Wat verstaan we onder triage?", "Wat is triage?"),
    ("Wat verstaan we precies onder stalking?", "Wat is stalking?"),
    ("wat wordt er verstaan onder huiselijk geweld", "Wat is huiselijk geweld"),
    ("Wat verstaat men onder ouderenmishandeling?", "Wat is ouderenmishandeling?"),
    ("hoi, wat verstaan jullie onder een melding??", "Wat is een melding?"),
    ("Ik weet niet wat we verstaan onder een melding", "Ik weet niet wat we verstaan onder een melding"),
])
def test_the_formal_way_to_ask_what_a_word_means_is_read_as_wat_is(message, question):
    assert plain_question(message) == question


def test_thanks_in_one_word_is_no_typo():
    # "ok dankje" was corrected to "ok drankje" and got "ik begrijp niet" (fifteenth session's probe)
    from veilig.knowledge.chat_text import spelled_out
    assert spelled_out("ok dankje") == "ok dank je"
    assert spelled_out("dankuwel!") == "dank u wel!"
