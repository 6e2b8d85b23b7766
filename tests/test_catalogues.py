"""The interface speaks French, German, Italian and English completely."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import polib
import pytest

LANGUAGES = [code for code, _name in settings.LANGUAGES]
CATALOGUES = Path(settings.BASE_DIR) / "locale"


@pytest.fixture(params=LANGUAGES)
def catalogue(request):
    path = CATALOGUES / request.param / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"missing catalogue {path}"
    return polib.pofile(str(path))


def test_no_string_is_left_untranslated(catalogue):
    missing = [entry.msgid for entry in catalogue.untranslated_entries() if not entry.obsolete]
    assert missing == []


def test_no_translation_is_fuzzy(catalogue):
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_placeholders_survive_translation(catalogue):
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    for entry in catalogue.translated_entries():
        expected = sorted(placeholder.findall(entry.msgid))
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                assert sorted(placeholder.findall(text)) == expected, entry.msgid


def test_catalogues_cover_every_string_of_the_code(tmp_path):
    """makemessages finds no interface string that the catalogues lack (`make messages` adds them)."""
    project = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        project,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "media", "static", "*.sqlite3", "node_modules", ".e2e-artifacts"
        ),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--ignore=tests", "--no-obsolete"],
        cwd=project,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "sbm_site.settings.test"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    extracted = {entry.msgid for entry in polib.pofile(str(project / "locale/de/LC_MESSAGES/django.po"))}
    catalogued = {entry.msgid for entry in polib.pofile(str(CATALOGUES / "de/LC_MESSAGES/django.po"))}
    assert sorted(extracted - catalogued) == []
