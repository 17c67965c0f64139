"""Values read from metadata.txt (the single place the version is written)."""

import os

METADATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "metadata.txt")


def plugin_version():
    import configparser  # here: the module is loaded with the plugin, the version read later
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser.get("general", "version", fallback="")
