"""质量提升进度看板: everything testable without Streamlit (except the UI layer, lib/ui/)."""
