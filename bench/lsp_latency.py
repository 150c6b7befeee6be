#!/usr/bin/env python3
"""Times `align lsp` as a writer feels it: from an edit (didChange) to the diagnostics of the
edited file, on a repository whose cache is warm. Prints the median and the 90th percentile.

    python3 bench/lsp_latency.py ALIGN-BINARY REPOSITORY [EDITS]
"""
import json
import os
import statistics
import subprocess
import sys
import time

binary, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 30
server = subprocess.Popen([binary, "lsp", "--debounce", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=root)


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    header = b""
    while not header.endswith(b"\r\n\r\n"):
        header += server.stdout.read(1)
    return json.loads(server.stdout.read(int(header.split(b":")[1].split(b"\r\n")[0])))


def diagnostics(uri):
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
            return message["params"]["diagnostics"]


# A page of the site: the kind of document a writer edits most.
page = next(os.path.join(folder, name) for folder, _, names in sorted(os.walk(os.path.join(root, "site")))
            for name in sorted(names) if name.endswith(".md") or name.endswith(".html"))
uri = "file://" + page
text = open(page, encoding="utf-8").read()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"rootUri": "file://" + root, "capabilities": {}}})
receive()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
diagnostics(uri)
times = []
for version in range(2, edits + 2):
    edited = text + ("\nWe reply within %d hours.\n" % (24 + version % 3))
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]}})
    diagnostics(uri)
    times.append((time.perf_counter() - started) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
receive()
send({"jsonrpc": "2.0", "method": "exit"})
server.wait()
times.sort()
print(f"edits: {len(times)}  median: {statistics.median(times):.1f} ms  p90: {times[int(len(times) * 0.9) - 1]:.1f} ms  "
      f"min: {times[0]:.1f} ms  max: {times[-1]:.1f} ms")
