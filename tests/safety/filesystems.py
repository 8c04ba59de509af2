"""Small real filesystems and another user, for disk-full, read-only and permission faults.

A size-limited tmpfs gives a true "disk full" (ENOSPC) and can be remounted read-only; it needs
mount rights (root with CAP_SYS_ADMIN, as in the CI container). Without them those tests are
skipped and the RLIMIT_FSIZE test still covers a write the system refuses. Permission tests run the
command as the user `nobody` when the tests run as root (root ignores file modes)."""

from __future__ import annotations

import contextlib
import os
import pwd
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest


@contextlib.contextmanager
def tiny_filesystem(where: Path, size: str):
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def fill_up(folder: Path, leave: int = 0) -> None:
    """Write a filler file until the filesystem holding `folder` has no space left (then give back
    `leave` bytes)."""
    with open(folder / "filler", "ab") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
        with contextlib.suppress(OSError):
            os.fsync(handle.fileno())
    if leave:
        filler = folder / "filler"
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def file_size_limit(limit: int):
    """A preexec_fn: writes past `limit` bytes fail (EFBIG) instead of killing the process."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_as_another_user(argv: list[str], home: Path) -> tuple[int, str]:
    """Run `relnote argv` as `nobody` in a forked child of this interpreter (when we are root,
    file modes do not apply to us; the interpreter itself may sit where `nobody` cannot read).
    Returns the exit status and what it wrote to stderr."""
    from relnote import cli

    cli.build_parser()  # import every command module before giving up root
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        sys.stderr = os.fdopen(write_end, "w", buffering=1)
        status = 70
        try:
            if os.geteuid() == 0:
                nobody = pwd.getpwnam("nobody")
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
            os.environ["HOME"] = str(home)
            status = cli.main(argv)
            sys.stderr.flush()
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(status if isinstance(status, int) else 1)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        errors = pipe.read()
    _, wait_status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(wait_status), errors


def chown_to_another_user(path: Path) -> None:
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(path, nobody.pw_uid, nobody.pw_gid)


def open_to_everyone(path: Path) -> None:
    """Let another user reach `path` (the test's temporary folders are private to root)."""
    for folder in [path, *path.parents]:
        if folder == Path("/"):
            break
        mode = folder.stat().st_mode
        if not mode & 0o001:
            folder.chmod(mode | 0o711)
