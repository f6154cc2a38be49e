"""Icons, translations and the .desktop file; installed as the package `kurzdraht_resources`."""
