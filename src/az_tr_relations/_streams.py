"""Writing to stdout and stderr from a command line without ever failing: a closed, full or broken
stream is reported (or, for a reader that went away, passed over), never a traceback."""

from __future__ import annotations

import os
import sys

from ._text import printable

__all__ = ["write_err", "write_out"]


def write_out(text: str) -> str | None:
    """Print `text` and a newline (nothing when it is empty) to stdout, then flush. Returns None
    when written, else why not: ``""`` when the reader went away (``| head``: nothing to say),
    otherwise the reason ("No space left on device", "standard output is closed")."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (">&-")
        return "standard output is closed"
    try:
        if text:
            stream.write(text + "\n")
        stream.flush()
    except BrokenPipeError:
        _detach_stdout()
        return ""
    except (OSError, ValueError) as error:  # a full disk, a closed file
        _detach_stdout()
        return str(getattr(error, "strerror", None) or error)
    return None


def _detach_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit fails no more."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        sys.stdout = None  # a stream without a file descriptor


def write_err(line: str) -> None:
    """Write one line to stderr, control characters escaped and in characters its encoding holds;
    silent when stderr is gone."""
    stream = sys.stderr
    if stream is None:
        return
    text = printable(line).replace("\n", " ")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass  # nowhere left to say it
