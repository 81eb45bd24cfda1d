import copy
import unittest

import learner

POSTS = [
    {"id": 1, "title": "Closures", "author": "ada", "status": "published", "views": 50,
     "createdAt": "2025-01-05T10:00:00Z", "password_hash": "x"},
    {"id": 2, "title": "async", "author": "alan", "status": "published", "views": 120,
     "createdAt": "2025-03-01T10:00:00Z", "password_hash": "x"},
    {"id": 3, "title": "Joins", "author": "ada", "status": "draft", "views": 0,
     "createdAt": "2025-04-10T10:00:00Z", "password_hash": "x"},
    {"id": 4, "title": "Indexes", "author": "grace", "status": "published", "views": 120,
     "createdAt": "2025-02-14T10:00:00Z", "password_hash": "x"},
    {"id": 5, "title": "errors", "author": "ada", "status": "published", "views": 75,
     "createdAt": "2025-05-20T10:00:00Z", "password_hash": "x"},
]


def posts():
    return copy.deepcopy(POSTS)


def ids(result):
    _, body = result
    return [post["id"] for post in body["data"]]


class ListPosts(unittest.TestCase):
    def assertError(self, result, status, code, msg=None):
        self.assertEqual(result[0], status, msg=msg)
        self.assertEqual(result[1].get("error", {}).get("code"), code, msg=msg)
        self.assertIsInstance(result[1]["error"].get("message"), str, msg=msg)
        self.assertNotIn("data", result[1], msg=msg)
        return result[1]["error"]["message"]

    def test_default_sort(self):
        """with no query, all posts come back newest first (default sort -createdAt): ids [5, 3, 2, 4, 1]"""
        result = learner.list_posts(posts(), {})
        self.assertEqual(result[0], 200)
        self.assertEqual(ids(result), [5, 3, 2, 4, 1])

    def test_status_filter(self):
        """{"status": "published"} keeps only published posts: ids [5, 2, 4, 1]"""
        self.assertEqual(ids(learner.list_posts(posts(), {"status": "published"})), [5, 2, 4, 1])
        self.assertEqual(ids(learner.list_posts(posts(), {"status": "draft"})), [3])

    def test_combined_filters(self):
        """{"status": "published", "author": "ada"} combines both filters: ids [5, 1]"""
        self.assertEqual(ids(learner.list_posts(posts(), {"status": "published", "author": "ada"})), [5, 1])
        self.assertEqual(ids(learner.list_posts(posts(), {"author": "nobody"})), [])

    def test_sort_title_case_insensitive(self):
        """{"sort": "title"} sorts A→Z ignoring case ("async" before "Closures"): ids [2, 1, 5, 4, 3]"""
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "title"})), [2, 1, 5, 4, 3])
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "-title"})), [3, 4, 5, 1, 2])

    def test_sort_views_descending(self):
        """{"sort": "-views"} puts the most viewed first and {"sort": "createdAt"} the oldest first"""
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "-views"}))[2:], [5, 1, 3])
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "createdAt"})), [1, 4, 2, 3, 5])

    def test_tie_breaker(self):
        """{"sort": "-views,title"} breaks the tie between equal views by title: [2, 4, 5, 1, 3]; "-views,-title": [4, 2, 5, 1, 3]"""
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "-views,title"})), [2, 4, 5, 1, 3])
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "-views,-title"})), [4, 2, 5, 1, 3])
        self.assertEqual(ids(learner.list_posts(posts(), {"sort": "views,-createdAt"})), [3, 1, 5, 2, 4])

    def test_sort_not_whitelisted(self):
        """{"sort": "password_hash"} returns 422 INVALID_SORT naming the field; so does "title,-id\""""
        message = self.assertError(learner.list_posts(posts(), {"sort": "password_hash"}), 422, "INVALID_SORT")
        self.assertIn("password_hash", message)
        message = self.assertError(learner.list_posts(posts(), {"sort": "title,-id"}), 422, "INVALID_SORT")
        self.assertIn("id", message)

    def test_sort_malformed(self):
        """an empty field or a double minus ("", "title,", ",views", "--views") returns 422 INVALID_SORT"""
        for sort in ("", "title,", ",views", "--views", "title views"):
            self.assertError(learner.list_posts(posts(), {"sort": sort}), 422, "INVALID_SORT", msg=f"sort={sort!r}")

    def test_invalid_status(self):
        """{"status": "deleted"} or "Published" returns 422 INVALID_FILTER"""
        for status in ("deleted", "Published", ""):
            self.assertError(
                learner.list_posts(posts(), {"status": status}), 422, "INVALID_FILTER", msg=f"status={status!r}"
            )

    def test_unknown_keys_ignored(self):
        """unknown query keys such as page and limit are ignored: ids [5, 3, 2, 4, 1]"""
        self.assertEqual(ids(learner.list_posts(posts(), {"page": "2", "limit": "1"})), [5, 3, 2, 4, 1])

    def test_input_untouched(self):
        """list_posts neither reorders nor changes the posts list it is given"""
        given = posts()
        learner.list_posts(given, {"sort": "views"})
        learner.list_posts(given, {"sort": "-title", "status": "published"})
        self.assertEqual(given, POSTS)


if __name__ == "__main__":
    unittest.main()
