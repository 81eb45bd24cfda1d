import unittest

import learner


def error_body(code, message):
    return {"error": {"code": code, "message": message}}


INTERNAL = (500, error_body("INTERNAL_ERROR", "Internal server error"))


class ToHttpResponse(unittest.TestCase):
    def test_ok_is_200(self):
        """{"type": "ok", "data": [1, 2]} becomes (200, {"data": [1, 2]})"""
        self.assertEqual(learner.to_http_response({"type": "ok", "data": [1, 2]}), (200, {"data": [1, 2]}))

    def test_created_is_201(self):
        """{"type": "created", "data": {"id": 5}} becomes (201, {"data": {"id": 5}})"""
        self.assertEqual(
            learner.to_http_response({"type": "created", "data": {"id": 5}}), (201, {"data": {"id": 5}})
        )

    def test_empty_data_is_kept(self):
        """empty data is still data: "ok" with [] gives {"data": []}, with 0 gives {"data": 0}"""
        for data in ([], 0, "", {}):
            self.assertEqual(
                learner.to_http_response({"type": "ok", "data": data}), (200, {"data": data}), msg=f"data={data!r}"
            )

    def test_deleted_is_204_without_body(self):
        """{"type": "deleted"} becomes (204, None): no body at all"""
        self.assertEqual(learner.to_http_response({"type": "deleted"}), (204, None))

    def test_invalid_is_422(self):
        """{"type": "invalid", "message": "title is required"} becomes 422 VALIDATION_FAILED with that message"""
        self.assertEqual(
            learner.to_http_response({"type": "invalid", "message": "title is required"}),
            (422, error_body("VALIDATION_FAILED", "title is required")),
        )

    def test_unauthenticated_is_401(self):
        """{"type": "unauthenticated"} becomes 401 UNAUTHENTICATED "Authentication required" (not logged in)"""
        self.assertEqual(
            learner.to_http_response({"type": "unauthenticated"}),
            (401, error_body("UNAUTHENTICATED", "Authentication required")),
        )

    def test_forbidden_is_403(self):
        """{"type": "forbidden"} becomes 403 FORBIDDEN (logged in, but not allowed)"""
        self.assertEqual(
            learner.to_http_response({"type": "forbidden"}),
            (403, error_body("FORBIDDEN", "You do not have access to this resource")),
        )

    def test_not_found_is_404(self):
        """{"type": "not_found", "resource": "Post"} becomes 404 NOT_FOUND "Post not found\""""
        self.assertEqual(
            learner.to_http_response({"type": "not_found", "resource": "Post"}),
            (404, error_body("NOT_FOUND", "Post not found")),
        )
        self.assertEqual(
            learner.to_http_response({"type": "not_found", "resource": "Comment"}),
            (404, error_body("NOT_FOUND", "Comment not found")),
        )

    def test_conflict_is_409(self):
        """{"type": "conflict", "message": "Email already registered"} becomes 409 CONFLICT with that message"""
        self.assertEqual(
            learner.to_http_response({"type": "conflict", "message": "Email already registered"}),
            (409, error_body("CONFLICT", "Email already registered")),
        )

    def test_unknown_outcome_is_500(self):
        """an unknown type, {} or None becomes 500 INTERNAL_ERROR and the outcome's message is not sent"""
        for outcome in ({"type": "exploded", "message": "db password is hunter2"}, {}, None):
            self.assertEqual(learner.to_http_response(outcome), INTERNAL, msg=f"outcome={outcome!r}")


if __name__ == "__main__":
    unittest.main()
