"""Demo content of the foundation: the language trees, the association pages, footers, accounts.

Every text is taken from the association's own description of itself (French) and translated.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from directory import demo as directory_demo
from directory.models import DirectoryPage, PartnersPage
from guides import demo as guides_demo
from guides.models import EventIndexPage, GuideIndexPage, TrainingIndexPage
from sbm_site.demo import add_child, child_by_slug, ensure_locales, resync, translate
from search import demo as search_demo
from showcase import demo as showcase_demo
from showcase.models import OpenModelIndexPage
from toolpages import demo as toolpages_demo
from toolpages.models import ToolIndexPage, ToolPage

from .. import editorial
from ..models import AssociationPage, HomeFeaturedTool, HomePage, MembershipFormPage
from . import legal
from .association import load_association_pages, load_footers
from .texts import paragraphs, t, tr

DEMO_PASSWORD = "sbm-demo"
DEMO_DOMAIN = "socialbusinessmodels.example"

# (username, first name, last name, groups, preferred language)
DEMO_ACCOUNTS = [
    ("comite", "Claire", "Comité", [editorial.COMITE], "fr"),
    ("production", "Paul", "Production", [editorial.GT_PRODUCTION], "fr"),
    ("communication", "Camille", "Communication", [editorial.GT_COMMUNICATION], "fr"),
    ("site", "Sacha", "Site", [editorial.GT_SITE], "fr"),
    ("administration", "Anne", "Administration", [editorial.GT_ADMINISTRATION], "fr"),
    ("contributrice", "Chloé", "Contributrice", [editorial.CONTRIBUTEURS], "fr"),
    ("traduction-de", "Tobias", "Übersetzer", [editorial.translators_group("de")], "de"),
    ("traduction-it", "Tiziana", "Traduttrice", [editorial.translators_group("it")], "it"),
    ("traduction-en", "Tom", "Translator", [editorial.translators_group("en")], "en"),
    ("relecture-de", "Regula", "Lektorin", [editorial.reviewers_group("de")], "de"),
    ("relecture-it", "Riccardo", "Revisore", [editorial.reviewers_group("it")], "it"),
    ("relecture-en", "Rachel", "Reviewer", [editorial.reviewers_group("en")], "en"),
]

HOME_SLUGS = {"fr": "accueil", "de": "startseite", "it": "pagina-iniziale", "en": "home"}

MISSION = t(
    "Promouvoir la co-création, le partage et l'utilisation d'outils d'élaboration et de révision de modèles "
    "d'affaires sociaux auprès de tous les acteurs impliqués, contribuant à l'existence pérenne "
    "d'organisations à fort impact social, entreprises sociales ou entreprises de l'économie sociale et "
    "solidaire (ESS).",
    de="Die Mitgestaltung, den Austausch und die Nutzung von Werkzeugen zur Entwicklung und Überarbeitung "
    "sozialer Geschäftsmodelle bei allen Beteiligten fördern und so zum dauerhaften Bestehen von "
    "Organisationen mit grosser sozialer Wirkung beitragen: Sozialunternehmen und Unternehmen der "
    "Sozial- und Solidarwirtschaft.",
    it="Promuovere la co-creazione, la condivisione e l'uso di strumenti per elaborare e rivedere modelli "
    "di business sociali presso tutti gli attori coinvolti, contribuendo all'esistenza duratura di "
    "organizzazioni ad alto impatto sociale, imprese sociali o imprese dell'economia sociale e solidale.",
    en="To promote the co-creation, sharing and use of tools for designing and revising social business "
    "models among everyone involved, contributing to the lasting existence of organisations with a strong "
    "social impact: social enterprises and enterprises of the social and solidarity economy.",
)


def home_fields():
    return {
        "title": t(
            "Social Business Models",
            de="Social Business Models",
            it="Social Business Models",
            en="Social Business Models",
        ),
        "slug": t(HOME_SLUGS["fr"], **{code: slug for code, slug in HOME_SLUGS.items() if code != "fr"}),
        "intro": paragraphs(
            (
                "Fondée en mai 2013, l'association met à disposition plus de 40 outils, grâce au travail "
                "d'une vingtaine de membres impliqués dans le processus de publication.",
                "Der im Mai 2013 gegründete Verein stellt über 40 Werkzeuge zur Verfügung, dank der "
                "Arbeit von rund zwanzig Mitgliedern, die am Veröffentlichungsprozess mitwirken.",
                "Fondata nel maggio 2013, l'associazione mette a disposizione più di 40 strumenti, "
                "grazie al lavoro di una ventina di membri coinvolti nel processo di pubblicazione.",
                "Founded in May 2013, the association offers more than 40 tools, thanks to the work "
                "of some twenty members involved in the publication process.",
            ),
        ),
        "mission": MISSION,
        "join_title": t(
            "Participer à cette aventure ?",
            de="Bei diesem Abenteuer mitmachen?",
            it="Partecipare a questa avventura?",
            en="Join the adventure?",
        ),
        "join_text": t(
            "L'association compte plus de 60 membres. Proposez un outil, une révision ou un exemple, "
            "rejoignez un groupe de travail ou devenez membre.",
            de="Der Verein zählt über 60 Mitglieder. Schlagen Sie ein Werkzeug, eine Überarbeitung oder ein "
            "Beispiel vor, arbeiten Sie in einer Arbeitsgruppe mit oder werden Sie Mitglied.",
            it="L'associazione conta più di 60 membri. Proponete uno strumento, una revisione o un esempio, "
            "unitevi a un gruppo di lavoro o diventate membri.",
            en="The association has more than 60 members. Propose a tool, a revision or an example, join a "
            "working group or become a member.",
        ),
    }


# The seven activity areas, in the association's order, with their state in its own description
# (areas in italics there are "being set up or not yet started").
ACTIVITY_AREAS = [
    (
        (
            "Co-création des outils",
            "Werkzeuge gemeinsam entwickeln",
            "Co-creazione degli strumenti",
            "Co-creating tools",
        ),
        (
            "Le cœur de métier : un processus de qualité qui permet aux membres et aux personnes externes de "
            "proposer des outils, des révisions, des commentaires, des traductions et des exemples.",
            "Das Kerngeschäft: ein Qualitätsprozess, in dem Mitglieder und Externe Werkzeuge, Überarbeitungen, "
            "Kommentare, Übersetzungen und Beispiele einbringen.",
            "Il cuore dell'attività: un processo di qualità che permette a membri ed esterni di proporre "
            "strumenti, revisioni, commenti, traduzioni ed esempi.",
            "The core of our work: a quality process through which members and outsiders propose tools, "
            "revisions, comments, translations and examples.",
        ),
        "active",
        "outils",
    ),
    (
        ("Diffusion des outils", "Verbreitung der Werkzeuge", "Diffusione degli strumenti", "Spreading the tools"),
        (
            "Faire connaître les outils validés à un large public : réseaux sociaux, ateliers, conférences, "
            "webinaires, cours dans les hautes écoles.",
            "Die geprüften Werkzeuge einem breiten Publikum bekannt machen: soziale Netzwerke, Workshops, "
            "Konferenzen, Webinare, Kurse an Hochschulen.",
            "Far conoscere gli strumenti convalidati a un vasto pubblico: social network, laboratori, "
            "conferenze, webinar, corsi nelle scuole universitarie.",
            "Making the validated tools known to a wide public: social networks, workshops, conferences, "
            "webinars, courses in universities.",
        ),
        "active",
        "agenda",
    ),
    (
        (
            "Formation et formation de formateurs",
            "Ausbildung und Ausbildung von Ausbildenden",
            "Formazione e formazione di formatori",
            "Training and train-the-trainer",
        ),
        (
            "Des modules de formation pour appliquer les outils, et la formation de consultants et de "
            "formateurs, pour un effet multiplicateur.",
            "Ausbildungsmodule zur Anwendung der Werkzeuge und die Ausbildung von Beratenden und Ausbildenden, "
            "für einen Multiplikatoreffekt.",
            "Moduli di formazione per applicare gli strumenti e la formazione di consulenti e formatori, per "
            "un effetto moltiplicatore.",
            "Training modules for applying the tools, and training for consultants and trainers, for a "
            "multiplier effect.",
        ),
        "starting",
        "formations",
    ),
    (
        ("Annuaire de prestataires", "Verzeichnis der Anbieter", "Elenco dei fornitori", "Directory of providers"),
        (
            "Permettre à toute organisation en création ou en révision de faire appel à des spécialistes qui "
            "appliquent déjà les outils.",
            "Jeder Organisation in Gründung oder Überarbeitung den Zugang zu Fachleuten ermöglichen, die die "
            "Werkzeuge bereits anwenden.",
            "Permettere a ogni organizzazione in fase di creazione o revisione di rivolgersi a specialisti "
            "che applicano già gli strumenti.",
            "Helping any organisation that is being created or revised to call on specialists who already "
            "apply the tools.",
        ),
        "starting",
        "prestataires",
    ),
    (
        (
            "Fils rouges et guides spécifiques",
            "Leitfäden und spezifische Anleitungen",
            "Fili rossi e guide specifiche",
            "Guides (fils rouges)",
        ),
        (
            "Des ensembles cohérents d'outils pour des faîtières, des bailleurs de fonds, des organisations "
            "publiques et des écoles, afin que leurs publics présentent des projets comparables.",
            "Stimmige Werkzeugsets für Dachverbände, Geldgeber, öffentliche Stellen und Schulen, damit ihre "
            "Zielgruppen vergleichbare Projekte einreichen.",
            "Insiemi coerenti di strumenti per organizzazioni mantello, finanziatori, enti pubblici e scuole, "
            "affinché il loro pubblico presenti progetti comparabili.",
            "Coherent sets of tools for umbrella bodies, funders, public bodies and schools, so that their "
            "audiences present comparable projects.",
        ),
        "starting",
        "fils-rouges",
    ),
    (
        (
            "Partage de modèles en open-source",
            "Offene Geschäftsmodelle teilen",
            "Condivisione di modelli open source",
            "Sharing open-source models",
        ),
        (
            "Une organisation dont le modèle d'affaires social fonctionne bien le met librement à disposition "
            "d'autres, qui l'adaptent à leur contexte local.",
            "Eine Organisation mit einem gut funktionierenden sozialen Geschäftsmodell stellt es anderen frei "
            "zur Verfügung, die es an ihren lokalen Kontext anpassen.",
            "Un'organizzazione il cui modello di business sociale funziona bene lo mette liberamente a "
            "disposizione di altre, che lo adattano al loro contesto locale.",
            "An organisation whose social business model works well makes it freely available to others, who "
            "adapt it to their local context.",
        ),
        "starting",
        "modeles-open-source",
    ),
    (
        (
            "Alliances et partenariats",
            "Allianzen und Partnerschaften",
            "Alleanze e partenariati",
            "Alliances and partnerships",
        ),
        (
            "Une ouverture à tout échange et partenariat, national et international, par exemple pour "
            "traduire et adapter les outils à d'autres pays.",
            "Offenheit für jeden Austausch und jede Partnerschaft, national und international, etwa um die "
            "Werkzeuge für andere Länder zu übersetzen und anzupassen.",
            "Un'apertura a ogni scambio e partenariato, nazionale e internazionale, ad esempio per tradurre "
            "e adattare gli strumenti ad altri paesi.",
            "Openness to any exchange and partnership, national and international, for example to translate "
            "and adapt the tools for other countries.",
        ),
        "active",
        "partenaires",
    ),
]

# slug, model, titles (fr, de, it, en), translated slugs (de, it, en), introduction (fr, de, it, en), in menus
SECTIONS = [
    (
        "outils",
        ToolIndexPage,
        ("Bibliothèque d'outils", "Werkzeugbibliothek", "Biblioteca degli strumenti", "Tool library"),
        ("werkzeuge", "strumenti", "tools"),
        (
            "Plus de 40 outils pour élaborer et réviser un modèle d'affaires social, classés selon les cinq canevas.",
            "Über 40 Werkzeuge, um ein soziales Geschäftsmodell zu entwickeln und zu überarbeiten, geordnet nach den fünf Canvas.",
            "Più di 40 strumenti per elaborare e rivedere un modello di business sociale, ordinati secondo i cinque canvas.",
            "More than 40 tools for designing and revising a social business model, arranged by the five canvases.",
        ),
        True,
    ),
    (
        "fils-rouges",
        GuideIndexPage,
        ("Fils rouges", "Leitfäden", "Fili rossi", "Guides"),
        ("leitfaeden", "fili-rossi", "guides"),
        (
            "Des parcours d'outils pour les bailleurs de fonds, les faîtières, les écoles et les organisations publiques.",
            "Werkzeugpfade für Geldgeber, Dachverbände, Schulen und öffentliche Stellen.",
            "Percorsi di strumenti per finanziatori, organizzazioni mantello, scuole ed enti pubblici.",
            "Paths through the tools for funders, umbrella bodies, schools and public bodies.",
        ),
        True,
    ),
    (
        "formations",
        TrainingIndexPage,
        ("Formations", "Ausbildung", "Formazione", "Training"),
        ("ausbildung", "formazione", "training"),
        (
            "Des modules pour apprendre à appliquer les outils, et pour former celles et ceux qui les transmettent.",
            "Module, um die Anwendung der Werkzeuge zu lernen und jene auszubilden, die sie weitergeben.",
            "Moduli per imparare ad applicare gli strumenti e per formare chi li trasmette.",
            "Modules for learning to apply the tools, and for training those who pass them on.",
        ),
        True,
    ),
    (
        "agenda",
        EventIndexPage,
        ("Agenda", "Agenda", "Agenda", "Events"),
        ("agenda", "agenda", "events"),
        (
            "Ateliers, webinaires, conférences et cours où les outils sont présentés et pratiqués.",
            "Workshops, Webinare, Konferenzen und Kurse, in denen die Werkzeuge vorgestellt und geübt werden.",
            "Laboratori, webinar, conferenze e corsi in cui gli strumenti vengono presentati e praticati.",
            "Workshops, webinars, conferences and courses where the tools are presented and practised.",
        ),
        True,
    ),
    (
        "modeles-open-source",
        OpenModelIndexPage,
        ("Modèles open-source", "Offene Modelle", "Modelli open source", "Open-source models"),
        ("offene-modelle", "modelli-open-source", "open-source-models"),
        (
            "Des modèles d'affaires sociaux qui fonctionnent, partagés librement pour être repris et adaptés.",
            "Funktionierende soziale Geschäftsmodelle, frei geteilt, um übernommen und angepasst zu werden.",
            "Modelli di business sociali che funzionano, condivisi liberamente per essere ripresi e adattati.",
            "Social business models that work, freely shared to be taken up and adapted.",
        ),
        True,
    ),
    (
        "prestataires",
        DirectoryPage,
        ("Annuaire des prestataires", "Anbieterverzeichnis", "Elenco dei fornitori", "Provider directory"),
        ("anbieter", "fornitori", "providers"),
        (
            "Des spécialistes qui appliquent déjà les outils de l'association, pour vous accompagner.",
            "Fachleute, die die Werkzeuge des Vereins bereits anwenden und Sie begleiten können.",
            "Specialisti che applicano già gli strumenti dell'associazione, per accompagnarvi.",
            "Specialists who already apply the association's tools, to support you.",
        ),
        True,
    ),
    (
        "partenaires",
        PartnersPage,
        ("Alliances et partenaires", "Allianzen und Partner", "Alleanze e partner", "Alliances and partners"),
        ("partner", "partner", "partners"),
        (
            "Les organisations avec lesquelles l'association mène des projets en Suisse et ailleurs.",
            "Die Organisationen, mit denen der Verein Projekte in der Schweiz und anderswo durchführt.",
            "Le organizzazioni con cui l'associazione realizza progetti in Svizzera e altrove.",
            "The organisations the association works with on projects in Switzerland and elsewhere.",
        ),
        False,
    ),
]


def section_page(slug, model, titles, slugs, intros, in_menus):
    tr(slug, slugs)
    return model(
        title=tr(titles[0], titles[1:]),
        slug=slug,
        intro=paragraphs(intros),
        show_in_menus=in_menus,
    )


def activity_areas_value(sections_by_slug):
    value = []
    for titles, summaries, state, slug in ACTIVITY_AREAS:
        value.append(
            (
                "area",
                {
                    "title": tr(titles[0], titles[1:]),
                    "summary": tr(summaries[0], summaries[1:]),
                    "state": state,
                    "page": sections_by_slug.get(slug),
                },
            )
        )
    return value


def create_home(locales):
    site = Site.objects.get(is_default_site=True)
    serve_at_base_url(site)
    home = HomePage.objects.filter(locale=locales["fr"]).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(**home_fields(), locale=locales["fr"])
        root.add_child(instance=home)
        home.save_revision(log_action=True).publish()
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Social Business Models"
        site.save()
        if old_root.pk != home.pk and old_root.specific_class is Page:
            old_root.delete()  # Wagtail's "Welcome" placeholder
    else:
        home_fields()  # records the texts for the translations
    return home


def serve_at_base_url(site):
    """Wagtail's first site says localhost:80; the demo's absolute links (sitemap, feeds, share
    links) should point where `make run` serves it, i.e. at WAGTAILADMIN_BASE_URL."""
    if (site.hostname, site.port) != ("localhost", 80):
        return
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if base.hostname and (base.hostname, base.port) != ("localhost", None):
        site.hostname = base.hostname
        site.port = base.port or (443 if base.scheme == "https" else 80)
        site.save(update_fields=["hostname", "port"])


def create_sections(home):
    pages = {}
    for slug, model, titles, slugs, intros, in_menus in SECTIONS:
        pages[slug] = add_child(home, section_page(slug, model, titles, slugs, intros, in_menus))
    return pages


def load(stdout=None):
    """Create the foundation's demo content; safe to run again."""
    locales = ensure_locales()
    home = create_home(locales)
    sections = create_sections(home)
    association = load_association_pages(home)
    sections["association"] = association
    if not home.activity_areas:
        home.activity_areas = activity_areas_value(sections)
        home.join_page = child_by_slug(association, "adherer")
        home.save_revision(log_action=True).publish()
    else:
        activity_areas_value(sections)
    footer = load_footers(locales)
    for code in ("de", "it", "en"):
        locale = locales[code]
        translate(footer, locale, t)
        translate(home, locale, t)
        for page in sections.values():
            translate_tree(page, locale)
    legal.load(home, locales)
    # The apps' content comes once the language trees exist, so that translations land in them.
    for app_demo in (toolpages_demo, directory_demo, guides_demo, showcase_demo, search_demo):
        app_demo.load(sections, locales)
    if feature_tools(home):
        for code in ("de", "it", "en"):
            resync(home, locales[code])
    editorial.setup_editorial()
    load_accounts()
    return home


def feature_tools(home, count=3):
    """Feature the first tools of the library on the home page, once."""
    if home.featured_tools.exists():
        return False
    tools = list(ToolPage.objects.live().filter(locale=home.locale).order_by("path")[:count])
    if not tools:
        return False
    home.featured_tools = [HomeFeaturedTool(tool=tool) for tool in tools]
    home.save_revision(log_action=True).publish()
    return True


def translate_tree(page, locale):
    translate(page, locale, t)
    # The foundation's own pages only: each app translates its content itself, into the languages it chose.
    for child in page.get_children().type(AssociationPage, MembershipFormPage).specific():
        translate_tree(child, locale)


def load_accounts():
    users = get_user_model()
    if not users.objects.filter(username="admin").exists():
        users.objects.create_superuser(
            "admin", f"admin@{DEMO_DOMAIN}", DEMO_PASSWORD, first_name="Ada", last_name="Admin"
        )
    for username, first_name, last_name, group_names, language in DEMO_ACCOUNTS:
        if users.objects.filter(username=username).exists():
            continue
        user = users.objects.create_user(
            username, f"{username}@{DEMO_DOMAIN}", DEMO_PASSWORD, first_name=first_name, last_name=last_name
        )
        user.groups.set(Group.objects.filter(name__in=group_names))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
