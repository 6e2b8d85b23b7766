"""The site served for an audit: gunicorn with DEBUG off on a demo database of its own, as the public sees it."""

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
PYTHON = Path(sys.executable)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(tmp_dir, port):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sbm_site.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{tmp_dir / 'audit.sqlite3'}",
        "MEDIA_ROOT": str(tmp_dir / "media"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
    }
    env.pop("REDIS_URL", None)
    return env


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
            raise RuntimeError(f"The audit server did not start; see {log_path}")
        time.sleep(0.3)


@contextlib.contextmanager
def demo_site(base_url=None):
    """Yield (base URL, the pages to audit). With a base URL, audit that running site instead of starting one."""
    with tempfile.TemporaryDirectory(prefix="sbm-audit-") as tmp:
        tmp_dir = Path(tmp)
        port = free_port()
        env = site_environment(tmp_dir, port)
        if base_url:
            env.update({key: value for key, value in os.environ.items() if key in ("DATABASE_URL", "MEDIA_ROOT")})
            yield base_url.rstrip("/"), list_pages(env)
            return
        print("Loading the demo content into a database of its own…", file=sys.stderr)
        for command in (["migrate", "--no-input", "-v0"], ["load_demo_content", "-v0"]):
            subprocess.run([PYTHON, "manage.py", *command], cwd=PROJECT, env=env, check=True, timeout=900)
        pages = list_pages(env)
        log_path = tmp_dir / "server.log"
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [PYTHON.parent / "gunicorn", "sbm_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
                cwd=PROJECT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            base = f"http://127.0.0.1:{port}"
            try:
                wait_until_healthy(base, server, log_path)
                yield base, pages
            finally:
                server.terminate()
                server.wait(timeout=10)


def list_pages(env):
    output = subprocess.run(
        [PYTHON, "-m", "scripts.audit.pages"], cwd=PROJECT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def public_targets(pages):
    """(label, path) for every public page, in every audited language."""
    return [(f"{language} {kind}", path) for language, kinds in pages["public"].items() for kind, path in kinds.items()]


def admin_targets(pages):
    return [(f"admin {kind}", path) for kind, path in pages["admin"].items()]
