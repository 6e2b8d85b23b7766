from django.apps import AppConfig


class SbmSiteConfig(AppConfig):
    name = "sbm_site"
    verbose_name = "Social Business Models"
