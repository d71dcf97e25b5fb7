"""The decision order (veilig/dialogue_order.py), step by step, with a fake knowledge search."""
import pytest

from veilig.dialogue_order import (Found, asks_information, asks_to_be_guided, asks_without_situation,
                                   classifier_intent, decide, first_question, is_follow_up, question_part,
                                   says_goodbye, tells_of_being_reported, with_the_name_before)


class FakeSearch:
    """Answers with an entry for any question in `known`; counts its calls."""

    def __init__(self, known=()):
        self.known = set(known)
        self.calls = 0

    def __call__(self, text):
        self.calls += 1
        return Found("gevonden-item", ("gevonden-item", "ander-item")) if text in self.known else Found(None, ("keuze",))


def test_a_button_is_taken_as_clicked():
    search = FakeSearch()
    decision = decide('/kennis_item{"kennis_id": "x"}', "kennis_item", search)
    assert decision.intent == "kennis_item" and search.calls == 0


def test_strong_danger_comes_first_even_for_a_question_the_knowledge_base_knows():
    text = "hij heeft een mes, wat is een huisverbod?"
    decision = decide(text, "vraag_definitie", FakeSearch([text]))
    assert (decision.intent, decision.reason) == ("acuut_gevaar", "gevaar")


def test_weak_danger_keeps_the_request():
    decision = decide("ik vermoed dat een leerling mishandeld wordt, help me de meldcode doorlopen",
                      "meldcode_doorlopen", FakeSearch())
    assert decision.intent == "meldcode_doorlopen"


@pytest.mark.parametrize("intent", ["slachtoffer", "meldcode_vraag", "zorgen_omstander", "nlu_fallback", "buiten_scope"])
def test_an_information_question_is_answered_whatever_the_classifier_guessed(intent):
    text = "Hoe werkt anoniem melden bij Veilig Thuis?"
    decision = decide(text, intent, FakeSearch([text]))
    assert (decision.intent, decision.entry_id, decision.reason) == ("vraag_definitie", "gevonden-item", "kennis")


def test_an_unsure_search_does_not_answer_but_passes_choices():
    decision = decide("Hoe werkt dat precies?", "slachtoffer", FakeSearch())
    assert decision.intent != "vraag_definitie" and decision.entry_id is None


def test_a_plea_for_help_gets_the_route_not_an_entry():
    text = "mijn man slaat me, wat moet ik doen?"
    decision = decide(text, "slachtoffer", FakeSearch([text]))
    assert decision.intent == "slachtoffer"


def test_an_audience_guess_without_any_sign_is_not_ours():
    decision = decide("mijn kat is weg", "kind_jongere", FakeSearch())
    assert (decision.intent, decision.reason) == ("buiten_scope", "niet_ons")


def test_an_audience_guess_with_a_sign_counts():
    assert decide("ik ben bang voor mijn stiefvader", "kind_jongere", FakeSearch()).intent == "kind_jongere"


@pytest.mark.parametrize("text", ["hij zegt dat ik een verklikker ben als ik het vertel",
                                  "mn moeder zegt dat ik niet moet zeuren"])
def test_a_child_told_to_keep_quiet_is_ours(text):
    """No word of violence, but a child silenced at home (twenty-fifth session's probe: 'not ours')."""
    assert decide(text, "kind_jongere", FakeSearch()).intent == "kind_jongere"


def test_steps_question_is_answered_not_walked_through():
    text = "Wat zijn de vijf stappen van de meldcode?"
    assert decide(text, "meldcode_doorlopen", FakeSearch([text])).intent == "vraag_definitie"
    assert decide("welke stappen heeft de meldcode", "meldcode_doorlopen", FakeSearch()).intent == "meldcode_vraag"


def test_a_request_to_be_guided_starts_the_walk_through():
    text = "kun je me door de stappen van de meldcode leiden voor een leerling"
    assert decide(text, "meldcode_doorlopen", FakeSearch([text])).intent == "meldcode_doorlopen"


def test_other_intents_are_not_searched():
    search = FakeSearch()
    assert decide("ja", "bevestigen", search).intent == "bevestigen" and search.calls == 0


def test_a_longer_question_taken_for_a_reply_is_searched():
    """'is veilig thuis 24 uur bereikbaar' was taken for 'nee' and got 'ik weet niet zeker of ik je begrijp'."""
    search = FakeSearch({"is veilig thuis 24 uur bereikbaar"})
    decision = decide("is veilig thuis 24 uur bereikbaar", "ontkennen", search)
    assert (decision.intent, decision.entry_id, search.calls) == ("vraag_definitie", "gevonden-item", 1)
    search = FakeSearch({"nee dat klopt niet"})
    assert decide("nee dat klopt niet", "ontkennen", search).intent == "ontkennen" and search.calls == 0


def test_being_reported_tells_no_situation_of_the_writer():
    assert asks_without_situation("wat gebeurt er als de buren mij melden")
    assert not asks_without_situation("mijn man slaat me, kan veilig thuis mijn kinderen afpakken")


@pytest.mark.parametrize("text", ["wat is stalking", "Hoe lang duurt een huisverbod?", "mag ik anoniem melden",
                                  "kan veilig thuis mijn kinderen afpakken", "uitleg over de kindcheck",
                                  "ik wil weten hoe een onderzoek gaat?",
                                  "als ik bel met veilig thuis weten ze dan mijn nummer",
                                  "als ik meld komt hij er dan achter", "komt veilig thuis dan meteen langs",
                                  "ik heb gemeld maar ik hoor niks meer, klopt dat",
                                  "ben ik verplicht om mee te werken met veilig thuis", "blijf ik dan anoniem",
                                  # asked first, then why (twenty-ninth session's probe: "daar kan ik je niet mee helpen")
                                  "en als het nou niks blijkt te zijn? ik wil niemand onterecht beschuldigen",
                                  # after a joining word (thirty-first session: the bystander's route alone)
                                  "en wie is dan bij ons op de club het aanspreekpunt als je je zorgen maakt",
                                  # the verb 'zeggen' before its subject (thirty-fourth session: the child's route again)
                                  "als ik die kindertelefoon bel zeggen ze het dan tegen papa",
                                  # after a comma, the verb before its subject (fortieth session: 112 and a route)
                                  "hij kijkt ook wel eens op mijn laptop, kan hij zien dat ik op deze site zit",
                                  # in a later sentence (fortieth session: the victim's route without the answer)
                                  "vorige week heb ik haar arm vastgepakt en haar weggeduwd toen ze weer sloeg. ben ik nu "
                                  "zelf strafbaar"])
def test_asks_information(text):
    assert asks_information(text)


@pytest.mark.parametrize("text", ["mijn man slaat me", "wat moet ik doen", "help me", "ik wil hulp",
                                  "waar kan ik heen vannacht", "", "als hij slaat bel ik de politie",
                                  "als ik wegga neem ik de kinderen mee", "help?? mijn man slaat me",
                                  "en hij slaat me ook", "maar mijn man is lief", "mijn man slaat me, hij is boos",
                                  "mijn vader drinkt, mijn moeder huilt", "mijn man is weg. heeft de kinderen meegenomen",
                                  "hij slaat me. ik ben bang"])
def test_does_not_ask_information(text):
    assert not asks_information(text)


def test_question_part_of_a_story():
    assert question_part("mijn man slaat me, wat is een tijdelijk huisverbod?") == "wat is een tijdelijk huisverbod?"
    assert question_part("wat is stalking") == "wat is stalking"
    # a second question that leans on the first ('dan') leaves the first to name the subject
    assert question_part("Wat gebeurt er als ik aangifte doe tegen mijn partner? Wordt hij dan meteen opgepakt?") == (
        "Wat gebeurt er als ik aangifte doe tegen mijn partner?")
    assert question_part("Wat is een huisverbod? Hoe lang duurt het?") == "Hoe lang duurt het?"
    assert question_part("Kun je, als je stil moet zijn, ook naar 112 sms'en?") == "ook naar 112 sms'en?"
    # an example is no question of its own (it got what to do after being strangled)
    assert question_part("Wat valt onder acute onveiligheid volgens het afwegingskader? Bijvoorbeeld een wurging?") == (
        "Wat valt onder acute onveiligheid volgens het afwegingskader?")
    # a supposition names the subject its asking clause points back to (it got the meldcode's step 3)
    supposed = "Stel dat ik Veilig Thuis bel, hoe gaat zo'n gesprek dan?"
    assert question_part(supposed) == supposed
    assert question_part("Als ik aangifte doe, wordt hij dan opgepakt?") == "Als ik aangifte doe, wordt hij dan opgepakt?"
    assert question_part("Als ik bel, wat is een huisverbod?") == "wat is een huisverbod?"


@pytest.mark.parametrize("text, first", [
    ("Wat is een kindcheck en waarom is deze in de meldcode voor de kinderopvang opgenomen?", "Wat is een kindcheck?"),
    ("Waarom is een tik zo onacceptabel, en hoe reageer je dan wél op je kind?", "Waarom is een tik zo onacceptabel?"),
    ("mijn man slaat me en wat moet ik doen", "mijn man slaat me en wat moet ik doen"),   # a story, not a question
    ("Hoe herken en voorkom je huwelijksdwang?", "Hoe herken en voorkom je huwelijksdwang?"),
    ("Wat en waarom?", "Wat en waarom?"),                                                 # too short to stand alone
])
def test_the_first_of_two_questions_names_the_subject(text, first):
    assert first_question(text) == first


def test_two_questions_in_one_are_answered_by_the_first_when_the_whole_is_unsure(built_index):
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    search = KnowledgeSearch()
    text = "Wat is een kindcheck en waarom is deze in de meldcode voor de kinderopvang opgenomen?"
    assert not search.search(text, limit=3)[0].confident
    assert find_in_knowledge(search, text).entry_id == "kindcheck"


def test_a_vague_question_part_does_not_outweigh_what_the_whole_message_is_about(built_index):
    """Thirty-fourth session: "... paspoort gepakt. moet ik me zorgen maken?" got a bystander's worry
    (the part alone); the whole message is about being left abroad. A part that is the real question
    still answers when the whole message is unclear."""
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    search = KnowledgeSearch()
    told = ("ze willen deze zomer ineens naar marokko en mijn vader heeft mijn paspoort gepakt. "
            "moet ik me zorgen maken?")
    assert find_in_knowledge(search, told).entry_id != "zorgen-als-omstander"
    asked = ("Als je een keer een tik op je vingers krijgt, of voor straf zonder eten naar bed moet, "
             "is dat kindermishandeling?")
    assert find_in_knowledge(search, asked).entry_id == "kindermishandeling"


def test_the_asking_sentence_before_a_story_answers(built_index):
    """Thirty-seventh session: "kan dat ook anoniem, dat bellen? het is een klein dorp ..." got no
    answer: its last clause ('dat bellen?') loses what is asked, the village dilutes the whole."""
    from veilig.dialogue_order import asking_sentence, find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    text = "kan dat ook anoniem, dat bellen? het is een klein dorp iedereen kent elkaar"
    assert asking_sentence(text) == "kan dat ook anoniem, dat bellen?"
    assert asking_sentence("wat is stalking?") == "wat is stalking?"
    assert asking_sentence("hij slaat me. wat nu?") == "hij slaat me. wat nu?"  # too short, and last
    assert find_in_knowledge(KnowledgeSearch(), text).entry_id == "anoniem-advies"


def test_the_asking_clause_after_a_story_is_asked_of_the_meaning(built_index):
    """The tenth tuning conversations: "ik heb hem niet eens weggeduwd. telt het dan wel als verkrachting" got
    the route again (the story dilutes the whole message's meaning); not a clause that asks for more of what
    the story is about ("Waarop moet ik nog meer letten?")."""
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import KnowledgeSearch

    search = KnowledgeSearch()
    told = "ik heb hem niet eens weggeduwd. telt het dan wel als verkrachting"
    assert find_in_knowledge(search, told, by_meaning=True).entry_id == "verkrachting-zonder-verzet"
    assert find_in_knowledge(search, told).entry_id is None  # the meaning only where the classifier holds it ours
    more = "Er is een grondslag waarop ik informatie kan delen. Waarop moet ik nog meer letten?"
    assert find_in_knowledge(search, more, by_meaning=True).entry_id is None
    # (this clause alone is near what parents hear of a call: the whole message keeps its subject, sexting,
    # which a synonym for parents names since the forty-second session)
    assert find_in_knowledge(search, "Sexting, wat je als ouder moet weten?", by_meaning=True).entry_id == "sexting"


def test_guided_and_classifier_guess():
    assert asks_to_be_guided("loop de stappen samen met me door") and not asks_to_be_guided("wat is stap 3")
    assert classifier_intent([{"name": "nlu_fallback"}, {"name": "slachtoffer"}]) == "slachtoffer"
    assert classifier_intent([]) is None


def test_small_talk_guess_for_a_message_about_violence_takes_the_best_in_need_guess():
    decision = decide("Wat moet je doen als mijn vriend me slaat", "bot_vraag", FakeSearch(),
                      ["bot_vraag", "acuut_gevaar", "slachtoffer", "pleger"])
    assert decision.intent == "slachtoffer"
    # (the pleger's guess only for one who tells of their own violence: a parent hit by a child is hurt)
    hit_by_a_child = decide("Wat moet je doen als je kind je slaat", "bot_vraag", FakeSearch(),
                            ["bot_vraag", "acuut_gevaar", "pleger", "slachtoffer"])
    assert hit_by_a_child.intent == "slachtoffer"
    own = decide("wat moet ik doen als ik mijn kind sla", "bot_vraag", FakeSearch(),
                 ["bot_vraag", "acuut_gevaar", "pleger", "slachtoffer"])
    assert own.intent == "pleger"
    assert decide("mijn vriend slaat me steeds", "groet", FakeSearch(), ["groet"]).intent == "nlu_fallback"
    assert decide("ben jij een robot", "bot_vraag", FakeSearch(), ["bot_vraag", "slachtoffer"]).intent == "bot_vraag"


@pytest.mark.parametrize("text", ["mijn dochter heeft waterpokken, mag ze naar de opvang",
                                  "heeft mijn dochter van 9 toestemming nodig voor een identiteitskaart",
                                  "mijn dochter is geslaagd voor haar rijexamen, ik ben zo trots"])
def test_naming_someone_close_is_no_sign_in_an_everyday_message(text):
    assert decide(text, "slachtoffer", FakeSearch()).intent == "buiten_scope"


def test_an_everyday_message_with_a_real_sign_keeps_its_route():
    assert decide("mijn man pakt mijn pinpas af en ik ben bang", "slachtoffer", FakeSearch()).intent == "slachtoffer"


@pytest.mark.parametrize("intent", ["nlu_fallback", "buiten_scope"])
def test_an_unclear_or_not_ours_guess_for_a_story_of_violence_takes_the_best_in_need_guess(intent):
    story = "Hij gooide zijn bord met eten door de kamer en ik moest alles opruimen"
    decision = decide(story, intent, FakeSearch(), [intent, "slachtoffer", "pleger"])
    assert (decision.intent, decision.reason) == ("slachtoffer", "geen_kletspraat")
    # Without violence it stays what the classifier said.
    assert decide("mijn fiets is gestolen bij het station", intent, FakeSearch(), [intent, "slachtoffer"]).intent == intent


@pytest.mark.parametrize("intent", ["slachtoffer", "nlu_fallback", "buiten_scope", "groet", "kind_jongere"])
def test_a_story_of_sexual_violence_gets_the_sexual_violence_route(intent):
    story = "Hij deed de deur achter me op slot en heeft me verkracht."
    decision = decide(story, intent, FakeSearch(), [intent])
    assert (decision.intent, decision.reason) == ("seksueel_geweld", "seksueel_geweld_verteld")


@pytest.mark.parametrize("intent", ["zorgen_omstander", "pleger"])
def test_a_bystander_or_pleger_guess_gives_way_when_it_was_done_to_the_writer(intent):
    story = "Hij dwong me tegen de grond en trok mijn onderbroek uit."
    assert decide(story, intent, FakeSearch()).intent == "seksueel_geweld"


def test_sexual_violence_keeps_the_route_of_a_bystander_a_pleger_and_a_child_who_sounds_like_one():
    assert decide("mijn vriendin is verkracht, hoe kan ik haar steunen", "zorgen_omstander", FakeSearch()).intent == "zorgen_omstander"
    assert decide("ik heb iemand aangerand en wil hulp", "pleger", FakeSearch()).intent == "pleger"
    assert decide("ik ben 12 en mijn oom betast me", "kind_jongere", FakeSearch()).intent == "kind_jongere"
    # 'misbruikt' alone is not sexual: money, trust.
    assert decide("mijn zoon heeft mijn vertrouwen misbruikt en mijn geld gepakt", "ouderen", FakeSearch()).intent == "ouderen"


def test_abuse_of_long_ago_told_by_an_adult_is_no_older_persons_route():
    """Thirty-seventh session: the older person's route for "mijn oom heeft me misbruikt toen ik 9 was.
    ik ben nu 34" (the classifier's best guess)."""
    story = "mijn oom heeft me misbruikt toen ik 9 was. ik ben nu 34 en sinds ik zelf een dochter heb komt alles terug"
    assert decide(story, "ouderen", FakeSearch(), ["ouderen", "seksueel_geweld"]).intent == "seksueel_geweld"
    # an older person's own story keeps that route
    assert decide("mijn moeder van 84 wordt door de verzorger betast", "ouderen", FakeSearch()).intent == "ouderen"


@pytest.mark.parametrize("intent", ["nlu_fallback", "buiten_scope"])
def test_images_threatened_to_be_shared_get_the_route_with_helpwanted_when_the_classifier_is_unsure(intent):
    """Thirty-seventh session: a girl of 15 blackmailed with nude images got 'ik weet niet zeker of ik
    je begrijp'."""
    story = ("iemand op snap heeft naaktfotos van mij en zegt dat hij ze naar mijn hele klas stuurt als ik geen "
             "200 euro betaal. ik ben 15")
    decision = decide(story, intent, FakeSearch(), [intent, "seksueel_geweld"])
    assert (decision.intent, decision.reason) == ("seksueel_geweld", "beelden_online")
    assert decide("hoe maak ik een mooie foto van mijn kat", intent, FakeSearch()).intent != "seksueel_geweld"


def test_an_older_persons_money_taken_is_no_municipal_question():
    """Thirty-seventh session: 'de pinpas van onze vader ... huur niet betaald' got the text on rent."""
    story = ("mijn broer heeft de pinpas van onze vader (86) en er verdwijnt elke maand honderden euro's. "
             "pa heeft nu zijn huur niet betaald")
    assert decide(story, "ouderen", FakeSearch(), ["ouderen"]).intent == "ouderen"
    assert decide("hoe hoog is de huur van een sociale huurwoning", "ouderen", FakeSearch(), ["ouderen"]).intent == "buiten_scope"


@pytest.mark.parametrize("text", ["kost dat geld?", "en als hij zich er niet aan houdt?", "maar wanneer dan?",
                                  "Hoe lang duurt dat?", "wat als ik het niet zeker weet",
                                  "weet hij dat?", "en dat hij me slaat?",
                                  "wat gebeurt er dan met haar", "kan hij dan nog bij de kinderen"])
def test_follow_ups(text):
    assert is_follow_up(text)


@pytest.mark.parametrize("text", ["wat is een huisverbod", "hoe werkt anoniem melden bij veilig thuis", "", "/groet",
                                  "ik wil graag weten hoe ik bij mijn gemeente een parkeervergunning kan aanvragen, kan dat ook online?",
                                  # 'dat' that joins a clause points nowhere
                                  "krijgen ze te weten dat ik gebeld heb?",
                                  # 'dan' after a comparative compares
                                  "is een klap erger dan schelden", "mag hij meer dan tien dagen weg blijven"])
def test_not_follow_ups(text):
    assert not is_follow_up(text)


@pytest.mark.parametrize("intent, allowed", [
    ("nlu_fallback", True), ("vraag_definitie", True), ("meldcode_vraag", True), ("slachtoffer", True),
    ("buiten_scope", False), ("groet", False), ("bot_vraag", False),
])
def test_the_meaning_opinion_is_asked_only_for_messages_the_classifier_holds_for_ours(intent, allowed):
    from veilig.dialogue_order import meaning_allowed

    assert meaning_allowed(intent) is allowed


@pytest.mark.parametrize("intent, text, allowed", [
    ("buiten_scope", "Is incest illegaal?", True),                      # names sexual violence
    ("buiten_scope", "Wanneer belt u 112?", True),                      # names the help
    ("buiten_scope", "hoe vraag ik een nieuw paspoort aan?", False),    # a municipal errand
    ("buiten_scope", "en hoe lang duurt dat bij veilig thuis?", False),  # a follow-up: the conversation decides
    ("groet", "hoi, wat doet veilig thuis?", False),                    # small talk stays small talk here
])
def test_a_question_held_for_not_ours_that_names_violence_or_its_help_is_ours(intent, text, allowed):
    from veilig.dialogue_order import meaning_allowed

    assert meaning_allowed(intent, text) is allowed


def test_a_question_held_for_not_ours_about_the_help_gets_the_topics_found():
    from veilig.dialogue_order import Found, decide

    found = Found(None, ("acuut-gevaar", "alarmnummer-bellen-als-je-niet-kunt-praten"))
    decision = decide("Wanneer belt u 112?", "buiten_scope", lambda _: found)
    assert (decision.intent, decision.reason, decision.choices) == ("vraag_definitie", "vraag_over_onze_hulp", found.choices)
    errand = decide("hoe vraag ik een nieuw paspoort aan?", "buiten_scope", lambda _: Found(None, ("paspoort",)))
    assert errand.intent == "buiten_scope"


@pytest.mark.parametrize("text", ["Welke factoren spelen een rol bij huiselijk geweld?",
                                  "Hoeveel slachtoffers van loverboys zijn er in Nederland?",
                                  "De wet Meldcode verandert, maar waarom eigenlijk?"])
def test_a_question_without_a_situation_gets_the_knowledge_answer_not_a_route(text):
    assert asks_without_situation(text)
    decision = decide(text, "slachtoffer", FakeSearch())
    assert (decision.intent, decision.reason, decision.entry_id) == ("vraag_definitie", "vraag_zonder_situatie", None)
    assert decision.choices == ("keuze",)


def test_stopping_the_violence_is_no_wish_to_stop_the_chat():
    assert decide("ik wil stoppen met slaan", "stoppen", FakeSearch(), ranking=["stoppen", "pleger"]).intent == "pleger"
    assert decide("ik wil stoppen", "stoppen", FakeSearch(), ranking=["stoppen", "pleger"]).intent == "stoppen"
    assert decide("stop met dit gesprek over geweld", "stoppen", FakeSearch(), ranking=["stoppen"]).intent == "stoppen"


def test_a_carer_who_tells_of_their_own_harshness_to_an_older_person_gets_the_older_persons_route():
    text = "mijn moeder heeft dementie en ik word soms zo boos dat ik haar hard vastpak"
    assert decide(text, "pleger", FakeSearch()).intent == "ouderen"
    assert decide("ik word soms zo boos dat ik mijn vrouw hard vastpak", "pleger", FakeSearch()).intent == "pleger"


@pytest.mark.parametrize("text", ["mag een leraar aan veilig thuis info geven zonder dat ik het weet",
                                  "mag de huisarts zonder mijn toestemming iets doorgeven aan veilig thuis"])
def test_a_question_about_consent_tells_no_situation(text):
    assert decide(text, "slachtoffer", FakeSearch()).reason == "vraag_zonder_situatie"


@pytest.mark.parametrize("text,intent,ranking", [
    ("mijn buurvrouw schreeuwt elke avond en ik hoor klappen", "nlu_fallback", ["nlu_fallback", "kind_jongere"]),
    ("de buurman slaat zijn vrouw", "slachtoffer", []),
    ("bij de buren huilt steeds een kind en de man schreeuwt", "kind_jongere", []),
])
def test_what_goes_on_at_the_neighbours_makes_the_writer_a_bystander(text, intent, ranking):
    assert decide(text, intent, FakeSearch(), ranking=ranking).intent == "zorgen_omstander"


@pytest.mark.parametrize("text,intent", [
    ("ik ben 10 en bij de buren wordt steeds geschreeuwd", "kind_jongere"),   # a child: the Kindertelefoon
    ("mijn papa slaat mama en de buren horen het", "kind_jongere"),           # at home, not at the neighbours'
    ("de buurman heeft mij geslagen", "slachtoffer"),                         # done to the writer
    ("ik ben naar de buren gevlucht maar hij staat voor hun deur", "slachtoffer"),  # the writer fled there
    ("mijn veel oudere buurjongen dwong me in de tuin tegen de grond", "slachtoffer"),  # done to the writer
])
def test_the_neighbours_named_in_a_story_of_ones_own_keep_its_route(text, intent):
    assert decide(text, intent, FakeSearch()).intent == intent


@pytest.mark.parametrize("text,intent", [
    ("Hoe komt stalkerware op mijn smartphone terecht?", "slachtoffer"),   # the writer's own phone
    ("waarom slaat hij me steeds?", "slachtoffer"),
    ("Wat gaat er met papa en mama gebeuren als ik dit vertel?", "kind_jongere"),
    ("Wat is sexting en is het strafbaar?", "seksueel_geweld"),           # not a Veilig Thuis route
])
def test_a_question_that_tells_a_situation_or_needs_another_number_keeps_its_route(text, intent):
    assert decide(text, intent, FakeSearch()).intent == intent


@pytest.mark.parametrize("text", [
    "Uit angst dat ze zou weglopen, heb ik haar vastgemaakt in haar zetel.",
    "mijn vader heeft alzheimer en mijn broer geeft zijn geld uit, hij laat ons niet meer binnen",
    "De thuiszorg komt bijna nooit en mijn moeder ligt de hele dag in bed, ik ben bang",
    "de buurvrouw van mijn hoogbejaarde oom belde, zijn huis is vervuild en hij eet niet",
])
def test_a_child_guess_for_a_message_about_an_older_person_gets_the_older_persons_route(text):
    assert decide(text, "kind_jongere", FakeSearch()).intent == "ouderen"


@pytest.mark.parametrize("text", [
    "ik ben 12 en mijn moeder heeft alzheimer, ze schreeuwt steeds tegen mij",
    "mijn vader slaat mij en mijn broertje",
])
def test_a_child_guess_keeps_the_child_route_when_it_sounds_like_a_child_or_names_no_older_person(text):
    assert decide(text, "kind_jongere", FakeSearch()).intent == "kind_jongere"


@pytest.mark.parametrize("intent", ["nlu_fallback", "buiten_scope"])
def test_an_unclear_guess_about_an_older_person_takes_the_older_persons_route_before_the_childs(intent):
    text = "Uit angst dat ze zou weglopen en iets ergs zou doen, heb ik haar vastgemaakt in haar zetel. Ik schaam me."
    assert decide(text, intent, FakeSearch(), ranking=[intent, "kind_jongere", "ouderen"]).intent == "ouderen"


@pytest.mark.parametrize("story,route", [
    ("We gingen naar familie in het buitenland. Daar pakten mijn ouders mijn paspoort af.", "slachtoffer"),
    ("Mijn moeder viel uit bed en lag de hele nacht op de grond naast haar rolstoel.", "ouderen"),
])
def test_a_passport_taken_or_an_older_person_left_lying_is_no_municipal_question(story, route):
    assert decide(story, "buiten_scope", FakeSearch(), ["buiten_scope", route]).intent == route
    assert decide("ik ben mijn paspoort kwijt, hoe vraag ik een nieuwe aan", "buiten_scope", FakeSearch(),
                  ["buiten_scope", route]).intent == "buiten_scope"


class FakeKnowledgeSearch:
    """A knowledge search that is never sure by words; records which second opinions were asked."""

    def __init__(self, phrasing=None, meaning=None, score=5.0, runner_up=0.0, audience="inwoner", nearest=(None, 0.0)):
        self.opinions = {"closest_phrasing": phrasing, "closest_in_meaning": meaning}
        self.asked = []
        self.score, self.runner_up, self.audience = score, runner_up, audience
        self.nearest = nearest

    def nearest_in_meaning(self, question):
        return self.nearest

    def identical_phrasing(self, question, hits):
        return None  # no phrasing is the question itself (tests/test_knowledge_search.py has the real one)

    def agreed_lead(self, question, hits):
        from veilig.knowledge.search import KnowledgeSearch
        return KnowledgeSearch.agreed_lead(self, question, hits)

    def search(self, question, limit=3):
        from veilig.knowledge.search import Hit
        return [Hit(id="eerste", title="Eerste", text="", audience=self.audience, document="landelijk", section="",
                    url="", related=[], score=self.score, coverage=0.7, runner_up=self.runner_up)]

    def __getattr__(self, name):
        if name not in ("closest_phrasing", "closest_in_meaning"):
            raise AttributeError(name)
        return lambda question, hits: self.asked.append(name) or self.opinions[name]


@pytest.mark.parametrize("opinions, by_meaning, answer, asked", [
    ({"phrasing": "eerste"}, True, "eerste", ["closest_phrasing"]),
    ({"meaning": "eerste"}, True, "eerste", ["closest_phrasing", "closest_in_meaning"]),
    ({"meaning": "eerste"}, False, None, ["closest_phrasing"]),
    ({}, True, None, ["closest_phrasing", "closest_in_meaning"]),
])
def test_the_second_opinions_are_asked_in_order_and_meaning_only_for_our_messages(opinions, by_meaning, answer, asked):
    from veilig.dialogue_order import find_in_knowledge

    search = FakeKnowledgeSearch(**opinions)
    found = find_in_knowledge(search, "Hoe zit dat precies?", by_meaning=by_meaning)
    assert found.entry_id == answer and found.choices == ("eerste",)
    assert search.asked == asked


@pytest.mark.parametrize("score, runner_up, audience, by_meaning, answer", [
    (16.0, 4.0, "inwoner", True, "eerste"),         # far ahead: answered for a message that is ours
    (16.0, 4.0, "inwoner", False, None),            # ... not when the classifier holds it for not ours
    (16.0, 9.0, "inwoner", True, None),             # the runner-up is too close
    (8.0, 1.0, "inwoner", True, None),              # too low a score
    (16.0, 4.0, "professional", True, None),        # an entry for professionals, asked by a resident
])
def test_a_top_hit_far_ahead_is_answered_only_for_our_messages(score, runner_up, audience, by_meaning, answer):
    from veilig.dialogue_order import find_in_knowledge

    search = FakeKnowledgeSearch(score=score, runner_up=runner_up, audience=audience)
    assert find_in_knowledge(search, "Hoe werkt het precies?", by_meaning=by_meaning).entry_id == answer
    # The lower score and the professionals' entry are answered when the top hit is also the nearest in meaning.
    confirmed = FakeKnowledgeSearch(score=score, runner_up=runner_up, audience=audience, nearest=("eerste", 0.9))
    expected = "eerste" if by_meaning and runner_up <= 0.5 * score else None
    assert find_in_knowledge(confirmed, "Hoe werkt het precies?", by_meaning=by_meaning).entry_id == expected
    other = FakeKnowledgeSearch(score=score, runner_up=runner_up, audience=audience, nearest=("tweede", 0.95))
    assert find_in_knowledge(other, "Hoe werkt het precies?", by_meaning=by_meaning).entry_id == answer
    # Two messages searched together (actions/knowledge_answer.py) leave the lead out, and so
    # does a follow-up, whose words alone miss what it asks.
    assert find_in_knowledge(search, "Hoe werkt het precies?", by_meaning=by_meaning, lead=False).entry_id is None
    assert find_in_knowledge(search, "en hoe lang duurt dat?", by_meaning=by_meaning).entry_id is None


@pytest.mark.parametrize("opinions, nearest, answer", [
    ({"meaning": "eerste"}, ("eerste", 0.95), "eerste"),    # the meaning is sure by far
    ({"meaning": "eerste"}, ("eerste", 0.90), None),        # ... not sure enough
    ({"meaning": "eerste"}, ("tweede", 0.97), None),        # ... another entry is nearer in meaning
    ({"score": 16.0, "runner_up": 4.0}, ("eerste", 0.95), "eerste"),   # far ahead, and the nearest
    ({"score": 16.0, "runner_up": 4.0}, ("eerste", 0.90), None),
])
def test_a_question_held_for_not_ours_is_answered_only_when_the_meaning_is_sure(opinions, nearest, answer):
    from veilig.dialogue_order import find_in_knowledge

    search = FakeKnowledgeSearch(nearest=nearest, **opinions)
    assert find_in_knowledge(search, "Hoe werkt het precies?", by_meaning=False, not_ours=True).entry_id == answer
    assert find_in_knowledge(search, "Hoe werkt het precies?", by_meaning=False).entry_id is None


@pytest.mark.parametrize("intent, text, allowed", [
    ("buiten_scope", "Wanneer wordt de Raad ingeschakeld?", True),
    ("hulp_menu", "Welke informatie mag u in zo'n geval verstrekken?", True),
    ("buiten_scope", "hoe lang duurt de wachtlijst voor een huurwoning in arnhem", False),   # a municipal errand
    ("buiten_scope", "mijn vader moet naar een verpleeghuis hoe regel je dat eigenlijk", False),  # everyday care
    ("buiten_scope", "we hebben een nieuwe hond", False),              # no question
    ("buiten_scope", "hoe lang duurt dat?", False),                    # a follow-up: the conversation decides
    ("slachtoffer", "Wanneer wordt de Raad ingeschakeld?", False),      # ours: meaning_allowed covers it
])
def test_the_meaning_is_asked_for_a_question_held_for_not_ours_without_an_everyday_subject(intent, text, allowed):
    from veilig.dialogue_order import meaning_allowed_when_not_ours

    assert meaning_allowed_when_not_ours(intent, text) is allowed


@pytest.mark.parametrize("text", ["ik woon in velp, is daar iemand die langs kan komen",
                                  "kan ik ff met iemand hier in de buurt praten", "woon zelf in drunen, is daar iets",
                                  # (thirty-third session's probe: 112, choices and the bystander's tips again)
                                  "zij woont in Winterswijk, wie kan haar daar helpen?", "kan ik hier ergens langs gaan?",
                                  "wij wonen in Gennep. wat kan ik daar doen", "is er hier iemand waar ik heen kan",
                                  # a named town and a place to go (thirty-fourth session's fifth tuning conversations)
                                  "kan ik in heusden ergens binnenlopen om dit te bespreken",
                                  "bij wie moet ik daarvoor zijn hier in putten",
                                  "is er in arnhem een plek waar ik samen met haar naartoe kan",
                                  # what was told, asked for in the municipality (the ninth tuning conversations)
                                  "waar vraag ik zoiets aan hier bij ons in de gemeente"])
def test_a_question_for_help_nearby_is_local_help(text):
    assert decide(text, "slachtoffer", lambda _: Found()).intent == "lokale_hulp"


@pytest.mark.parametrize("text", ["ik woon in tilburg, waar kan ik mijn paspoort verlengen",
                                  "mijn man slaat me, ik woon in tilburg, wie kan helpen", "ik woon in tilburg",
                                  "is er in arnhem een plek om te slapen vannacht", "hoe werkt veilig thuis in tilburg",
                                  "waar vraag ik een paspoort aan hier in de gemeente"])
def test_violence_or_a_municipal_service_is_no_question_for_help_nearby(text):
    assert decide(text, "slachtoffer", lambda _: Found()).intent != "lokale_hulp"


def test_a_pleger_guess_for_someone_who_is_hit_is_a_victim():
    assert decide("mijn moeder slaat me met de slof", "pleger", lambda _: Found()).intent == "slachtoffer"
    assert decide("ik ben 13 en mijn moeder slaat me", "pleger", lambda _: Found()).intent == "kind_jongere"
    assert decide("mijn vrouw slaat me en ik sla terug", "pleger", lambda _: Found()).intent == "pleger"
    # (thirty-first session: "nadat hij me had geslagen" got help for those who use violence)
    assert decide("de politie heeft mn vriend gisteren het huis uit gezet nadat hij me had geslagen, de kinderen waren erbij",
                  "pleger", lambda _: Found()).intent == "slachtoffer"
    # A bystander guess likewise: it was done to the writer.
    assert decide("mijn broer slaat me altijd als mama weg is", "zorgen_omstander", lambda _: Found()).intent == "kind_jongere"
    assert decide("hij heeft me gisteren weer geslagen", "zorgen_omstander", lambda _: Found()).intent == "slachtoffer"
    assert decide("ze vertelde me dat hij haar slaat", "zorgen_omstander", lambda _: Found()).intent == "zorgen_omstander"


@pytest.mark.parametrize("text,intent", [
    ("waar kan ik heen met mijn kinderen als ik weg moet", "slachtoffer"),
    ("ik wil met de relatie stoppen maar ik durf niet", "slachtoffer"),
    ("ik heb een huisverbod waar moet ik slapen", "pleger"),
    ("waar kan ik heen met mijn agressie", "pleger"),
    ("mn vriendin is weg omdat ik haar sloeg en ik wil hulp", "pleger"),
    ("mijn vriend wil dat ik mijn wachtwoorden geef anders wordt hij boos", "slachtoffer"),
    ("mijn vrouw wordt boos als ik te laat thuis kom en dan sla ik haar", "pleger"),
    ("heb ik recht op een advocaat als ik aangifte doe tegen mijn man", "slachtoffer"),
    ("ik ben bang dat ze me daar achterlaten in marokko", "slachtoffer"),
    ("ik ben bang voor mijn eigen woede als mijn vrouw zeurt", "pleger"),
    ("mijn man is agressief", "slachtoffer"),
    ("mijn partner is gewelddadig", "slachtoffer"),
    ("mijn vriendin zegt dat ik agressief ben", "pleger"),
    ("ik heb hem terug geslagen uit zelfverdediging, ben ik nu ook dader?", "slachtoffer"),
    ("Op momenten dat ik er doorheen zit, heb ik weleens mijn boodschap gillend overgebracht. Heb ik nu mijn "
     "kinderen beschadigd of getraumatiseerd?", "pleger"),
    # put down by a partner: psychological violence done to the writer, not their own
    ("mijn vriend zegt dat ik niks waard ben", "slachtoffer"),
])
def test_a_pleger_guess_for_someone_who_wants_to_leave_is_a_victim(text, intent):
    """One who wants to get away and tells of no violence of their own is no pleger."""
    assert decide(text, "pleger", lambda _: Found()).intent == intent


@pytest.mark.parametrize("text,intent", [
    ("mag mijn werkgever weten dat ik thuis geslagen word", "slachtoffer"),
    ("ik ben 34 en word thuis geslagen", "slachtoffer"),
    ("ik ben 12 en mijn vader slaat mij", "kind_jongere"),
    ("papa slaat mama en mijn man weet het niet", "kind_jongere"),
    ("mijn vriend zegt dat ik niks waard ben en dat niemand anders me wil", "slachtoffer"),
    ("ik ben 15 en mijn vriendje slaat me", "kind_jongere"),
    ("me vriend slaat me als ie dronke is", "slachtoffer"),  # spoken 'me' for 'mijn'
    ("ik ben 14 en me vriend slaat me", "kind_jongere"),
    ("hoe kom ik aan een advocaat als ik wil scheiden door geweld", "slachtoffer"),  # a divorce of one's own
    ("mijn ouders gaan scheiden en papa schreeuwt", "kind_jongere"),
    # a women's shelter is for adults (and their children): not the Kindertelefoon first
    ("waar kan ik heen als ik niet meer thuis kan blijven, is er een blijf van mijn lijf huis", "slachtoffer"),
])
def test_a_child_guess_for_an_adult_is_a_victim(text, intent):
    """An adult who writes of an employer, a partner or an adult age gets Veilig Thuis, not the
    Kindertelefoon first; one who also sounds like a child keeps the child's route."""
    assert decide(text, "kind_jongere", lambda _: Found()).intent == intent


@pytest.mark.parametrize("text,intent,expected", [
    ("hoe help ik een vriendin die niet weg wil bij haar man", "slachtoffer", "zorgen_omstander"),
    ("hoe kan ik mijn zus helpen, haar man slaat haar", "pleger", "zorgen_omstander"),
    ("hoe help ik mijn kinderen als mijn man mij slaat", "slachtoffer", "slachtoffer"),
])
def test_a_victim_guess_for_someone_who_asks_how_to_help_another_is_a_bystander(text, intent, expected):
    assert decide(text, intent, lambda _: Found()).intent == expected


def test_the_writers_audience_is_none_when_the_guess_fits():
    from veilig.dialogue_order import writers_audience
    assert writers_audience("slachtoffer", "mijn man slaat me") is None
    assert writers_audience("pleger", "ik heb mijn vrouw geslagen") is None
    assert writers_audience(None, "mijn man slaat me") is None
    assert writers_audience("kind_jongere", "mag mijn werkgever weten dat ik thuis geslagen word") == ("slachtoffer", "volwassene")


@pytest.mark.parametrize("text,intent,expected", [
    ("ik ben juf in groep 5 en een meisje vertelde dat haar vader haar met een riem slaat", "zorgen_omstander",
     "meldcode_vraag"),
    ("als huisarts zie ik een vrouw met blauwe plekken die zegt dat ze gevallen is", "zorgen_omstander",
     "meldcode_vraag"),
    ("ik werk bij de kinderopvang en een jongetje komt steeds zonder eten", "slachtoffer", "meldcode_vraag"),
    ("ik werk als thuiszorgmedewerker en de zoon van een client schreeuwt tegen hem", "ouderen", "meldcode_vraag"),
    ("ik werk in de thuiszorg en ik zie dat een mevrouw blauwe plekken heeft", "pleger", "meldcode_vraag"),
    # Their own violence, violence done to them, or no sector with a meldcode: their own route.
    ("ik ben verpleegkundige en mijn man slaat mij", "slachtoffer", "slachtoffer"),
    ("ik ben vrijwilliger bij de hockeyclub en een meisje zegt dat ze thuis geslagen wordt", "zorgen_omstander",
     "zorgen_omstander"),
    ("ik ben juf en mijn vriendin vertelt dat haar man haar slaat, ze komt bij ons slapen", "zorgen_omstander",
     "meldcode_vraag"),
    # 'als een medewerker ...' is a condition, not the writer's job.
    ("mijn collega wordt thuis geslagen, wat kan ik doen als een medewerker zo bang is", "zorgen_omstander",
     "zorgen_omstander"),
])
def test_a_professional_telling_of_a_case_gets_the_meldcode(text, intent, expected):
    """One who says they work in a sector with a meldcode gets its route, whatever audience the
    classifier guessed; one who tells of violence done to them keeps the victim's route."""
    assert decide(text, intent, lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,expected", [
    ("hoi ik ben 11. mag ik jullie iets vragen? mijn broer slaat mij steeds", "kind_jongere"),
    ("ik zit in groep 8 en mijn moeder schreeuwt elke dag", "kind_jongere"),
    ("ik ben 15 jaar getrouwd en mijn man slaat mij", "slachtoffer"),
    ("mijn man slaat mij waar de kinderen bij zijn", "slachtoffer"),
    ("ik (16) heb een vriendje die me dwingt om dingen te doen die ik niet wil", "kind_jongere"),
    ("mijn zoon (16) wordt gedwongen door zijn vriendin", "slachtoffer"),
])
def test_a_victim_guess_that_tells_a_childs_age_is_a_child(text, expected):
    assert decide(text, "slachtoffer", lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,expected", [
    ("hoi ik weet niet of dit hier hoort maar mn vriendin word door haar vader geslagen ze is 15 ik ook", "kind_jongere"),
    ("mijn vriendin wordt door haar vader geslagen, ze is 15", "zorgen_omstander"),
])
def test_a_bystander_of_a_friends_age_is_a_child(text, expected):
    assert decide(text, "zorgen_omstander", lambda _: Found()).intent == expected


def test_signs_of_a_loverboy_told_without_a_sign_word_are_a_need_not_off_topic():
    text = "mijn dochter van 15 heeft een oudere vriend die haar dure cadeaus geeft en nu gaat ze ineens met andere mannen mee"
    assert decide(text, "ouderen", lambda _: Found()).intent == "zorgen_omstander"


@pytest.mark.parametrize("text,expected", [
    ("ik kan niet bellen want hij is thuis. kan ik ergens chatten?", "slachtoffer"),
    ("ik durf niet te bellen, hij zit beneden en hoort alles", "slachtoffer"),
    ("mijn buurvrouw wordt geslagen maar ik kan niet bellen, kan ik mailen?", "zorgen_omstander"),
])
def test_a_bystander_guess_for_one_who_cannot_call_because_he_would_hear_is_a_victim(text, expected):
    assert decide(text, "zorgen_omstander", lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,expected", [
    ("mijn dochter van 15 heeft een oudere vriend die haar meeneemt naar feestjes", "zorgen_omstander"),
    ("mijn moeder van 84 wordt door mijn broer van 15 jaar jonger uitgescholden", "ouderen"),
    ("mijn oma heeft dementie en mijn neef van 17 pakt haar geld", "ouderen"),
])
def test_an_older_persons_guess_for_a_minor_with_an_older_friend_is_a_bystander(text, expected):
    assert decide(text, "ouderen", lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,plea", [
    ("ik heb mijn vrouw geduwd. waar kan ik hulp krijgen", True),
    ("Waar vind ik hulp voor mezelf?", True),
    ("waar kan ik hulp krijgen als ik gestalkt word?", False),
    ("waar kan ik hulp krijgen bij financiele problemen", False),
])
def test_where_to_find_help_is_a_plea_unless_it_names_a_subject(text, plea):
    from veilig.dialogue_order import asks_for_help
    assert asks_for_help(text) is plea and asks_information(text) is not plea


@pytest.mark.parametrize("text,expected", [
    ("mijn vriendin is bang voor haar vader", "zorgen_omstander"),
    ("mijn zus wordt door haar man geslagen", "zorgen_omstander"),
    ("mijn vrouw is bang voor mij als ik boos word", "pleger"),
    ("ik sla mijn vrouw en mijn zoon is bang", "pleger"),
    # what another told of someone who hurts her (thirty-third session: the fallback "geen goed antwoord")
    ("mijn kleindochter van 7 zei dat de nieuwe vriend van mijn dochter haar slaat. moet ik mijn dochter daarop aanspreken?",
     "zorgen_omstander"),
    ("ze zei dat ik haar sloeg", "pleger"),
])
def test_a_pleger_guess_for_one_worried_about_another_is_a_bystander(text, expected):
    assert decide(text, "pleger", lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,child", [
    ("mijn pleegouders schreeuwen tegen mij en ik mag nooit naar buiten", True),
    ("ik denk dat mijn buurvrouw wordt uitgebuit, ze werkt dag en nacht en mag niet naar buiten", False),
    ("ik ben 11 en mijn broer slaat mij", True),
])
def test_sounds_like_a_child_only_when_the_writer_is_the_one_kept_inside(text, child):
    from veilig.child import sounds_like_a_child
    assert sounds_like_a_child(text) is child


def test_rough_handling_by_a_carer_is_violence_of_the_writers_own():
    from veilig.doer import tells_of_own_violence
    from veilig.worry import is_about_violence
    text = "mijn vader van 85 heeft dementie en ik ben soms hardhandig als ik hem was"
    assert is_about_violence(text) and tells_of_own_violence(text)
    assert not tells_of_own_violence("de thuiszorg is hardhandig met mijn moeder")


def test_an_unclear_guess_takes_the_best_in_need_guess_with_the_same_corrections():
    text = "ik polen, werk hier, baas pakt mijn paspoort en slaat mij"
    decision = decide(text, "nlu_fallback", lambda _: Found(), ranking=["nlu_fallback", "pleger", "slachtoffer"])
    assert (decision.intent, decision.reason) == ("slachtoffer", "geen_kletspraat")


@pytest.mark.parametrize("text,kept", [
    ("wordt dit gesprek opgeslagen?", True),
    ("kan mijn man zien dat ik hier heb gechat?", True),
    ("leest er iemand mee?", True),
    ("worden mijn berichten aan veilig thuis bewaard?", False),
    ("hoe lang bewaart veilig thuis mijn gegevens", False),
    ("wat als mijn vader het ziet", True),
    ("en als hij dit leest?", True),
    ("als hij het ziet slaat hij me", False),  # a story of violence keeps its route
    ("kan hij zien op mijn telefoon dat ik hier chat?", True),
    ("hoe wis ik deze chat zodat mijn man het niet ziet", True),
    ("kan hij op mijn telefoon zien dat ik veilig thuis heb gebeld", False),
    # fifteenth session's probe
    ("kan mijn man zien dat ik hier was?", True),
    ("en als hij dat ontdekt?", False),  # after a question about reporting: the report, not this chat
    # twenty-eighth session's probe: got the Kindertelefoon's privacy statement
    ("hij kijkt soms in mijn telefoon, kan hij deze chat zien?", True),
    ("kan hij de kindertelefoon chat zien", False),
])
def test_a_question_whether_this_chat_is_kept_gets_what_the_chat_keeps(text, kept):
    decision = decide(text, "vraag_definitie", FakeSearch())
    assert (decision.intent == "bot_vraag") is kept


def test_the_privacy_answer_names_the_widgets_own_quick_exit_button():
    """The answer tells people to press 'Snel weg': the widget must have a button of that name."""
    from pathlib import Path

    from veilig.routes import route_messages
    widget = (Path(__file__).resolve().parents[1] / "api" / "static" / "widget.js").read_text(encoding="utf-8")
    assert 'quickExit: "Snel weg"' in widget and "Snel weg" in route_messages("bot_privacy")[0]["text"]


@pytest.mark.parametrize("text,intent", [
    ("ik word op mijn werk door mijn baas uitgescholden en bedreigd", "slachtoffer"),
    ("mijn schoonmoeder bemoeit zich met alles en scheldt me uit waar de kinderen bij zijn", "slachtoffer"),
    ("ik ben bang dat als ik veilig thuis bel ze mijn kinderen afpakken", "slachtoffer"),
    ("ik denk dat mijn moeder te veel drinkt en dan is ze gemeen tegen me", "slachtoffer"),
    ("wat kan ik doen tegen stalking door mijn ex", "slachtoffer"),
    ("mijn vriendin wil niet dat ik met mijn familie omga", "slachtoffer"),
    ("mijn vriend heeft mijn hoofd tegen de muur geslagen vorige week, moet ik naar de dokter", "slachtoffer"),
    ("ik heb zijn hoofd tegen de muur geslagen", "pleger"),
    # one's own violence told with it keeps the pleger's route
    ("ik schold mijn vrouw uit en ik word gecontroleerd door de reclassering", "pleger"),
    ("ik ben bang mijn kinderen kwijt te raken als ik hulp vraag omdat ik sla", "pleger"),
])
def test_a_pleger_guess_for_one_who_is_abused_or_fears_losing_the_children_is_a_victim(text, intent):
    assert decide(text, "pleger", lambda _: Found()).intent == intent


def test_a_pleger_guess_for_a_question_without_violence_of_ones_own_gets_the_knowledge_answer():
    """'kan een huisarts zomaar mijn gegevens doorgeven': no pleger's route ('ook voor mensen die
    zelf geweld gebruiken'), but choices and Veilig Thuis."""
    decision = decide("kan een huisarts zomaar mijn gegevens doorgeven aan veilig thuis", "pleger", FakeSearch())
    assert (decision.intent, decision.reason, decision.choices) == ("vraag_definitie", "vraag_geen_pleger", ("keuze",))
    assert decide("ik heb mijn vrouw geslagen, krijg ik een strafblad?", "pleger", FakeSearch()).intent == "pleger"


def test_a_fear_of_what_a_service_will_do_asks_how_it_works():
    text = "ik ben bang dat als ik veilig thuis bel ze mijn kinderen afpakken"
    assert asks_information(text)
    decision = decide(text, "pleger", FakeSearch([text]))
    assert (decision.intent, decision.entry_id) == ("vraag_definitie", "gevonden-item")
    assert not asks_information("ik ben bang dat hij me weer slaat")


@pytest.mark.parametrize("text,expected", [
    ("mijn dochter heeft een nieuw vriendje en ze is ineens heel stil en heeft dure spullen", "zorgen_omstander"),
    ("mijn dochter heeft mijn pinpas en ik weet niet wat ze ermee doet", "ouderen"),
    ("ik ben 75 en mijn dochter schreeuwt de hele tijd tegen me", "ouderen"),
])
def test_an_older_persons_guess_that_names_no_one_who_may_be_old_is_a_bystander(text, expected):
    assert decide(text, "ouderen", lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,expected", [
    ("mijn kind wordt gepest en geslagen op school", "zorgen_omstander"),
    ("mijn man slaat mijn kinderen", "slachtoffer"),
    ("mijn zoon wordt geslagen door zijn vader", "zorgen_omstander"),
    ("ik word geslagen en mijn kinderen zien het", "slachtoffer"),
])
def test_a_child_guess_for_a_parent_telling_of_their_child_is_a_bystander(text, expected):
    assert decide(text, "kind_jongere", lambda _: Found()).intent == expected


@pytest.mark.parametrize("text,without", [
    ("hoelang duurt het voordat veilig thuis iets doet na mijn melding", True),
    ("als ik vt bel moet ik dan mijn naam zeggen?", True),
    ("kan ik anoniem melden bij veilig thuis?", True),
    # what a service may do to the family asks how it works: no 'wat naar dat je dit meemaakt'
    ("kan veilig thuis mijn kinderen afpakken", True),
    ("kan jeugdzorg mijn kinderen uit huis plaatsen?", True),
    ("mag veilig thuis met mijn kind praten zonder mij", True),
    # a situation told with it stays one
    ("mijn man slaat me, kan ik veilig thuis bellen?", False),
    ("kan ik ergens heen?", False),
    ("moet ik bang zijn voor mijn man als ik veilig thuis bel?", False),
    ("mijn kinderen zijn bang, kan veilig thuis helpen?", False),
])
def test_the_writers_part_in_calling_or_reporting_tells_no_situation(text, without):
    assert asks_without_situation(text) is without


def test_a_parent_telling_of_a_childs_abuse_in_a_childs_words_gets_the_csg_not_the_unclear_answer():
    decision = decide("mijn dochter van 6 vertelt dat opa aan haar plasser zit", "nlu_fallback", lambda _: Found())
    assert decision.intent == "seksueel_geweld"


@pytest.mark.parametrize("text,expected", [
    ("mijn vader zit in de gevangenis omdat hij mijn moeder heeft mishandeld en hij komt binnenkort vrij, ik ben bang",
     "slachtoffer"),
    ("ik ben 12, mijn stiefvader slaat mijn moeder en ik ben bang", "kind_jongere"),
    ("mijn buurman slaat zijn vrouw, ik ben bang", "zorgen_omstander"),
    ("mijn vader slaat mijn moeder, ik ben bang, hoe help ik mijn moeder", "zorgen_omstander"),
])
def test_a_bystander_guess_from_one_afraid_of_someone_at_home_is_a_victim(text, expected):
    assert decide(text, "zorgen_omstander", lambda _: Found()).intent == expected


def test_a_pleger_guess_for_one_whose_partner_got_a_house_ban_is_a_victim():
    assert decide("mijn man heeft een huisverbod gekregen", "pleger", lambda _: Found()).intent == "slachtoffer"
    assert decide("ik heb een huisverbod gekregen", "pleger", lambda _: Found()).intent == "pleger"


def test_a_story_of_violence_taken_for_a_reply_takes_the_best_in_need_guess():
    """'ik weet niet of dit hier hoort maar mijn vriend duwt me soms' was taken for 'weet niet' and
    got 'ik weet niet zeker of ik je begrijp'."""
    text = "ik weet niet of dit hier hoort maar mijn vriend duwt me soms als hij dronken is"
    decision = decide(text, "weet_niet", lambda _: Found(), ranking=["weet_niet", "zorgen_omstander", "slachtoffer"])
    assert decision.intent == "slachtoffer"  # the bystander guess gives way: it was done to the writer
    assert decide("weet ik niet", "weet_niet", lambda _: Found(), ranking=["weet_niet", "slachtoffer"]).intent == "weet_niet"


@pytest.mark.parametrize("story,expected", [
    ("er wordt bij ons thuis heel veel geschreeuwd en ik kan me niet concentreren op school", "kind_jongere"),
    ("mijn vriend duwt me soms als hij dronken is", "slachtoffer"),
    ("ik loop thuis altijd op eieren want mijn man ontploft om niks", "slachtoffer"),
    ("mijn moeder heeft losse handjes", "kind_jongere"),
    ("mijn moeder wordt door mijn broer bestolen, ze is 82", "ouderen"),
    ("mijn buurjongen van 10 zit elke avond tot laat alleen buiten", "zorgen_omstander"),
])
def test_shouting_and_pushing_at_home_are_no_everyday_worry(story, expected):
    decision = decide(story, "buiten_scope", FakeSearch(), ["buiten_scope", expected])
    assert decision.intent == expected


def test_an_injury_a_professional_sees_gets_the_meldcode_not_the_fallback():
    text = "ik ben leraar en een leerling heeft een brandwond op zijn arm, zegt dat het van het strijkijzer komt"
    decision = decide(text, "buiten_scope", FakeSearch(), ["buiten_scope", "zorgen_omstander", "meldcode_vraag"])
    assert decision.intent == "meldcode_vraag"


@pytest.mark.parametrize("text,intent,expected", [
    ("mijn vrouw is verslaafd en ik ben bang dat ze de kinderen iets aandoet", "pleger", "zorgen_omstander"),
    ("ik ben bang dat ik de kinderen iets aandoe", "pleger", "pleger"),
    ("mijn oom stuurt me steeds berichtjes dat ik mooi ben en dat het ons geheim is, ik ben 12", "zorgen_omstander",
     "kind_jongere"),
    ("mijn buurvrouw schreeuwt steeds tegen haar kinderen", "zorgen_omstander", "zorgen_omstander"),
])
def test_fear_for_the_children_and_a_childs_age_correct_the_guess(text, intent, expected):
    assert decide(text, intent, FakeSearch()).intent == expected


@pytest.mark.parametrize("text,expected", [
    ("ik snij mezelf omdat het thuis zo erg is", "slachtoffer"),
    ("ik ben 14 en ik kras mezelf want mijn vader slaat", "kind_jongere"),
])
def test_harm_to_oneself_is_no_plegers_violence(text, expected):
    assert decide(text, "pleger", FakeSearch(), ["pleger", expected]).intent == expected
    assert decide("ik heb mijn vrouw geslagen", "pleger", FakeSearch()).intent == "pleger"


@pytest.mark.parametrize("text,expected", [
    ("mijn zoon van 20 is verslaafd en steelt geld van ons en bedreigt ons als we niks geven", "slachtoffer"),
    ("ik ben 82 en mijn zoon steelt geld van mij", "ouderen"),
    ("mijn moeder heeft dementie en mijn zoon pakt haar geld", "ouderen"),
])
def test_a_parent_hurt_by_their_own_child_is_no_older_persons_bystander(text, expected):
    assert decide(text, "ouderen", FakeSearch(), ["ouderen", "slachtoffer"]).intent == expected


@pytest.mark.parametrize("text,expected", [
    ("Mijn zoon is 24 en verslaafd, hij wordt agressief en heeft me al geduwd.", "slachtoffer"),
    ("mijn dochter heeft me gisteren geslagen", "slachtoffer"),
    ("mijn zoon heeft zijn vriendin geslagen", "zorgen_omstander"),
])
def test_a_parent_hurt_by_their_own_child_is_no_bystander(text, expected):
    """Twenty-fifth session's probe: a mother pushed by her addicted son got a bystander's tips."""
    assert decide(text, "zorgen_omstander", FakeSearch(), ["zorgen_omstander", "slachtoffer"]).intent == expected


@pytest.mark.parametrize("text, intent, decided", [
    ("ik ben leerkracht", "nlu_fallback", "meldcode_vraag"),
    ("ik ben pedagogisch medewerker op een kdv", "nlu_fallback", "meldcode_vraag"),
    ("hoi ik ben huisarts", "groet", "meldcode_vraag"),
    # a case, a question or a wish to be guided goes on through the order as before
    ("ik ben leerkracht en een leerling heeft blauwe plekken", "meldcode_vraag", "meldcode_vraag"),
    ("reclasseringswerker hier, ik wil het afwegingskader doorlopen", "meldcode_doorlopen", "meldcode_doorlopen"),
    ("ik ben moeder", "nlu_fallback", "nlu_fallback"),
    ("ik ben vrijwilliger bij de voetbal", "nlu_fallback", "nlu_fallback"),
])
def test_a_professional_who_only_says_who_they_are_gets_the_meldcode(text, intent, decided):
    assert decide(text, intent, FakeSearch(), [intent]).intent == decided


@pytest.mark.parametrize("text, decided", [
    ("ik ben gemeld bij veilig thuis maar het klopt niet", "vraag_definitie"),
    ("iemand heeft ons gemeld bij veilig thuis", "vraag_definitie"),
    ("mijn ex heeft me bij veilig thuis gemeld omdat ik de kinderen zou slaan, dat is echt niet waar", "vraag_definitie"),
    # violence told with it keeps the route
    ("ik ben gemeld bij veilig thuis en mijn man slaat me", "slachtoffer"),
    ("ik heb mijn buren gemeld", "zorgen_omstander"),
])
def test_being_reported_gets_the_answer_not_a_bystanders_route(text, decided):
    search = FakeSearch(known=[text])
    assert decide(text, "zorgen_omstander", search, ["zorgen_omstander"]).intent == decided


def test_being_reported_gets_the_answer_on_being_reported_whatever_else_the_search_found():
    text = "ons dochtertje had haar arm gebroken en nu heeft het ziekenhuis ons gemeld, ze is van de bank gevallen"
    decision = decide(text, "zorgen_omstander", FakeSearch(known=[text]), ["zorgen_omstander"])
    assert (decision.intent, decision.entry_id) == ("vraag_definitie", "er-is-een-melding-over-mij-gedaan")
    assert not tells_of_being_reported("ik heb me aangemeld voor de training")


def test_a_reported_family_asking_what_is_written_down_gets_that_answer():
    """Thirty-fourth session: the general answer on being reported, not what Veilig Thuis records;
    only a question takes the first close choice, and only one about being reported."""
    text = "school heeft ons gezin gemeld bij veilig thuis. wat schrijven ze nu allemaal over ons op?"
    asked = decide(text, "zorgen_omstander", lambda _: Found(None, ("wat-legt-veilig-thuis-vast", "veilig-thuis")))
    assert asked.entry_id == "wat-legt-veilig-thuis-vast"
    other = decide(text, "zorgen_omstander", lambda _: Found(None, ("veilig-thuis", "wat-legt-veilig-thuis-vast")))
    assert other.entry_id == "er-is-een-melding-over-mij-gedaan"
    told = decide("school heeft ons gezin gemeld bij veilig thuis", "zorgen_omstander",
                  lambda _: Found(None, ("wat-legt-veilig-thuis-vast",)))
    assert told.entry_id == "er-is-een-melding-over-mij-gedaan"


def test_an_unclear_guess_for_a_story_of_violence_takes_the_csg_only_for_sexual_violence():
    story = "ik weet niet of dit hier hoort maar mijn vader schreeuwt en gooit met spullen naar mijn moeder"
    ranking = ["nlu_fallback", "seksueel_geweld", "kind_jongere"]
    assert decide(story, "nlu_fallback", FakeSearch(), ranking).intent == "kind_jongere"
    told = "ik weet niet of dit hier hoort maar hij heeft me verkracht"
    assert decide(told, "nlu_fallback", FakeSearch(), ranking).intent == "seksueel_geweld"


def test_a_child_guess_for_an_adult_who_tells_of_childhood_gets_the_victims_route():
    story = ("Toen ik klein was sloeg mijn vader mijn moeder en ik lag dan in bed te trillen. "
             "Nu ben ik 25 en ik heb er nog steeds last van.")
    assert decide(story, "kind_jongere", FakeSearch(), ["kind_jongere", "pleger"]).intent == "slachtoffer"


@pytest.mark.parametrize("text, intent, decided", [
    ("Sinds de scheiding zegt mijn ex tegen de kinderen dat ik een slechte moeder ben en de kinderen willen niet "
     "meer naar mij toe.", "ouderen", "slachtoffer"),
    ("mijn ex zet de kinderen tegen mij op", "pleger", "slachtoffer"),
    ("ik zet de kinderen tegen hun vader op", "pleger", "pleger"),
])
def test_children_turned_against_the_writer_is_done_to_the_writer(text, intent, decided):
    assert decide(text, intent, FakeSearch(), [intent]).intent == decided


@pytest.mark.parametrize("text,intent", [
    ("word ik ontslagen als mijn baas weet dat ik thuis geslagen word", "slachtoffer"),
    ("mag mijn vriend mijn telefoon afpakken als hij me daarna slaat", "slachtoffer"),
    ("ik ben 12 en mijn vader slaat me, mag dat?", "kind_jongere"),
])
def test_a_question_the_knowledge_base_cannot_answer_from_a_victim_gets_their_route(text, intent):
    decision = decide(text, "vraag_definitie", FakeSearch())
    assert (decision.intent, decision.reason, decision.choices) == (intent, "vraag_van_slachtoffer", ("keuze",))
    # An answer found is still given, and a question without violence done to the writer keeps
    # the reply that the knowledge base has no answer.
    assert decide(text, "vraag_definitie", FakeSearch([text])).entry_id == "gevonden-item"
    assert decide("word ik ontslagen als ik vaak ziek ben", "vraag_definitie", FakeSearch()).intent == "vraag_definitie"
    assert decide("mijn collega wordt thuis geslagen, mag ik dat melden", "vraag_definitie",
                  FakeSearch()).intent == "vraag_definitie"


def test_a_message_guessed_as_stopping_is_searched_unless_it_stops_the_chat():
    """'ze wil er niet over praten' taken for 'stoppen' gets its entry found for the conversation
    (actions/routes.py gives it after a route); 'stop' or 'ik wil stoppen met dit gesprek' is not searched."""
    text = "ze wil er niet over praten"
    search = FakeSearch([text])
    decision = decide(text, "stoppen", search)
    assert (decision.intent, decision.entry_id, search.calls) == ("stoppen", "gevonden-item", 1)
    for stop in ("stop", "laat maar", "ik wil stoppen met dit gesprek"):
        search = FakeSearch([stop])
        assert decide(stop, "stoppen", search).intent == "stoppen" and search.calls == 0, stop


@pytest.mark.parametrize("text,goodbye", [
    ("doei", True), ("dag", True), ("tot ziens", True), ("ik moet gaan", True), ("ik ga nu", True),
    ("elke dag", False), ("de hele dag", False), ("dag en nacht", False),
])
def test_says_goodbye(text, goodbye):
    assert says_goodbye(text) is goodbye


def test_every_day_is_no_goodbye():
    """A child who answers 'elke dag' (how often their father calls them stupid) got 'Dag. Sluit
    dit venster': the classifier took it for a goodbye."""
    assert decide("elke dag", "afscheid", lambda q: Found()).intent == "nlu_fallback"
    assert decide("doei", "afscheid", lambda q: Found()).intent == "afscheid"


@pytest.mark.parametrize("text", ["wie kunnen dat nog meer inzien", "kun je daar als ouder nog tegenin gaan"])
def test_a_question_taken_for_starting_over_is_searched(text):
    """Both got the greeting and the audience menu after an answer on the dossier and on a placement:
    the classifier took them for 'opnieuw' (thirty-first session)."""
    asked = []
    decision = decide(text, "opnieuw", lambda q: asked.append(q) or Found(choices=("dossier-inzien-bij-veilig-thuis",)))
    assert decision.intent == "nlu_fallback" and asked == [text]
    assert decision.choices == ("dossier-inzien-bij-veilig-thuis",)


@pytest.mark.parametrize("text", ["opnieuw beginnen", "reset", "ik wil een nieuw gesprek", "van voor af aan",
                                  "kunnen we het nog eens doen", "terug naar het begin"])
def test_starting_over_stays(text):
    assert decide(text, "opnieuw", lambda q: Found()).intent == "opnieuw"


@pytest.mark.parametrize("text", [
    "wat als je moeder je opsluit in je kamer de hele dag",
    "mn moeder heeft een nieuwe vriend en die kijkt raar naar me en komt soms de badkamer in als ik douch",
    "een jongen komt steeds zonder ontbijt en in vieze kleren",
    "ik moet altijd op mijn kleine zusjes passen en krijg klappen als het mis gaat",
    # parents who fight (thirty-fourth session: grandparents who told it were 'not ours')
    "de kinderen vertellen dat papa en mama 's avonds vechten", "mijn ouders vechten elke avond",
    "hij vecht met mijn moeder",
])
def test_signs_without_a_word_of_blows_are_about_violence(text):
    """The first got 'Ik ben een chatbot', the second 'ik weet niet zeker of ik je begrijp', the
    third (from a teacher) 'daar kan ik je niet mee helpen': no number."""
    from veilig.worry import is_about_violence
    assert is_about_violence(text)


@pytest.mark.parametrize("text", ["ik vecht voor mijn rechten", "mijn zoon zit op vechtsport",
                                  "we vechten voor de voogdij"])
def test_fighting_for_something_is_no_violence(text):
    from veilig.worry import is_about_violence
    assert not is_about_violence(text)


def test_blows_received_with_ik_left_out_are_done_to_the_writer():
    """'... en krijg klappen als het mis gaat' got 'ik weet niet zeker of ik je begrijp'."""
    from veilig.doer import done_to_the_writer_only
    from veilig.worry import is_about_violence
    assert done_to_the_writer_only("ik moet altijd op mijn kleine zusjes passen en krijg klappen als het mis gaat")
    assert not is_about_violence("de economie krijgt de klappen")
    decision = decide("ik moet altijd op mijn kleine zusjes passen en krijg klappen als het mis gaat", "buiten_scope",
                      lambda q: Found(), ranking=("buiten_scope", "zorgen_omstander", "kind_jongere"))
    assert decision.intent in ("slachtoffer", "kind_jongere")


@pytest.mark.parametrize("text", ["mijn vriendin wil niet dat ik met mijn familie omga",
                                  "mn man wil niet dat ik ga werken"])
def test_a_partner_who_cuts_the_writer_off_makes_an_unsure_guess_a_victim(text):
    """'mijn vriendin wil niet dat ik met mijn familie omga' got 'ik weet niet zeker welk onderwerp je bedoelt'."""
    decision = decide(text, "nlu_fallback", lambda _: Found(), ranking=["nlu_fallback", "zorgen_omstander", "slachtoffer"])
    assert decision.intent == "slachtoffer"
    assert decide("mijn vriend wil niet dat ik mee ga naar het feest", "nlu_fallback", lambda _: Found(),
                  ranking=["nlu_fallback", "zorgen_omstander"]).intent == "nlu_fallback"


@pytest.mark.parametrize("text,reported", [
    ("ik heb een brief van veilig thuis gekregen", True),
    ("veilig thuis heeft me gebeld", True),
    ("ik denk dat ik gemeld ben bij veilig thuis", True),
    ("moet de school mij vertellen als ze veilig thuis bellen over mijn kind", True),
    ("ik wil veilig thuis bellen over mijn kind", False),
    ("ik maak me zorgen over mijn kind, moet ik bellen", False),
    # the order turned (twenty-eighth session's probe got the bystander's tips)
    ("Er is over mij een melding gedaan bij Veilig Thuis door de school van mijn zoon. Ik ben echt boos en bang.", True),
    ("ik maak me zorgen over mij en mijn kinderen", False),
])
def test_a_letter_from_veilig_thuis_or_a_school_that_reports_the_writers_child_is_being_reported(text, reported):
    """'ik heb een brief van veilig thuis gekregen' got the pleger's route."""
    assert tells_of_being_reported(text) is reported


def test_a_letter_from_veilig_thuis_gets_what_happens_now():
    decision = decide("ik heb een brief van veilig thuis gekregen", "pleger", lambda _: Found())
    assert (decision.intent, decision.entry_id) == ("vraag_definitie", "er-is-een-melding-over-mij-gedaan")


def test_a_meldcode_guess_for_one_threatened_who_works_with_no_meldcode_is_a_victim():
    """'wij hebben een pleegkind en de biologische ouders bedreigen ons' got the meldcode's steps."""
    text = "wij hebben een pleegkind en de biologische ouders bedreigen ons"
    assert decide(text, "meldcode_vraag", lambda _: Found()).intent == "slachtoffer"
    # one who works with the meldcode keeps it
    assert decide("ik ben leerkracht en de ouders van een leerling bedreigen me", "meldcode_vraag",
                  lambda _: Found()).intent == "meldcode_vraag"


@pytest.mark.parametrize("text,expected", [
    ("ik wil iets melden", "zorgen_omstander"),
    ("ik wil graag een melding doen bij veilig thuis", "zorgen_omstander"),
    # a professional, or a case that names a pupil, keeps the meldcode
    ("ik ben leerkracht en ik wil iets melden", "meldcode_vraag"),
    ("ik wil iets melden over een leerling", "meldcode_vraag"),
])
def test_a_bare_wish_to_report_without_a_professional_is_a_residents(text, expected):
    """'ik wil iets melden' got 'als professional volgt u de meldcode'."""
    assert decide(text, "meldcode_vraag", lambda _: Found()).intent == expected


def test_what_the_local_team_does_gets_the_answer_not_a_question_for_the_place():
    """'wat doet het wijkteam' got 'in welke gemeente woon je?'."""
    search = FakeSearch({"wat doet het wijkteam"})
    decision = decide("wat doet het wijkteam", "lokale_hulp", search)
    assert (decision.intent, decision.entry_id) == ("vraag_definitie", "gevonden-item")
    # with a place it is help nearby, unsearched
    search = FakeSearch({"wie is mijn wijkteam in tilburg"})
    decision = decide("wie is mijn wijkteam in tilburg", "lokale_hulp", search)
    assert (decision.intent, search.calls) == ("lokale_hulp", 0)


@pytest.mark.parametrize("text,expected", [
    ("veilig thuis is bij ons geweest na een melding", "vraag_definitie"),
    ("vt komt morgen bij ons langs", "vraag_definitie"),
    # a professional's visit, or a training at school, stays the meldcode's
    ("ik ben leerkracht, veilig thuis komt morgen bij ons langs voor een leerling", "meldcode_vraag"),
    ("veilig thuis is bij ons op school geweest voor een training", "meldcode_vraag"),
])
def test_a_visit_of_veilig_thuis_at_home_is_being_reported_not_a_professionals_question(text, expected):
    """The classifier heard a professional in 'veilig thuis is bij ons geweest na een melding'; the
    family got the meldcode's answer in 'u'. It is the family's: what happens after a melding."""
    decision = decide(text, "meldcode_vraag", lambda _: Found())
    assert decision.intent == expected
    assert (decision.reason == "gemeld") == (expected == "vraag_definitie")


def test_a_professional_the_classifier_is_unsure_of_gets_the_meldcode_answer():
    """'ik ben huisarts en heb een vermoeden van ouderenmishandeling' was unsure for the classifier
    and got the residents' answer in 'je'; a professional who found a topic gets the meldcode's."""
    decision = decide("ik ben huisarts en heb een vermoeden van ouderenmishandeling", "nlu_fallback",
                      lambda _: Found(None, ("signalen-ouderenmishandeling",)))
    assert decision.intent == "meldcode_vraag"
    # A professional to whom it is done keeps their own route.
    assert decide("ik ben verpleegkundige en mijn man slaat me", "nlu_fallback",
                  lambda _: Found(None, ("partnergeweld",))).intent != "meldcode_vraag"


@pytest.mark.parametrize("text,intent,expected", [
    # a child at home whom the classifier took for someone worried about an older person
    ("mn vader is dronken en gooit met spullen ik zit op mijn kamer", "ouderen", "kind_jongere"),
    ("mijn vader van 82 wordt geslagen door de thuiszorg", "ouderen", "ouderen"),
    # a grandparent worried for the grandchildren, not an older person's route
    ("ik ben oma en mijn schoonzoon drinkt en de kinderen zijn bang voor hem", "ouderen", "zorgen_omstander"),
    ("ik ben oma en mijn zoon slaat mij", "ouderen", "slachtoffer"),
    # grandparents whose grandchildren's words ('papa en mama vechten') sound like a child's (thirty-fourth
    # session's fifth tuning conversations: the Kindertelefoon for two worried grandparents)
    ("Wij zijn opa en oma van twee kleinkinderen. Onze schoonzoon drinkt veel en de kinderen vertellen dat papa en "
     "mama 's avonds vechten. De oudste van 6 plast sinds kort weer in bed. We maken ons grote zorgen.", "ouderen",
     "zorgen_omstander"),
    ("papa en mama vechten elke avond en ik ben bang", "ouderen", "kind_jongere"),
    # one who wants to stop hitting, whom the classifier took for a victim
    ("ik wil stoppen met slaan maar ik weet niet hoe. ben 34 man", "slachtoffer", "pleger"),
    ("ik word soms zo boos dat ik mijn vrouw sla", "slachtoffer", "pleger"),
    # hit back: the victim's route stays
    ("mijn man slaat me en ik sla soms terug", "slachtoffer", "slachtoffer"),
    # a parent who tells what their own child said, taken for a pleger
    ("mijn dochter zegt dat papa haar slaat", "pleger", "zorgen_omstander"),
    ("ik ben bang dat ik haar sla", "pleger", "pleger"),
])
def test_probe_corrections_of_the_audience(text, intent, expected):
    assert decide(text, intent, lambda _: Found()).intent == expected


def test_a_statement_taken_for_not_knowing_is_answered_when_the_search_is_sure():
    """'ik kan niet weg ik heb geen geld' after the victim's route was taken for 'weet niet' and got
    'ik begrijp niet helemaal wat je bedoelt'; one that says it does not know keeps that intent."""
    sure = lambda _: Found("geen-geld-om-weg-te-gaan", ("geen-geld-om-weg-te-gaan",))  # noqa: E731
    decision = decide("ik kan niet weg ik heb geen geld", "weet_niet", sure, ranking=["weet_niet", "slachtoffer"])
    assert (decision.intent, decision.entry_id) == ("vraag_definitie", "geen-geld-om-weg-te-gaan")
    assert decide("ik weet het echt niet meer hoor", "weet_niet", sure).intent == "weet_niet"
    assert decide("geen idee", "weet_niet", sure).intent == "weet_niet"
    assert decide("ik kan niet weg ik heb geen geld", "weet_niet", lambda _: Found()).intent == "weet_niet"


@pytest.mark.parametrize("text,intent", [
    ("ik ben trainer bij de voetbal en een jongen van 12 vertelde dat zijn vader hem slaat", "zorgen_omstander"),
    ("leerkracht groep 7. jongen zegt dat papa mama slaat", "meldcode_vraag"),
    ("ik ben juf groep 3, een meisje zegt dat oom aan haar plassertje zit", "meldcode_vraag"),
])
def test_an_adult_telling_what_a_child_told_is_no_child(text, intent):
    """They got the Kindertelefoon's words to a child ("het is nooit jouw schuld"), the juf the CSG's
    words to a victim."""
    assert decide(text, "kind_jongere", lambda _: Found()).intent == intent


@pytest.mark.parametrize("text", ["ik zit in groep 7 en mijn juf slaat mij", "ik ben 12 en mijn vader slaat me"])
def test_a_child_naming_a_teacher_or_a_class_stays_a_child(text):
    assert decide(text, "kind_jongere", lambda _: Found()).intent == "kind_jongere"


def test_an_ex_who_keeps_messaging_is_no_off_topic_message():
    """'mijn ex blijft me berichtjes sturen en hij weet waar ik woon' got the answer for passports and waste."""
    text = "mijn ex blijft me berichtjes sturen en hij weet waar ik woon terwijl ik verhuisd ben"
    assert decide(text, "slachtoffer", lambda _: Found()).intent == "slachtoffer"


@pytest.mark.parametrize("text", ["kan hij zien dat ik deze chat heb gebruikt", "kan mijn man zien dat ik dit gesprek heb geopend"])
def test_whether_someone_sees_this_chat_was_used(text):
    assert decide(text, "hulp_menu", lambda _: Found()).reason == "privacy_chat"


def test_a_threat_told_by_a_professional_is_acute_unsafety():
    text = "juf hier. leerling (9) zegt net dat papa gezegd heeft dat hij vanavond mama en hem doodmaakt"
    decision = decide(text, "meldcode_vraag", lambda _: Found())
    assert (decision.reason, decision.entry_id) == ("professional_acuut", "acute-onveiligheid-professional")


def test_ending_a_relationship_taken_for_a_wish_to_stop_is_answered():
    """'ik wil met de relatie stoppen' got the menu of what the bot can do."""
    text = "ik wil met de relatie stoppen"
    decision = decide(text, "stoppen", FakeSearch([text]))
    assert (decision.intent, decision.entry_id) == ("vraag_definitie", "gevonden-item")
    assert decide("ik wil stoppen met dit gesprek", "stoppen", FakeSearch(["ik wil stoppen met dit gesprek"])).intent == "stoppen"


def test_the_noun_doorlopen_in_a_question_is_no_wish_to_be_guided():
    assert not asks_to_be_guided("Hoe legt u de handelingen bij het doorlopen van de meldcode vast?")
    assert asks_to_be_guided("kunnen we de meldcode samen doorlopen")


@pytest.mark.parametrize("text,intent", [
    ("ik ben net weggerend ik sta buiten in mijn pyjama met de baby", "buiten_scope"),
    ("waar moet ik heen het is 2 uur snachts", "nlu_fallback"),
])
def test_one_who_must_leave_home_gets_the_victims_route_not_topics_or_not_ours(text, intent):
    decision = decide(text, intent, FakeSearch([]))
    assert (decision.intent, decision.reason) == ("slachtoffer", "moet_weg")


@pytest.mark.parametrize("text,intent", [
    # the local team is closed at night; the classifier's danger now that the danger check did not find
    ("ik wil hier vannacht niet slapen met de kinderen. is er hier iets", "lokale_hulp"),
    ("ze hebben hem meegenomen. ik wil hier vannacht echt niet blijven slapen", "acuut_gevaar"),
])
def test_a_place_for_tonight_comes_before_help_nearby_and_a_danger_guess(text, intent):
    decision = decide(text, intent, FakeSearch([]))
    assert (decision.intent, decision.reason) == ("slachtoffer", "moet_weg")


def test_help_nearby_without_tonight_stays_help_nearby():
    assert decide("is er hier iemand die kan helpen met opvoeden", "lokale_hulp", FakeSearch([])).intent == "lokale_hulp"


def test_a_pleger_asking_where_to_sleep_keeps_the_plegers_route():
    decision = decide("ik heb mijn vrouw geslagen en heb een huisverbod, waar kan ik slapen", "pleger", FakeSearch([]))
    assert decision.intent == "pleger"


@pytest.mark.parametrize("text,intent", [
    # nineteenth session's probes: a child asking whether to call 112 got the Kindertelefoon first;
    # a partner who reads the writer's messages and holds the passwords got the pleger's route
    ("mama en haar vriend vechten en ze huilt, moet ik 112 bellen? ik ben 11", "acuut_gevaar"),
    ("idk wat ik moet doen mn vriend is super jaloers leest al mn appjes en heeft mn wachtwoorden", "slachtoffer"),
    ("mijn vriend is erg jaloers en controleert alles wat ik doe", "slachtoffer"),
    ("ik check de telefoon van mijn vrouw omdat ik jaloers ben", "pleger"),
])
def test_nineteenth_probe_routes(text, intent):
    guess = "kind_jongere" if "112" in text else "pleger"
    assert decide(text, guess, lambda _: Found()).intent == intent


def test_a_professionals_adult_patient_strangled_is_no_child_unsafe_today():
    """The answer on a child unsafe today speaks of the child and its parents (nineteenth probe)."""
    adult = decide("ik ben huisarts, patiente vertelt dat haar man haar wurgde", "meldcode_vraag", lambda _: Found())
    assert adult.reason != "professional_acuut"
    child = decide("juf hier. leerling zegt dat papa gezegd heeft dat hij vanavond mama en hem doodmaakt",
                   "meldcode_vraag", lambda _: Found())
    assert child.reason == "professional_acuut"


def test_a_colleague_crossing_boundaries_is_a_case_not_an_introduction():
    decision = decide("een collega op de kinderopvang gedraagt zich grensoverschrijdend", "meldcode_vraag",
                      lambda _: Found("medewerker-kinderopvang-verdacht", ("medewerker-kinderopvang-verdacht",)))
    assert decision.reason != "professional_stelt_zich_voor" and decision.entry_id == "medewerker-kinderopvang-verdacht"


def test_a_victim_typing_in_chat_shorthand_is_no_pleger():
    """Twentieth session's probe: spelled right it got the victim's route, with typos the pleger's
    ("Je kunt leren om anders met boosheid om te gaan")."""
    from veilig.dialogue_order import writers_audience
    text = "ik bn bang vn mn man hij drinkt veel en dan word hij agresief tegn mij en de kids"
    assert writers_audience("pleger", text) == ("slachtoffer", "geen_pleger")
    assert writers_audience("pleger", "ik sla mn vrouw soms als ik dronken bn") is None


@pytest.mark.parametrize("text,expected", [
    # thirty-second session: a 16-year-old who sees his father hit his mother got the pleger's route
    ("mn pa slaat mn moeder en ik ben nu groot genoeg om terug te slaan. ik sta op ontploffen. ben 16",
     ("kind_jongere", "kind_geen_pleger")),
    ("papa slaat mama elke avond. ik ben 12", ("kind_jongere", "kind_geen_pleger")),
    # violence of the writer's own, or a partner's: as before
    ("mijn vader slaat mijn moeder en ik heb hem gisteren ook geslagen", None),
    ("mijn vader sloeg mijn moeder, nu sla ik mijn vrouw", None),
])
def test_a_child_who_sees_a_parent_hurt_is_no_pleger(text, expected):
    from veilig.dialogue_order import writers_audience
    assert writers_audience("pleger", text) == expected


def test_one_who_wants_to_leave_a_partner_gets_the_victims_route_not_the_town_hall():
    """Twentieth session's probe: "ik wil weg bij mijn vriend maar ik heb een hond en 3 kinderen" got
    "Met vragen over een paspoort, afval, belasting of een vergunning kan ik je niet helpen"."""
    from veilig.dialogue_order import Found, decide
    text = "ik wil weg bij mijn vriend maar ik heb een hond en 3 kinderen"
    assert decide(text, "buiten_scope", lambda q: Found()).intent == "slachtoffer"
    assert decide("ik wil weg bij mijn werk", "buiten_scope", lambda q: Found()).intent == "buiten_scope"


def test_one_who_sees_grooming_is_a_bystander():
    """Twenty-first session's probe: a trainer telling of another trainer's messages to girls of 13
    got the victim's "het is niet jouw schuld"."""
    from veilig.dialogue_order import writers_audience
    text = ("ik ben trainer bij een turnclub en ik zie dat een andere trainer veel appjes stuurt naar meiden van 13 "
            "en ze soms alleen na de les houdt")
    assert writers_audience("slachtoffer", text) == ("zorgen_omstander", "ziet_grooming")
    assert writers_audience("slachtoffer", "mijn man slaat me") is None


def test_one_who_depends_on_a_partners_care_is_no_older_person():
    """Twenty-third session's probe: a woman in a wheelchair hurt by the boyfriend who cares for her
    got the route for someone worried about an older person."""
    text = "Ik zit in een rolstoel en mijn vriend zorgt voor me. Als hij boos is laat hij me uren in bed liggen."
    assert decide(text, "ouderen", FakeSearch()).intent == "slachtoffer"
    assert decide("ik ben 82 en mijn man zorgt voor me maar hij slaat me", "ouderen", FakeSearch()).intent == "ouderen"
    assert decide("mijn moeder zit in een rolstoel en mijn broer slaat haar", "ouderen", FakeSearch()).intent == "ouderen"


@pytest.mark.parametrize("text,reason", [
    # twenty-ninth session's probe: a resident's question got "Als professional volgt u de meldcode" first
    ("wat gebeurt er eigenlijk als je een melding doet bij veilig thuis", "vraag_zonder_beroep"),
    # "u", a role or a client: the meldcode's route with its topics, as before
    ("wat gebeurt er eigenlijk als u een melding doet bij veilig thuis", "classifier"),
    ("ik ben leerkracht, wat gebeurt er als ik een melding doe bij veilig thuis", "classifier"),
    ("wat gebeurt er als ik een melding doe over een leerling", "classifier"),
    ("geldt dat ook voor de huisarts?", "classifier"),
])
def test_a_meldcode_guess_for_a_question_with_nothing_of_a_professional_gets_the_topics(text, reason):
    decision = decide(text, "meldcode_vraag", FakeSearch())
    assert decision.reason == reason
    assert decision.choices == ("keuze",)


@pytest.mark.parametrize("text,reason", [
    # thirtieth session: a teacher's case with "wat is de volgende stap?" got the signs of child abuse in "je"
    ("ik ben juf en een leerling heeft steeds blauwe plekken, wat is de volgende stap?", "casus_volgende_stap"),
    ("ik werk op de bso en een meisje vertelt dat haar vader haar slaat. wat moet ik nu doen?", "casus_volgende_stap"),
    # no case, no professional or no question what to do: as before
    ("ik ben juf, wat is de volgende stap van de meldcode?", "kennis"),
    ("mijn buurjongen heeft steeds blauwe plekken, wat moet ik doen?", "classifier"),
    ("ik ben juf en een leerling heeft steeds blauwe plekken, zijn dat signalen?", "kennis"),
])
def test_a_professionals_case_asking_what_next_gets_the_meldcode(text, reason):
    decision = decide(text, "meldcode_vraag", FakeSearch(known=[text]))
    assert decision.reason == reason
    if reason == "casus_volgende_stap":
        assert decision.intent == "meldcode_vraag" and decision.entry_id == "gevonden-item"


@pytest.mark.parametrize("text,asks", [
    ("en als je partner al het geld beheert en je niks krijgt", True),
    ("maar stel dat hij het merkt", True),
    ("als je partner al het geld beheert", False),
    ("en hij beheert al het geld", False),
])
def test_a_condition_joined_on_asks_what_if(text, asks):
    """Thirty-second session: "en als je partner al het geld beheert en je niks krijgt" asks what if."""
    from veilig.dialogue_order import asks_information
    assert asks_information(text) is asks


@pytest.mark.parametrize("text,intent,entry", [
    ("Ik ben jeugdverpleegkundige op het consultatiebureau. Een moeder vertelde dat haar dochter van 5 deze zomer naar "
     "Somalië gaat voor 'een belangrijk feest'. Ik denk aan besnijdenis. Valt dat onder de meldcode?", "buiten_scope",
     "vgv-vermoeden-professional"),
    ("ik ben juf en een meisje uit mijn klas wordt deze zomer besneden in het land van haar ouders", "meldcode_vraag",
     "vgv-vermoeden-professional"),
    ("mijn nichtje wordt in de vakantie besneden", "zorgen_omstander", None),      # no professional
    ("ik ben huisarts en mijn zoontje wordt besneden", "meldcode_vraag", None),    # a boy's circumcision
])
def test_a_professional_who_tells_of_genital_mutilation_gets_what_a_professional_does(text, intent, entry):
    """Thirty-third session: the nurse got the meldcode's general answer."""
    assert decide(text, intent, lambda _: Found()).entry_id == entry


def test_help_asked_in_a_town_outside_our_regions_is_help_nearby():
    """'kan ik ook ergens in oss langs?' after a route got the route's line again (thirty-fifth session)."""
    from veilig.dialogue_order import asks_for_help_nearby
    assert asks_for_help_nearby("kan ik ook ergens in oss langs?")
    assert asks_for_help_nearby("waar in breda kan ik terecht")
    assert not asks_for_help_nearby("ik woon in oss")


def test_a_question_parts_close_entries_are_the_choices_when_the_whole_has_none():
    """"Moet ik het haar vooraf zeggen? Haar man zit altijd bij het consult" got 'ik weet niet zeker of
    ik u begrijp': the whole message came close to nothing, its question to two entries (thirty-fifth session)."""
    from veilig.dialogue_order import find_in_knowledge
    from veilig.knowledge.search import Hit

    class PartSearch(FakeKnowledgeSearch):
        def search(self, question, limit=3):
            coverage = 1.0 if question == "Moet ik het haar vooraf zeggen?" else 0.2
            return [Hit(id=name, title=name, text="", audience="professional", document="landelijk", section="", url="",
                        related=[], score=6.0, coverage=coverage, runner_up=5.9) for name in ("vooraf", "niet-vooraf")]

    found = find_in_knowledge(PartSearch(), "Moet ik het haar vooraf zeggen? Haar man zit altijd bij het consult")
    assert found.entry_id is None and found.choices == ("vooraf", "niet-vooraf")
    assert find_in_knowledge(PartSearch(), "Haar man zit altijd bij het consult").choices == ()


def test_telling_verb_first_asks():
    """'zeggen ze het tegen mama als ik de kindertelefoon bel' got the child's line only (thirty-fifth session)."""
    from veilig.dialogue_order import asks_information
    assert asks_information("zeggen ze het tegen mama als ik de kindertelefoon bel")
    assert not asks_information("ze zeggen dat het mijn schuld is")


@pytest.mark.parametrize("text, acute", [
    # the classifier's 'danger now' for blows denied (thirty-fourth and thirty-fifth sessions' tuning conversations)
    ("hij heeft me nog nooit geslagen. is dit dan wel echt geweld", False),
    ("ze slaat me niet dus telt het eigenlijk wel", False),
    ("hij slaat me niet meer maar hij staat nu met een mes voor de deur", True),
])
def test_blows_denied_are_no_danger_now(text, acute):
    from veilig.dialogue_order import decide
    decision = decide(text, "acuut_gevaar", lambda question: Found(None, ()), ["acuut_gevaar", "slachtoffer"])
    assert (decision.intent == "acuut_gevaar") is acute


def test_help_asked_in_a_town_by_another_of_its_names_or_as_its_subject():
    """Thirty-fifth session's sixth tuning conversations: both got the route's line again."""
    from veilig.dialogue_order import asks_for_help_nearby
    assert asks_for_help_nearby("is er in kaatsheuvel iemand met wie wij als ouders hierover kunnen praten")
    assert asks_for_help_nearby("heeft harderwijk zelf ook een team waar ik kan binnenlopen")


@pytest.mark.parametrize("text, entry", [
    ("mijn broer heeft de pinpas van onze vader en er verdwijnt elke maand geld", "financiele-uitbuiting"),
    ("mijn vader heeft alzheimer en mijn broer geeft zijn geld uit", "financiele-uitbuiting"),
    ("ik ben 78 en mijn zoon pakt mijn bankpas af", "je-geld-wordt-afgepakt-als-oudere"),
    ("mijn moeder wordt uitgescholden door de thuiszorg", None),
    ("mijn vader heeft geld nodig voor de huur", None),
])
def test_an_older_persons_money_taken_gets_its_own_answer_on_the_route(text, entry):
    from veilig.older import money_taken_entry
    assert money_taken_entry(text) == entry


@pytest.mark.parametrize("text, nearby", [
    # the eighth tuning conversations: a father's village, someone 'van de gemeente', who can arrange it
    ("pa woont in velp, is daar iemand van de gemeente die kan helpen", True),
    ("wie kan zoiets regelen hier in heerde?", True),
    ("ik woon in tilburg, waar kan ik een afspraak maken bij de gemeente", False),
    ("hoe regel ik een paspoort hier in heerde", False),
])
def test_help_nearby_asked_for_a_person_of_the_municipality(text, nearby):
    from veilig.dialogue_order import asks_for_help_nearby
    assert asks_for_help_nearby(text) == nearby


def test_a_story_held_for_not_ours_gets_the_pleger_route_only_with_own_violence():
    """The ninth tuning conversations: "vandaag vond ik zo'n airtag dingetje onder mijn bumper" was held for
    not ours, with the pleger's route as the classifier's next guess at nearly no confidence."""
    from veilig.dialogue_order import Found, decide

    ranking = ["buiten_scope", "pleger", "meldcode_vraag", "slachtoffer"]
    tracker = decide("vandaag vond ik zo'n airtag dingetje onder mijn bumper denk ik", "buiten_scope",
                     lambda _: Found("tracker-of-airtag-gevonden", ()), ranking)
    assert (tracker.intent, tracker.entry_id) == ("slachtoffer", "tracker-of-airtag-gevonden")
    own = decide("ik heb mijn vrouw geslagen en nu is ze weg", "buiten_scope", lambda _: Found(), ranking)
    assert own.intent == "pleger"
    # (the pleger's guess corrected first: one threatened by a son is hurt, not a bystander, the next guess)
    threatened = decide("ik word thuis bedreigd door mijn zoon", "nlu_fallback", lambda _: Found(),
                        ["nlu_fallback", "acuut_gevaar", "pleger", "zorgen_omstander"])
    assert threatened.intent == "slachtoffer"


@pytest.mark.parametrize("text,intent", [
    # the eleventh tuning conversations: the pleger's and the bystander's routes for one controlled by a partner
    ("mijn vriend weet dingen die ik alleen via whatsapp aan mijn moeder heb gestuurd. hij zegt dat ik paranoide ben",
     "pleger"),
    ("hij slaat me niet hoor. hij is gewoon heel jaloers en bepaalt met wie ik afspreek. telt dat uberhaupt",
     "zorgen_omstander"),
    ("mijn vriendin gooit met spullen als ze boos is en vorige week moest mijn wenkbrauw gehecht worden", "pleger"),
])
def test_one_controlled_or_hurt_by_a_partner_gets_the_victims_route(text, intent):
    assert decide(text, intent, FakeSearch()).intent == "slachtoffer"


@pytest.mark.parametrize("text,asked", [
    # the twelfth tuning conversations: nothing found
    ("die agent had het over een huisverbod. wat houdt dat precies in", "wat houdt een huisverbod precies in"),
    ("de politie zei iets over een contactverbod. hoe werkt dat", "hoe werkt een contactverbod"),
    # nothing named before, or no pronoun asked about: the message as it is
    ("mijn man slaat me. wat is dat", "mijn man slaat me. wat is dat"),
    ("ze had het over een huisverbod. hoe lang duurt een contactverbod", "ze had het over een huisverbod. hoe lang duurt een contactverbod"),
])
def test_a_pronoun_asked_about_is_what_the_sentence_before_named(text, asked):
    assert with_the_name_before(text) == asked


def test_help_in_someones_own_municipality_is_help_nearby_not_a_municipal_errand():
    """The twelfth tuning conversations: "waar kan ze in haar eigen gemeente terecht ... ze woont in vorden" got a
    choice of one topic."""
    from veilig.dialogue_order import asks_for_help_nearby
    assert asks_for_help_nearby("waar kan ze in haar eigen gemeente terecht als ze er wel klaar voor is? ze woont in vorden")
    assert asks_for_help_nearby("is er bij mij in de gemeente een team dat me kan helpen met al die papieren en schulden")
    assert not asks_for_help_nearby("waar kan ik in mijn gemeente een paspoort aanvragen")


def test_an_older_writer_whose_money_is_taken_is_no_bystander():
    """The twelfth tuning conversations: "Ik ben 78 jaar. Mijn kleinzoon heeft mijn pinpas ..." got a bystander's route."""
    from veilig.dialogue_order import writers_audience
    text = "Ik ben 78 jaar. Mijn kleinzoon heeft mijn pinpas en haalt er elke week geld af."
    assert writers_audience("zorgen_omstander", text) == ("ouderen", "oudere_geld")
    assert writers_audience("zorgen_omstander", "mijn oma van 78 heeft haar pinpas aan mijn neef gegeven en hij haalt er geld af") is None
