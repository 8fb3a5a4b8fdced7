#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu). It installs what
# Grader needs beside .NET (the zip carries its own .NET runtime): bubblewrap, Python 3 with numpy and
# matplotlib (students' notebooks import it), util-linux (setpriv, prlimit) and ICU, and what the zip's
# problems need (sklearn's datasets for experiment problems, PyTorch where one requires it). See
# docs/gradescope.md.
#   AUTOGRADER_ROOT   the autograder's folder (default /autograder; tests use another)
#   GRADER_RUNTIME    where the .NET runtime is put (default /usr/local/lib/grader-dotnet)
#   GRADER_SKIP_APT=1 installs nothing (a machine that has the packages)
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
source="$root/source"
runtime="${GRADER_RUNTIME:-/usr/local/lib/grader-dotnet}"

if [ "${GRADER_SKIP_APT:-}" != 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends @PACKAGES@
fi

# The runtime where any user may read it: where bubblewrap cannot run, C# submissions run on it as
# nobody. The grader, the problems and their solved references stay root's alone.
mkdir -p "$runtime"
cp -a "$source/dotnet/." "$runtime/"
chmod -R a+rX "$runtime"
chmod 755 "$runtime/dotnet"
chmod -R go-rwx "$source"
"$runtime/dotnet" "$source/grader/bin/Grader.Cli.dll" list --problems "$source/grader/problems" >/dev/null
echo "grader: autograder ready ($(ls "$source/grader/problems" | grep -c '\.yaml$') problem(s))"
