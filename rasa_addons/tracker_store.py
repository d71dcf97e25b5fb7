"""Tracker stores that forget a conversation after it has been idle.

Rasa's InMemoryTrackerStore keeps every conversation until the process ends. For this service
no transcript may outlive the live conversation, so idle trackers are dropped: in memory for the
default single Rasa process, by Redis expiry when several replicas share Redis.
"""
import time
from typing import Any, Dict, Iterable, Optional, Text

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    def __init__(self, domain: Domain, event_broker: Any = None, idle_minutes: Any = 30, **kwargs: Dict[Text, Any]) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        try:
            self.idle_seconds = max(1.0, float(idle_minutes) * 60)
        except (TypeError, ValueError):
            self.idle_seconds = 30 * 60.0
        self.last_seen: Dict[Text, float] = {}

    def _expire(self) -> None:
        cutoff = time.monotonic() - self.idle_seconds
        for sender_id in [s for s, seen in self.last_seen.items() if seen < cutoff]:
            self.store.pop(sender_id, None)
            self.last_seen.pop(sender_id, None)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._expire()
        await super().save(tracker)
        self.last_seen[tracker.sender_id] = time.monotonic()

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self._expire()
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self._expire()
        return await super().retrieve_full_tracker(sender_id)

    async def keys(self) -> Iterable[Text]:
        self._expire()
        return await super().keys()


class ExpiringRedisTrackerStore(RedisTrackerStore):
    """Redis tracker store for several Rasa replicas (RASA_REPLICAS >= 2), with the same promise:
    a conversation is gone after the idle time. Redis expires the key (`record_exp`, refreshed on
    every save; redis-py takes whole seconds only), and the Redis server keeps nothing on disk.

    `fails_loudly`: Rasa wraps every tracker store in a FailSafeTrackerStore that, when Redis
    fails, goes on with an in-memory store that never forgets. rasa_addons.patches leaves this
    store unwrapped, so a Redis failure fails the message and the gateway gives the degraded
    answer (112 and 0800-2000) instead.
    """

    fails_loudly = True

    async def save(self, tracker: DialogueStateTracker, timeout: Optional[float] = None) -> None:
        """Write the tracker as it is, like Rasa's InMemoryTrackerStore, with the idle time as TTL.

        Rasa's RedisTrackerStore first reads the stored tracker back, rebuilds it from all its
        events and merges the two, so that writers racing on one conversation lose nothing. Here
        they never race: the Redis lock store lets one replica at a time handle a conversation, and
        the gateway sends one message per conversation at a time. That read, rebuild and merge cost
        about half as much CPU again as the rest of a message (measured with make bench)."""
        await self.stream_events(tracker)
        self.red.set(self.key_prefix + tracker.sender_id, self.serialise_tracker(tracker), ex=timeout or self.record_exp)

    def __init__(self, domain: Domain, host: Text = "127.0.0.1", port: Any = 6379, db: Any = 0,
                 password: Optional[Text] = None, event_broker: Any = None, idle_minutes: Any = 30,
                 **kwargs: Any) -> None:
        kwargs.pop("record_exp", None)
        super().__init__(domain, host=host or "127.0.0.1", port=int(port), db=int(db or 0), password=password or None,
                         event_broker=event_broker, record_exp=idle_seconds(idle_minutes), **kwargs)


def idle_seconds(idle_minutes: Any) -> int:
    """The idle time in whole seconds (at least 1), from the endpoint's `idle_minutes`."""
    try:
        return max(1, int(round(float(idle_minutes) * 60)))
    except (TypeError, ValueError):
        return 30 * 60
