"""'Am I now the doer?' gets the answer that fits what the conversation told (veilig/am_i_the_doer.py)."""
import pytest

from veilig.am_i_the_doer import am_i_the_doer_entry


@pytest.mark.parametrize("text,route,told,entry", [
    # the seventh tuning conversations: a carer who grabbed a mother with dementia
    ("ben ik nu iemand die haar mishandelt?", "ouderen",
     "ik zorg al 3 jaar voor mijn moeder met alzheimer. gisteren heb ik haar hard bij de arm gepakt", "ontspoorde-mantelzorg"),
    # the sixth: a man hit by his wife who would push her away
    ("als ik haar een keer van me afduw ben ik dan opeens de dader", "slachtoffer",
     "mijn vrouw slaat en krabt me als ze gedronken heeft", "jezelf-verdedigen-tegen-geweld"),
    ("ben ik een dader?", "pleger", "ik sla mijn vrouw soms", "hulp-voor-plegers"),
    ("ben ik een dader?", "slachtoffer", "mijn man scheldt me uit", None),  # nothing told says which
    ("is hij een dader?", "slachtoffer", "mijn man scheldt me uit", None),  # not about the writer
    ("wat doet de zorg voor mijn moeder", "ouderen", "mijn moeder heeft dementie", None),  # no such question
    # the eleventh: the question as a denial
    ("heeft dit een naam, wat ik doe? ik ben toch geen mishandelaar", "ouderen",
     "ik zorg al 4 jaar voor mijn man met alzheimer. gisteren heb ik hem hard aan zijn arm getrokken", "ontspoorde-mantelzorg"),
    ("hij zegt dat ik geen mishandelaar ben", "ouderen", "ik zorg voor mijn man met dementie", None),
    # a feeling, answered as one after the route (tests/rasa/test_follow_up.py)
    ("ik ben geen slecht mens toch", "pleger", "mijn moeder heeft dementie en gister heb ik haar geslagen", None),
])
def test_the_answer_fits_what_was_told(text, route, told, entry):
    assert am_i_the_doer_entry(text, route, told) == entry
