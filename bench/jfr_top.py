#!/usr/bin/env python3
"""Top frames of a JFR recording: jfr_top.py FILE.jfr [N].

Prints the share of execution samples per thread group, the top N frames by self time and the top frames by
inclusive time among the project's and its libraries' packages (io.naap, Hibernate, Agroal, Narayana, Quarkus,
RESTEasy, Vert.x, Jackson, the PostgreSQL driver). Thread CPU (jdk.ThreadCPULoad) adds what sampling cannot see:
the JIT compiler and GC threads.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
LIBRARIES = ("io.naap.", "org.hibernate.", "io.agroal.", "com.arjuna.", "io.quarkus.", "org.jboss.resteasy.",
             "io.vertx.", "com.fasterxml.jackson.", "org.postgresql.", "io.smallrye.")


def events(name, depth=64):
    out = subprocess.run(["jfr", "print", "--events", name, "--stack-depth", str(depth), path],
                         capture_output=True, text=True, check=True).stdout
    return out.split(name + " {")[1:]


def group(thread):
    thread = re.sub(r"[-#\s]*\d+$", "", thread)
    return re.sub(r"\d+", "N", thread)


samples = events("jdk.ExecutionSample")
self_time, inclusive, threads = collections.Counter(), collections.Counter(), collections.Counter()
for event in samples:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    threads[group(thread.group(1)) if thread else "?"] += 1
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
    if frames:
        self_time[frames[0]] += 1
        for frame in set(frames):
            if frame.startswith(LIBRARIES):
                inclusive[frame] += 1
total = max(1, len(samples))
print(f"{len(samples)} execution samples")
print("samples per thread:", ", ".join(f"{t} {100 * c / total:.0f}%" for t, c in threads.most_common(6)))
print(f"-- top {top} frames by self time")
for frame, count in self_time.most_common(top):
    print(f"{100 * count / total:5.1f}%  {frame}")
print(f"-- top {top} project and library frames by inclusive time")
for frame, count in inclusive.most_common(top):
    print(f"{100 * count / total:5.1f}%  {frame}")

cpu = collections.Counter()
for event in events("jdk.ThreadCPULoad", 1):
    thread = re.search(r'eventThread = "([^"]*)"', event)
    user = re.search(r"user = ([\d.]+)%", event)
    system = re.search(r"system = ([\d.]+)%", event)
    if thread and user and system:
        cpu[group(thread.group(1))] += float(user.group(1)) + float(system.group(1))
whole = sum(cpu.values()) or 1
print("CPU per thread group (jdk.ThreadCPULoad):",
      ", ".join(f"{t} {100 * c / whole:.0f}%" for t, c in cpu.most_common(8)))
