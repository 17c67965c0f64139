"""What a programme's own lookup codes mean: pure mapping rules.

A national programme renames or adds entries in its database's ``lookups``
table. Each entry carries a ``base_code``: the built-in code of
``core.vocabulary`` whose meaning it has (an added hazard class "DHA",
"Defined Hazardous Area", with ``base_code`` "CHA" behaves as a CHA). Logic
such as the land release engine only ever sees base codes. A mapping is
``{vocabulary: {code: base_code}}``; ``store.lookups.base_codes`` reads it from
a database, and these functions translate a stored code into its base code,
and back.
"""

from . import vocabulary

def default_base_codes():
    """{vocabulary: {code: code}} for the built-in vocabulary (no database)."""
    return {vocab.name: {term.code: term.code for term in vocab.terms}
            for vocab in vocabulary.ALL}


def to_base(mapping, vocabulary_name, code):
    """The base code of ``code``; an unknown code is returned unchanged so that
    the caller's validation names it."""
    if code is None:
        return None
    return mapping.get(vocabulary_name, {}).get(code, code)


def stored_code(mapping, vocabulary_name, base, preferred=None):
    """The code to store for meaning ``base``: ``preferred`` when it has that
    meaning, else the built-in code itself when the list has it, else the
    first programme code with that base (in code order)."""
    codes = mapping.get(vocabulary_name, {})
    if preferred is not None and codes.get(preferred, preferred) == base:
        return preferred
    if codes.get(base) == base:
        return base
    candidates = sorted(code for code, value in codes.items() if value == base)
    return candidates[0] if candidates else base
