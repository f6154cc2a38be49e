"""The one helper that runs background work: a coroutine on the qasync loop, with success,
failure and progress wired back to widgets. Coroutines return data and never touch a widget."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Job(QObject):
    progress = Signal(int, int)  # done, total (total 0: unknown)

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.task: asyncio.Task[Any] | None = None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


class JobRunner(QObject):
    """Starts jobs and tells the status bar how many run and what the latest is."""

    running_changed = Signal(int, str)  # number running, label of the newest running job
    failed = Signal(str)  # a user-facing message for a job without its own error handler

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []  # the ones the status bar shows
        self._quiet: set[Job] = set()
        self.closed = False  # the app closed its data: no new work, and none still running

    @property
    def running(self) -> int:
        return len(self._jobs)

    def start(
        self,
        label: str,
        work: Callable[[Job], Awaitable[Any]] | Awaitable[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        quiet: bool = False,
    ) -> Job:
        """Run `work` (a coroutine, or a function taking the Job for progress) in the background.

        `quiet` jobs (short reads) do not show in the status bar.
        """
        job = Job(label, self)
        coroutine = work(job) if callable(work) else work
        try:
            if self.closed:  # a timer that fired while the app closes: its data is gone
                raise RuntimeError("the app is closing")
            job.task = asyncio.ensure_future(coroutine)
        except RuntimeError:  # the app is closing (or its loop is gone): nothing more to do
            if asyncio.iscoroutine(coroutine):
                coroutine.close()
            job.deleteLater()
            return job
        if quiet:
            self._quiet.add(job)
        else:
            self._jobs.append(job)
            self._announce()
        job.task.add_done_callback(lambda task: self._finished(job, task, on_done, on_error, quiet))
        return job

    def close(self) -> None:
        """The app closes its data: cancel every job, quiet ones too (they would fail on closed data and
        report it to closed windows), and start no new ones."""
        self.closed = True
        for job in [*self._jobs, *self._quiet]:
            job.cancel()

    def _finished(self, job: Job, task: asyncio.Task[Any], on_done, on_error, quiet: bool) -> None:
        self._quiet.discard(job)
        if not quiet and job in self._jobs:
            self._jobs.remove(job)
            self._announce()
        job.deleteLater()
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            # Every failure goes to the log with its traceback, also those the caller shows itself:
            # their messages say "details are in the log file", and this makes it true.
            log_failure(f"background job {job.label!r} failed", error)
        try:
            if error is None:
                if on_done is not None:
                    on_done(task.result())
            elif on_error is not None:
                on_error(error)
            else:
                self.failed.emit(user_message(error))
        except Exception as slip:  # noqa: BLE001 - a widget's handler failed: say so, keep the app
            log_failure(f"showing the result of {job.label!r} failed", slip)
            self.failed.emit(user_message(slip))

    def _announce(self) -> None:
        self.running_changed.emit(len(self._jobs), self._jobs[-1].label if self._jobs else "")


def log_failure(what: str, error: BaseException) -> None:
    """Log a failure with its traceback: as an error when it was unexpected or has a technical cause,
    as information when it is a plain refusal the message already explains."""
    from desktop.errors import has_details

    log.log(logging.ERROR if has_details(error) else logging.INFO, what, exc_info=error)


def user_message(error: BaseException) -> str:
    """The error in the user's words; when the log knows more (and could be written), where it is."""
    from desktop.errors import has_details, plain_message, with_log_hint
    from desktop.logs import log_file

    message = plain_message(error)
    where = log_file() if has_details(error) else None
    if where is None:
        return message
    return with_log_hint(message, where)
