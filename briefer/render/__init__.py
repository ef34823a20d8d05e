"""Renderers: Brief → terminal view, Word memo, Markdown, JSON."""
