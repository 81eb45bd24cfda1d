# WRONG: a missing user is cached with the long TTL, so a new user stays invisible for an hour.
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
    except CACHE_DOWN:
        cached = None  # Redis is down: serve from the database rather than fail the request
    if cached is not None:
        return json.loads(cached)  # "null" is a cached "no such user"

    user = db.find_user_by_id(user_id)  # database errors propagate: they are real outages
    try:
        # Misses get a short TTL: a user created a moment later appears quickly.
        cache.set(key, json.dumps(user), ex=ttl)
    except CACHE_DOWN:
        pass  # a failed write only costs a future miss
    return user
