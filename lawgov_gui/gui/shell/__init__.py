"""The window shell: the main window, its menus and dialogs, the report session and loading,
settings (typed access, the file, recovery), start-up, history and the window layout."""
