"""PyInstaller entry point: the same `main` as the `kurzdraht` command and `python -m desktop`."""

import sys

from desktop.cli.main import main

sys.exit(main())
