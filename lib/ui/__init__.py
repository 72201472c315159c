"""The UI layer, the only part of the application that imports Streamlit: shell.py (pages inside
app.py, the data version, read/write), views.py (cached views keyed by the data version), widgets.py
(shared widgets), session.py (who is signed in), upload.py (the upload page's glue), slides.py (the
简报 page). Pages import the modules they use; everything below lib/ui knows nothing of Streamlit.
"""
