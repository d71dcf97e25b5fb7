"""Custom actions run against rasa_sdk trackers, with the real knowledge files and index.

Each tracker is made as Rasa would make it: the classifier's intent goes through the decision
order (veilig/dialogue_order.py) with the real knowledge search, which sets the intent and the
entities the actions read."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionFallback
from actions.knowledge import ActionKennis
from actions.local_help import NOT_A_PLACE, ActionDetecteerGemeente, ActionLokaleHulp, ValidateGemeenteForm
from actions.routes import (ActionRouteAcuut, ActionRouteBuitenScope, ActionRouteKind, ActionRouteMeldcode,
                            ActionRouteOmstander, ActionRoutePleger, ActionRouteSeksueelGeweld,
                            ActionRouteOuderen, ActionRouteSlachtoffer)
from tests.rasa.helpers import after_112, all_text, run, run_coroutine, tracker
from veilig.knowledge.search import KnowledgeSearch
from veilig.routes import route_messages
from veilig.safety_lines import for_an_adult


def test_acute_answer_starts_with_112():
    messages, _ = run(ActionRouteAcuut(), "hij slaat haar nu")
    assert messages[0]["text"].startswith("Bel nu 112")
    assert "0800-2000" in all_text(messages)


def test_acute_answer_for_a_child_adds_the_kindertelefoon():
    messages, _ = run(ActionRouteAcuut(), "ik ben 10 en papa slaat mama nu")
    assert messages[0]["text"].startswith("Bel nu 112") and "0800-0432" in all_text(messages)


def test_acute_answer_for_suicide_adds_113():
    messages, _ = run(ActionRouteAcuut(), "mijn moeder zegt dat ze zelfmoord gaat plegen")
    assert "0800-0113" in all_text(messages)


def test_acute_answer_for_strangling_adds_that_it_is_a_grave_sign_after_112(built_index):
    """'hij heeft me vanochtend gewurgd' got 112 alone; strangling is a warning sign even when
    nothing shows."""
    messages, _ = run(ActionRouteAcuut(), "hij heeft me vanochtend gewurgd maar nu is hij naar zn werk")
    assert messages[0]["text"] == route_messages("acuut")[0]["text"]
    start = KnowledgeSearch().entry("gewurgd-wat-nu")["text"].split(". ")[0]
    assert start in all_text(messages[1:])
    plain, _ = run(ActionRouteAcuut(), "hij slaat haar nu")
    assert start not in all_text(plain)


def test_strangling_seen_gets_the_facts_told_of_the_other_after_112(built_index):
    """A child who saw the mother strangled got the text written to the one strangled (twenty-sixth
    session's probe); one who saw it gets the facts about the other, a child with the Kindertelefoon."""
    to_the_one_strangled = KnowledgeSearch().entry("gewurgd-wat-nu")["text"].split(". ")[0]
    child, _ = run(ActionRouteAcuut(), "ik ben 11 en mijn vader heeft gisteren mijn moeder gewurgd")
    assert child[0]["text"] == route_messages("acuut")[0]["text"]
    assert route_messages("wurgen_gezien_kind")[0]["text"] in all_text(child)
    assert to_the_one_strangled not in all_text(child)
    asked, _ = run(ActionRouteAcuut(), "is wurgen gevaarlijk als ze gewoon weer ademt?",
                   earlier=[("ik ben 11 en mijn vader heeft gisteren mijn moeder gewurgd", "acuut_gevaar")])
    assert route_messages("wurgen_gezien_kind")[0]["text"] in all_text(asked)
    adult, _ = run(ActionRouteAcuut(), "mijn buurman wurgde gisteren zijn vrouw in de tuin, ik zag het")
    assert route_messages("wurgen_gezien")[0]["text"] in all_text(adult)
    own, _ = run(ActionRouteAcuut(), "mijn vriend heeft me gisteren gewurgd")
    assert to_the_one_strangled in all_text(own)
    assert route_messages("wurgen_gezien")[0]["text"] not in all_text(own)


@pytest.mark.parametrize("action,text,entry_id", [
    (ActionRouteSlachtoffer(), "mijn broer dwingt me om met een neef te trouwen", "hulp-bij-huwelijksdwang"),
    (ActionRouteKind(), "mijn ouders willen dat ik trouw met iemand die ik niet ken", "hulp-bij-huwelijksdwang"),
    (ActionRouteOmstander(), "mijn zus wordt deze zomer uitgehuwelijkt", "hulp-bij-huwelijksdwang"),
    (ActionRouteSlachtoffer(), "mijn ex stuurt me de hele dag berichten en staat soms bij mijn werk", "stalking"),
    (ActionRouteOmstander(), "ze hebben mijn kinderen meegenomen naar marokko en komen niet terug",
     "dreigende-kinderontvoering"),
    (ActionRouteSlachtoffer(), "mijn man controleert mijn bankrekening en ik krijg alleen 20 euro per week",
     "economisch-geweld"),
    (ActionRouteOmstander(), "mijn schoonfamilie wil dat ik mijn dochter laat besnijden", "vrouwelijke-genitale-verminking"),
    (ActionRouteOmstander(), "mijn zus van 16 gaat om met een man van 30 die haar cadeaus geeft", "signalen-loverboy"),
    (ActionRouteOmstander(), "moet ik aangifte doen als mijn zoon van 14 zijn zusje slaat", "geweld-tussen-broers-en-zussen"),
    (ActionRouteSlachtoffer(), "mijn vrouw slaat me maar niemand gelooft me omdat ik een man ben", "opvang-voor-mannen"),
    (ActionRouteOmstander(), "mijn zus wordt door haar man geslagen maar ze wil geen hulp", "waarom-is-weggaan-moeilijk"),
    (ActionRouteOmstander(), "ik ben trainer bij een voetbalclub en een jongen vertelt dat zijn vader hem slaat",
     "als-een-kind-het-je-vertelt"),
    (ActionRouteSlachtoffer(), "mijn man duwt me tegen de muur en ik wil niet dat de kinderen uit huis gehaald worden",
     "haalt-veilig-thuis-kinderen-uit-huis"),
    (ActionRouteSlachtoffer(), "mijn zoon van 23 is verslaafd en bedreigt ons als hij geen geld krijgt",
     "kind-oudermishandeling"),
    (ActionRouteKind(), "mijn ouders hebben mijn paspoort afgepakt en zeggen dat we in de zomer naar pakistan gaan",
     "bang-om-achtergelaten-te-worden"),
    (ActionRouteSlachtoffer(), "mijn man kijkt altijd in mijn telefoon en ik mag geen vriendinnen zien", "intieme-terreur"),
    # a jealous partner: when jealousy and control are partner violence (not the teenage text)
    (ActionRouteSlachtoffer(), "mijn vriendin is super jaloers en ik mag niet meer met vrienden afspreken, normaal?",
     "jaloezie-en-controle-door-je-partner"),
    (ActionRouteOmstander(), "mijn kind is op school geslagen door een leraar", "geweld-door-iemand-van-school"),
    (ActionRouteSlachtoffer(), "waar kan ik heen met mijn 2 kinderen als mijn man ons bedreigt", "vrouwenopvang"),
    (ActionRouteSlachtoffer(), "ik ben 5 maanden zwanger en mijn vriend heeft me tegen mn buik geschopt",
     "zwanger-en-geslagen-laat-je-nakijken"),
    (ActionRouteSlachtoffer(), "ik ben zwanger en hij scheldt me de hele dag uit", "geweld-tijdens-zwangerschap"),
    (ActionRouteOmstander(), "ik ben opa en mijn kleindochter van 8 vertelde dat de nieuwe vriend van haar moeder haar "
     "in bad wast en raar doet", "als-een-kind-het-je-vertelt"),
    (ActionRouteSlachtoffer(), "Mijn vader sloeg ons vroeger. Ik heb nu steeds nachtmerries en word soms heel "
     "boos op mijn eigen kinderen.", "als-kind-mishandeld-nu-volwassen"),
    (ActionRouteSlachtoffer(), "Ik zit in een rolstoel en mijn vriend zorgt voor me. Als hij boos is laat hij me uren in "
     "bed liggen en pakt hij mijn telefoon af.", "afhankelijk-van-de-zorg-van-je-partner"),
])
def test_a_situation_with_help_of_its_own_gets_that_help_after_the_routes_number(action, text, entry_id):
    """After the route's number line, the help for a forced marriage (Veilig Thuis, the LKHA
    abroad), for stalking, for children taken abroad or for economic violence, instead of the route's general advice; a route without it keeps its
    own text."""
    messages, _ = run(action, text)
    # (without "Ben je jonger dan 18?" for one who tells of a husband or wife: veilig/safety_lines.py)
    assert messages[0]["text"] == route_messages(action.route)[0]["text"] or messages[0]["text"] == for_an_adult(
        route_messages(action.route)[0]["text"])
    start = KnowledgeSearch().entry(entry_id)["text"].split(". ")[0]
    assert start in all_text(messages[1:])
    plain, _ = run(action, "mijn vriend slaat me en ik durf niet naar huis")
    assert start not in all_text(plain)


def test_a_situation_told_with_a_particular_question_gets_the_answer_to_it():
    """'ik word gestalkt door mijn ex, kan ik een contactverbod aanvragen?': how to ask for a contact
    ban, not only what stalking is."""
    messages, _ = run(ActionRouteSlachtoffer(), "ik word gestalkt door mijn ex, kan ik een contactverbod aanvragen?")
    start = KnowledgeSearch().entry("straatverbod-of-contactverbod-aanvragen")["text"].split(". ")[0]
    assert start in all_text(messages)


def test_reporting_to_the_police_on_the_sexual_violence_route_is_the_vice_squads_way():
    messages, _ = run(ActionRouteSeksueelGeweld(), "mijn kind is door de buurman betast, moet ik aangifte doen")
    search = KnowledgeSearch()
    assert search.entry("seksueel-misbruik-melden-bij-politie")["text"].split(". ")[0] in all_text(messages)
    assert search.entry("aangifte-doen")["text"].split(". ")[0] not in all_text(messages)


def test_a_parent_asking_how_to_talk_with_the_child_gets_that_not_the_words_to_a_victim():
    """Thirtieth session's probe: "hoe vraag ik hem ernaar?" got "Is het minder dan een week geleden? ...
    Het is niet jouw schuld", written to the one hurt."""
    text = "ik denk dat mijn zoontje misbruikt is door de buurman, hoe vraag ik hem ernaar?"
    messages, _ = run(ActionRouteSeksueelGeweld(), text, "seksueel_geweld")
    assert "0800-0188" in messages[0]["text"]
    start = KnowledgeSearch().entry("praten-met-je-kind-over-seksueel-misbruik")["text"].split(". ")[0]
    assert start in all_text(messages)
    assert "niet jouw schuld" not in all_text(messages)


def test_a_parent_whose_son_shared_a_classmates_nude_gets_when_sexting_is_a_crime():
    """Thirty-second session: Helpwanted's help for one whose images go round, written to the victim."""
    text = ("mijn zoon van 15 heeft een naaktfoto van een meisje uit zn klas doorgestuurd naar vrienden. "
            "haar ouders dreigen met de politie")
    messages, _ = run(ActionRouteSeksueelGeweld(), text, "seksueel_geweld")
    search = KnowledgeSearch()
    assert search.entry("sexting")["text"].split(". ")[0] in all_text(messages)
    assert search.entry("helpwanted-hulp-bij-online-misbruik")["text"].split(". ")[0] not in all_text(messages)


@pytest.mark.parametrize("action,intent,text", [
    ("ActionRouteOmstander", "zorgen_omstander", "volgens mij heeft hij iets onder mijn auto geplakt"),
    ("ActionRouteSlachtoffer", "slachtoffer", "mijn ex weet altijd waar ik ben, ik denk dat er een tracker in mijn tas zit"),
])
def test_a_tracker_told_gets_what_to_do_with_it_after_the_number(action, intent, text):
    import actions.routes as routes
    messages, _ = run(getattr(routes, action)(), text, intent)
    assert "0800-2000" in messages[0]["text"]
    start = KnowledgeSearch().entry("tracker-of-airtag-gevonden")["text"].split(". ")[0]
    assert start in all_text(messages[1:])


def test_one_who_must_marry_asking_whether_that_is_allowed_gets_where_to_turn():
    """Twenty-ninth session's probe: "mag dat?" got what forced marriage is, without the LKHA; the
    question what it is keeps the definition."""
    search = KnowledgeSearch()
    told, _ = run(ActionKennis(), "mijn ouders willen dat ik deze zomer in het buitenland trouw met mijn neef. mag dat?",
                  "vraag_definitie")
    assert search.entry("hulp-bij-huwelijksdwang")["text"].split(". ")[0] in all_text(told)
    asked, _ = run(ActionKennis(), "wat is huwelijksdwang?", "vraag_definitie")
    assert search.entry("huwelijksdwang-en-achterlating")["text"].split(". ")[0] in all_text(asked)


def test_acute_answer_for_sexual_violence_adds_the_csg_after_112():
    story = ("Vanaf het moment dat ik zijn handen om mijn nek voelde, bevroor ik. "
             "Ik weet niet eens hoe lang de verkrachting duurde.")
    messages, _ = run(ActionRouteAcuut(), story)
    assert messages[0]["text"] == route_messages("acuut")[0]["text"]
    assert messages[1]["text"] == route_messages("acuut_seksueel_extra")[0]["text"] and "0800-0188" in messages[1]["text"]
    # Danger without sexual violence: no CSG line.
    for text in ("hij slaat haar nu", "hij staat met een mes voor de deur en schreeuwt dat hij me vermoordt"):
        assert "0800-0188" not in all_text(run(ActionRouteAcuut(), text)[0]), text


def test_a_story_guessed_as_danger_without_danger_now_gets_112_then_its_own_route():
    """The classifier said 'danger now', the danger check finds nothing of now: the 112 question
    first (as for a weak sign), then the route of the classifier's next guess with its number."""
    story = "Hij gooide zijn bord met eten door de kamer en ik moest alles opruimen, want ik had het veroorzaakt."
    messages, _ = run(ActionRouteAcuut(), story, ranking=["acuut_gevaar", "groet", "slachtoffer", "kind_jongere"])
    assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"]
    # (the route's own 112 question left out: 112 came first, once per reply)
    assert messages[1]["text"].split("\n")[0] == route_messages("slachtoffer")[0]["text"].split("\n")[0]
    assert "0800-2000" in messages[1]["text"] and all_text(messages).count("Bel 112") == 1
    # Without another guess of a person in need the acute route stays, 112 first.
    messages, _ = run(ActionRouteAcuut(), story, ranking=["acuut_gevaar", "groet"])
    assert messages[0]["text"] == route_messages("acuut")[0]["text"]
    # Danger now keeps the acute route whatever the next guess.
    messages, _ = run(ActionRouteAcuut(), "hij slaat haar nu", ranking=["acuut_gevaar", "slachtoffer"])
    assert messages[0]["text"] == route_messages("acuut")[0]["text"]


def test_a_guess_of_danger_never_gets_the_plegers_route_without_the_writers_own_violence():
    """'help snel' had 'pleger' as the next guess and got "ga even weg uit de situatie", meant for
    the one who hits."""
    messages, _ = run(ActionRouteAcuut(), "help snel", ranking=["acuut_gevaar", "pleger", "slachtoffer"])
    assert messages[1]["text"] == after_112(route_messages("slachtoffer")[0]["text"])
    messages, _ = run(ActionRouteAcuut(), "help snel", ranking=["acuut_gevaar", "pleger"])
    assert all_text(messages) == all_text(route_messages("acuut"))
    messages, _ = run(ActionRouteAcuut(), "ik heb hem gisteren geslagen en ben zo bang voor mezelf",
                      ranking=["acuut_gevaar", "pleger"])
    assert route_messages("pleger")[0]["text"] in all_text(messages)


def test_after_the_112_question_a_professional_passing_on_a_childs_words_gets_the_meldcode():
    """'ik ben bso medewerker en een kind zegt dat mama hem opsluit in de kast', taken for danger
    now, got the Kindertelefoon because of the child's words in it."""
    text = "ik ben bso medewerker en een kind zegt dat mama hem opsluit in de kast"
    messages, _ = run(ActionRouteAcuut(), text, ranking=["acuut_gevaar", "kind_jongere"])
    assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"]
    assert messages[1]["text"] == after_112(route_messages("meldcode")[0]["text"]) and "0800-0432" not in all_text(messages)


def test_after_the_112_question_a_child_gets_the_kindertelefoon_and_only_sexual_violence_the_csg():
    child = "papa is dronken en gooit met dingen"
    messages, _ = run(ActionRouteAcuut(), child, ranking=["acuut_gevaar", "seksueel_geweld", "slachtoffer"])
    assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"]
    assert messages[1]["text"] == after_112(route_messages("kind")[0]["text"]) and "0800-0188" not in all_text(messages)
    story = "Hij gooide zijn bord met eten door de kamer en ik moest alles opruimen."
    messages, _ = run(ActionRouteAcuut(), story, ranking=["acuut_gevaar", "seksueel_geweld", "slachtoffer"])
    assert messages[1]["text"] == after_112(route_messages("slachtoffer")[0]["text"])


def test_child_route_has_kindertelefoon_first():
    messages, _ = run(ActionRouteKind(), "ik ben 12 en mijn vader slaat mij")
    assert "0800-0432" in messages[0]["text"].split("\n")[0]


def test_bystander_route_has_veilig_thuis_first():
    messages, _ = run(ActionRouteOmstander(), "ik maak me zorgen om het kind van de buren")
    assert "0800-2000" in messages[0]["text"].split("\n")[0]


def test_out_of_scope_without_crisis_numbers():
    messages, _ = run(ActionRouteBuitenScope(), "wanneer komt het grofvuil")
    assert "0800-2000" not in all_text(messages) and "112" not in all_text(messages)
    assert "geweld thuis" in all_text(messages) and "website van je gemeente" in all_text(messages)


def test_out_of_scope_names_the_municipality_of_the_website():
    dispatcher = CollectingDispatcher()
    t = tracker("hoe verleng ik mijn paspoort", "buiten_scope", metadata={"gemeente": "Venray"})
    run_coroutine(ActionRouteBuitenScope().run(dispatcher, t, {}))
    assert "website van Venray" in all_text(dispatcher.messages)


def test_everyday_worry_gets_a_kind_general_pointer():
    messages, _ = run(ActionRouteBuitenScope(), "ik ben zo gestrest voor mijn examens", "buiten_scope")
    text = all_text(messages)
    assert "huisarts" in text and "112" not in text


def test_out_of_scope_that_mentions_violence_still_gets_veilig_thuis():
    messages, _ = run(ActionRouteBuitenScope(), "paspoort verlengen maar mijn man slaat me")
    assert "0800-2000" in all_text(messages)


def test_a_child_gets_no_answer_written_to_a_parent_after_the_route(built_index):
    """'ik wil niet meer naar huis wat moet ik doen': the Kindertelefoon, not the shelter's 'jij en je kinderen'."""
    messages, _ = run(ActionRouteKind(), "ik wil niet meer naar huis wat moet ik doen", "kind_jongere")
    assert "0800-0432" in messages[0]["text"] and " je kinderen" not in all_text(messages)
    messages, _ = run(ActionRouteSlachtoffer(), "ik wil niet meer naar huis wat moet ik doen", "slachtoffer")
    assert " je kinderen" in all_text(messages)  # an adult does get it


def test_a_pleger_who_asks_where_to_find_help_gets_the_pleger_route_not_a_victims_answer(built_index):
    """'ik heb mijn vrouw geduwd ... waar kan ik hulp krijgen' came close to 'opvang voor mannen'."""
    text = "ik heb mijn vrouw gisteren geduwd en ze viel. ik schaam me kapot. waar kan ik hulp krijgen"
    messages, _ = run(ActionRoutePleger(), text, "pleger")
    assert [m["text"] for m in messages] == [m["text"] for m in route_messages("pleger")]
    # One who tells of no violence of their own, and a real question of a pleger, still get the answer.
    messages, _ = run(ActionRoutePleger(), "Mijn puber is agressief: wat kan ik doen?", "pleger")
    assert "Bron:" in all_text(messages)
    messages, _ = run(ActionRoutePleger(), "ik heb mijn vrouw geslagen, wat is een tijdelijk huisverbod?", "pleger")
    assert "Bron:" in all_text(messages)


def test_a_parent_afraid_of_hurting_a_crying_child_gets_what_to_do_now_after_the_number(built_index):
    """'ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst' and a child shaken: lay the
    baby down, step away, never shake; after shaking, have the baby checked at once."""
    for text in ("ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst. ik ben zo moe",
                 "ik heb hem vandaag hard door elkaar geschud"):
        messages, _ = run(ActionRoutePleger(), text, "pleger")
        assert messages[0]["text"] == route_messages("pleger")[0]["text"]
        assert "Schud een baby nooit" in all_text(messages) and "huisarts" in all_text(messages), text


def test_a_pleger_who_asks_how_to_stop_gets_no_answer_about_victims(built_index):
    """'hoe kom ik hiervan af' asks, but the entry its words came close to is the men's shelter."""
    text = "ik heb mijn vrouw een klap gegeven en ik schaam me kapot, hoe kom ik hiervan af"
    for action in (ActionRoutePleger(), ActionKennis()):  # after the route, and as the answer to a question
        messages, _ = run(action, text, "pleger")
        assert messages[0]["text"] == route_messages("pleger")[0]["text"]
        assert "slachtoffer" not in all_text(messages).lower() and "opvang" not in all_text(messages).lower()
    # A victim's question keeps the answer.
    messages, _ = run(ActionKennis(), "ik ben een man en mijn vrouw slaat me, is er opvang voor mannen?", "slachtoffer")
    assert "Bron:" in all_text(messages) and "mannen" in all_text(messages)


def test_out_of_scope_guess_with_a_need_and_a_confident_entry_gets_the_answer_and_veilig_thuis(built_index):
    """'Ik weet niet zeker of ik je begrijp' is no answer to a question the knowledge base answers."""
    messages, _ = run(ActionRouteBuitenScope(), "Mijn kind wordt uithuisgeplaatst, wat nu?", "buiten_scope")
    assert messages[0]["text"] != route_messages("fallback_zorg")[0]["text"]
    assert "Bron:" in all_text(messages) and "0800-2000" in all_text(messages)
    # Without an entry found, the kind fallback with Veilig Thuis stays.
    messages, _ = run(ActionRouteBuitenScope(), "paspoort verlengen maar mijn man slaat me", "buiten_scope")
    assert messages[0]["text"] == route_messages("fallback_zorg")[0]["text"]
    # A question the search found topics for, though not one surely: those topics, with the numbers.
    messages, _ = run(ActionRouteBuitenScope(), "Ze willen mijn kind uit huis plaatsen, wat kan ik doen?", "buiten_scope")
    assert messages[0]["text"] != route_messages("fallback_zorg")[0]["text"]
    assert "uithuisplaatsing" in str(messages) and "0800-2000" in all_text(messages) and "112" in all_text(messages)


@pytest.mark.parametrize("text,worry", [("asdfgh qwerty", False), ("mi marido me pega", False),
                                        ("ik weet het niet meer, ik ben zo bang thuis", True)])
def test_fallback_always_gives_112_and_veilig_thuis(text, worry):
    """Also for a language the bot does not know ('mi marido me pega'): 112 is read in every language."""
    messages, events = run(ActionFallback(), text)
    assert "112" in all_text(messages) and "0800-2000" in all_text(messages)
    # A message of worry gets more than 'sorry': close topics or the question who it is about.
    assert messages[0]["text"].startswith("Sorry, dat begrijp ik niet") is not worry
    assert events and events[0]["event"] == "rewind"


def test_a_bare_worry_gets_who_it_is_about_and_the_numbers_not_topics(built_index):
    """'ik ben bang' came close to 'hulp als je zelf geweld gebruikt' among three topics."""
    messages, _ = run(ActionFallback(), "ik ben bang", "nlu_fallback")
    assert messages[0]["text"] == route_messages("fallback_zorg")[0]["text"]
    assert "/kennis_item" not in str(messages)


def test_detect_municipality_in_question():
    _, events = run(ActionDetecteerGemeente(), "waar vind ik het wijkteam in horst")
    assert events == [{"event": "slot", "timestamp": None, "name": "gemeente", "value": "Horst aan de Maas"}]
    _, events = run(ActionDetecteerGemeente(), "is er hulp in de buurt")
    assert events == []


@pytest.mark.parametrize("typed,expected", [("venlo", "Venlo"), ("Gilze-Rijen", "Gilze en Rijen"), ("amsterdam", "Amsterdam")])
def test_validate_municipality(typed, expected):
    result = ValidateGemeenteForm().validate_gemeente(typed, CollectingDispatcher(), tracker(typed), {})
    assert result == {"gemeente": expected}


def test_local_help_in_the_region():
    messages, events = run(ActionLokaleHulp(), slots={"gemeente": "Venray"})
    text = all_text(messages)
    assert "Veilig Thuis Noord- en Midden-Limburg" in text and "0800-2000" in text and "Venray" in text
    assert events[0]["name"] == "gemeente" and events[0]["value"] is None


def test_local_help_outside_the_regions_is_honest():
    messages, _ = run(ActionLokaleHulp(), slots={"gemeente": "Amsterdam"})
    text = all_text(messages)
    assert "geen lokale gegevens" in text and "0800-2000" in text and "112" in text


def test_local_help_unknown_place_does_not_echo_long_text():
    messages, _ = run(ActionLokaleHulp(), slots={"gemeente": "ik weet het niet"})
    assert "0800-2000" in all_text(messages)


@pytest.mark.parametrize("typed", ["gaat hij dan naar de gevangenis?", "kan dat nog na een jaar",
                                   "ik weet niet waar ik moet beginnen met dit verhaal"])
def test_a_question_instead_of_a_municipality_is_answered_not_echoed_as_a_place(built_index, typed):
    # "Woon je niet in gaat hij dan naar de gevangenis??" was the reply to this question.
    result = ValidateGemeenteForm().validate_gemeente(typed, CollectingDispatcher(), tracker(typed), {})
    assert result == {"gemeente": NOT_A_PLACE}
    messages, events = run(ActionLokaleHulp(), typed, slots={"gemeente": NOT_A_PLACE})
    text = all_text(messages)
    assert typed not in text and "Woon je niet in" not in text and "Die gemeente ken ik niet" not in text
    assert "0800-2000" in text and "naam van je gemeente" in text
    assert events[0]["name"] == "gemeente" and events[0]["value"] is None


def test_a_bystander_who_asks_what_to_do_gets_the_routes_tips_not_a_victims_entry(built_index):
    """'wat kan ik doen' after telling of a sister locked in got, after the tips, how to leave a
    partner safely ('vertel je plannen aan zo min mogelijk mensen'), written to the one who leaves."""
    text = "mijn zus zegt dat haar man haar opsluit als hij weggaat en haar telefoon meeneemt. wat kan ik doen"
    messages, _ = run(ActionRouteOmstander(), text, "zorgen_omstander")
    assert "Wat je zelf kunt doen" in all_text(messages) and "Bron:" not in all_text(messages)


def test_weak_danger_puts_112_first_and_keeps_the_route():
    messages, _ = run(ActionRouteOmstander(), "mijn vriendin wordt mishandeld, help me alsjeblieft wat moet ik doen",
                      "zorgen_omstander")
    assert "112" in messages[0]["text"].split("\n")[0]
    assert "Wat je zelf kunt doen" in all_text(messages)


def test_child_in_first_person_gets_the_kindertelefoon_on_a_bystander_route():
    messages, _ = run(ActionRouteOmstander(), "mijn vader slaat mij en mijn broertje", "zorgen_omstander")
    assert "0800-0432" in all_text(messages)


def test_victim_question_gets_number_line_then_answer(built_index):
    messages, _ = run(ActionKennis(), "mijn man slaat me, wat is een tijdelijk huisverbod?", "slachtoffer")
    assert "0800-2000" in messages[0]["text"]
    assert "Bron:" in all_text(messages[1:]) and "huisverbod" in all_text(messages[1:]).lower()


def test_a_victim_asking_about_the_dader_gets_no_pleger_line_before_the_answer(built_index):
    """The classifier may take 'de dader' for a pleger; the pleger's line ('ook voor mensen die zelf
    geweld gebruiken ... ga even weg uit de situatie') does not belong before a victim's answer."""
    pleger_line = route_messages("pleger")[0]["text"]
    messages, _ = run(ActionKennis(), "Komt de dader mijn gegevens te weten als ik aangifte doe?", "pleger")
    assert pleger_line not in all_text(messages) and "Bron:" in all_text(messages)
    messages, _ = run(ActionKennis(), "ik ben zelf de dader, wat is een tijdelijk huisverbod?", "pleger")
    assert messages[0]["text"] == pleger_line
    # An adult taken for a child gets the victim's line, not the Kindertelefoon first.
    # (one with an employer is an adult: the line without "Ben je jonger dan 18?")
    messages, _ = run(ActionKennis(), "mag mijn werkgever weten dat ik thuis geslagen word", "kind_jongere")
    assert messages[0]["text"] == for_an_adult(route_messages("slachtoffer")[0]["text"]) and "Bron:" in all_text(messages)
    # Nor the Kindertelefoon before an adult's question that tells of no violence.
    messages, _ = run(ActionKennis(), "krijg ik een advocaat als ik aangifte doe", "kind_jongere")
    assert "0800-0432" not in messages[0]["text"] and "Bron:" in all_text(messages)
    # A bystander guess for violence done to the writer: the victim's line, with the Kindertelefoon.
    messages, _ = run(ActionKennis(), "hij heeft me gisteren geslagen, wat is een tijdelijk huisverbod?", "zorgen_omstander")
    assert messages[0]["text"] == route_messages("slachtoffer")[0]["text"] and "Bron:" in all_text(messages)
    # Nor a victim's line before an answer to a question that only names Veilig Thuis.
    messages, _ = run(ActionKennis(), "mag de school veilig thuis bellen zonder dat ik het weet", "slachtoffer")
    assert route_messages("slachtoffer")[0]["text"] not in all_text(messages)
    # Nor before an answer to one who tells of no violence of their own.
    messages, _ = run(ActionKennis(), "hoe lang bewaart veilig thuis mijn gegevens", "pleger")
    assert pleger_line not in all_text(messages) and "Bron:" in all_text(messages)


def test_a_professionals_case_gets_the_meldcode_not_a_definition(built_index):
    """A pedagogical worker who tells a case and asks what to do got what emotional abuse is (the
    search's meaning found it). A mother who comes to collect her child drunk is a child not safe
    today (veilig/professional_urgency.py, since the fifteenth session): the answer on acute
    unsafety, Veilig Thuis now; a case without such a sign gets the meldcode's steps (since the
    thirty-fifth session; before, the route's line with the steps as a button)."""
    from veilig.professional_urgency import ACUTE_CASE_ENTRY
    text = "ik ben pedagogisch medewerker en een moeder komt haar kind dronken ophalen, wat moet ik doen"
    messages, _ = run(ActionKennis(), text, "zorgen_omstander")
    assert _entry_opening(ACUTE_CASE_ENTRY) in all_text(messages)
    assert "emotionele mishandeling" not in all_text(messages).lower()
    text = "ik ben pedagogisch medewerker en een moeder scheldt haar kind steeds uit bij het ophalen, wat moet ik doen"
    messages, _ = run(ActionRouteMeldcode(), text, "zorgen_omstander")
    assert _entry_opening("meldcode-vijf-stappen") in all_text(messages)
    assert "emotionele mishandeling" not in all_text(messages).lower()
    # thirtieth session: the signs of child abuse, in "je", were the answer to "wat is de volgende stap?"
    text = "ik ben juf en een leerling heeft steeds blauwe plekken, wat is de volgende stap?"
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag")
    assert _entry_opening("meldcode-vijf-stappen") in all_text(messages)
    assert _entry_opening("signalen-kindermishandeling") not in all_text(messages)


def _entry_opening(entry_id):
    """The first sentence of an entry's short answer, in the 'u' register as professionals get it."""
    from veilig.answers import formal
    text = KnowledgeSearch().entry(entry_id)["text"]
    return formal([{"text": text.split(". ")[0], "buttons": []}])[0]["text"]


@pytest.mark.parametrize("text, entry_id", [
    # twenty-eighth session's probe: both got the meldcode's general block (the first in "je")
    ("Een meisje van 9 op de BSO vertelde me vandaag dat haar vader haar slaat, maar ik moest beloven het aan "
     "niemand te vertellen. Wat moet ik doen?", "kind-vraagt-geheimhouding"),
    ("pedagogisch medewerker kdv. een peuter zei 'papa doet pijn bij mijn plassertje'. moet ik melden??",
     "gesprek-met-ouders-bij-seksueel-misbruik"),
    # twenty-ninth session's probe: no profession named, and a fear for the child read as the writer's own
    ("Vermoeden van seksueel misbruik door vader, kind 8 jaar. Moet ik dit eerst met de ouders bespreken? Ik ben "
     "bang dat hij het kind onder druk zet.", "gesprek-met-ouders-bij-seksueel-misbruik"),
    ("Een leerling van 13 vertelde me dat haar stiefvader haar slaat maar ze liet me beloven het aan niemand te "
     "vertellen. Wat nu?", "kind-vraagt-geheimhouding"),
])
def test_a_childs_secret_or_sexual_abuse_in_the_family_told_to_a_professional_gets_its_answer(text, entry_id):
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag")
    start = _entry_opening(entry_id)
    assert start in all_text(messages)
    assert "Kindertelefoon" not in all_text(messages)


def test_a_professionals_case_told_without_a_question_gets_the_meldcode_not_a_definition(built_index):
    """'ik ben kraamverzorgster en de vader schreeuwt heel erg tegen de moeder' got what derailed
    care by a mantelzorger is; a definition asked for still gets its answer."""
    text = "ik ben kraamverzorgster en de vader schreeuwt heel erg tegen de moeder"
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag")
    assert messages[0]["text"] == route_messages("meldcode")[0]["text"]
    assert "Bron:" not in all_text(messages)
    asked, _ = run(ActionRouteMeldcode(), "ik ben leraar, wat is emotionele mishandeling?", "meldcode_vraag")
    assert "Bron:" in all_text(asked)


def test_meldcode_question_gets_answer_and_walkthrough_button(built_index):
    messages, _ = run(ActionRouteMeldcode(), "wat is het afwegingskader", "meldcode_vraag")
    assert "0800-2000" in messages[0]["text"]
    assert any(b["payload"] == "/meldcode_doorlopen" for m in messages for b in m["buttons"])


def test_a_question_without_a_case_gets_only_the_offer_of_the_steps(built_index):
    """'Wie houdt toezicht op de meldcode?' tells no case: no 'Volgende stap: signalen vastleggen' under
    the answer, only the offer with its buttons; never a button to the answer just given."""
    short = route_messages("meldcode_volgende_stap_kort")[0]["text"]
    whole = route_messages("meldcode_volgende_stap")[0]["text"]
    plain, _ = run(ActionRouteMeldcode(), "wie houdt toezicht op de meldcode?", "meldcode_vraag")
    assert plain[-1]["text"] == short and "Bron:" in all_text(plain[:-1])
    assert any(b["payload"] == "/meldcode_doorlopen" for b in plain[-1]["buttons"])
    kader, _ = run(ActionRouteMeldcode(), "wat is het afwegingskader", "meldcode_vraag")
    assert kader[-1]["text"] == short
    assert not any('"afwegingskader"' in b["payload"] for b in kader[-1]["buttons"])
    case, _ = run(ActionRouteMeldcode(), "ik ben leerkracht en zie bij een leerling steeds blauwe plekken, "
                  "wat zegt het afwegingskader?", "meldcode_vraag")
    assert whole in all_text(case)


def test_a_residents_question_on_the_meldcode_path_keeps_its_topics(built_index, monkeypatch):
    """Twenty-ninth session's probe: a parent's "Gaat veilig thuis ook de school of de huisarts bellen
    over mijn kind?" got the bystander's tips on what to do, the topics dropped."""
    unsure_search(monkeypatch, ("met-wie-praat-veilig-thuis", "Met wie praat Veilig Thuis?", "inwoner"),
                  ("met-wie-deelt-veilig-thuis-informatie", "Met wie deelt Veilig Thuis informatie?", "inwoner"))
    messages, _ = run(ActionRouteMeldcode(), "Gaat veilig thuis ook de school of de huisarts bellen over mijn kind?",
                      "meldcode_vraag")
    assert messages[0]["text"] == route_messages("omstander")[0]["text"]
    assert [b["payload"] for b in messages[-1]["buttons"]] == [
        '/kennis_item{"kennis_id": "met-wie-praat-veilig-thuis"}',
        '/kennis_item{"kennis_id": "met-wie-deelt-veilig-thuis-informatie"}']


def unsure_search(monkeypatch, *hits):
    """The search finds these (id, title, audience) hits, the first best, and is sure of none."""
    from veilig.knowledge.search import Hit

    found = [Hit(entry_id, title, "", audience, "", "", "", [], 3.0 - n / 10, 0.8 - n / 10)
             for n, (entry_id, title, audience) in enumerate(hits)]
    monkeypatch.setattr(KnowledgeSearch, "search", lambda self, question, limit=5: found[:limit])
    monkeypatch.setattr(Hit, "confident", property(lambda self: False))
    monkeypatch.setattr(KnowledgeSearch, "closest_phrasing", lambda self, question, hits: None)
    monkeypatch.setattr(KnowledgeSearch, "identical_phrasing", lambda self, question, hits: None)


def test_unsure_meldcode_question_gets_the_route_then_close_topics_as_buttons(built_index, monkeypatch):
    unsure_search(monkeypatch, ("dossiervorming-meldcode", "Dossiervorming", "professional"),
                  ("meldcode-stap-1", "Stap 1", "professional"))
    messages, _ = run(ActionRouteMeldcode(), "registreren: waarom?", "meldcode_vraag")
    assert messages[0]["text"] == route_messages("meldcode")[0]["text"] and "0800-2000" in messages[0]["text"]
    assert "Bron:" not in all_text(messages)
    assert [b["payload"] for b in messages[-1]["buttons"]] == [
        '/kennis_item{"kennis_id": "dossiervorming-meldcode"}', '/kennis_item{"kennis_id": "meldcode-stap-1"}']


def test_meldcode_question_answered_by_a_residents_entry_is_answered_in_the_u_register(built_index):
    messages, _ = run(ActionRouteMeldcode(), "Wat doet Veilig Thuis nadat ik gemeld heb?", "meldcode_vraag")
    assert "0800-2000" in messages[0]["text"] and "Bron:" in all_text(messages[1:])
    assert " je " not in f" {all_text(messages[1:])} ".replace("\n", " ")


def test_knowledge_answer_has_source_line_and_related_buttons(built_index):
    messages, _ = run(ActionKennis(), "wat is waakvlamcontact", "vraag_definitie")
    assert "Bron:" in messages[0]["text"]
    assert all(b["payload"].startswith("/kennis_item") for b in messages[0]["buttons"])
    assert len(messages[0]["buttons"]) <= 2


def test_knowledge_button_shows_that_entry(built_index):
    dispatcher = CollectingDispatcher()
    t = tracker('/kennis_item{"kennis_id": "veiligheidsplan"}', "kennis_item", {"kennis_id": "veiligheidsplan"},
                entities=[{"entity": "kennis_id", "value": "veiligheidsplan"}])
    run_coroutine(ActionKennis().run(dispatcher, t, {}))
    assert "Bron:" in dispatcher.messages[0]["text"]


def test_knowledge_says_so_when_it_has_no_good_answer(built_index):
    messages, _ = run(ActionKennis(), "wat is de hoofdstad van frankrijk", "vraag_definitie")
    assert "geen goed antwoord" in all_text(messages) and "0800-2000" in all_text(messages)


def test_knowledge_offers_choices_instead_of_guessing(built_index, monkeypatch):
    unsure_search(monkeypatch, ("waakvlamcontact", "Waakvlamcontact", "beide"), ("veiligheidsplan", "Veiligheidsplan", "beide"))
    messages, _ = run(ActionKennis(), "iets met contact houden en veilig", "vraag_definitie")
    assert "Bron:" not in all_text(messages) and "0800-2000" in all_text(messages)
    assert [b["title"] for b in messages[0]["buttons"]] == ["Waakvlamcontact", "Veiligheidsplan"]


def test_fallback_searches_before_it_gives_up(built_index):
    messages, events = run(ActionFallback(), "hoe lang duurt een tijdelijk huisverbod eigenlijk", "nlu_fallback")
    assert "Bron:" in all_text(messages) and "Sorry" not in all_text(messages)
    assert events and events[0]["event"] == "rewind"


@pytest.mark.parametrize("text", ["hij hoort alles, kan ik mailen of chatten?", "ik ben doof, mijn man slaat me"])
def test_when_calling_is_not_possible_other_ways_are_offered(text):
    messages, _ = run(ActionRouteSlachtoffer(), text, "slachtoffer")
    assert "0800-2000" in messages[0]["text"] and "112NL" in messages[1]["text"]


def _after(previous_entry, text, intent="vraag_definitie"):
    """A tracker whose previous user message was answered with `previous_entry`."""
    current = tracker(text, intent)
    current.events.insert(0, {"event": "user", "text": "eerder",
                              "parse_data": {"entities": [{"entity": "kennis_gevonden", "value": previous_entry}]}})
    dispatcher = CollectingDispatcher()
    run_coroutine(ActionKennis().run(dispatcher, current, {}))
    return all_text(dispatcher.messages)


def test_a_follow_up_question_builds_on_the_previous_answer(built_index):
    # The answer leaves its 'Nee.' out (veilig.answers.fitting_start).
    cost = KnowledgeSearch().entry("kost-veilig-thuis-geld")["text"].removeprefix("Nee. ")[:60]
    assert cost in _after("veilig-thuis", "kost dat geld?")
    # Alone, or after an answer on another subject, the same words are no answer about Veilig Thuis.
    assert cost not in _after("aangifte-doen", "kost dat geld?")
    assert cost not in all_text(run(ActionKennis(), "kost dat geld?", "vraag_definitie")[0])


def test_a_long_new_question_is_not_read_as_a_follow_up(built_index):
    online = KnowledgeSearch().entry("kun-je-online-aangifte-doen-bij-de-politie")["text"][:60]
    assert online in _after("aangifte-doen", "kan dat ook online?")
    assert online not in _after("aangifte-doen", "ik wil graag weten hoe ik bij mijn gemeente een parkeervergunning kan aanvragen, kan dat ook online?")


def test_a_person_in_need_who_asks_gets_the_route_first_and_the_answer_after(built_index):
    from veilig.contacts import render

    start = render(KnowledgeSearch().entry("hulp-na-seksueel-geweld")["text"]).split(". ")[0]
    messages, _ = run(ActionRouteSeksueelGeweld(), "Wat kan ik doen als ik ben verkracht?", "seksueel_geweld")
    assert messages[0]["text"] == route_messages("seksueel_geweld")[0]["text"]
    assert start in all_text(messages[1:])
    # A message that only tells gets the route alone, though the search found an entry for it.
    story, _ = run(ActionRouteSeksueelGeweld(), "ik ben verkracht door mijn ex", "seksueel_geweld")
    partner = render(KnowledgeSearch().entry("verkrachting-door-partner")["text"]).split(". ")[0]
    assert story[0]["text"] == route_messages("seksueel_geweld")[0]["text"] and partner not in all_text(story)


@pytest.mark.parametrize("text", ["iemand dreigt mijn naaktfoto's te verspreiden als ik niet betaal",
                                  "mijn ex dreigt mijn naaktfoto's online te zetten, wat moet ik doen?"])
def test_images_put_online_get_helpwanted_after_the_csg_not_the_first_weeks_medical_care(built_index, text):
    from veilig.contacts import render

    medical = route_messages("seksueel_geweld")[1]["text"]
    helpwanted = render(KnowledgeSearch().entry("helpwanted-hulp-bij-online-misbruik")["text"]).split(". ")[0]
    messages, _ = run(ActionRouteSeksueelGeweld(), text, "seksueel_geweld")
    assert messages[0]["text"] == route_messages("seksueel_geweld")[0]["text"]
    assert medical not in all_text(messages) and all_text(messages).count(helpwanted) == 1
    # Told with sexual violence to the body, the first week's medical care stays.
    messages, _ = run(ActionRouteSeksueelGeweld(), "hij heeft me verkracht en dreigt mijn naaktfoto's te verspreiden",
                      "seksueel_geweld")
    assert medical in all_text(messages)


@pytest.mark.parametrize("text", ["mijn opa heeft vroeger aan mij gezeten, ik ben nu 30",
                                  "toen ik 12 was heeft mijn oom me misbruikt"])
def test_abuse_of_long_ago_gets_what_can_still_be_done_not_the_first_weeks_medical_care(built_index, text):
    from veilig.contacts import render

    medical = route_messages("seksueel_geweld")[1]["text"]
    long_ago = render(KnowledgeSearch().entry("seksueel-misbruik-lang-geleden")["text"]).split(". ")[0]
    messages, _ = run(ActionRouteSeksueelGeweld(), text, "seksueel_geweld")
    assert messages[0]["text"] == route_messages("seksueel_geweld")[0]["text"]
    assert medical not in all_text(messages) and long_ago in all_text(messages)
    # Again in the last days: the first week's care stays.
    messages, _ = run(ActionRouteSeksueelGeweld(), "hij heeft me 2 jaar geleden verkracht en gisteren weer", "seksueel_geweld")
    assert medical in all_text(messages)


def test_a_parent_telling_of_their_childs_abuse_gets_what_to_do_when_a_child_tells(built_index):
    from veilig.contacts import render

    medical = route_messages("seksueel_geweld")[1]["text"]
    told = render(KnowledgeSearch().entry("als-een-kind-het-je-vertelt")["text"]).split(". ")[0]
    messages, _ = run(ActionRouteSeksueelGeweld(), "mijn dochter van 6 vertelt dat opa aan haar plasser zit", "nlu_fallback")
    assert messages[0]["text"] == route_messages("seksueel_geweld")[0]["text"]
    assert told in all_text(messages) and medical not in all_text(messages)


def test_a_question_without_a_situation_from_one_who_may_need_help_ends_with_veilig_thuis(built_index):
    """'kan ik anoniem melden': no route line before the answer, but the number after it."""
    messages, _ = run(ActionKennis(), "kan ik anoniem melden", "zorgen_omstander")
    assert "Bron:" in all_text(messages) and messages[0]["text"] != route_messages("omstander")[0]["text"]
    assert messages[-1]["text"] == route_messages("kennis_zorg_extra")[0]["text"]
    # A question the classifier holds for a question only gets the answer alone.
    messages, _ = run(ActionKennis(), "kan ik anoniem melden", "vraag_definitie")
    assert route_messages("kennis_zorg_extra")[0]["text"] not in all_text(messages)


def test_a_question_whether_this_chat_is_kept_gets_what_the_chat_keeps():
    from actions.routes import ActionRouteBotUitleg

    messages, _ = run(ActionRouteBotUitleg(), "kan mijn man zien dat ik hier heb gechat?", "vraag_definitie")
    assert [m["text"] for m in messages] == [m["text"] for m in route_messages("bot_privacy")]
    messages, _ = run(ActionRouteBotUitleg(), "ben jij een echt mens?", "bot_vraag")
    assert messages[0]["text"] == route_messages("bot_uitleg")[0]["text"]


def test_a_question_about_being_reported_or_about_calling_gets_no_audiences_line(built_index):
    """'wat gebeurt er als de buren mij melden' got the bystander's 'goed dat je je zorgen deelt';
    'als ik bel met veilig thuis weten ze dan mijn nummer' the Kindertelefoon's line."""
    messages, _ = run(ActionKennis(), "wat gebeurt er als de buren mij melden", "zorgen_omstander")
    assert messages[0]["text"] != route_messages("omstander")[0]["text"] and "Bron:" in all_text(messages)
    messages, _ = run(ActionKennis(), "als ik bel met veilig thuis weten ze dan mijn nummer", "kind_jongere")
    assert "0800-0432" not in messages[0]["text"] and "Bron:" in all_text(messages)
    # A child who tells keeps the Kindertelefoon first.
    messages, _ = run(ActionKennis(), "ik ben 12, als ik veilig thuis bel weten ze dan mijn nummer", "kind_jongere")
    assert "0800-0432" in messages[0]["text"]


def test_violence_told_as_a_habit_guessed_as_danger_gets_112_then_its_own_route():
    """'ik hoor elke nacht de buren ruziemaken en een kind huilen' got the acute answer alone."""
    text = "ik hoor elke nacht de buren ruziemaken en een kind huilen"
    messages, _ = run(ActionRouteAcuut(), text, "acuut_gevaar", ranking=["acuut_gevaar", "zorgen_omstander"])
    assert messages[0]["text"] == route_messages("gevaar_eerst")[0]["text"]
    assert messages[1]["text"] == after_112(route_messages("omstander")[0]["text"])
    # Violence now keeps the acute answer.
    now, _ = run(ActionRouteAcuut(), "ik hoor nu de buren schreeuwen en een kind huilen", "acuut_gevaar",
                 ranking=["acuut_gevaar", "zorgen_omstander"])
    assert now[0]["text"] == route_messages("acuut")[0]["text"]


def test_being_reported_gets_the_answer_without_a_bystanders_line(built_index):
    """'ik ben gemeld bij veilig thuis maar het klopt niet' got 'goed dat je je zorgen deelt' first."""
    messages, _ = run(ActionKennis(), "ik ben gemeld bij veilig thuis maar het klopt niet", "vraag_definitie",
                      ranking=["zorgen_omstander"])
    assert messages[0]["text"] != route_messages("omstander")[0]["text"] and "Bron:" in all_text(messages)
    assert "0800-2000" in all_text(messages)


def test_the_csgs_line_comes_only_for_a_message_that_tells_of_sexual_violence(built_index):
    """A story of fights at night, whose classifier ranking had the CSG first, got 'Bel het Centrum
    Seksueel Geweld' before an answer."""
    story = "Ik werd midden in de nacht wakker van de ruzies. Op een nacht moesten we onze spullen pakken en zijn we weggegaan."
    message = tracker(story, "nlu_fallback", ranking=["nlu_fallback", "seksueel_geweld", "kind_jongere"])
    from actions.turn import Turn
    assert Turn(message).audience() == "kind_jongere"
    told = tracker("hij heeft me verkracht", "nlu_fallback", ranking=["nlu_fallback", "seksueel_geweld", "kind_jongere"])
    assert Turn(told).audience() == "seksueel_geweld"


def test_a_carer_who_tells_of_their_own_harshness_gets_ontspoorde_mantelzorg(built_index):
    text = ("Ik ben mantelzorger voor mijn vader en ik kan het niet meer aan. "
            "Gisteren heb ik tegen hem geschreeuwd en hem aan zijn arm getrokken.")
    messages, _ = run(ActionRouteOuderen(), text, "ouderen")
    assert messages[0]["text"] == route_messages("ouderen")[0]["text"]
    assert "mantelzorg" in messages[1]["text"].lower() and "Bron:" in all_text(messages)
    # One who tells of what is done to an older person keeps the route's own lines.
    other, _ = run(ActionRouteOuderen(), "mijn oom scheldt mijn oma steeds uit", "ouderen")
    assert [m["text"] for m in other] == [m["text"] for m in route_messages("ouderen")]


def test_an_older_persons_money_taken_gets_the_answer_on_it_after_the_number(built_index):
    """Thirty-seventh session: "mijn broer heeft de pinpas van onze vader (86) en er verdwijnt elke maand
    geld" got the line on every form of harm; one's own money taken, the answer for the older person."""
    messages, _ = run(ActionRouteOuderen(), "mijn broer heeft de pinpas van onze vader (86) en er verdwijnt elke "
                                            "maand honderden euro's", "ouderen")
    assert messages[0]["text"] == route_messages("ouderen")[0]["text"]
    assert "financiële uitbuiting" in messages[1]["text"] and "Bron:" in messages[1]["text"], all_text(messages)
    own, _ = run(ActionRouteOuderen(), "ik ben 78 en mijn zoon pakt mijn bankpas af", "ouderen")
    assert "Dan ben je echt niet de enige" in all_text(own), all_text(own)


def test_a_question_about_reporting_taken_for_off_topic_is_searched(built_index):
    """'krijgt de persoon die ik meld te horen dat ik het was' names no violence, so it was taken
    for not ours; it asks what bystanders most fear: the search answers it."""
    messages, _ = run(ActionRouteBuitenScope(), "krijgt de persoon die ik meld te horen dat ik het was", "buiten_scope")
    assert route_messages("buiten_scope")[0]["text"] not in all_text(messages)
    assert "Bron:" in all_text(messages) or any(m.get("buttons") for m in messages)


def test_a_follow_up_in_another_language_reads_the_conversation_before_it():
    # "boje sie" (I'm afraid) from a girl of 13 a moment after telling: the Kindertelefoon again,
    # not "in Polish I can only help with the first steps" (fifteenth session's probe).
    from actions.other_language import ActionAndereTaal
    alone, _ = run(ActionAndereTaal(), "boje sie", "andere_taal", slots={"taal": "pl"})
    after, _ = run(ActionAndereTaal(), "boje sie", "andere_taal", slots={"taal": "pl"},
                   earlier=[("mam 13 lat tata bije mame i mnie", "andere_taal")])
    assert "0800-0432" not in all_text(alone) and "0800-0432" in all_text(after)


# Seventeenth session's probes.

def test_thoughts_of_suicide_get_113_right_after_the_112_line(built_index):
    messages, _ = run(ActionRouteAcuut(), "ik wil niet meer leven thuis is het niet te doen", "acuut_gevaar")
    assert messages[0]["text"].startswith("Bel nu 112") and "113" in messages[1]["text"]


def test_a_childs_age_after_thoughts_of_suicide_keeps_113(built_index):
    """'ik ben 15' after 'ik wil niet meer leven' got the child's route without 113."""
    earlier = [("ik wil niet meer leven thuis is het niet te doen", "acuut_gevaar")]
    messages, _ = run(ActionRouteKind(), "ik ben 15", "kind_jongere", earlier=earlier)
    assert "0800-0432" in all_text(messages) and "113" in all_text(messages)
    alone, _ = run(ActionRouteKind(), "ik ben 15", "kind_jongere")
    assert "113" not in all_text(alone)


def test_a_grandparent_retelling_a_grandchilds_words_gets_no_childs_text(built_index):
    """'mijn kleinzoon van 4 zei dat papa hem pijn doet' sounded like a child ('papa') and got 'vertel
    het aan je juf'."""
    text = "mijn kleinzoon van 4 zei dat papa hem pijn doet aan zijn piemel"
    assert tracker(text, "kind_jongere").latest_message["intent"]["name"] in ("zorgen_omstander", "seksueel_geweld")
    messages, _ = run(ActionRouteSeksueelGeweld(), text, "kind_jongere")
    assert "juf, meester" not in all_text(messages) and "0800-0432" not in all_text(messages)


def test_a_young_person_groomed_by_an_older_man_hears_what_a_loverboy_does(built_index):
    messages, _ = run(ActionRouteKind(), "ik ben 14 en een jongen van 19 geeft me cadeaus en nu moet ik dingen "
                                         "doen met zn vrienden", "kind_jongere")
    assert "0800-0432" in messages[0]["text"] and "loverboy" in all_text(messages)


def test_sextortion_of_a_teenager_gets_helpwanted_not_the_first_weeks_care(built_index):
    messages, _ = run(ActionRouteSeksueelGeweld(), "ik heb naakt foto gestuurd naar een jongen en nu wil hij geld "
                                                   "anders stuurt hij ze door", "seksueel_geweld")
    assert "Helpwanted" in all_text(messages) and "Betaal" in all_text(messages)


def test_the_line_on_an_interpreter_is_sent_once_in_a_conversation():
    from rasa_sdk import Tracker
    from actions.other_language import _language_line_given
    from veilig.foreign import language_lines

    def tracker_with(bot_texts):
        events = [{"event": "user", "text": "my husband hits me"}] + [{"event": "bot", "text": t} for t in bot_texts]
        return Tracker("t", {}, {"text": "what happens if i call?"}, events, False, None, {}, "action_listen")

    line = language_lines("en")[0]
    assert _language_line_given(tracker_with(["Call 112 if you are in danger now.", line]), "en")
    assert not _language_line_given(tracker_with(["Call 112 if you are in danger now."]), "en")
    assert not _language_line_given(tracker_with([line]), "pl")


def test_the_bot_messages_said_before_the_latest_message():
    """actions/send.py leaves out the lines a conversation needs once (veilig.safety_lines):
    it reads what the bot said before the latest message, in this session only."""
    from rasa_sdk import Tracker
    from actions.send import _said_before
    events = [{"event": "user", "text": "oud"}, {"event": "bot", "text": "van een vorige sessie"},
              {"event": "session_started"},
              {"event": "user", "text": "mijn man slaat me"}, {"event": "bot", "text": "Ben je jonger dan 18?"},
              {"event": "user", "text": "wat nu"}, {"event": "bot", "text": "in deze beurt"}]
    tracker = Tracker("t", {}, {"text": "wat nu"}, events, False, None, {}, "action_listen")
    assert _said_before(tracker) == "Ben je jonger dan 18?"


@pytest.mark.parametrize("text", [
    # thirty-fourth session's fifth tuning conversations: both got the meldcode's route with topics
    "Ik ben leerkracht van groep 5. Een leerling komt de laatste weken geregeld met blauwe plekken op zijn bovenarmen "
    "en zegt steeds dat hij van de trap is gevallen. Welke stappen moet ik zetten?",
    "Ik ben leerkracht groep 5. Een meisje uit mijn klas heeft steeds blauwe plekken op haar bovenarmen en zegt dat ze "
    "gevallen is. Wat moet ik volgens de meldcode doen?",
])
def test_a_professional_who_asks_which_steps_to_take_gets_the_steps(text):
    messages, _ = run(ActionRouteMeldcode(), text, "meldcode_vraag")
    assert _entry_opening("meldcode-vijf-stappen") in all_text(messages)
    assert "/meldcode_doorlopen" in [b["payload"] for m in messages for b in m["buttons"]]
    # a case told with no question still gets the route's line, not the steps
    told, _ = run(ActionRouteMeldcode(), "ik ben kraamverzorgster en de vader schreeuwt heel erg tegen de moeder",
                  "meldcode_vraag")
    assert _entry_opening("meldcode-vijf-stappen") not in all_text(told)


def test_a_professional_gets_the_close_choice_meant_for_their_profession():
    # "ik ben tandarts" came as close to whom the meldcode binds as to the KNMG's meldcode for dentists
    messages, _ = run(ActionRouteMeldcode(), "ik ben tandarts, heb ik ook met die meldcode te maken?", "meldcode_vraag")
    assert _entry_opening("knmg-meldcode") in all_text(messages)


def test_a_childs_wish_for_secrecy_told_after_the_case_gets_its_answer():
    # "Hij vroeg me ..." a message after a pupil's bruises got the route and no answer
    case = ("Ik ben leerkracht van groep 5. Een leerling komt de laatste weken geregeld met blauwe plekken op zijn "
            "bovenarmen en zegt steeds dat hij van de trap is gevallen. Welke stappen moet ik zetten?")
    messages, _ = run(ActionRouteMeldcode(), "Hij vroeg me wel of ik het aan niemand wil vertellen. Hoe ga ik daarmee om?",
                      "meldcode_vraag", earlier=[(case, "meldcode_vraag", "meldcode-vijf-stappen")])
    assert _entry_opening("kind-vraagt-geheimhouding") in all_text(messages)


def test_asking_for_the_local_team_on_a_municipalitys_website_gets_that_team():
    """'heeft mijn gemeente ook hulp?' on Gilze en Rijen's website got what a local team is in general
    (thirty-fifth session); 'wat doet een wijkteam?' still gets what such a team does."""
    from actions.knowledge_answer import LOCAL_TEAM_ENTRY, answer_messages
    from actions.turn import Turn
    from tests.rasa.helpers import tracker
    entry = KnowledgeSearch().entry(LOCAL_TEAM_ENTRY)
    asked = answer_messages(Turn(tracker("heeft mijn gemeente ook hulp?", "vraag_definitie",
                                         metadata={"gemeente": "Gilze en Rijen"})), entry)
    assert "In Gilze en Rijen kun je terecht bij" in all_text(asked)
    what, _ = run(ActionKennis(), "wat doet een wijkteam?", "vraag_definitie")
    assert "kun je terecht bij" not in all_text(what)
