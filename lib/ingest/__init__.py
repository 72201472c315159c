"""Monthly returns: read (calamine / CSV) -> locate header -> normalise -> validate -> diff -> commit.

Nothing here imports Streamlit; pages and the CLI call lib.ingest.service.
"""
