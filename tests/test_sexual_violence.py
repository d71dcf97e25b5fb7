"""Does a message tell of sexual violence (veilig/sexual_violence.py)? Plain disclosures yes, everyday clothes no."""
import pytest

from veilig.sexual_violence import (done_to_the_writer, tells_of_not_resisting, tells_of_online_image_abuse_only,
                                    tells_of_sexual_violence)


@pytest.mark.parametrize("text", [
    "hij heeft me verkracht", "ik ben aangerand op weg naar huis", "mijn oom betast me als niemand kijkt",
    "hij deed mijn broek uit en ik kon niks zeggen", "die jongen rukte mijn rokje af",
    "mijn stiefvader zit aan mijn plassertje", "hij wilde seks tegen mijn wil", "ik ben seksueel misbruikt door mijn trainer",
    "hij riep me bij zich en ik moest seksuele handelingen verrichten", "in het verleden heb ik te maken gehad met seksueel misbruik",
    "als ik niet betaal, zet hij de beelden online", "hij dreigt mijn naaktfoto's te verspreiden",
    "mijn dochter van 6 vertelt dat opa aan haar plasser zit", "de buurman zat aan zijn piemel",
    "mijn ex heeft naaktfotos van mij op een nep instagram account gezet",
    "mijn zus heeft een verstandelijke beperking en een begeleider raakt haar aan waar ze dat niet wil",
    "mijn oom komt aan me waar het niet mag", "hij zit aan me op plekken die niet mogen",
    "mijn vriend zegt dat ik voor hem met andere mannen moet slapen om geld te verdienen voor ons",
    "hij dwingt me in de prostitutie", "ik ben als kind misbruikt door mijn opa",
    "jo ik ben 15 een gast op snap had een nudes van mij en nu wil hij 500 euro anders stuurt hij het naar iedereen", "mijn leerling vertelde dat haar stiefvader aan haar zit",
    # twentieth session's probe: "Daar kan ik je helaas niet mee helpen"
    "ik heb een lichte verstandelijke beperking en mijn begeleider op de woongroep zit aan me",
    # the ninth tuning conversations: forced sex in a marriage, in everyday words
    "mijn man dwingt me tot seks als ik geen zin heb. hij zegt dat het mijn plicht is als zijn vrouw",
    "mijn vriend wil seks ook als ik geen zin heb",
])
def test_disclosures(text):
    assert tells_of_sexual_violence(text)


@pytest.mark.parametrize("text", [
    "ik deed mijn broek uit want het was warm", "ik trok mijn jas uit", "hij heeft mijn vertrouwen misbruikt",
    "mijn zoon misbruikt mijn pinpas", "ik zet de foto's van de vakantie online", "de kapper raakt me aan",
    "ik heb de foto's van de bruiloft op instagram gezet", "wat zijn seksuele handelingen volgens de wet", "ik moest tegen mijn wil trouwen met mijn neef", "wat is seksuele voorlichting", "", "hij zei dat ik mijn broek uit moest doen voor de dokter",
    "de kapper komt aan me", "ik werd misbruikt voor zijn karretje", "hij zit aan me te zeuren", "ik zit aan mijn bureau", "ik slaap bij vrienden van hem", "wat is prostitutie",
])
def test_no_disclosure(text):
    assert not tells_of_sexual_violence(text)


@pytest.mark.parametrize("text,forced", [
    ("mijn man dwingt me tot seks als ik geen zin heb. hij zegt dat het mijn plicht is als zijn vrouw", True),
    ("hij dwong me met hem naar bed te gaan", True),
    ("hij wil seks ook als ik het niet wil", True),
    ("mijn vader dwong me naar bed te gaan om 8 uur", False),
    ("hij dwingt me om te sporten", False),
    ("we hebben seks als ik zin heb", False),
])
def test_forced_sex_in_everyday_words_is_done_to_the_writer(text, forced):
    assert tells_of_sexual_violence(text) is forced and done_to_the_writer(text) is forced


def test_done_to_the_writer_or_to_someone_else():
    assert done_to_the_writer("ik werd vorig jaar aangerand") and done_to_the_writer("hij heeft me toen verkracht")
    assert not done_to_the_writer("mijn vriendin is verkracht") and not done_to_the_writer("ik heb haar verkracht")
    assert done_to_the_writer("ik moest van hem seksuele handelingen verrichten")
    assert done_to_the_writer("ik heb als kind te maken gehad met incest")
    assert not done_to_the_writer("mijn dochter heeft te maken gehad met seksueel misbruik")


@pytest.mark.parametrize("text", [
    "we lagen te zoenen en toen ging hij verder, ik bevroor gewoon",
    "hij kleedde me uit, ik was naakt en ik kon niks zeggen",
    "ik zei nee maar hij wilde toch seks",
    "ik wilde me verzetten toen hij me bleef zoenen maar mijn lijf deed niks",
    "Davy begon me te kussen. Ik wou het niet. Hij begon mij ook te betasten. Ik bevroor.",
    "Toen hij me voor de zoveelste keer beetpakte en probeerde te zoenen, stopte hij pas toen ik hem wegduwde.",
    "mijn manager valt me al maanden lastig met appjes en handtastelijkheden",
])
def test_telling_it_without_the_words_how_one_froze_or_could_not_say_no(text):
    assert tells_of_sexual_violence(text) and done_to_the_writer(text)


@pytest.mark.parametrize("text", [
    "ik bevroor toen hij met het mes zwaaide",           # freezing, nothing intimate
    "mijn vriend wil zoenen maar ik heb een koortslip",  # kissing, nobody froze
    "we hadden een leuke date en hebben gezoend",
    "ik wilde niet naar school omdat ik gepest werd",
    "is het normaal dat mijn dochter van 4 naakt door het huis loopt",
    "ik wou niet naar bed en gooide mijn kussen op de grond",      # pillows, nobody touched
    "mijn zus duwde hem weg toen hij haar fiets wilde pakken",
])
def test_freezing_or_kissing_alone_is_no_disclosure(text):
    assert not tells_of_sexual_violence(text)


@pytest.mark.parametrize("text,to_the_writer", [
    ("mijn ex heeft naaktfotos van mij gedeeld in een groepsapp", True),
    ("er gaat een naaktfilmpje van me rond op school", True),
    ("hij heeft mijn naaktfoto s doorgestuurd naar zijn vrienden", True),
    ("mijn vriendin haar naaktfotos worden verspreid door haar ex", False),
])
def test_nude_images_shared_are_sexual_violence(text, to_the_writer):
    assert tells_of_sexual_violence(text) and done_to_the_writer(text) is to_the_writer
    assert tells_of_online_image_abuse_only(text)


def test_sending_a_nude_oneself_is_no_disclosure():
    assert not tells_of_sexual_violence("ik heb een naaktfoto gestuurd naar een jongen")


@pytest.mark.parametrize("text,told", [
    ("iemand op insta wil dat ik fotos stuur", True),
    ("hij vraagt steeds om naaktfotos", True),
    ("een man op snapchat vraagt of ik fotos in mijn ondergoed wil sturen", True),
    ("oma wil dat ik fotos van de vakantie stuur", False),
    ("de juf vraagt om fotos van het schoolreisje", False),
])
def test_being_asked_for_nude_images_is_image_abuse(text, told):
    from veilig.sexual_violence import tells_of_online_image_abuse_only
    assert tells_of_sexual_violence(text) == told and tells_of_online_image_abuse_only(text) == told


@pytest.mark.parametrize("text, told", [
    ("ik word gechanteerd met een filmpje", True),
    ("hij chanteert me met mijn foto's", True),
    ("ze hebben fotos van me en chanteren me", True),
    ("mijn broer chanteert me met geld", False),
    ("ik word gechanteerd", False),
    ("ik heb fotos van mijn vakantie gemaakt en mijn vader slaat me als ik geen geld betaal", False),
])
def test_blackmail_with_images_is_image_abuse(text, told):
    assert tells_of_sexual_violence(text) == told and tells_of_online_image_abuse_only(text) == told


@pytest.mark.parametrize("text,medical", [("moet ik naar de dokter", True), ("kan ik zwanger zijn", True),
                                          ("moet ik me laten testen op soa", True), ("vertellen ze het aan mijn ouders", False)])
def test_a_question_about_medical_care_after_the_csg(text, medical):
    from veilig.sexual_violence import asks_about_medical_care
    assert asks_about_medical_care(text) is medical


@pytest.mark.parametrize("text", ["ik heb naakt foto gestuurd naar een jongen en nu wil hij geld anders stuurt hij ze door",
                                  "mijn vriend zegt dat hij mijn fotos online zet als ik het uitmaak",
                                  # money for not sending them on, 'naakt' left out (the eleventh tuning conversations)
                                  "ik (15) heb fotos gestuurd naar een jongen van insta en nu zegt hij dat hij ze naar mn "
                                  "hele school stuurt als ik geen 200 euro betaal"])
def test_nude_images_used_for_money_or_a_threat_are_online_image_abuse(text):
    assert tells_of_online_image_abuse_only(text) and tells_of_sexual_violence(text)


def test_asking_grandchildren_for_holiday_photos_is_none():
    assert not tells_of_online_image_abuse_only("oma wil dat ik fotos stuur van de vakantie")


@pytest.mark.parametrize("text, misused", [
    # thirtieth session's probe: got the CSG's words on rape, without Helpwanted
    ("Mijn foto of gegevens worden misbruikt. Wat kan ik doen?", True),
    ("iemand misbruikt mijn fotos op een nepprofiel", True),
    # abuse of the body stays what it is
    ("mijn oom heeft mij misbruikt", False),
    ("ik ben misbruikt en hij heeft fotos gemaakt", False),
])
def test_images_misused_are_image_abuse_not_abuse_of_the_body(text, misused):
    assert tells_of_online_image_abuse_only(text) is misused


@pytest.mark.parametrize("text,shared", [
    ("mijn zoon van 15 heeft een naaktfoto van een meisje uit zn klas doorgestuurd naar vrienden", True),
    ("mijn dochter heeft filmpjes van een klasgenoot gedeeld in de groepsapp", True),
    ("iemand heeft een naaktfoto van mijn dochter doorgestuurd", False),  # the child's images went round
    ("mijn dochter heeft een naaktfoto gestuurd en nu wordt ze gechanteerd", False),  # sent, then extorted
    ("mijn zoon heeft het bericht doorgestuurd", False),  # no images
])
def test_a_parents_own_child_who_shared_someones_images(text, shared):
    """Thirty-second session: the parent of a boy who forwarded a classmate's nude got Helpwanted's
    help for one whose images go round."""
    from veilig.sexual_violence import own_child_shared_images
    assert own_child_shared_images(text) is shared


def test_images_held_over_a_break_up_are_image_abuse_and_photos_sent_to_the_family_are_not():
    """The tenth tuning conversations."""
    held = "hij heeft ook foto's van mij en zegt dat hij ze naar iedereen stuurt als ik het uitmaak"
    assert tells_of_sexual_violence(held) and tells_of_online_image_abuse_only(held)
    assert not tells_of_sexual_violence("mijn oma heeft fotos van mij en stuurt ze naar de hele familie als ze klaar zijn")


def test_taken_upstairs_against_ones_will_is_sexual_violence_told():
    """The twelfth tuning conversations: "... heeft een jongen die ik ken me mee naar boven genomen en... ik wilde het
    niet" got "Daar kan ik je helaas niet mee helpen"."""
    text = "gisteravond op een feestje heeft een jongen die ik ken me mee naar boven genomen en... ik wilde het niet"
    assert tells_of_sexual_violence(text) and done_to_the_writer(text)
    assert not tells_of_sexual_violence("hij nam me mee naar boven om zijn nieuwe kamer te laten zien")


@pytest.mark.parametrize("text,told", [
    ("ik heb niet eens nee geroepen of hem weggeduwd, ik bevroor gewoon", True),
    ("ik deed niks terug", True),
    ("ik zei nee maar hij ging door", False),
    ("ik heb hem weggeduwd", False),
])
def test_not_resisting_is_told(text, told):
    assert tells_of_not_resisting(text) == told
