"""Services: what staff do, as Qt-free functions and objects shared by the CLI and the GUI."""
