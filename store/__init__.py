"""QGIS-side storage: creating, reading and loading mine action databases.

Everything here goes through QGIS data providers (connections, vector layers),
so the same code serves a GeoPackage and, later, PostGIS.
"""
