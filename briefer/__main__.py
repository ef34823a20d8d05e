"""``python -m briefer`` runs the ``brief`` command."""

from .cli import main

if __name__ == "__main__":
    main()
