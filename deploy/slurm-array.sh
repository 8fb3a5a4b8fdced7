#!/usr/bin/env bash
# Grade a class as a Slurm array job: one task per shard, then a merge that waits for all of them.
#
#   sbatch deploy/slurm-array.sh                       # submits the shards and the merge
#   CLASS=/scratch/hw3/class OUT=/scratch/hw3/out SHARDS=8 sbatch --array=1-8 deploy/slurm-array.sh
#
# Every node needs the repository (shared filesystem), the .NET 10 SDK, python3-numpy and bubblewrap.
#SBATCH --job-name=grade-class
#SBATCH --array=1-4
#SBATCH --cpus-per-task=4
#SBATCH --mem=8G
#SBATCH --time=01:00:00
#SBATCH --output=grade-%A_%a.log
set -euo pipefail

repo="${GRADER_REPO:-$HOME/grader}"
class="${CLASS:-$PWD/class}"
out="${OUT:-$PWD/out}"
shards="${SHARDS:-${SLURM_ARRAY_TASK_COUNT:-4}}"

if [ -z "${SLURM_ARRAY_TASK_ID:-}" ]; then
  echo "submit with sbatch: this script is one task of an array job" >&2
  exit 2
fi

# The first task also queues the merge, to run once every task of the array has succeeded.
if [ "$SLURM_ARRAY_TASK_ID" = "${SLURM_ARRAY_TASK_MIN:-1}" ]; then
  sbatch --job-name=merge-class --dependency="afterok:${SLURM_ARRAY_JOB_ID}" --output=merge-%j.log \
    --wrap "'$repo/grader' merge $(for k in $(seq 1 "$shards"); do printf "'%s/shard-%s' " "$out" "$k"; done) --out '$out/class'"
fi

# A requeued or rerun task resumes: submissions already graded (and unchanged) are skipped.
exec "$repo/grader" grade "$class" \
  --jobs "${SLURM_CPUS_PER_TASK:-1}" \
  --shard "${SLURM_ARRAY_TASK_ID}/${shards}" \
  --out "$out/shard-${SLURM_ARRAY_TASK_ID}"
