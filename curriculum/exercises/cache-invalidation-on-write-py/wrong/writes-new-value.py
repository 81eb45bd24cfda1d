# WRONG: writes the new value into the cache instead of deleting the key (racing writers can leave the older value cached).
# Week 11 — cache invalidation on writes.
import json


def user_key(user_id) -> str:
    """One place defines the key, so reads and invalidations always agree."""
    return f"user:{user_id}"


def get_user(user_id, *, cache, db, ttl: int = 3600) -> dict | None:
    """Cache-aside read."""
    cached = cache.get(user_key(user_id))
    if cached is not None:
        return json.loads(cached)
    user = db.find_user_by_id(user_id)
    if user is not None:
        cache.set(user_key(user_id), json.dumps(user), ex=ttl)
    return user


def update_user(user_id, changes: dict, *, cache, db) -> dict | None:
    """Update a user, then invalidate its cache entry.

    The database is the source of truth, so it is written first; if that raises, the cache is
    untouched. We delete rather than set: racing writers could otherwise leave the older value cached.

    >>> update_user(1, {"name": "Ada L."}, cache=r, db=db)   # db.update_user(...), then r.delete("user:1")
    {'id': 1, 'name': 'Ada L.'}
    """
    user = db.update_user(user_id, changes)
    if user is not None:
        cache.set(user_key(user_id), json.dumps(user), ex=3600)
    return user


def delete_user(user_id, *, cache, db) -> bool:
    """Delete a user, then invalidate its cache entry.

    >>> delete_user(1, cache=r, db=db)   # db.delete_user(1), then r.delete("user:1")
    True
    """
    deleted = db.delete_user(user_id)
    cache.delete(user_key(user_id))
    return deleted
