"""Run the quality audits on the demo site served as the public sees it; exit 1 when one is below its threshold.

    python -m scripts.audit.run [lighthouse] [axe] [html] [--base-url URL] [--minimum 95] [--only LABEL]

Without a tool name, all three run on one server. Without --base-url, a demo database of its own is
created and served by gunicorn with DEBUG off (as `make run` does); with it, that running site is
audited and DATABASE_URL must name its database (to find the pages).
"""

import argparse
import sys

from scripts.audit import axe, checks, lighthouse, nu, server

AUDITS = {"lighthouse": lighthouse, "axe": axe, "html": nu}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("audits", nargs="*", default=[], help="lighthouse, axe, html (default: all)")
    parser.add_argument("--base-url")
    parser.add_argument("--minimum", type=int, default=checks.LIGHTHOUSE_MINIMUM, help="Lighthouse, per category")
    parser.add_argument("--only", help="Lighthouse: only the pages whose label contains this text, e.g. 'de guide'")
    args = parser.parse_args(argv)
    chosen = args.audits or list(AUDITS)
    failed = []
    with server.demo_site(args.base_url) as (base_url, pages):
        for name in chosen:
            options = {"minimum": args.minimum, "only": args.only} if name == "lighthouse" else {}
            if AUDITS[name].audit(base_url, pages, **options):
                failed.append(name)
            print()
    if failed:
        print(f"Below threshold: {', '.join(failed)}")
        return 1
    print(f"Passed: {', '.join(chosen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
