#!/usr/bin/env bash
# Run a command of this repository inside a root of the other Debian release:
# Debian 13 "trixie" (QGIS 3.40 LTR) on a Debian 12 machine, Debian 12
# "bookworm" (QGIS 3.22) on a Debian 13 machine.
#
#   scripts/other_release.sh make test VENV=/opt/place-insight/venv
#
# The root is made once with debootstrap from Debian's archive and kept under
# $PLACE_INSIGHT_ROOTS (default /var/cache/place-insight/<release>, about
# 3 GB once QGIS is in it), so later runs start at once. The folder holding
# this clone (and ../shared beside it) is bound at the same path inside, so
# the command sees the same files. Mounts live in a private mount namespace
# and vanish when the command ends. Needs root (or sudo).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
parent=$(dirname "$here")
. /etc/os-release
case "${VERSION_CODENAME:-}" in
  bookworm) release=trixie ;;
  trixie) release=bookworm ;;
  *) echo "other_release.sh: this machine runs ${PRETTY_NAME:-an unknown system}; Debian 12 or 13 is needed." >&2
     exit 2 ;;
esac
release=${OTHER_RELEASE:-$release}
roots=${PLACE_INSIGHT_ROOTS:-/var/cache/place-insight}
root="$roots/$release"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo

if [ $# -eq 0 ]; then
  echo "usage: scripts/other_release.sh COMMAND [ARGUMENTS…]" >&2
  exit 2
fi

# What the package registries here need: the host's extra CA certificates and pip settings.
copy_host_settings() {
  local target=$1
  $sudo mkdir -p "$target/usr/local/share/ca-certificates"
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    $sudo cp /usr/local/share/ca-certificates/*.crt "$target/usr/local/share/ca-certificates/"
  fi
  [ -f /etc/pip.conf ] && $sudo cp /etc/pip.conf "$target/etc/pip.conf"
  $sudo cp -L /etc/resolv.conf "$target/etc/resolv.conf"
}

if [ ! -e "$root/.place-insight-ready" ]; then
  echo "Making a Debian $release root in $root (once; later runs reuse it)…"
  command -v debootstrap >/dev/null || $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
  $sudo mkdir -p "$roots"
  $sudo rm -rf "$root.partial"
  $sudo debootstrap --variant=minbase "$release" "$root.partial" "$mirror" >/dev/null
  copy_host_settings "$root.partial"
  $sudo chroot "$root.partial" env DEBIAN_FRONTEND=noninteractive bash -c \
    "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends ca-certificates make >/dev/null"
  $sudo rm -rf "$root"
  $sudo mv "$root.partial" "$root"
  $sudo touch "$root/.place-insight-ready"
fi
copy_host_settings "$root"
$sudo chroot "$root" update-ca-certificates >/dev/null 2>&1 || true

command_line=$(printf '%q ' "$@")
# shellcheck disable=SC2016
$sudo unshare --mount --propagation private bash -c '
  set -e
  root=$1; parent=$2; here=$3; command_line=$4; ci=$5
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --rbind /sys "$root/sys"
  mkdir -p "$root$parent"
  mount --rbind "$parent" "$root$parent"
  exec chroot "$root" env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI="$ci" bash -c "cd \"$here\" && $command_line"
' other-release "$root" "$parent" "$here" "$command_line" "${CI:-}"
