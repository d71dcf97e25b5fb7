"""The deterministic danger check: every 'now' phrasing triggers, everyday and past talk does not.

tests/data/danger_phrases.yml was written separately from the patterns; the lists below add
more phrasings (typos, no accents, children's words)."""
import pytest
import yaml

from tests.conftest import DATA
from veilig.danger import detect_danger

PHRASES = yaml.safe_load((DATA / "danger_phrases.yml").read_text(encoding="utf-8"))

MORE_DANGER = [
    # twenty-eighth session's probe: an ex outside at night got a bystander's tips
    "het is 3 uur en mijn ex belt steeds met een anoniem nummer en zegt dat hij buiten staat",
    "ik zie zijn auto voor de deur staan",
    "de buren schreeuwen al een uur en net hoorde ik een harde klap en een kindje gillen",
    # twenty-third session's probe: a broken house ban, the one banned at the door now
    "Hij heeft het huisverbod overtreden en staat nu aan de deur",
    # twentieth session's probes: a child hiding from a raging father, someone coming up now
    "help mijn vader is heel boos en gooit met dingen ik zit in de wc", "wacht hij komt de trap op",
    "mama is heel boos ik zit onder mijn bed",
    "hij staat nu bij mijn auto op de parkeerplaats van mijn werk", "hij slaat me en hij is nu beneden aan het schreeuwen",
    # twenty-first session's probe: locked in after a blow, got the pleger's route
    "ik heb net een klap gehad en hij staat beneden te schreeuwen. ik zit op de wc op slot",
    # seen in the fifteenth session's probes
    "hij slaat de deur in ffs", "hij heeft net de deur ingetrapt en komt naar boven",
    "mijn zoon van 17 heeft mij vanavond bij de keel gegrepen", "ik wil eigenlijk gewoon dood", "mama ligt op de grond en beweegt niet papa is weg", "mijn oma ligt op de grond en reageert niet",
    # seen in the fourteenth session's probes
    "wtf mn moeders vriend heeft net mn moeder tegen de muur gegooid ze huilt nu in de badkamer",
    "mijn ex is stomdronken en rijdt nu met haar in de auto", "er ligt een vrouw buiten te bloeden",
    "ik heb pillen genomen hij heeft me zo gek gemaakt", "hij staat nu weer op de stoep",
    "de moeder komt dronken het kind halen, ze kon amper lopen en wil met de auto weg met het kind", "hij zegt dat hij zichzelf en de kinderen iets aandoet als ik weg ga",
    "hij slaat haar nu", "HIJ SLAAT ME NU!!!", "hy slaat mama nu", "papa slaat mama nu help",
    "ik zit opgesloten", "ik zit opgeslote in de wc", "hij heeft me opgesloten in de schuur",
    "ze wurgt hem", "hij knijpt mijn keel dicht", "hij heeft zijn handen om mijn nek",
    "Dan greep hij naar mijn keel, duwde mij overal tegenaan.",
    "hij heeft een mes", "hij zwaait met een mes", "mn vriend heeft een pistool",
    "hij zegt dat hij me vermoordt", "ze dreigt me dood te maken", "ik maak je dood zei hij net",
    "mn moeder wil zelfmoord plegen", "mijn vader zegt dat hij zichzelf iets aandoet", "ik wil niet meer leven",
    "ik hoor geschreeuw en klappen bij de buren", "help hij komt eraan", "hij staat voor de deur en schreeuwt",
    "hij trapt de deur in", "ik ben zo bang dat hij me iets aandoet", "ze bloedt heel erg",
    "mn stiefvader is mn moeder aan het slaan", "Hij is haar nu aan het schoppen", "ik word nu geslagen",
    "mijn zus is nu echt onveilig", "ik denk dat de buurvrouw op dit moment in gevaar is",
    "hij slaat me nu, de deur is dicht", "hij staat nu beneden aan de deur te bonken", "hij staat te bonken op de deur",
    # Danger now told without 'nu' (2026-12-01): just now, a door beaten in, things thrown, hiding.
    "hij heeft me net tegen de muur gegooid", "hij duwde me net van de trap", "mijn ex bonkt op de deur, ik durf niet open te doen",
    "hij is door het dolle heen en gooit met spullen", "mijn vader is dronken en sloopt het huis",
    "hij houdt me vast en laat me niet los", "ik heb me opgesloten in de badkamer, hij is woedend",
    "hij zegt dat hij me iets gaat aandoen", "ik ben net weggerend, hij zoekt me", "mijn man is door het lint gegaan en ik ben bang",
]
MORE_SAFE = [
    "mijn buurvrouw zegt dat ze buiten staat te roken", "ik zie zijn auto soms in mijn straat",
    "vorig jaar hoorde ik een keer een klap bij de buren",
    "mijn vader slaat de deur dicht als hij boos is", "hij ligt op de bank en reageert niet op mijn vragen",
    "ik kan niet weg ik heb geen geld", "ik kan niet weg bij hem", "de deur is vorig jaar ingetrapt", "ik wil niet dood",
    "ik maak me zorgen om het kind van de buren", "mijn vader sloeg mij vroeger", "ik was vorig jaar opgesloten",
    "dat verhaal greep me echt naar de keel",
    "ik wil stoppen met slaan", "ik ben doodmoe", "wat is wurging", "wat is een tijdelijk huisverbod",
    "ik word soms zo boos dat ik sla", "mijn man controleert alles wat ik doe", "hoi", "dankjewel",
    "ik ben nu 12 en mijn vader slaat mij", "waar vind ik het wijkteam in Venray", "net als vorige keer",
    "de messen liggen in de la", "lachen me dood om die film", "mijn kind verveelt zich dood",
    "hoe vaak komt ouderenmishandeling voor", "leerling vertelt dat hij thuis geslagen wordt wat moet ik doen",
    "ik voel me nu niet onveilig meer", "was ik toen onveilig?",
    "Nu slaat zij dicht over dit onderwerp.", "mijn zoon klapt nu helemaal dicht",   # to clam up
    "de buurman bonkt altijd op de muur", "we slopen de keuken eruit", "hij heeft net gebeld",
    "mijn peuter gooit alles op de grond", "ik heb me opgesloten in mijn kamer om te leren", "ik ben net weggelopen van mijn werk",
    "mijn baas ging door het lint toen de printer kapot was", "mijn vriend komt me zo ophalen", "hij gaat me ophalen van school",
    "Hoe ontstaat zo’n vechtscheiding nu eigenlijk?", "we zitten nu in een vechtscheiding",
    "Hij kon mij met woorden echt kapot maken.", "ze heeft me geestelijk kapot gemaakt",   # broken, not killed
    "", "   ", "!!!", "1234",
    "hij was dronken toen hij reed, de kinderen zaten erachter", "ik heb pillen genomen tegen de pijn",
    "hij heeft net een nieuwe baan", "ik zit in de tuin",
    # twentieth session: hiding and coming up only with someone raging now
    "ik zit op de wc", "ik zit in de kast", "mijn moeder is boos omdat ik op mijn kamer zit",
    "hij komt altijd de trap op als hij dronken is", "ik lag op bed toen hij heel boos werd",
    "hij staat nu bij de bakker", "mijn vader zit nu op zijn werk", "de buurman is nu aan het schreeuwen",
    "ik zit op de wc en mijn moeder roept dat ik moet opschieten", "ik heb een klap gehad van mijn vader vorige week",
    # thirty-ninth session: a pinch in the neck, a trip back
    "mijn moeder kneep me altijd in mijn nek als ik stout was", "wat als ik er nog ben als hij terug is van vakantie",
]


# A threat left unsaid for the doer's return, a neck squeezed till one turned blue (the tenth tuning conversations).
@pytest.mark.parametrize("text,kind", [
    ("hij heeft me tegen de tafel geduwd en nu is hij bier halen, hij zei als ik er nog ben als hij terug is dan",
     "doodsbedreiging"),
    ("hij zei als hij terugkomt en ik ben er nog dan ben ik de klos", "doodsbedreiging"),
    ("leerkracht groep 6 hier. meisje vertelde vanochtend in de kring dat papa mama 'heel hard in haar nek kneep' "
     "en dat mama blauw werd. wat moet ik nu", "wurging"),
])
def test_a_threat_for_the_return_and_a_neck_squeezed_blue_are_danger(text, kind):
    danger = detect_danger(text)
    assert danger is not None and (danger.kind, danger.strong) == (kind, True)


# Hiding from the doer now, and one who uses violence losing control now (the eleventh tuning conversations).
@pytest.mark.parametrize("text,kind", [
    ("mijn kleinzoon staat in de gang en eist geld, hij heeft me al een duw gegeven en ik durf de kamer niet uit. "
     "ik ben 81", "opgesloten"),
    ("ik ben 14 mn vader is helemaal doorgedraaid hij heeft de tv kapot gegooid en zegt dat hij me met zn riem slaat "
     "als ik mn deur open doe", "opgesloten"),
    ("ze zit nu in de slaapkamer en ik sta alweer te koken, ik weet niet wat ik ga doen als ze er weer uit komt",
     "geweld_nu"),
])
def test_hiding_from_the_doer_or_losing_control_now_is_danger(text, kind):
    danger = detect_danger(text)
    assert danger is not None and (danger.kind, danger.strong) == (kind, True)


@pytest.mark.parametrize("text", ["ik weet niet wat ik ga doen als hij morgen thuiskomt, moet ik weggaan?",
                                  "ik durf vaak mijn kamer niet uit als papa dronken is",
                                  "ik durf de deur niet uit sinds de scheiding"])
def test_a_fear_for_later_or_as_a_habit_is_no_danger_now(text):
    danger = detect_danger(text)
    assert danger is None or not danger.strong


def test_glass_heard_breaking_next_door_is_danger_now_but_hearsay_and_a_babys_crying_are_not():
    """The twelfth tuning conversations: "de buren zijn weer bezig, ik hoor glas kapot gaan en het kleintje krijst.
    het is 2 uur snachts" was not ours."""
    danger = detect_danger("de buren zijn weer bezig, ik hoor glas kapot gaan en het kleintje krijst. het is 2 uur snachts")
    assert danger is not None and danger.strong
    assert detect_danger("ik hoor dat je glas kapot kan gaan") is None
    assert detect_danger("ik hoor de baby van de buren altijd krijsen") is None


@pytest.mark.parametrize("text", PHRASES["gevaar"] + MORE_DANGER)
def test_danger_is_detected(text):
    assert detect_danger(text) is not None, text


@pytest.mark.parametrize("text", PHRASES["geen_gevaar"] + MORE_SAFE)
def test_no_false_alarm(text):
    assert detect_danger(text) is None, (text, detect_danger(text))


def test_accents_and_case_do_not_matter():
    assert detect_danger("Hij DREIGT me te vermoorden") and detect_danger("hij dreigt me te vermóórden")


@pytest.mark.parametrize("text", [
    "ik ben leerkracht en een leerling vertelde vandaag dat ze thuis wordt opgesloten in haar kamer",
    "Ik ben huisarts. Een patiënte vertelde dat haar man haar probeert te wurgen, wat nu?",
    "als pedagogisch medewerker: een moeder gaf aan dat haar partner haar met een mes bedreigt",
])
def test_a_professional_passing_on_what_they_were_told_gets_112_first_and_then_an_answer(text):
    """A case told to a professional is a weak sign (112 line first, then the request); it is
    still danger, so 112 stays first."""
    signal = detect_danger(text)
    assert signal is not None and not signal.strong, (text, signal)


@pytest.mark.parametrize("text", [
    "ik ben leerkracht, er staat een vader met een mes in de klas",           # before their eyes
    "ik word opgesloten in mijn kamer, mijn moeder zei dat ik er niet uit mag",  # the writer, not a professional
    "mijn vriendin vertelde dat haar man haar nu probeert te wurgen",         # a friend, not a professional
])
def test_danger_before_ones_eyes_or_told_by_a_resident_stays_strong(text):
    signal = detect_danger(text)
    assert signal is not None and signal.strong, (text, signal)


@pytest.mark.parametrize("text", [
    "Pappa heeft alzheimer en mamma kan het niet aan. Maar nu slaat ze hem zelfs af en toe.",
    "ik hoor de buren elke nacht ruzie maken en een kind huilen",
])
def test_violence_now_and_then_is_a_weak_sign(text):
    """'nu' as nowadays, with the violence now and then: 112 first, then the route with its number."""
    signal = detect_danger(text)
    assert signal is not None and not signal.strong


@pytest.mark.parametrize("text,strong", [
    ("mijn buurvrouw zegt dat ik me nergens mee moet bemoeien maar ik hoor haar kinderen huilen", False),
    ("ik hoor een kind urenlang huilen naast ons", False),
    ("ik hoor nu een kind huilen", True),
    ("ik hoor de buren schreeuwen en een kind huilen", True),
    ("ik hoor een kind huilen en hij slaat haar", True),
])
def test_crying_heard_without_sounds_of_violence_or_now_is_a_weak_sign(text, strong):
    """A child heard crying is a worry to act on: 112 first, then the bystander's route; with
    screams, blows or 'now' it stays danger now."""
    signal = detect_danger(text)
    assert signal is not None and signal.strong is strong


@pytest.mark.parametrize("text", ["hij slaat me nu, hij doet dit vaak", "Hij kneep regelmatig mijn keel dicht.",
                                  "hij slaat me elke dag en nu slaat hij de kinderen",
                                  "hij slaat me elke dag, nu slaat hij de kinderen",
                                  "nu slaat hij haar weer, op dit moment"])
def test_violence_now_or_strangling_stays_strong_with_a_word_of_habit(text):
    signal = detect_danger(text)
    assert signal is not None and signal.strong


@pytest.mark.parametrize("text,danger", [
    ("ik heb mijn vrouw geslagen, krijg ik nu een strafblad?", False),
    ("ik heb hem geschopt, ga ik nu de cel in?", False),
    # 'nu' of the law does not hide violence now
    ("hij slaat me nu, krijg ik nu een huisverbod voor hem?", True),
    ("ik word nu geslagen help", True),
])
def test_now_as_a_result_in_a_question_about_the_law_is_no_danger_now(text, danger):
    signal = detect_danger(text)
    assert bool(signal and signal.strong) == danger, (text, signal)


@pytest.mark.parametrize("text,danger", [
    ("mijn zoon heeft mij in de slaapkamer opgesloten en mijn pinpas afgepakt. ik ben 81", True),
    ("hij heeft ons in de schuur opgesloten", True),
    ("mijn vader heeft mij vroeger als kind in de kast opgesloten", False),
    ("ik heb me op de wc opgesloten", True), ("ik heb me in mijn kamer opgesloten om te leren", False),
])
def test_locked_in_with_the_place_between_is_danger_now(text, danger):
    signal = detect_danger(text)
    assert bool(signal and signal.strong) == danger


@pytest.mark.parametrize("text,danger", [
    ("ben ik nu iemand die haar mishandelt?", False), ("ben ik nu een dader?", False),
    ("hij is nu iemand aan het slaan", True),
])
def test_now_as_so_in_judging_oneself_is_no_danger_now(text, danger):
    signal = detect_danger(text)
    assert bool(signal and signal.strong) == danger


@pytest.mark.parametrize("text,strong", [
    ("ik word thuis opgesloten in mijn kamer als straf", False),
    ("als ik niet luister sluit mama me op in de kast", False),
    ("ik zit opgesloten in mijn kamer", True),
    ("hij sluit me vaak op en nu zit ik weer opgesloten", True),
    ("ik denk dat mijn buurjongen door zijn ouders wordt opgesloten", False),  # a bystander's suspicion
    ("ik denk dat ik word opgesloten", True),
    ("mijn buurjongen wordt opgesloten door zijn ouders", True),
])
def test_a_lock_in_told_as_punishment_is_a_weak_sign(text, strong):
    signal = detect_danger(text)
    assert signal and signal.kind == "opgesloten" and signal.strong == strong


@pytest.mark.parametrize("text,danger", [
    ("hij staat nu voor de deur", True), ("mijn ex staat nu voor mijn huis", True),
    ("mijn ex staat steeds voor mijn deur", False), ("de pakketbezorger staat voor de deur", False),
    # the thirty-sixth session's set 7: an ex of two words and no article, a threat unless the door opens
    ("buna ziua. mijn ex vriend staat voor deur, hij zegt hij maakt alles kapot als ik niet open. ik ben alleen met baby", True),
    ("als ik niet open doe maakt hij alles kapot", True), ("als ik niet opendoe wordt hij boos", False),
])
def test_someone_at_the_door_now_is_danger_now(text, danger):
    signal = detect_danger(text)
    assert bool(signal and signal.strong) == danger


@pytest.mark.parametrize("text,kind", [
    ("mijn vriendin dreigt zichzelf iets aan te doen als ik wegga", "suicide"),  # 113 after 112, not only 112
    ("hij dreigt zichzelf en de kinderen iets aan te doen", "doodsbedreiging"),
    ("hij dreigt me iets aan te doen", "doodsbedreiging"),
])
def test_a_threat_to_harm_oneself_is_told_from_a_threat_to_others(text, kind):
    signal = detect_danger(text)
    assert signal and signal.kind == kind


@pytest.mark.parametrize("text", ["hij doet nu een beetje slap", "mijn baby is heel slap", "ik krijg hem niet wakker",
                                  "mijn kindje reageert bijna niet meer"])
def test_a_limp_or_unwakeable_baby_is_danger_now(text):
    """'hij doet nu een beetje slap' after shaking a baby got the pleger's text without 112."""
    assert detect_danger(text) is not None


@pytest.mark.parametrize("text", ["ik ben slap", "doe niet zo slap", "ik voel me slap en moe",
                                  "ik wil de relatie met mijn dochter niet kapot maken", "ik wil mijn huwelijk niet kapot maken"])
def test_weak_or_a_bond_broken_is_no_danger(text):
    """'ik wil de relatie met mijn dochter niet kapot maken' got 112 as a threat to kill."""
    assert detect_danger(text) is None


def test_a_threat_to_break_a_person_stays_danger():
    assert detect_danger("hij gaat me kapot maken") is not None


@pytest.mark.parametrize("text", [
    "hij heeft me geslagen. ik zit nu bij mijn moeder",
    "de politie heeft me de deur uit gezet, 10 dagen huisverbod omdat ik mn vrouw heb geslagen. slaap nu in mn auto",
])
def test_a_past_blow_and_where_the_writer_is_now_is_a_weak_sign(text):
    """'nu' in a sentence of its own that tells where the writer is now: 112 first, then the route,
    not the acute answer whose follow-ups keep asking whether there is danger."""
    signal = detect_danger(text)
    assert signal is not None and not signal.strong


def test_a_question_what_to_do_now_after_a_sentence_of_violence_told_is_a_weak_sign():
    """Thirty-second session: a bso worker passing on what a girl told got only the acute answer,
    because folding read 'slaat. wat moet ik nu doen' as 'slaat ... nu'."""
    signal = detect_danger("een meisje op de bso zei 'niet aan mama vertellen' en toen vertelde ze dat papa haar "
                           "slaat. wat moet ik nu doen?")
    assert signal is not None and not signal.strong


@pytest.mark.parametrize("text", ["hij slaat me. nu!", "hij slaat mama nu. wat moet ik nu doen?",
                                  "papa slaat mama nu. help"])
def test_violence_now_in_one_sentence_or_a_bare_now_stays_strong(text):
    signal = detect_danger(text)
    assert signal is not None and signal.strong


@pytest.mark.parametrize("text", ["hij slaat me. nu zit ik bij mijn moeder", "hij heeft me geslagen. help nu",
                                  "hij heeft me geslagen. hij staat nu voor de deur",
                                  "hij heeft me geslagen en nu ligt mijn zoon op de grond"])
def test_a_blow_now_or_a_plea_stays_danger_now(text):
    signal = detect_danger(text)
    assert signal is not None and signal.strong


@pytest.mark.parametrize("text,kind", [
    ("ik kan niet meer. soms denk ik dat het beter is als ik er niet meer ben", "suicide"),
    ("ik wil er niet meer zijn", "suicide"),
    ("het zou beter zijn als ik er niet meer was", "suicide"),
    ("ik heb me opgesloten in de badkamer met mijn dochter", "opgesloten"),
    ("mn ex staat al n uur bij mn huis en belt steeds aan ik heb n contactverbod", "geweld_nu"),
])
def test_thoughts_of_suicide_hiding_and_one_at_the_door_are_danger_now(text, kind):
    # each got 'daar kan ik je niet mee helpen' or the text for plegers from a probe's resident
    signal = detect_danger(text)
    assert signal and signal.kind == kind and signal.strong


@pytest.mark.parametrize("text", ["ik heb me opgesloten in mijn kamer om te leren",
                                  "als ik er niet meer ben, wie zorgt dan voor de kat? ik ga verhuizen"])
def test_no_alarm_for_a_room_to_study(text):
    signal = detect_danger(text)
    assert not (signal and signal.kind in ("opgesloten", "suicide"))


@pytest.mark.parametrize("text,now", [
    ("mama en haar vriend vechten en ze huilt, moet ik 112 bellen? ik ben 11", True),
    ("de buren schreeuwen heel hard moet ik de politie bellen", True),
    ("wanneer moet ik 112 bellen?", False),
    ("moet ik 112 bellen als mijn buurman zijn vrouw slaat?", False),
    ("mijn vader slaat mijn moeder soms, moet ik de politie bellen?", False),
])
def test_asking_whether_to_call_112_about_what_goes_on_now(text, now):
    from veilig.danger import asks_whether_to_call_112_now
    assert asks_whether_to_call_112_now(text) is now


@pytest.mark.parametrize("text,danger", [
    ("ik ben een man, mn vrouw slaat me. wie gelooft nou een man", False),  # 'nou' as a sigh
    ("hij slaat me nou", True),
])
def test_nou_as_a_sigh_is_not_now(text, danger):
    from veilig.danger import detect_danger
    found = detect_danger(text)
    assert bool(found and found.strong) is danger



@pytest.mark.parametrize("text,now", [
    ("Hij gooit met spullen en nu heeft hij mijn telefoon kapot gegooid, ik typ via de laptop", True),
    ("hij gooit nu met spullen", True),
    ("mijn zoontje gooit nu met zijn speelgoed", False),
    ("ik heb nu mijn telefoon kapot gegooid", False),
    ("en nu heeft hij een huisverbod, wat nu?", False),
])
def test_things_thrown_and_a_phone_smashed_now_are_danger_now(text, now):
    """Twenty-fourth session's probe: the first got the bystander's tips."""
    signal = detect_danger(text)
    assert bool(signal and signal.strong) is now


@pytest.mark.parametrize("text,locked_out", [
    ("Het kind van de buren (ongeveer 5 jaar) staat al een half uur buiten in de kou in zn pyjama, de deur is dicht. "
     "Het is nu 22:00", True),
    ("Bij de buren staat een klein kind buiten te huilen in de kou, niemand doet open", True),
    ("de kinderen spelen buiten, het is koud", False),
    ("mijn kind huilt als het koud is buiten", False),
    ("mijn kind speelt buiten in de sneeuw", False),
])
def test_a_young_child_locked_out_in_the_cold_is_danger_now(text, locked_out):
    """Twenty-fifth session's probe: a neighbour's child of 5 outside in pyjamas at 22:00, no one opening,
    got "ik weet niet zeker of ik je goed begrijp" and then the off-topic text."""
    signal = detect_danger(text)
    assert (signal is not None and signal.kind == "buitengesloten" and signal.strong) == locked_out


@pytest.mark.parametrize("text", [
    "mijn ex heeft me jaren mishandeld en wil nu dat de kinderen om het weekend bij hem slapen",
    "hij heeft me vroeger geslagen en zegt nu dat het mijn schuld was",
])
def test_past_blows_and_what_someone_wants_now_are_a_weak_sign(text):
    """Thirty-fourth session: 'Bel nu 112' alone for a question about access; 112 first, then the answer."""
    signal = detect_danger(text)
    assert signal is not None and not signal.strong, (text, signal)


@pytest.mark.parametrize("text", [
    "hij heeft me geslagen en is nu aan het schreeuwen",
    "hij heeft me geslagen en heeft nu een mes",
    "hij heeft me mishandeld en zegt nu dat hij me vermoordt",
    "hij heeft me geslagen en wil nu dat ik terugkom anders maakt hij me dood",
    "anders maakt hij me dood",
])
def test_raging_a_weapon_or_a_threat_now_after_past_blows_stays_strong(text):
    signal = detect_danger(text)
    assert signal is not None and signal.strong, (text, signal)


@pytest.mark.parametrize("text, strong", [
    # Thirty-seventh session: 'geduw. we slapen nu' read as one sentence gave 'Bel nu 112.' alone to one
    # who left a week ago; 112 stays first as a weak sign.
    ("ik ben vorige week met de kinderen weggegaan bij mijn man na weer een avond vol geschreeuw en geduw. "
     "we slapen nu bij mijn moeder maar dat kan niet lang zo", False),
    ("hij slaat me. help nu", True),
    ("mijn vader schreeuwt en duwt mama. ik ben nu bang", True),
    ("hij staat te schoppen tegen de voordeur. ik zit nu binnen", True),
])
def test_violence_now_read_only_across_two_sentences_is_a_weak_sign(text, strong):
    signal = detect_danger(text)
    assert signal is not None and signal.strong == strong, (text, signal)


@pytest.mark.parametrize("text, strong", [
    # Thirty-seventh session: the fear of what telling would bring, which no one said: a weak sign
    # (112 first, then the answer), since in some homes it is meant.
    ("ik durf het echt niet aan mijn ouders te zeggen, mijn vader vermoordt me", False),
    ("mn ouders vermoorden me als ze dit horen", False),
    ("mijn vader zegt dat hij me vermoordt als ik het vertel", True),
    ("ze zeggen dat ze me vermoorden als ik het vertel", True),
    ("mijn vader vermoordt me", True),
])
def test_a_death_feared_if_the_parents_knew_is_a_weak_sign(text, strong):
    signal = detect_danger(text)
    assert signal is not None and signal.kind == "doodsbedreiging" and signal.strong == strong, (text, signal)
