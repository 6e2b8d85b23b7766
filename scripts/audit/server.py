"""The site served for an audit: gunicorn with DEBUG off on a demo database of its own, as the public sees it."""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.demo_server import PROJECT, PYTHON, free_port, load_demo_content, serve, site_environment


@contextlib.contextmanager
def demo_site(base_url=None):
    """Yield (base URL, the pages to audit). With a base URL, audit that running site instead of starting one."""
    with tempfile.TemporaryDirectory(prefix="sbm-audit-") as tmp:
        tmp_dir = Path(tmp)
        port = free_port()
        env = site_environment(port, f"sqlite:///{tmp_dir / 'audit.sqlite3'}", tmp_dir / "media")
        if base_url:
            env.update({key: value for key, value in os.environ.items() if key in ("DATABASE_URL", "MEDIA_ROOT")})
            yield base_url.rstrip("/"), list_pages(env)
            return
        print("Loading the demo content into a database of its own…", file=sys.stderr)
        load_demo_content(env)
        pages = list_pages(env)
        with serve(env, port, tmp_dir / "server.log") as base:
            yield base, pages


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
