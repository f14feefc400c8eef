"""Run first in each process of a spawned pool (see :class:`.parallel._Initialiser`).

It imports the plugin package by its folder under the name the starting
process gave it (``PACKAGE`` and ``ROOT`` are set by whoever runs this file),
so that the work sent afterwards, which names the package's functions and
classes, can be read; ``initialise`` then hands the pool's shared data to
:mod:`.parallel`.
"""

import importlib
import importlib.util
import sys

PACKAGE = globals().get("PACKAGE", __package__.rsplit(".", 1)[0] if __package__ else "place_insight")
ROOT = globals().get("ROOT", "")

if ROOT and PACKAGE not in sys.modules:  # (nothing to do when imported as a module of the package)
    _spec = importlib.util.spec_from_file_location(PACKAGE, f"{ROOT}/__init__.py", submodule_search_locations=[ROOT])
    if _spec is None or _spec.loader is None:
        raise ImportError(f"cannot load the plugin package from {ROOT}")
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[PACKAGE] = _module
    _spec.loader.exec_module(_module)


def initialise(shared, _package=PACKAGE) -> None:
    """The pool's initializer: keep ``shared`` for every task of this process.

    (It names nothing of this file's globals, which :func:`runpy.run_path` may clear once it has run.)

    Parameters
    ----------
    shared
        The data every task of the pool reads (numpy arrays, or an :class:`~engine.parallel.ArrayFile`).
    _package
        The package name the plugin is imported under in the child process.
    """
    import importlib

    importlib.import_module(_package + ".engine.parallel")._set_shared(shared)
