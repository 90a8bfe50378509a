"""The web archive: HTML pages and their JSON twins over the read queries in
``ficshelf.store.browse``. ``create_app(db)`` in ``ficshelf.web.app`` builds the Flask app."""
