"""A network label printer's raw port for the tests: a real TCP server on 127.0.0.1 that keeps
every byte each connection sends until the sender closes it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class RawPort:
    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)  # so that close() is noticed between connections
        self.port = self.server.getsockname()[1]
        self._stop = threading.Event()
        self.jobs: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._done = threading.Event()
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:  # closed
                return
            conn.settimeout(10)
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))
                self._done.set()

    def wait_for_job(self, timeout: float = 10.0) -> bytes:
        assert self._done.wait(timeout), "the printer received nothing"
        self._done.clear()
        return self.jobs[-1]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()


@contextmanager
def raw_printer() -> Iterator[RawPort]:
    port = RawPort()
    try:
        yield port
    finally:
        port.close()


def refused_address() -> str:
    """host:port where nothing listens (a port just freed)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"127.0.0.1:{port}"
