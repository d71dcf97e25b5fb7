"""The Rasa add-ons (rasa_addons/): the performance patches apply only to the Rasa version they
were written for, validate action-server responses exactly as strictly as Rasa does, and give
the same sub-graph as Rasa's own walk."""
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
