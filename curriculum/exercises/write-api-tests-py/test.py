# Mutation testing: the learner's TestCase classes run once against the real todo API (they must
# pass) and once against each buggy copy (they must fail). The learner's module-level
# `create_app` is pointed at the version under test.
import types
import unittest
from pathlib import Path

import learner

SOURCE = (Path(__file__).parent / "app.py").read_text()

# Each bug is one exact edit of app.py.
MUTANTS = [
    ("POST /todos answers 200 instead of 201", "return send(201, todo,", "return send(200, todo,"),
    ("a title of only spaces is accepted", "title = title.strip() if isinstance(title, str)", "title = title if isinstance(title, str)"),
    ("a title of exactly 200 characters is refused (off by one)", "if len(title) > 200:", "if len(title) >= 200:"),
    ("GET /todos/:id answers 200 and null for an unknown id", 'return send(200, todo) if todo else send(404, {"error": "todo not found"})', "return send(200, todo)"),
    ("DELETE answers 204 but the todo is still there", "del todos[todo_id]", "todos.pop(match.group(1), None)"),
    ("ids are reused after a delete (id = count + 1), so a new todo overwrites another", '"id": next_id,', '"id": len(todos) + 1,'),
]


def app_factory(source):
    module = types.ModuleType("todo_api")
    exec(compile(source, "todo_api.py", "exec"), module.__dict__)
    return module.create_app


def run_suite(source):
    """The learner's tests against one version of the API: a unittest.TestResult."""
    learner.create_app = app_factory(source)
    suite = unittest.defaultTestLoader.loadTestsFromModule(learner)
    result = unittest.TestResult()
    suite.run(result)
    return result


def first_problem(result):
    test, trace = (result.errors + result.failures)[0]
    last = [line for line in trace.strip().splitlines() if line.strip()][-1].strip()
    return f"{test.id().rsplit('.', 1)[-1]}: {last}"


class WriteApiTestsTest(unittest.TestCase):
    real = None

    @classmethod
    def real_run(cls):
        if cls.real is None:
            cls.real = run_suite(SOURCE)
        return cls.real

    def test_real(self):
        """your tests pass against the correct todo API (at least 3 tests)"""
        result = self.real_run()
        if result.testsRun == 0:
            self.fail("no test ran: write unittest.TestCase classes with test_… methods")
        bad = result.errors + result.failures
        if bad:
            self.fail(f"against the CORRECT API {len(bad)} of your tests fail, first {first_problem(result)}. "
                      "A test that fails on correct code asserts the wrong thing.")
        if result.testsRun < 3:
            self.fail(f"only {result.testsRun} test{'' if result.testsRun == 1 else 's'}: write at least 3")

    def catches(self, index):
        bug, old, new = MUTANTS[index]
        self.assertEqual(SOURCE.count(old), 1, f"checker bug: the edit {old!r} does not match app.py exactly once")
        real = self.real_run()
        if real.testsRun < 3 or not real.wasSuccessful():
            self.fail("first make your tests pass against the correct API (see the first case)")
        if run_suite(SOURCE.replace(old, new)).wasSuccessful():
            self.fail(f"every test passed against a copy of the API where {bug}: add a test that fails on that bug")

    def test_catches_create_200(self):
        """your tests catch the bug: POST /todos answers 200 instead of 201"""
        self.catches(0)

    def test_catches_blank_title(self):
        """your tests catch the bug: a title of only spaces is accepted"""
        self.catches(1)

    def test_catches_title_boundary(self):
        """your tests catch the bug: a title of exactly 200 characters is refused (off by one)"""
        self.catches(2)

    def test_catches_unknown_id(self):
        """your tests catch the bug: GET /todos/:id answers 200 and null for an unknown id"""
        self.catches(3)

    def test_catches_delete_kept(self):
        """your tests catch the bug: DELETE answers 204 but the todo is still there"""
        self.catches(4)

    def test_catches_id_reuse(self):
        """your tests catch the bug: ids are reused after a delete, so a new todo overwrites another"""
        self.catches(5)
