import unittest

import learner

JSON = "application/json"
DEEP = b'{"a":' * 100_000 + b"1" + b"}" * 100_000  # valid JSON, 100 000 levels deep


class ParseJsonBody(unittest.TestCase):
    def assertApiError(self, raw, content_type, status, code, max_bytes=None, msg=None):
        args = (raw, content_type) if max_bytes is None else (raw, content_type, max_bytes)
        with self.assertRaises(learner.ApiError, msg=msg) as caught:
            learner.parse_json_body(*args)
        error = caught.exception
        self.assertEqual((error.status, error.code), (status, code), msg=msg)
        self.assertIsInstance(error.message, str, msg=msg)
        self.assertTrue(error.message, f"message must not be empty ({msg})")
        return error

    def test_parses_object(self):
        """b'{"name":"Ada","tags":["x"]}' with Content-Type application/json returns {"name": "Ada", "tags": ["x"]}"""
        self.assertEqual(
            learner.parse_json_body(b'{"name":"Ada","tags":["x"]}', JSON), {"name": "Ada", "tags": ["x"]}
        )

    def test_content_type_with_parameters(self):
        """"Application/JSON; charset=utf-8" and " application/json " are accepted as JSON"""
        self.assertEqual(learner.parse_json_body(b"{}", "Application/JSON; charset=utf-8"), {})
        self.assertEqual(learner.parse_json_body(b'{"a": 1}', " application/json "), {"a": 1})

    def test_unsupported_media_type(self):
        """text/plain, form data, application/jsonp or a missing Content-Type raise 415 UNSUPPORTED_MEDIA_TYPE"""
        for content_type in ("text/plain", "application/x-www-form-urlencoded", "application/jsonp",
                             "application/json-patch+json", "", None):
            self.assertApiError(b"{}", content_type, 415, "UNSUPPORTED_MEDIA_TYPE", msg=f"content_type={content_type!r}")

    def test_too_large(self):
        """a body larger than max_bytes raises 413 PAYLOAD_TOO_LARGE, and exactly max_bytes is fine"""
        self.assertApiError(b'{"a":"123456"}', JSON, 413, "PAYLOAD_TOO_LARGE", max_bytes=10)
        self.assertEqual(learner.parse_json_body(b'{"a":"12"}', JSON, 10), {"a": "12"})

    def test_limit_counts_bytes(self):
        """the limit counts bytes, not characters: '{"a":"éé"}' is 10 characters but 12 bytes, too large for 11"""
        self.assertApiError('{"a":"éé"}'.encode(), JSON, 413, "PAYLOAD_TOO_LARGE", max_bytes=11)
        self.assertEqual(learner.parse_json_body('{"a":"éé"}'.encode(), JSON, 12), {"a": "éé"})

    def test_invalid_json(self):
        """b'{"name":', single quotes, a trailing comma or an empty body raise 400 INVALID_JSON (no echo of the body)"""
        for raw in (b'{"password": "hunter2",', b"{'single': 'quotes'}", b'{"a": 1,}', b"", b"   "):
            error = self.assertApiError(raw, JSON, 400, "INVALID_JSON", msg=f"raw={raw!r}")
            self.assertNotIn("hunter2", error.message, msg="the message must not echo the body")

    def test_nan_and_infinity(self):
        """NaN, Infinity and -Infinity are not JSON: b'{"score": NaN}' raises 400 INVALID_JSON"""
        for raw in (b'{"score": NaN}', b'{"score": Infinity}', b'{"score": -Infinity}'):
            self.assertApiError(raw, JSON, 400, "INVALID_JSON", msg=f"raw={raw!r}")

    def test_not_utf8(self):
        """a body that is not UTF-8 (b'{"a": "\\xff"}', or the same JSON encoded as UTF-16) raises 400 INVALID_JSON"""
        for raw in (b'{"a": "\xff"}', '{"a": 1}'.encode("utf-16"), '{"a": 1}'.encode("utf-32")):
            self.assertApiError(raw, JSON, 400, "INVALID_JSON", msg=f"raw={raw!r}")

    def test_deep_nesting(self):
        """a body nested 100 000 levels deep raises 400 INVALID_JSON, not RecursionError"""
        try:
            self.assertApiError(DEEP, JSON, 400, "INVALID_JSON")
        except RecursionError:
            self.fail("RecursionError escaped from parse_json_body")

    def test_not_an_object(self):
        """valid JSON that is not an object ([], null, 42, "hi") raises 422 INVALID_BODY"""
        for raw in (b"[]", b"null", b"42", b'"hi"', b'[{"name": "Ada"}]'):
            self.assertApiError(raw, JSON, 422, "INVALID_BODY", msg=f"raw={raw!r}")

    def test_order_of_checks(self):
        """the content type is checked before the size, and the size before parsing"""
        self.assertApiError(b"not json at all", "text/html", 415, "UNSUPPORTED_MEDIA_TYPE", max_bytes=3)
        self.assertApiError(b"not json at all", JSON, 413, "PAYLOAD_TOO_LARGE", max_bytes=3)


if __name__ == "__main__":
    unittest.main()
