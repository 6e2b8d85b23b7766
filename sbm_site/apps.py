from django.apps import AppConfig


class SbmSiteConfig(AppConfig):
    name = "sbm_site"
    verbose_name = "Social Business Models"

    def ready(self):
        from wagtail.signals import published

        from .page_cache import connect_invalidation
        from .translation_notifications import on_published

        connect_invalidation()
        # Sent for pages and snippets alike (pages also send page_published).
        published.connect(on_published, dispatch_uid="sbm_translation_out_of_date")
