"""Putting a set of files into a folder as one step: written beside it first, moved into place only
when every file is complete, put back as they were if any move fails.

Nothing is written through a symbolic link: files are created fresh in a new staging folder, and a
link in the target named like a package file is replaced, never followed.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import shown

__all__ = ["FolderNotEmptyError", "place", "write_file"]


class FolderNotEmptyError(FileExistsError):
    """The export's folder holds files already and replacing the package's files was not asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            errno.EEXIST,
            f"directory: {shown(str(folder))} is not empty; pass overwrite=True to replace the data "
            "package's files in it (its other files stay), or give a new or empty folder",
        )

    def __str__(self) -> str:
        return str(self.strerror)


def write_file(path: Path, data: bytes) -> None:
    """Create `path` (never an existing file or link) holding `data`."""
    with open(path, "xb") as file:
        file.write(data)


def _is_folder(path: Path) -> bool:
    """Whether `path` is a folder itself (not a link to one)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _named(error: OSError, path: Path, doing: str) -> OSError:
    """`error` naming `path` (the file in the target, never the staging folder) and what failed."""
    return OSError(error.errno, f"{doing}: {error.strerror or error}", str(path))


def _create_parents(folder: Path) -> list[Path]:
    """Make the missing folders above `folder`; the ones made, the topmost first."""
    missing = [parent for parent in folder.parents if not os.path.lexists(parent)][::-1]
    for parent in missing:
        try:
            os.mkdir(parent)
        except OSError as error:
            _remove_folders(missing)
            raise _named(error, parent, "cannot create the folder") from None
    return missing


def _remove_folders(made: list[Path]) -> None:
    """Remove the folders `_create_parents` made, deepest first, as far as they are empty."""
    for parent in reversed(made):
        try:
            os.rmdir(parent)
        except OSError:
            return


def _staging(folder: Path) -> Path:
    """A new, empty folder beside `folder`; inside it (when it exists) if its parent cannot take
    one or lies on another file system (a mount point), whence files could not be moved."""
    places = [folder.parent]
    if folder.is_dir():
        inside_first = os.stat(folder).st_dev != os.stat(folder.parent).st_dev
        places = [folder, folder.parent] if inside_first else [folder.parent, folder]
    failure: OSError | None = None
    for beside in places:
        for _ in range(100):
            candidate = beside / f".{folder.name}.{os.urandom(4).hex()}.partial"
            try:
                os.mkdir(candidate)
            except FileExistsError:
                continue
            except OSError as error:
                failure = _named(error, beside, "cannot create a staging folder beside the target")
                break
            return candidate
    raise failure or FileExistsError(errno.EEXIST, "no free name for a staging folder", str(folder.parent))


def _swap(folder: Path, staging: Path, names: list[str], stale: list[str]) -> None:
    """Move the new files `names` from `staging` into `folder`, the files they replace and the
    package's `stale` files out to ``staging/.replaced``; put everything back if anything fails.
    Should putting back fail too, the replaced files stay in ``.replaced`` and the error says so."""
    backup = staging / ".replaced"
    os.mkdir(backup)
    moved_out: list[str] = []
    moved_in: list[str] = []
    name = ""
    try:
        for name in [*names, *stale]:
            target = folder / name
            if _is_folder(target):
                raise IsADirectoryError(
                    errno.EISDIR, "a folder is where a file of the package goes", str(target)
                )
            if os.path.lexists(target):
                os.replace(target, backup / name)  # a link is moved itself, never followed
                moved_out.append(name)
            if name in names:
                os.replace(staging / name, target)
                moved_in.append(name)
    except BaseException as error:
        try:
            for moved in reversed(moved_in):
                os.replace(folder / moved, staging / moved)
            for moved in reversed(moved_out):
                os.replace(backup / moved, folder / moved)
        except OSError as failure:
            raise OSError(
                failure.errno, f"cannot put the replaced files back; they are in {backup}", str(folder / name)
            ) from error
        if isinstance(error, OSError) and not isinstance(error, IsADirectoryError):
            raise _named(error, folder / name, "cannot move the new file into place") from None
        raise


def _empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def place(folder: Path, files: Mapping[str, bytes], package: Iterable[str], overwrite: bool) -> None:
    """Write `files` (name -> bytes) into `folder` as one step. A folder that does not exist is
    made; an existing one must be empty unless `overwrite`, and then the files of `package` (every
    name an export may write) are replaced or removed, and no other. On any error, `folder` is
    left as it was and the error names the file."""
    folder = Path(os.path.abspath(folder))  # "." has a parent to stage beside; links are kept
    if folder.is_dir() and not overwrite and not _empty(folder):
        raise FolderNotEmptyError(folder)
    made = _create_parents(folder)
    try:
        staging = _staging(folder)
    except OSError:
        _remove_folders(made)
        raise
    done = False
    try:
        for name, data in files.items():
            try:
                write_file(staging / name, data)
            except OSError as error:
                raise _named(error, folder / name, "cannot write") from None
        if os.path.lexists(folder):
            stale = [name for name in package if name not in files and not _is_folder(folder / name)]
            _swap(folder, staging, list(files), stale)
        else:
            try:
                os.rename(staging, folder)
            except OSError as error:
                raise _named(error, folder, "cannot move the new folder into place") from None
        done = True
    finally:
        backup = staging / ".replaced"
        if done or not (backup.is_dir() and not _empty(backup)):  # never lose a replaced file
            shutil.rmtree(staging, ignore_errors=True)
        if not done:
            _remove_folders(made)
