"""Kurzdraht core: storage, credentials, network clients and services, free of Qt widgets."""

__version__ = "0.1.0"
APP_NAME = "Kurzdraht"
