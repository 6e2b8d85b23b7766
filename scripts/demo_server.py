"""A demo site served as the public sees it: gunicorn with DEBUG off on a database of its own, loaded with
the demo content. The browser journeys (tests/e2e) and the quality audits (scripts/audit) both start it here."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
PYTHON = Path(sys.executable)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(port, database_url, media_root, **overrides):
    """Development settings with DEBUG off and no Redis, for a site on this port and database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sbm_site.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        **overrides,
    }
    env.pop("REDIS_URL", None)
    return env


def load_demo_content(env):
    for command in (["migrate", "--no-input", "-v0"], ["load_demo_content", "-v0"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=PROJECT, env=env, check=True, timeout=900)


def wait_until_healthy(base_url, server, log_path, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            raise RuntimeError(f"The demo server did not start; see {log_path}")
        time.sleep(0.3)


@contextlib.contextmanager
def serve(env, port, log_path):
    """Yield the base URL of the site served by gunicorn once /healthz answers; stop it when the block ends.

    Two workers, as `make run` serves: without Redis they share a cache on disk (DiskCache), so a publication
    handled by one retires the pages the other kept (tests/e2e/test_cache_coherence.py).
    """
    base_url = f"http://127.0.0.1:{port}"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [PYTHON.parent / "gunicorn", "sbm_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_healthy(base_url, server, log_path)
            yield base_url
        finally:
            server.terminate()
            server.wait(timeout=10)
