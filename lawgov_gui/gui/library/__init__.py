"""The library window: the reports of the library, search across them, one indicator compared
across reports, the checks across reports, and two years of one issuer side by side (对照).

Every view here takes the window's `LibraryModel` (gui/common/library_model.py) and reads the
Qt-free core (core/library) through it; long work runs on its own thread with its own connection.
"""
