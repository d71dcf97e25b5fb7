"""The meldcode afwegingskader, the summary, and recognising professionals.

The expected decisions come from a table written out by hand below (domain brief section 4),
not from veilig.meldcode, so a mistake in the code cannot hide in its own test.
"""
import itertools
import re

import pytest

from veilig.contacts import phone
from veilig.meldcode import (
    ALGEMEEN, QUESTION_SLOTS, SECTOR_LABELS, SECTOR_NOTES, decide, detect_profession, detect_resident,
    parse_sector, questions_to_ask, summary,
)
from veilig.formal import to_formal
from veilig.meldcode.profession import speaks_as_professional, works_with_the_meldcode

J, N, W = "ja", "nee", "weet_niet"
ANY = "*"

# Read top to bottom; the first row whose pattern matches gives the decision. '*' = any answer.
# 1 vermoeden? | 2 acuut/structureel onveilig? | 3 hulp mogelijk? | 4 aanvaard? | 5 op tijd veilig?
EXPECTED_TABLE = [
    ((N, ANY, ANY, ANY, ANY), "geen_vermoeden", 1),
    ((W, ANY, ANY, ANY, ANY), "advies_vragen", 1),
    ((J, J, ANY, ANY, ANY), "melden", 2),
    ((J, W, ANY, ANY, ANY), "advies_vragen", 2),
    ((J, N, N, ANY, ANY), "melden", 3),
    ((J, N, W, ANY, ANY), "advies_vragen", 3),
    ((J, N, J, N, ANY), "melden", 4),
    ((J, N, J, W, ANY), "advies_vragen", 4),
    ((J, N, J, J, N), "melden", 5),
    ((J, N, J, J, W), "advies_vragen", 5),
    ((J, N, J, J, J), "hulp_en_volgen", 5),
]


def expected(answers):
    for pattern, decision, asked in EXPECTED_TABLE:
        if all(p == ANY or p == a for p, a in zip(pattern, answers)):
            return decision, asked
    raise AssertionError(f"table has no row for {answers}")


ALL_COMBINATIONS = list(itertools.product((J, N, W), repeat=5))


def unreached_as_none(answers, asked):
    return tuple(a if i < asked else None for i, a in enumerate(answers))


def test_table_covers_every_combination_once():
    assert len(ALL_COMBINATIONS) == 3 ** 5
    counts = {}
    for answers in ALL_COMBINATIONS:
        rows = [row for row in EXPECTED_TABLE if all(p == ANY or p == a for p, a in zip(row[0], answers))]
        assert len(rows) == 1, answers
        counts[rows[0][1]] = counts.get(rows[0][1], 0) + 1
    # 81 start with 'nee'; 'weet niet' at q1..q5: 81+27+9+3+1; melden at q2..q5: 27+9+3+1
    assert counts == {"geen_vermoeden": 81, "advies_vragen": 121, "melden": 40, "hulp_en_volgen": 1}


@pytest.mark.parametrize("answers", ALL_COMBINATIONS, ids=lambda a: "-".join(a))
def test_decision_for_every_combination(answers):
    decision, asked = expected(answers)
    # with unreached questions as None, as the form leaves them
    pruned = unreached_as_none(answers, asked)
    assert decide(pruned) == decision
    # answers after a decisive one are ignored
    assert decide(answers) == decision
    # and they are not asked
    assert questions_to_ask(pruned) == list(QUESTION_SLOTS[:asked])


@pytest.mark.parametrize("answers", ALL_COMBINATIONS, ids=lambda a: "-".join(a))
def test_undecided_until_the_deciding_question_is_answered(answers):
    decision, asked = expected(answers)
    for known in range(asked):
        partial = tuple(a if i < known else None for i, a in enumerate(answers))
        assert decide(partial) is None
        assert questions_to_ask(partial) == list(QUESTION_SLOTS[:known + 1])


def test_all_none_asks_question_one():
    assert decide((None,) * 5) is None
    assert questions_to_ask((None,) * 5) == ["vraag1"]


def test_bad_input():
    with pytest.raises(ValueError):
        decide(("ja", "nee"))
    with pytest.raises(ValueError):
        decide(("misschien", None, None, None, None))


# --- summary --------------------------------------------------------------------------------

def test_summary_melden_via_question_two():
    text = summary((J, J, None, None, None), steps=(J, N, J), sector="onderwijs")
    assert "Sector: Onderwijs" in text
    assert "Stap 1" in text and "Stap 2 - overlegd met aandachtsfunctionaris of Veilig Thuis: nog niet gedaan" in text
    assert "2. Is er sprake van acute of structurele onveiligheid? ja" in text
    assert "3. " in text and "niet van toepassing" in text
    assert "Besluit: melden bij Veilig Thuis is noodzakelijk (acute of structurele onveiligheid)." in text
    assert "Volgende stap: Melden bij Veilig Thuis." in text
    assert f"Advies: Veilig Thuis {phone('veilig_thuis')}" in text
    assert "{tel:" not in text


@pytest.mark.parametrize("answers,decision_words", [
    ((N, None, None, None, None), "geen vermoeden"),
    ((J, N, J, J, J), "hulp bieden of organiseren en de effecten volgen"),
    ((J, N, W, None, None), "advies vragen bij Veilig Thuis"),
    ((J, N, J, N, None), "melden bij Veilig Thuis is noodzakelijk (betrokkenen aanvaarden"),
    ((J, N, J, J, N), "melden bij Veilig Thuis is noodzakelijk (de hulp leidt niet op tijd"),
    ((J, N, N, None, None), "melden bij Veilig Thuis is noodzakelijk (geen passende hulp"),
])
def test_summary_every_decision(answers, decision_words):
    text = summary(answers, steps=(J, J, J))
    assert decision_words in text
    lines = text.splitlines()
    assert sum(1 for line in lines if re.match(r"^[1-5]\. ", line)) == 5
    assert lines[-1] == f"Advies: Veilig Thuis {phone('veilig_thuis')} (gratis, dag en nacht)."


def test_summary_has_no_date_and_needs_a_decision():
    text = summary((J, N, J, J, J)).replace(phone("veilig_thuis"), "")
    assert not re.search(r"\d{1,2}[-/]\d{1,2}|\b20\d\d\b|maandag|januari", text)
    with pytest.raises(ValueError):
        summary((J, N, None, None, None))


def test_sector_notes():
    assert set(SECTOR_NOTES) == set(SECTOR_LABELS)
    assert "Handle with Care" in SECTOR_NOTES["onderwijs"] and "intern begeleider" in SECTOR_NOTES["onderwijs"]
    for sector in ("gezondheidszorg", "maatschappelijke_ondersteuning", "justitie"):
        assert "Kindcheck" in SECTOR_NOTES[sector]
    for note in SECTOR_NOTES.values():
        assert note.count(".") <= 1 and note.endswith((".", "?"))
        assert not re.search(r"\d{3,}", note)


@pytest.mark.parametrize("text,sector", [
    ("onderwijs", "onderwijs"), ("Kinderopvang", "kinderopvang"), ("justitie", "justitie"),
    ("ik werk op een basisschool", "onderwijs"), ("GGZ", "gezondheidszorg"), ("wijkteam", "maatschappelijke_ondersteuning"),
    ("anders", "overig"), ("sportclub", "overig"), ("Maatschappelijke ondersteuning", "maatschappelijke_ondersteuning"),
])
def test_parse_sector(text, sector):
    assert parse_sector(text) == sector


# --- recognising professionals ---------------------------------------------------------------

PROFESSIONALS = [
    # twenty-eighth session's probe: a child at the BSO who told the writer
    ("Een meisje van 9 op de BSO vertelde me vandaag dat haar vader haar slaat", "kinderopvang"),
    ("ik ben leerkracht in groep 6 en maak me zorgen om een jongen", "onderwijs"),
    ("als huisarts zie ik een moeder met blauwe plekken", "gezondheidszorg"),
    ("ik werk op de bso en een meisje wil niet naar huis", "kinderopvang"),
    ("onze cliënt vertelt dat haar man haar kleineert", ALGEMEEN),
    ("als IB'er wil ik weten wat de volgende stap is", "onderwijs"),
    ("wijkverpleegkundige: een oudere client lijkt verwaarloosd", "gezondheidszorg"),
    ("ik ben mentor van een meisje in 3 havo dat steeds afwezig is", "onderwijs"),
    ("zorgcoordinator hier, wat zijn de stappen", "onderwijs"),
    ("ik ben jeugdverpleegkundige en de baby groeit slecht", "gezondheidszorg"),
    ("op het consultatiebureau viel mij een moeder op die erg bang was", "gezondheidszorg"),
    ("ik ben pedagogisch medewerker op een kinderdagverblijf", "kinderopvang"),
    ("ik ben gastouder en een vader haalt zijn zoontje dronken op", "kinderopvang"),
    ("reclasseringswerker hier, mijn client heeft kinderen", "justitie"),
    ("als schuldhulpverlener kom ik bij een gezin waar de vrouw doodsbang is", "maatschappelijke_ondersteuning"),
    ("ik werk in de GGZ en mijn patiënt heeft twee kleine kinderen", "gezondheidszorg"),
    ("vanuit de verslavingszorg zie ik een vader die drinkt en voor zijn kinderen zorgt", "gezondheidszorg"),
    ("ik ben kinderarts en ik twijfel over een botbreuk", "gezondheidszorg"),
    ("ik werk op de SEH en een kind heeft vreemd letsel", "gezondheidszorg"),
    ("als tandarts zie ik vaak verwaarloosde gebitten", "gezondheidszorg"),
    ("fysio hier, een vrouw heeft blauwe plekken op haar armen", "gezondheidszorg"),
    ("ik ben apotheker, een vrouw haalt steeds pijnstillers en heeft blauwe plekken", "gezondheidszorg"),
    ("ik ben dierenarts en zie een mishandelde hond in een gezin met kinderen", "overig"),
    ("ik ben sportcoach en een jongen heeft striemen", "overig"),
    ("moet ik dit eerst met de AF bespreken?", ALGEMEEN),
    ("ik heb VT gebeld voor advies, wat nu", ALGEMEEN),
    ("wanneer doe je een zorgmelding", ALGEMEEN),
    ("welke signalen moet ik vastleggen", ALGEMEEN),
    ("hoe werkt het afwegingskader precies", ALGEMEEN),
    ("een leerling vertelt dat ze thuis geslagen wordt", "onderwijs"),
    ("de client wil niet dat ik iets doorgeef", ALGEMEEN),
    ("mijn pupil loopt steeds weg uit het pleeggezin", "jeugdhulp"),
    ("een patiënt vertelt over geweld door haar partner", "gezondheidszorg"),
    ("ik ben juf in groep 3", "onderwijs"),
    ("ik werk als docent op het mbo", "onderwijs"),
    ("als intern begeleider krijg ik veel vragen van leerkrachten", "onderwijs"),
    ("ik ben jeugdhulpverlener bij een gezin met drie kinderen", "jeugdhulp"),
    ("ik werk bij het wijkteam en een gezin escaleert steeds", "maatschappelijke_ondersteuning"),
    ("ik ben wijkagent en kom vaak bij hetzelfde adres", "justitie"),
    ("als verloskundige zie ik een zwangere met verwondingen", "gezondheidszorg"),
    ("ik ben kraamverzorgster en de vader is erg agressief", "gezondheidszorg"),
    ("ik ben jongerenwerker en een jongen slaapt op straat", "maatschappelijke_ondersteuning"),
    ("maatschappelijk werker hier met een vraag over de meldcode", "maatschappelijke_ondersteuning"),
    ("ik ben gezinsvoogd en de moeder houdt zich niet aan afspraken", "jeugdhulp"),
    ("als praktijkondersteuner ggz spreek ik een vrouw die bang is voor haar man", "gezondheidszorg"),
    ("ik werk in het ziekenhuis op de kinderafdeling", "gezondheidszorg"),
    ("ik ben psycholoog en mijn cliënt vertelt over huiselijk geweld", "gezondheidszorg"),
    ("ik werk bij de reclassering", "justitie"),
    ("onze leerlingen vertellen weinig over thuis", "onderwijs"),
    ("in onze caseload zitten veel gezinnen met schulden", ALGEMEEN),
    ("ik ben doktersassistente en een moeder belt steeds in paniek", "gezondheidszorg"),
    ("ik ben verpleegkundige op de kinderafdeling", "gezondheidszorg"),
    ("ik werk in de thuiszorg bij een oudere dame", "gezondheidszorg"),
    ("ik ben pm'er op de peutergroep", "kinderopvang"),
    ("een collega op het kinderdagverblijf is hardhandig tegen de kinderen", "kinderopvang"),
    ("als leerplichtambtenaar zie ik een meisje dat al weken thuis zit", "onderwijs"),
    ("ik ben orthopedagoog in een leefgroep", "jeugdhulp"),
    ("ik ben trainer bij een voetbalclub en een jongen vertelt over thuis", "overig"),
    ("ik ben schoolmaatschappelijk werker", "onderwijs"),
    ("ik werk in een verpleeghuis en een bewoner wordt door haar zoon onder druk gezet", "gezondheidszorg"),
    ("ik heb een casus over een gezin met een vader die dreigt", ALGEMEEN),
    ("moet ik de kindcheck doen bij deze client", ALGEMEEN),
    ("ik ben logopedist en een kind zegt rare dingen over thuis", "gezondheidszorg"),
    ("als wmo consulent zie ik een man die zijn vrouw niets laat beslissen", "maatschappelijke_ondersteuning"),
    ("ik werk bij een gemeente als budgetcoach", "maatschappelijke_ondersteuning"),
    ("ik ben politieagent en twijfel over een melding", "justitie"),
    ("moet ik dit in het dossier zetten", ALGEMEEN),
    ("ik ben buurtsportcoach en een meisje komt met verwondingen", "overig"),
    # a pupil who tells the writer (twenty-ninth session's probe: the Kindertelefoon for the teacher)
    ("Een leerling van 13 vertelde me dat haar stiefvader haar slaat maar ze liet me beloven het aan niemand te "
     "vertellen. Wat nu?", "onderwijs"),
    ("Onze schoolleider zegt dat ik me er niet mee moet bemoeien. Wat kan ik doen?", "onderwijs"),
    ("onze teamleider wil niet dat we melden", ALGEMEEN),
]

RESIDENTS = [
    "mijn kind wordt geslagen door zijn vader",
    "de buurvrouw schreeuwt elke avond tegen haar kinderen",
    "ik ben 12 en mijn moeder slaat me",
    "mijn leraar slaat mij",
    "mijn juf zegt dat ik moet bellen",
    "ik ben 15 en ik wil niet meer naar huis",
    "mijn man controleert mijn telefoon",
    "de buurman slaat zijn hond en zijn kinderen",
    "ik maak me zorgen om mijn zus",
    "mijn mentor vroeg of het thuis goed gaat",
    "ik zit in groep 7 en papa drinkt veel",
    "mijn vader is heel boos als hij drinkt",
    "mijn huisarts zei dat ik veilig thuis moest bellen",
    "ik ga morgen naar de tandarts met mijn blauwe oog",
    "mijn ouders maken steeds ruzie",
    "de juf zag mijn blauwe plekken",
    "mijn vriend duwt me soms",
    "ik ben een meisje van 14 en mijn stiefvader zit aan me",
    "mijn oma krijgt geen eten van mijn oom",
    "ik hoor de buren elke nacht schreeuwen",
    "ik wil stoppen met slaan",
    "mijn ex stalkt mij",
    "hallo",
    "ik ben bang voor mijn partner",
    "bij ons thuis wordt veel geschreeuwd",
    "mijn zoon is 16 en slaat mij",
    "de politie is bij ons geweest",
    "ik ben slachtoffer van huiselijk geweld",
    "mijn broertje wordt gepest op school",
    "mijn trainer raakt me aan en dat wil ik niet",
    "de agent zei dat ik aangifte moest doen",
    "mijn dochter heeft een loverboy",
    "ik ben moeder van twee kinderen en mijn man slaat",
    "waar vind ik hulp bij mij in de buurt",
    "mijn reclasseringswerker zegt dat ik een cursus moet doen",
    # a child of the BSO about a friend (no age for the girl): not its staff
    "een meisje op de bso zei tegen mij dat haar vader haar slaat",
    "een leerling van mijn school zei tegen mij dat hij thuis geslagen wordt",
    # one's own manager, told by a victim about work
    "mijn leidinggevende weet dat mijn man me slaat",
]


def test_enough_examples():
    assert len(PROFESSIONALS) >= 60 and len(RESIDENTS) >= 30
    assert len({t for t, _ in PROFESSIONALS}) == len(PROFESSIONALS)


def test_profession_hit_rate():
    detected = [(text, sector, detect_profession(text)) for text, sector in PROFESSIONALS]
    missed = [text for text, _, got in detected if got is None]
    wrong_sector = [(text, sector, got) for text, sector, got in detected if got is not None and got != sector]
    hit_rate = 1 - len(missed) / len(PROFESSIONALS)
    sector_rate = sum(1 for _, s, got in detected if got == s) / len(PROFESSIONALS)
    print(f"\nprofession hit rate {hit_rate:.0%} ({len(PROFESSIONALS) - len(missed)}/{len(PROFESSIONALS)}), "
          f"sector correct {sector_rate:.0%}; missed={missed} wrong={wrong_sector}")
    assert hit_rate >= 0.95, missed
    assert sector_rate >= 0.9, wrong_sector


@pytest.mark.parametrize("text", RESIDENTS)
def test_residents_are_not_professionals(text):
    assert detect_profession(text) is None


@pytest.mark.parametrize("text,kind", [
    ("mijn leraar slaat mij", "kind"), ("ik ben 12 en mijn moeder slaat me", "kind"),
    ("mijn kind wordt geslagen", "inwoner"), ("de buurvrouw schreeuwt", "inwoner"),
    ("ik ben leerkracht en mijn leerling wordt geslagen", None), ("moet ik melden", None),
    ("Ik kijk over mijn schouder wanneer ik buiten loop, tot wel honderd keer per dag.", "slachtoffer"),
    ("ik word al weken gevolgd door mijn ex", "slachtoffer"), ("ik ben bang dat hij terugkomt", "slachtoffer"),
    ("ik ben leerkracht en ik ben bang dat hij zijn dochter slaat", None),
    # a fear for the child, not of him (twenty-ninth session's probe: a victim's route for "Vermoeden van
    # seksueel misbruik door vader, kind 8 jaar. Moet ik dit eerst met de ouders bespreken?")
    ("Vermoeden van misbruik door vader. Ik ben bang dat hij het kind onder druk zet.", None),
    ("ik ben bang dat hij mij iets aandoet", "slachtoffer"),
    # one's own midwife, not a signature ("verloskundige hier, ...")
    ("kan mijn verloskundige hier iets mee?", "inwoner"), ("verloskundige hier, vraag over een melding", None),
])
def test_detect_resident(text, kind):
    assert detect_resident(text) == kind


# --- the formal register -----------------------------------------------------------------------

@pytest.mark.parametrize("informal,formal", [
    ("In stap 2 bespreek je je zorgen met een collega.", "In stap 2 bespreekt u uw zorgen met een collega."),
    ("Twijfel je? Vraag dan advies.", "Twijfelt u? Vraag dan advies."),
    ("Bij acute onveiligheid meld je altijd.", "Bij acute onveiligheid meldt u altijd."),
    ("Weet je niet wie de aandachtsfunctionaris is in jouw organisatie?",
     "Weet u niet wie de aandachtsfunctionaris is in uw organisatie?"),
    ("Leg je afweging vast.", "Leg uw afweging vast."),
    ("Hij is jouw klankbord als je je zorgen maakt.", "Hij is uw klankbord als u zich zorgen maakt."),
    ("Dan bied je hulp en houd je de situatie in de gaten.", "Dan biedt u hulp en houdt u de situatie in de gaten."),
    ("Kun je geen goede hulp bieden?", "Kunt u geen goede hulp bieden?"),
    ("Veilig Thuis denkt met je mee. Bel {tel:veilig_thuis}.", "Veilig Thuis denkt met u mee. Bel {tel:veilig_thuis}."),
    ("Je werkgever moet een meldcode hebben.", "Uw werkgever moet een meldcode hebben."),
    ("ook die van jezelf", "ook die van uzelf"),
    # Quoted speech to a child keeps its 'je'.
    ('Zeg wat je wél kunt beloven: "Ik help je, maar dat bespreek ik eerst met jou."',
     'Zeg wat u wél kunt beloven: "Ik help je, maar dat bespreek ik eerst met jou."'),
    ("Zeg bijvoorbeeld „Ik geloof je” en luister als je kunt.", "Zeg bijvoorbeeld „Ik geloof je” en luister als u kunt."),
])
def test_to_formal(informal, formal):
    assert to_formal(informal) == formal


def test_meldcode_entries_become_formal():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "knowledge" / "meldcode"
    for path in root.glob("*.md"):
        body = path.read_text(encoding="utf-8").split("---", 2)[2]
        formal = re.sub(r'"[^"]*"|„[^”]*”|“[^”]*”', "", to_formal(body))  # quoted speech keeps its 'je'
        assert not re.search(r"\b(je|jij|jou|jouw|jezelf)\b", formal, re.IGNORECASE), (path.name, formal)
        assert not re.search(r"\bu (je|uw zorgen maakt)\b", formal)


def test_a_colleague_at_work_makes_the_writer_a_professional():
    from veilig.meldcode.profession import works_with_the_meldcode
    assert works_with_the_meldcode("een collega op het kinderdagverblijf is hardhandig tegen de kinderen")
    assert not works_with_the_meldcode("een collega van mijn man slaat zijn kinderen")


@pytest.mark.parametrize("text,formal_text", [
    ("Kind-oudermishandeling: als je kind je mishandelt", "Kind-oudermishandeling: als uw kind u mishandelt"),
    ("Wanneer overweeg je Veilig Thuis?", "Wanneer overweegt u Veilig Thuis?"),
    ("Zeg je dat tegen de ouders?", "Zegt u dat tegen de ouders?"),
    ("Bespreek je zorgen met je aandachtsfunctionaris.", "Bespreek uw zorgen met uw aandachtsfunctionaris."),
])
def test_the_u_register_of_a_family_noun_and_more_verbs(text, formal_text):
    # buttons for professionals read "als u kind u mishandelt" and "Wanneer overweeg u"
    assert to_formal(text) == formal_text


@pytest.mark.parametrize("text,professional", [
    ("kind uit mijn klas (gr 3) zegt papa slaat mama en hij ziet het. is dat kindermishandeling? moet ik iets", True),
    ("een jongen uit mijn klas slaat me", False),
    ("ik ben 10 en een kind uit mijn klas wordt geslagen door zijn vader", False),
])
def test_a_child_from_my_class_is_told_by_a_teacher(text, professional):
    # the teacher got "Bel nu 112" and the Kindertelefoon
    assert works_with_the_meldcode(text) is professional


@pytest.mark.parametrize("text,professional", [
    # twenty-sixth session's probe: a teacher who wrote "Ik ben haar juf" got the child's route, a
    # kraamverzorgende the child's text in "je"
    ("Een leerling van 8 zei tegen mij: papa doet mama pijn. Ik ben haar juf.", True),
    ("Ik ben kraamverzorgende. De vader schreeuwt steeds tegen de moeder.", True),
    ("ik ben haar moeder", False),
    ("ik ben 12 en mijn juf is lief", False),
])
def test_a_pupils_teacher_and_a_kraamverzorgende_speak_as_professionals(text, professional):
    assert speaks_as_professional(text) is professional


# A signature that opens the message, closed by a stop (the tenth tuning conversations); not a child's "juf."
@pytest.mark.parametrize("text,works", [
    ("mentor havo 3. leerling vertelt dat haar zusje van 7 naar somalie gaat", True),
    ("wijkverpleegkundige. mevrouw (41) met gebroken pols zegt 'gevallen van de trap'", True),
    ("huisarts: vraag over de meldcode", True),
    ("juf. ik word thuis geslagen", False),
    ("mama. papa slaat me", False),
])
def test_a_role_signed_at_the_start_makes_the_writer_a_professional(text, works):
    assert works_with_the_meldcode(text) is works


def test_a_teachers_note_on_a_pupil_in_a_class_speaks_as_a_professional():
    """The twelfth tuning conversations: "leerling uit groep 6 heeft voor de 3e keer deze maand blauwe plekken" got
    the Kindertelefoon."""
    assert speaks_as_professional("leerling uit groep 6 heeft voor de 3e keer deze maand blauwe plekken op zn bovenarm")
    assert not speaks_as_professional("een leerling uit groep 8 pest me elke dag")
