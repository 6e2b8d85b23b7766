"""Content built for one test: taxonomies, tools, guides, training modules, events, open models,
providers and partners.

A test of a read builds what it asserts on, so it says what it needs and keeps working when the
demo content is edited. Pages go through Wagtail's tree API (`add_child`, then a revision
published), snippets through their own revisions, the way editors make them: what a test sees is
what a visitor would see. Each test runs in a transaction that is rolled back, so nothing built
here outlives it.

    canvas = CanvasFactory()
    tool = ToolPageFactory(title="Arbre d'essai", canvas=canvas, phases=[PhaseFactory()])
    german = translate(tool, "de", title="Versuchsbaum")
    GuidePageFactory(tools=[tool])
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from directory.models import DirectoryPage, Partner, PartnerProject, Provider, ProviderTool
from guides.models import (
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    GuideStep,
    TrainingIndexPage,
    TrainingModulePage,
)
from showcase.models import ModelTool, OpenModelIndexPage, OpenModelPage, Sector
from toolpages.models import Audience, Canvas, CanvasBlock, Phase, ToolIndexPage, ToolPage


def locale(language="fr"):
    return Locale.objects.get(language_code=language)


def index_of(model, language="fr"):
    """The demo's index page of `model` in `language`: where new pages go unless told otherwise."""
    return model.objects.get(locale__language_code=language)


# Taxonomies ------------------------------------------------------------------------------------


class TermFactory(DjangoModelFactory):
    """A live French term with a slug of its own (the slug is what filter links carry)."""

    class Meta:
        abstract = True

    locale = factory.LazyFunction(locale)
    slug = factory.LazyAttribute(lambda term: slugify(term.name))
    live = True


class CanvasFactory(TermFactory):
    class Meta:
        model = Canvas

    name = factory.Sequence(lambda n: f"Canevas d'essai {n}")


class CanvasBlockFactory(TermFactory):
    class Meta:
        model = CanvasBlock

    canvas = factory.SubFactory(CanvasFactory)
    name = factory.Sequence(lambda n: f"Bloc d'essai {n}")
    question = factory.LazyAttribute(lambda block: f"{block.name} ?")


class PhaseFactory(TermFactory):
    class Meta:
        model = Phase

    name = factory.Sequence(lambda n: f"Phase d'essai {n}")


class AudienceFactory(TermFactory):
    """Who a tool is for; guides and training modules use the same audiences."""

    class Meta:
        model = Audience

    name = factory.Sequence(lambda n: f"Public d'essai {n}")


class SectorFactory(TermFactory):
    class Meta:
        model = Sector

    name = factory.Sequence(lambda n: f"Secteur d'essai {n}")


# Pages -----------------------------------------------------------------------------------------


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added below `parent` and published, unless `live=False` (then a saved draft).

    Wagtail's reference index (the admin's "usage" of an object) is not written, as the demo loader
    does not write it either while it builds: no public page reads it, and it would be written again
    on each of the three saves that make a published page."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, live=True, **fields):
        page = model_class(**fields, live=False)
        with disable_reference_index_auto_update():
            parent.add_child(instance=page)
            revision = page.save_revision()
            if live:
                revision.publish()
        page.refresh_from_db()
        return page


class ToolPageFactory(PublishedPageFactory):
    """A live French tool in the demo's library; `canvas`, `blocks`, `phases`, `audiences` as given."""

    class Meta:
        model = ToolPage

    parent = factory.LazyFunction(lambda: index_of(ToolIndexPage))
    title = factory.Sequence(lambda n: f"Outil d'essai {n}")
    summary = factory.LazyAttribute(lambda tool: f"{tool.title} : en bref.")


class GuidePageFactory(PublishedPageFactory):
    """A live French guide with one step per tool of `tools`."""

    class Meta:
        model = GuidePage

    class Params:
        tools = ()

    parent = factory.LazyFunction(lambda: index_of(GuideIndexPage))
    title = factory.Sequence(lambda n: f"Fil rouge d'essai {n}")
    purpose = "<p>Des projets comparables.</p>"
    steps = factory.LazyAttribute(
        lambda guide: [
            GuideStep(
                tool=tool,
                title=f"Step on {tool.title}",
                guidance=f"<p>Guidance for {tool.title}</p>",
                deliverable=f"Deliverable of {tool.title}",
            )
            for tool in guide.tools
        ]
    )


def session_in(days=10, hours=3, seats=None, **fields):
    """The fields of a training session starting in `days` days, for `sessions=[…]`."""
    start = timezone.now() + timedelta(days=days)
    fields.setdefault("attendance_mode", "in_person")
    fields.setdefault("place", "Lausanne")
    return {"start": start, "end": start + timedelta(hours=hours), "seats": seats, **fields}


class TrainingModulePageFactory(PublishedPageFactory):
    """A live French training module; `sessions=[TrainingSession(**session_in(…))]` to give it dates."""

    class Meta:
        model = TrainingModulePage

    parent = factory.LazyFunction(lambda: index_of(TrainingIndexPage))
    title = factory.Sequence(lambda n: f"Module d'essai {n}")
    objectives = "<p>Apprendre.</p>"
    duration = "Une journée"


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage

    parent = factory.LazyFunction(lambda: index_of(EventIndexPage))
    title = factory.Sequence(lambda n: f"Événement d'essai {n}")
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    place = "Lausanne"


class OpenModelPageFactory(PublishedPageFactory):
    """A live French open model using the tools of `tools`."""

    class Meta:
        model = OpenModelPage

    class Params:
        tools = ()

    parent = factory.LazyFunction(lambda: index_of(OpenModelIndexPage))
    title = factory.Sequence(lambda n: f"Modèle d'essai {n}")
    organisation_name = factory.LazyAttribute(lambda model: f"Organisation de {model.title}")
    country = "CH"
    values = "Valeurs"
    attribution = "Attribution"
    used_tools = factory.LazyAttribute(lambda model: [ModelTool(tool=tool) for tool in model.tools])


def translate(item, language, **fields):
    """The live translation of a page or a term in `language`, made as the site's translators make
    one: a copy for translation, its strings typed (`fields`), then published by the language's
    reviewers."""
    translation = item.copy_for_translation(locale(language))
    if isinstance(item, Page):
        fields.setdefault("title", f"{item.title} ({language})")
    for name, value in fields.items():
        setattr(translation, name, value)
    if not isinstance(item, Page):
        translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


# Snippets --------------------------------------------------------------------------------------


class RevisedSnippetFactory(DjangoModelFactory):
    """A snippet saved, then published through a revision unless `live=False` (a draft)."""

    class Meta:
        abstract = True

    locale = factory.LazyFunction(locale)

    @classmethod
    def _create(cls, model_class, *args, live=True, **fields):
        snippet = model_class(**fields, live=False)
        snippet.save()
        revision = snippet.save_revision()
        if live:
            revision.publish()
            snippet.refresh_from_db()
        return snippet


class ProviderFactory(RevisedSnippetFactory):
    """A provider listed for `days_left` more days, who uses the tools of `tools`."""

    class Meta:
        model = Provider

    class Params:
        days_left = 100

    name = factory.Sequence(lambda n: f"Prestataire d'essai {n}")
    slug = factory.LazyAttribute(lambda provider: slugify(provider.name))
    kind = "consultant"
    description = factory.LazyAttribute(lambda provider: f"<p>{provider.name}</p>")
    regions = factory.LazyFunction(lambda: ["CH-VD"])
    languages = factory.LazyFunction(lambda: ["fr"])
    services = factory.LazyFunction(lambda: ["coaching"])
    listed_until = factory.LazyAttribute(lambda provider: timezone.localdate() + timedelta(days=provider.days_left))
    email = factory.LazyAttribute(lambda provider: f"{provider.slug}@provider-mail.example")

    @classmethod
    def _create(cls, model_class, *args, tools=(), **fields):
        """`tools` are tool pages: each becomes a row saying how the provider uses it."""
        fields["tools"] = [
            ProviderTool(tool=tool, evidence=f"Evidence of {fields['name']} for {tool.title}", locale=fields["locale"])
            for tool in tools
        ]
        return super()._create(model_class, *args, **fields)


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection (wagtail_factories would add a second root)."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=60, height=30, color="#336699", filename="logo.png")


class PartnerFactory(RevisedSnippetFactory):
    """A partner named on the pages of `pages`; `logo=ImageFactory()` to give it a logo."""

    class Meta:
        model = Partner

    class Params:
        pages = ()

    name = factory.Sequence(lambda n: f"Partenaire d'essai {n}")
    partner_type = "funder"
    country = "CH"
    since = 2020
    projects = factory.LazyAttribute(lambda partner: [PartnerProject(page=page) for page in partner.pages])


def directory_page(language="fr"):
    return index_of(DirectoryPage, language)
