"""What the conversation so far tells (veilig/conversation.py), from tracker events as dicts."""
import pytest

from veilig.conversation import ACUTE_LOOKBACK, ROUTE_LOOKBACK, asks_what_to_do, context_of, tells_the_danger_is_over
from veilig.dialogue_order import leans_on_context


def user(text, intent="nlu_fallback", entities=(), ranking=None):
    ranking = ranking or [intent]
    return {"event": "user", "text": text,
            "parse_data": {"intent": {"name": intent}, "entities": list(entities),
                           "intent_ranking": [{"name": name} for name in ranking]}}


def found(entry_id):
    return {"entity": "kennis_gevonden", "value": entry_id}


def test_no_earlier_messages_no_context():
    context = context_of([user("ja", "bevestigen")])
    assert context.route is None and context.previous_entry is None and context.previous_text is None
    assert not context.child and not context.acute


def test_acute_danger_right_before_is_acute():
    events = [user("help hij staat voor de deur met een mes", "acuut_gevaar"), user("ik zit in de badkamer", "buiten_scope")]
    context = context_of(events)
    assert context.route == "acuut" and context.messages_since_route == 1 and context.acute


def test_acute_danger_fades_after_a_few_messages():
    events = [user("hij slaat me nu", "acuut_gevaar")]
    events += [user(f"vraag {n}", "vraag_definitie") for n in range(ACUTE_LOOKBACK)]
    events += [user("ok", "bevestigen")]
    context = context_of(events)
    assert context.route == "acuut" and not context.acute


def test_a_route_is_forgotten_after_the_lookback():
    events = [user("mijn vriend slaat me", "slachtoffer")]
    events += [user(f"vraag {n}", "vraag_definitie") for n in range(ROUTE_LOOKBACK)]
    events += [user("ja", "bevestigen")]
    assert context_of(events).route is None


def test_the_latest_route_counts():
    events = [user("ik maak me zorgen om de buurvrouw", "zorgen_omstander"),
              user("ik heb zelf ook weleens geslagen", "pleger"), user("ja", "bevestigen")]
    assert context_of(events).route == "pleger"


def test_a_knowledge_answer_to_a_person_in_need_keeps_their_route():
    # The decision order answered from the knowledge base; the classifier guessed a victim.
    events = [user("mijn man slaat me, kan ik anoniem bellen?", "vraag_definitie", [found("anoniem-advies")],
                   ranking=["slachtoffer", "vraag_definitie"]), user("ja", "bevestigen")]
    context = context_of(events)
    assert context.route == "slachtoffer" and context.previous_entry == "anoniem-advies"


def test_a_knowledge_answer_keeps_the_route_its_number_line_gave():
    # twenty-second session's probe: the classifier guessed pleger for a woman whose husband got a
    # ban; her answer came with the victim's line, so "hij blijft maar appen" after it is hers.
    events = [user("de politie heeft mijn man een huisverbod gegeven. hoe lang duurt dat?", "vraag_definitie",
                   [found("tijdelijk-huisverbod")], ranking=["pleger", "vraag_definitie"]),
              user("hij blijft maar appen", "slachtoffer")]
    assert context_of(events).route == "slachtoffer"
    # A pleger's guess for one who tells of no violence of their own gives no pleger's route.
    events = [user("ik ben zo bang en alleen, kan ik anoniem bellen?", "vraag_definitie",
                   [found("anoniem-advies")], ranking=["pleger"]), user("ok", "bevestigen")]
    assert context_of(events).route != "pleger"
    # One who tells of their own violence keeps it.
    events = [user("ik heb mijn vrouw geslagen en nu een huisverbod, hoe lang duurt dat?", "vraag_definitie",
                   [found("tijdelijk-huisverbod")], ranking=["pleger"]), user("ok", "bevestigen")]
    assert context_of(events).route == "pleger"


def test_a_childs_guess_for_a_knowledge_answer_does_not_make_a_pleger_a_child():
    # thirty-seventh session's eighth tuning conversations (h35): the man who pushed his wife stays on
    # the pleger's route when the classifier guesses a child's for his question about calling anonymously.
    pleger = user("ik heb gisteren mijn vrouw een duw gegeven en ze viel met haar hoofd tegen de kast. ik schaam me "
                  "kapot. ik wil niet worden zoals mijn vader", "pleger")
    asked = user("kan ik bellen zonder mijn naam te zeggen? ben bang dat ze me dan meteen komen oppakken",
                 "vraag_definitie", [found("anoniem-advies")], ranking=["kind_jongere", "slachtoffer"])
    context = context_of([pleger, asked, user("wat voor hulp krijg je dan, een cursus agressie of zo?", "vraag_definitie")])
    assert context.route == "pleger" and not context.child
    # A message that sounds like a child's does make the route a child's, and so does the child's intent.
    child = user("ik ben 12 en durf niet naar huis, kan ik bellen zonder mijn naam?", "vraag_definitie",
                 [found("anoniem-advies")], ranking=["kind_jongere"])
    assert context_of([pleger, child, user("ok", "bevestigen")]).route == "kind"
    told = user("mijn vader slaat mij ook", "kind_jongere")
    assert context_of([pleger, told, user("ok", "bevestigen")]).route == "kind"


def test_a_professional_gets_no_residents_route_and_is_remembered():
    """'ik werk bij de thuiszorg' was guessed as an older person's and made the meldcode's: no
    'ouderen' route in the context, but a professional."""
    events = [user("ik werk bij de thuiszorg", "meldcode_vraag", ranking=["ouderen", "meldcode_vraag"]),
              user("een mevrouw heeft blauwe plekken", "zorgen_omstander")]
    context = context_of(events)
    assert context.route is None and context.professional
    assert not context_of([user("mijn moeder van 85 wordt geslagen", "ouderen"), user("ja", "bevestigen")]).professional


def test_a_question_without_need_gives_no_route():
    events = [user("wat is een huisverbod", "vraag_definitie", [found("tijdelijk-huisverbod")],
                   ranking=["slachtoffer"]), user("hoe lang duurt dat?", "buiten_scope")]
    context = context_of(events)
    assert context.route is None and context.previous_entry == "tijdelijk-huisverbod"
    assert context.previous_text == "wat is een huisverbod"


def test_a_rewound_message_is_not_context():
    events = [user("wat is een huisverbod", "vraag_definitie", [found("tijdelijk-huisverbod")]),
              user("asdf qwerty"), {"event": "rewind"}, user("hoe lang duurt dat?")]
    assert context_of(events).previous_text == "wat is een huisverbod"


def test_buttons_are_not_the_previous_text_but_their_entry_counts():
    events = [user('/kennis_item{"kennis_id": "stalking"}', "kennis_item", [{"entity": "kennis_id", "value": "stalking"}]),
              user("en wat kan ik ertegen doen?")]
    context = context_of(events)
    assert context.previous_text is None and context.previous_entry == "stalking"


def test_a_child_stays_a_child():
    events = [user("ik ben 12 en mijn moeder schreeuwt de hele tijd", "kind_jongere"), user("ja", "bevestigen"),
              user("kan ik ook chatten")]
    assert context_of(events).child
    assert not context_of([user("mijn buurman schreeuwt", "zorgen_omstander"), user("ja")]).child


@pytest.mark.parametrize("text", ["wat moet ik doen", "Wat kan ik nu doen?", "wie kan me helpen", "wat nu",
                                  "hoe nu verder?", "wat kunnen we eraan doen", "help me", "moet ik het melden?",
                                  "moet ik dat wel melden", "ik wil hulp", "ik heb echt hulp nodig",
                                  "wat voor hulp is er voor mij", "is er ook hulp voor mij", "het is nu stil. wat moet ik morgen doen?"])
def test_asks_what_to_do(text):
    assert asks_what_to_do(text)


@pytest.mark.parametrize("text", ["wat is stalking", "wat kun je allemaal", "ik weet wat ik moet doen",
                                  "moet ik mijn naam zeggen", "welke hulp is er voor kinderen die geweld zien"])
def test_does_not_ask_what_to_do(text):
    assert not asks_what_to_do(text)


@pytest.mark.parametrize("text,leans", [
    ("hoe lang duurt dat?", True), ("ook vrijwilligers?", True), ("kost het geld?", True),
    ("ik zit in de badkamer", False), ("hmm tja", False),
    ("ja", False), ("Ok.", False), ("weet ik niet", False), ("", False), ("/hulp_menu", False),
    ("mijn man slaat me al jaren en ik weet niet meer wat ik moet doen want hij wordt steeds erger", False),
    # a longer question that joins on
    ("dus ze komen er echt niet achter dat ik het was?", True),
    ("ze komen er echt niet achter dat ik het was toch, want dat is het belangrijkste?", False),
])
def test_leans_on_context(text, leans):
    assert leans_on_context(text) is leans


def test_the_entries_an_unanswered_message_came_close_to_are_context():
    story = user("mijn dochter van 13 chat met een man die foto's wil", "zorgen_omstander",
                 [{"entity": "kennis_keuze", "value": "online-grooming"}, {"entity": "kennis_keuze", "value": "sexting"}])
    context = context_of([story, user("is dat strafbaar?")])
    assert context.previous_choices == ("online-grooming", "sexting") and context.previous_entry is None
    # Only the message right before counts.
    assert context_of([story, user("ok", "bevestigen"), user("is dat strafbaar?")]).previous_choices == ()


def test_a_short_reply_guessed_as_another_audience_keeps_the_route():
    events = [user("mijn man slaat me als hij gedronken heeft", "slachtoffer"),
              user("wie kan mij helpen", "pleger"), user("weet niet", "weet_niet")]
    assert context_of(events).route == "slachtoffer"
    events = [user("mijn man slaat me", "slachtoffer"), user("ik heb zelf ook mijn kind geslagen", "pleger"),
              user("ja", "bevestigen")]
    assert context_of(events).route == "pleger"


def test_danger_counts_from_its_own_message():
    events = [user("help hij staat voor de deur met een mes", "acuut_gevaar"), user("ik zit in de kast", "kind_jongere"),
              user("ok", "bevestigen")]
    context = context_of(events)
    assert context.route == "acuut" and context.messages_since_route == 2 and context.acute


def test_wanting_it_no_more_asks_what_to_do():
    from veilig.conversation import asks_what_to_do
    assert asks_what_to_do("ik wil dat niet meer") and asks_what_to_do("ik wil veranderen")
    assert not asks_what_to_do("ik wil dat niet meer horen van hem")


def test_the_danger_is_over_unless_it_is_told_again():
    assert tells_the_danger_is_over("hij is weg") and tells_the_danger_is_over("de politie is geweest")
    assert not tells_the_danger_is_over("hij is weg maar hij komt terug met een mes")
    # the sixth and seventh tuning conversations
    assert tells_the_danger_is_over("ze zijn er. ze nemen hem mee. maar morgen staat ie hier gewoon weer toch??")
    assert tells_the_danger_is_over("ze hebben hem eindelijk meegenomen")
    assert not tells_the_danger_is_over("ze nemen me mee naar de film vanavond")
    # the ninth tuning conversations: the police at the door
    assert tells_the_danger_is_over("ok er staat nu politie voor de deur. moet ik daarna zelf nog iets doen?")
    assert tells_the_danger_is_over("de politie staat nu binnen")
    assert not tells_the_danger_is_over("de politie staat voor de deur en hij heeft een mes, hij steekt me")


@pytest.mark.parametrize("danger_message,route", [
    # threatened or hurt themselves: the victim's route once the police took him, not a bystander's
    ("hij staat met een mes in de keuken en schreeuwt dat hij me gaat afmaken", "slachtoffer"),
    ("de buurman slaat zijn vrouw nu", "omstander"),
])
def test_the_route_after_the_danger_passed_keeps_one_threatened_a_victim(danger_message, route):
    events = [user(danger_message, "acuut_gevaar", ranking=["acuut_gevaar", "zorgen_omstander"]),
              user("ze hebben hem meegenomen", "nlu_fallback"), user("en nu?", "nlu_fallback")]
    assert context_of(events).route == route


@pytest.mark.parametrize("text,previous,child,route", [
    ("het is bij mij vorige week gebeurd", "verkrachting-zonder-verzet", False, "seksueel_geweld"),
    ("dat is mij ook overkomen", "psychisch-geweld", False, "slachtoffer"),
    ("ik heb dat ook meegemaakt", "psychisch-geweld", True, "kind"),
    ("het is bij mij vorige week gebeurd", None, False, None),  # no answer before it
    ("wat is er met hem gebeurd", "psychisch-geweld", False, None),
])
def test_it_happened_to_the_writer_after_answers(text, previous, child, route):
    from veilig.conversation import Context, route_for_what_happened
    context = Context(previous_entry=previous, entries=(previous,) if previous else (), child=child)
    assert route_for_what_happened(text, context) == route


def test_what_happened_counts_the_answers_on_sexual_violence_a_moment_before():
    """After answers on rape and then one on the shelter, 'het is bij mij gebeurd' is still rape."""
    from veilig.conversation import Context, route_for_what_happened
    entries = ("verkrachting-door-partner", "verkrachting-zonder-verzet", "vrouwenopvang")
    context = Context(previous_entry="vrouwenopvang", entries=entries)
    assert route_for_what_happened("het is bij mij vorige week gebeurd", context) == "seksueel_geweld"


def bot(entry_id=None):
    return {"event": "bot", "text": "...", "metadata": {"kennis": entry_id} if entry_id else {}}


def test_the_entry_the_bot_answered_with_counts_not_only_what_the_message_found():
    """'hoe lang duurt dat?' after the victim's route got the huisverbod from the conversation; the
    message alone found nothing, so without the answer's own id the next follow-up ('mag hij de
    kinderen zien?') had no answer before it to lean on."""
    events = [user("mijn man heeft een huisverbod gekregen", "slachtoffer"), bot(),
              user("hoe lang duurt dat", "buiten_scope"), bot("tijdelijk-huisverbod"),
              user("mag hij de kinderen zien", "acuut_gevaar")]
    assert context_of(events).previous_entry == "tijdelijk-huisverbod"
    # Without the bot's answers, only what each message found counts: nothing here.
    assert context_of([e for e in events if e["event"] == "user"]).previous_entry is None


def test_the_bots_answer_goes_before_what_the_message_found():
    events = [user("wat is een huisverbod", "vraag_definitie", [found("regels-tijdens-huisverbod")]),
              bot("tijdelijk-huisverbod"), user("hoe lang duurt dat?")]
    assert context_of(events).previous_entry == "tijdelijk-huisverbod"


def test_a_rewound_message_without_an_answer_is_taken_back():
    events = [user("wat is stalking", "vraag_definitie"), bot("stalking"),
              user("asdf qwerty"), {"event": "rewind"}, user("en dan?")]
    assert context_of(events).entries == ("stalking",) and context_of(events).previous_text == "wat is stalking"


def test_a_message_the_fallback_answered_stays_in_the_conversation():
    """Twenty-sixth session's probe: "als ik naar de politie ga word ik dan zelf opgepakt?" a moment after
    the fallback answered being forced to sell drugs got the answer on help at home: the rewind had taken
    the answered message, and its answer, out of the conversation."""
    events = [user("ik ben 17 en een oudere gast laat me drugs verkopen"), bot("gedwongen-om-drugs-te-verkopen"),
              {"event": "rewind"}, user("als ik naar de politie ga word ik dan opgepakt?")]
    context = context_of(events)
    assert context.entries == ("gedwongen-om-drugs-te-verkopen",) and context.previous_text.startswith("ik ben 17")


def test_news_that_the_danger_passed_stays_when_the_fallback_takes_it_back():
    """The twelfth tuning conversations: "kan ik dat ergens doorgeven zonder dat ze weten dat ik het was?" after
    "politie is geweest en weer weg. nu is het stil" (answered by the fallback, which rewinds) got 112's lines."""
    events = [user("de buren zijn weer bezig, ik hoor glas kapot gaan en het kleintje krijst", "acuut_gevaar",
                   ranking=["acuut_gevaar", "zorgen_omstander"]),
              user("politie is geweest en weer weg. nu is het stil"), {"event": "rewind"},
              user("kan ik dat ergens doorgeven zonder dat ze weten dat ik het was?", "zorgen_omstander")]
    context = context_of(events)
    assert not context.acute and context.route == "omstander"
    # Any other message the fallback took back is still forgotten.
    events[1] = user("asdf qwerty")
    assert context_of(events).acute


def test_the_police_having_come_and_taken_him_is_news_that_the_danger_passed():
    """The twelfth tuning conversations: "ze zijn geweest en hebben hem mee genomen" got 112's lines again."""
    assert tells_the_danger_is_over("ze zijn geweest en hebben hem mee genomen. mn nek is alleen een beetje rood")
    assert tells_the_danger_is_over("de politie is gekomen")
    assert not tells_the_danger_is_over("ze zijn gekomen om me te halen")
    assert tells_the_danger_is_over("de ambulance is er. ik deed het niet expres")


def test_a_professionals_case_taken_for_a_bystanders_is_no_route_to_return_to():
    """'een collega pakt kinderen hardhandig aan' after 'ik werk bij de kinderopvang' got the
    meldcode's answer; 'wat moet ik doen' next got the bystander's tips, as the conversation
    counted the classifier's guess as a route."""
    events = [user("ik werk bij de kinderopvang", "meldcode_vraag"),
              user("een collega pakt kinderen hardhandig aan", "zorgen_omstander"), user("wat moet ik doen")]
    context = context_of(events)
    assert context.professional and context.route is None
    # Without the professional before it, the same message is a bystander's route.
    assert context_of(events[1:]).route == "omstander"
    # Violence done to the writer is their own route, professional or not.
    told = [events[0], user("mijn man slaat mij ook", "slachtoffer"), user("wat moet ik doen")]
    assert context_of(told).route == "slachtoffer"


def test_not_wanting_one_to_do_anything_is_no_violence_of_the_writers_own():
    from veilig.doer import tells_of_own_violence
    assert not tells_of_own_violence("een vrouw vertelde dat haar man haar slaat maar ze wil niet dat ik iets doe")
    assert tells_of_own_violence("ik ben bang dat ik mijn baby iets aandoe als hij blijft huilen")
    assert tells_of_own_violence("ik wil niet dat ik hem iets aan doe")


def test_what_happens_next_after_a_veilig_thuis_route():
    from veilig.conversation import what_happens_next_entry
    assert what_happens_next_entry("wat gebeurt er daarna", "omstander", "ik wil een melding doen over mijn buren") == (
        "na-een-melding-bij-veilig-thuis")
    assert what_happens_next_entry("en wat gebeurt er dan?", "slachtoffer", "mijn man slaat me") == (
        "wat-gebeurt-er-als-je-veilig-thuis-belt")
    # on the child's route what happens when you tell (since the sixteenth session); not for a question of its own
    assert what_happens_next_entry("wat gebeurt er daarna", "kind", "ik ben 12") == "wat-gebeurt-er-als-je-het-vertelt"
    assert what_happens_next_entry("wat gebeurt er met mijn gegevens", "omstander", "") is None
    # thirty-fourth session's fifth tuning conversations: the answer on anonymity again
    assert what_happens_next_entry("wat doen ze dan met dat gezin?", "omstander",
                                   "en als de buurman erachter komt dat ik heb gebeld?") == "na-een-melding-bij-veilig-thuis"
    assert what_happens_next_entry("wat doen ze dan met hem?", "omstander", "") is None


def test_a_young_person_who_does_not_want_the_kindertelefoon():
    from veilig.conversation import refuses_the_kindertelefoon
    assert refuses_the_kindertelefoon("ik wil niet naar de kindertelefoon ik ben geen kind meer")
    assert refuses_the_kindertelefoon("de kindertelefoon is voor kleine kinderen")
    assert not refuses_the_kindertelefoon("ik heb de kindertelefoon gebeld")
    assert not refuses_the_kindertelefoon("ik ben al 16")


def test_a_ban_broken_when_112_came_is_remembered_while_acute():
    events = [user("hij heeft een huisverbod gekregen maar hij staat nu voor de deur", "acuut_gevaar"),
              user("wat moet ik doen", "hulp_menu"), user("hij zegt dat hij alleen zijn spullen wil halen", "buiten_scope")]
    context = context_of(events)
    assert context.acute and context.ban_broken
    assert not context_of([user("hij staat voor de deur met een mes", "acuut_gevaar"), user("ok", "bevestigen")]).ban_broken


def test_a_professionals_words_about_a_pupil_are_no_child():
    events = [user("juf hier. leerling (9) zegt net dat papa gezegd heeft dat hij vanavond mama en hem doodmaakt", "meldcode_vraag"),
              user("school gaat over 10 min uit", "buiten_scope")]
    context = context_of(events)
    assert context.professional and not context.child


@pytest.mark.parametrize("text", ["wat gaat er dan gebeuren?", "wat gaat er gebeuren als ik het vertel", "en wat gebeurt er dan"])
def test_a_child_asking_what_happens_next_hears_what_happens_when_you_tell(text):
    from veilig.conversation import what_happens_next_entry
    assert what_happens_next_entry(text, "kind") == "wat-gebeurt-er-als-je-het-vertelt"
    assert what_happens_next_entry(text, "slachtoffer") == "wat-gebeurt-er-als-je-veilig-thuis-belt"


@pytest.mark.parametrize("text,told,entry", [
    ("is dat normaal", "ik ben 10 mijn papa slaat mij met de riem", "is-het-normaal-dat-je-ouders-je-slaan"),
    ("mag hij dat?", "mijn moeder slaat me", "is-het-normaal-dat-je-ouders-je-slaan"),
    # thirty-fourth session: a typo and 'van een papa'; the question first, then what he says
    ("mag dat eigelijk wel van een papa", "mn papa slaat me met zn riem", "is-het-normaal-dat-je-ouders-je-slaan"),
    ("mag hij dat? hij zegt dat het straf is", "mijn papa slaat mij als ik iets fout doe",
     "is-het-normaal-dat-je-ouders-je-slaan"),
    ("mag ik dat aan de juf vertellen", "mijn papa slaat mij", None),
    # told first, then asked (a friend's abuse by a stepfather)
    ("ze zegt dat hij alleen aan haar zit en verder niks. is dat dan ook misbruik?",
     "mijn vriendin zei dat haar stiefvader aan haar zit", "mag-iemand-seksuele-dingen-met-je-doen"),
    ("is dat normaal", "mijn ouders maken altijd ruzie", None),      # a fight between the parents
    ("wat is normaal in een relatie", "mijn moeder slaat me", None),  # no short follow-up
])
def test_a_child_asking_if_being_hit_is_normal(text, told, entry):
    from veilig.conversation import child_asks_if_normal_entry
    assert child_asks_if_normal_entry(text, "kind", told) == entry
    assert child_asks_if_normal_entry(text, "slachtoffer", told) is None


@pytest.mark.parametrize("text,now", [("nu", True), ("het gaat nu mis", True), ("ik word zo boos", True),
                                      ("nu niet", False), ("wat moet ik nu doen", False)])
def test_it_is_now(text, now):
    from veilig.conversation import it_is_now
    assert it_is_now(text) is now


@pytest.mark.parametrize("text", ["ik weet niet wat ik moet doen", "hoe kom ik hier uit", "ik weet echt niet wat ik nu moet doen"])
def test_what_to_do_with_the_verb_last_or_how_to_get_out(text):
    """After the CSG's route 'ik weet niet wat ik moet doen' got the menu of what the bot can do."""
    assert asks_what_to_do(text)


def test_after_a_danger_guess_the_route_remembered_is_the_one_given_not_the_plegers():
    # 'kan ik hier blijven slapen?' after this got the help for plegers: the conversation took
    # the classifier's second guess (pleger) while the person got the victim's route.
    told = user("hij heeft me gisteren opgesloten in de kelder, nu ben ik bij een vriendin", "acuut_gevaar",
                ranking=["acuut_gevaar", "pleger", "slachtoffer"])
    context = context_of([told, user("kan ik hier blijven slapen?", "buiten_scope")])
    assert context.route == "slachtoffer"
    own = user("ik ben bang dat ik hem weer sla, gisteren heb ik hem geslagen", "acuut_gevaar",
               ranking=["acuut_gevaar", "pleger", "slachtoffer"])
    assert context_of([own, user("wat nu", "hulp_menu")]).route == "pleger"


def test_a_childs_may_he_do_that_after_sexual_things_told_gets_no_and_whom_to_tell():
    # "mag hij dat" after "mn oom ... doet dingen die ik niet wil ... ons geheimpje" got "ik begrijp niet"
    from veilig.conversation import child_asks_if_normal_entry
    told = "mn oom komt soms sn nachts op mn kamer en doet dingen die ik niet wil. hij zegt dat het ons geheimpje is"
    assert child_asks_if_normal_entry("mag hij dat", "kind", told) == "mag-iemand-seksuele-dingen-met-je-doen"
    assert child_asks_if_normal_entry("mag hij dat", "kind", "mijn vader slaat me met de riem") == (
        "is-het-normaal-dat-je-ouders-je-slaan")


def test_is_that_normal_after_a_controlling_boyfriend_names_the_control():
    # a teenager's "is dat normaal?" got the menu twice
    from veilig.conversation import child_asks_if_normal_entry
    told = "mn vriend wil altijd weten waar ik ben en checkt mn telefoon. ik mag niet met mn vriendinnen afspreken"
    assert child_asks_if_normal_entry("is dat normaal", "kind", told) == "geweld-in-tienerrelaties"
    assert child_asks_if_normal_entry("is dat normaal", "slachtoffer", told + ", ik ben 15") == "geweld-in-tienerrelaties"
    assert child_asks_if_normal_entry("is dat normaal", "slachtoffer", told) == "intieme-terreur"
    assert child_asks_if_normal_entry("is dat normaal", "omstander", told) is None


def test_a_child_whose_first_message_a_fallback_took_back_stays_a_child():
    """'mn stiefvader zegt dat het ons geheimpje is' was answered by the fallback, which takes its
    message back; the next message got an adult's route (nineteenth session's probe)."""
    events = [user("mn stiefvader zegt dat het ons geheimpje is"), {"event": "rewind"},
              user("hij doet dingen bij mijn piemel", "slachtoffer"), user("en nu?")]
    assert context_of(events).child
    assert not context_of([user("asdf"), {"event": "rewind"}, user("hij slaat me", "slachtoffer"), user("en nu?")]).child


def test_a_childs_route_only_guessed_for_an_answered_question_makes_no_child():
    """Twenty-third session's probe: "krijg ik nu een strafblad als ik hulp vraag" after the pleger's
    route was guessed a child's and answered from the knowledge base; 'waar kan ik heen' then got the
    Kindertelefoon. A child's route given does make a child."""
    events = [user("ik heb mn vrouw gisteren geslagen en ik schrik van mezelf. ik wil dit niet meer", "pleger"),
              user("krijg ik nu een strafblad als ik hulp vraag", "vraag_definitie", [found("veilig-thuis-bellen-als-pleger")],
                   ranking=["kind_jongere", "pleger"]),
              user("waar kan ik heen")]
    context = context_of(events)
    assert context.route == "pleger" and not context.child
    given = [user("hij slaat me steeds", "kind_jongere"), user("waar kan ik heen")]
    assert context_of(given).child


def offer(*entry_ids):
    return {"event": "bot", "text": "Ik weet niet zeker welk onderwerp je bedoelt.", "metadata": {"keuzes": list(entry_ids)}}


def test_the_topics_the_bot_offered_are_context():
    """'zitten daar ook nadelen aan?' found nothing alone; the bot offered topics on anonymous
    reporting from the conversation. The next message leans on those, not on nothing."""
    events = [user("kun je anoniem melden", "vraag_definitie"), bot("anoniem-melden"),
              user("zitten daar ook nadelen aan?"), offer("anoniem-melden", "anoniem-melden-professional"),
              user("dus ze komen er echt niet achter dat ik het was?", "buiten_scope")]
    assert context_of(events).previous_choices == ("anoniem-melden", "anoniem-melden-professional")
    # An offer two messages back is no context; nor are a route's buttons (no offer in the metadata).
    assert context_of(events + [user("ok", "bevestigen"), user("en dan?")]).previous_choices == ()
    route = {"event": "bot", "text": "Bel Veilig Thuis.", "data": {"buttons": [
        {"title": "Vrouwenopvang", "payload": '/kennis_item{"kennis_id": "vrouwenopvang"}'}]}}
    assert context_of([user("mijn man slaat me", "slachtoffer"), route, user("en voor mannen?")]).previous_choices == ()


def test_a_child_who_must_marry_asks_if_that_is_allowed():
    """'mag dat eigenlijk? ik ben niet eens 18' from a girl of 16 to be married this summer (and hit)
    got whether parents may hit (thirty-fifth session's sixth tuning conversations)."""
    from veilig.conversation import child_asks_if_normal_entry
    told = ("ik ben 16 en mn ouders hebben besloten dat ik deze zomer in pakistan met een neef ga trouwen. mn vader zegt "
            "dat ik de familie te schande maak als ik nee zeg en hij heeft me al een paar keer geslagen")
    assert child_asks_if_normal_entry("mag dat eigenlijk? ik ben niet eens 18", "kind", told) == "rechten-bij-huwelijksdwang"
    assert child_asks_if_normal_entry("mag dat?", "kind", "mijn vader slaat me") == "is-het-normaal-dat-je-ouders-je-slaan"


def test_a_question_guessed_as_danger_without_any_sign_of_it_keeps_the_route_before():
    """The twelfth tuning conversations: "pakken ze hem nu van me af?" (guessed danger) put the next two questions
    on 112's lines."""
    events = [user("mijn man slaat me", "slachtoffer"),
              user("in het ziekenhuis zeggen ze dat ze veilig thuis erbij halen. pakken ze hem nu van me af?", "acuut_gevaar"),
              user("hoe lang duurt zo'n onderzoek dan", "vraag_definitie")]
    context = context_of(events)
    assert context.route == "slachtoffer" and not context.acute
    # Danger told as a story still makes the conversation acute.
    events[1] = user("hij staat nu met een mes in de keuken", "acuut_gevaar")
    assert context_of(events).acute
