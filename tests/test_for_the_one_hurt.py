from veilig.for_the_one_hurt import PROFESSIONAL, counterpart_for_the_one_hurt


def test_the_one_hurt_gets_the_answer_written_for_them():
    assert counterpart_for_the_one_hurt("anoniem-melden", "slachtoffer") == "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld"
    assert counterpart_for_the_one_hurt("weet-het-gezin-wie-gemeld-heeft", "slachtoffer") == (
        "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld")


def test_a_bystander_and_other_answers_keep_theirs():
    assert counterpart_for_the_one_hurt("anoniem-melden", "omstander") is None
    assert counterpart_for_the_one_hurt("anoniem-melden", None) is None
    assert counterpart_for_the_one_hurt("tijdelijk-huisverbod", "slachtoffer") is None


def test_a_child_gets_the_kindertelefoons_answer():
    assert counterpart_for_the_one_hurt("anoniem-advies", "kind") == "vertelt-de-kindertelefoon-het-door"
    assert counterpart_for_the_one_hurt("anoniem-advies", "slachtoffer") is None
    # a child who cannot call gets the Kindertelefoon's chat (thirty-fourth session)
    assert counterpart_for_the_one_hurt("chatten-met-veilig-thuis", "kind") == "chatten-met-de-kindertelefoon"
    assert counterpart_for_the_one_hurt("chatten-met-veilig-thuis", "slachtoffer") is None



def test_a_childs_question_of_blame_gets_the_childrens_help():
    # 'is dat mijn schult?' after the child's route got why a partner finds leaving hard (fifteenth session)
    assert counterpart_for_the_one_hurt("waarom-is-weggaan-moeilijk", "kind") == "hulp-voor-kinderen-en-jongeren"
    assert counterpart_for_the_one_hurt("waarom-is-weggaan-moeilijk", "slachtoffer") is None


def test_a_professional_asking_about_strangling_gets_the_meldcodes_example_of_acute_unsafety():
    """Twentieth session's probe: a GP's 'is wurging een reden om toch te melden?' got "Heeft iemand
    je gewurgd?"."""
    assert counterpart_for_the_one_hurt("gewurgd-wat-nu", PROFESSIONAL) == "voorbeelden-acute-onveiligheid"
    assert counterpart_for_the_one_hurt("gewurgd-wat-nu", "slachtoffer") is None
    assert counterpart_for_the_one_hurt("mag-je-het-vertellen", PROFESSIONAL) == "kind-vraagt-geheimhouding"
    assert counterpart_for_the_one_hurt("mag-iemand-seksuele-dingen-met-je-doen", PROFESSIONAL) == (
        "als-een-kind-het-je-vertelt")


def test_a_professionals_doubt_gets_step_two():
    """Twenty-first session: a dentist's "is dit kindermishandeling of overdrijf ik?" got the
    resident's 'twijfel je?' among topics, in 'je'."""
    assert counterpart_for_the_one_hurt("twijfel-is-het-huiselijk-geweld", PROFESSIONAL) == "meldcode-stap-2"
    assert counterpart_for_the_one_hurt("twijfel-is-het-huiselijk-geweld", "omstander") is None


def test_one_who_hits_and_asks_what_to_do_before_exploding_gets_the_help_for_plegers():
    # twenty-second session's probe: "wat kan ik doen op het moment dat ik voel dat ik ga ontploffen?"
    # after the pleger's route got a victim's safety plan ("houd messen uit de buurt van je partner").
    assert counterpart_for_the_one_hurt("eigen-veiligheidsplan", "pleger") == "hulp-voor-plegers"
    assert counterpart_for_the_one_hurt("eigen-veiligheidsplan", "slachtoffer") is None


def test_a_child_asking_if_he_will_know_gets_what_the_kindertelefoon_keeps():
    """Twenty-third session's probe: 'komt hij dat te weten?' from a boy of 15 got a button about
    the adult's partner."""
    from veilig.for_the_one_hurt import counterpart_for_the_one_hurt

    assert counterpart_for_the_one_hurt("praat-veilig-thuis-met-mijn-partner", "kind") == "vertelt-de-kindertelefoon-het-door"
    assert counterpart_for_the_one_hurt("praat-veilig-thuis-met-mijn-partner", "slachtoffer") is None


def test_asking_who_will_know_of_the_call():
    from veilig.for_the_one_hurt import asks_who_will_know
    assert asks_who_will_know("Weet hij dan dat ik het was?")
    assert asks_who_will_know("komen ze erachter wie gebeld heeft?")
    assert not asks_who_will_know("Ik weet niet wie het was")
    assert not asks_who_will_know("weet hij dat het gevaarlijk is")
    # thirty-fifth session: the subject first
    assert asks_who_will_know("dus ze komen er echt niet achter dat ik het was?")


def test_a_neighbour_asks_whether_the_son_will_know():
    # twenty-sixth session's probe: a neighbour of an older man got a choice of one topic
    from veilig.for_the_one_hurt import asks_who_will_know
    assert asks_who_will_know("Als ik Veilig Thuis bel, weet de zoon dan dat ik het was?")


def test_a_bystander_who_asks_whom_veilig_thuis_talks_with():
    # thirty-fourth session's fifth tuning conversations: "praten ze ook met haar man?" from a sister got
    # that the family need not know who reported
    from veilig.for_the_one_hurt import counterpart_for_the_one_hurt
    partner = "praat-veilig-thuis-met-mijn-partner"
    assert counterpart_for_the_one_hurt(partner, "omstander", "praten ze ook met haar man?") == "met-wie-praat-veilig-thuis"
    assert counterpart_for_the_one_hurt(partner, "omstander", "krijgt hij te horen dat ik het was?") == (
        "weet-het-gezin-wie-gemeld-heeft")
    assert counterpart_for_the_one_hurt(partner, "slachtoffer", "praten ze ook met mijn man?") is None

