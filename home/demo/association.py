"""Demo content: the association's own pages and the footer, from its description of itself."""

from sbm_site.demo import add_child
from sbm_site.models import Footer

from ..models import AssociationPage, MembershipFormPage
from .texts import paragraphs, tr


def heading(fr, others):
    return ("heading", {"text": tr(fr, others), "level": "h2"})


def prose(*items):
    return ("paragraph", paragraphs(*items))


def working_group(name, mission, tasks):
    return (
        "working_group",
        {
            "name": tr(name[0], name[1:]),
            "mission": tr(mission[0], mission[1:]),
            "tasks": [tr(task[0], task[1:]) for task in tasks],
        },
    )


def association_root():
    tr("association", ("verein", "associazione", "association"))
    return AssociationPage(
        title=tr("L'association", ("Der Verein", "L'associazione", "The association")),
        slug="association",
        show_in_menus=True,
        intro=paragraphs(
            (
                "Social Business Models est une association suisse fondée en mai 2013. Elle compte plus de 60 membres.",
                "Social Business Models ist ein im Mai 2013 gegründeter Schweizer Verein mit über 60 Mitgliedern.",
                "Social Business Models è un'associazione svizzera fondata nel maggio 2013 che conta più di 60 membri.",
                "Social Business Models is a Swiss association founded in May 2013, with more than 60 members.",
            )
        ),
        body=[
            heading("Notre mission", ("Unsere Mission", "La nostra missione", "Our mission")),
            prose(
                (
                    "Favoriser l'économie sociale et solidaire en offrant un écosystème complet d'outils, de "
                    "formations et de modèles pour des modèles d'affaires durables.",
                    "Die Sozial- und Solidarwirtschaft fördern, indem wir ein vollständiges Ökosystem aus "
                    "Werkzeugen, Ausbildungen und Modellen für dauerhafte Geschäftsmodelle anbieten.",
                    "Favorire l'economia sociale e solidale offrendo un ecosistema completo di strumenti, "
                    "formazioni e modelli per modelli di business duraturi.",
                    "To foster the social and solidarity economy by offering a complete ecosystem of tools, "
                    "training and models for lasting business models.",
                )
            ),
            heading("Notre vision", ("Unsere Vision", "La nostra visione", "Our vision")),
            prose(
                (
                    "Vers l'extérieur, davantage d'organisations dont le but premier est l'impact sociétal. "
                    "Vers l'intérieur, une plateforme romande, nationale et internationale de co-création "
                    "d'outils et de partage de bonnes pratiques.",
                    "Nach aussen: mehr Organisationen, deren erstes Ziel die gesellschaftliche Wirkung ist. "
                    "Nach innen: eine Plattform in der Romandie, national und international, für die "
                    "gemeinsame Entwicklung von Werkzeugen und den Austausch guter Praxis.",
                    "Verso l'esterno, più organizzazioni il cui scopo principale è l'impatto sociale. Verso "
                    "l'interno, una piattaforma romanda, nazionale e internazionale per co-creare strumenti "
                    "e condividere buone pratiche.",
                    "Outside: more organisations whose main aim is societal impact. Inside: a platform, in "
                    "French-speaking Switzerland, nationally and internationally, for co-creating tools and "
                    "sharing good practice.",
                )
            ),
            heading("Nos valeurs", ("Unsere Werte", "I nostri valori", "Our values")),
            prose(
                (
                    "L'intelligence collective.",
                    "Kollektive Intelligenz.",
                    "L'intelligenza collettiva.",
                    "Collective intelligence.",
                ),
                (
                    "La responsabilité partagée du bien-être social.",
                    "Die geteilte Verantwortung für das soziale Wohlergehen.",
                    "La responsabilità condivisa del benessere sociale.",
                    "Shared responsibility for social well-being.",
                ),
                (
                    "La coopération et le partenariat.",
                    "Zusammenarbeit und Partnerschaft.",
                    "La cooperazione e il partenariato.",
                    "Cooperation and partnership.",
                ),
                (
                    "La cohérence entre ce que nous disons et ce que nous faisons.",
                    "Die Übereinstimmung zwischen dem, was wir sagen, und dem, was wir tun.",
                    "La coerenza tra ciò che diciamo e ciò che facciamo.",
                    "Coherence between what we say and what we do.",
                ),
            ),
        ],
    )


def general_assembly():
    tr("assemblee-generale", ("generalversammlung", "assemblea-generale", "general-assembly"))
    return AssociationPage(
        title=tr("Assemblée générale", ("Generalversammlung", "Assemblea generale", "General assembly")),
        slug="assemblee-generale",
        intro=paragraphs(
            (
                "L'Assemblée générale réunit tous les membres. C'est l'organe suprême de l'association.",
                "Die Generalversammlung vereint alle Mitglieder. Sie ist das oberste Organ des Vereins.",
                "L'Assemblea generale riunisce tutti i membri. È l'organo supremo dell'associazione.",
                "The general assembly brings all the members together. It is the association's supreme body.",
            )
        ),
        body=[
            prose(
                (
                    "Elle élit le comité, approuve les comptes et oriente la stratégie. Depuis la stratégie "
                    "2015-2016, la formation et l'annuaire des prestataires sont des services payants.",
                    "Sie wählt den Vorstand, genehmigt die Rechnung und gibt die Strategie vor. Seit der "
                    "Strategie 2015–2016 sind Ausbildung und Anbieterverzeichnis kostenpflichtige Dienste.",
                    "Elegge il comitato, approva i conti e orienta la strategia. Dalla strategia 2015-2016, "
                    "la formazione e l'elenco dei fornitori sono servizi a pagamento.",
                    "It elects the committee, approves the accounts and sets the strategy. Since the "
                    "2015–2016 strategy, training and the provider directory have been paid services.",
                )
            )
        ],
    )


def committee():
    tr("comite", ("vorstand", "comitato", "committee"))
    return AssociationPage(
        title=tr("Comité", ("Vorstand", "Comitato", "Committee")),
        slug="comite",
        intro=paragraphs(
            (
                "Le comité de sept personnes conduit l'association entre deux assemblées générales.",
                "Der siebenköpfige Vorstand führt den Verein zwischen zwei Generalversammlungen.",
                "Il comitato di sette persone guida l'associazione tra due assemblee generali.",
                "The committee of seven people runs the association between two general assemblies.",
            )
        ),
        body=[
            prose(
                (
                    "Il valide les outils au terme du processus de co-création, après la revue du GT Production.",
                    "Er validiert die Werkzeuge am Ende des Mitgestaltungsprozesses, nach der Prüfung durch die AG Produktion.",
                    "Convalida gli strumenti al termine del processo di co-creazione, dopo la revisione del GL Produzione.",
                    "It validates the tools at the end of the co-creation process, after GT Production's review.",
                )
            )
        ],
    )


def working_groups():
    tr("groupes-de-travail", ("arbeitsgruppen", "gruppi-di-lavoro", "working-groups"))
    return AssociationPage(
        title=tr("Groupes de travail", ("Arbeitsgruppen", "Gruppi di lavoro", "Working groups")),
        slug="groupes-de-travail",
        intro=paragraphs(
            (
                "Quatre groupes de travail font vivre l'association.",
                "Vier Arbeitsgruppen tragen den Verein.",
                "Quattro gruppi di lavoro animano l'associazione.",
                "Four working groups keep the association going.",
            )
        ),
        body=[
            working_group(
                ("GT Production", "AG Produktion", "GL Produzione", "GT Production (production)"),
                (
                    "En charge du processus de co-création des outils.",
                    "Zuständig für den Prozess der gemeinsamen Entwicklung der Werkzeuge.",
                    "Responsabile del processo di co-creazione degli strumenti.",
                    "In charge of the co-creation process of the tools.",
                ),
                [
                    (
                        "Relire les outils proposés et révisés",
                        "Vorgeschlagene und überarbeitete Werkzeuge prüfen",
                        "Rileggere gli strumenti proposti e rivisti",
                        "Review proposed and revised tools",
                    ),
                    (
                        "Trier les propositions d'outils, de révisions et d'exemples",
                        "Vorschläge für Werkzeuge, Überarbeitungen und Beispiele sichten",
                        "Smistare le proposte di strumenti, revisioni ed esempi",
                        "Triage proposals of tools, revisions and examples",
                    ),
                ],
            ),
            working_group(
                ("GT Communication", "AG Kommunikation", "GL Comunicazione", "GT Communication (communication)"),
                (
                    "En charge de la diffusion et de la communication globale.",
                    "Zuständig für die Verbreitung und die gesamte Kommunikation.",
                    "Responsabile della diffusione e della comunicazione globale.",
                    "In charge of spreading the tools and of communication as a whole.",
                ),
                [
                    (
                        "Relire les pages du site avant publication",
                        "Seiten der Website vor der Veröffentlichung prüfen",
                        "Rileggere le pagine del sito prima della pubblicazione",
                        "Review the site's pages before publication",
                    ),
                    (
                        "Organiser ateliers, webinaires et conférences",
                        "Workshops, Webinare und Konferenzen organisieren",
                        "Organizzare laboratori, webinar e conferenze",
                        "Organise workshops, webinars and conferences",
                    ),
                ],
            ),
            working_group(
                ("GT Site", "AG Website", "GL Sito", "GT Site (website)"),
                (
                    "En charge de la réforme du site Internet.",
                    "Zuständig für die Erneuerung der Website.",
                    "Responsabile della riforma del sito Internet.",
                    "In charge of reforming the website.",
                ),
                [
                    (
                        "Faire évoluer le site et ses outils d'édition",
                        "Die Website und ihre Redaktionswerkzeuge weiterentwickeln",
                        "Far evolvere il sito e i suoi strumenti di redazione",
                        "Develop the site and its editing tools",
                    ),
                ],
            ),
            working_group(
                ("GT Administration", "AG Administration", "GL Amministrazione", "GT Administration (administration)"),
                (
                    "En charge de toutes les activités administratives et financières.",
                    "Zuständig für alle administrativen und finanziellen Tätigkeiten.",
                    "Responsabile di tutte le attività amministrative e finanziarie.",
                    "In charge of all administrative and financial activities.",
                ),
                [
                    (
                        "Traiter les demandes d'adhésion",
                        "Beitrittsgesuche bearbeiten",
                        "Trattare le domande di adesione",
                        "Handle membership requests",
                    ),
                    (
                        "Tenir l'annuaire des prestataires",
                        "Das Anbieterverzeichnis führen",
                        "Gestire l'elenco dei fornitori",
                        "Keep the provider directory",
                    ),
                ],
            ),
        ],
    )


def membership_form():
    tr("adherer", ("mitglied-werden", "aderire", "join"))
    return MembershipFormPage(
        title=tr(
            "Adhérer ou nous écrire",
            ("Mitglied werden oder schreiben", "Aderire o scriverci", "Join us or write to us"),
        ),
        slug="adherer",
        intro=paragraphs(
            (
                "Devenez membre, rejoignez un groupe de travail ou posez-nous une question : le GT Administration vous répond.",
                "Werden Sie Mitglied, arbeiten Sie in einer Arbeitsgruppe mit oder stellen Sie uns eine Frage: die AG Administration antwortet Ihnen.",
                "Diventate membri, unitevi a un gruppo di lavoro o fateci una domanda: il GL Amministrazione vi risponde.",
                "Become a member, join a working group or ask us a question: GT Administration will answer you.",
            )
        ),
        thank_you_text=paragraphs(
            (
                "Merci ! Votre message a bien été enregistré. Le GT Administration vous répondra.",
                "Danke! Ihre Nachricht wurde gespeichert. Die AG Administration wird Ihnen antworten.",
                "Grazie! Il vostro messaggio è stato registrato. Il GL Amministrazione vi risponderà.",
                "Thank you! Your message has been recorded. GT Administration will answer you.",
            )
        ),
    )


def load_association_pages(home):
    root = add_child(home, association_root())
    for page in (general_assembly(), committee(), working_groups(), membership_form()):
        add_child(root, page)
    return root


def load_footers(locales):
    footer = Footer.objects.filter(locale=locales["fr"]).first()
    about = paragraphs(
        (
            "Social Business Models co-crée et diffuse des outils pour élaborer et réviser des modèles d'affaires sociaux.",
            "Social Business Models entwickelt und verbreitet gemeinsam Werkzeuge für soziale Geschäftsmodelle.",
            "Social Business Models co-crea e diffonde strumenti per elaborare e rivedere modelli di business sociali.",
            "Social Business Models co-creates and spreads tools for designing and revising social business models.",
        )
    )
    legal = tr(
        "Association à but non lucratif au sens des articles 60 et suivants du Code civil suisse.",
        (
            "Gemeinnütziger Verein im Sinne von Artikel 60 ff. des Schweizerischen Zivilgesetzbuches.",
            "Associazione senza scopo di lucro ai sensi degli articoli 60 e seguenti del Codice civile svizzero.",
            "Non-profit association under articles 60 ff. of the Swiss Civil Code.",
        ),
    )
    if footer is None:
        footer = Footer(locale=locales["fr"], about=about, legal=legal)
        footer.save()
        footer.save_revision().publish()
    return footer
