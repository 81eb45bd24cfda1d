import unittest

import learner

ROUTES = [
    {"method": "GET", "pattern": "/users", "name": "list"},
    {"method": "POST", "pattern": "/users", "name": "create"},
    {"method": "GET", "pattern": "/users/{user_id:int}", "name": "show"},
    {"method": "DELETE", "pattern": "/users/{user_id:int}", "name": "remove"},
    {"method": "GET", "pattern": "/users/{user_id:int}/posts", "name": "posts"},
    {"method": "GET", "pattern": "/users/{user_id}", "name": "show-again"},
]


class MatchRoute(unittest.TestCase):
    def test_one_parameter(self):
        """match_route("/users/{user_id}/posts", "/users/42/posts") returns {"user_id": "42"}"""
        self.assertEqual(learner.match_route("/users/{user_id}/posts", "/users/42/posts"), {"user_id": "42"})

    def test_several_parameters_and_static(self):
        """two parameters give {"user_id": "7", "post_id": "99"}; "/users" vs "/users" and "/" vs "/" give {}"""
        self.assertEqual(
            learner.match_route("/users/{user_id}/posts/{post_id}", "/users/7/posts/99"),
            {"user_id": "7", "post_id": "99"},
        )
        self.assertEqual(learner.match_route("/users", "/users"), {})
        self.assertEqual(learner.match_route("/", "/"), {})

    def test_different_segments(self):
        """match_route returns None when the number of segments or a literal differs ("/users" vs "/Users")"""
        cases = [
            ("/users/{user_id}", "/users/42/posts"),
            ("/users/{user_id}", "/users"),
            ("/users/{user_id}/posts", "/users/42/comments"),
            ("/users", "/Users"),
            ("/users", "/users/extra"),
            ("/users", "/userss"),
        ]
        for pattern, path in cases:
            self.assertIsNone(learner.match_route(pattern, path), msg=f"{pattern} vs {path}")

    def test_empty_segment(self):
        """a parameter never matches an empty segment: "/users//posts" does not match "/users/{user_id}/posts\""""
        self.assertIsNone(learner.match_route("/users/{user_id}/posts", "/users//posts"))
        self.assertIsNone(learner.match_route("/users/{user_id}", "/users/"))

    def test_trailing_slash_and_query(self):
        """a trailing slash and the query string are ignored: "/users/42/" and "/users?page=2&limit=10" match"""
        self.assertEqual(learner.match_route("/users/{user_id}", "/users/42/"), {"user_id": "42"})
        self.assertEqual(learner.match_route("/users", "/users?page=2&limit=10"), {})
        self.assertEqual(learner.match_route("/users/{user_id}", "/users/42?x=/y/z"), {"user_id": "42"})

    def test_url_decoding(self):
        """values are URL-decoded: "/tags/node%20js" gives {"tag": "node js"}, "caf%C3%A9" gives "café\""""
        self.assertEqual(learner.match_route("/tags/{tag}", "/tags/node%20js"), {"tag": "node js"})
        self.assertEqual(learner.match_route("/tags/{tag}", "/tags/caf%C3%A9"), {"tag": "café"})

    def test_encoded_slash_stays_in_segment(self):
        """decoding happens after matching: "/files/a%2Fb" matches "/files/{name}" with {"name": "a/b"}"""
        self.assertEqual(learner.match_route("/files/{name}", "/files/a%2Fb"), {"name": "a/b"})
        self.assertIsNone(learner.match_route("/files/{name}/raw", "/files/a%2Fb"))

    def test_literals_are_literal(self):
        """literal text is not a regex: "/api/v1.0/users" does not match "/api/v1x0/users", "/a+b" does not match "/aab\""""
        self.assertIsNone(learner.match_route("/api/v1.0/users", "/api/v1x0/users"))
        self.assertEqual(learner.match_route("/api/v1.0/users", "/api/v1.0/users"), {})
        self.assertIsNone(learner.match_route("/a+b", "/aab"))
        self.assertEqual(learner.match_route("/files/{name}.json", "/files/report.json"), {"name": "report"})
        self.assertIsNone(learner.match_route("/files/{name}.json", "/files/reportxjson"))

    def test_int_converter(self):
        """"{user_id:int}" matches "/users/42" as {"user_id": 42} (an int) but not "me", "-1", "4.2" or "٤٢\""""
        self.assertEqual(learner.match_route("/users/{user_id:int}", "/users/42"), {"user_id": 42})
        self.assertIsInstance(learner.match_route("/users/{user_id:int}", "/users/42")["user_id"], int)
        for value in ("me", "-1", "4.2", "٤٢", "4a", " 42"):
            self.assertIsNone(learner.match_route("/users/{user_id:int}", f"/users/{value}"), msg=f"value {value!r}")


class FindRoute(unittest.TestCase):
    def test_match(self):
        """find_route(routes, "GET", "/users/42/posts") returns status 200, the "posts" route and {"user_id": 42}"""
        result = learner.find_route(ROUTES, "GET", "/users/42/posts")
        self.assertEqual(result["status"], 200)
        self.assertIs(result["route"], ROUTES[4])
        self.assertEqual(result["params"], {"user_id": 42})
        self.assertEqual(learner.find_route(ROUTES, "POST", "/users")["route"]["name"], "create")

    def test_method_not_allowed(self):
        """find_route(routes, "PUT", "/users/42") returns {"status": 405, "allow": ["DELETE", "GET"]} (sorted, no duplicates)"""
        self.assertEqual(learner.find_route(ROUTES, "PUT", "/users/42"), {"status": 405, "allow": ["DELETE", "GET"]})
        self.assertEqual(learner.find_route(ROUTES, "DELETE", "/users"), {"status": 405, "allow": ["GET", "POST"]})
        self.assertEqual(learner.find_route(ROUTES, "POST", "/users/me"), {"status": 405, "allow": ["GET"]})

    def test_not_found(self):
        """find_route returns {"status": 404} when no pattern matches "/orders/1", and for an empty route list"""
        self.assertEqual(learner.find_route(ROUTES, "GET", "/orders/1"), {"status": 404})
        self.assertEqual(learner.find_route([], "GET", "/"), {"status": 404})

    def test_first_match_wins(self):
        """the first matching route wins: "/users/me" listed before "/users/{user_id}" gets "me" for "/users/me\""""
        ordered = [
            {"method": "GET", "pattern": "/users/me", "name": "me"},
            {"method": "GET", "pattern": "/users/{user_id}", "name": "show"},
        ]
        self.assertEqual(learner.find_route(ordered, "GET", "/users/me")["route"]["name"], "me")
        self.assertEqual(learner.find_route(ordered, "GET", "/users/5")["route"]["name"], "show")
        # an int route listed first does not swallow "/users/me"
        self.assertEqual(learner.find_route(ROUTES, "GET", "/users/me")["route"]["name"], "show-again")


if __name__ == "__main__":
    unittest.main()
