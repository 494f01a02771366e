#!/usr/bin/env bash
# Install the Debian tools attachment cleaning needs, if missing (idempotent, CI starts clean):
# bubblewrap (the stripping worker's sandbox), libseccomp2 (its seccomp filter, via pyseccomp),
# ffmpeg (video and its audio, remuxed inside the sandbox) and exiftool (tests check the output).
set -euo pipefail
need=()
command -v bwrap >/dev/null || need+=(bubblewrap)
command -v setpriv >/dev/null || need+=(util-linux)
command -v ffmpeg >/dev/null || need+=(ffmpeg)
command -v exiftool >/dev/null || need+=(libimage-exiftool-perl)
ldconfig -p | grep -q 'libseccomp\.so\.2' || need+=(libseccomp2)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-sandbox-tools: please install as root: apt-get install ${need[*]}" >&2
  exit 1
fi
echo "install-sandbox-tools: installing ${need[*]} from Debian's packages" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
