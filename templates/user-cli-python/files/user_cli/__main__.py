"""`python -m user_cli ...` runs the command-line interface."""

from user_cli.cli import main

raise SystemExit(main())
