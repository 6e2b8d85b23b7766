"""Demo content of the directory: twelve providers (two of them expired) and eight partners.

Every provider and partner here is fictional and says so in its name ("(exemple)") and text: the
association's real directory and alliances are not public knowledge, and the demo must not claim
listings or partnerships it does not have. The kinds of organisation are the real ones it works with.
"""

import datetime

from django.utils import timezone

from sbm_site.demo import Texts, resync, translate
from sbm_site.demo_images import demo_logo
from toolpages.models import ToolPage

from .choices import PartnerType, ProviderKind
from .models import Partner, PartnerProject, Provider, ProviderTool

t = Texts()
LANGUAGES = ("de", "it", "en")
FICTIONAL = t(
    "Exemple fictif, pour montrer l'annuaire : ce prestataire n'existe pas.",
    de="Fiktives Beispiel zur Veranschaulichung des Verzeichnisses: Diesen Anbieter gibt es nicht.",
    it="Esempio fittizio per illustrare l'elenco: questo fornitore non esiste.",
    en="A fictional example to show the directory: this provider does not exist.",
)
FICTIONAL_PARTNER = t(
    "Exemple fictif : ce partenariat n'existe pas, il montre le type d'organisation avec lequel "
    "l'association collabore.",
    de="Fiktives Beispiel: Diese Partnerschaft gibt es nicht; sie zeigt, mit welcher Art von Organisation der "
    "Verein zusammenarbeitet.",
    it="Esempio fittizio: questo partenariato non esiste; mostra il tipo di organizzazione con cui l'associazione "
    "collabora.",
    en="A fictional example: this partnership does not exist; it shows the kind of organisation the "
    "association works with.",
)
APPLICATION_INTRO = t.paragraphs(
    (
        "L'inscription à l'annuaire est un service payant de l'association. Décrivez votre activité et les "
        "outils que vous avez appliqués : le GT Administration examine chaque candidature et vous communique "
        "les conditions avant toute publication.",
        {
            "de": "Der Eintrag ins Verzeichnis ist eine kostenpflichtige Leistung des Vereins. Beschreiben Sie "
            "Ihre Tätigkeit und die Werkzeuge, die Sie angewendet haben: Die AG Administration prüft jede "
            "Bewerbung und teilt Ihnen die Bedingungen vor der Veröffentlichung mit.",
            "it": "L'iscrizione all'elenco è un servizio a pagamento dell'associazione. Descrivete la vostra "
            "attività e gli strumenti che avete applicato: il GL Amministrazione esamina ogni candidatura e vi "
            "comunica le condizioni prima della pubblicazione.",
            "en": "A listing in the directory is a paid service of the association. Describe what you do and "
            "the tools you have applied: the Administration working group reviews each application and tells "
            "you the terms before anything is published.",
        },
    )
)

# name, slug, kind, regions, languages, services, trained, days of listing left, description;
# names and descriptions are (fr, de, it, en), None where there is no translation
PROVIDERS = [
    (
        (
            "Atelier Canevas (exemple)",
            "Atelier Canevas (Beispiel)",
            "Atelier Canevas (esempio)",
            "Atelier Canevas (example)",
        ),
        "atelier-canevas-exemple",
        ProviderKind.CONSULTANT,
        ["CH-VD", "CH-GE"],
        ["fr", "en"],
        ["coaching", "workshops"],
        True,
        400,
        (
            "Consultante indépendante qui accompagne des associations et des coopératives dans la "
            "révision de leur modèle d'affaires social, en ateliers de quatre à huit personnes.",
            "Unabhängige Beraterin, die Vereine und Genossenschaften bei der Überarbeitung ihres sozialen "
            "Geschäftsmodells begleitet, in Workshops mit vier bis acht Personen.",
            "Consulente indipendente che accompagna associazioni e cooperative nella revisione del loro "
            "modello di business sociale, in laboratori da quattro a otto persone.",
            "An independent consultant who helps associations and cooperatives revise their social "
            "business model, in workshops of four to eight people.",
        ),
    ),
    (
        ("Coopérative Impact Jura (exemple)", None, None, None),
        "cooperative-impact-jura-exemple",
        ProviderKind.ORGANISATION,
        ["CH-JU", "CH-NE", "CH-BE"],
        ["fr"],
        ["diagnosis", "governance"],
        False,
        300,
        (
            "Coopérative de conseil qui réalise des diagnostics de gouvernance et aide à choisir une "
            "forme juridique adaptée à un projet d'économie sociale et solidaire.",
            None,
            None,
            None,
        ),
    ),
    (
        (
            "Formations Valeurs & Stratégie (exemple)",
            "Valeurs & Stratégie Weiterbildung (Beispiel)",
            "Formazione Valeurs & Stratégie (esempio)",
            None,
        ),
        "formations-valeurs-strategie-exemple",
        ProviderKind.TRAINER,
        ["CH-FR", "CH-BE"],
        ["fr", "de"],
        ["training", "workshops"],
        True,
        250,
        (
            "Formateur bilingue qui anime des ateliers de définition des valeurs et des séances de "
            "stratégie pour des équipes et des comités.",
            "Zweisprachiger Trainer, der Workshops zur Definition von Werten und Strategiesitzungen für "
            "Teams und Vorstände leitet.",
            "Formatore bilingue che conduce laboratori di definizione dei valori e sedute di strategia "
            "per team e comitati.",
            None,
        ),
    ),
    (
        (
            "Sozialwerkstatt Zürich (Beispiel)",
            "Sozialwerkstatt Zürich (Beispiel)",
            "Sozialwerkstatt Zürich (esempio)",
            "Sozialwerkstatt Zürich (example)",
        ),
        "sozialwerkstatt-zurich-exemple",
        ProviderKind.ORGANISATION,
        ["CH-ZH", "CH-AG", "CH-SG"],
        ["de", "en"],
        ["coaching", "impact"],
        False,
        365,
        (
            "Organisation alémanique qui accompagne des entreprises sociales dans la mesure de leur "
            "impact et la construction de leur théorie du changement.",
            "Deutschschweizer Organisation, die Sozialunternehmen bei der Wirkungsmessung und beim Aufbau "
            "ihrer Wirkungslogik begleitet.",
            "Organizzazione della Svizzera tedesca che accompagna imprese sociali nella misurazione del "
            "loro impatto e nella costruzione della loro teoria del cambiamento.",
            "A German-speaking Swiss organisation that supports social enterprises in measuring their "
            "impact and building their theory of change.",
        ),
    ),
    (
        (
            "Consulenza Sociale Ticino (esempio)",
            None,
            "Consulenza Sociale Ticino (esempio)",
            "Consulenza Sociale Ticino (example)",
        ),
        "consulenza-sociale-ticino-exemple",
        ProviderKind.CONSULTANT,
        ["CH-TI", "CH-GR"],
        ["it", "fr"],
        ["coaching", "funding"],
        True,
        200,
        (
            "Consultant tessinois qui aide des projets sociaux à construire un modèle de financement durable.",
            None,
            "Consulente ticinese che aiuta progetti sociali a costruire un modello di finanziamento duraturo.",
            "A consultant in Ticino who helps social projects build a lasting funding model.",
        ),
    ),
    (
        ("Cabinet Rhône Solidaire (exemple)", None, None, None),
        "cabinet-rhone-solidaire-exemple",
        ProviderKind.CONSULTANT,
        ["CH-VS", "CH-VD"],
        ["fr", "de"],
        ["diagnosis", "funding"],
        False,
        20,
        (
            "Petit cabinet valaisan qui accompagne des porteurs de projets, de l'arbre de problèmes au "
            "premier plan de financement.",
            None,
            None,
            None,
        ),
    ),
    (
        ("Réseau Formatrices ESS (exemple)", None, None, "Social Economy Trainers Network (example)"),
        "reseau-formatrices-ess-exemple",
        ProviderKind.TRAINER,
        ["CH", "FR"],
        ["fr", "en"],
        ["training"],
        True,
        500,
        (
            "Collectif de formatrices qui enseignent les canevas de l'association dans des hautes écoles "
            "et des programmes d'incubation, en Suisse et en France.",
            None,
            None,
            "A collective of trainers who teach the association's canvases in universities and incubation "
            "programmes, in Switzerland and France.",
        ),
    ),
    (
        ("Basel Impact Lab (Beispiel)", None, None, None),
        "basel-impact-lab-exemple",
        ProviderKind.ORGANISATION,
        ["CH-BS", "CH-BL", "DE"],
        ["de", "en"],
        ["impact", "workshops"],
        False,
        180,
        (
            "Laboratoire bâlois qui anime des ateliers de co-création autour de la chaîne de valeur de l'impact.",
            None,
            None,
            None,
        ),
    ),
    (
        ("Accompagnement Lucerne Centre (exemple)", None, None, None),
        "accompagnement-lucerne-exemple",
        ProviderKind.CONSULTANT,
        ["CH-LU", "CH-ZG", "CH-SZ"],
        ["de"],
        ["governance", "coaching"],
        False,
        330,
        (
            "Conseillère qui accompagne des fondations et des associations de Suisse centrale dans la "
            "revue de leur gouvernance.",
            None,
            None,
            None,
        ),
    ),
    (
        ("Genève Entreprendre Autrement (exemple)", None, None, None),
        "geneve-entreprendre-autrement-exemple",
        ProviderKind.ORGANISATION,
        ["CH-GE"],
        ["fr", "en", "es"],
        ["workshops", "training", "diagnosis"],
        True,
        280,
        (
            "Association genevoise qui propose des ateliers d'initiation au canevas de modèle d'affaires "
            "social pour des personnes qui créent leur entreprise.",
            None,
            None,
            None,
        ),
    ),
    (
        ("Conseil Neuchâtel Durable (exemple)", None, None, None),
        "conseil-neuchatel-durable-exemple",
        ProviderKind.CONSULTANT,
        ["CH-NE"],
        ["fr"],
        ["diagnosis"],
        False,
        -40,
        ("Consultant en responsabilité sociétale ; sa mise en avant dans l'annuaire a expiré.", None, None, None),
    ),
    (
        ("Formation Fribourg Social (exemple)", None, None, None),
        "formation-fribourg-social-exemple",
        ProviderKind.TRAINER,
        ["CH-FR"],
        ["fr", "de"],
        ["training"],
        False,
        -5,
        ("Formatrice en stratégie pour les organisations sociales ; sa mise en avant a expiré.", None, None, None),
    ),
]

EVIDENCE = [
    t(
        "Appliqué avec une coopérative d'habitation lors de la révision de son modèle (exemple).",
        de="Mit einer Wohnbaugenossenschaft bei der Überarbeitung ihres Modells angewendet (Beispiel).",
        it="Applicato con una cooperativa d'abitazione durante la revisione del suo modello (esempio).",
        en="Applied with a housing cooperative while it revised its model (example).",
    ),
    t(
        "Animé dans trois ateliers avec des équipes d'entreprises sociales (exemple).",
        de="In drei Workshops mit Teams von Sozialunternehmen durchgeführt (Beispiel).",
        it="Condotto in tre laboratori con team di imprese sociali (esempio).",
        en="Facilitated in three workshops with teams of social enterprises (example).",
    ),
]

# name (fr, de, it, en), type, country, since, description (fr, de, it, en); None where there is no translation
PARTNERS = [
    (
        (
            "Faîtière romande de l'économie sociale (exemple)",
            "Westschweizer Dachverband der Sozialwirtschaft (Beispiel)",
            "Organizzazione mantello romanda dell'economia sociale (esempio)",
            "French-speaking umbrella body of the social economy (example)",
        ),
        PartnerType.UMBRELLA_BODY,
        "CH",
        2015,
        (
            "Une faîtière qui recommande les outils à ses membres et relaie les formations.",
            "Ein Dachverband, der seinen Mitgliedern die Werkzeuge empfiehlt und die Weiterbildungen bekannt macht.",
            "Un'organizzazione mantello che raccomanda gli strumenti ai propri membri e fa conoscere le formazioni.",
            "An umbrella body that recommends the tools to its members and spreads the word about trainings.",
        ),
    ),
    (
        (
            "Fondation pour l'entrepreneuriat social (exemple)",
            None,
            None,
            "Foundation for social entrepreneurship (example)",
        ),
        PartnerType.FUNDER,
        "CH",
        2016,
        (
            "Une fondation qui demande aux projets qu'elle soutient de présenter leur modèle avec le canevas.",
            None,
            None,
            "A foundation that asks the projects it supports to present their model with the canvas.",
        ),
    ),
    (
        ("Fonds d'innovation sociale (exemple)", None, None, None),
        PartnerType.FUNDER,
        "CH",
        2019,
        ("Un fonds qui finance la traduction d'outils dans d'autres langues nationales.", None, None, None),
    ),
    (
        (
            "Service cantonal de l'économie (exemple)",
            "Kantonales Amt für Wirtschaft (Beispiel)",
            "Servizio cantonale dell'economia (esempio)",
            None,
        ),
        PartnerType.PUBLIC_BODY,
        "CH",
        2017,
        (
            "Un service public qui oriente les porteurs de projets vers la bibliothèque d'outils.",
            "Eine öffentliche Stelle, die Projektträger auf die Werkzeugbibliothek hinweist.",
            "Un ente pubblico che indirizza chi promuove un progetto verso la biblioteca degli strumenti.",
            None,
        ),
    ),
    (
        ("Haute école de gestion (exemple)", None, None, "School of management (example)"),
        PartnerType.SCHOOL,
        "CH",
        2014,
        (
            "Une haute école qui utilise les canevas dans ses cours d'entrepreneuriat social.",
            None,
            None,
            "A university of applied sciences that uses the canvases in its social entrepreneurship courses.",
        ),
    ),
    (
        ("École de travail social (exemple)", None, None, None),
        PartnerType.SCHOOL,
        "CH",
        2018,
        ("Une école qui fait travailler ses étudiantes et étudiants sur des exemples d'utilisation.", None, None, None),
    ),
    (
        (
            "Réseau européen de l'entrepreneuriat social (exemple)",
            None,
            None,
            "European social enterprise network (example)",
        ),
        PartnerType.INTERNATIONAL,
        "BE",
        2020,
        (
            "Un réseau international avec lequel l'association échange des bonnes pratiques.",
            None,
            None,
            "An international network with which the association shares good practice.",
        ),
    ),
    (
        ("Alliance francophone de l'ESS (exemple)", None, None, None),
        PartnerType.INTERNATIONAL,
        "CA",
        2021,
        ("Une alliance de la francophonie qui diffuse les outils traduits.", None, None, None),
    ),
]


def load(home_sections, locales):
    """Create this app's demo content under the language trees; safe to run again."""
    directory = home_sections["prestataires"]
    set_application_intro(directory, locales)
    tools = list(ToolPage.objects.live().filter(locale=directory.locale).order_by("path"))
    for index, entry in enumerate(PROVIDERS):
        provider = load_provider(index, entry, tools, directory.locale)
        names, *_rest, texts = entry
        for code in translated_languages(names, texts):
            translate(provider, locales[code], t)
    for index, entry in enumerate(PARTNERS):
        partner = load_partner(index, entry, tools, directory.locale)
        names, *_rest, texts = entry
        for code in translated_languages(names, texts):
            translate(partner, locales[code], t)


def translated_languages(names, texts):
    """The languages an entry has a name or a description in, besides French."""
    return [code for code, name, text in zip(LANGUAGES, names[1:], texts[1:], strict=True) if name or text]


def in_languages(values):
    """The translations of (fr, de, it, en) values by language code, the missing ones left out."""
    return {code: value for code, value in zip(LANGUAGES, values[1:], strict=True) if value}


def set_application_intro(directory, locales):
    if directory.application_intro:
        return
    directory.application_intro = APPLICATION_INTRO
    directory.save_revision(log_action=True).publish()
    for code in LANGUAGES:
        if directory.get_translation_or_none(locales[code]) is not None:
            resync(directory, locales[code], texts=t)


def load_provider(index, entry, tools, locale):
    names, slug, kind, regions, languages, services, trained, days_left, texts = entry
    existing = Provider.objects.filter(locale=locale, slug=slug).first()
    if existing is not None:
        return existing
    name = t(names[0], **in_languages(names))
    description = t.paragraphs(
        (texts[0], in_languages(texts)),
        (FICTIONAL, {}),
    )
    provider = Provider(
        locale=locale,
        name=name,
        slug=slug,
        kind=kind,
        description=description,
        regions=regions,
        languages=languages,
        services=services,
        trained_by_sbm=trained,
        listed_until=timezone.localdate() + datetime.timedelta(days=days_left),
        email=f"{slug}@providers.example",
        website=f"https://{slug}.example",
        logo=demo_logo(names[0], slug, index),
        live=False,
    )
    if tools:
        picked = [tools[index % len(tools)], tools[(index * 3 + 1) % len(tools)]]
        provider.tools = [
            ProviderTool(tool=tool, evidence=EVIDENCE[position], locale=locale)
            for position, tool in enumerate(dict.fromkeys(picked))
        ]
    provider.save()
    provider.save_revision(log_action=True).publish()
    return provider


def load_partner(index, entry, tools, locale):
    names, partner_type, country, since, texts = entry
    existing = Partner.objects.filter(locale=locale, name=names[0]).first()
    if existing is not None:
        return existing
    name = t(names[0], **in_languages(names))
    description = t.paragraphs(
        (texts[0], in_languages(texts)),
        (FICTIONAL_PARTNER, {}),
    )
    partner = Partner(
        locale=locale,
        name=name,
        partner_type=partner_type,
        country=country,
        since=since,
        description=description,
        website="",
        live=False,
    )
    if tools and partner_type in (PartnerType.SCHOOL, PartnerType.FUNDER):
        partner.projects = [PartnerProject(page=tools[(index * 5) % len(tools)])]
    partner.save()
    partner.save_revision(log_action=True).publish()
    return partner
