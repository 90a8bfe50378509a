"""The archive's views, one blueprint per feature. Each view builds one context from the
read queries in ``ficshelf.store.browse`` and hands it to ``rendering.render``."""
