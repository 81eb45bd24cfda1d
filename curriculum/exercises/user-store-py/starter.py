# Week 4 — An in-memory user store
#
# User: a frozen dataclass (id, name, email, created_at).
# UserStore(now=None) with:
#   create(name, email) -> User, or ValueError("Name is required" | "Invalid email: ..." | "Email already exists: ...")
#   all_users() -> a new list of users, in creation order
#   get(user_id) -> User or None
#   update(user_id, *, name=None, email=None) -> the new User; KeyError for an unknown id
#   remove(user_id) -> True if deleted, False otherwise
from dataclasses import dataclass
from datetime import datetime


@dataclass
class User:
    id: int
    name: str
    email: str
    created_at: datetime


class UserStore:
    def __init__(self, now=None):
        self._now = now

    def create(self, name, email):
        raise NotImplementedError("create")

    def all_users(self):
        return []

    def get(self, user_id):
        return None

    def update(self, user_id, *, name=None, email=None):
        raise NotImplementedError("update")

    def remove(self, user_id):
        return False
