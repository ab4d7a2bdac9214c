#!/usr/bin/env python3
"""Load for bench/faults.sh: keep-alive clients creating and reading projects, every answer recorded.

  fault_load.py load URL OUT.jsonl SECONDS [--until-down]   run the load, one JSON line per request
  fault_load.py report OUT.jsonl STORED_NAMES.txt [SIGTERM_EPOCH]   print the figures of one phase

A create carries a unique name, so the report can tell, for every create, whether it was stored: an acknowledged
create that is missing is a lost write; a create answered with a failure (other than COMMIT_OUTCOME_UNKNOWN) that was
stored is a wrong answer. Only loopback addresses are used; the load stops by itself.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

THREADS = 16
TEAM = "fault-team"
HEADERS = {"content-type": "application/json", "x-team-id": TEAM, "x-user-id": "fault-user"}


def load(url, out, seconds, until_down):
    target = urllib.parse.urlparse(url)
    if target.hostname not in ("localhost", "127.0.0.1", "::1"):
        sys.exit("fault_load.py only loads a service on this machine")
    deadline = time.time() + seconds
    lock = threading.Lock()
    down_since = [None]
    records = []

    def client(n):
        conn = None
        fresh = True
        i = 0
        read_id = None
        while time.time() < deadline:
            if until_down and down_since[0] is not None and time.time() - down_since[0] > 2:
                return
            if conn is None:
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                fresh = True
            i += 1
            create = read_id is None or i % 2 == 0
            name = "f-%d-%d-%d" % (n, i, int(time.time() * 1000))
            method, path = ("POST", "/api/v1/task-tracker/projects") if create else (
                "GET", "/api/v1/task-tracker/projects/" + read_id)
            body = json.dumps({"name": name}) if create else None
            start = time.time()
            record = {"t": start, "method": method, "name": name if create else None, "reused": not fresh}
            try:
                conn.request(method, path, body=body, headers=HEADERS)
                response = conn.getresponse()
                payload = response.read()
                record["status"] = response.status
                try:
                    record["code"] = json.loads(payload).get("error", {}).get("code")
                    if create and response.status == 201:
                        read_id = json.loads(payload)["data"]["id"]
                except (ValueError, AttributeError):
                    record["code"] = None
                if (response.getheader("connection") or "").lower() == "close":
                    conn.close()
                    conn = None
                down_since[0] = None
                fresh = False
            except ConnectionRefusedError:
                record["error"] = "refused"
                conn = None
                with lock:
                    if down_since[0] is None:
                        down_since[0] = time.time()
                time.sleep(0.05)
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected,
                    http.client.BadStatusLine) as e:
                record["error"] = "reset"
                record["detail"] = type(e).__name__
                conn.close()
                conn = None
            except OSError as e:  # timeouts and the like
                record["error"] = type(e).__name__
                conn.close()
                conn = None
            record["seconds"] = time.time() - start
            with lock:
                records.append(record)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(out, "w") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")


def report(out, names_file, sigterm_at=None):
    records = [json.loads(line) for line in open(out)]
    stored = set(line.strip() for line in open(names_file) if line.strip())
    statuses = {}
    for r in records:
        key = str(r.get("status", r.get("error")))
        statuses[key] = statuses.get(key, 0) + 1
    creates = [r for r in records if r["method"] == "POST"]
    acked = [r for r in creates if r.get("status") == 201]
    lost = [r for r in acked if r["name"] not in stored]
    failed_but_stored = [r for r in creates if r.get("status") != 201 and r.get("code") != "COMMIT_OUTCOME_UNKNOWN"
                         and r["name"] in stored]
    unknown = [r for r in creates if r.get("code") == "COMMIT_OUTCOME_UNKNOWN"]
    unknown_stored = [r for r in unknown if r["name"] in stored]
    resets = [r for r in records if r.get("error") == "reset" and (sigterm_at is None or r["t"] >= sigterm_at)]
    reused = [r for r in resets if r["reused"]]
    longest = max((r["seconds"] for r in records), default=0)
    figures = {
        "requests": len(records),
        "statuses": dict(sorted(statuses.items())),
        "5xx_other_than_503": sum(1 for r in records if r.get("status", 0) >= 500 and r.get("status") != 503),
        "status_500": statuses.get("500", 0),
        "longest_request_s": round(longest, 2),
        "creates": len(creates),
        "creates_acknowledged": len(acked),
        "acknowledged_writes_lost": len(lost),
        "failure_answered_but_committed": len(failed_but_stored),
        "commit_outcome_unknown": len(unknown),
        "commit_outcome_unknown_committed": len(unknown_stored),
        # A request on a keep-alive connection that already carried an answer, cut without one.
        "resets_on_open_connections": len(reused),
        # A connection opened in the last instant before the server closed, cut before any answer (no request on
        # it ran: while draining the service runs none).
        "new_connections_cut": len(resets) - len(reused),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    if sys.argv[1] == "load":
        load(sys.argv[2], sys.argv[3], float(sys.argv[4]), "--until-down" in sys.argv)
    else:
        report(sys.argv[2], sys.argv[3], float(sys.argv[4]) if len(sys.argv) > 4 else None)
