from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve as serve_static_file

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .api import api_router
from .sitemaps import AllLocalesSitemap
from .views import healthz, robots_txt, share_on_mastodon

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLocalesSitemap}}, name="sitemap"),
    path("api/v2/", api_router.urls),
    # The apps above sbm_site are included by dotted path: the project's base never imports them.
    path("", include("toolpages.urls")),
]

if settings.SERVE_MEDIA_FILES:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_static_file, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("share/mastodon/", share_on_mastodon, name="share_mastodon"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
