#!/usr/bin/env bash
# The QGIS 3.40 suite; kept for old habits: scripts/qgis_chroot.sh 3.40 ARGS.
exec bash "$(dirname "${BASH_SOURCE[0]}")/qgis_chroot.sh" 3.40 "$@"
