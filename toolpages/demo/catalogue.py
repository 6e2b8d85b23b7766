"""Every tool of the demo library, in the order they are created (related tools point backwards)."""

from .catalogue_association import ASSOCIATION_TOOLS
from .catalogue_field import FIELD_TOOLS
from .catalogue_field_translated import FIELD_TOOLS_TRANSLATED

CATALOGUE = ASSOCIATION_TOOLS + FIELD_TOOLS_TRANSLATED + FIELD_TOOLS
