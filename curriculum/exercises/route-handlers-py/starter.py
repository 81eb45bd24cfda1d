# Week 7 — Route handlers as plain functions
#
# Handlers return (status, {"data": ...}) or raise ApiError(status, code, message, details).
# db: list_users(), find_user_by_id(user_id: int), find_user_by_email(email),
#     insert_user(name=..., email=...)
# Responses never include password_hash. Validation failures are 422 VALIDATION_FAILED.


class ApiError(Exception):
    def __init__(self, status, code, message, details=None):
        super().__init__(message)
        # TODO: keep status, code, message and details as attributes


def list_users(db):
    return 200, {"data": db.list_users()}  # leaks password_hash!


def get_user(user_id, db):
    user = db.find_user_by_id(int(user_id))  # int(" 2") works... and int("abc") crashes
    return 200, {"data": user}  # ...and what if there is no such user?


def create_user(body, db):
    raise NotImplementedError("create_user")
