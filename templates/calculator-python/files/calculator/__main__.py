"""`python -m calculator ...` runs the command-line interface."""

from calculator.cli import main

raise SystemExit(main())
