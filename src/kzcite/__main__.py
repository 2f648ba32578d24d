"""``python -m kzcite`` runs the command line."""

import sys

from kzcite.cli import main

sys.exit(main())
