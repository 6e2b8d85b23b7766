"""Demo content: the privacy notice and the legal notice, true for the demo's configuration.

The retention periods are those the purge applies by default (spam and rejected contributions
3 months, triaged contributions and membership requests 24 months, training registrations 12
months after the session, messages to providers 6 months). The association's postal address is
not known: the legal notice says so rather than inventing one.
"""

from django.conf import settings

from sbm_site.demo import add_child, translate

from ..models import LegalNoticePage, PrivacyNoticePage
from .texts import paragraphs, t, tr


def contact_email():
    return settings.SBM_ADMINISTRATION_EMAIL or "administration@socialbusinessmodels.example"


def processing(title, data, purpose, recipients, retention):
    """A ProcessingBlock value from (fr, de, it, en) tuples."""
    return (
        "processing",
        {
            "title": tr(title[0], title[1:]),
            "data": tr(data[0], data[1:]),
            "purpose": tr(purpose[0], purpose[1:]),
            "recipients": tr(recipients[0], recipients[1:]),
            "retention": tr(retention[0], retention[1:]),
        },
    )


PROCESSINGS = [
    (
        (
            "Le formulaire « Adhérer ou nous écrire »",
            "Das Formular «Mitglied werden oder schreiben»",
            "Il modulo «Aderire o scriverci»",
            "The form “Join us or write to us”",
        ),
        (
            "Votre nom, votre adresse e-mail, votre organisation (facultative), l'objet de votre demande et votre message.",
            "Ihr Name, Ihre E-Mail-Adresse, Ihre Organisation (freiwillig), Ihr Anliegen und Ihre Nachricht.",
            "Il vostro nome, il vostro indirizzo e-mail, la vostra organizzazione (facoltativa), l'oggetto della richiesta e il vostro messaggio.",
            "Your name, e-mail address, organisation (optional), what you ask for and your message.",
        ),
        (
            "Répondre à votre demande d'adhésion, à votre envie de rejoindre un groupe de travail ou à votre question.",
            "Ihr Beitrittsgesuch, Ihren Wunsch nach Mitarbeit in einer Arbeitsgruppe oder Ihre Frage beantworten.",
            "Rispondere alla vostra domanda di adesione, al desiderio di unirvi a un gruppo di lavoro o alla vostra domanda.",
            "To answer your request to join, to take part in a working group, or your question.",
        ),
        (
            "Les membres du GT Administration et du Comité, dans l'administration du site ; le GT Administration "
            "en est averti par e-mail. Rien n'est publié.",
            "Die Mitglieder der AG Administration und des Vorstands, in der Verwaltung der Website; die AG "
            "Administration wird per E-Mail benachrichtigt. Nichts wird veröffentlicht.",
            "I membri del GL Amministrazione e del Comitato, nell'amministrazione del sito; il GL Amministrazione "
            "riceve un avviso per e-mail. Nulla viene pubblicato.",
            "The members of GT Administration and of the Committee, in the site's administration; GT Administration "
            "is told by e-mail. Nothing is published.",
        ),
        (
            "24 mois, puis effacement ; 3 mois pour les messages indésirables.",
            "24 Monate, danach gelöscht; unerwünschte Nachrichten 3 Monate.",
            "24 mesi, poi cancellazione; 3 mesi per i messaggi indesiderati.",
            "24 months, then deleted; unwanted messages 3 months.",
        ),
    ),
    (
        (
            "Les formulaires de co-création d'outils (proposer un outil, suggérer une révision, partager un "
            "exemple, proposer une traduction)",
            "Die Formulare zur gemeinsamen Entwicklung der Werkzeuge (Werkzeug vorschlagen, Überarbeitung "
            "vorschlagen, Beispiel teilen, Übersetzung anbieten)",
            "I moduli di co-creazione degli strumenti (proporre uno strumento, suggerire una revisione, "
            "condividere un esempio, offrire una traduzione)",
            "The tool co-creation forms (propose a tool, suggest a revision, share an example, offer a translation)",
        ),
        (
            "Votre nom, votre adresse e-mail, votre organisation (facultative) et ce que vous proposez : l'outil, "
            "la révision, l'exemple, ou la langue de traduction et votre expérience.",
            "Ihr Name, Ihre E-Mail-Adresse, Ihre Organisation (freiwillig) und Ihr Vorschlag: das Werkzeug, die "
            "Überarbeitung, das Beispiel oder die Zielsprache und Ihre Erfahrung.",
            "Il vostro nome, il vostro indirizzo e-mail, la vostra organizzazione (facoltativa) e ciò che "
            "proponete: lo strumento, la revisione, l'esempio, oppure la lingua di traduzione e la vostra esperienza.",
            "Your name, e-mail address, organisation (optional) and what you propose: the tool, the revision, the "
            "example, or the language and your experience.",
        ),
        (
            "Examiner votre contribution, vous répondre et, si elle est retenue, l'intégrer à la bibliothèque "
            "d'outils. Un exemple retenu paraît sur la fiche sous le nom de votre organisation ; votre nom et "
            "votre adresse e-mail ne sont jamais publiés.",
            "Ihren Beitrag prüfen, Ihnen antworten und ihn, wenn er angenommen wird, in die Werkzeugbibliothek "
            "aufnehmen. Ein angenommenes Beispiel erscheint auf dem Werkzeugblatt unter dem Namen Ihrer "
            "Organisation; Ihr Name und Ihre E-Mail-Adresse werden nie veröffentlicht.",
            "Esaminare il vostro contributo, rispondervi e, se viene accolto, integrarlo nella biblioteca degli "
            "strumenti. Un esempio accolto compare sulla scheda con il nome della vostra organizzazione; il vostro "
            "nome e il vostro indirizzo e-mail non vengono mai pubblicati.",
            "To assess your contribution, answer you and, if it is accepted, bring it into the tool library. An "
            "accepted example appears on the sheet under your organisation's name; your name and e-mail address "
            "are never published.",
        ),
        (
            "Le GT Production et le Comité ; pour une offre de traduction, aussi les personnes qui relisent la "
            "langue concernée. Ils en sont avertis par e-mail.",
            "Die AG Produktion und der Vorstand; bei einem Übersetzungsangebot auch das Lektorat der betreffenden "
            "Sprache. Sie werden per E-Mail benachrichtigt.",
            "Il GL Produzione e il Comitato; per un'offerta di traduzione anche le persone che rivedono i testi "
            "nella lingua interessata. Ricevono un avviso per e-mail.",
            "GT Production and the Committee; for a translation offer, also the reviewers of that language. They "
            "are told by e-mail.",
        ),
        (
            "24 mois après leur traitement ; 3 mois pour les contributions refusées et les messages indésirables.",
            "24 Monate nach der Bearbeitung; abgelehnte Beiträge und unerwünschte Nachrichten 3 Monate.",
            "24 mesi dopo il trattamento; 3 mesi per i contributi respinti e i messaggi indesiderati.",
            "24 months after they are dealt with; declined contributions and unwanted messages 3 months.",
        ),
    ),
    (
        (
            "Le formulaire « Partager votre modèle »",
            "Das Formular «Ihr Modell teilen»",
            "Il modulo «Condividere il vostro modello»",
            "The form “Share your model”",
        ),
        (
            "Votre nom, votre adresse e-mail, votre organisation et la description de son modèle d'affaires social.",
            "Ihr Name, Ihre E-Mail-Adresse, Ihre Organisation und die Beschreibung ihres sozialen Geschäftsmodells.",
            "Il vostro nome, il vostro indirizzo e-mail, la vostra organizzazione e la descrizione del suo "
            "modello di business sociale.",
            "Your name, e-mail address, organisation and the description of its social business model.",
        ),
        (
            "Examiner le modèle et, s'il est retenu puis relu, le publier sous le nom de votre organisation et "
            "sous la licence libre que vous avez choisie ; votre nom et votre adresse e-mail ne sont jamais publiés.",
            "Das Modell prüfen und es, wenn es angenommen und lektoriert ist, unter dem Namen Ihrer Organisation "
            "und der von Ihnen gewählten freien Lizenz veröffentlichen; Ihr Name und Ihre E-Mail-Adresse werden "
            "nie veröffentlicht.",
            "Esaminare il modello e, se accolto e rivisto, pubblicarlo con il nome della vostra organizzazione e "
            "la licenza libera che avete scelto; il vostro nome e il vostro indirizzo e-mail non vengono mai "
            "pubblicati.",
            "To assess the model and, once it is accepted and reviewed, publish it under your organisation's name "
            "and the open licence you chose; your name and e-mail address are never published.",
        ),
        (
            "Le GT Communication et le Comité.",
            "Die AG Kommunikation und der Vorstand.",
            "Il GL Comunicazione e il Comitato.",
            "GT Communication and the Committee.",
        ),
        (
            "24 mois après leur traitement ; 3 mois pour les propositions refusées et les messages indésirables. "
            "Un modèle publié reste en ligne tant que l'association le publie.",
            "24 Monate nach der Bearbeitung; abgelehnte Vorschläge und unerwünschte Nachrichten 3 Monate. Ein "
            "veröffentlichtes Modell bleibt online, solange der Verein es veröffentlicht.",
            "24 mesi dopo il trattamento; 3 mesi per le proposte respinte e i messaggi indesiderati. Un modello "
            "pubblicato resta online finché l'associazione lo pubblica.",
            "24 months after they are dealt with; declined proposals and unwanted messages 3 months. A published "
            "model stays online for as long as the association publishes it.",
        ),
    ),
    (
        (
            "Le formulaire « Rejoindre l'annuaire »",
            "Das Formular «Ins Verzeichnis eintragen lassen»",
            "Il modulo «Iscriversi all'elenco»",
            "The form “Join the directory”",
        ),
        (
            "Le nom à afficher, la personne de contact et son adresse e-mail, les régions, langues et services, "
            "les outils appliqués, le site web.",
            "Der anzuzeigende Name, die Kontaktperson und ihre E-Mail-Adresse, Regionen, Sprachen und "
            "Dienstleistungen, die angewendeten Werkzeuge, die Website.",
            "Il nome da mostrare, la persona di contatto e il suo indirizzo e-mail, le regioni, le lingue e i "
            "servizi, gli strumenti applicati, il sito web.",
            "The name to show, the contact person and their e-mail address, regions, languages and services, the "
            "tools applied, the website.",
        ),
        (
            "Examiner la candidature et, si elle est acceptée, publier la fiche dans l'annuaire. L'adresse e-mail "
            "n'est jamais affichée : elle sert à transmettre les messages des visiteurs et à rappeler la fin de "
            "l'inscription.",
            "Die Bewerbung prüfen und, wenn sie angenommen wird, den Eintrag im Verzeichnis veröffentlichen. Die "
            "E-Mail-Adresse wird nie angezeigt: Über sie werden Nachrichten von Besucherinnen und Besuchern "
            "weitergeleitet und das Ende des Eintrags angekündigt.",
            "Esaminare la candidatura e, se accettata, pubblicare la scheda nell'elenco. L'indirizzo e-mail non "
            "viene mai mostrato: serve a inoltrare i messaggi dei visitatori e a ricordare la scadenza "
            "dell'iscrizione.",
            "To assess the application and, once it is accepted, publish the entry in the directory. The e-mail "
            "address is never shown: it serves to forward visitors' messages and to remind the provider before "
            "the entry ends.",
        ),
        (
            "Le GT Administration et le Comité.",
            "Die AG Administration und der Vorstand.",
            "Il GL Amministrazione e il Comitato.",
            "GT Administration and the Committee.",
        ),
        (
            "24 mois après leur traitement ; 3 mois pour les candidatures refusées et les messages indésirables. "
            "Une fiche publiée reste dans l'annuaire jusqu'à sa date de validité.",
            "24 Monate nach der Bearbeitung; abgelehnte Bewerbungen und unerwünschte Nachrichten 3 Monate. Ein "
            "veröffentlichter Eintrag bleibt bis zu seinem Ablaufdatum im Verzeichnis.",
            "24 mesi dopo il trattamento; 3 mesi per le candidature respinte e i messaggi indesiderati. Una "
            "scheda pubblicata resta nell'elenco fino alla sua data di validità.",
            "24 months after they are dealt with; declined applications and unwanted messages 3 months. A "
            "published entry stays in the directory until its expiry date.",
        ),
    ),
    (
        (
            "Le formulaire de contact d'un prestataire",
            "Das Kontaktformular eines Anbieters",
            "Il modulo di contatto di un fornitore",
            "A provider's contact form",
        ),
        (
            "Votre nom, votre adresse e-mail, votre organisation (facultative) et votre message.",
            "Ihr Name, Ihre E-Mail-Adresse, Ihre Organisation (freiwillig) und Ihre Nachricht.",
            "Il vostro nome, il vostro indirizzo e-mail, la vostra organizzazione (facoltativa) e il vostro messaggio.",
            "Your name, e-mail address, organisation (optional) and your message.",
        ),
        (
            "Transmettre votre message au prestataire, qui vous répond directement à votre adresse e-mail.",
            "Ihre Nachricht an den Anbieter weiterleiten, der Ihnen direkt an Ihre E-Mail-Adresse antwortet.",
            "Inoltrare il vostro messaggio al fornitore, che vi risponde direttamente al vostro indirizzo e-mail.",
            "To forward your message to the provider, who answers you directly at your e-mail address.",
        ),
        (
            "Le prestataire choisi, par e-mail ; le GT Administration seulement si le message n'a pas pu lui "
            "être transmis.",
            "Der gewählte Anbieter, per E-Mail; die AG Administration nur, wenn die Nachricht nicht weitergeleitet "
            "werden konnte.",
            "Il fornitore scelto, per e-mail; il GL Amministrazione solo se il messaggio non ha potuto essergli "
            "inoltrato.",
            "The provider you chose, by e-mail; GT Administration only if the message could not be forwarded.",
        ),
        (
            "6 mois ; 3 mois pour les messages indésirables.",
            "6 Monate; unerwünschte Nachrichten 3 Monate.",
            "6 mesi; 3 mesi per i messaggi indesiderati.",
            "6 months; unwanted messages 3 months.",
        ),
    ),
    (
        (
            "L'inscription à une formation",
            "Die Anmeldung zu einer Ausbildung",
            "L'iscrizione a una formazione",
            "Registering for a training session",
        ),
        (
            "La session choisie, votre nom, votre adresse e-mail, votre organisation (facultative) et vos "
            "questions ou besoins.",
            "Der gewählte Termin, Ihr Name, Ihre E-Mail-Adresse, Ihre Organisation (freiwillig) und Ihre Fragen "
            "oder Bedürfnisse.",
            "La sessione scelta, il vostro nome, il vostro indirizzo e-mail, la vostra organizzazione "
            "(facoltativa) e le vostre domande o esigenze.",
            "The session chosen, your name, e-mail address, organisation (optional) and your questions or needs.",
        ),
        (
            "Organiser la session, vous confirmer votre place et vous écrire à son sujet.",
            "Den Termin organisieren, Ihnen Ihren Platz bestätigen und Ihnen dazu schreiben.",
            "Organizzare la sessione, confermarvi il posto e scrivervi a riguardo.",
            "To organise the session, confirm your place and write to you about it.",
        ),
        (
            "Le GT Administration et le Comité.",
            "Die AG Administration und der Vorstand.",
            "Il GL Amministrazione e il Comitato.",
            "GT Administration and the Committee.",
        ),
        (
            "12 mois après la session, puis effacement ; 3 mois pour les messages indésirables.",
            "12 Monate nach dem Termin, danach gelöscht; unerwünschte Nachrichten 3 Monate.",
            "12 mesi dopo la sessione, poi cancellazione; 3 mesi per i messaggi indesiderati.",
            "12 months after the session, then deleted; unwanted messages 3 months.",
        ),
    ),
    (
        (
            "La protection des formulaires contre les abus",
            "Der Schutz der Formulare vor Missbrauch",
            "La protezione dei moduli dagli abusi",
            "Protecting the forms against abuse",
        ),
        (
            "Une empreinte (hachage) de votre adresse IP, quand vous envoyez un formulaire.",
            "Ein Hashwert Ihrer IP-Adresse, wenn Sie ein Formular absenden.",
            "Un'impronta (hash) del vostro indirizzo IP, quando inviate un modulo.",
            "A hash of your IP address, when you send a form.",
        ),
        (
            "Limiter à cinq par heure les envois venant d'une même adresse.",
            "Sendungen von derselben Adresse auf fünf pro Stunde begrenzen.",
            "Limitare a cinque all'ora gli invii provenienti dallo stesso indirizzo.",
            "To limit what one address may send to five forms an hour.",
        ),
        (
            "Personne : le site la lit lui-même, automatiquement.",
            "Niemand: Die Website liest ihn selbst, automatisch.",
            "Nessuno: il sito la legge da sé, automaticamente.",
            "No one: the site reads it itself, automatically.",
        ),
        ("1 heure.", "1 Stunde.", "1 ora.", "1 hour."),
    ),
]


def privacy_notice():
    tr("protection-des-donnees", ("datenschutz", "protezione-dei-dati", "privacy"))
    return PrivacyNoticePage(
        title=tr("Protection des données", ("Datenschutzerklärung", "Protezione dei dati", "Privacy notice")),
        slug="protection-des-donnees",
        intro=paragraphs(
            (
                "Quelles données personnelles le site de Social Business Models recueille, pourquoi, qui les lit, "
                "combien de temps elles sont gardées et comment exercer vos droits. Lire le site ne demande "
                "aucune donnée personnelle.",
                "Welche Personendaten die Website von Social Business Models erhebt, wozu, wer sie liest, wie "
                "lange sie aufbewahrt werden und wie Sie Ihre Rechte ausüben. Zum Lesen der Website braucht es "
                "keine Personendaten.",
                "Quali dati personali raccoglie il sito di Social Business Models, a quale scopo, chi li legge, "
                "per quanto tempo sono conservati e come esercitare i vostri diritti. Per leggere il sito non "
                "serve alcun dato personale.",
                "Which personal data the Social Business Models site collects, why, who reads them, how long they "
                "are kept and how to exercise your rights. Reading the site requires no personal data.",
            )
        ),
        controller=paragraphs(
            (
                "Le responsable du traitement est l'association Social Business Models, association suisse à but "
                "non lucratif au sens des articles 60 et suivants du Code civil suisse. Son groupe de travail "
                "Administration (GT Administration) répond aux questions sur vos données et aux demandes "
                "d'exercice de vos droits : écrivez-lui à l'adresse ci-dessous ou par le formulaire « Adhérer ou "
                "nous écrire » de la rubrique L'association.",
                "Verantwortlich für die Bearbeitung ist der Verein Social Business Models, ein gemeinnütziger "
                "Schweizer Verein im Sinne von Artikel 60 ff. des Zivilgesetzbuches. Seine Arbeitsgruppe "
                "Administration (AG Administration) beantwortet Fragen zu Ihren Daten und Begehren zur Ausübung "
                "Ihrer Rechte: Schreiben Sie ihr an die untenstehende Adresse oder über das Formular «Mitglied "
                "werden oder schreiben» im Bereich Der Verein.",
                "Titolare del trattamento è l'associazione Social Business Models, associazione svizzera senza "
                "scopo di lucro ai sensi degli articoli 60 e seguenti del Codice civile svizzero. Il suo gruppo "
                "di lavoro Amministrazione (GL Amministrazione) risponde alle domande sui vostri dati e alle "
                "richieste di esercizio dei vostri diritti: scrivetegli all'indirizzo qui sotto o tramite il "
                "modulo «Aderire o scriverci» nella sezione L'associazione.",
                "The controller is Social Business Models, a Swiss non-profit association under articles 60 ff. "
                "of the Swiss Civil Code. Its Administration working group (GT Administration) answers questions "
                "about your data and requests to exercise your rights: write to it at the address below or "
                "through the form “Join us or write to us” under The association.",
            )
        ),
        contact_email=contact_email(),
        processings=[processing(*parts) for parts in PROCESSINGS],
        processors=paragraphs(
            (
                "Dans sa configuration actuelle, le site n'a recours à aucun prestataire externe : les avis par "
                "e-mail ne quittent pas la machine qui l'héberge. Si l'association confie l'hébergement ou la "
                "messagerie à un prestataire, celui-ci sera nommé ici, avec le pays où il traite les données.",
                "In ihrer jetzigen Konfiguration nimmt die Website keinen externen Dienstleister in Anspruch: Die "
                "Benachrichtigungen per E-Mail verlassen den Rechner nicht, auf dem sie läuft. Überträgt der "
                "Verein das Hosting oder den E-Mail-Versand einem Dienstleister, wird dieser hier genannt, mit dem "
                "Land, in dem er die Daten bearbeitet.",
                "Nella configurazione attuale il sito non ricorre ad alcun fornitore esterno: gli avvisi per "
                "e-mail non lasciano la macchina che lo ospita. Se l'associazione affida l'hosting o la posta "
                "elettronica a un fornitore, questo sarà indicato qui, con il paese in cui tratta i dati.",
                "As it is set up now, the site uses no outside provider: e-mail notices do not leave the machine it "
                "runs on. If the association entrusts hosting or e-mail to a provider, it will be named here, with "
                "the country where it processes the data.",
            ),
            (
                "Aucune donnée n'est vendue ni transmise à des tiers à des fins publicitaires.",
                "Keine Daten werden verkauft oder zu Werbezwecken an Dritte weitergegeben.",
                "Nessun dato viene venduto né trasmesso a terzi a fini pubblicitari.",
                "No data is sold or passed on to anyone for advertising.",
            ),
        ),
        cookies=paragraphs(
            (
                "Lire le site ne dépose aucun cookie et ne fait appel à aucun autre site : ni mesure d'audience, "
                "ni réseau social, ni police ou vidéo hébergée ailleurs. Seules les pages qui portent un "
                "formulaire déposent un cookie technique, « csrftoken », qui protège l'envoi du formulaire contre "
                "la falsification ; il ne sert à rien d'autre. Les personnes qui se connectent à l'administration "
                "du site reçoivent en plus un cookie de session.",
                "Das Lesen der Website setzt kein Cookie und ruft keine andere Website auf: keine "
                "Reichweitenmessung, keine sozialen Netzwerke, keine anderswo gehosteten Schriften oder Videos. "
                "Nur Seiten mit einem Formular setzen ein technisches Cookie, «csrftoken», das das Absenden des "
                "Formulars vor Fälschung schützt; es dient zu nichts anderem. Wer sich in der Verwaltung der "
                "Website anmeldet, erhält zusätzlich ein Sitzungscookie.",
                "La lettura del sito non deposita alcun cookie e non richiama alcun altro sito: niente "
                "misurazione del pubblico, social network, caratteri o video ospitati altrove. Solo le pagine con "
                "un modulo depositano un cookie tecnico, «csrftoken», che protegge l'invio del modulo dalla "
                "falsificazione; non serve ad altro. Chi accede all'amministrazione del sito riceve in più un "
                "cookie di sessione.",
                "Reading the site sets no cookie and calls on no other site: no audience measurement, no social "
                "networks, no fonts or videos hosted elsewhere. Only pages with a form set a technical cookie, "
                "“csrftoken”, which protects the form from forgery when you send it; it serves nothing else. "
                "People who sign in to the site's administration also get a session cookie.",
            )
        ),
        rights=paragraphs(
            (
                "Vous pouvez demander à tout moment quelles données l'association détient sur vous (droit "
                "d'accès), les faire corriger ou effacer, vous opposer à leur traitement et en recevoir une copie "
                "dans un format courant. Écrivez au GT Administration à l'adresse indiquée plus haut : il vous "
                "répond dans les 30 jours, gratuitement. Pour s'assurer que la demande vient bien de vous, il peut "
                "vous demander de la confirmer depuis l'adresse e-mail utilisée dans le formulaire.",
                "Sie können jederzeit Auskunft darüber verlangen, welche Daten der Verein über Sie bearbeitet "
                "(Auskunftsrecht), sie berichtigen oder löschen lassen, der Bearbeitung widersprechen und eine "
                "Kopie in einem gängigen Format erhalten. Schreiben Sie der AG Administration an die oben "
                "genannte Adresse: Sie antwortet Ihnen innert 30 Tagen und kostenlos. Um sicherzugehen, dass das "
                "Begehren von Ihnen stammt, kann sie Sie bitten, es von der im Formular angegebenen "
                "E-Mail-Adresse aus zu bestätigen.",
                "Potete chiedere in ogni momento quali dati l'associazione tratta su di voi (diritto d'accesso), "
                "farli rettificare o cancellare, opporvi al loro trattamento e riceverne una copia in un formato "
                "corrente. Scrivete al GL Amministrazione all'indirizzo indicato sopra: vi risponde entro 30 "
                "giorni, gratuitamente. Per accertarsi che la richiesta venga da voi, può chiedervi di "
                "confermarla dall'indirizzo e-mail usato nel modulo.",
                "You may ask at any time which data the association holds about you (right of access), have them "
                "corrected or erased, object to their processing and receive a copy in a common format. Write to "
                "GT Administration at the address above: it answers within 30 days, free of charge. To make sure "
                "the request comes from you, it may ask you to confirm it from the e-mail address you used in the "
                "form.",
            ),
            (
                "Si vous estimez que vos données sont mal traitées, vous pouvez vous adresser au Préposé fédéral "
                "à la protection des données et à la transparence (PFPDT) et, si vous vivez dans l'Union "
                "européenne, à l'autorité de protection des données de votre pays.",
                "Wenn Sie der Ansicht sind, dass Ihre Daten nicht richtig bearbeitet werden, können Sie sich an "
                "den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) wenden und, wenn Sie in "
                "der Europäischen Union wohnen, an die Datenschutzbehörde Ihres Landes.",
                "Se ritenete che i vostri dati non siano trattati correttamente, potete rivolgervi all'Incaricato "
                "federale della protezione dei dati e della trasparenza (IFPDT) e, se vivete nell'Unione europea, "
                "all'autorità di protezione dei dati del vostro paese.",
                "If you think your data are mishandled, you may turn to the Federal Data Protection and "
                "Information Commissioner (FDPIC) and, if you live in the European Union, to your country's data "
                "protection authority.",
            ),
        ),
        laws=paragraphs(
            (
                "L'association traite vos données selon la loi fédérale sur la protection des données (LPD, dite "
                "nLPD, en vigueur depuis le 1er septembre 2023) et son ordonnance (OPDo). Envers les personnes qui "
                "se trouvent dans l'Union européenne, elle respecte aussi le règlement général sur la protection "
                "des données (RGPD).",
                "Der Verein bearbeitet Ihre Daten nach dem Bundesgesetz über den Datenschutz (DSG, auch nDSG, in "
                "Kraft seit dem 1. September 2023) und der Datenschutzverordnung (DSV). Gegenüber Personen in der "
                "Europäischen Union hält er auch die Datenschutz-Grundverordnung (DSGVO) ein.",
                "L'associazione tratta i vostri dati secondo la legge federale sulla protezione dei dati (LPD, "
                "detta nLPD, in vigore dal 1° settembre 2023) e la relativa ordinanza (OPDa). Nei confronti delle "
                "persone che si trovano nell'Unione europea rispetta anche il regolamento generale sulla "
                "protezione dei dati (RGPD).",
                "The association processes your data under the Swiss Federal Act on Data Protection (FADP, known "
                "as the nFADP, in force since 1 September 2023) and its ordinance. Towards people in the European "
                "Union it also complies with the General Data Protection Regulation (GDPR).",
            ),
            (
                "Elle ne recueille que ce qu'il faut pour répondre à chaque demande. Chaque traitement repose sur "
                "votre demande elle-même ou sur l'intérêt de l'association à y répondre (art. 6, par. 1, let. b "
                "et f RGPD) : aucun formulaire ne vous demande donc votre consentement.",
                "Er erhebt nur, was es braucht, um jedes Anliegen zu beantworten. Jede Bearbeitung stützt sich "
                "auf Ihr Anliegen selbst oder auf das Interesse des Vereins, es zu beantworten (Art. 6 Abs. 1 "
                "Bst. b und f DSGVO): Deshalb verlangt kein Formular Ihre Einwilligung.",
                "Raccoglie solo ciò che serve per rispondere a ogni richiesta. Ogni trattamento si fonda sulla "
                "vostra richiesta stessa o sull'interesse dell'associazione a rispondervi (art. 6 par. 1 lett. b "
                "e f RGPD): per questo nessun modulo vi chiede il consenso.",
                "It collects only what it needs to answer each request. Each processing rests on your request "
                "itself or on the association's interest in answering it (Art. 6(1)(b) and (f) GDPR): that is why "
                "no form asks for your consent.",
            ),
        ),
    )


def heading(fr, others):
    return ("heading", {"text": tr(fr, others), "level": "h2"})


def prose(*items):
    return ("paragraph", paragraphs(*items))


def legal_notice():
    tr("mentions-legales", ("impressum", "note-legali", "legal-notice"))
    return LegalNoticePage(
        title=tr("Mentions légales", ("Impressum", "Note legali", "Legal notice")),
        slug="mentions-legales",
        intro=paragraphs(
            (
                "Qui publie ce site, comment le joindre, et ce qui vaut pour ses contenus.",
                "Wer diese Website herausgibt, wie Sie uns erreichen und was für ihre Inhalte gilt.",
                "Chi pubblica questo sito, come contattarlo e che cosa vale per i suoi contenuti.",
                "Who publishes this site, how to reach them, and what applies to its content.",
            )
        ),
        publisher=paragraphs(
            (
                "Social Business Models, association à but non lucratif au sens des articles 60 et suivants du "
                "Code civil suisse, fondée en mai 2013. Ses organes sont l'assemblée générale et un comité de sept "
                "membres ; ses groupes de travail rédigent et relisent les contenus du site.",
                "Social Business Models, gemeinnütziger Verein im Sinne von Artikel 60 ff. des Schweizerischen "
                "Zivilgesetzbuches, gegründet im Mai 2013. Seine Organe sind die Generalversammlung und ein "
                "siebenköpfiger Vorstand; seine Arbeitsgruppen verfassen und prüfen die Inhalte der Website.",
                "Social Business Models, associazione senza scopo di lucro ai sensi degli articoli 60 e seguenti "
                "del Codice civile svizzero, fondata nel maggio 2013. I suoi organi sono l'assemblea generale e un "
                "comitato di sette membri; i suoi gruppi di lavoro redigono e rivedono i contenuti del sito.",
                "Social Business Models, a non-profit association under articles 60 ff. of the Swiss Civil Code, "
                "founded in May 2013. Its bodies are the general assembly and a committee of seven; its working "
                "groups write and review the site's content.",
            )
        ),
        contact_email=contact_email(),
        body=[
            heading("Contenus", ("Inhalte", "Contenuti", "Content")),
            prose(
                (
                    "Les outils, fils rouges et modèles sont publiés après relecture par les groupes de travail "
                    "de l'association. Elle ne garantit pas pour autant que tout soit exact ou complet, et ne "
                    "répond pas, dans les limites de la loi, des dommages nés de leur usage. Les fiches des "
                    "prestataires et les modèles open-source sont rédigés avec les organisations concernées, qui "
                    "répondent de leurs indications.",
                    "Werkzeuge, Leitfäden und Modelle werden veröffentlicht, nachdem die Arbeitsgruppen des "
                    "Vereins sie geprüft haben. Der Verein gewährleistet dennoch nicht, dass alles richtig und "
                    "vollständig ist, und haftet im gesetzlich zulässigen Rahmen nicht für Schäden aus ihrer "
                    "Verwendung. Die Einträge der Anbieter und die offenen Modelle entstehen mit den betreffenden "
                    "Organisationen, die für ihre Angaben einstehen.",
                    "Strumenti, fili rossi e modelli sono pubblicati dopo la revisione dei gruppi di lavoro "
                    "dell'associazione. Essa non garantisce tuttavia che tutto sia esatto o completo e, nei limiti "
                    "di legge, non risponde dei danni derivanti dal loro uso. Le schede dei fornitori e i modelli "
                    "open source sono redatti con le organizzazioni interessate, che rispondono delle loro "
                    "indicazioni.",
                    "Tools, guides and models are published after the association's working groups have reviewed "
                    "them. It does not guarantee that everything is accurate or complete, and, as far as the law "
                    "allows, is not liable for damage arising from their use. Provider entries and open-source "
                    "models are written with the organisations concerned, who answer for what they state.",
                )
            ),
            heading("Liens vers d'autres sites", ("Links auf andere Websites", "Link ad altri siti", "Links")),
            prose(
                (
                    "Le site renvoie parfois à d'autres sites ; l'association n'en maîtrise pas le contenu et n'en "
                    "répond pas.",
                    "Die Website verweist manchmal auf andere Websites; der Verein hat keinen Einfluss auf deren "
                    "Inhalt und haftet nicht dafür.",
                    "Il sito rimanda talvolta ad altri siti; l'associazione non ne controlla il contenuto e non ne "
                    "risponde.",
                    "The site sometimes links to other sites; the association has no say over their content and "
                    "does not answer for it.",
                )
            ),
            heading(
                "Droits d'auteur et licences",
                ("Urheberrecht und Lizenzen", "Diritti d'autore e licenze", "Copyright and licences"),
            ),
            prose(
                (
                    "Chaque fiche d'outil et chaque modèle open-source indique sa licence et la manière de citer "
                    "ses auteurs. Pour reprendre un autre contenu du site, demandez d'abord l'accord de "
                    "l'association.",
                    "Jedes Werkzeugblatt und jedes offene Modell nennt seine Lizenz und wie seine Urheberinnen und "
                    "Urheber zu nennen sind. Für andere Inhalte der Website fragen Sie den Verein vorher um "
                    "Erlaubnis.",
                    "Ogni scheda di strumento e ogni modello open source indica la propria licenza e il modo di "
                    "citarne gli autori. Per riprendere altri contenuti del sito, chiedete prima il consenso "
                    "dell'associazione.",
                    "Each tool sheet and each open-source model states its licence and how to credit its authors. "
                    "To reuse any other content of the site, ask the association first.",
                )
            ),
            heading("Protection des données", ("Datenschutz", "Protezione dei dati", "Privacy")),
            prose(
                (
                    "Ce que le site fait de vos données est expliqué dans la page Protection des données, liée au "
                    "bas de chaque page.",
                    "Was die Website mit Ihren Daten tut, erklärt die Datenschutzerklärung, die unten auf jeder "
                    "Seite verlinkt ist.",
                    "Che cosa fa il sito dei vostri dati è spiegato nella pagina Protezione dei dati, collegata in "
                    "fondo a ogni pagina.",
                    "What the site does with your data is explained in the privacy notice, linked at the foot of "
                    "every page.",
                )
            ),
        ],
    )


def load(home, locales):
    """Both notices under the French home page, translated into every other language; safe to run again."""
    pages = [add_child(home, privacy_notice()), add_child(home, legal_notice())]
    for code, locale in locales.items():
        if code != home.locale.language_code:
            for page in pages:
                translate(page, locale, t)
    return pages
