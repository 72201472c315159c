"""质量提升进度看板: everything testable without Streamlit (except lib/ui.py)."""
