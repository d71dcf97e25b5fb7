"""The Dutch knowledge search: hit rate, confidence, hostile input and Dutch analysis.

Speed is measured by `python -m veilig.knowledge.cli bench`, not here.
"""
from pathlib import Path

import pytest
import yaml

from veilig.knowledge.analyzer import stems
from veilig.knowledge.search import KnowledgeSearch

QUESTIONS = yaml.safe_load((Path(__file__).parent / "data" / "kennis_vragen.yml").read_text(encoding="utf-8"))
# Two later sets written from the entry titles only, with unanswerable questions ('verwacht: null').
# The second one was never used for tuning.
NEW_SETS = {name: yaml.safe_load((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))
            for name in ("kennis_vragen_nieuw.yml", "kennis_vragen_nieuw2.yml")}

# Questions the knowledge base cannot answer: the bot must say so, never guess.
OFF_TOPIC = [
    "hoe vraag ik een paspoort aan",
    "wat is de hoofdstad van Frankrijk",
    "hoe laat gaat de bibliotheek open",
    "wat kost een parkeervergunning",
    "recept voor appeltaart",
    "wanneer is het koningsdag",
    "hoe word ik lid van de voetbalclub",
    "wat voor weer wordt het morgen",
    "hoe zet ik mijn telefoon uit",
    "waar kan ik mijn auto laten repareren",
    "hoeveel kost een treinkaartje naar Amsterdam",
    "hoe vraag ik huurtoeslag aan",
    "wanneer wordt het grofvuil opgehaald in Tilburg",
    "hoe geef ik een verhuizing door aan de gemeente",
    "wat zijn de openingstijden van het zwembad in Venlo",
    "hoe lang moet een ei koken",
    "wie heeft het WK voetbal gewonnen",
    "hoe maak ik een goed cv",
    "welk hondenvoer is het beste",
    "mijn kind heeft koorts wat moet ik doen",
    "hoe krijg ik mijn kind op een basisschool in Arnhem",
    "wat kost kinderopvang per uur",
    "hoe verleng ik mijn rijbewijs",
    "ik zoek een oppas voor zaterdagavond",
    "waar kan ik gratis parkeren in Apeldoorn",
    "hoeveel vakantiedagen heb ik per jaar",
    "hoe schrijf ik een sollicitatiebrief",
    "welke film draait er in de bioscoop",
    "hoe reset ik mijn wachtwoord",
    "vertel eens een grap",
    "wat is 2 plus 2",
    "wie is de koning van Nederland",
    "wanneer moet ik tulpenbollen planten",
    "wat eet een konijn",
    "wanneer krijg ik mijn belastingteruggave",
    "hoe bereken ik mijn bmi",
    "mijn fiets is gestolen wat moet ik doen",
    "ik heb al drie dagen hoofdpijn",
    "waar is het dichtstbijzijnde tankstation",
    "tips voor een kinderfeestje thuis",
    "wat verdient een politieagent",
    "hoe lang duurt een zwangerschap",
    "wat is de beste manier om Engels te leren",
    "kan ik met de bus naar Doetinchem",
    "welke supermarkt is op zondag open",
    "hoe ontstop ik de gootsteen",
    "hoeveel calorieen zitten er in een banaan",
    "wanneer begint de zomervakantie in Limburg",
    "hoe laat begint school morgen",
    "wat is de beste school in Tilburg",
    "hoeveel kost een huis in Apeldoorn",
    "ik ben mijn sleutels kwijt",
    "wat is het telefoonnummer van de belastingdienst",
    "mijn buurman parkeert steeds voor mijn deur",
    "hoeveel kinderen zitten er in een klas",
    "hoe vraag ik een uitkering aan",
    "waar kan ik een huurwoning vinden",
    "hoe maak ik pannenkoeken",
    "wat is de snelste route naar Nijmegen",
    "hoe laat sluit het gemeentehuis",
    "wanneer is de volgende verkiezing",
    "hoeveel inwoners heeft Tilburg",
    "waar kan ik mijn oude kleding inleveren",
    "hoe krijg ik een parkeerplaats voor gehandicapten",
    "wat zijn de regels voor vuurwerk",
    "mijn hond blaft de hele nacht",
    "hoe kan ik mijn energierekening verlagen",
    "welke tandarts neemt nog patienten aan",
    "hoe meld ik een kapotte lantaarnpaal",
    "wat is de beste telefoon om te kopen",
    "mijn kind wil niet naar school omdat hij gepest wordt",
    "hoe vraag ik kinderbijslag aan",
    "waar kan ik stemmen",
    "hoe vaak moet ik de kat voeren",
    "ik heb ruzie met mijn buurman over de schutting",
    "hoe kan ik vrijwilliger worden bij de voedselbank",
    "wat is het alarmnummer in Belgie",
    "hoe vaak moet een baby drinken",
    "wat zijn de openingstijden van de huisartsenpost",
    "ik wil scheiden hoe regel ik de alimentatie",
    "mijn zoon speelt te veel games",
]

HOSTILE = [
    "", " ", "?!?!", "...", '"', '""', "'", "*", "kind*", '"kind', "AND", "OR", "NOT", "NEAR",
    "kind AND geweld", "kind OR NOT geweld", "NEAR(kind geweld, 2)", "((( kind", "kind )))", "title_n: kind",
    "syn_n:meldcode", "{title_n syn_n}: kind", "^kind", "-kind", "+kind", "kind -geweld", "x" * 2000,
    "kindermishandeling " * 300, "🙂", "😡😡 help 🙏", "ábç ÉÉN ﬁ ß İstanbul", "\x00", "kind\x00geweld",
    "'; DROP TABLE entries; --", 'kind" OR 1=1 --', "1; SELECT * FROM docs", "%_%", "\\", "\n\t\r",
    "<script>alert(1)</script>", "NULL", "0", "-1", "1e309", "ǅ", "\u202e", "\ufeffkind",
]


@pytest.fixture(scope="module")
def search(built_index):
    return KnowledgeSearch(built_index)


def _ids(search, question, limit=3):
    return [hit.id for hit in search.search(question, limit=limit)]


def _rates(search, items):
    top1 = top3 = 0
    for item in items:
        ids = _ids(search, item["vraag"])
        top1 += bool(ids) and ids[0] in expected(item)
        top3 += bool(expected(item) & set(ids))
    return top1 / len(items), top3 / len(items)


def test_hit_rate(search):
    seen = [q for q in QUESTIONS if not q.get("holdout")]
    holdout = [q for q in QUESTIONS if q.get("holdout")]
    for name, items in (("non-holdout", seen), ("holdout", holdout)):
        if items:
            top1, top3 = _rates(search, items)
            print(f"{name}: {len(items)} questions, top-1 {top1:.1%}, top-3 {top3:.1%}")
    top1, top3 = _rates(search, QUESTIONS)
    print(f"all: {len(QUESTIONS)} questions, top-1 {top1:.1%}, top-3 {top3:.1%}")
    assert top3 >= 0.93


def test_right_answers_are_mostly_confident(search):
    right = []
    for item in QUESTIONS:
        hits = search.search(item["vraag"], limit=1)
        if hits and hits[0].id in expected(item):
            right.append(hits[0])
    share = sum(hit.confident for hit in right) / len(right)
    print(f"confident among right top-1 answers: {share:.1%}")
    # Was 0.9; the stricter confidence (runner-up margin, rival entries) trades some sure right
    # answers for far fewer sure wrong ones.
    assert share >= 0.78


def expected(item) -> set:
    """'verwacht' is one entry id, or a list when more than one entry answers the question."""
    value = item["verwacht"]
    return set(value) if isinstance(value, list) else {value}


@pytest.mark.parametrize("name", sorted(NEW_SETS))
def test_new_sets_hit_rate_and_no_confident_wrong(search, name):
    items = NEW_SETS[name]
    answerable = [item for item in items if item["verwacht"]]
    top3 = wrong_sure = right_sure = 0
    for item in answerable:
        hits = search.search(item["vraag"], limit=3)
        top3 += bool(expected(item) & {hit.id for hit in hits})
        if hits and hits[0].confident:
            right_sure += hits[0].id in expected(item)
            wrong_sure += hits[0].id not in expected(item)
    n = len(answerable)
    print(f"{name}: top-3 {top3 / n:.1%}, confident right {right_sure / n:.1%}, confident wrong {wrong_sure / n:.1%}")
    assert top3 / n >= 0.92
    assert wrong_sure / n <= 0.05


@pytest.mark.parametrize("question", [item["vraag"] for items in NEW_SETS.values() for item in items if not item["verwacht"]])
def test_new_sets_unanswerable_is_never_confident(search, question):
    hits = search.search(question, limit=3)
    assert not any(hit.confident for hit in hits), [(h.id, round(h.score, 2), round(h.coverage, 2)) for h in hits]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_is_not_confident(search, question):
    hits = search.search(question, limit=3)
    assert not any(hit.confident for hit in hits), [(h.id, round(h.score, 2), round(h.coverage, 2)) for h in hits]


def test_enough_off_topic_questions():
    assert len(OFF_TOPIC) >= 30


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_queries_return_a_list(search, question):
    hits = search.search(question, limit=5)
    assert isinstance(hits, list)
    assert len(hits) <= 5
    for hit in hits:
        assert set(hit.as_result()) == {"id", "title", "text", "audience", "source", "score"}


def test_non_string_query_does_not_raise(search):
    assert search.search(None, limit=3) == []


@pytest.mark.parametrize("question,expected", [
    ("mishandeling van kinderen", "kindermishandeling"),
    ("wat valt onder mishandeling van kinderen", "kindermishandeling"),
    ("geweld door je partner", "partnergeweld"),
    ("opvang voor vrouwen", "vrouwenopvang"),
    ("mishandeling van ouderen", "ouderenmishandeling"),
])
def test_compounds_both_ways(search, question, expected):
    assert expected in _ids(search, question)


@pytest.mark.parametrize("question,expected", [
    ("blijf-van-mijn-lijfhuis", "vrouwenopvang"),
    ("wat is een blijf van mijn lijf huis", "vrouwenopvang"),
    ("meisjesbesnijdenis", "vrouwelijke-genitale-verminking"),
    # The entry that says what a loverboy is and what to do; "loverboys" describes the regional approach.
    ("loverboy", "signalen-loverboy"),
    ("mijn dochter heeft een loverboy", "signalen-loverboy"),
    # Whether 112 works without credit, asked after the acute answer (fifteenth session's check).
    ("kan ik 112 bellen zonder beltegoed", "is-112-gratis"),
    # Twenty-second session's probe: the bot had no answer for these.
    ("kan ik als verloskundige al voor de geboorte iets melden", "zorgen-over-een-ongeboren-kind"),
    ("wat gebeurt er na de tien dagen huisverbod", "na-de-tien-dagen-huisverbod"),
    ("mijn kleinzoon pakt mijn geld, wie kan mij helpen met mijn geldzaken", "je-geld-wordt-afgepakt-als-oudere"),
    ("wat kan ik doen zodat ik even rust krijg van de zorg", "respijtzorg"),
    ("ik werk op een kinderdagverblijf. een peuter zegt dingen over seks die niet bij zijn leeftijd passen",
     "signalen-seksueel-misbruik-kind"),
    # Twenty-third session's probe: the bot had no answer for these.
    ("na hoeveel jaar verjaart mishandeling", "verjaring-aangifte"),
    ("ik ben vroeger als kind mishandeld, waar kan ik nu terecht", "als-kind-mishandeld-nu-volwassen"),
    ("wie heeft mij gemeld bij veilig thuis", "mag-ik-weten-wie-mij-heeft-gemeld"),
    ("Is betaalde seks met een meisje van 16 strafbaar als zij het zelf wil?",
     "loverboy-en-mijn-kind-zegt-dat-het-vrijwillig-is"),
    # Twenty-fourth session's probe: off topic, choices, or the ban's general rules for these.
    ("Moet ik haar wens respecteren?", "volwassen-client-wil-geen-melding"),
    ("Ik moet nog spullen ophalen uit het huis tijdens mijn huisverbod, mag dat?", "tijdens-je-eigen-huisverbod"),
    ("kan 112 zien waar ik ben", "112-bellen-als-je-niet-weet-waar-je-bent"),
    ("Wat is een huisverbod?", "tijdelijk-huisverbod"),
    ("Heb ik recht op een advocaat als ik geen geld heb?", "advocaat-met-weinig-geld"),
    ("heb ik als slachtoffer recht op een advocaat", "gratis-advocaat-voor-slachtoffers"),
    ("mijn vrouw heeft leningen op mijn naam afgesloten, wie helpt mij", "hulp-bij-schulden"),
])
def test_synonyms(search, question, expected):
    ids = _ids(search, question)
    assert ids and ids[0] == expected, ids


@pytest.mark.parametrize("question,expected", [
    ("waakvlamkontact", "waakvlamcontact"),
    ("wat is een waakvlamkontact", "waakvlamcontact"),
    ("wat is de verwijzindex", "verwijsindex"),
    ("huislijk geweld", "huiselijk-geweld"),
])
def test_typos(search, question, expected):
    ids = _ids(search, question)
    assert ids and ids[0] == expected, ids


def test_typo_correction_leaves_valid_words_alone(search):
    # 'hoofdstad' and 'paspoort' are Dutch words: they must not be 'corrected' into index terms.
    for question in ("wat is de hoofdstad", "paspoort"):
        assert not any(hit.confident for hit in search.search(question, limit=3))


@pytest.mark.parametrize("question,expected", [
    ("financiële uitbuiting", "financiele-uitbuiting"),
    ("financiele uitbuiting", "financiele-uitbuiting"),
    ("FINANCIELE UITBUITING", "financiele-uitbuiting"),
    ("WAT IS EEN WAAKVLAMCONTACT", "waakvlamcontact"),
    ("Wat Is Kindermishandeling?", "kindermishandeling"),
    ("zorgcoördinatie mensenhandel", "mensenhandel"),
])
def test_accents_and_case_do_not_matter(search, question, expected):
    assert expected in _ids(search, question)


@pytest.mark.parametrize("question,expected", [
    ("wat doet de AF", "aandachtsfunctionaris"),
    ("wat is VT", "veilig-thuis"),
    ("wat is MDA", "mda-plus-plus"),
    ("wat doet het CSG", "centrum-seksueel-geweld"),
    ("wat is een GI", "gecertificeerde-instelling"),
    ("wat is de RvdK", "raad-voor-de-kinderbescherming"),
    ("wat is de JBT", "jeugdbeschermingstafel"),
    ("wat is vgv", "vrouwelijke-genitale-verminking"),
])
def test_abbreviations(search, question, expected):
    ids = _ids(search, question)
    assert ids and ids[0] == expected, ids


@pytest.mark.parametrize("question,expected", [
    ("mijn vader heeft mij geslagen", "hulp-voor-kinderen-en-jongeren"),
    ("ik ben door mijn man geslagen", "partnergeweld"),
    ("het kindje wordt verwaarloosd", "lichamelijke-verwaarlozing"),
])
def test_word_forms(search, question, expected):
    assert expected in _ids(search, question)


def test_analysis_of_word_forms():
    assert stems("geslagen") == stems("slaan") == stems("slaat")
    assert stems("kinderen") == stems("kind") == stems("kindje")
    assert stems("meisjes") == stems("meisje")
    assert stems("gemeld") == stems("melden")
    assert sorted(stems("vijfde stap")) == sorted(stems("stap 5"))
    assert stems("wat is een waakvlamcontact") == stems("waakvlamcontact")


def test_abbreviations_survive_analysis():
    assert stems("VT NOG") == ["vt", "nog"]
    assert stems("AF") == ["af"]


def test_questions_about_numbers_prefer_the_numbers(search):
    assert _ids(search, "hoeveel kinderen worden mishandeld")[0].startswith("cijfers-")
    assert not _ids(search, "wat is kindermishandeling")[0].startswith("cijfers-")
    # 'komt ... vaak voor' asks how often too; 'komt ... voor' alone does not
    assert any(e.startswith("cijfers-") for e in _ids(search, "Komt partnergeweld vaak voor?")[:2])
    assert not any(e.startswith("cijfers-") for e in _ids(search, "Waar komt partnergeweld door?")[:2])


def test_limit_and_ordering(search):
    hits = search.search("huiselijk geweld", limit=5)
    assert 1 <= len(hits) <= 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert search.search("huiselijk geweld", limit=0)  # at least one


def test_entry_and_ready(search):
    assert search.ready()
    entry = search.entry("waakvlamcontact")
    assert entry["title"] == "Waakvlamcontact" and entry["text"]
    assert search.entry("bestaat-niet") is None
    assert search.entry("'; DROP TABLE entries; --") is None


def test_a_clearly_best_entry_is_answered_without_a_title_or_synonym_in_the_question(search):
    """'het gaat steeds een tijdje goed en dan slaat hij weer' names no title or synonym of the
    cycle of violence, but that entry explains all of it and nothing comes close."""
    import veilig.knowledge.search as S

    hit = search.search("het gaat steeds een tijdje goed en dan slaat hij weer", limit=3)[0]
    assert hit.id == "cirkel-van-geweld" and hit.evidence < S.MIN_EVIDENCE and hit.confident
    # The same hit with a close runner-up, too few words or an entry for professionals asked by a
    # resident is no answer.
    from dataclasses import replace

    assert not replace(hit, runner_up=0.9 * hit.score).confident
    assert not replace(hit, question_words=2).confident
    assert not replace(hit, audience="professional").confident
    assert replace(hit, audience="professional", asked_by_professional=True).confident


@pytest.mark.parametrize("question,kind", [
    ("Wat is stalking precies?", "definitie"),
    ("wat houdt ontspoorde mantelzorg in", "definitie"),
    ("waaraan zie je dat een kind verwaarloosd wordt", "signalen"),
    ("hoe merk ik of mijn buurvrouw wordt mishandeld", "signalen"),
    ("waarom blijft ze bij hem", "oorzaken"),
    ("wat doet ruzie thuis met een kind op lange termijn", "gevolgen"),
    ("waar kan ik terecht als mijn zoon wordt uitgebuit", "hulp"),
    ("wat kunnen we doen als buren", "hulp"),
    ("mijn man slaat me", None),
    ("hoe lang duurt een huisverbod", None),
])
def test_the_kind_of_answer_a_question_asks_for(question, kind):
    from veilig.knowledge.kinds import question_kind

    assert question_kind(question) == kind


@pytest.mark.parametrize("entry_id,title,folder,kind", [
    ("signalen-ouderenmishandeling", "Signalen van ouderenmishandeling", "hulp-en-route", "signalen"),
    ("hulp-bij-huwelijksdwang", "Hulp bij (dreigende) huwelijksdwang", "hulp-en-route", "hulp"),
    ("oorzaken-van-kindermishandeling", "Oorzaken van kindermishandeling", "definities", "oorzaken"),
    ("gevolgen-partnergeweld-gezondheid", "Gevolgen van partnergeweld voor je gezondheid", "definities", "gevolgen"),
    ("stalking", "Stalking", "definities", "definitie"),
    ("kost-veilig-thuis-geld", "Kost Veilig Thuis geld?", "hulp-en-route", None),
])
def test_the_kind_of_answer_an_entry_gives(entry_id, title, folder, kind):
    from veilig.knowledge.kinds import entry_kind

    assert entry_kind(entry_id, title, folder) == kind


@pytest.mark.parametrize("question,expected", [
    ("waaraan merk je dat een oudere wordt mishandeld", "signalen-ouderenmishandeling"),
    ("waarom slaan ouders hun kind", "oorzaken-van-kindermishandeling"),
    ("wat moet ik doen bij mensenhandel", "hulp-bij-mensenhandel"),
    ("wat kun je doen bij huwelijksdwang", "hulp-bij-huwelijksdwang"),
])
def test_the_family_member_of_the_asked_kind_ranks_first(search, question, expected):
    """Without the kind, the subject's definition or a sibling ranked first for these."""
    assert _ids(search, question)[0] == expected


@pytest.mark.parametrize("question,expected", [
    ("Hoe herken je stalking?", "stalking"),
    ("Hoe herken ik eergerelateerd geweld?", "eergerelateerd-geweld"),
])
def test_asking_for_signs_needs_no_entry_that_says_herkennen(search, question, expected):
    """'herken' asks for the kind of answer; without its weight in the coverage the subject's
    entry is a confident answer (before: no answer, or three buttons)."""
    top = search.search(question)[0]
    assert top.id == expected and top.confident


def test_letter_similarity_of_phrasings():
    from veilig.knowledge.phrasings import Phrasings, clearly_closest, grams

    assert {" ki", "kin", "ind", "nd ", " kin", "kind", "ind ", " kind", "kind "} == set(grams("Kind"))
    phrasings = Phrasings([("a", "hoe lang bewaart veilig thuis mijn gegevens"), ("a", "bewaartermijn"),
                           ("b", "kost veilig thuis geld"), ("c", "")])
    ranked = phrasings.closest("hoe lang bewaart veilig thuis mn gegevns")
    assert [eid for eid, _ in ranked] == ["a", "b"] and ranked[0][1] > 0.7 > ranked[1][1]
    assert clearly_closest(ranked, 0.7, 0.1) == "a"
    assert clearly_closest(ranked, 0.99, 0.1) is None       # not close enough
    assert clearly_closest(ranked, 0.1, 0.99) is None       # not clearly closer than the next
    assert phrasings.closest("") == [] and phrasings.closest("xyzzy qqq") == []


def test_a_known_phrasing_typed_differently_is_answered_when_the_search_agrees(search):
    """'5' for 'vijf': the word search ranks the entry first but is not sure (the steps entry and
    step 5 share the words); an example question of that entry is nearly the same letter for
    letter, so it is the answer."""
    from veilig.dialogue_order import find_in_knowledge

    question = "wat zijn de 5 stappen van de meldcode"
    hits = search.search(question, limit=3)
    assert hits[0].id == "meldcode-vijf-stappen" and not hits[0].confident
    assert find_in_knowledge(search, question).entry_id == "meldcode-vijf-stappen"
    # Without the search's agreement (the entry not among its hits) it is no answer.
    assert search.closest_phrasing(question, hits[1:]) is None


def test_a_phrasing_that_is_the_question_itself_answers_it_when_the_search_agrees(search):
    """'wat is de kindertelefoon' is a synonym of the entry on the Kindertelefoon, but the children's
    help has the synonym 'kindertelefoon', close in letters (0.92): the second opinion's gap was not met,
    so the question got three buttons. Word for word the same, it is the answer; a phrasing two entries
    share, or a short one, is not."""
    from veilig.dialogue_order import find_in_knowledge

    hits = search.search("wat is de kindertelefoon", limit=3)
    assert search.closest_phrasing("wat is de kindertelefoon", hits) is None
    assert search.identical_phrasing("Wat is de Kindertelefoon?", hits) == "wat-is-de-kindertelefoon"
    assert find_in_knowledge(search, "wat is de kindertelefoon eigenlijk").entry_id == "wat-is-de-kindertelefoon"
    assert search.identical_phrasing("wat is de kindertelefoon", []) is None  # the search must agree
    assert search.identical_phrasing("kindertelefoon", hits) is None          # one word is too little


def test_a_question_of_only_common_words_is_answered_by_the_phrasing_it_is(search):
    """'wat gebeurt er als ik het vertel' gives the word search nothing to rank; an example
    phrasing of an entry that is the question itself answers it, but only a question, and only
    the phrasing itself."""
    from veilig.dialogue_order import find_in_knowledge

    question = "wat gebeurt er als ik het vertel?"
    assert search.search(question, limit=3) == []
    assert find_in_knowledge(search, question).entry_id == "wat-gebeurt-er-als-je-het-vertelt"
    assert find_in_knowledge(search, "waarom doet hij dit").entry_id == "oorzaken-van-huiselijk-geweld"
    for other in ("net gebeurd", "ik weet het niet zeker", "wat is dat", "wat gebeurt er als ik het zeg?"):
        assert find_in_knowledge(search, other).entry_id is None, other


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_get_no_answer_from_the_phrasings(search, question):
    from veilig.dialogue_order import find_in_knowledge

    assert find_in_knowledge(search, question).entry_id is None


@pytest.mark.parametrize("written,plain", [
    ("Wat is ouderenmis(be)handeling?", "Wat is ouderenmishandeling?"),
    ("Wat is (ex-)partnergeweld?", "Wat is partnergeweld?"),
    ("hulp voor kind(eren) en ouder(s)", "hulp voor kind en ouder"),
])
def test_an_optional_part_inside_a_word_is_left_out(written, plain):
    assert stems(written) == stems(plain)


def test_a_question_with_an_optional_part_finds_its_entry(search):
    hits = search.search("Wat is ouderenmis(be)handeling?", limit=3)
    assert hits[0].id == "ouderenmishandeling" and hits[0].confident


@pytest.mark.parametrize("question,self_professional", [
    ("moet ik als leraar melden", True),
    ("als pedagogisch medewerker twijfel ik over een kind", True),
    ("ik ben huisarts, wat moet ik doen", True),
    ("ik werk op een school", True),
    ("wij als school willen het goed doen", True),
    ("als de leraar ons meldt, wat dan", False),
    ("als mijn juf het weet", False),
    ("ik ben bang voor mijn man", False),
])
def test_who_speaks_from_a_profession(question, self_professional):
    from veilig.knowledge.analyzer import tokens
    from veilig.knowledge.search import presents_as_professional

    assert presents_as_professional([w for w, _ in tokens(question)]) is self_professional


def test_a_professional_asking_is_not_answered_with_the_residents_entry(search):
    # 'waarom meldt een leraar mij?' is the parents' question; a teacher asking gets no such answer.
    top = search.search("moet ik als leraar melden", limit=1)[0]
    assert not (top.confident and top.audience == "inwoner")
    assert search.search("de leraar heeft ons gemeld, mag dat?", limit=1)[0].id == "waarom-meldt-een-professional-mij"


@pytest.mark.parametrize("written,current", [
    ("Wanneer doet het AMK onderzoek?", "Wanneer doet Veilig Thuis onderzoek?"),
    ("Wanneer naar het Advies- en Meldpunt Kindermishandeling (AMK)?", "Wanneer naar Veilig Thuis?"),
    ("Wat doet het Steunpunt Huiselijk Geweld?", "Wat doet Veilig Thuis?"),
    ("Melding bij het meldpunt kindermishandeling", "Melding bij Veilig Thuis"),
    ("Hamka en shgarden", "Hamka en shgarden"),
])
def test_old_names_of_veilig_thuis(written, current):
    from veilig.knowledge.old_names import with_current_name

    assert with_current_name(written) == current


def test_a_question_with_an_old_name_is_answered_for_veilig_thuis_now(search):
    from veilig.dialogue_order import find_in_knowledge

    # What Veilig Thuis does now, not the history of the name ...
    assert find_in_knowledge(search, "Hoe lang duurt een onderzoek van het AMK?").entry_id == \
        find_in_knowledge(search, "Hoe lang duurt een onderzoek van Veilig Thuis?").entry_id == \
        "hoe-lang-duurt-een-onderzoek-van-veilig-thuis"
    assert find_in_knowledge(search, "Kan ik anoniem melden bij het AMK?").entry_id == "anoniem-melden"
    # ... but a question about the old organisation itself gets what became of it.
    assert find_in_knowledge(search, "Bestaat het AMK nog?").entry_id == "veilig-thuis-vroeger-amk-en-shg"
    assert find_in_knowledge(search, "Wat is het AMK?").entry_id == "veilig-thuis-vroeger-amk-en-shg"


def test_the_entries_about_the_organisation_exist(search):
    from veilig.knowledge.old_names import ABOUT_THE_ORGANISATION

    assert all(search.entry(entry_id) for entry_id in ABOUT_THE_ORGANISATION)


@pytest.mark.parametrize("text,verb", [
    ("hoe leg ik signalen vast", "vastleg"),     # 'leg' is a stopword, and doubles its g: vastleggen
    ("wie neemt contact op", "opnem"),
    ("mijn opa zit aan me", "aanzit"),
])
def test_a_separable_verb_is_joined_with_its_particle(text, verb):
    from veilig.knowledge.analyzer import analyse
    assert (verb, "verb") in [(term, derived) for term, _, derived in analyse(text)]


@pytest.mark.parametrize("evidence, tied, coverage, runner_up, dominant", [
    (0.0, False, 0.5, 7.0, True),     # far ahead (half the score or less) without a title in the question
    (0.0, False, 0.5, 8.5, False),    # ... not at a smaller lead
    (3.5, True, 0.35, 7.5, True),     # a title in the question: a smaller lead will do, even as a guess
    (3.5, True, 0.35, 9.0, False),    # ... but not a close one
    (3.5, True, 0.25, 7.5, False),    # ... nor when it explains too little of the question
    (1.0, True, 0.5, 7.5, False),     # too little of a title for that
])
def test_a_top_hit_leads_far_or_with_a_title_named_in_the_question(evidence, tied, coverage, runner_up, dominant):
    from veilig.knowledge.search import Hit

    hit = Hit(id="stalking", title="Stalking", text="", audience="beide", document="landelijk", section="", url="",
              related=[], score=15.0, coverage=coverage, evidence=evidence, tied=tied, runner_up=runner_up)
    assert hit.dominant is dominant


@pytest.mark.parametrize("tied, score, runner_up, far_ahead", [
    (False, 8.0, 4.0, True),     # half the score: far enough for the meaning to confirm
    (False, 8.0, 4.5, False),    # ... not at a smaller lead
    (False, 6.5, 2.0, False),    # ... nor at a low score
    (True, 8.0, 3.0, False),     # ... nor when tied
])
def test_a_top_hit_far_ahead_may_be_confirmed_by_the_meaning(tied, score, runner_up, far_ahead):
    from veilig.knowledge.search import Hit

    hit = Hit(id="vog-sportclub", title="VOG", text="", audience="professional", document="landelijk", section="",
              url="", related=[], score=score, coverage=0.4, tied=tied, runner_up=runner_up)
    assert hit.far_ahead is far_ahead


@pytest.mark.parametrize("question,expected", [
    # Search and meaning agree on an entry far ahead ('Hoe lang is een VOG geldig?' scores 7.3 against 2.3).
    ("Hoe lang is een VOG geldig?", "vog-sportclub"),
    ("Kan Leerplicht hier tegen optreden?", "meldcode-wijkteam-en-leerplicht"),
])
def test_the_search_and_the_meaning_agreeing_on_a_far_lead_answer(search, question, expected):
    from veilig.dialogue_order import find_in_knowledge

    assert not search.search(question, limit=1)[0].confident
    assert find_in_knowledge(search, question, by_meaning=True).entry_id == expected
    assert find_in_knowledge(search, question, by_meaning=True, lead=False).entry_id is None


@pytest.mark.parametrize("question", ["is veilig thuis nu open het is 2 uur s nachts", "krijg ik dan een mens aan de lijn",
                                      "kan ik veilig thuis in het weekend bellen"])
def test_whether_veilig_thuis_answers_at_night(built_index, question):
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch
    assert find_in_knowledge(KnowledgeSearch(), question, by_meaning=True).entry_id == "veilig-thuis-s-nachts-bereikbaar"


@pytest.mark.parametrize("question,expected", [
    # Twentieth session's probes: a carer at the end of her rope, a girl of 15 with a man of 19.
    ("is er iemand die de zorg even kan overnemen", "respijtzorg"),
    ("ik ben 15 en mijn vriend is 19, mag hij seks met mij?", "seks-onder-de-16"),
    ("is seks onder de 16 strafbaar", "seks-onder-de-16"),
])
def test_twenty_first_sessions_new_entries_answer_sure(search, question, expected):
    hits = search.search(question, limit=3)
    assert hits and hits[0].id == expected and hits[0].confident, [(h.id, h.confident) for h in hits]


@pytest.mark.parametrize("question,expected", [
    # Twenty-second session's probe: each got choices, a fallback or another entry.
    ("moet ik bewijs hebben? ik heb alleen foto's van blauwe plekken", "letsel-en-bewijs-vastleggen"),
    ("Wat gebeurt er als ik bel, krijgen ze dan problemen?", "wat-gebeurt-er-als-je-veilig-thuis-belt"),
    ("Hoe verhoudt mijn beroepsgeheim zich tot de meldcode?", "meldrecht"),
    ("wordt mijn familie dan ingelicht?", "hulp-vragen-zonder-je-ouders"),
    ("Wie gelooft mij nou, ik ben twee keer zo groot als zij", "opvang-voor-mannen"),
    ("Ze nemen misschien mijn paspoort af. wat dan?", "bang-om-achtergelaten-te-worden"),
    ("Moet ik het melden ook al wil zij dat niet?", "melden-als-zij-het-niet-wil"),
    ("krijg ik nu een strafblad als ik hulp vraag", "veilig-thuis-bellen-als-pleger"),
    ("Hoe lang duurt het voordat er iets gebeurt na een melding?", "veiligheidsbeoordeling-na-een-melding"),
    ("ik durf veilig thuis niet meer te bellen, ze hebben me vorig jaar al geholpen", "al-eerder-gebeld-en-het-gaat-door"),
    ("Moeten we geweld van een verzorgende tegen een bewoner melden bij de inspectie?", "geweld-in-de-zorgrelatie"),
    ("moet ik de melding ook bespreken als haar partner er altijd bij is", "melding-niet-vooraf-bespreken-bij-gevaar"),
    ("ik ben bang dat de vader agressief wordt als ik de melding aankondig", "melding-niet-vooraf-bespreken-bij-gevaar"),
])
def test_twenty_third_sessions_answers(search, question, expected):
    from veilig.dialogue_order import find_in_knowledge

    assert find_in_knowledge(search, question, by_meaning=True).entry_id == expected


def test_one_who_protects_the_doer_still_hears_veilig_thuis_is_not_the_police(search):
    """The bystander's 'krijgen ze dan problemen' went to what happens when you call; the one who
    does not want him in trouble keeps the answer that Veilig Thuis is not the police."""
    from veilig.dialogue_order import find_in_knowledge

    assert find_in_knowledge(search, "ik wil niet dat hij in de problemen komt").entry_id == "is-veilig-thuis-de-politie"


def test_an_entry_asked_again_gives_its_longer_explanation(search):
    """Asked again a moment later ('is dat erg?' after the answer on a crying baby): 'Meer uitleg',
    not the same text word for word; an entry without it keeps its answer."""
    from veilig.answers import entry_messages, more_messages

    baby = search.entry("huilende-baby-en-schudden")
    more = more_messages(search, baby)[0]["text"]
    assert "Het hoofd van een baby" in more and baby["text"].split(". ")[0] not in more
    men = search.entry("opvang-voor-mannen")
    assert not men["long"].strip()
    assert more_messages(search, men) == entry_messages(search, men)



@pytest.mark.parametrize("question,expected", [
    # thirty-second session's tuning conversations: a bystander's phrasings
    ("hoe vraag ik het haar zonder dat ze meteen dichtklapt", "het-gesprek-beginnen"),
    ("ik ben maar de buurvrouw, mag ik dan wel bellen?", "zorgen-als-omstander"),
    ("een collega van de groep doet iets bij een kind", "medewerker-kinderopvang-verdacht"),
    ("valt de wijkverpleging trouwens onder de verplichte meldcode?", "meldcode-verplicht-voor-wie"),
    ("geven ze zelf ook hulp of sturen ze je door", "geeft-veilig-thuis-zelf-hulp"),
    ("waarom hebben ze het niet eerst met ons besproken", "waarom-meldt-een-professional-mij"),
])
def test_a_bystanders_and_a_colleagues_phrasings(search, question, expected):
    top = search.search(question)[0]
    assert top.id == expected
