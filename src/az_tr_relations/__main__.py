"""``python -m az_tr_relations``: the command line."""

import sys

from .cli import main

sys.exit(main())
