from django.apps import AppConfig


class SbmSiteConfig(AppConfig):
    name = "sbm_site"
    verbose_name = "Social Business Models"

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from django.db.models.signals import post_migrate, pre_save

        from wagtail.signals import published

        from .frontend_purge import connect_frontend_purge
        from .generation import invalidate_all
        from .orderables import number_new_row
        from .page_cache import connect_invalidation
        from .translation_notifications import on_published

        connect_invalidation()
        # Wagtail purges the CDN on publish and unpublish; a move, at the old and the new address, is ours.
        connect_frontend_purge()
        # Each deployment runs migrate: what older code kept (pages from older templates, chrome values
        # of another shape) is retired, in every process that shares the cache.
        post_migrate.connect(invalidate_all, sender=self, dispatch_uid="sbm_retire_after_migrate")
        pre_save.connect(number_new_row, dispatch_uid="sbm_number_new_orderable_rows")
        # Sent for pages and snippets alike (pages also send page_published).
        published.connect(on_published, dispatch_uid="sbm_translation_out_of_date")
