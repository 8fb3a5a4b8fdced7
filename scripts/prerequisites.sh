#!/usr/bin/env bash
# Checks what Grader needs outside .NET: bubblewrap (the sandbox), a Python 3 with numpy and
# matplotlib (students' notebooks import it even where no problem needs it), and Debian's
# python3-sklearn, whose data files (digits, breast cancer) the experiment problems are graded on
# (without it those problems are reported unavailable and the others graded as usual). PyTorch is
# optional (submissions that use it are graded when it is there; numpy work is graded either way).
# clang and zlib1g-dev build ./grader natively (Native AOT: a third of the start-up time; without
# them ./grader runs its ReadyToRun build).
# With --test, also Chromium (the test suite renders the class report in headless Chromium) and
# PyTorch (the suite grades PyTorch submissions).
# As root on Debian it installs what is missing; otherwise it prints the exact command and fails.
set -euo pipefail

missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
if ! /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1; then
  missing+=(python3-numpy)
fi
if [ ! -f /usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz ] && [ -z "${GRADER_SKLEARN_DATA:-}" ]; then
  missing+=(python3-sklearn)
fi
if ! /usr/bin/python3 -c 'import matplotlib' >/dev/null 2>&1; then
  missing+=(python3-matplotlib)
fi
command -v clang >/dev/null 2>&1 || missing+=(clang)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
torch=present
/usr/bin/python3 -c 'import torch' >/dev/null 2>&1 || torch=missing
if [ "${1:-}" = --test ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ "$torch" = present ] || missing+=(python3-torch)
elif [ "$torch" = missing ]; then
  echo "grader: optional: python3-torch is not installed, so submissions that import torch cannot be graded" \
    "(numpy work is graded as usual). Install with: sudo apt-get install python3-torch" >&2
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "grader: installing ${missing[*]} (Debian packages) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
  exit 0
fi

echo "grader: missing ${missing[*]}. Install with: sudo apt-get install ${missing[*]}" >&2
exit 1
