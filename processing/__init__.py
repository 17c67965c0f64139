"""The Mine Action Processing provider and its algorithms (one module each)."""
