"""Records from ``extract/`` -> canonical entities -> RDF + NetworkX -> validation, exports, queries."""
