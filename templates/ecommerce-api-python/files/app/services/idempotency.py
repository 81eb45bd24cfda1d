"""Stores the first response for each (user, scope, Idempotency-Key) so that a retried
request gets the same answer instead of, say, a second order."""

import hashlib
import json
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.core.db import insert_for
from app.core.errors import AppError, bad_request, conflict, error_body, unprocessable
from app.models import IdempotencyKey, utcnow

KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,255}$")  # visible ASCII, like a UUID
KEY_TTL = timedelta(hours=24)  # after that the same key starts a new request
IN_PROGRESS_TIMEOUT = timedelta(seconds=60)  # a first request "running" this long crashed
REPLAY_HEADER = "Idempotent-Replayed"


def request_hash(path: str, body: Any) -> str:
    """Keys sorted, so {"a","b"} and {"b","a"} are the same request."""
    canonical = json.dumps({"path": path, "body": body}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class IdempotencyService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        # Its own short transactions, committed at once, apart from the request's work.
        self.sessions = sessions

    def run(
        self,
        user_id: int,
        scope: str,
        key: str | None,
        fingerprint: str,
        handler: Callable[[], tuple[int, Any]],
    ) -> JSONResponse:
        """Answers with `handler()` (status, JSON body), unless the key was seen before:
        - same key, same request, finished     -> the stored response, replayed
        - same key, different request          -> 422 IDEMPOTENCY_KEY_REUSED
        - same key, first request still running -> 409 IDEMPOTENCY_REQUEST_IN_PROGRESS
        An AppError is stored like a success; a crash (500) frees the key for a retry."""
        if key is None:
            return _respond(handler)
        if not KEY_PATTERN.match(key):
            raise bad_request("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key must be 1-255 visible ASCII characters")
        ref = (user_id, scope, key)
        replay = self._begin(ref, fingerprint)
        if replay is not None:
            status, body = replay
            return JSONResponse(body, status_code=status, headers={REPLAY_HEADER: "true"})
        try:
            status, body = handler()
        except AppError as error:
            status, body = error.status, error_body(error)
        except BaseException:
            self._release(ref)
            raise
        self._complete(ref, status, body)
        return JSONResponse(body, status_code=status)

    def _begin(self, ref: tuple[int, str, str], fingerprint: str, retried: bool = False) -> tuple[int, Any] | None:
        user_id, scope, key = ref
        with self.sessions.begin() as db:
            # The primary key makes the claim atomic: of two simultaneous requests, one inserts.
            claimed = db.execute(
                insert_for(db, IdempotencyKey)
                .values(user_id=user_id, scope=scope, idem_key=key, request_hash=fingerprint, created_at=utcnow())
                .on_conflict_do_nothing(index_elements=["user_id", "scope", "idem_key"])
                .returning(IdempotencyKey.idem_key)
            ).first()
            if claimed is not None:  # RETURNING gives a row only when the insert happened
                return None
            row = db.scalar(select(IdempotencyKey).where(*_match(ref)))
        abandoned = False
        if row is not None:
            created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=utcnow().tzinfo)
            age = utcnow() - created
            abandoned = age > KEY_TTL or (row.status_code is None and age > IN_PROGRESS_TIMEOUT)
        if (row is None or abandoned) and not retried:
            self._release(ref)
            return self._begin(ref, fingerprint, retried=True)
        if row is None or row.request_hash != fingerprint:
            raise unprocessable(
                "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was already used with a different request; use a new key",
            )
        if row.status_code is None or row.response_body is None:
            raise conflict(
                "IDEMPOTENCY_REQUEST_IN_PROGRESS",
                "A request with this Idempotency-Key is still being processed; retry later",
            )
        return row.status_code, json.loads(row.response_body)

    def _complete(self, ref: tuple[int, str, str], status: int, body: Any) -> None:
        with self.sessions.begin() as db:
            db.execute(
                update(IdempotencyKey)
                .where(*_match(ref))
                .values(status_code=status, response_body=json.dumps(body))
                .execution_options(synchronize_session=False)
            )

    def _release(self, ref: tuple[int, str, str]) -> None:
        with self.sessions.begin() as db:
            db.execute(delete(IdempotencyKey).where(*_match(ref)))


def _match(ref: tuple[int, str, str]) -> tuple[Any, ...]:
    user_id, scope, key = ref
    return (IdempotencyKey.user_id == user_id, IdempotencyKey.scope == scope, IdempotencyKey.idem_key == key)


def _respond(handler: Callable[[], tuple[int, Any]]) -> JSONResponse:
    status, body = handler()
    return JSONResponse(body, status_code=status)
