"""First help in other languages (veilig/foreign.py, knowledge/talen/): each language routes a
victim, a child, a pleger, a bystander and a place name, and always gives the numbers."""
import pytest

from veilig.contacts import render
from veilig.foreign import choose_route, common_question, foreign_messages
from veilig.languages import FIRST_HELP_ROUTES, FOREIGN, language_messages

CASES = {
    "en": {"slachtoffer": "my husband hits me, what can I do", "kind": "I'm 12 and my dad hits me",
           "pleger": "I hit my wife and I want to stop", "omstander": "I'm worried about my neighbour's kids"},
    "pl": {"slachtoffer": "Mąż mnie bije, co mam robić"},
    "ro": {"slachtoffer": "soțul meu mă bate"},
    "bg": {"slachtoffer": "мъжът ми ме бие"},
    "tr": {"slachtoffer": "kocam yıllardır beni dövüyor"},
    "ar": {"slachtoffer": "زوجي يضربني"},
}


@pytest.mark.parametrize("language,route,text", [(lang, route, text) for lang, cases in CASES.items()
                                                  for route, text in cases.items()])
def test_route_per_language(built_index, language, route, text):
    assert choose_route(text, language) == route
    messages = foreign_messages(text, language)
    assert "0800-2000" in "\n".join(m["text"] for m in messages)


EXPLOITATION = {"en": "my boss took my passport and does not pay me", "pl": "szef zabrał mi paszport i nie płaci",
                "ro": "șeful mi-a luat pașaportul și nu mă plătește", "bg": "шефът взе ми паспорта и не ми плаща",
                "tr": "patron pasaportumu aldı, maaşımı vermiyor", "ar": "صاحب العمل أخذ جواز سفري ولا يدفع لي"}


@pytest.mark.parametrize("language", FOREIGN)
def test_labour_exploitation_gets_the_police_and_comensha_in_that_language(built_index, language):
    """'szef zabrał mi paszport i nie płaci' got the victim's route: a labour migrant (seed 004)
    needs the help out of exploitation, as in Dutch (veilig/exploitation.py)."""
    assert choose_route(EXPLOITATION[language], language) == "uitbuiting"
    text = "\n".join(m["text"] for m in foreign_messages(EXPLOITATION[language], language))
    assert "0900-8844" in text and "112" in text.split("\n")[0]


@pytest.mark.parametrize("language,text", [("en", "my husband took my passport"), ("pl", "mąż zabrał mi paszport"),
                                           ("en", "i work for free as a volunteer")])
def test_a_passport_taken_by_a_partner_or_unpaid_volunteering_is_no_labour_exploitation(built_index, language, text):
    assert choose_route(text, language) != "uitbuiting"


@pytest.mark.parametrize("language", FOREIGN)
def test_a_place_gets_the_local_route_in_that_language(built_index, language):
    messages = foreign_messages("Venray", language)
    assert "Venray" in messages[0]["text"] and "0800-2000" in "\n".join(m["text"] for m in messages)


@pytest.mark.parametrize("language", FOREIGN)
def test_every_first_help_route_exists_with_112_where_danger_may_be(built_index, language):
    for route in FIRST_HELP_ROUTES:
        assert language_messages(language, route), (language, route)
    for route in ("acuut", "slachtoffer", "kind", "storing"):
        assert "112" in language_messages(language, route)[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language", FOREIGN)
def test_any_other_question_gets_both_numbers(built_index, language):
    text = "\n".join(m["text"] for m in foreign_messages("???", language))
    assert "112" in text and "0800-2000" in text


@pytest.mark.parametrize("language,text", [("en", "he is hitting me right now"), ("pl", "on mnie teraz bije, pomocy"),
                                           ("tr", "kocam şu anda beni dövüyor"), ("ar", "إنه يضربني الآن")])
def test_danger_gets_112_first_in_that_language(built_index, language, text):
    messages = foreign_messages(text, language)
    assert choose_route(text, language) == "acuut" and "112" in messages[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language,text,route", [
    ("tr", "kocam beni dövüyor", "slachtoffer"), ("bg", "на 12 съм и баща ми ме бие с колан", "kind"),
    ("tr", "Öfkemi kontrol edemiyorum ve karıma vuruyorum. Durmak istiyorum", "pleger"),
    ("ro", "îmi ia toți banii și nu mă lasă să ies din casă fără el", "slachtoffer"),
])
def test_violence_without_now_gets_the_own_route_with_112_first(built_index, language, text, route):
    """Habitual violence or control: the person's own route, and still 112 in the very first line."""
    messages = foreign_messages(text, language)
    assert choose_route(text, language) == route
    assert "112" in messages[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language,text", [("en", "my husband has a knife"), ("en", "she is strangling him"),
                                           ("pl", "on mnie dusi"), ("tr", "babam bizi öldüreceğini söylüyor bu gece")])
def test_weapons_strangling_and_threats_stay_acute_without_now(built_index, language, text):
    assert choose_route(text, language) == "acuut"


@pytest.mark.parametrize("question,entry", [("what happens if I call veilig thuis", "wat-gebeurt-er-als-je-veilig-thuis-belt"),
                                            ("what is a house ban", "tijdelijk-huisverbod"),
                                            ("can I chat with veilig thuis, he hears everything", "chatten-met-veilig-thuis"),
                                            # its own entry, without taking the questions above that name it
                                            ("what is veilig thuis", "veilig-thuis"),
                                            # fortieth session's set 11: "Is there danger now? Call 112." alone
                                            ("is true that i must go back if i leave him?",
                                             "verblijfsvergunning-en-huiselijk-geweld")])
def test_english_questions_get_the_english_answer(built_index, question, entry):
    from veilig.knowledge.english import find_english

    assert find_english(question).id == entry
    text = "\n".join(m["text"] for m in foreign_messages(question, "en"))
    assert "Dutch" in text or "0800-2000" in text
    assert find_english("what is the capital of france") is None


@pytest.mark.parametrize("language,text,route", [
    ("en", "my parents hit me with a belt when my grades are bad", "kind"),
    ("pl", "Jestem babcią, wnuczka powiedziała mi, że tata zamyka ją w piwnicy za karę.", "omstander"),
    ("en", "my husband hits me with a stick and has a knife", "acuut"),
])
def test_a_belt_or_a_locked_room_told_as_habit_is_the_own_route(built_index, language, text, route):
    from veilig.danger import detect_danger

    assert detect_danger(text) and choose_route(text, language) == route
    assert "112" in foreign_messages(text, language)[0]["text"].split("\n")[0]


def test_a_place_in_cyrillic_letters(built_index):
    messages = foreign_messages("Живея в Тилбург. Има ли някой наблизо?", "bg")
    assert "Tilburg" in messages[0]["text"]


def test_an_english_answer_keeps_112(built_index):
    text = "\n".join(m["text"] for m in foreign_messages("Is this anonymous? I don't want to give my name", "en"))
    assert "112" in text and "0800-2000" in text


def test_a_baseball_bat_is_a_weapon_not_a_belt(built_index):
    assert choose_route("my husband hits me with a baseball bat", "en") == "acuut"


# Words that show an adult writes outrank a child's words for its family or its school: a
# bystander's role, a grandchild, someone else's child, a parent of 60 or more.
@pytest.mark.parametrize("language,text", [
    ("en", "Teacher here: a boy in my class says his dad hits him"),
    ("en", "As a teacher I'm worried, a pupil says mommy's boyfriend hurts her"),
    ("en", "my neighbour's son says his dad hits him, he is scared to go to school"),
    ("en", "My granddaughter told me daddy shouts at mummy every night"),
    ("pl", "Jestem nauczycielką, uczennica mówi że tata ją bije"),
    ("ro", "Sunt profesoară și o elevă mi-a spus că tatăl ei o bate"),
    ("bg", "Аз съм учителка, ученичка ми каза, че баща ѝ я бие"),
    ("tr", "Öğretmenim ben, bir öğrencim babasının onu dövdüğünü söyledi"),
    ("tr", "komşumun kızını babası okula göndermiyor, ne yapabilirim"),
    ("ar", "انا معلمة وطالبة عندي قالت ان ابوها يضربها"),
    ("en", "my mum is 79 and my brother takes her pension and shouts at her"),
    ("en", "my elderly dad lives with my brother and I think he's hurting him"),
    ("pl", "moja mama ma 82 lata i brat zabiera jej emeryturę"),
    ("ro", "mama mea are 80 de ani și fratele meu o lovește"),
    ("bg", "майка ми е на 81 и брат ми я бие"),
    ("tr", "annem 78 yaşında, abim ona vuruyor"),
    ("ar", "أمي عمرها ٨٠ وأخي يضربها"),
])
def test_an_adult_writing_about_someone_else_is_a_bystander(built_index, language, text):
    assert choose_route(text, language) == "omstander"


@pytest.mark.parametrize("text", ["my mum is 35 and she hits me", "I'm 12 and my dad is 60, he hits me",
                                  "I'm 15 and my parents want me to marry my cousin"])
def test_a_child_stays_a_child(built_index, text):
    assert choose_route(text, "en") == "kind"


# A forced marriage or the family's honour, and one's own partner, outrank the words for parents
# and family: the victim's route (its first message also names the Kindertelefoon for under 18).
@pytest.mark.parametrize("language,text", [
    ("en", "my parents are forcing me to marry a man I don't know"),
    ("en", "my dad says I brought shame on the family and won't let me leave the house"),
    ("en", "my husband hits me and my parents say I must stay with him"),
    ("pl", "rodzice chcą mnie wydać za mąż za kuzyna"),
    ("ro", "părinții mei vor să mă mărite cu un văr"),
    ("bg", "родителите ми искат да се омъжа за братовчед ми"),
    ("tr", "babam beni amcamın oğluyla evlendirmek istiyor"),
    ("ar", "ابي يريد تزويجي من ابن عمي"),
])
def test_a_forced_marriage_or_the_familys_honour_is_the_victims_route(built_index, language, text):
    assert choose_route(text, language) == "slachtoffer"
    assert "0800-0432" in foreign_messages(text, language)[0]["text"]


# Weak signs of a child (a parent named without 'my', afraid to go home, no food) count only when
# no victim's or bystander's words do.
@pytest.mark.parametrize("language,text,route", [
    ("en", "mum and dad shout all night, I'm scared to go home", "kind"),
    ("en", "nobody cooks for me, mom is drunk again", "kind"),
    ("en", "my big sister hits me when our parents are out", "kind"),
    ("pl", "mama i jej partner ciągle krzyczą, boję się być w domu", "kind"),
    ("ro", "mi-e frică să merg acasă, mama și tata se ceartă mereu", "kind"),
    ("en", "I'm scared to go home, my husband will be angry", "slachtoffer"),
    ("en", "he punches me and keeps my passport", "slachtoffer"),
    ("en", "I think her husband hurts her", "omstander"),
    ("tr", "kocam sinirlenince bana vuruyor", "slachtoffer"),
    ("tr", "çok sinirleniyorum ve karıma vuruyorum", "pleger"),
])
def test_weak_signs_of_a_child_and_whose_violence_it_is(built_index, language, text, route):
    assert choose_route(text, language) == route


def test_a_word_list_word_can_be_a_whole_word(built_index):
    """Romanian "o bat" (I beat her) is a pleger; "o bate" (he beats her) is not."""
    assert choose_route("soțul ei o bate", "ro") == "omstander"
    assert choose_route("o bat când mă enervez și vreau să mă opresc", "ro") == "pleger"
    assert choose_route("îl bat pe fiul meu uneori, unde pot găsi ajutor?", "ro") == "pleger"
    # Polish "bije je" (beats them) is no start of "bije. Jestem ..." (a victim who tells more).
    assert choose_route("Mój mąż mnie bije. Jestem w Holandii od roku i nie mówię po niderlandzku. Co mam robić?",
                        "pl") == "slachtoffer"


# Asking where to find help, or how to help someone, is no cry for help now.
@pytest.mark.parametrize("language,text,route", [
    ("en", "my sister's husband beats her, how can I help her?", "omstander"),
    ("en", "he hits me, where can I get help?", "slachtoffer"),
    ("en", "I hit my son and I want to stop. Where do I find help?", "pleger"),
    ("pl", "mąż mnie bije, gdzie szukać pomocy?", "slachtoffer"),
    ("bg", "мъжът ми ме бие, къде мога да намеря помощ?", "slachtoffer"),
    ("tr", "karıma vurdum, nereden yardım alabilirim", "pleger"),
    ("en", "he is hitting me right now, where can I get help", "acuut"),
    ("en", "how can I help her, he has a knife", "acuut"),
    ("en", "help me he is hitting me", "acuut"),
    ("ro", "mă bate acum, unde găsesc ajutor", "acuut"),
    ("ro", "ajutor! mă bate", "acuut"),
])
def test_asking_for_advice_about_help_is_not_danger_now(built_index, language, text, route):
    assert choose_route(text, language) == route
    assert "112" in foreign_messages(text, language)[0]["text"].split("\n")[0]


# A lock-in stays acute when the writer is locked in, or when it comes with an injury or a threat;
# a bystander's "locks him in as a punishment" and "won't let me go out" stay the own route.
@pytest.mark.parametrize("language,text,route", [
    ("pl", "szef zamknął nas w magazynie, kolega krwawi", "acuut"),
    ("en", "locked in the bathroom by my husband, phone almost dead", "acuut"),
    ("en", "my colleague says the boss locked us in the container and one of us is bleeding", "acuut"),
    ("en", "my boss locked me in the storeroom and says he will kill me", "acuut"),
    ("bg", "мъжът ми ме заключи в банята", "acuut"),
    ("en", "my neighbour locks her son in the shed as a punishment", "omstander"),
    ("ro", "îmi ia toți banii și nu mă lasă să ies din casă fără el", "slachtoffer"),
])
def test_a_lock_in_of_the_writer_or_with_an_injury_is_acute(built_index, language, text, route):
    assert choose_route(text, language) == route


@pytest.mark.parametrize("language,text,route", [
    ("tr", "Geçen hafta karıma vurdum. Nereden yardım alabilirim?", "pleger"),
    ("en", "what are your opening hours", "andere_vragen"),
    ("en", "I live in Apeldorn, who can help me close by", "lokaal"),
])
def test_a_place_by_close_spelling_only_when_written_as_a_name(built_index, language, text, route):
    """Turkish "nereden" (from where) is not "Neede"; "Apeldorn" with a capital is Apeldoorn."""
    assert choose_route(text, language) == route


def test_arabizi_without_digits_is_the_victims_route(built_index):
    assert choose_route("zawji bidrobni kel yom w byakhod masari", "ar") == "slachtoffer"


# A writer who gives their own adult age is no child, whatever family or school words follow.
@pytest.mark.parametrize("language,text", [
    ("en", "I am 52 years old and my parents still control my money"), ("en", "I'm 67 and my son pushes me when I say no"),
    ("ro", "am 45 de ani și părinții mei îmi iau banii"), ("bg", "на 50 години съм и баща ми ме бие"),
    ("tr", "45 yaşındayım, babam beni tehdit ediyor"), ("ar", "عمري 40 وابي يضربني"),
])
def test_an_adult_giving_their_age_is_no_child(built_index, language, text):
    assert choose_route(text, language) == "slachtoffer"


def test_minutes_are_no_age(built_index):
    assert choose_route("I am 20 minutes away from home and my dad hits me", "en") == "kind"


# A child named with its age and an indefinite article is told about by an adult, even with a
# child's word for school or a teacher.
@pytest.mark.parametrize("language,text", [
    ("en", "a 9 year old girl at school told me her dad hits her"),
    ("en", "a boy of 8 from school says his mom burns him with cigarettes"),
    ("tr", "öğretmenim, 8 yaşında bir oğlan annesinin onu dövdüğünü söyledi"),
    ("ro", "o fetiță de 8 ani de la școală îmi spune că tatăl o bate"),
    ("bg", "едно 9-годишно момче от училище ми каза, че баща му го бие"),
    ("pl", "w szkole jest 8-letnia dziewczynka, ojciec ją bije"),
    ("ar", "في المدرسة طفلة عمرها 8 تقول ان ابوها يضربها"),
])
def test_a_child_of_an_age_told_about_is_the_bystanders_route(built_index, language, text):
    assert choose_route(text, language) == "omstander"


def test_ones_own_child_of_an_age_keeps_the_victims_route(built_index):
    assert choose_route("my husband hits me and our 9 year old son", "en") == "slachtoffer"


@pytest.mark.parametrize("question", ["is it free to call", "is it free", "does it cost anything"])
def test_whether_calling_costs_anything_is_answered_in_english(built_index, question):
    text = "\n".join(m["text"] for m in foreign_messages(question, "en"))
    assert text.startswith("Calling Veilig Thuis is free") or "\nCalling Veilig Thuis is free" in text, text


@pytest.mark.parametrize("question", ["where can i go tonight", "where can i sleep tonight"])
def test_a_place_for_tonight_is_answered_with_the_shelter_in_english(built_index, question):
    text = "\n".join(m["text"] for m in foreign_messages(question, "en"))
    assert "shelter" in text and text.startswith("Is there danger now? Call 112."), text


def test_an_english_answer_without_the_number_gets_it(built_index):
    for question in ("Does Veilig Thuis take kids out of their home?", "will they take my children away if I call?"):
        text = "\n".join(m["text"] for m in foreign_messages(question, "en"))
        assert "0800-2000" in text and "112" in text


# Threats and control in other word orders: the pronoun before the verb, "us" for "me", the
# documents of a group ("шефът ни прибра личните карти", "the boss took our passports").
@pytest.mark.parametrize("language,text", [
    ("bg", "шефът ни прибра личните карти и не ни плаща"), ("bg", "той ни заплашва всеки ден"),
    ("bg", "свекърът ме заплашва"), ("en", "the boss took our passports and threatens us"),
    ("pl", "szef zabrał nam dokumenty i grozi nam"), ("ro", "șeful ne-a luat actele și ne amenință"),
    ("tr", "patron pasaportlarımızı aldı ve bizi tehdit ediyor"), ("ar", "المدير اخذ جوازاتنا ويهددنا"),
])
def test_threats_to_us_and_our_documents_are_the_victims_route(built_index, language, text):
    # A boss who keeps the papers or wages may get the help out of labour exploitation instead.
    allowed = ("slachtoffer", "uitbuiting") if any(w in text for w in ("шефът", "boss")) else ("slachtoffer",)
    assert choose_route(text, language) in allowed


# A wish to help, a polite "can you help me" or a fear that it happens again make nothing happen now:
# the person's own route, still with the 112 line first.
@pytest.mark.parametrize("language,text,route", [
    ("en", "my friend told me her boyfriend beats her, I want to help but she made me promise", "omstander"),
    ("en", "could you help me? my mom slapped me last week again and I'm scared to tell my teacher", "kind"),
    ("en", "two years ago my ex choked me. I am afraid it will happen again", "slachtoffer"),
])
def test_a_wish_to_help_or_a_fear_is_the_own_route(built_index, language, text, route):
    assert choose_route(text, language) == route
    assert "112" in foreign_messages(text, language)[0]["text"].split("\n")[0]


# Hiding, a break-in, being taken abroad within hours, a fire threat, an injury that keeps someone
# down: acute, also when the words point to the person's own route.
@pytest.mark.parametrize("language,text", [
    ("en", "my husband broke in through the kitchen window, I'm upstairs with my daughter"),
    ("en", "my boyfriend is drunk, I locked myself in the bathroom"),
    ("en", "my uncles are taking me to the airport in two hours, they force me to marry"),
    ("en", "my husband poured diesel over the sofa and is holding a lighter"),
    ("en", "my husband kicked me down the stairs, I can't get up"),
    ("pl", "mąż włamał się do mieszkania, chowam się w szafie"),
    ("ro", "soțul meu a spart ușa, m-am încuiat în baie"),
    ("bg", "мъжът ми разби вратата, заключих се в банята"),
    ("tr", "kocam camdan içeri girdi, kendimi banyoya kilitledim"),
    ("ar", "zawji kasar el beb, ana mkhabye bel hammam"),
    ("pl", "mam tabletki w dłoni, dziś z tym skończę"),
    ("tr", "ilaçlar elimde, bu gece her şeyi bitireceğim"),
])
def test_danger_now_for_the_writer_is_acute(built_index, language, text):
    assert choose_route(text, language) == "acuut"
    assert "112" in foreign_messages(text, language)[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language, text", [
    ("en", "he took my bank card and I had to quit my job, now I sleep at my mom's place"),
    ("pl", "szef mowi ze stracę prace bo mam siniaki, moj partner mnie bije, mieszkam u mamy"),
    ("tr", "esim maasimi aliyor, babamlara gitmeme izin vermiyor"),
])
def test_an_adults_own_life_outranks_a_childs_family_words(built_index, language, text):
    """'my mom' or 'babam' is a child's word, unless the writer has a job, wages or a spouse."""
    assert choose_route(text, language) == "slachtoffer"


@pytest.mark.parametrize("language, text", [
    ("tr", "babam beni kuzenimle evlendirmek istiyor, evlenmezsem beni oldururum diyor"),
    ("en", "my uncle says if i refuse to marry the man they chose he will kill me"),
    ("ar", "اخي يقول اذا رفضت الزواج من ابن عمي سيقتلني"),
])
def test_a_death_threat_tied_to_refusing_a_marriage_is_the_victims_route(built_index, language, text):
    assert choose_route(text, language) == "slachtoffer"
    assert "112" in foreign_messages(text, language)[0]["text"].split("\n")[0]


@pytest.mark.parametrize("language, text", [
    ("en", "my husband says he will kill me tonight if i marry someone else, he is outside"),
    ("tr", "abim beni oldurecek, kapida bekliyor"),
])
def test_a_death_threat_without_a_refused_marriage_stays_acute(built_index, language, text):
    assert choose_route(text, language) == "acuut"


@pytest.mark.parametrize("language, text, route", [
    ("en", "I lose my temper and hit my son, please help me stop", "pleger"),
    ("ro", "mi-am lovit copilul si imi pare rau, exista ajutor pentru parinti ca mine?", "pleger"),
    ("pl", "codziennie slysze jak sasiad wrzeszczy na dzieci, co robic", "omstander"),
    ("en", "a girl in my building keeps getting beaten by her father, who do i tell", "omstander"),
])
def test_asking_for_help_to_change_or_violence_heard_every_day_is_not_now(built_index, language, text, route):
    assert choose_route(text, language) == route


def test_bulgarian_in_latin_letters_gets_its_route(built_index):
    assert choose_route("sasedkata plache vsyaka vecher, mazhat i ya bie", "bg") == "omstander"


@pytest.mark.parametrize("language, text, route", [
    ("en", "my ex texts me every week saying he will kill me if i take the kids away", "slachtoffer"),
    ("ro", "fostul sot imi trimite mesaje ca ma omoara daca merg la politie", "slachtoffer"),
    ("en", "my stepmom grabs me by the throat when she is angry, im 13", "kind"),
    ("en", "tbh is it normal that ur dad hits u with a slipper when u forget stuff", "kind"),
    ("bg", "вторият ми баща ме удря, когато пие", "kind"),
    ("ro", "tata o bate pe mama in fiecare seara si eu plang in camera mea", "kind"),
    ("en", "my sister's husband pushes her around and then he just acts like nothing happened", "omstander"),
    ("en", "is there someone in Venlo i can talk to about abuse, i need help nearby", "lokaal"),
])
def test_threats_by_text_habits_told_and_service_questions_are_not_danger_now(built_index, language, text, route):
    assert choose_route(text, language) == route
    assert "112" in foreign_messages(text, language)[0]["text"] or route == "lokaal"


@pytest.mark.parametrize("language, text", [
    ("en", "he is strangling me right now"),
    ("en", "he just hit me and he is still here help"),
    ("ro", "ma omoara acum, e in casa cu un cutit"),
    ("bg", "мъжът ми ме заключи в банята"),
])
def test_danger_now_stays_acute(built_index, language, text):
    assert choose_route(text, language) == "acuut"


def test_a_romanian_threat_to_kill_me_is_not_suicide():
    from veilig.danger_languages import danger_kinds

    assert "suicide" not in danger_kinds("fostul meu zice ca ma omoara", "ro")
    assert "suicide" in danger_kinds("vreau sa ma omor", "ro")


def test_locked_out_is_not_locked_in():
    from veilig.danger_languages import writer_in_danger_now

    assert not writer_in_danger_now("мама ме заключва навън цяла нощ", "bg")
    assert writer_in_danger_now("мама ме заключва в стаята", "bg")


@pytest.mark.parametrize("language, text, route", [
    ("en", "he slaps me when he has been drinking, right now hes asleep, what can i do", "slachtoffer"),
    ("pl", "ojciec bije mame jak wypije, teraz go nie ma w domu", "kind"),
    ("tr", "kocam beni dovuyor, simdi evde degil, ne yapayim", "slachtoffer"),
    ("ar", "زوجي يضربني كل ما يغضب، الان هو في العمل", "slachtoffer"),
    ("en", "my neighbours kid gets yelled at and hit a lot, i hear it through the wall", "omstander"),
    ("en", "who can help me in Venray, my husband hits me", "lokaal"),
])
def test_now_with_the_one_who_hurts_away_or_told_as_a_habit_is_not_danger_now(built_index, language, text, route):
    assert choose_route(text, language) == route


def test_feeling_like_in_prison_is_a_simile():
    from veilig.danger_languages import writer_in_danger_now

    assert not writer_in_danger_now("mąż nie pozwala mi wychodzić, czuję się jak w więzieniu", "pl")


@pytest.mark.parametrize("text, route", [
    ("my friend is being forced to marry", "omstander"), ("my sister is forced to marry a man in turkey", "omstander"),
    ("my parents are forcing her to marry", "omstander"), ("i am being forced to marry", "slachtoffer"),
])
def test_a_forced_marriage_of_someone_else_is_told_by_a_bystander(text, route):
    assert choose_route(text, "en") == route


@pytest.mark.parametrize("language,text", [
    ("en", "He is in the next room, I can't talk on the phone"),
    ("tr", "Polisi arayamam, duyar"),
    ("ro", "Nu pot să sun, mă aude"),
    ("bg", "Не мога да говоря, той ще ме чуе"),
    ("ar", "لا أستطيع الاتصال، سيسمعني"),
    ("pl", "Nie mogę zadzwonić, usłyszy mnie"),
])
def test_one_who_cannot_call_gets_the_ways_without_calling_in_that_language(built_index, language, text):
    """They got "I can only help with the first steps": now 112 first, then the 112NL app's chat."""
    from veilig.languages import language_messages
    messages = foreign_messages(text, language)
    assert "112" in messages[0]["text"]
    assert messages[1]["text"] == language_messages(language, "niet_bellen")[0]["text"] and "112NL" in messages[1]["text"]
    assert language_messages(language, "andere_vragen")[0]["text"] not in [m["text"] for m in messages]


def test_calling_later_is_no_need_for_the_ways_without_calling(built_index):
    from veilig.languages import language_messages
    texts = [m["text"] for m in foreign_messages("I can call you tomorrow", "en")]
    assert language_messages("en", "niet_bellen")[0]["text"] not in texts


@pytest.mark.parametrize("language", ["en", "pl", "ro", "bg", "tr", "ar"])
def test_the_bystanders_tips_say_not_to_confront_the_doer_in_every_language(built_index, language):
    """The tips said to talk calmly 'with the adult', which for a suspected abuser can be unsafe."""
    from veilig.languages import language_messages
    from veilig.routes import route_messages
    dutch = route_messages("omstander")[1]["text"]
    assert "niet zelf op aan" in dutch and "met de volwassene" not in dutch
    tips = language_messages(language, "omstander")[1]["text"]
    assert tips.count("\n- ") == dutch.count("\n- ")


KINDERTELEFOON = "0800-0432"


@pytest.mark.parametrize("language,earlier,text", [
    # a child's follow-up that alone says nothing the word lists know (fifteenth session's probe)
    ("pl", "mam 13 lat tata bije mame i mnie", "boje sie"),
    ("pl", "ojczym dotyka mnie w nocy, mam 14 lat", "nie chce zeby mama wiedziala"),
    ("tr", "babam beni dövüyor 13 yaşındayım", "kimseye söylemek istemiyorum"),
    ("en", "im 12 and my mom hits me with a belt", "will she go to jail if i tell"),
])
def test_a_child_stays_a_child_in_a_follow_up(language, earlier, text):
    assert KINDERTELEFOON not in " ".join(m["text"] for m in foreign_messages(text, language))
    assert KINDERTELEFOON in " ".join(m["text"] for m in foreign_messages(text, language, earlier=[earlier]))


def test_danger_a_moment_ago_stays_danger():
    earlier = ["on jest pod drzwiami i krzyczy ze mnie zabije"]
    assert foreign_messages("co mam robic", "pl", earlier=earlier) == language_messages("pl", "acuut") + \
        language_messages("pl", "taal_veilig_thuis")
    # alone, what to do (before the twentieth session: "I can only help with the first steps")
    assert foreign_messages("co mam robic", "pl")[1] == language_messages("pl", "wat_doen")[0]


def test_an_adults_follow_up_keeps_its_own_route():
    assert choose_route("maz mnie bije od roku", "pl") == "slachtoffer"
    messages = foreign_messages("czy to kosztuje?", "pl", earlier=["maz mnie bije od roku"])
    assert KINDERTELEFOON not in messages[1]["text"]


@pytest.mark.parametrize("language,text,route", [
    # fifteenth session's probe: a fear for the residence permit got the victim's route or "I can
    # only help with the first steps"; where to sleep tonight the latter
    ("en", "my visa depends on my husband, if i report him will they deport me", "verblijf"),
    ("ar", "هل سأفقد الإقامة اذا اشتكيت على زوجي", "verblijf"),
    ("ar", "ana 3ayshe bi hollanda w zawji bihaddedni iza 2eltelon bisafferni", "verblijf"),
    ("ro", "daca sun la politie ma trimit inapoi in romania?", "verblijf"),
    ("tr", "oturma iznimi kaybeder miyim sikayet edersem", "verblijf"),
    ("pl", "gdzie moge spac dzis w nocy, uciekłam od meza", "opvang"),
    ("ro", "unde pot sa dorm la noapte", "opvang"),
    ("en", "where can i sleep tonight", "opvang"),
    ("bg", "нямам къде да спя тази нощ", "opvang"),
    ("pl", "mąż mnie bije", "slachtoffer"),
    # fortieth session's set 11: half English, half Dutch, got "I can only help with the first steps"
    ("en", "my dutch not so good sorry. mijn man slaat mij en zegt als ik weg ga moet ik terug naar mijn land want "
           "mijn verblijf is via hem", "verblijf"),
])
def test_residence_permit_and_a_place_to_sleep(language, text, route):
    assert choose_route(text, language) == route
    messages = foreign_messages(text, language)
    assert messages[0]["text"].split("\n")[0].count("112") == 1  # the 112 line first
    assert "0800-2000" in " ".join(m["text"] for m in messages)


@pytest.mark.parametrize("language,text", [
    ("pl", "czy to kosztuje?"), ("pl", "czy musze podac nazwisko"), ("ro", "e anonim?"),
    ("tr", "ucretli mi"), ("ar", "هل هو مجاني"), ("bg", "струва ли пари"),
])
def test_cost_or_name_gets_its_short_answer_when_nothing_else_fits(language, text):
    messages = foreign_messages(text, language)
    assert messages[1] == language_messages(language, "gratis_anoniem")[0]
    assert sum(m["text"].count("112") for m in messages) == 1  # one 112 line, first


def test_cost_words_do_not_outrank_a_route():
    assert choose_route("maz mnie bije, czy to kosztuje?", "pl") == "slachtoffer"


def test_arabic_labour_exploitation_in_everyday_words():
    # fifteenth session's probe: the victim's route for an employer who keeps the passport
    assert choose_route("صاحب العمل اخذ جوازي ويقول رح يطردني من السكن", "ar") == "uitbuiting"


COMMON_QUESTIONS_ASKED = {
    "pl": ("czy mogę zadzwonić po polsku?", "co się stanie, jak zadzwonię?", "czy zabiorą mi dzieci?"),
    "ro": ("pot suna in romana?", "ce se intampla daca sun?", "o sa imi ia copiii?"),
    "bg": ("може ли да говоря на български?", "какво ще стане ако се обадя?", "ще ми вземат ли децата?"),
    "tr": ("türkçe konuşan biri var mı?", "ararsam ne olur?", "çocuklarımı alacaklar mı?"),
    "ar": ("هل يوجد من يتكلم عربي؟", "ماذا سيحدث إذا اتصلت؟", "هل سيأخذون أطفالي؟"),
    "en": ("can I call in English?", "what happens after I call?", "will they take my kids?"),
}


@pytest.mark.parametrize("language", sorted(COMMON_QUESTIONS_ASKED))
def test_common_follow_up_questions_get_their_answer_not_the_first_steps_again(built_index, language):
    """'Can I call in my language', 'what happens when I call' and 'will they take my children' got
    "I can only help with the first steps" or the victim's route again (fifteenth session's limits)."""
    in_language, after_call, children = COMMON_QUESTIONS_ASKED[language]
    earlier = ["x"]
    language_line = language_messages(language, "taal_veilig_thuis")[0]["text"]
    texts = [m["text"] for m in foreign_messages(in_language, language, earlier=earlier)]
    assert "112" in texts[0] and texts[1] == language_line and "0800-2000" in texts[2]
    expected = {after_call: "na_bellen", children: "kinderen_weghalen"}
    if language == "en":  # English answers from the entries' English short answers
        expected = {after_call: "wat-gebeurt-er-als-je-veilig-thuis-belt", children: "haalt-veilig-thuis-kinderen-uit-huis"}
    for text, answer in expected.items():
        texts = [m["text"] for m in foreign_messages(text, language, earlier=earlier)]
        assert "112" in texts[0].split("\n")[0] and "0800-2000" in " ".join(texts)
        if language != "en":
            assert language_messages(language, answer)[0]["text"] in texts, (text, texts)


def test_a_victim_asking_about_the_children_gets_the_route_and_then_the_answer(built_index):
    texts = [m["text"] for m in foreign_messages("my husband hits me, will they take my kids?", "en")]
    assert texts[:2] == [m["text"] for m in language_messages("en", "slachtoffer")][:2]
    assert language_messages("en", "kinderen_weghalen")[0]["text"] in texts


TAKING_THE_CHILDREN_ALONG = {
    "en": ("can I take my kids with me?", "will they take my kids?"),
    "pl": ("czy mogę zabrać dzieci?", "czy zabiorą mi dzieci?"),
    "ro": ("pot să iau copiii cu mine?", "o sa imi ia copiii?"),
    "bg": ("може ли да взема децата с мен?", "ще ми вземат ли децата?"),
    "tr": ("çocuklarımı alıp gidebilir miyim?", "çocuklarımı alacaklar mı?"),
    "ar": ("هل يمكنني أخذ أطفالي معي؟", "هل سيأخذون أطفالي؟"),
}


@pytest.mark.parametrize("language", sorted(TAKING_THE_CHILDREN_ALONG))
def test_taking_the_children_along_is_not_answered_with_no(built_index, language):
    """'can I take my kids with me?' got "No, Veilig Thuis does not decide to take children away":
    a mother read 'No, you can't take them'."""
    along, taken = TAKING_THE_CHILDREN_ALONG[language]
    texts = [m["text"] for m in foreign_messages(along, language)]
    assert "112" in texts[0].split("\n")[0]
    assert language_messages(language, "kinderen_meenemen")[0]["text"] in texts, texts
    assert language_messages(language, "kinderen_weghalen")[0]["text"] not in texts
    if language != "en":  # English answers the fear of losing them from its entry
        taken_texts = [m["text"] for m in foreign_messages(taken, language, earlier=["x"])]
        assert language_messages(language, "kinderen_weghalen")[0]["text"] in taken_texts


@pytest.mark.parametrize("language,text", [("en", "can I get an interpreter?"), ("pl", "czy jest tłumacz?"),
                                           ("tr", "tercüman var mı?"), ("ar", "هل يمكنني الحصول على مترجم؟"),
                                           ("bg", "може ли преводач?"), ("ro", "pot avea un traducător?")])
def test_asking_for_an_interpreter_gets_the_line_on_language(built_index, language, text):
    texts = [m["text"] for m in foreign_messages(text, language)]
    line = language_messages(language, "taal_veilig_thuis")[0]["text"]
    assert line in texts and "tolk" in line


def test_a_knife_in_arabizi_is_arabic_and_danger():
    from veilig.danger import detect_danger
    from veilig.language import detect_language
    text = "maje el barra m3a sekkine w ana khayfa"
    assert detect_language(text) == "ar" and detect_danger(text) is not None


ONLINE_EXTORTION = {
    "en": ("i sent him photos and now he wants money", "should I pay?"),
    "pl": ("On chce pieniedzy za moje zdjecia", "czy mam zaplacic?"),
    "ro": ("ei vrea bani pentru pozele mele, altfel le trimite la familia mea", "sa platesc?"),
    "bg": ("иска пари за снимките ми", "трябва ли да платя?"),
    "tr": ("çıplak fotoğraflarımı yayacak, para istiyor", "ödemeli miyim?"),
    "ar": ("يبتزني بصوري ويريد فلوس", "هل ادفع له؟"),
}


@pytest.mark.parametrize("language", sorted(ONLINE_EXTORTION))
def test_blackmail_with_nude_images_and_should_i_pay_get_do_not_pay(built_index, language):
    """Only English knew sextortion; 'should I pay?' after it got "I can only help with the first
    steps", and Romanian 'sa platesc?' that calling is free."""
    told, pay = ONLINE_EXTORTION[language]
    answer = language_messages(language, "online_afpersing")[0]["text"]
    assert answer in [m["text"] for m in foreign_messages(told, language)]
    assert answer in [m["text"] for m in foreign_messages(pay, language, earlier=[told])]
    # alone, 'should I pay?' is no blackmail ('trebuie sa platesc?' asks whether calling costs money)
    assert answer not in [m["text"] for m in foreign_messages(pay, language, earlier=["hello"])]


@pytest.mark.parametrize("language,text", [("en", "I dont speak dutch, can i call someone"), ("ro", "nu vorbesc olandeza"),
                                           ("tr", "hollandaca bilmiyorum"), ("ar", "انا لا اتكلم الهولندية"),
                                           ("pl", "nie mowie po niderlandzku"), ("bg", "не говоря холандски")])
def test_not_speaking_dutch_gets_the_interpreter_line_not_only_first_steps(built_index, language, text):
    # "I dont speak dutch" got "In Dutch I can tell you more"
    texts = [m["text"] for m in foreign_messages(text, language)]
    assert language_messages(language, "taal_veilig_thuis")[0]["text"] in texts
    assert language_messages(language, "andere_vragen")[0]["text"] not in texts


@pytest.mark.parametrize("language,text,asked", [
    ("en", "my husband hits me", "can I get an interpreter?"),
    ("pl", "mój mąż mnie bije", "czy jest tłumacz?"),
])
def test_the_line_on_an_interpreter_is_said_once_unless_asked(built_index, language, text, asked):
    """Every answer ending in the same paragraph on an interpreter buries what is new (nineteenth
    session's probe): once per conversation, and again when the writer asks for one."""
    line = language_messages(language, "taal_veilig_thuis")[0]["text"]
    assert line in [m["text"] for m in foreign_messages(text, language)]
    assert line not in [m["text"] for m in foreign_messages(text, language, language_line_given=True)]
    assert line in [m["text"] for m in foreign_messages(asked, language, language_line_given=True)]


@pytest.mark.parametrize("text", ["my parents want to force me to marry my cousin this summer in pakistan",
                                  "my sister is being forced into marriage"])
def test_a_forced_marriage_in_english_gets_where_to_turn(built_index, text):
    """The route's number, then the LKHA for one abroad (nineteenth session's probe: not named)."""
    texts = [m["text"] for m in foreign_messages(text, "en")]
    assert "112" in texts[0] and "0800-2000" in texts[0] + texts[1]
    assert any(render("{tel:lkha}") in t for t in texts), texts
    assert not any(render("{tel:lkha}") in t for t in (m["text"] for m in foreign_messages("my husband hits me", "en")))


@pytest.mark.parametrize("language,earlier,text,route", [
    ("pl", ["Mąż mnie bije"], "Co mam robić?", "wat_doen"),
    ("ro", ["Soțul meu mă bate"], "Ce să fac?", "wat_doen"),
    ("tr", ["Kocam beni dövüyor"], "ne yapmalıyım", "wat_doen"),
    ("bg", ["Мъжът ми ме бие"], "Какво да правя?", "wat_doen"),
    ("ar", ["زوجي يضربني"], "ماذا أفعل؟", "wat_doen"),
    ("ro", ["Soțul meu mă bate"], "Unde să mă duc?", "opvang"),
    ("ro", [], "Ce este Veilig Thuis?", "na_bellen"),
    ("pl", [], "Co to jest Veilig Thuis?", "na_bellen"),
])
def test_what_to_do_where_to_go_and_what_veilig_thuis_is_in_that_language(built_index, language, earlier, text, route):
    """Twentieth session's probe: these got "I can only help with the first steps" in that language."""
    messages = foreign_messages(text, language, earlier=earlier, language_line_given=True)
    assert messages[0]["text"] == language_messages(language, "gevaar_eerst")[0]["text"]
    assert messages[1]["text"] == language_messages(language, route)[0]["text"]


def test_what_to_do_a_moment_after_danger_stays_danger(built_index):
    messages = foreign_messages("Co mam robić?", "pl", earlier=["On ma nóż"], language_line_given=True)
    assert messages[0]["text"] == language_messages("pl", "acuut")[0]["text"]


def test_turkish_someone_with_a_knife_at_the_door_is_danger_now(built_index):
    """Twentieth session's probe: "Kocam bıçakla kapının önünde, bağırıyor" got "if you are in danger"."""
    assert choose_route("Kocam bıçakla kapının önünde, bağırıyor", "tr") == "acuut"


@pytest.mark.parametrize("language,text", [
    ("en", "will 112 understand English?"), ("en", "can I speak English when I call 112?"),
    ("pl", "czy na 112 mówią po angielsku?"), ("ro", "la 112 se vorbeste engleza?"),
    ("bg", "на 112 говорят ли английски"), ("tr", "112 de türkçe konuşan var mı"), ("ar", "هل 112 يتكلمون العربية؟"),
])
def test_a_question_on_the_language_at_112_gets_that_answer(built_index, language, text):
    """Twentieth session's probe: "will 112 understand English?" got the line on an interpreter at
    Veilig Thuis, which does not say whether 112 can be called without Dutch."""
    messages = foreign_messages(text, language)
    assert messages[0]["text"] == language_messages(language, "taal_112")[0]["text"]
    assert "112" in messages[0]["text"]


def test_the_language_at_112_follows_112_in_danger_and_needs_112_in_the_message(built_index):
    messages = foreign_messages("he is hitting me right now, does 112 speak english?", "en")
    assert messages[0]["text"] == language_messages("en", "acuut")[0]["text"]
    assert language_messages("en", "taal_112")[0] in messages
    # without 112 it is the question about Veilig Thuis's language, as before
    assert common_question("can I speak to someone in English?", "en") == "taal_veilig_thuis"
    assert common_question("can I call 112 for free?", "en") != "taal_112"


def test_in_danger_a_question_on_language_is_about_112(built_index):
    """Twenty-third session's probe: "I don't speak Dutch, will the police understand me?" while
    hiding from him got the 112 block again and the interpreter at Veilig Thuis."""
    earlier = ["help my husband is drunk and he is hitting me, the kids are crying",
               "I am hiding in the bathroom, he is banging on the door"]
    messages = foreign_messages("I don't speak Dutch, will the police understand me?", "en", earlier=earlier)
    assert messages[0]["text"] == language_messages("en", "acuut")[0]["text"]
    assert language_messages("en", "taal_112")[0] in messages
    assert language_messages("en", "taal_veilig_thuis")[0] not in messages
    # Without danger before it, the same question is about Veilig Thuis's language, as before.
    calm = foreign_messages("I don't speak Dutch, will they understand me?", "en", earlier=["my husband hits me"])
    assert language_messages("en", "taal_112")[0] not in calm


def test_in_danger_not_knowing_the_address_gets_how_112_finds_you(built_index):
    """Twenty-fourth session's probe: "I don't know the address in Dutch" a moment after "he says he
    will kill me" got the 112 block again, word for word."""
    earlier = ["Help my boyfriend is outside my door and says he will kill me"]
    messages = foreign_messages("I don't know the address in Dutch", "en", earlier=earlier)
    assert messages[0]["text"] == language_messages("en", "acuut")[0]["text"]
    assert language_messages("en", "adres_112")[0] in messages


@pytest.mark.parametrize("language,text", [
    ("pl", "nie wiem gdzie jestem"), ("ro", "nu stiu adresa"), ("bg", "не знам адреса"),
    ("tr", "adresi bilmiyorum"), ("ar", "لا أعرف العنوان"), ("en", "I do not know where I am"),
])
def test_not_knowing_the_address_in_every_language(built_index, language, text):
    assert common_question(text, language) == "adres_112"
    messages = foreign_messages(text, language)
    assert "112" in messages[0]["text"].split("\n")[0]
    assert language_messages(language, "adres_112")[0] in messages


@pytest.mark.parametrize("language,text", [
    ("en", "if i go to police i lose job and room"), ("pl", "jeśli zgłoszę, stracę pracę i pokój od agencji"),
    ("ro", "daca spun ceva pierd munca si camera"), ("bg", "ако кажа, ще загубя работата и стаята"),
    ("tr", "şikayet edersem işimi ve odamı kaybederim"), ("ar", "اذا اشتكيت افقد شغلي وافقد غرفتي"),
])
def test_fear_of_losing_a_room_tied_to_the_job_gets_the_safe_place(built_index, language, text):
    """Twentieth session's probe: a labour migrant whose room comes with the job got "I can only
    help with the first steps"; Veilig Thuis helps find a safe place to sleep."""
    assert choose_route(text, language) == "opvang"
    assert foreign_messages(text, language)[1]["text"] == language_messages(language, "opvang")[0]["text"]



def test_two_messages_after_danger_a_question_on_language_is_still_about_112(built_index):
    """Twenty-fourth session's probe: "nu pot să vorbesc olandeză" after a knife and "Sunt în baie, am
    încuiat ușa" got "in Romanian I can only help with the first steps"."""
    earlier = ["Ajutor! Soțul meu e beat și are un cuțit, e în casă acum", "Sunt în baie, am încuiat ușa"]
    messages = foreign_messages("nu pot să vorbesc olandeză", "ro", earlier=earlier, language_line_given=True)
    assert messages[0]["text"] == language_messages("ro", "acuut")[0]["text"]
    assert language_messages("ro", "taal_112")[0] in messages


@pytest.mark.parametrize("language,text,route", [
    ("ar", "هل يمكنني البقاء في هولندا إذا طلقني؟", "verblijf"),   # can I stay if he divorces me?
    ("bg", "Ако го напусна, къде ще живея?", "opvang"),             # if I leave him, where will I live?
])
def test_follow_ups_of_the_probe_get_their_short_answer(built_index, language, text, route):
    """Twenty-fourth session's probe: these got "I can only help with the first steps"."""
    assert choose_route(text, language) == route


def test_an_english_teacher_gets_the_meldcode_not_a_residents_tips(built_index):
    """Twenty-fourth session's probe: "I am a teacher at an international school. A student told me
    her father hits her. Do I need to follow the meldcode?" got the resident bystander's tips, and
    "Should I call the parents first?" got "in English I can only help with the first steps"."""
    first_text = ("I am a teacher at an international school. A student told me her father hits her. "
                  "Do I need to follow the meldcode?")
    first = foreign_messages(first_text, "en")
    text = "\n".join(m["text"] for m in first)
    assert "112" in first[0]["text"] and "meldcode" in text and "talk calmly with the person" not in text
    parents = foreign_messages("Should I call the parents first?", "en", earlier=[first_text])
    assert "first steps" not in "\n".join(m["text"] for m in parents)
    assert any("parents" in m["text"] and "report" in m["text"] for m in parents)
    # a resident's worry stays a resident's
    neighbour = foreign_messages("my neighbour hits his kids, I hear it every night", "en")
    assert language_messages("en", "omstander")[0] in neighbour


@pytest.mark.parametrize("language,text", [
    ("ar", "أخي يضربني ويقول إنني جلبت العار للعائلة. عمري 16 سنة."),
    ("en", "my brother hits me and says I brought shame on the family, I am 16"),
    ("tr", "abim beni dövüyor, aileyi utandırdın diyor, 16 yaşındayım"),
])
def test_a_child_threatened_over_honour_is_not_told_to_confide_in_relatives(built_index, language, text):
    """Twenty-fifth session's probe: a girl of 16 hit by her brother over the family's shame was told
    twice (in Arabic) to confide in an uncle or aunt."""
    trusted_line = language_messages(language, "kind")[1]["text"].rsplit("\n", 1)[1]
    messages = foreign_messages(text, language)
    assert language_messages(language, "kind")[0]["text"] in [m["text"] for m in messages]
    assert not any(trusted_line in m["text"] for m in messages)
    # without honour named, the line stays
    plain = foreign_messages("my brother hits me, I am 15", "en")
    assert any(language_messages("en", "kind")[1]["text"].rsplit("\n", 1)[1] in m["text"] for m in plain)


@pytest.mark.parametrize("language,text", [
    ("ro", "Soțul meu mă lovește și îmi ia toți banii. Avem un copil de 4 ani. Ce pot face?"),
    ("en", "my husband hits me, we have a child of 4"),
])
def test_a_victim_who_names_a_childs_age_is_no_bystander(built_index, language, text):
    """Twenty-fifth session's probe: a Romanian mother hit by her husband, "we have a child of 4", got the
    bystander's "talk calmly with the person you are worried about"."""
    assert choose_route(text, language) == "slachtoffer"


def test_an_english_teacher_asking_whether_to_report_gets_that_a_disclosure_is_reported(built_index):
    """Twenty-fifth session's probe: "Do I have to report it? I'm not a Dutch registered teacher." after a
    pupil's disclosure got "in English I can only help with the first steps"."""
    earlier = ["I am a teacher. A girl in my class told me her dad hits her with a belt."]
    messages = foreign_messages("Do I have to report it? I'm not a Dutch registered teacher.", "en", earlier=earlier)
    text = "\n".join(m["text"] for m in messages)
    assert "first steps" not in text and "disclosure" in text
