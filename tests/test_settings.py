"""Production settings are safe and demanding; demo content stays out of production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=120
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "sbm_site.settings.production",
    "SECRET_KEY": "k3v!x9-a-long-random-production-secret-8f2c1e7d94b0a6e5c3d2f1a0b9e8d7c6",
    "ALLOWED_HOSTS": "www.socialbusinessmodels.example",
}


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    environment = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = manage("check", **environment)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_demo_content_is_refused_with_production_settings():
    result = manage("load_demo_content", **PRODUCTION, DATABASE_URL="sqlite:///:memory:")
    assert result.returncode != 0
    assert "Demo content is for development only" in result.stderr


def machine_translator(**env):
    script = "from django.conf import settings; print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None))"
    result = manage("shell", "-c", script, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_machine_translation_is_deepl_with_a_key_and_glossaries():
    configured = machine_translator(**PRODUCTION, DEEPL_AUTH_KEY="abc:fx", DEEPL_GLOSSARY_IDS="FR:DE=g1,FR:EN=g2")
    assert "DeepLTranslator" in configured
    assert "('FR', 'DE'): 'g1'" in configured


def test_no_machine_translation_in_production_without_a_key():
    assert machine_translator(**PRODUCTION) == "None"


def test_the_site_make_run_serves_offers_no_dummy_translator():
    assert machine_translator(DJANGO_SETTINGS_MODULE="sbm_site.settings.dev") == "None"
    with_key = machine_translator(DJANGO_SETTINGS_MODULE="sbm_site.settings.dev", DEEPL_AUTH_KEY="abc:fx")
    assert "DeepLTranslator" in with_key
