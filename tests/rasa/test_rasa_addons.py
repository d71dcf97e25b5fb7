"""The Rasa add-ons (rasa_addons/): the performance patches apply only to the Rasa version they
were written for, validate action-server responses exactly as strictly as Rasa does, and give
the same sub-graph as Rasa's own walk."""
import logging

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import GraphSchema, SchemaNode

from rasa_addons import patches


@pytest.fixture
def patched():
    assert patches.apply("3.6.21")
    yield
    patches.undo()


def test_not_applied_on_another_rasa_version():
    assert patches.apply("3.7.0") is False
    assert RemoteAction._validate_action_result is patches._ORIGINAL_VALIDATE
    assert GraphSchema.minimal_graph_schema is patches._ORIGINAL_MINIMAL


def test_applied_on_the_version_they_were_written_for(patched):
    assert RemoteAction._validate_action_result is patches.validate_action_result
    assert GraphSchema.minimal_graph_schema is patches.cached_minimal_graph_schema


@pytest.mark.parametrize("bad", [
    {"events": "not a list"}, {"events": [{"event": "slot"}]}, {"events": [{"event": 5}]}, {"responses": "x", "events": []},
])
def test_a_bad_action_response_still_raises(patched, bad):
    action = RemoteAction("action_x", None)
    with pytest.raises(ValidationError):
        action._validate_action_result(bad)
    patches.undo()
    with pytest.raises(ValidationError):  # Rasa's own check agrees
        action._validate_action_result(bad)


def test_a_good_action_response_is_accepted(patched):
    good = {"events": [{"event": "slot", "name": "gemeente", "value": "Venlo"}], "responses": [{"text": "Hoi"}]}
    assert RemoteAction("action_x", None)._validate_action_result(good) is True


def _schema():
    def node(needs):
        return SchemaNode(needs=needs, uses=object, constructor_name="create", fn="run", config={})
    return GraphSchema({"a": node({}), "b": node({"x": "a"}), "c": node({"y": "b"}), "d": node({})})


def test_the_cached_sub_graph_is_rasas_own(patched):
    schema = _schema()
    expected = patches._ORIGINAL_MINIMAL(schema, ["c"])
    first = schema.minimal_graph_schema(["c"])
    assert set(first.nodes) == set(expected.nodes) == {"a", "b", "c"}
    assert schema.minimal_graph_schema(["c"]) is first  # computed once
    assert set(schema.minimal_graph_schema(["d"]).nodes) == {"d"}


def test_the_tracker_store_forgets_idle_conversations(monkeypatch):
    import asyncio
    import concurrent.futures

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from rasa_addons import tracker_store

    now = [1000.0]
    monkeypatch.setattr(tracker_store.time, "monotonic", lambda: now[0])
    store = tracker_store.ExpiringInMemoryTrackerStore(Domain.empty(), idle_minutes=1)

    async def run():
        await store.save(DialogueStateTracker("oud", slots=[]))
        now[0] += 30
        await store.save(DialogueStateTracker("nieuw", slots=[]))
        assert set(await store.keys()) == {"oud", "nieuw"}
        now[0] += 45  # 'oud' idle for 75 s, 'nieuw' for 45 s
        assert await store.retrieve("oud") is None and await store.retrieve("nieuw") is not None

    # In a thread of its own: other tests (the browser ones) may leave an event loop running here.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()


def test_a_store_that_fails_loudly_is_not_wrapped_in_the_fail_safe(patched):
    """Without this, a Redis failure would silently go on in memory, without expiry."""
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import FailSafeTrackerStore
    from rasa.shared.core.domain import Domain

    from rasa_addons.tracker_store import ExpiringInMemoryTrackerStore, ExpiringRedisTrackerStore

    redis_store = ExpiringRedisTrackerStore(Domain.empty(), host="127.0.0.1", port=1, idle_minutes=30)
    assert Agent._create_tracker_store(redis_store, Domain.empty()) is redis_store
    memory_store = ExpiringInMemoryTrackerStore(Domain.empty())
    assert isinstance(Agent._create_tracker_store(memory_store, Domain.empty()), FailSafeTrackerStore)
    patches.undo()
    assert isinstance(Agent._create_tracker_store(redis_store, Domain.empty()), FailSafeTrackerStore)


@pytest.mark.parametrize("minutes, seconds", [(30, 1800), ("0.05", 3), (0.001, 1), ("nonsense", 1800), (None, 1800)])
def test_redis_expiry_is_whole_seconds_of_the_idle_time(minutes, seconds):
    from rasa.shared.core.domain import Domain

    from rasa_addons.tracker_store import ExpiringRedisTrackerStore

    store = ExpiringRedisTrackerStore(Domain.empty(), host="127.0.0.1", idle_minutes=minutes)
    assert store.record_exp == seconds and isinstance(store.record_exp, int)


def test_message_text_is_blanked_in_rasa_logs(patched, caplog):
    """The REST channel logs the text of a message whose handling failed; the anonymizer that Rasa
    runs first on every log event blanks it."""
    import structlog
    from rasa.utils import log_utils

    log_utils.configure_structlog(logging.INFO)
    with caplog.at_level(logging.INFO):
        structlog.get_logger("test").error("rest.message.received.failure", text="mijn man slaat me", sender_id="abc")
    output = caplog.text
    assert "rest.message.received.failure" in output
    assert "mijn man slaat me" not in output and patches.REDACTED in output


def test_a_failure_is_logged_by_kind_not_with_its_frames(patched, caplog):
    """structlog's tracebacks show each frame's local variables, where the message text lives."""
    import structlog
    from rasa.utils import log_utils

    log_utils.configure_structlog(logging.INFO)

    def handle(text):
        raise ConnectionError("redis is weg")

    with caplog.at_level(logging.INFO):
        try:
            handle("mijn man slaat me")
        except ConnectionError:
            structlog.get_logger("test").exception("rest.message.received.failure")
    assert "ConnectionError" in caplog.text and "mijn man slaat me" not in caplog.text


def _spelling_component(tmp_path, monkeypatch, examples):
    from collections import Counter

    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from rasa_addons.spelling import SpellingCorrection
    from veilig.knowledge.search import KnowledgeSearch

    monkeypatch.setattr(KnowledgeSearch, "entry_words", lambda self: Counter({"veilig": 3, "thuis": 3}))
    monkeypatch.setattr(KnowledgeSearch, "warm_up", lambda self: None)
    storage, resource = LocalModelStorage(tmp_path), Resource("spelling")
    trained = SpellingCorrection.create({}, storage, resource, None)
    trained.train(TrainingData([Message(data={"text": text, "intent": "x"}) for text in examples]))
    return SpellingCorrection.load({}, storage, resource, None)


def test_spelling_correction_learns_its_words_from_the_training_examples(tmp_path, monkeypatch):
    from rasa.shared.nlu.training_data.message import Message

    component = _spelling_component(tmp_path, monkeypatch, ["hij heeft een vuurwapen", "hij is onderweg om me af te maken"])
    messages = [Message(data={"text": "hij heeeft een vuurawpen en is onderewg"}),
                Message(data={"text": "m'n vader slaat me as ik nie luister, is dat vielig"}),
                Message(data={"text": "/kennis_item"}),
                Message(data={"text": "He has a gun and he is outside, help", "metadata": {"taal": "en"}})]
    texts = [m.get("text") for m in component.process(messages)]
    assert texts[0] == "hij heeft een vuurwapen en is onderweg"
    assert texts[1] == "mijn vader slaat me als ik niet luister, is dat veilig"   # shorthand, and a knowledge word
    assert texts[2] == "/kennis_item"
    assert texts[3] == "He has a gun and he is outside, help"                       # not Dutch: left alone


def test_english_words_in_a_dutch_message_are_read_in_dutch(tmp_path, monkeypatch):
    """'mijn husband hits me' got "Sorry, dat begrijp ik niet goed" before the gloss."""
    from rasa.shared.nlu.training_data.message import Message

    component = _spelling_component(tmp_path, monkeypatch, ["mijn man slaat me", "hij heeft een mes"])
    messages = [Message(data={"text": "mijn husband hits me", "metadata": {"taal": "nl"}}),
                Message(data={"text": "my husband hits me", "metadata": {"taal": "en"}})]
    texts = [m.get("text") for m in component.process(messages)]
    assert texts == ["mijn man slaat me", "my husband hits me"]


def test_spelling_correction_without_its_trained_words_still_loads(tmp_path, monkeypatch):
    from collections import Counter

    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message

    from rasa_addons.spelling import SpellingCorrection
    from veilig.knowledge.search import KnowledgeSearch

    monkeypatch.setattr(KnowledgeSearch, "entry_words", lambda self: Counter({"veilig": 1}))
    monkeypatch.setattr(KnowledgeSearch, "warm_up", lambda self: None)
    component = SpellingCorrection.load({}, LocalModelStorage(tmp_path), Resource("nothing"), None)
    assert component.process([Message(data={"text": "is het hier vielig"})])[0].get("text") == "is het hier veilig"


def test_spelling_correction_keeps_the_names_of_towns(tmp_path, monkeypatch):
    """'waar in breda kan ik terecht' was read as 'brede' (thirty-fifth session): a municipality outside
    our regions is no typing error; a typo in an ordinary word is still corrected."""
    from rasa.shared.nlu.training_data.message import Message

    component = _spelling_component(tmp_path, monkeypatch, ["waar kan ik terecht", "de brede weg", "hij is onderweg"])
    messages = [Message(data={"text": "waar in breda kan ik terecht"}), Message(data={"text": "hij is onderewg"})]
    assert [m.get("text") for m in component.process(messages)] == ["waar in breda kan ik terecht", "hij is onderweg"]
