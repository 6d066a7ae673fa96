"""``python -m vnnews COMMAND``: the same command line as the ``vnnews`` script."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
