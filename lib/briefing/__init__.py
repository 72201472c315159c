"""The monthly briefing (月度工作通报): compose.py puts it together from the month view, sentences.py
writes its sentences, figures.py draws its pictures, docx.py writes the Word document."""
