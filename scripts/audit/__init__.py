"""Quality audits of the public site and of our admin pages: Lighthouse, axe-core, the Nu Html Checker."""
