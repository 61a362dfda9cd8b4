"""Local sinks on 127.0.0.1 for the notification tests: a minimal SMTP server and an HTTP webhook receiver."""

from __future__ import annotations

import http.server
import socketserver
import threading


class _SMTPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink ESMTP\r\n")
        data, in_data = [], False
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace")
            if in_data:
                if line.rstrip("\r\n") == ".":
                    in_data = False
                    self.server.messages.append("".join(data))
                    data = []
                    self.wfile.write(b"250 OK\r\n")
                else:
                    data.append(line)
                continue
            command = line[:4].upper()
            if command in ("EHLO", "HELO"):
                self.wfile.write(b"250 sink\r\n")
            elif command == "DATA":
                in_data = True
                self.wfile.write(b"354 go on\r\n")
            elif command == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 OK\r\n")


class SMTPSink(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _SMTPHandler)
        self.messages: list[str] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]


class WebhookSink(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fail_first: int = 0):
        sink = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
                if sink.failures < sink.fail_first:
                    sink.failures += 1
                    self.send_response(503)
                else:
                    sink.bodies.append(body)
                    self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.bodies: list[str] = []
        self.fail_first, self.failures = fail_first, 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/robot"
