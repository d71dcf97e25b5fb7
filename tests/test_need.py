"""The sign check (veilig/need.py), tested on both sides, and the off-topic answers.

People in need: every example of the in-need intents in the NLU data and the held-out NLU set
must carry a sign, or the decision order would send them to 'buiten scope'. Off-topic: the
everyday messages below must not carry one."""
import pytest
import yaml

from tests.conftest import DATA, ROOT
from veilig.need import shows_need, shows_need_beyond_service_names, shows_need_in_context
from veilig.off_topic import off_topic_route

IN_NEED = {"acuut_gevaar", "zorgen_omstander", "slachtoffer", "kind_jongere", "pleger", "ouderen", "seksueel_geweld"}


def _examples(path):
    for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
        if item.get("intent") in IN_NEED:
            yield from (line.strip()[2:] for line in item["examples"].splitlines() if line.strip().startswith("- "))


IN_NEED_EXAMPLES = [t for p in sorted((ROOT / "data" / "nlu").glob("*.yml")) for t in _examples(p)]
IN_NEED_EXAMPLES += list(_examples(DATA / "nlu_testset.yml"))

OFF_TOPIC = [
    "mijn kat is weg", "ik ben gestrest voor mijn examens", "mijn telefoon is kapot", "hoe vraag ik een paspoort aan",
    "die film was om dood te gaan", "ik ben doodmoe", "ik schrok me dood", "een slachting in de uitverkoop",
    "wanneer wordt het grofvuil opgehaald", "ik heb pijn in mijn rug van het tuinieren", "ik lach me kapot",
    "wat is het weer morgen", "hoe laat is het", "vertel een mop", "ik ben ontslagen", "mijn fiets is gestolen",
]


def test_every_in_need_example_carries_a_sign():
    missed = [t for t in IN_NEED_EXAMPLES if not shows_need(t)]
    assert len(IN_NEED_EXAMPLES) > 700 and not missed, missed


def test_every_in_need_example_carries_a_sign_in_context():
    """Also when it mentions everyday life (school, dementia, a pension): then a sign beyond the
    people named must be there, as in elder financial abuse or a child picked up from school."""
    missed = [t for t in IN_NEED_EXAMPLES if not shows_need_in_context(t)]
    assert not missed, missed





@pytest.mark.parametrize("text,need", [
    ("mijn dochter van 16 heeft een vriend van 24 die haar cadeaus geeft en ze is steeds weg", True),
    ("mijn dochter krijgt steeds dure kleren van een jongen die ik niet ken", True),
    ("hoi ik weet niet of dit hier hoort maar mijn vriendje pakt soms mijn telefoon af en kijkt wie ik app", True),
    ("mijn vriend leest stiekem al mijn berichten", True),
    ("ik zoek een cadeau voor mijn vriend", False),
    ("mijn man van 45 is jarig, welk cadeau", False),
])
def test_loverboy_and_control_signs_count_also_in_everyday_words(text, need):
    assert shows_need_in_context(text) is need


def test_the_name_of_a_service_is_no_situation():
    """Before an answer, a route's line needs a sign beyond 'Veilig Thuis' in the question; in-need
    messages that name it keep their own signs."""
    assert not shows_need_beyond_service_names("mag de school veilig thuis bellen zonder dat ik het weet")
    assert not shows_need_beyond_service_names("wat doet het centrum seksueel geweld")
    missed = [t for t in IN_NEED_EXAMPLES if "veilig thuis" in t.lower() and not shows_need_beyond_service_names(t)]
    assert not missed, missed
    assert shows_need_beyond_service_names("ik ben thuis niet veilig, kan ik veilig thuis bellen?")


@pytest.mark.parametrize("text", [
    "mijn schoonvader is net met pensioen en weet niet wat hij met al die tijd moet",
    "ik word tante!! mijn broer en zijn vriendin krijgen een baby",
    "mijn moeder gaat hertrouwen en ik moet nog wennen aan haar nieuwe man",
    "opa word 90 zaterdag, wat is een leuk cadeau voor hem",
    "mijn zoon wil niet meer naar school omdat hij daar gepest word",
    "die nieuwe regel slaat echt nergens op", "mijn collega sloeg de spijker op de kop",
])
def test_life_events_and_idioms_with_people_are_not_need(text):
    assert not shows_need_in_context(text)


@pytest.mark.parametrize("text", [
    "mijn opa van 87 heeft dementie en de buurvrouw haalt geld van zijn rekening",
    "mijn moeder in het verpleeghuis wordt uitgelachen door het personeel",
    "mijn vriend schudt de baby door elkaar", "mijn zoon wordt thuis gepest door zijn stiefvader",
    "onze vader heeft alzheimer en onze broer geeft deze centen nu uit",
    "mijn moeder heeft dementie en mijn zus laat ons niet meer binnen",
    "ik word op school gepest en thuis ook door mijn stiefvader", "mijn stiefvader treitert me elke dag",
    "er is een jongen op tiktok die zegt dat hij 16 is, hij wil afspreken en zegt dat ik het aan niemand mag zeggen",
])
def test_need_in_everyday_settings_still_counts(text):
    assert shows_need_in_context(text)


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_everyday_messages_carry_no_sign(text):
    assert not shows_need(text)


@pytest.mark.parametrize("text", ["mijn vader doet me pijn", "ik durf niet naar huis", "papa is altijd boos op mij",
                                  "mn ex staat steeds voor de deur", "mijn oom beheert het geld van oma",
                                  "ik liep op eieren thuis", "ik word honderd keer per dag gebeld door mijn ex",
                                  "daar pakten mijn ouders mijn paspoort af",
                                  "mijn moeder lag de hele nacht op de grond naast haar rolstoel",
                                  "hij domineert haar en ik moet het aanzien",
                                  "mijn vrouw heeft in geen maanden tegen me gesproken"])
def test_signs_in_plain_words(text):
    assert shows_need(text)


@pytest.mark.parametrize("text,route", [
    ("hoe verleng ik mijn rijbewijs", "buiten_scope_gemeente"), ("wanneer komt de kliko", "buiten_scope_gemeente"),
    ("ik ben zo eenzaam sinds mijn vrouw overleden is", "buiten_scope_zorgen"), ("mijn kat is weg", "buiten_scope_zorgen"),
    ("vertel een mop", "buiten_scope"), ("wie wint het wk", "buiten_scope"),
    ("hoe kom ik aan een bsn", "buiten_scope_gemeente"), ("wanneer worden de PMD-zakken opgehaald?", "buiten_scope_gemeente"),
    ("Hoe wordt de onroerendezaakbelasting bepaald?", "buiten_scope_gemeente"),
    ("Ik ben nog niet in bezit van een elektrische auto. Kan ik al een laadpaal aanvragen?", "buiten_scope_gemeente"),
    # thirtieth session's probe: money for victims of violence is no municipal errand
    ("Hoe hoog is de uitkering van het Schadefonds?", "buiten_scope"),
    ("hoe vraag ik een uitkering aan", "buiten_scope_gemeente"),
])
def test_off_topic_route(text, route):
    assert off_topic_route(text) == route


@pytest.mark.parametrize("text,cannot", [
    ("ik ben doof, hoe bel ik 112", True),
    ("ik hoor niks, kan ik chatten?", True),
    ("ik heb veilig thuis gebeld maar ik hoor niks meer, wat nu", False),
    ("ik hoor niets van de politie na mijn aangifte", False),
    # not wanting or daring to call
    ("ik wil praten met iemand maar niet bellen", True),
    ("ik wil liever niet bellen", True),
    ("kan ik hulp krijgen zonder te bellen", True),
    ("ik wil bellen met veilig thuis", False),
    ("wanneer kan ik bellen", False),
    # forbidden to call one's family is isolation, not a way of calling closed
    ("mijn man neemt mijn salaris af en ik mag niet bellen met mijn familie", False),
    ("ik mag niet bellen", True),
    # someone at home who would hear the call
    ("wat als papa het hoort", True), ("en als hij me hoort bellen", True), ("wat als hij het ziet en mij slaat", False),
    # asking where chatting is possible (twenty-second session's probe got the menu)
    ("kan ik ergens chatten?", True), ("kun je hier ook mailen", True), ("ik kan niet chatten op mijn werk", False),
    ("ff vraagje kan ik gwn appen met iemand", True), ("mag ik chatten met iemand", True), ("mag ik bellen", False),
    # the phone taken away (twenty-fifth session's probe got the 112NL app; the twenty-eighth's "not ours")
    ("mijn man heeft mijn telefoon afgepakt, ik typ dit op de laptop van de bieb", True),
    ("hij pakt steeds mn mobiel af", True), ("mijn telefoon is kapot", False),
    # hard of hearing in other words (the tenth tuning conversations)
    ("ik hoor erg slecht, telefoneren gaat bijna niet meer", True), ("ik hoor niks meer van hem", False),
])
def test_hearing_nothing_back_is_not_being_deaf(text, cannot):
    from veilig.cannot_call import cannot_call
    assert cannot_call(text) is cannot


@pytest.mark.parametrize("text", [
    # a long story with the blows in the middle (fifteenth session's probe): 'not ours' before
    "ik ben zo moe. we zijn 8 jaar samen en het was eerst echt leuk. maar nu is hij vaak boos. vorige week heeft hij "
    "me tegen de muur gegooid en de kleine zag het. ik weet niet wat ik moet. het is ook wel weer rustig nu",
    "mn vrouw wordt snel boos en dan gooit ze met spullen naar mij",
    # a partner who takes the phone (twenty-eighth session's probe: "not ours", the huisarts)
    "mijn man heeft mijn telefoon afgepakt, ik typ dit op de laptop van de bieb. hoe kan ik hulp krijgen?",
])
def test_thrown_against_the_wall_or_at_someone_is_violence(text):
    from veilig.worry import is_about_violence
    assert is_about_violence(text)


@pytest.mark.parametrize("text", [
    # fifteenth session's probe: these got 'not ours'
    "mijn zoon van 12 praat in fortnite met een volwassen man die hem cadeautjes geeft en vraagt om fotos",
    "mijn broer neemt steeds geld van de rekening van onze moeder, ze is 84 en heeft dementie",
])
def test_grooming_and_money_taken_from_a_parent_are_signs(text):
    from veilig.worry import is_about_violence
    assert is_about_violence(text)


@pytest.mark.parametrize("text,violence", [
    # nineteenth session: these got the menu or a pleger's route
    ("ik wil geen aangifte doen, alleen dat het stopt", True),
    ("mijn vriend zegt dat ik niks waard ben", True),
    ("ik heb nog geen aangifte gedaan van mijn gestolen fiets", False),
    ("Onze zoon is zaterdag geboren, wanneer moeten we uiterlijk aangifte doen?", False),
    ("ik wil alleen dat hij stopt, ik wil niet scheiden", True),
    ("ik wil dat hij stopt met roken", False),
])
def test_no_report_wanted_or_being_put_down_is_about_violence(text, violence):
    from veilig.worry import is_about_violence
    assert is_about_violence(text) is violence


@pytest.mark.parametrize("text,need", [
    # twenty-sixth session's probe: the dog sent it to the municipal services' text; "papa doet mama pijn"
    # from a teacher got the everyday worries' text
    ("Ik moet vannacht weg, waar kan ik slapen? Ik heb een hond die ik niet achterlaat", True),
    ('Ik ben leerkracht groep 5. Een leerling van 8 zei vandaag "papa doet mama pijn".', True),
    ("mijn hond moet vandaag naar de dierenarts", False),
    ("ik wil nu weg van deze saaie baan", False),
    ("mijn knie doet pijn", False),
])
def test_fleeing_tonight_and_a_parent_hurting_the_other_are_need(text, need):
    from veilig.need import shows_need_in_context
    assert shows_need_in_context(text) is need
