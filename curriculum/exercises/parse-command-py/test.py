import unittest

import learner

USAGE = {"command": "error", "message": "Usage: add <name> <email>"}
BAD_ID = {"command": "error", "message": "User id must be a positive integer"}


class Help(unittest.TestCase):
    def test_help(self):
        """parse_command([]), (["help"]), (["-h"]) and (["--help"]) all return {"command": "help"}"""
        for args in [[], ["help"], ["-h"], ["--help"]]:
            self.assertEqual(learner.parse_command(args), {"command": "help"}, msg=f"for {args!r}")


class Add(unittest.TestCase):
    def test_add(self):
        """["add", "Ada", "ada@example.com"] becomes an add command with name and email"""
        self.assertEqual(
            learner.parse_command(["add", "Ada", "ada@example.com"]),
            {"command": "add", "name": "Ada", "email": "ada@example.com"},
        )

    def test_add_missing_arguments(self):
        """["add"] and ["add", "Ada"] return the usage error with the message Usage: add <name> <email>"""
        self.assertEqual(learner.parse_command(["add"]), USAGE)
        self.assertEqual(learner.parse_command(["add", "Ada"]), USAGE)

    def test_add_blank_or_extra_arguments(self):
        """["add", "  ", "x@y.io"] (blank name) and ["add", "Ada", "a@x.io", "extra"] return the usage error too"""
        self.assertEqual(learner.parse_command(["add", "  ", "x@y.io"]), USAGE)
        self.assertEqual(learner.parse_command(["add", "Ada", ""]), USAGE)
        self.assertEqual(learner.parse_command(["add", "Ada", "a@x.io", "extra"]), USAGE)


class List(unittest.TestCase):
    def test_list(self):
        """["list"] lists everyone (active_only False) and ["list", "--active"] only active users (active_only True)"""
        self.assertEqual(learner.parse_command(["list"]), {"command": "list", "active_only": False})
        self.assertEqual(learner.parse_command(["list", "--active"]), {"command": "list", "active_only": True})

    def test_list_unknown_option(self):
        """["list", "--all"] returns the error with the message Unknown option for list: --all"""
        self.assertEqual(
            learner.parse_command(["list", "--all"]),
            {"command": "error", "message": "Unknown option for list: --all"},
        )


class Delete(unittest.TestCase):
    def test_delete(self):
        """["delete", "42"] becomes {"command": "delete", "id": 42} with an int id"""
        result = learner.parse_command(["delete", "42"])
        self.assertEqual(result, {"command": "delete", "id": 42})
        self.assertIs(type(result["id"]), int)

    def test_delete_invalid_ids(self):
        """delete with a missing, zero, negative, decimal, non-numeric or extra id returns the error User id must be a positive integer"""
        for args in [["delete"], ["delete", "0"], ["delete", "-3"], ["delete", "1.5"], ["delete", "abc"], ["delete", "4", "5"]]:
            self.assertEqual(learner.parse_command(args), BAD_ID, msg=f"for {args!r}")

    def test_delete_ids_that_int_accepts(self):
        """delete rejects ids that int() accepts: "007", "+5", " 5", "1_000" and "42\\n" (a trailing newline)"""
        for text in ["007", "+5", " 5", "5 ", "1_000", "42\n"]:
            self.assertEqual(learner.parse_command(["delete", text]), BAD_ID, msg=f"for {text!r}")

    def test_delete_non_ascii_digits(self):
        """delete rejects "²" (isdigit() says True, int() raises) and "٣" / "1٣" (\\d matches them) without crashing"""
        for text in ["²", "٣", "1٣"]:
            self.assertEqual(learner.parse_command(["delete", text]), BAD_ID, msg=f"for {text!r}")


class Dispatch(unittest.TestCase):
    def test_case_insensitive(self):
        """command names are case-insensitive: ["ADD", "Bo", "bo@x.io"], ["List"] and ["DELETE", "7"] work"""
        self.assertEqual(learner.parse_command(["ADD", "Bo", "bo@x.io"]), {"command": "add", "name": "Bo", "email": "bo@x.io"})
        self.assertEqual(learner.parse_command(["List"]), {"command": "list", "active_only": False})
        self.assertEqual(learner.parse_command(["DELETE", "7"]), {"command": "delete", "id": 7})

    def test_unknown_command(self):
        """["remove", "3"] returns the error "Unknown command: remove", and ["Purge"] keeps its spelling"""
        self.assertEqual(learner.parse_command(["remove", "3"]), {"command": "error", "message": "Unknown command: remove"})
        self.assertEqual(learner.parse_command(["Purge"]), {"command": "error", "message": "Unknown command: Purge"})

    def test_does_not_modify_args(self):
        """parse_command leaves the caller's list unchanged: ["add", "Ada", "ada@example.com"] is still three items afterwards"""
        args = ["add", "Ada", "ada@example.com"]
        learner.parse_command(args)
        self.assertEqual(args, ["add", "Ada", "ada@example.com"])
        args = ["delete", "42"]
        learner.parse_command(args)
        self.assertEqual(args, ["delete", "42"])
