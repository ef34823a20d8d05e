"""Tests mirror the pipeline stages."""
