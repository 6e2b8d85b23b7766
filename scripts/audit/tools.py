"""Where the pinned npm tools and the browser are, and how they are started."""

import os
import shutil
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
NODE_MODULES = PROJECT / "node_modules"
REPORTS = PROJECT / ".audit-reports"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LIGHTHOUSE = NODE_MODULES / ".bin" / "lighthouse"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require(*paths):
    """Stop with a clear message when a tool is missing: `npm ci` installs them (the Makefile does it)."""
    missing = [str(path) for path in paths if not Path(path).exists()]
    if VNU_JAR in paths and not shutil.which("java"):
        missing.append("java (apt-get install default-jre-headless)")
    needs_browser = VNU_JAR not in paths
    if needs_browser and not (shutil.which(CHROME_PATH) or Path(CHROME_PATH).exists()):
        missing.append(f"{CHROME_PATH} (apt-get install chromium)")
    if missing:
        sys.exit("Missing: " + ", ".join(missing) + ". Run `npm ci` at the repository root.")


def report_dir(tool):
    directory = REPORTS / tool
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*"):
        old.unlink()
    return directory


def slug(label):
    return "".join(c if c.isalnum() else "-" for c in label.lower()).strip("-")
