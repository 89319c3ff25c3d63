"""``python -m az_tr_relations.validate [DIR]``: check data versions, exit 1 on any problem."""

import sys

from . import main

sys.exit(main())
