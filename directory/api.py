"""Read-only API endpoints of the directory: listed providers and published partners, never a contact address."""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.serializers import BaseSerializer, PageLocaleField
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Partner, Provider


class TranslatableSnippetSerializer(BaseSerializer):
    locale = PageLocaleField(read_only=True)


class LocaleFilterMixin:
    base_serializer_class = TranslatableSnippetSerializer
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])

    def filter_by_locale(self, queryset):
        language = self.request.GET.get("locale")
        if language:
            queryset = queryset.filter(locale__language_code=language)
        return queryset.select_related("locale")


class ProvidersAPIViewSet(LocaleFilterMixin, BaseAPIViewSet):
    model = Provider
    name = "providers"
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = BaseAPIViewSet.body_fields + [
        "name",
        "slug",
        "kind",
        "description",
        "regions",
        "languages",
        "services",
        "trained_by_sbm",
        "website",
    ]
    meta_fields = BaseAPIViewSet.meta_fields + ["locale"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["name", "slug", "kind", "locale"]

    def get_queryset(self):
        return self.filter_by_locale(Provider.objects.listed()).order_by("id")


class PartnersAPIViewSet(LocaleFilterMixin, BaseAPIViewSet):
    model = Partner
    name = "partners"
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = BaseAPIViewSet.body_fields + ["name", "partner_type", "country", "description", "since", "website"]
    meta_fields = BaseAPIViewSet.meta_fields + ["locale"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["name", "partner_type", "locale"]

    def get_queryset(self):
        return self.filter_by_locale(Partner.objects.filter(live=True)).order_by("id")
