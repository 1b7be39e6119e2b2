"""Measuring extraction against labelled documents (../shared/TAXONOMY.md, "Scoring")."""
