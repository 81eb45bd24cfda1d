# Week 11 — cache invalidation on writes.
import json


def user_key(user_id) -> str:
    return f"user:{user_id}"


def get_user(user_id, *, cache, db, ttl: int = 3600) -> dict | None:
    """Cache-aside read (done for you)."""
    cached = cache.get(user_key(user_id))
    if cached is not None:
        return json.loads(cached)
    user = db.find_user_by_id(user_id)
    if user is not None:
        cache.set(user_key(user_id), json.dumps(user), ex=ttl)
    return user


def update_user(user_id, changes: dict, *, cache, db) -> dict | None:
    """Update a user, then invalidate its cache entry. Returns the updated user, or None."""
    # Bug: the database changes but the cached copy stays, so get_user serves stale data.
    return db.update_user(user_id, changes)


def delete_user(user_id, *, cache, db) -> bool:
    """Delete a user, then invalidate its cache entry. Returns whether a user was deleted."""
    # Same bug as update_user.
    return db.delete_user(user_id)
