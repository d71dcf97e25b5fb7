"""Does the writer sound like a child or like an adult (veilig/child.py)?"""
import pytest


@pytest.mark.parametrize("text,child", [
    ("mijn mama van 82 wordt door mijn broer uitgescholden en hij neemt haar geld af. ik ben 55", False),
    ("mijn ouders slaan me omdat ik homo ben en zeggen dat ik de familie te schande maak. ik ben 19", False),
    ("mama slaat me", True),
    ("ik ben 12 en mama slaat me", True),
])
def test_an_adult_age_outweighs_the_words_of_a_child(text, child):
    """'ik ben 55' and 'ik ben 19' got the Kindertelefoon and 'vertel het aan je juf'."""
    from veilig.child import sounds_like_a_child, sounds_like_an_adult
    assert sounds_like_a_child(text) == child
    assert sounds_like_an_adult(text) == (not child)


@pytest.mark.parametrize("text", ["mijn kleinzoon van 4 zei dat papa hem pijn doet aan zijn piemel",
                                  "mijn dochter zegt dat papa haar slaat",
                                  # thirty-fourth session: the grandparents got the Kindertelefoon later on
                                  "Wij zijn opa en oma van twee kleinkinderen. De kinderen vertellen dat papa en mama "
                                  "'s avonds vechten."])
def test_a_childs_words_retold_by_a_grandparent_or_parent_are_no_childs(text):
    from veilig.child import sounds_like_a_child
    assert not sounds_like_a_child(text)


def test_a_child_saying_papa_is_still_a_child():
    from veilig.child import sounds_like_a_child
    assert sounds_like_a_child("papa slaat mij")
    assert sounds_like_a_child("mijn oma slaat mij en papa doet niks")


@pytest.mark.parametrize("text", ["mijn vriend is 19 en ik 14 hij wil dat ik dingen doe die ik niet wil",
                                  "hij is 23 en ik ben 13"])
def test_two_ages_compared_tell_a_childs(text):
    from veilig.child import tells_a_childs_age_or_class
    assert tells_a_childs_age_or_class(text)
    assert not tells_a_childs_age_or_class("mijn man is 45 en ik 43")


@pytest.mark.parametrize("text", ["ik ben weer terug bij hem. na alles. ik schaam me zo. iedereen zei dat ik niet terug moest",
                                  "ik ben teruggegaan naar mijn man en nu slaat hij weer"])
def test_one_back_with_a_partner_is_an_adult(text):
    """Twenty-third session's probe: a woman back with her violent partner got the Kindertelefoon
    and 'vertel het aan je juf' in every turn."""
    from veilig.child import sounds_like_an_adult
    assert sounds_like_an_adult(text)


@pytest.mark.parametrize("text,child", [
    ("mn pa slaat mn moeder. ik sta op ontploffen. ben 16", True),
    ("ben 14 en mn vader slaat me", True),
    ("ik ben al 16 jaar getrouwd", False),
    ("ben 16 jaar samen met hem", False),
])
def test_an_age_alone_at_the_start_or_end_is_the_writers(text, child):
    """Thirty-second session: "... ben 16" at the end did not count as the writer's age."""
    from veilig.child import tells_a_childs_age_or_class
    assert tells_a_childs_age_or_class(text) is child


@pytest.mark.parametrize("text,child", [
    ("ik heb een naaktfoto naar een jongen gestuurd en nu heeft hij hem in een groepsapp gezet. heel school weet het, "
     "ik schaam me kapot", True),
    ("ik ben 34 en de hele school weet dat mijn man me slaat", False),
    ("ik werk op een school", False),
])
def test_a_pupil_among_pupils_sounds_like_a_child(text, child):
    """Thirty-second session: a girl whose nude photo went round her school got the CSG without the
    Kindertelefoon."""
    from veilig.child import sounds_like_a_child
    assert sounds_like_a_child(text) is child


@pytest.mark.parametrize("text,child", [
    # thirty-fourth session's fifth tuning conversations: the neighbour got the Kindertelefoon's answer to "kan dat anoniem?"
    ("Bij de buren hoor ik bijna elke nacht geschreeuw en gebonk tegen de muur. Vannacht hoorde ik een kind roepen "
     "'papa stop'. Ik weet niet of ik me ermee moet bemoeien.", False),
    ("ik hoorde mijn broertje roepen papa stop", True),
    # a bso worker got the Kindertelefoon's line in the meldcode's answer (thirty-fifth session)
    ("een meisje op de bso zei 'niet aan mama vertellen' en toen vertelde ze dat papa haar slaat. wat moet ik nu doen?",
     False),
    ("een meisje uit mijn klas zegt dat haar papa haar slaat", True),
])
def test_a_child_heard_by_the_writer_is_not_the_writer(text, child):
    from veilig.child import sounds_like_a_child
    assert sounds_like_a_child(text) is child


def test_an_age_told_with_boy_or_girl_is_a_childs():
    """The twelfth tuning conversations: "mijn vriend (ik ben ook een jongen, 17) ..." got the adult's route."""
    from veilig.child import tells_a_childs_age_or_class
    assert tells_a_childs_age_or_class("mijn vriend (ik ben ook een jongen, 17) wil al mn wachtwoorden")
    assert tells_a_childs_age_or_class("ik ben een meisje van 15 en mijn vader slaat me")
    assert not tells_a_childs_age_or_class("ik ben een jongen van 25")
