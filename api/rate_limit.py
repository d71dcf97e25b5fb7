"""The rate limit shared by several gateway processes, in Redis (REDIS_URL set).

A fixed window per client and minute: INCR and EXPIRE on one key. The key holds no address: it
is an HMAC of the client address with the session secret (SessionSigner.digest), which gateway
processes behind one proxy share anyway (CHAT_SESSION_SECRET), so they count the same client
under the same key.
When Redis does not answer, the message is let through: the chat must not fail for a limiter.
"""
import logging
import time

from redis import asyncio as redis_asyncio
from redis.exceptions import RedisError

from api.sessions import SessionSigner

logger = logging.getLogger("gateway")
KEY_PREFIX = "vv:limiet:"


class SharedRateLimiter:
    def __init__(self, per_minute: int, redis_url: str, signer: SessionSigner) -> None:
        self.per_minute = per_minute
        self.redis = redis_asyncio.Redis.from_url(redis_url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.signer = signer

    def key(self, client: str, minute: int) -> str:
        return f"{KEY_PREFIX}{self.signer.digest(client)}:{minute}"

    async def allow(self, client: str) -> bool:
        if self.per_minute <= 0:
            return True
        key = self.key(client, int(time.time() // 60))
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(key)
                pipe.expire(key, 61)
                count, _ = await pipe.execute()
        except (RedisError, OSError) as error:
            logger.warning("rate limit: Redis unavailable (%s); message let through", type(error).__name__)
            return True
        return int(count) <= self.per_minute

    async def close(self) -> None:
        await self.redis.aclose()
