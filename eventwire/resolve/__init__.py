"""Resolution of extracted text to canonical entities (actors, places)."""
