"""The ``citekit`` command line: its arguments, its inputs, the progress bar and the report."""
