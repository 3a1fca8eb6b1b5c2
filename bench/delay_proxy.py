"""A TCP proxy that delays every chunk by N ms each way and counts round trips.

Put in front of PostgreSQL it plays a station on a slow Wi-Fi or VPN link. A *round
trip* is counted each time the client starts talking again after the server has
answered (a client->server burst that follows server data, or the first one): however
many statements a pipelined batch holds, it costs one; a statement that waits for the
answer of the one before costs one more. ``counter.turns`` is that count; reset it
around the work you measure.

Used by ``bench_pg_trips.py`` (round trips per scan) and ``bench_gui_stall.py``.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field


@dataclass
class Counter:
    """Round trips (client bursts after server data) and bytes, across every connection."""

    turns: int = 0
    client_bytes: int = 0
    server_bytes: int = 0
    _answered: dict[int, bool] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self._lock:
            self.turns = self.client_bytes = self.server_bytes = 0

    def client(self, conn: int, size: int) -> None:
        with self._lock:
            if self._answered.get(conn, True):
                self.turns += 1
            self._answered[conn] = False
            self.client_bytes += size

    def server(self, conn: int, size: int) -> None:
        with self._lock:
            self._answered[conn] = True
            self.server_bytes += size


def start_delay_proxy(target_host: str, target_port: int, delay_s: float,
                      counter: Counter | None = None) -> int:
    """Start the proxy on a free local port in a daemon thread; return the port.

    Each chunk is forwarded ``delay_s`` after it arrived (in order, so a burst keeps its
    order and its spacing). Client chunks are counted when they arrive, server chunks when
    they are delivered to the client, so the count follows what the client saw.
    """
    ready = threading.Event()
    port: list[int] = []
    count = counter or Counter()
    serial = iter(range(1 << 62))

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, conn: int, upstream: bool) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def deliver() -> None:
            while (entry := await queue.get()) is not None:
                due, data = entry
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not upstream:
                    count.server(conn, len(data))
                writer.write(data)
                await writer.drain()
            writer.close()

        sender = asyncio.create_task(deliver())
        try:
            while data := await reader.read(65536):
                if upstream:
                    count.client(conn, len(data))
                queue.put_nowait((loop.time() + delay_s, data))
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            queue.put_nowait(None)
            try:
                await sender
            except ConnectionError:
                pass

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        conn = next(serial)
        server_r, server_w = await asyncio.open_connection(target_host, target_port)
        await asyncio.gather(pipe(client_r, server_w, conn, True), pipe(server_r, client_w, conn, False))

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port.append(server.sockets[0].getsockname()[1])
        ready.set()
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True, name="delay-proxy").start()
    if not ready.wait(5):
        raise RuntimeError("the delay proxy did not start")
    return port[0]
