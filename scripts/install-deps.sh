#!/usr/bin/env bash
# Installs the Debian packages redraft needs to build and test, when any is missing.
# Idempotent and silent when everything is present. Usage: install-deps.sh [extra packages...]
set -euo pipefail
packages=(
  g++ cmake make pkg-config git clang-format python3
  libgit2-dev zlib1g-dev libkrb5-dev libdtl-dev libcli11-dev libcmark-dev libicu-dev
  nlohmann-json3-dev libtomlplusplus-dev libgtest-dev libgmock-dev libbenchmark-dev
  "$@"
)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "redraft needs these Debian packages: ${missing[*]}" >&2
  echo "run this script as root (or: sudo apt-get install ${missing[*]})" >&2
  exit 2
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
