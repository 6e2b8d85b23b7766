from django.utils.functional import cached_property

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLocalesSitemap(Sitemap):
    """Every live public page of the site, in every language, each with its translations as
    hreflang alternates (Wagtail's own sitemap lists the default language's tree only)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for locale_root in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(locale_root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    @cached_property
    def translations(self):
        """translation_key -> [(language, full URL)] of every listed page, computed once."""
        found = {}
        for page in self.items().select_related("locale"):
            found.setdefault(page.translation_key, []).append(
                (page.locale.language_code, page.get_full_url(self.request))
            )
        return found

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list.iterator():
            alternates = self.translations.get(item.translation_key, [])
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1 and "alternates" not in url_info:
                    url_info["alternates"] = [{"lang_code": code, "location": url} for code, url in alternates]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
