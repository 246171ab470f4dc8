"""Heavy work in a small pool of worker processes that are ended when a request's time is up.

A thread cannot be stopped: a DOCX render of a long Lembar that passed its time limit used to
finish in its thread anyway, and a burst of them piled up threads and memory while light
requests (``GET /v1/due``) waited for the interpreter. Here each check, state, render and
flowchart runs in one of ``size`` worker processes:

- **Bounded.** At most ``size`` jobs run at once, and at most ``queue`` more wait for a process.
  Beyond that a request is refused before anything starts (`PoolBusy`: the service answers 503
  with ``Retry-After``).
- **Ended at the deadline.** The deadline counts from when the request, its body read, asks
  for a worker: a job still waiting for a process when it passes is never started; a job still
  running is ended with SIGKILL (its process and all its memory go), and a fresh process takes
  its place for the next job (`PoolTimeout`: 503).
- **Behind the server.** Workers run at a lower CPU priority (`NICENESS`): when renders keep
  every core busy, the server's process, which answers ``due`` and ``agencies`` itself, still
  gets the CPU first.
- **Cheap to start.** Processes are forked from a fork server (`multiprocessing`'s
  ``forkserver``) that imported the library, the document writers and every agency plugin once
  (`uji_konsekuensi.service._preload`): a new worker is a fork of a warm process, not a new
  interpreter, and nothing is forked from the server's own threads.

A job is a module-level function and its arguments (pickled). It answers ``("ok", value)``, or,
for an exception, the finished error answer the service would give (status, headers, body),
built in the worker by the same code (`uji_konsekuensi.service.app._answer`), so no exception
object has to travel between processes and an internal error is logged, with its id, where it
happened.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import anyio
import anyio.to_thread

log = logging.getLogger("uji_konsekuensi.service")

#: What the fork server imports once (the library, the writers, the plugins).
PRELOAD = "uji_konsekuensi.service._preload"
#: A worker resident beyond this after a job is replaced by a fresh fork (it starts at ~70 MB).
MAX_RESIDENT = 512 * 1024 * 1024
#: Added to a worker's nice value (Linux: the server then gets about ten times its CPU share).
NICENESS = 10


#: Makes the error answer of an exception a job raised, in the worker: (status, headers, body).
Answer = Callable[[BaseException, Any], tuple[int, list[tuple[str, str]], bytes]]


class PoolBusy(Exception):
    """Every worker is busy and the queue is full: nothing was started."""


class PoolTimeout(Exception):
    """The deadline passed: the job never started, or its worker was ended."""

    def __init__(self, started: bool) -> None:
        super().__init__("started" if started else "not started")
        self.started = started


class WorkerLost(Exception):
    """The worker process died during the job (killed by the system, out of memory)."""


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        ctx.set_forkserver_preload([PRELOAD])
    return ctx


def _worker_main(conn: Connection, answer: Answer) -> None:
    """A worker's life: answer jobs one at a time until the pool closes its end of the pipe."""
    from ..i18n import language

    # Below the server's priority: when the cores are busy rendering, the server process, which
    # answers the light requests (due, agencies), still gets the CPU first.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICENESS)
    while True:
        try:
            func, args, lang = conn.recv()
        except (EOFError, OSError):
            return
        try:
            with language(lang):
                reply: tuple[Any, ...] = ("ok", func(*args))
        except Exception as exc:
            reply = ("answer", *answer(exc, lang))
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    """One process and the parent's end of its pipe (None until started, or after it was
    ended)."""

    def __init__(self, ctx: Any, answer: Answer) -> None:
        self.ctx = ctx
        self.answer = answer
        self.process: Any = None
        self.conn: Connection | None = None

    def alive(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def resident(self) -> int:
        """The process's resident memory in bytes (Linux; 0 where /proc cannot tell)."""
        if self.process is None:
            return 0
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as handle:
                pages = int(handle.read().split()[1])
        except (OSError, ValueError, IndexError):
            return 0
        return pages * os.sysconf("SC_PAGE_SIZE")

    def start(self) -> None:
        parent, child = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(
            target=_worker_main,
            args=(child, self.answer),
            name="uji-konsekuensi-worker",
            daemon=True,
        )
        process.start()
        child.close()
        self.process, self.conn = process, parent

    def end(self) -> None:
        """SIGKILL: a job past its deadline may hold any lock or any amount of memory."""
        process, conn = self.process, self.conn
        self.process = self.conn = None
        if process is not None:
            with contextlib.suppress(Exception):
                process.kill()
                process.join(5)
                process.close()
        if conn is not None:
            conn.close()


class WorkerPool:
    """``size`` worker processes, at most ``queue`` jobs waiting (see the module notes).
    ``answer``: a module-level function (it is pickled) making the error answer of an
    exception a job raised (`uji_konsekuensi.service.app.answer_parts`)."""

    def __init__(self, size: int, queue: int, answer: Answer) -> None:
        self.size = size
        self.queue = queue
        self._ctx = _context()
        self._idle = [_Worker(self._ctx, answer) for _ in range(size)]
        self._every = list(self._idle)
        self._waiting = 0
        self._closed = False
        self._slots: anyio.Semaphore | None = None

    def full(self) -> bool:
        """Every worker busy and the queue full: a job now would be refused."""
        slots = self._semaphore()
        return self._closed or (slots.value == 0 and self._waiting >= self.queue)

    # --- running jobs ---

    def _semaphore(self) -> anyio.Semaphore:
        if self._slots is None:
            self._slots = anyio.Semaphore(self.size)
        return self._slots

    async def warm(self) -> None:
        """Start every worker now (at the service's start) instead of at its first job."""
        slots = self._semaphore()
        for worker in list(self._every):
            async with slots:
                # Idle and not yet started: a job may have taken (and started) it meanwhile.
                if worker in self._idle and not worker.alive():
                    self._idle.remove(worker)
                    try:
                        await anyio.to_thread.run_sync(worker.start)
                    finally:
                        self._idle.append(worker)

    async def run(self, deadline: float, lang: str, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` in a worker, in ``lang``, by ``deadline`` (`anyio.current_time`).
        Returns ``("ok", value)`` or ``("answer", status, headers, body)``; raises `PoolBusy`,
        `PoolTimeout` or `WorkerLost`."""
        slots = self._semaphore()
        if self.full():
            raise PoolBusy("full")
        self._waiting += 1
        try:
            with anyio.fail_after(max(0.0, deadline - anyio.current_time())):
                await slots.acquire()
        except TimeoutError:
            raise PoolTimeout(started=False) from None
        finally:
            self._waiting -= 1
        worker = self._idle.pop()
        try:
            return await self._job(worker, deadline, lang, func, args)
        finally:
            if worker.resident() > MAX_RESIDENT:
                # A long PDF leaves the worker's heap large: a fresh fork gives it back.
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(worker.end)
            self._idle.append(worker)
            slots.release()

    async def _job(
        self, worker: _Worker, deadline: float, lang: str, func: Callable[..., Any], args: Any
    ) -> Any:
        finished = False
        try:
            with anyio.fail_after(max(0.0, deadline - anyio.current_time())):
                if not worker.alive():
                    worker.end()
                    await anyio.to_thread.run_sync(worker.start)
                conn = worker.conn
                assert conn is not None
                # A body of a megabyte fills the pipe many times over: the event loop must not
                # wait for the worker to read it.
                await anyio.to_thread.run_sync(
                    conn.send, (func, args, lang), abandon_on_cancel=True
                )
                await anyio.wait_readable(conn.fileno())
                # The whole answer follows its length: read it off the event loop.
                reply = await anyio.to_thread.run_sync(conn.recv, abandon_on_cancel=True)
                finished = True
                return reply
        except TimeoutError:
            raise PoolTimeout(started=True) from None
        except (EOFError, OSError, BrokenPipeError) as exc:
            raise WorkerLost(str(exc)) from None
        finally:
            if not finished:
                # Past its deadline, cancelled, or its pipe broke: the process goes, whatever it
                # was doing; the next job of this slot gets a fresh one.
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(worker.end)

    async def close(self) -> None:
        self._closed = True
        for worker in self._every:
            await anyio.to_thread.run_sync(worker.end)


__all__ = ["PoolBusy", "PoolTimeout", "WorkerLost", "WorkerPool"]
