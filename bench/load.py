"""A bounded load on 127.0.0.1: a few client processes, each with a few threads, for a fixed time.

No dependency: http.client, one connection per request (gunicorn's sync workers close each
connection anyway). Latencies are measured per request, from connect to the last byte.
"""

import http.client
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from .databases import PROJECT, bench_environment
from .timings import percentile

HOST = "127.0.0.1"


def _client(port, address, seconds, threads, queue):
    deadline = time.perf_counter() + seconds
    latencies, errors = [], []
    lock = threading.Lock()

    def worker():
        mine, failed = [], 0
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
                connection.request("GET", address, headers={"Accept-Language": "fr", "Host": HOST})
                response = connection.getresponse()
                response.read()
                connection.close()
                if response.status != 200:
                    failed += 1
                    continue
            except OSError:
                failed += 1
                continue
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(mine)
            errors.append(failed)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    queue.put((latencies, sum(errors)))


def load(port, address, seconds=3.0, processes=2, threads=2):
    """Requests per second and latency percentiles (ms) of `address` under a bounded load."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    started = time.perf_counter()
    clients = [context.Process(target=_client, args=(port, address, seconds, threads, queue)) for _ in range(processes)]
    for client in clients:
        client.start()
    latencies, errors = [], 0
    for _ in clients:
        mine, failed = queue.get()
        latencies.extend(mine)
        errors += failed
    for client in clients:
        client.join()
    elapsed = time.perf_counter() - started
    return {
        "rps": round(len(latencies) / elapsed, 1),
        "p50": round(statistics.median(latencies), 1) if latencies else None,
        "p95": round(percentile(latencies, 0.95), 1) if latencies else None,
        "p99": round(percentile(latencies, 0.99), 1) if latencies else None,
        "requests": len(latencies),
        "errors": errors,
        "concurrency": processes * threads,
    }


class Gunicorn:
    """The site under gunicorn (2 sync workers, DEBUG off) on the bench database."""

    def __init__(self, database_url, port, **environment):
        self.port = port
        self.environment = bench_environment(database_url, **environment)
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "sbm_site.wsgi",
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                "2",
                "--log-level",
                "warning",
            ],
            cwd=PROJECT,
            env=self.environment,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn stopped at start")
            try:
                with socket.create_connection((HOST, self.port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start within a minute")
        return self

    def warm(self, address, times=4):
        for _ in range(times):
            connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
            connection.request("GET", address, headers={"Accept-Language": "fr", "Host": HOST})
            response = connection.getresponse()
            body = response.read()
            connection.close()
        return response.status, response.getheader("X-SBM-Cache"), len(body)

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
