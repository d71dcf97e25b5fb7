"""What a short follow-up asks about the subject just talked about (veilig/follow_up_aspects.py)."""
import pytest

from veilig.follow_up_aspects import answer_on_aspect, asked_aspect, entry_on_aspect


@pytest.mark.parametrize("text,aspect", [
    ("is dat strafbaar?", "wet"),
    ("mogen ze dat gewoon?", "wet"),
    ("hij blijft me maar appen, mag dat eigenlijk?", "wet"),
    ("mogen ze dat eigenlijk, mij laten trouwen als ik niet wil", "wet"),
    ("mogen ze dat ook doorvertellen aan mijn ouders", None),
    ("hoe lang duurt dat?", "duur"),
    ("en hoelang geldt dat dan", "duur"),
    ("kost dat wat", "kosten"),
    ("moet ik daarvoor betalen", "kosten"),
    ("tot hoe laat kan dat chatten", "bereikbaar"),
    ("kan je daar aangifte van doen?", "aangifte"),
    # thirty-seventh session: with a doubt after it (after stalking)
    ("kan ik hier eigenlijk aangifte van doen of is dat overdreven", "aangifte"),
    ("kan ik daar aangifte van doen of moet er eerst iets ergs gebeuren", "aangifte"),
    ("kan ik aangifte doen van bedreiging via whatsapp", None),  # a question of its own
    ("is dat ook geweld dan? hij slaat me nooit", "geweld"),
    ("is dat mishandeling", "geweld"),
    ("is dat al mishandeling? ze slaat hem niet", "geweld"),
    ("en als hij zich er niet aan houdt?", "overtreden"),
    ("wat als hij zich er niet aan houdt en toch langskomt", "overtreden"),
    # thirty-second session: since when, for which ages, an app
    ("sinds wanneer is dat zo", "sinds"),
    ("vanaf wanneer geldt dat", "sinds"),
    ("sinds wanneer slaat hij je?", None),  # about a person
    ("voor welke leeftijd is dat", "leeftijd"),
    ("hoe oud moet je zijn", "leeftijd"),
    ("is er ook een app voor?", "app"),
    ("bestaat daar een app van", "app"),
    ("hij leest al mijn appjes", None),
    ("blijft dit voor altijd in ons dossier?", "bewaren"),
    ("moet je daar dan aangifte doen?", "aangifte"),
    ("wat doet dat met kinderen?", "gevolgen"),
    ("en waar vind ik die?", "vindplaats"),
    ("snap ik niet helemaal", "uitleg"),
    ("kan dat ook met een vriendin of ouder, of alleen in een relatie?", "ook_bij"),
    ("gebeurt dat ook bij jongens?", "ook_bij"),
    ("geldt dat ook voor de kinderen? hij wil ze zaterdag zien", "ook_bij"),
    ("kan dat ook", None),
    ("wat bedoel je?", "uitleg"),
    ("ik snap niet waarom hij dat doet", None),  # a question of its own
    ("waar vind ik hulp", None),  # a whole question
    ("en is schreeuwen dan ook verboden?", "wet"),
    ("is hij ook strafbaar", None),  # about a person
    ("wat zijn de gevolgen daarvan", "gevolgen"),
    ("wat doet hij met haar", None),  # about a person
    ("moet ik dan ook naar de politie", "politie"),
    ("moet dat dan naar de politie", "politie"),
    ("hij moet naar de politie", None),
    ("waar merk je het als ouder aan", "signalen"),
    ("hoe herken je dat dan", "signalen"),
    ("hoe zie ik dat hij boos is", None),  # about a person
    ("waar moet ik verder nog op letten?", "signalen"),  # thirty-fourth session: after a loverboy's answer
    ("waar kan ik bij haar nog meer op letten?", "signalen"),
    ("waar moet ik bij huiselijk geweld op letten", None),  # names its own subject
    ("waar moet ik op letten als ik bel", None),
    ("en als het al jaren geleden is", "lang_geleden"),
    ("kan dat nu nog gemeld worden of is het te laat", "lang_geleden"),
    ("staat dat dan altijd in de computer", "bewaren"),
    ("wat als hij het toch overtreedt", "overtreden"),
    ("kan de politie iets doen voordat het gebeurt?", "politie"),
    ("moet ik dan de politie bellen?", "politie"),
    ("en wat gebeurt er daarna", "vervolg"),
    ("hoe gaat het dan verder?", "vervolg"),
    ("en dan?", None),  # after anything: measured, it took the wrong answer's next step
    ("wat gebeurt er daarna met hem", None),  # about a person
    ("wat gebeurt er als ik bel?", None),  # a whole question
    ("hoe kan ik het allemaal bewijzen dan", "bewijs"),
    ("wat moet ik allemaal bewaren", "bewijs"),
    ("de politie zei dat ik bewijs moet verzamelen. hoe pak ik dat aan", "bewijs"),
    ("hoe kan ik bewijzen dat hij me slaat?", None),  # a whole question
    ("en als ik me daarna bedenk?", "intrekken"),
    ("wat als ik spijt krijg", "intrekken"),
    ("kun je daar als ouder nog tegenin gaan", "bezwaar"),
    ("kan ik daar bezwaar tegen maken?", "bezwaar"),
    ("ik ga er tegenin", None),
    ("wie beslist dat dan wel", "beslissing"),
    ("wie beslist of mijn kind uit huis gaat?", None),  # a whole question
    ("de politie kwam gisteren", None),
    ("ik houd me er niet aan", None),
    ("is dat huiselijk geweld?", None),  # an entry of its own
    ("is het geweld als mijn man mijn telefoon controleert", None),  # a whole question
    ("is hij nu strafbaar of ik?", None),  # about people, not the subject
    ("mag hij de kinderen zien", None),
    ("wat is stalking", None),
    # a short question, then what the writer tells about it (thirty-third session)
    ("mag hij dat? hij zegt dat het straf is", "wet"),
    ("hoe lang duurt dat? ik moet het weten", "duur"),
    ("mag hij dat huis in? hij heeft een huisverbod", None),
    ("wat is een huisverbod? mijn man kreeg er een", None),
])
def test_the_aspect_asked(text, aspect):
    assert asked_aspect(text) == aspect


def entry(entry_id, text, long=""):
    return {"id": entry_id, "text": text, "long": long}


def test_the_first_entry_whose_answer_speaks_of_it_then_the_longer_explanations():
    before = entry("stalking", "Stalking is steeds inbreuk maken op iemands leven.", "Het heet belaging en is strafbaar.")
    linked = entry("aangifte-van-stalking", "Stalking is strafbaar: je kunt aangifte doen.")
    assert entry_on_aspect("wet", [before, linked])["id"] == "aangifte-van-stalking"
    assert entry_on_aspect("wet", [before, None])["id"] == "stalking"
    assert entry_on_aspect("duur", [before, linked]) is None


def test_whether_it_is_violence_asks_for_the_entry_that_explains_a_form_of_it():
    """Ninth tuning conversations: 'is dat nou mishandeling?' from a carer after respite care got the
    local team's answer, which names violence; the linked entry on care gone wrong explains it."""
    respite = dict(entry("respijtzorg", "Even vrij van de zorg."), folder="hulp-en-route")
    care = dict(entry("ontspoorde-mantelzorg", "Bij ontspoorde mantelzorg gaat een mantelzorger over de grens."),
                folder="definities")
    local = dict(entry("lokaal-team-in-je-gemeente", "Het lokale team helpt bij huiselijk geweld."), folder="hulp-en-route")
    assert entry_on_aspect("geweld", [respite, local, care])["id"] == "ontspoorde-mantelzorg"
    assert entry_on_aspect("geweld", [respite, local])["id"] == "lokaal-team-in-je-gemeente"
    # the fifth tuning conversations: after the signs of financial abuse (in the definitions' folder),
    # the entry that says it is violence
    signs = dict(entry("signalen-financieel-misbruik-ouderen", "Let op als er geld verdwijnt."), folder="definities",
                 title="Signalen van financieel misbruik van ouderen")
    money = dict(entry("financiele-uitbuiting", "Financiele uitbuiting is een vorm van ouderenmishandeling."),
                 folder="definities", title="Financiele uitbuiting")
    assert entry_on_aspect("geweld", [signs, money])["id"] == "financiele-uitbuiting"


def test_an_entry_titled_on_reporting_comes_before_an_answer_that_only_names_it():
    """Seventh tuning conversations: 'kan ik daar aangifte van doen' after a tracker found got the
    tracker's answer (which says one can report it) again."""
    before = entry("tracker-of-airtag-gevonden", "Een tracker stiekem plaatsen is strafbaar. Doe aangifte bij de politie.")
    before["title"] = "Een tracker of AirTag gevonden"
    linked = entry("aangifte-van-stalking", "Je kunt aangifte doen van stalking.")
    linked["title"] = "Aangifte doen van stalking"
    assert entry_on_aspect("aangifte", [before, linked])["id"] == "aangifte-van-stalking"
    assert entry_on_aspect("aangifte", [before, None])["id"] == "tracker-of-airtag-gevonden"
    # the general entry does not come before an answer that speaks of reporting (after the CSG)
    csg = entry("centrum-seksueel-geweld", "Je hoeft geen aangifte te doen om hulp te krijgen.")
    general = entry("aangifte-doen", "Je kunt aangifte doen bij de politie.")
    general["title"] = "Aangifte doen bij de politie"
    assert entry_on_aspect("aangifte", [csg, general])["id"] == "centrum-seksueel-geweld"


def test_the_numbers_line_is_no_answer_on_cost_or_hours():
    """'Bel Veilig Thuis: 0800-2000, gratis en dag en nacht' closes nearly every answer."""
    line = entry("veilig-weggaan", "Weggaan is eng. Bel Veilig Thuis: 0800-2000, gratis en dag en nacht.")
    assert entry_on_aspect("kosten", [line]) is None
    assert entry_on_aspect("bereikbaar", [line]) is None
    costs = entry("kost-veilig-thuis-geld", "Nee, het kost niets. Je hoeft niet te betalen.")
    assert entry_on_aspect("kosten", [line, costs])["id"] == "kost-veilig-thuis-geld"


def test_opening_hours_are_found_in_folded_text():
    """'van 14.00 tot 20.00 uur' reads '14 00' once folded."""
    chat = entry("chatten-met-de-kindertelefoon", "Je kunt elke dag van 14.00 tot 20.00 uur chatten.")
    assert entry_on_aspect("bereikbaar", [chat])["id"] == "chatten-met-de-kindertelefoon"


def test_how_long_asks_of_the_subject_itself_first():
    """'hoe lang mag ik daar blijven' after the shelter got the months a pet may stay in a host family."""
    shelter = entry("vrouwenopvang", "De opvang biedt een veilige plek.", "Je blijft er zo kort als kan en zo lang als nodig is.")
    pets = entry("huisdier-en-opvang", "Je dier gaat naar een gastgezin, voor 1 tot 12 maanden.")
    assert answer_on_aspect("duur", shelter, [pets])["id"] == "vrouwenopvang"
    assert answer_on_aspect("duur", entry("veilig-weggaan", "Weggaan is eng."), [pets])["id"] == "huisdier-en-opvang"
    stalking = entry("stalking", "Stalking is steeds inbreuk maken op iemands leven.", "Het heet belaging en is strafbaar.")
    report = entry("aangifte-van-stalking", "Stalking is strafbaar: je kunt aangifte doen.")
    assert answer_on_aspect("wet", stalking, [report])["id"] == "aangifte-van-stalking"


def test_a_figure_only_in_the_longer_explanation_is_told_first():
    from veilig.follow_up_aspects import with_the_aspect_told
    shelter = entry("vrouwenopvang", "De opvang biedt een veilige plek.",
                    "Is er direct gevaar? Bel 112.\n\nJe blijft er zo kort als kan en zo lang als nodig is. Kinderen komen mee.")
    told = with_the_aspect_told("duur", shelter)
    assert told["text"].startswith("Je blijft er zo kort als kan en zo lang als nodig is.")
    assert "De opvang biedt een veilige plek." in told["text"] and "Kinderen komen mee" not in told["text"]
    short = entry("tijdelijk-huisverbod", "Het verbod geldt tien dagen.", "Het kan vier weken worden.")
    assert with_the_aspect_told("duur", short) == short


def test_the_answer_before_asked_about_again_comes_with_its_longer_explanation():
    from veilig.follow_up_aspects import with_the_aspect_told
    entry = {"id": "x", "title": "T", "text": "Meld het bij de politie.", "long": "Aangifte kan pas als het gebeurd is."}
    assert with_the_aspect_told("politie", entry)["text"] == "Meld het bij de politie."
    again = with_the_aspect_told("politie", entry, answered_before=True)["text"]
    assert again.startswith("Meld het bij de politie.") and "Aangifte kan pas" in again


def test_what_happens_next_is_an_entry_whose_title_says_so():
    """'en wat gebeurt er daarna' after how to report: the entry on what follows a report, not one
    whose text happens to say 'daarna' or tells what happens 'na een melding' in passing."""
    report = dict(entry("aangifte-doen", "Je kunt aangifte doen. Daarna krijg je een kopie."), title="Aangifte doen")
    passing = dict(entry("hulp", "Na een melding kijkt Veilig Thuis wat nodig is."), title="Hulp als je slachtoffer bent")
    after = dict(entry("aangifte-wat-gebeurt-er", "De politie start een onderzoek."),
                 title="Wat gebeurt er na een aangifte van huiselijk geweld?")
    assert entry_on_aspect("vervolg", [report, passing, after])["id"] == "aangifte-wat-gebeurt-er"
    assert entry_on_aspect("vervolg", [report, passing]) is None


def test_free_to_apply_for_tells_what_it_costs():
    """'wat kost dat?' after the VOG for volunteers got the bystander's route: its answer says the club
    can apply for it free of charge."""
    vog = entry("vog-sportclub", "Een sportclub kan gratis een Verklaring Omtrent het Gedrag (VOG) aanvragen voor vrijwilligers.")
    assert entry_on_aspect("kosten", [vog])["id"] == "vog-sportclub"
    assert entry_on_aspect("kosten", [entry("x", "Bel gratis de Kindertelefoon.")]) is None


@pytest.mark.parametrize("aspect,text,says", [
    ("sinds", "Sinds 2007 staat in de wet dat ouders geen geweld mogen gebruiken.", True),
    ("sinds", "Sinds 1 juli 2024 hoeft niet meer bewezen te worden dat je gedwongen werd.", True),
    ("sinds", "Sinds hij weg is, gaat het beter.", False),
    ("leeftijd", "voor kinderen van vier tot achttien jaar", True),
    ("leeftijd", "Ben je jonger dan 18? Bel de Kindertelefoon.", True),
    ("leeftijd", "Bel Veilig Thuis: 0800-2000.", False),
])
def test_since_when_and_which_ages_are_found_in_the_answer(aspect, text, says):
    entry = {"id": "x", "title": "", "text": text}
    assert (entry_on_aspect(aspect, [entry]) is entry) is says


def test_a_word_of_one_is_no_age():
    """'tot een' is no age ("leidt tot een huisverbod")."""
    assert entry_on_aspect("leeftijd", [{"id": "x", "title": "", "text": "Dat leidt tot een huisverbod."}]) is None


@pytest.mark.parametrize("text,group", [
    ("geldt dat ook voor de huisarts?", "huisart"),
    ("en huisartsen, doen die dat ook?", "huisarts"),
    ("geldt dat ook voor vrijwilligers", "vrijwilliger"),
    ("geldt dat ook voor mij", None),
    ("doet de huisarts dat", None),
])
def test_the_same_asked_for_another_group(text, group):
    """Thirty-second session: "geldt dat ook voor de huisarts?" after the kindcheck."""
    from veilig.follow_up_aspects import another_group_asked
    assert another_group_asked(text) == group


def test_the_entry_for_the_group_names_it_in_its_title():
    from veilig.follow_up_aspects import named_by_title
    entries = [{"id": "a", "title": "Kindcheck"}, {"id": "b", "title": "Kindcheck-alert voor huisartsen (NHGDoc)"}]
    assert named_by_title("huisart", entries)["id"] == "b"
    assert named_by_title("leraar", entries) is None


def test_not_understood_is_about_the_answer_before_only():
    before = {"id": "a", "title": "A", "text": "Uitleg."}
    assert answer_on_aspect("uitleg", before, [{"id": "b", "title": "B", "text": "Iets anders."}]) is before
    assert answer_on_aspect("uitleg", None, [{"id": "b", "title": "B", "text": "Iets anders."}]) is None


@pytest.mark.parametrize("text,other", [
    ("is dat hetzelfde als ouderenmishandeling?", "ouderenmishandeling"),
    ("wat is het verschil met stalking", "stalking"),
    ("is dat erg?", None),
])
def test_the_subject_compared_with(text, other):
    """Thirty-second session: "is dat hetzelfde als ouderenmishandeling?" after ontspoorde mantelzorg."""
    from veilig.follow_up_aspects import compared_with
    assert compared_with(text) == other


def test_the_answer_before_speaks_of_the_other_subject_or_an_entry_bears_its_name():
    from veilig.follow_up_aspects import named_by_title, speaks_of
    before = {"id": "a", "title": "Ontspoorde mantelzorg", "text": "Zorg die ontspoort.", "long": "Een vorm van ouderenmishandeling."}
    assert speaks_of(before, "ouderenmishandeling") and not speaks_of(before, "stalking")
    assert named_by_title("ouderenmishandeling", [before, {"id": "b", "title": "Ouderenmishandeling"}])["id"] == "b"


def test_how_long_prefers_a_linked_entry_titled_on_it():
    """'hoe lang duurt dat allemaal' after what happens after a melding got the five days of the first
    assessment, linked first, not the entry titled on how long the inquiry takes (thirty-fifth session)."""
    after = entry("na-een-melding-bij-veilig-thuis", "Na een melding onderzoekt Veilig Thuis wat er speelt.")
    first = entry("veiligheidsbeoordeling-na-een-melding", "Na vijf werkdagen hoor je de uitkomst.")
    inquiry = dict(entry("hoe-lang-duurt-een-onderzoek-van-veilig-thuis", "Een onderzoek moet binnen tien weken klaar zijn."),
                   title="Hoe lang duurt een onderzoek van Veilig Thuis?")
    assert answer_on_aspect("duur", after, [first, inquiry])["id"] == "hoe-lang-duurt-een-onderzoek-van-veilig-thuis"
    assert answer_on_aspect("duur", first, [inquiry])["id"] == "veiligheidsbeoordeling-na-een-melding"


@pytest.mark.parametrize("text", ["hoeveel mensen maken dit eigenlijk mee? ik dacht altijd dat het bijna nooit gebeurde",
                                  "hoeveel kinderen zitten hier eigenlijk mee? voelt zo eenzaam als opa",
                                  "hoe vaak gebeurt dit eigenlijk bij ouderen"])
def test_how_many_or_how_often_asks_for_the_figures_whose_title_says_so(text):
    """The eleventh tuning conversations: a choice of topics, and the signs of elder abuse again."""
    assert asked_aspect(text) == "cijfers"
    figures = {"id": "c", "title": "Hoe vaak komt ouderenmishandeling voor? (Nederland)", "text": "200.000 mensen"}
    signs = {"id": "s", "title": "Signalen van ouderenmishandeling", "text": "Let op hoe vaak ze bang is"}
    assert entry_on_aspect("cijfers", [signs, figures]) is figures


def test_a_sentence_in_years_is_no_answer_on_how_long_something_lasts():
    """The eleventh tuning conversations: "hoe lang duurt zo'n verbod eigenlijk" after what breaking a house ban
    costs got "tot 2 jaar celstraf"."""
    breaking = {"id": "a", "title": "Regels", "text": "Wie zich niet aan het huisverbod houdt, kan tot 2 jaar celstraf krijgen."}
    ban = {"id": "b", "title": "Tijdelijk huisverbod", "text": "Het verbod geldt 10 dagen."}
    assert asked_aspect("hoe lang duurt zo'n verbod eigenlijk") == "duur"
    assert entry_on_aspect("duur", [breaking, ban]) is ban


def test_a_deadline_in_the_longer_explanation_before_is_no_answer_on_how_long_a_ban_lasts():
    """The eleventh tuning conversations: "hoe lang duurt zo'n verbod eigenlijk" from one with a ban, after
    what he may do during it, got its "Binnen 24 uur ... geef je door waar je verblijft"."""
    during = {"id": "a", "title": "Tijdens je eigen huisverbod", "text": "Je mag niet bij je huis komen.",
              "long": "Binnen 24 uur na het huisverbod geef je door waar je verblijft."}
    ban = {"id": "b", "title": "Tijdelijk huisverbod", "text": "De burgemeester legt het verbod op voor tien dagen."}
    assert answer_on_aspect("duur", during, [ban]) is ban
    # The deadline answers when no entry names a time that something lasts.
    other = {"id": "c", "title": "Hulp voor plegers", "text": "Bel Veilig Thuis."}
    assert answer_on_aspect("duur", during, [other]) is during


def test_whether_to_keep_a_record_asks_for_proof():
    """The eleventh tuning conversations: "moet ik dat ergens bijhouden ofzo" after 112 got only that the danger passed."""
    assert asked_aspect("ze hebben hem meegenomen. dit is al de 4e keer deze maand, moet ik dat ergens bijhouden ofzo") == "bewijs"
    assert asked_aspect("moet ik het opschrijven?") == "bewijs"
    assert asked_aspect("moet ik hem bellen?") is None


@pytest.mark.parametrize("text,aspect", [
    # the eleventh tuning conversations: the CSG's route again
    ("kan ik daar na zoveel jaar nog aangifte van doen of is dat verjaard", "lang_geleden"),
    ("is dat al verjaard?", "lang_geleden"),
    ("na zoveel jaar is hij nog steeds boos", None),
    ("na 3 jaar ben ik gescheiden en nu slaat hij de kinderen", None),
])
def test_after_years_or_lapsed_asks_what_can_still_be_done(text, aspect):
    assert asked_aspect(text) == aspect


def test_an_aspect_asked_after_a_short_sentence_that_tells_no_violence():
    """The twelfth tuning conversations: "onze dochters van 6 en 9 zien het allemaal. wat doet dat met ze" got topics."""
    assert asked_aspect("onze dochters van 6 en 9 zien het allemaal. wat doet dat met ze") == "gevolgen"
    # a story of violence names its own subject
    assert asked_aspect("mijn buurman slaat zijn kinderen. is dat strafbaar?") is None
    # a longer story told after a short question ("ik ben als de dood voor het moment dat hij weer voor de deur staat")
    assert asked_aspect("en hoe lang duurt dat dan? ik ben als de dood voor het moment dat hij weer voor de deur staat") == "duur"
