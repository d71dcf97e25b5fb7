"""A forced marriage told by the one it happens to or by someone close (veilig/forced_marriage.py)."""
import pytest

from veilig.forced_marriage import tells_of_forced_marriage


@pytest.mark.parametrize("text", [
    "mijn broer dwingt me om met een neef te trouwen",
    "mijn ouders willen dat ik trouw met iemand die ik niet ken",
    "ik moet van mijn familie trouwen",
    "van mijn vader moet ik met mijn neef trouwen",
    "mijn zus wordt deze zomer uitgehuwelijkt",
    "ik word gedwongen te trouwen in marokko",
    "ik word gedwongen om met mijn neef te trouwen in de zomervakantie",
    "ik moet trouwen tegen mijn wil",
    "mn familie heeft een man voor me uitgezocht in marokko en ik moet deze zomer mee om te trouwen",
    "ik wil niet trouwen maar mijn ouders dwingen me",
    "ik wil niet met hem trouwen maar mijn vader zegt dat het moet",
    # the eleventh tuning conversations: "ik weet niet zeker of ik je goed begrijp"
    "ik ben 17 en we gaan deze zomer naar het land van mn ouders. mn tante zei per ongeluk iets over een bruiloft daar "
    "en ik denk dat het mijn bruiloft is",
    # the twelfth: 112's lines alone
    "ik hoorde mn moeder net tegen mn tante zeggen dat ik deze zomer in marokko blijf om te trouwen",
])
def test_a_forced_marriage_told(text):
    assert tells_of_forced_marriage(text)


@pytest.mark.parametrize("text", [
    "wij gaan volgend jaar trouwen", "hoe kan ik trouwen in het gemeentehuis", "ben je getrouwd",
    "mijn ouders willen dat ik ga studeren", "wanneer moeten we trouwen van de gemeente",
    "ik ben 15 jaar getrouwd en mijn man slaat me",
    "mijn ouders hebben een mooie trouwzaal uitgezocht",
    "ik wil nog niet trouwen maar mijn ouders vinden het prima",
    "mijn bruiloft is volgende week, mijn man slaat me", "ik ben op een bruiloft geweest",
])
def test_a_wedding_or_a_marriage_is_not_a_forced_one(text):
    assert not tells_of_forced_marriage(text)



def test_taken_abroad_to_be_married():
    from veilig.forced_marriage import tells_of_forced_marriage
    assert tells_of_forced_marriage('ik ben 17 en mijn familie wil dat ik volgende week mee ga naar marokko "op vakantie" '
                                    'maar ik denk dat ze me daar willen laten trouwen')
    assert not tells_of_forced_marriage("mijn zus wil trouwen met haar vriend")


def test_parents_who_want_her_married_this_summer_abroad_is_a_forced_marriage():
    # a youth worker got only the definition of harmful practices
    assert tells_of_forced_marriage("een meisje van 16 vertelt dat haar ouders haar deze zomer in marokko willen laten trouwen")
    assert not tells_of_forced_marriage("mijn zus gaat deze zomer in marokko trouwen met haar vriend")


def test_parents_who_say_she_must_marry_tell_of_a_forced_marriage():
    # twenty-sixth session's probe: a girl of 16 got the child's general route
    assert tells_of_forced_marriage("ik ben 16 en mijn ouders zeggen dat ik deze zomer met mijn neef moet trouwen in marokko")
    assert not tells_of_forced_marriage("mijn ouders zeggen dat ik niet mag trouwen")


def test_the_trip_asked_about():
    from veilig.forced_marriage import asks_about_the_trip
    assert asks_about_the_trip("we gaan over 3 weken op vakantie, kan iemand voorkomen dat ik mee moet?")
    assert not asks_about_the_trip("mag niemand het weten van mijn familie")


def test_a_girl_who_must_marry_in_her_parents_country_is_a_forced_marriage():
    # thirty-fourth session's fifth tuning conversations: a teacher got the meldcode's route and topics
    assert tells_of_forced_marriage("Een leerling van 15 vertelde me dat ze deze zomer in het land van haar ouders moet "
                                    "trouwen. Hoe pas ik de meldcode hierop toe?")
    assert not tells_of_forced_marriage("ik weet niet wanneer je moet trouwen voor de hypotheek")


def test_parents_who_decided_she_will_marry_tell_of_a_forced_marriage():
    # thirty-fifth session's sixth tuning conversations: "mag dat eigenlijk?" got whether parents may hit
    assert tells_of_forced_marriage("ik ben 16 en mn ouders hebben besloten dat ik deze zomer in pakistan met een neef ga "
                                    "trouwen")
    assert not tells_of_forced_marriage("mijn ouders hebben besloten dat we deze zomer naar pakistan gaan")
