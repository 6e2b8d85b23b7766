from django.apps import AppConfig


class ToolpagesConfig(AppConfig):
    name = "toolpages"
