"""Manage users stored in a local JSON file."""

__version__ = "0.1.0"
