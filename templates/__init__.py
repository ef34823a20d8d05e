"""Bundled actor templates and memo styling, shipped inside the wheel as briefer.templates."""
