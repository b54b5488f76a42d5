"""The engine under ``renstra``: readers, parsers, checks, writers, batches and the CLI.

Installed as ``renstra.extract`` (the folder keeps its name at the top of the repository).
Programs should use the documented API of the ``renstra`` package (``renstra.read``,
``renstra.check``: docs/python-api.md); the modules here change as the command needs.
"""
