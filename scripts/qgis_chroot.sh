#!/usr/bin/env bash
# Run the test suite on a newer QGIS LTR, in a Debian 13 "trixie" chroot, from a
# Debian 12 host:
#   3.40  trixie's own QGIS
#   3.44  trixie-backports' QGIS (apt-get install -t trixie-backports)
#
#   sudo bash scripts/qgis_chroot.sh 3.44                 # = pytest tests -q
#   sudo bash scripts/qgis_chroot.sh 3.44 tests/core -x   # arguments go to pytest
#   sudo bash scripts/qgis_chroot.sh 3.40 --exec CMD ...  # run CMD in the chroot instead
#   sudo bash scripts/qgis_chroot.sh 3.40 --rebuild ...   # throw the cached chroot away first
#
# Each version's minbase chroot is built once (debootstrap + apt, a few minutes)
# and cached outside the checkout, in $MAM_QGIS_CHROOT_CACHE (default
# /var/cache/mine-action-mapper; $MAM_QGIS340_CACHE is still honoured), one
# rootfs per version. A stamp file records the package lists; when they change
# the chroot is rebuilt. The checkout (this script's parent folder) is
# bind-mounted at /src and pytest runs there with QT_QPA_PLATFORM=offscreen,
# from a venv (--system-site-packages) that adds the few packages Debian lacks.
# Everything mounted is unmounted on exit, whatever happens; the exit code is
# pytest's. Needs root (chroot, mount), network to the Debian mirror the host's
# apt uses and to PyPI (only while building).
set -euo pipefail

VERSION=${1:-}
case $VERSION in
    # ROOTFS names and stamps of 3.40 are those of the former scripts/qgis340.sh,
    # so its cached chroot stays valid.
    3.40) NAME=trixie; BACKPORTS= ; STAMP_NAME=.mam-qgis340-stamp; LOCK_NAME=.lock ;;
    3.44) NAME=trixie-backports; BACKPORTS=trixie-backports; STAMP_NAME=.mam-qgis344-stamp
          LOCK_NAME=.lock-$NAME ;;
    *) printf 'usage: %s 3.40|3.44 [--rebuild] [--exec CMD ... | pytest args]\n' "$0" >&2; exit 2 ;;
esac
shift
SUITE=trixie
# Debian 13 packages. `qgis` is the package with /usr/bin/qgis_process.bin;
# poppler-utils gives pdftotext/pdfinfo for the task order PDF tests;
# python3-matplotlib draws the national report's charts.
APT_PACKAGES="python3-qgis qgis-providers qgis python3-pytest python3-hypothesis \
python3-shapely python3-pyproj python3-geographiclib python3-venv ca-certificates \
poppler-utils python3-matplotlib"
# What Debian 13 lacks (same pins as requirements.txt, except pytest-qgis:
# 2.1.0 is the host's choice for QGIS 3.22; 5.x states QGIS >= 3.34 and
# Python 3.13, which is what this chroot has).
PIP_PACKAGES="pygeomag==1.1.0 pygeodesy==26.10.26 pyxform==4.5.0 pytest-qgis==5.0.2"
LAYOUT=2   # bump to force a rebuild when the build steps below change
VENV=/opt/mam-venv

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
SRC=$(cd "$SCRIPT_DIR/.." && pwd -P)
CACHE=${MAM_QGIS_CHROOT_CACHE:-${MAM_QGIS340_CACHE:-/var/cache/mine-action-mapper}}
ROOTFS=$CACHE/$NAME
BUILD=$CACHE/$NAME.build
STAMP_WANT="layout=$LAYOUT
suite=$SUITE
apt=$(echo $APT_PACKAGES)
pip=$PIP_PACKAGES${BACKPORTS:+
backports=$BACKPORTS}"
TAG=qgis${VERSION/./}

log() { printf '[%s] %s\n' "$TAG" "$*" >&2; }
die() { log "error: $*"; exit 2; }

[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mount): run it with sudo"

MODE=pytest
REBUILD=0
while [ $# -gt 0 ]; do
    case $1 in
        --rebuild) REBUILD=1; shift ;;
        --exec) MODE=exec; shift; [ $# -gt 0 ] || die "--exec needs a command"; break ;;
        *) break ;;
    esac
done
if [ "$MODE" = pytest ] && [ $# -eq 0 ]; then
    set -- tests -q
fi

# ---------------------------------------------------------------- mounts
MOUNTS=()   # mounted targets, in mount order

do_mount() {  # do_mount TARGET mount-args...
    local target=$1; shift
    mkdir -p "$target"
    mount "$@" "$target"
    MOUNTS+=("$target")
}

unmount_all() {
    local i target
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        target=${MOUNTS[i]}
        umount "$target" 2>/dev/null || umount -l "$target" 2>/dev/null \
            || log "warning: could not unmount $target"
    done
    MOUNTS=()
}

mounted_under() {  # prints mount points at or below $1
    awk -v p="$1" '$2 == p || index($2, p "/") == 1 { print $2 }' /proc/self/mounts
}

safe_remove() {  # remove a chroot directory, never following a mount into the host
    local dir=$1
    [ -e "$dir" ] || return 0
    local m
    for m in $(mounted_under "$dir" | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m" || die "cannot unmount $m"
    done
    [ -z "$(mounted_under "$dir")" ] || die "something is still mounted under $dir"
    rm -rf --one-file-system "$dir"
}

cleanup() {
    local rc=$?
    unmount_all
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One run at a time: the chroot and its mount points are shared.
mkdir -p "$CACHE"
exec 9>"$CACHE/$LOCK_NAME"
flock 9

# ---------------------------------------------------------------- build
host_mirror() {  # the Debian mirror the host's apt uses (not -security)
    local f
    if [ -n "${MAM_DEBIAN_MIRROR:-}" ]; then echo "$MAM_DEBIAN_MIRROR"; return; fi
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        case $f in
            *.sources) awk '$1 == "URIs:" { for (i = 2; i <= NF; i++) print $i }' "$f" ;;
            *) awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; break } }' "$f" ;;
        esac
    done | sed 's:/*$::' | grep -E '/debian$' | head -n 1
}

in_chroot() {  # run a command in the chroot with a clean environment
    local root=$1; shift
    chroot "$root" /usr/bin/env -i \
        HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        PATH=$VENV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive \
        ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
        ${HTTP_PROXY:+HTTP_PROXY=$HTTP_PROXY} ${HTTPS_PROXY:+HTTPS_PROXY=$HTTPS_PROXY} \
        ${no_proxy:+no_proxy=$no_proxy} ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} \
        "${EXTRA_ENV[@]}" "$@"
}
EXTRA_ENV=()

build_chroot() {
    local start=$SECONDS mirror script
    mirror=$(host_mirror)
    [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources.list(.d); set MAM_DEBIAN_MIRROR"
    if ! command -v debootstrap >/dev/null; then
        log "installing debootstrap"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    # An older debootstrap may not know trixie by name; it is bootstrapped like sid.
    script=/usr/share/debootstrap/scripts/$SUITE
    [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid

    log "building the $NAME chroot in $BUILD from $mirror (cold build, a few minutes)"
    safe_remove "$BUILD"
    mkdir -p "$BUILD/etc/dpkg/dpkg.cfg.d"
    # No docs, man pages or locales: smaller and faster.
    cat >"$BUILD/etc/dpkg/dpkg.cfg.d/01-mam-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
path-include=/usr/share/locale/locale.alias
EOF
    debootstrap --variant=minbase "$SUITE" "$BUILD" "$mirror" "$script" \
        >"$CACHE/$NAME.debootstrap.log" 2>&1 \
        || { tail -n 30 "$CACHE/$NAME.debootstrap.log" >&2; die "debootstrap failed (log: $CACHE/$NAME.debootstrap.log)"; }
    log "debootstrap done after $((SECONDS - start)) s"

    cp -L /etc/resolv.conf "$BUILD/etc/resolv.conf" 2>/dev/null || true
    # The host's CA bundle, for pip behind a TLS-inspecting proxy.
    cp -L /etc/ssl/certs/ca-certificates.crt "$BUILD/etc/mam-host-ca.crt" 2>/dev/null || true
    cat >"$BUILD/etc/apt/apt.conf.d/90-mam" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
Acquire::Check-Valid-Until "false";
Dpkg::Use-Pty "false";
EOF
    # No daemons may start inside the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$BUILD/usr/sbin/policy-rc.d"
    chmod +x "$BUILD/usr/sbin/policy-rc.d"

    do_mount "$BUILD/proc" -t proc proc
    do_mount "$BUILD/dev/shm" -t tmpfs -o mode=1777 tmpfs
    local target=()
    if [ -n "$BACKPORTS" ]; then
        echo "deb $mirror $BACKPORTS main" >"$BUILD/etc/apt/sources.list.d/$BACKPORTS.list"
        target=(-t "$BACKPORTS")
    fi
    in_chroot "$BUILD" apt-get update -qq
    # shellcheck disable=SC2086
    in_chroot "$BUILD" apt-get install -y -qq "${target[@]}" $APT_PACKAGES >"$CACHE/$NAME.apt.log" 2>&1 \
        || { tail -n 30 "$CACHE/$NAME.apt.log" >&2; die "apt-get install failed (log: $CACHE/$NAME.apt.log)"; }
    log "apt packages done after $((SECONDS - start)) s"

    in_chroot "$BUILD" python3 -m venv --system-site-packages "$VENV"
    # Debian's pyproj looks for proj.db under sys.prefix, which in a venv is the
    # venv: without this link it warns "Valid PROJ data directory not found".
    mkdir -p "$BUILD$VENV/share"
    ln -s /usr/share/proj "$BUILD$VENV/share/proj"
    local cert=()
    [ -s "$BUILD/etc/mam-host-ca.crt" ] && cert=(--cert /etc/mam-host-ca.crt)
    # shellcheck disable=SC2086
    in_chroot "$BUILD" "$VENV/bin/pip" install -q --no-cache-dir --disable-pip-version-check \
        "${cert[@]}" $PIP_PACKAGES \
        || die "pip install failed"
    in_chroot "$BUILD" apt-get clean
    rm -rf "$BUILD"/var/lib/apt/lists/* "$BUILD"/var/cache/apt/*.bin
    unmount_all

    printf '%s\n' "$STAMP_WANT" >"$BUILD/$STAMP_NAME"
    safe_remove "$ROOTFS"
    mv "$BUILD" "$ROOTFS"
    log "chroot ready in $((SECONDS - start)) s ($(du -sh --one-file-system "$ROOTFS" | cut -f1))"
}

if [ "$REBUILD" = 1 ] || [ ! -f "$ROOTFS/$STAMP_NAME" ] \
        || [ "$(cat "$ROOTFS/$STAMP_NAME")" != "$STAMP_WANT" ]; then
    build_chroot
fi

# ---------------------------------------------------------------- run
[ -z "$(mounted_under "$ROOTFS")" ] || die "leftover mounts under $ROOTFS: $(mounted_under "$ROOTFS" | tr '\n' ' ')"
do_mount "$ROOTFS/proc" -t proc proc
do_mount "$ROOTFS/dev/shm" -t tmpfs -o mode=1777 tmpfs
do_mount "$ROOTFS/tmp" -t tmpfs -o mode=1777 tmpfs
do_mount "$ROOTFS/src" --bind "$SRC"
# pytest-qgis keeps QGIS's settings in <rootdir>/.qgis-settings, here the
# checkout that every chroot run shares: the 3.40 and 3.44 suites running side
# by side (.ci/run) then wrote one QGIS3.ini, and one suite's clean-up removed
# the user defaults and connections the other had just saved. Each run gets an
# empty settings folder of its own, gone when the run ends.
do_mount "$ROOTFS/src/.qgis-settings" -t tmpfs -o mode=0755 tmpfs

EXTRA_ENV=(QT_QPA_PLATFORM=offscreen TMPDIR=/tmp XDG_RUNTIME_DIR=/tmp/runtime-root
           PYTHONDONTWRITEBYTECODE=1 ${CI:+CI=$CI})
# passed through when set: the host's PostgreSQL test server
# (tests/fixtures/postgis_server.py, over 127.0.0.1) and the number of property
# test examples (tests/core/test_land_release_properties.py)
for var in MAM_TEST_PG_HOST MAM_TEST_PG_PORT MAM_TEST_PG_USER MAM_TEST_PG_PASSWORD \
           MAM_TEST_PG_DBNAME LAND_RELEASE_EXAMPLES; do
    [ -z "${!var:-}" ] || EXTRA_ENV+=("$var=${!var}")
done

in_chroot "$ROOTFS" python3 - "$TAG" "$VERSION" <<'EOF' >&2 || die "QGIS $VERSION does not import in the chroot"
import sys
from importlib.metadata import version
from qgis.core import Qgis
def v(name):
    try:
        return version(name)
    except Exception:
        return "missing"
print("[%s] QGIS %s, Python %s, pytest %s, pytest-qgis %s, shapely %s, pyproj %s"
      % (sys.argv[1], Qgis.QGIS_VERSION, sys.version.split()[0], v("pytest"),
         v("pytest-qgis"), v("shapely"), v("pyproj")))
if not Qgis.QGIS_VERSION.startswith(sys.argv[2] + "."):
    sys.exit("[%s] expected QGIS %s" % (sys.argv[1], sys.argv[2]))
EOF

set +e
if [ "$MODE" = exec ]; then
    in_chroot "$ROOTFS" /bin/sh -c 'mkdir -p -m 700 "$XDG_RUNTIME_DIR"; cd /src && exec "$@"' sh "$@"
else
    in_chroot "$ROOTFS" /bin/sh -c 'mkdir -p -m 700 "$XDG_RUNTIME_DIR"; cd /src && exec python -m pytest "$@"' sh "$@"
fi
rc=$?
set -e
exit "$rc"
