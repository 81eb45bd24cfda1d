# WRONG: one try/except Exception around everything: a cache outage or a database outage both answer None.
# Week 11 — the cache-aside pattern against a Redis-like client.
import json

# What redis-py raises when Redis is down or slow are subclasses of redis.RedisError;
# the fake in the exercise raises the builtin ones.
CACHE_DOWN = (ConnectionError, TimeoutError)


def user_key(user_id) -> str:
    return f"user:{user_id}"


def get_user_with_cache(user_id, *, cache, db, ttl: int = 3600, miss_ttl: int = 30) -> dict | None:
    """The user as a dict (or None), read through the cache.

    >>> get_user_with_cache(42, cache=r, db=db)   # miss: reads db, r.set("user:42", '{"id": 42, ...}', ex=3600)
    {'id': 42, 'name': 'Ada'}
    >>> get_user_with_cache(42, cache=r, db=db)   # hit: no db read
    {'id': 42, 'name': 'Ada'}
    """
    key = user_key(user_id)
    try:
        cached = cache.get(key)
        if cached is not None:
            return json.loads(cached)
        user = db.find_user_by_id(user_id)
        cache.set(key, json.dumps(user), ex=ttl if user is not None else miss_ttl)
        return user
    except Exception:
        # Something failed: act as if there is no such user.
        return None
