"""Writing to several tables of one database in one transaction.

``QgsTransaction`` serves a GeoPackage and a PostGIS schema alike: the
providers' writes between ``begin`` and ``commit`` go through one
connection, and a failure (or a killed process) leaves nothing of them.
"""

from qgis.core import QgsTransaction

from ..core.errors import DatabaseError
from ..core.i18n import translate


def in_one_transaction(layers, write):
    """Run ``write(transaction)`` (which writes through the layers' data
    providers, and may run SQL in the open ``QgsTransaction``, e.g. a lock)
    in one transaction over ``layers`` (tables of one database); on any
    failure roll back and raise. The one way the store writes several tables
    at once: the land release update, field submissions and field copies."""
    providers = [layer.dataProvider() for layer in layers]
    for provider in providers:
        # the OGR provider only opens a transaction on a dataset already open
        # for writing
        provider.enterUpdateMode()
    try:
        transaction = QgsTransaction.create(set(layers))
        if transaction is None:
            raise DatabaseError(translate(
                "Database", "The database does not support transactions; nothing was "
                "written."))
        ok, error = transaction.begin()
        if not ok:
            raise DatabaseError(translate(
                "Database", "Cannot start a transaction: {error}").format(error=error))
        try:
            write(transaction)
            ok, error = transaction.commit()
            if not ok:
                raise DatabaseError(translate(
                    "Database", "Cannot commit the changes: {error}. Nothing was "
                    "written.").format(error=error))
        except BaseException:
            transaction.rollback()
            raise
    finally:
        for provider in providers:
            provider.leaveUpdateMode()
