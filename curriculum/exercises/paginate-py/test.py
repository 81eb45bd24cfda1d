import unittest

import learner


def numbers(n):
    return list(range(1, n + 1))


class Paginate(unittest.TestCase):
    def test_defaults(self):
        """paginate(items) with 25 items returns page 1 with items 1-10 and meta {page 1, limit 10, total 25, totalPages 3}"""
        self.assertEqual(
            learner.paginate(numbers(25)),
            {"data": numbers(10), "meta": {"page": 1, "limit": 10, "total": 25, "totalPages": 3}},
        )

    def test_last_page(self):
        """{"page": "3", "limit": "10"} over 25 items returns [21, 22, 23, 24, 25]"""
        self.assertEqual(
            learner.paginate(numbers(25), {"page": "3", "limit": "10"}),
            {"data": [21, 22, 23, 24, 25], "meta": {"page": 3, "limit": 10, "total": 25, "totalPages": 3}},
        )

    def test_ints_accepted(self):
        """ints are accepted as well as strings: {"page": 2, "limit": 5} over 12 items returns [6, 7, 8, 9, 10]"""
        result = learner.paginate(numbers(12), {"page": 2, "limit": 5})
        self.assertEqual(result["data"], [6, 7, 8, 9, 10])
        self.assertEqual(result["meta"], {"page": 2, "limit": 5, "total": 12, "totalPages": 3})

    def test_limit_capped(self):
        """{"limit": "1000000"} is lowered to 100: 250 items give 100 items and totalPages 3"""
        result = learner.paginate(numbers(250), {"limit": "1000000"})
        self.assertEqual(len(result["data"]), 100)
        self.assertEqual(result["meta"], {"page": 1, "limit": 100, "total": 250, "totalPages": 3})
        self.assertEqual(learner.paginate(numbers(250), {"limit": "100"})["meta"]["limit"], 100)

    def test_exact_multiple(self):
        """20 items with limit 10 make exactly 2 pages (totalPages 2, not 3), and 21 items make 3"""
        self.assertEqual(learner.paginate(numbers(20))["meta"]["totalPages"], 2)
        self.assertEqual(learner.paginate(numbers(21))["meta"]["totalPages"], 3)
        self.assertEqual(learner.paginate(numbers(1), {"limit": "1"})["meta"]["totalPages"], 1)

    def test_past_the_end(self):
        """{"page": "4"} over 25 items returns no data but correct meta (page 4, totalPages 3)"""
        self.assertEqual(
            learner.paginate(numbers(25), {"page": "4"}),
            {"data": [], "meta": {"page": 4, "limit": 10, "total": 25, "totalPages": 3}},
        )

    def test_empty_list(self):
        """an empty list gives total 0 and totalPages 0"""
        self.assertEqual(
            learner.paginate([]), {"data": [], "meta": {"page": 1, "limit": 10, "total": 0, "totalPages": 0}}
        )

    def test_invalid_page(self):
        """page "0", "-1", "1.5", "abc", "" or "2x" raises ValueError mentioning page"""
        for page in ("0", "-1", "1.5", "abc", "", "2x", 0, -1):
            with self.assertRaisesRegex(ValueError, "page", msg=f"page={page!r}"):
                learner.paginate(numbers(5), {"page": page})

    def test_values_int_accepts(self):
        """values int() would accept are refused too: page " 2", "+2", "1_0", "02" or "٢" raises ValueError"""
        for page in (" 2", "+2", "1_0", "02", "٢", "2\n"):
            with self.assertRaisesRegex(ValueError, "page", msg=f"page={page!r}"):
                learner.paginate(numbers(30), {"page": page})

    def test_invalid_limit(self):
        """limit "0", "ten" or "-5" raises ValueError mentioning limit"""
        for limit in ("0", "ten", "-5"):
            with self.assertRaisesRegex(ValueError, "limit", msg=f"limit={limit!r}"):
                learner.paginate(numbers(5), {"limit": limit})

    def test_new_list(self):
        """paginate returns a new data list and leaves items untouched; a tuple of items also gives a list"""
        items = [1, 2, 3]
        result = learner.paginate(items, {"limit": "10"})
        self.assertIsNot(result["data"], items)
        result["data"].append(99)
        self.assertEqual(items, [1, 2, 3])
        self.assertEqual(learner.paginate((1, 2, 3, 4), {"limit": "3", "page": "2"})["data"], [4])
        self.assertIsInstance(learner.paginate((1, 2, 3))["data"], list)


if __name__ == "__main__":
    unittest.main()
