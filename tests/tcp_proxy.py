"""A TCP proxy a test can cut: in front of a PostgreSQL server, it can drop a connection right
after the client sent COMMIT (the server commits; the answer never arrives)."""

from __future__ import annotations

import socket
import threading
import time


class CuttingProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = int(self.listener.getsockname()[1])
        self.cut_after_commit = False  # the next COMMIT reaches the server; its answer is lost
        self.commits_cut = 0
        self._open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self._open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            muted = threading.Event()  # set: the server's answers are no longer passed on
            threading.Thread(target=self._pipe, args=(client, server, True, muted), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False, muted), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, from_client: bool, muted: threading.Event) -> None:
        try:
            while data := source.recv(65536):
                if not from_client and muted.is_set():
                    return
                cut = from_client and self.cut_after_commit and b"COMMIT" in data
                if cut:
                    muted.set()
                sink.sendall(data)
                if cut:
                    self.cut_after_commit = False
                    self.commits_cut += 1
                    time.sleep(0.3)  # the server has committed; the client never hears it
                    for sock in (source, sink):
                        sock.shutdown(socket.SHUT_RDWR)
                    return
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.close()
                except OSError:
                    pass

    def close(self) -> None:
        self._open = False
        self.listener.close()
