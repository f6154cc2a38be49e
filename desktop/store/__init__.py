"""Local storage: peewee models on one SQLite file, with ordered migrations."""
