"""The labourlens web app: ``labourlens serve`` or :func:`labourlens.web.app.create_app`."""
