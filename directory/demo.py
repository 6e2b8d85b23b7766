"""Demo content of the directory app (filled in by its issue)."""


def load(home_sections, locales):
    """Create this app's demo content under the language trees; safe to run again.

    home_sections: the French section pages by slug ("outils", "fils-rouges", "formations", "agenda",
    "modeles-open-source", "prestataires", "partenaires", "association"); locales: Locale by language code.
    """
