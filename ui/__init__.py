"""Everything Qt: the main window, its sections, item models and dialogs. It shows and asks;
the work happens in `desktop/` services, started through `ui.jobs`."""
