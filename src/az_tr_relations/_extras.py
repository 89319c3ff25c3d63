"""Optional dependencies: a clear error naming the extra to install when one is missing."""

from __future__ import annotations

import importlib

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra that brings it.

    >>> str(MissingExtraError("to_pandas()", "pandas", "pandas"))
    'to_pandas() needs pandas, which is not installed; install it with: pip install "az-tr-relations[pandas]"'
    """

    def __init__(self, feature: str, module: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs {module}, which is not installed; "
            f'install it with: pip install "az-tr-relations[{extra}]"',
            name=module,
        )
        self.extra = extra


def require(feature: str, module: str, extra: str) -> None:
    """Import `module`, or raise `MissingExtraError` naming the extra that installs it.

    >>> require("sorting", "json", "none")
    >>> require("tables", "no_such_module_here", "tables")
    Traceback (most recent call last):
    ...
    az_tr_relations._extras.MissingExtraError: tables needs no_such_module_here, which is not installed; install it with: pip install "az-tr-relations[tables]"
    """
    try:
        importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(feature, module, extra) from error
