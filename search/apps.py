from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        # Imported here, not above: these modules read models, which Django loads after the app configs.
        from django.db.models.signals import post_delete, post_save

        from wagtail.contrib.search_promotions.models import SearchPromotion

        from sbm_site.generation import invalidate_all

        # Promoted results are shown on cached search pages: a change shows at once.
        for signal in (post_save, post_delete):
            signal.connect(invalidate_all, sender=SearchPromotion, dispatch_uid=f"sbm_search_promotion_{id(signal)}")
