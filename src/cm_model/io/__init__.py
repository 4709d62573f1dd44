"""The one input and output layer of every cm-model command.

Every command reads files through this package and writes through its safe output writer, so
limits, cell conversion, located problems and messages are the same everywhere.
"""
