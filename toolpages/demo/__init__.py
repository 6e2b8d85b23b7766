"""Demo content of the tool library: the taxonomies in four languages and 40+ real tools.

The association's own tools come from ASSOCIATION.md; the others are tools of the field,
described as their authors published them and credited in "References". Usage examples are
typical situations, labelled as such: nothing is claimed about real organisations.
"""

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .consultation import load_consultation_page
from .taxonomy import load_taxonomies
from .tools import load_tools
from .workshop import load_workshop_page


def load(home_sections, locales):
    """Create this app's demo content under the language trees; safe to run again."""
    # Indexing references once per new object instead of at each of its many saves (a
    # page is saved, revised, published, then translated) makes the demo load much faster.
    created = []
    with disable_reference_index_auto_update():
        terms = load_taxonomies(locales, created)
        load_tools(home_sections["outils"], locales, terms, created)
        load_consultation_page(home_sections["outils"], locales, created)
        load_workshop_page(home_sections["outils"], locales, created)
    for instance in created:
        ReferenceIndex.create_or_update_for_object(instance)
