# Week 11 — the cache-aside pattern against a Redis-like client.
# Put the cache in front of the database (key: f"user:{user_id}").


def get_user_with_cache(user_id, *, cache, db, ttl: int = 3600, miss_ttl: int = 30) -> dict | None:
    """The user as a dict (or None), read through the cache.

    cache: get(key) -> str | None, set(key, value, ex=seconds), delete(key)
    db:    find_user_by_id(user_id) -> dict | None
    """
    # Always goes to the database.
    return db.find_user_by_id(user_id)
