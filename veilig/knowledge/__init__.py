"""The knowledge base: editor-maintained Markdown entries, checked, indexed and searched."""
