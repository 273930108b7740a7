"""Exception classes: each says what went wrong in words a user can act on."""


class RealpolitikError(Exception):
    """Base class for the errors realpolitik raises on purpose."""


class InputError(RealpolitikError):
    """An input could not be read (binary, empty, too large, bad encoding, malformed)."""


class SkipInput(RealpolitikError):
    """An input was read but is deliberately not processed (e.g. not English)."""


class ModelNotFoundError(RealpolitikError):
    """The configured spaCy model is not installed."""


class StoreError(RealpolitikError):
    """The store cannot be opened or migrated."""


class KnowledgeBaseError(RealpolitikError):
    """An actor or lexicon file is malformed."""


class SummaryFormatError(RealpolitikError, ValueError):
    """An unknown summary format."""


class EvaluationError(RealpolitikError):
    """An evaluation cannot run on what it was given."""
