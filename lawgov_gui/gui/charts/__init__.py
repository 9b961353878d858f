"""The indicator charts (pyqtgraph): rates, changes, figures by section."""
