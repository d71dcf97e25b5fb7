"""Start `rasa run` with the measured performance patches of rasa_addons/patches.py (applied only
on the Rasa version they were written for)."""
import sys

from rasa_addons import patches

if __name__ == "__main__":
    from rasa.__main__ import main

    patches.apply()
    sys.argv = ["rasa", *sys.argv[1:]]
    main()
