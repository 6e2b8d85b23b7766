from django.apps import AppConfig


class ShowcaseConfig(AppConfig):
    name = "showcase"
