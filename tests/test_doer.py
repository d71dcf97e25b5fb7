"""Who used violence: someone else ('de dader') or the writer ('ik ben zelf de dader')."""
import pytest

from veilig.doer import done_to_the_writer_only, speaks_of_the_doer_as_another, tells_of_own_violence


@pytest.mark.parametrize("text", [
    "Komt de dader mijn gegevens te weten als ik aangifte doe?",
    "krijgt de verdachte mijn adres te zien",
    "Wat gebeurt er met die dader na een huisverbod?",
])
def test_the_doer_is_someone_else(text):
    assert speaks_of_the_doer_as_another(text)


@pytest.mark.parametrize("text", [
    "ik ben zelf de dader, wat is een tijdelijk huisverbod?",
    "Ik ben de pleger en wil stoppen, maar wat moet de dader doen?",
    "ik sla mijn vrouw soms",
    "",
])
def test_no_other_doer(text):
    assert not speaks_of_the_doer_as_another(text)


@pytest.mark.parametrize("text,victim", [
    # the subject and the writer first in a clause (thirty-first session: the pleger's route for her)
    ("de politie heeft mn vriend gisteren het huis uit gezet nadat hij me had geslagen, de kinderen waren erbij", True),
    ("omdat ze me geslagen heeft durf ik niet naar huis", True),
    ("ik zei dat hij me had gebeld", False),
    ("mn vrouw wordt snel boos en dan gooit ze met spullen naar mij en vorige week had ik een snee in mn hoofd", True),
    ("maar nu is hij vaak boos. vorige week heeft hij me tegen de muur gegooid en de kleine zag het", True),
    ("mijn moeder slaat me met de slof en zegt dat ik een mislukking ben", True),
    ("mijn vriendin kleineert me de hele dag", True),
    ("mijn vrouw slaat me en ik sla terug", False),
    ("ik heb mijn vrouw geslagen en nu slaat ze mij", False),
    ("mn pa slaat mn moeder en ik ben groot genoeg om terug te slaan", False),
    ("is het normaal dat mijn moeder me met een riem slaat", True),
    ("hij heeft me gisteren geslagen", True),
    ("ze vertelde me dat hij haar slaat", False),
    ("volgens mij wordt mijn moeder mishandeld door mijn stiefvader", False),
    ("Als ik me aangevallen voelde, sloeg ik er meteen op los.", False),
    ("gisteren heeft hij een bord naar mijn hoofd gegooid en de kinderen zagen het", True),
    ("mijn vriend smijt dingen naar mij als hij dronken is", True),
    ("ik heb een bord naar haar hoofd gegooid", False),
    ("als ik boos word gooi ik dingen naar haar", False),
    ("Mijn man sloeg mijn zoon en ik wilde ertussen komen. Dus kreeg ik ook slaag.", True),
    ("als het niet goed is krijg ik klappen", True),
    # coercion, and the verb last in a clause
    ("mijn broer dwingt me om met een neef te trouwen", True),
    ("mijn ouders dwingen mij te trouwen", True),
    ("ik word gedwongen te trouwen deze zomer", True),
    ("word ik ontslagen als mijn baas weet dat ik thuis geslagen word", True),
    ("ik dwing haar nergens toe", False),
    ("als ik boos ben heb ik haar wel eens geslagen", False),
    # a partner who decides what the writer may do
    ("mn vriend zegt dat ik niet meer met mn vriendinnen mag afspreken", True),
    ("mijn man bepaalt hoeveel ik mag uitgeven", True),
    ("mijn vriendin verbiedt me om naar mijn familie te gaan", True),
    ("mijn vriend zegt dat ik het goed doe", False),
    ("ik zeg tegen mijn vrouw dat ze niet meer mag werken", False),
    # done to the writer and those with them
    ("mijn moeder is alcholist en mijn broertje en ik moeten alles zelf doen en ze scheld ons uit", True),
    ("wij slaan ons er wel doorheen", False),
    # put down by another ("mijn vriend zegt dat ik niks waard ben" got the pleger's route)
    ("mijn vriend zegt dat ik niks waard ben", True),
    ("hij noemt me steeds een hoer", True),
    ("mijn man vindt dat ik een slechte moeder ben", True),
    ("ik ben niks waard volgens hem", True),
    ("ik zeg tegen haar dat ze dom is", False),
    ("ik vind zelf dat ik dik ben", False),
    # a jealous partner and what the writer may no longer do
    ("mijn vriendin is super jaloers en ik mag niet meer met vrienden afspreken, normaal?", True),
    ("mn man is zo jaloers, ik mag nergens meer heen zonder hem", True),
    ("mijn vriendin is jaloers op haar zus", False),
    # twenty-eighth session's probe: both got the pleger's route
    ("ik zit in een rolstoel en mijn partner pakt mijn rolstoel af als hij boos is", True),
    ("Mijn ex dreigt dat ik de kinderen nooit meer zie en ze vertelt iedereen dat ik haar sla, maar het is andersom", True),
    ("ze vertelt iedereen dat ik haar sla en dat klopt ook", False),
    ("Mijn broers zeggen dat ze me iets aandoen als ik bij mijn vriend blijf", True),
    ("ik ben jaloers op mijn vriendin en ik mag dat niet laten merken", False),
])
def test_violence_done_to_the_writer_only(text, victim):
    assert done_to_the_writer_only(text) is victim


@pytest.mark.parametrize("text", [
    "ik ben bang dat ik mijn vriendin iets aandoe als ik boos word",
    "als ik drink word ik agressief tegen mijn gezin",
    "ik schaam me omdat ik mijn zoon een trap heb gegeven",
    "ik heb een tijdelijk huisverbod gekregen wat nu",
    "hoe stop ik met slaan",
    "k heb mn jong een flinke pets gegeven",
    "ik knijp mijn dochter soms veel te hard in haar arm",
    "waar kan een dader terecht voor hulp",
])
def test_the_writer_tells_of_violence_of_their_own(text):
    assert tells_of_own_violence(text)


@pytest.mark.parametrize("text", [
    "ik word geslagen en wil weg",
    "hij wordt boos als ik met vriendinnen afspreek",
    "hoe lang bewaart veilig thuis mijn gegevens",
    "ik ben 10 en als straf doen ze mijn kamerdeur op slot",
    "als ik thuis kom wordt er alleen maar geschreeuwd",
])
def test_violence_of_others_or_none_is_not_the_writers_own(text):
    assert not tells_of_own_violence(text)


def test_violence_told_with_the_doer_before_me_is_done_to_the_writer():
    from veilig.doer import done_to_the_writer_only
    assert done_to_the_writer_only("Vorige week heeft hij me voor het eerst geduwd.")
    assert done_to_the_writer_only("ik word op mijn werk door mijn baas uitgescholden")
    assert not done_to_the_writer_only("ik schold hem uit nadat hij me had geduwd")


@pytest.mark.parametrize("text,own", [
    ("mijn man heeft een huisverbod gekregen", False),
    ("de politie heeft mijn man een huisverbod gegeven, wat nu", False),
    ("hij heeft een huisverbod maar komt toch langs", False),
    ("ik heb een huisverbod gekregen", True),
    ("ik heb een huisverbod en mijn vrouw wil me niet zien", True),
    ("kan ik een huisverbod aanvragen", False),
    ("hoe vraag ik een huisverbod aan voor mijn man", False),
])
def test_a_house_ban_is_the_writers_own_only_when_the_writer_got_it(text, own):
    from veilig.doer import a_victim_not_a_pleger
    assert tells_of_own_violence(text) == own
    assert a_victim_not_a_pleger(text) == (not own)


@pytest.mark.parametrize("text,afraid", [
    ("mijn vader zit in de gevangenis omdat hij mijn moeder heeft mishandeld en hij komt binnenkort vrij, ik ben bang",
     True),
    ("mijn vader slaat mijn moeder en ik ben bang dat hij haar iets aandoet", True),
    ("mijn buurman slaat zijn vrouw, ik ben bang", False),   # not of the writer's home
    ("mijn vriend slaat zijn vriendin, ik ben bang", False),  # a friend
    ("mijn vader slaat mijn moeder", False),                  # no fear told
])
def test_fear_of_someone_of_ones_own_home(text, afraid):
    from veilig.doer import fears_someone_at_home
    assert fears_someone_at_home(text) == afraid


@pytest.mark.parametrize("text,victim", [
    ("hulp voor mannen die geslagen worden door hun vrouw", True),
    ("wat kan ik doen als mijn ex de kinderen tegen mij opzet", True),
    ("mijn ex zet de kinderen tegen me op", True),
    ("hulp voor mannen die hun vrouw slaan", False),
    ("ik zet de kinderen tegen hem op", False),
    ("m'n ex blijft me appen en staat soms voor m'n deur, wat kan ik doen", True),
    ("mijn ex staat steeds voor mijn deur", True),
    ("ik blijf haar appen en sta voor haar deur", False),
    ("sinds hij zijn baan kwijt is drinkt hij veel en is hij steeds agressiever", True),
    ("als ik drink ben ik steeds agressiever", False),
])
def test_victims_as_a_group_children_turned_and_harassment_aimed_at_the_writer(text, victim):
    from veilig.doer import a_victim_not_a_pleger
    assert a_victim_not_a_pleger(text) == victim


@pytest.mark.parametrize("text, bystander", [
    ("mijn vrouw drinkt en scheldt de kinderen uit, ik weet niet wat ik moet doen", True),
    ("mijn man slaat onze zoon als hij boos is", True),
    ("mijn buurman slaat zijn kinderen denk ik", True),
    ("ik sla de kinderen soms", False),
    ("Mijn man sloeg mijn zoon en ik wilde ertussen komen. Dus kreeg ik ook slaag.", False),
    # twenty-first session's probe: got the pleger's route, and "is dat gevaarlijk?" the help to stop
    ("ik ben bang dat mijn vriendin haar baby door elkaar schudt als hij huilt", True),
    ("ik ben bang dat ik de baby door elkaar schud", False),
])
def test_a_partner_or_parent_hurting_the_children_is_told_by_a_bystander(text, bystander):
    from veilig.doer import a_bystander_not_a_pleger
    assert a_bystander_not_a_pleger(text) == bystander


def test_an_ex_who_keeps_coming_by_makes_the_writer_a_victim_not_a_pleger():
    """'mijn ex komt steeds langs terwijl dat niet mag van de rechter' got the pleger's route."""
    from veilig.doer import a_victim_not_a_pleger
    assert a_victim_not_a_pleger("mijn ex komt steeds langs terwijl dat niet mag van de rechter")
    assert not a_victim_not_a_pleger("mijn ex komt steeds langs en dan sla ik hem")


@pytest.mark.parametrize("text,fears", [
    ("ik ben bang dat ik mijn kind iets aandoe als hij weer zo krijst. ik ben zo moe", True),
    ("ik heb hem vandaag hard door elkaar geschud", True),
    ("ik ben bang dat hij mij iets aandoet", False),
    ("ik heb gezien hoe hij haar door elkaar schudde", False),
])
def test_a_parent_afraid_of_hurting_their_child_is_no_bystander(text, fears):
    """The classifier took the first for a worried bystander, whose tips say to talk with 'the adult'."""
    from veilig.dialogue_order import Found, decide
    from veilig.doer import fears_hurting_someone
    assert fears_hurting_someone(text) == fears
    for guess in ("zorgen_omstander", "kind_jongere"):
        assert (decide(text, guess, lambda _: Found()).intent == "pleger") == fears


@pytest.mark.parametrize("text", ["Mijn partner is super aggressive, ik feel niet safe thuis, wat moet ik doen?",
                                  "ik voel me niet veilig thuis bij mijn man"])
def test_an_aggressive_partner_or_feeling_unsafe_is_a_victims_words(text):
    """Taken for a pleger, the writer got 'je kunt leren om anders met boosheid om te gaan'."""
    from veilig.doer import a_victim_not_a_pleger
    assert a_victim_not_a_pleger(text)


@pytest.mark.parametrize("text,told", [
    ("mijn zus wordt geslagen door haar man maar ze wil niet weg", True),
    ("mijn vriendin wordt gecontroleerd door haar vriend", True),
    ("mijn moeder wordt geslagen door mijn vader en ik ook", False),   # the writer too
    ("mijn man slaat me", False),
    # Twenty-third session's probe: an imam told by a woman of her husband got "het is niet jouw schuld".
    ("Ik ben imam. Een vrouw uit mijn moskee vertelde me dat haar man haar slaat.", True),
    ("mijn collega vertelde me dat haar man haar bedreigt en mij ook", False),
    # The twelfth tuning conversations: "het is niet jouw schuld".
    ("mijn beste vriend woont samen met zijn vriend en die slaat hem. gisteren had hij een kapotte lip", True),
    ("mijn vriend slaat me en die slaat hem ook", False),
])
def test_another_close_to_the_writer_is_the_one_hurt(text, told):
    from veilig.doer import tells_of_another_hurt
    assert tells_of_another_hurt(text) is told


def test_a_carer_squeezing_an_arm_tells_of_own_violence():
    assert tells_of_own_violence("ik zorg voor mijn moeder met dementie en ik kan niet meer, soms knijp ik haar arm")
    assert not tells_of_own_violence("pak ik het zo goed aan")


@pytest.mark.parametrize("text,own", [
    # twenty-first session's probe: "ik heb net een klap gehad" read as a blow given (the pleger's route)
    ("ik heb net een klap gehad en hij staat beneden te schreeuwen. ik zit op de wc op slot", False),
    ("ik heb gisteren klappen gekregen van mijn vriend", False),
    ("ik heb hem een klap gegeven", True),
    ("ik gaf hem een klap", True),
])
def test_a_blow_received_is_no_blow_given(text, own):
    assert tells_of_own_violence(text) == own
    assert done_to_the_writer_only(text) == (not own)


@pytest.mark.parametrize("text,own,done_to_me", [
    ("Ik heb haar vorige week ook al een duw gegeven", True, False),
    ("hij heeft me gisteren een klap gegeven", False, True),
])
def test_a_blow_given(text, own, done_to_me):
    """Twenty-fifth session's probe: "ik heb haar ... een duw gegeven" on the pleger's route got "ik begrijp niet"."""
    from veilig.doer import done_to_the_writer_only, tells_of_own_violence
    assert tells_of_own_violence(text) == own and done_to_the_writer_only(text) == done_to_me


def test_grabbed_so_hard_it_left_bruises_is_done_to_the_writer():
    """Twenty-fifth session's probe: a woman of 23 ("gisteren pakte hij mn arm zo hard vast dat ik blauwe
    plekken heb") got the bystander's tips."""
    from veilig.doer import done_to_the_writer_only
    assert done_to_the_writer_only("gisteren pakte hij mn arm zo hard vast dat ik blauwe plekken heb")
    assert not done_to_the_writer_only("ik pak zijn arm vast")


@pytest.mark.parametrize("text", [
    "Vorige week heb ik gezien dat mijn vader mijn moeder wurgde. Ik ben 15.",
    "ik ben 15 en ik heb gezien dat mijn vader mijn moeder bijna wurgde",
])
def test_a_child_who_saw_a_parent_hurt_the_other_is_no_pleger(text):
    # twenty-sixth session's probe: the pleger's route, three times
    from veilig.doer import a_bystander_not_a_pleger
    assert a_bystander_not_a_pleger(text) and not tells_of_own_violence(text)


@pytest.mark.parametrize("text,victim", [
    # the eleventh tuning conversations: both got the pleger's route
    ("mijn vriendin gooit met spullen als ze boos is en vorige week moest mijn wenkbrauw gehecht worden. we zijn 2 "
     "vrouwen, voelt raar om dit huiselijk geweld te noemen", True),
    ("vorige week heb ik haar arm vastgepakt en haar weggeduwd toen ze weer sloeg. ben ik nu zelf strafbaar", True),
    ("als ze boos is sla ik haar", False),
    ("mijn vrouw gooit met dingen en ik sla dan terug", False),
])
def test_things_thrown_an_injury_stitched_or_held_off_while_hit_is_a_victims_story(text, victim):
    from veilig.doer import a_victim_not_a_pleger
    assert a_victim_not_a_pleger(text) is victim


@pytest.mark.parametrize("text,to_the_writer", [
    # the eleventh tuning conversations: the pleger's and the bystander's routes
    ("mijn vriend weet dingen die ik alleen via whatsapp aan mijn moeder heb gestuurd. hij zegt dat ik paranoide ben", True),
    ("hij slaat me niet hoor. hij is gewoon heel jaloers en bepaalt met wie ik afspreek. telt dat uberhaupt", True),
    ("mijn zus haar vriend bepaalt alles wat ze doet", False),
    ("ik bepaal met wie mijn vrouw afspreekt", False),
])
def test_a_partner_who_decides_whom_the_writer_sees_or_reads_her_messages_does_it_to_the_writer(text, to_the_writer):
    from veilig.doer import done_to_the_writer_only
    assert done_to_the_writer_only(text) is to_the_writer
