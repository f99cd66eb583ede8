"""Text -> mentions, relations and quantities.

This package knows nothing of RDF: it turns documents into the plain records of
:mod:`extract.records`, which :mod:`graph` assembles into a knowledge graph.
"""

PIPELINE_VERSION = "0.1.0"
