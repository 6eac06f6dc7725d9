#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# `pace serve` over plain HTTP against a real server on a copy of the 2026 example (ctest
# serve.http): the URL line, the token (401/403, cookie), Host (DNS rebinding), Origin (CSRF),
# body limits (Content-Length and chunked), no path but the page and the API, the security
# headers, a one-line edit answering the new level, a bad edit (400, validate's text, file
# untouched), a change on disk (409), a new evidence item, SIGTERM (exit 0).
# usage: serve_http.py PACE SOURCE_DIR WORK_DIR. Exit 0 pass, 1 fail.
import difflib
import http.client
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

pace = str(Path(sys.argv[1]).resolve())
root, work = Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
failures = 0


def check(condition, what):
    global failures
    print(("ok: " if condition else "FAIL: ") + what)
    if not condition:
        failures += 1


shutil.rmtree(work, ignore_errors=True)
(work / "other").mkdir(parents=True)
source = root / "assessments/example/2026.toml"
questionnaire = work / "q.toml"
shutil.copy(source, questionnaire)


def start():
    proc = subprocess.Popen([pace, "serve", "q.toml"], cwd=work, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    return proc, line


server, line = start()
match = re.fullmatch(r"pace serve: http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32})\n", line)
check(match is not None, "prints the URL line: " + line.strip())
if not match:
    server.kill()
    sys.exit(1)
port, token = int(match.group(1)), match.group(2)
host = f"127.0.0.1:{port}"


def request(method, path, body=None, headers=None, token_header=True):
    h = {"Host": host}
    if token_header:
        h["X-Pace-Token"] = token
    h.update(headers or {})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for k, v in h.items():
        conn.putheader(k, v)
    data = body.encode() if isinstance(body, str) else body
    if data is not None:
        conn.putheader("Content-Length", str(len(data)))
    conn.endheaders()
    if data is not None:
        conn.send(data)
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), payload.decode("utf-8", "replace")


def post(path, doc, headers=None):
    h = {"Content-Type": "application/json"}
    h.update(headers or {})
    return request("POST", path, json.dumps(doc), h)


original = questionnaire.read_bytes()

# The token.
status, _, _ = request("GET", "/", token_header=False)
check(status == 401, f"no token: GET / is 401 ({status})")
status, _, _ = request("GET", "/api/state", token_header=False)
check(status == 401, f"no token: GET /api/state is 401 ({status})")
status, _, _ = request("GET", "/api/state", headers={"X-Pace-Token": "0" * 32})
check(status == 403, f"wrong token: 403 ({status})")
status, _, _ = request("POST", "/api/edit", json.dumps({"process": "MGT.1", "indicator": "BP1",
                       "rating": "N"}), {"Content-Type": "application/json"}, token_header=False)
check(status == 401, f"no token: POST /api/edit is 401 ({status})")
status, headers, _ = request("GET", f"/?token={token}", token_header=False)
cookie = headers.get("Set-Cookie", "")
check(status == 303 and headers.get("Location") == "/", f"token in the URL: 303 to / ({status})")
check(cookie == f"pace_token={token}; HttpOnly; SameSite=Strict; Path=/",
      "token in the URL: HttpOnly SameSite=Strict cookie: " + cookie)
status, headers, page = request("GET", "/", headers={"Cookie": f"pace_token={token}"},
                                token_header=False)
check(status == 200 and "<title>pace workspace</title>" in page, f"cookie: the page ({status})")

# The headers of every answer, and a page without inline code.
csp = headers.get("Content-Security-Policy", "")
check("default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp,
      "strict Content-Security-Policy: " + csp)
check(headers.get("X-Content-Type-Options") == "nosniff", "X-Content-Type-Options: nosniff")
check(headers.get("Cache-Control") == "no-store", "Cache-Control: no-store")
scripts = re.findall(r"<script[^>]*>", page)
check(scripts == ['<script src="/app.js" defer>'], f"one external script, none inline: {scripts}")
check(re.search(r"\son[a-z]+=", page) is None and "style=" not in page,
      "no inline event handler or style")
status, headers, js = request("GET", "/app.js")
check(status == 200 and headers.get("Content-Type", "").startswith("text/javascript"),
      "app.js served as JavaScript")
check("innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js,
      "app.js never writes markup from data")
status, headers, _ = request("GET", "/nope", token_header=False)
check(status == 401 and "Content-Security-Policy" in headers, "refusals carry the headers too")

# Host (DNS rebinding).
for bad in ["evil.example", f"evil.example:{port}", "127.0.0.1", f"127.0.0.1:{port + 1}",
            f"localhost.evil.example:{port}"]:
    status, _, _ = request("GET", "/api/state", headers={"Host": bad})
    check(status == 403, f"Host '{bad}' refused ({status})")
status, _, _ = request("GET", "/api/state", headers={"Host": f"localhost:{port}"})
check(status == 200, f"Host 'localhost:{port}' allowed ({status})")

# Origin (CSRF) and the content type.
edit = {"process": "MGT.1", "indicator": "BP1", "rating": "N"}
for origin in ["http://evil.example", f"http://127.0.0.1:{port + 1}", "null",
               f"https://127.0.0.1:{port}"]:
    status, _, _ = post("/api/edit", edit, {"Origin": origin})
    check(status == 403, f"POST with Origin '{origin}' refused ({status})")
status, _, _ = request("POST", "/api/edit", json.dumps(edit), {"Content-Type": "text/plain"})
check(status == 415, f"POST as text/plain refused ({status})")
check(questionnaire.read_bytes() == original, "refused POSTs left the file untouched")

# Body limits.
big = "x" * ((1 << 20) + 1)
status, _, _ = request("POST", "/api/edit", big, {"Content-Type": "application/json"})
check(status == 413, f"body over 1 MiB refused ({status})")


def chunked_post(size):
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    s.sendall((f"POST /api/edit HTTP/1.1\r\nHost: {host}\r\nX-Pace-Token: {token}\r\n"
               "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode())
    chunk = b"x" * 65536
    sent = 0
    try:
        while sent < size:
            s.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            sent += len(chunk)
        s.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the server may close once it has refused
    answer = b""
    try:
        while True:
            data = s.recv(65536)
            if not data:
                break
            answer += data
    except OSError:
        pass
    s.close()
    return answer.split(b"\r\n", 1)[0].decode()


status_line = chunked_post(4 << 20)
check(" 413 " in status_line, f"chunked body over 1 MiB refused ({status_line})")
status, _, _ = request("GET", "/api/state", "x", {})
check(status == 400, f"GET with a body refused ({status})")
check(questionnaire.read_bytes() == original, "oversized bodies left the file untouched")

# No path but the page and the API.
for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/../../etc/passwd",
             "/q.toml", "/src/serve/assets/app.js", "/app.js/", "/api/", "/api/stat",
             "//etc/passwd", "/index.html/.."]:
    status, _, body = request("GET", path)
    check(status == 404 and "root:" not in body, f"GET {path} is 404 ({status})")
for method in ["PUT", "DELETE", "OPTIONS", "PATCH"]:
    status, _, _ = request(method, "/api/edit", "{}", {"Content-Type": "application/json"})
    check(status == 405, f"{method} refused ({status})")
status, _, _ = request("GET", "/api/edit")
check(status == 405, f"GET /api/edit refused ({status})")

# One rating: one line of the file, and the answer holds the new level.
status, _, text = request("GET", "/api/state")
state = json.loads(text)
before = next(p for p in state["score"]["processes"] if p["id"] == "MGT.1")
status, headers, text = post("/api/edit", edit, {"Origin": f"http://127.0.0.1:{port}"})
check(status == 200, f"edit MGT.1 BP1 = N: 200 ({status}: {text[:200]})")
answer = json.loads(text) if status == 200 else {}
check(answer.get("id") == "MGT.1" and answer.get("capability_level") == 1
      and before["capability_level"] >= 2,
      f"the answer is MGT.1 at its new level 1 (was {before['capability_level']}): "
      f"{answer.get('capability_level')}")
check(set(answer) >= {"id", "capability_level", "attributes", "why_not_next", "instances"},
      "the answer is a processes[] element of pace.score/1")
after = questionnaire.read_text().splitlines(keepends=True)
diff = [l for l in difflib.unified_diff(original.decode().splitlines(keepends=True), after, n=0)
        if l[:1] in "+-" and not l.startswith(("+++", "---"))]
check(diff == ['-BP1 = { rating = "F", evidence = ["E-06"] }\n',
               '+BP1 = { rating = "N", evidence = ["E-06"] }\n'],
      f"exactly one line changed: {diff}")
edited = questionnaire.read_bytes()

# A bad edit: 400 with validate's text, file untouched.
status, _, text = post("/api/edit", {"process": "MGT.1", "indicator": "BP2", "rating": "X"})
check(status == 400, f"invalid rating: 400 ({status})")
bad = edited.decode().replace('BP2 = { rating = "F", evidence = ["E-02"] }',
                              'BP2 = { rating = "X", evidence = ["E-02"] }', 1)
(work / "other/q.toml").write_text(bad)
validate = subprocess.run([pace, "validate", "q.toml"], cwd=work / "other", capture_output=True,
                          text=True)
error_block = text.rsplit("1 error", 1)[0]
check(text.startswith("q.toml:") and "error: unknown rating 'X'" in text
      and error_block in validate.stderr and validate.returncode == 1,
      "the 400 says what pace validate says:\n" + text)
status, _, text = post("/api/edit", {"process": "MGT.1", "indicator": "BP99", "rating": "F"})
check(status == 400 and "unknown indicator 'BP99'" in text, f"unknown indicator: 400 ({status})")
status, _, text = post("/api/edit", {"process": "NOPE.1", "indicator": "BP1", "rating": "F"})
check(status == 400, f"unknown process: 400 ({status}: {text.strip()})")
status, _, text = request("POST", "/api/edit", "{not json", {"Content-Type": "application/json"})
check(status == 400, f"not JSON: 400 ({status})")
check(questionnaire.read_bytes() == edited, "bad edits left the file untouched")

# A hostile note is stored as a TOML string and comes back as data.
hostile = '<img src=x onerror=alert(1)>"\\\n</script>'
status, _, _ = post("/api/edit", {"process": "MGT.1", "indicator": "BP1", "note": hostile})
status2, _, text = request("GET", "/api/state")
block = next(b for b in json.loads(text)["blocks"] if b["process"] == "MGT.1")
check(status == 200 and block["ratings"]["BP1"]["note"] == hostile,
      f"a hostile note round-trips as text ({status})")

# An evidence item goes after the last [[evidence]] block.
before_evidence = questionnaire.read_text()
status, _, text = post("/api/evidence", {"id": "E-99", "kind": "record", "title": "Visitor log",
                                         "ref": "", "date": "2026-03-01"})
check(status == 200 and any(e["id"] == "E-99" for e in json.loads(text)["evidence"]),
      f"evidence item added ({status})")
added = [l for l in difflib.unified_diff(before_evidence.splitlines(), questionnaire.read_text()
         .splitlines(), n=0) if l[:1] in "+-" and not l.startswith(("+++", "---"))]
check(all(l.startswith("+") for l in added) and '+id = "E-99"' in added,
      f"only lines added: {added}")
status, _, text = post("/api/evidence", {"id": "E-99", "title": "again"})
check(status == 400, f"a taken evidence id: 400 ({status})")
run = subprocess.run([pace, "validate", "q.toml"], cwd=work, capture_output=True, text=True)
check(run.returncode == 0, "pace validate passes after the edits: " + run.stderr[-300:])

# A change on disk behind the server's back: 409, nothing lost; a reload clears it.
with open(questionnaire, "a") as f:
    f.write("# edited in another editor\n")
on_disk = questionnaire.read_bytes()
status, _, text = post("/api/edit", {"process": "MGT.1", "indicator": "BP2", "rating": "L"})
check(status == 409 and "changed on disk" in text, f"changed on disk: 409 ({status})")
check(questionnaire.read_bytes() == on_disk, "the other editor's change is kept")
request("GET", "/api/state")
status, _, _ = post("/api/edit", {"process": "MGT.1", "indicator": "BP2", "rating": "L"})
check(status == 200 and questionnaire.read_text().endswith("# edited in another editor\n"),
      f"after a reload the edit goes through ({status})")

# A new token each start; SIGTERM ends the server with 0.
second, second_line = start()
check(second_line.strip() and second_line.split("token=")[1] != token, "a new token each start")
second.send_signal(signal.SIGINT)
check(second.wait(timeout=30) == 0, "SIGINT: exit 0")
server.send_signal(signal.SIGTERM)
rc = server.wait(timeout=30)
rest = server.stdout.read()
check(rc == 0 and rest == "", f"SIGTERM: exit 0, nothing more on stdout (rc {rc})")
print(f"{failures} failures")
sys.exit(1 if failures else 0)
