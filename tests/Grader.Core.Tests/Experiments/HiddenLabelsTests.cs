using Grader.Core.Tests.Grading;
using Grader.Experiments;
using Grader.Grading;
using Grader.Reference;
using Grader.Running;
using Grader.Running.Sandboxing;
using Grader.Specs;

namespace Grader.Core.Tests.Experiments;

/// <summary>
/// The held-out labels never reach student code: a hostile submission searches everything it can
/// read in the sandbox (its arguments, its own memory, /proc, its descriptors, the files under /)
/// for them, and finds nothing; the same search finds the training labels, which it was given.
/// </summary>
internal sealed class HiddenLabelsTests
{
    // Each needle is searched for in two halves, the second checked right after each find of the first,
    // so the whole needle never exists in the searching process itself.
    private const string Hostile = """
        import os

        def _search(blob, halves, hits):
            first, second = halves
            at = blob.find(first)
            while at >= 0:
                if blob[at + len(first):at + len(first) + len(second)] == second:
                    hits[0] += 1
                at = blob.find(first, at + 1)

        def _needles(hexed):
            # Built from halves of the labels: the whole sequence is never made here.
            labels = [int(hexed[i:i + 2], 16) for i in range(0, len(hexed), 16)]
            half, cut = len(hexed) // 2, len(labels) // 2
            first, second = labels[:cut], labels[cut:]
            return [
                (bytes.fromhex(hexed[:half]), bytes.fromhex(hexed[half:])),
                ((", ".join(map(str, first)) + ", ").encode(), ", ".join(map(str, second)).encode()),
                ((",".join(map(str, first)) + ",").encode(), ",".join(map(str, second)).encode()),
            ]

        def _scan(test, train, X_train, y_train, X_test):
            hits, found, seen = [0], [0], [0]
            def look(blob):
                seen[0] += len(blob)
                for n in test:
                    _search(blob, n, hits)
                for n in train:
                    _search(blob, n, found)
            for a in (X_train, y_train, X_test):
                look(a.tobytes())
                look(repr(a.tolist()).encode())
            look(repr(dict(os.environ)).encode())
            for name in ("cmdline", "environ", "status", "maps"):
                try:
                    with open("/proc/self/" + name, "rb") as f:
                        look(f.read())
                except OSError:
                    pass
            for fd in range(3, 256):
                try:
                    look(os.pread(fd, 1 << 22, 0))
                except OSError:
                    pass
            try:
                with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
                    for line in maps:
                        start, end = (int(x, 16) for x in line.split()[0].split("-"))
                        if "r" not in line.split()[1] or end - start > (1 << 28):
                            continue
                        try:
                            mem.seek(start)
                            look(mem.read(end - start))
                        except (OSError, ValueError, OverflowError):
                            pass
            except OSError:
                pass
            for root, dirs, files in os.walk("/"):
                dirs[:] = [d for d in dirs if os.path.join(root, d) not in ("/proc", "/sys", "/dev")]
                # The installed libraries' files by their first 64 KiB (reading more only slowed the test
                # down on a loaded machine), any datasets folder and every other file by its first MiB.
                size = 1 << 16 if root.startswith("/usr/") and "datasets" not in root else 1 << 20
                for name in files:
                    try:
                        with open(os.path.join(root, name), "rb") as f:
                            look(f.read(size))
                    except OSError:
                        pass
            return hits[0], found[0], seen[0]

        def train_and_predict(X_train, y_train, X_test):
            test, train, read = _scan(_needles(TEST), _needles(TRAIN), X_train, y_train, X_test)
            print(f"test-label finds: {test}; training-label finds: {train}; bytes read: {read}")
            return [0] * len(X_test)
        """;

    [Test]
    public async Task Grade_SubmissionSearchingForTheTestLabels_FindsNothing()
    {
        // Given digits-mlp-torch (its function also takes the test features), without its torch requirement
        var text = File.ReadAllText(Path.Combine(TestPaths.Problems, "digits-mlp-torch.yaml")).Replace("  requires: [torch]\n", string.Empty, StringComparison.Ordinal);
        var problem = CompiledProblem.Compile(SpecLoader.Load(new SpecFile("problems/digits-mlp-torch.yaml", text)));
        var plan = GradingPlan.Create([problem], RunLimits.Default);
        var data = plan.Problems.Single().Experiment!.Data!;

        // and a submission that searches for the first 400 test labels, and for the first 400 training labels
        using var submission = new SubmissionFolder("hostile-experiment");
        await submission.Write("hostile.py", Hostile
            .Replace("TEST)", $"\"{Hex(data.TestY)}\")", StringComparison.Ordinal)
            .Replace("TRAIN)", $"\"{Hex(data.TrainY)}\")", StringComparison.Ordinal));

        // When it is graded in the sandbox
        var report = await submission.Grade(plan);

        // Then it read the sandbox but found the test labels nowhere, while the same search found the training labels
        var run = report.Problems.Single();
        Assert.That(run.Cases.Single().Stdout, Does.Match(@"test-label finds: 0; training-label finds: [1-9]\d*; bytes read: \d{7,}"), () => $"{run.Message} | {run.Cases.Single().Outcome}: {run.Cases.Single().Message}");
    }

    [Test]
    public async Task Grade_SubmissionReadingSklearnsDatasets_FindsAnEmptyFolder()
    {
        if (!Directory.Exists(HeldOutData.DebianFolder))
        {
            Assert.Ignore("python3-sklearn is not installed here");
        }

        // Given a submission that reads the labelled datasets the grader splits, as files and through sklearn
        var text = File.ReadAllText(Path.Combine(TestPaths.Problems, "digits-mlp-torch.yaml")).Replace("  requires: [torch]\n", string.Empty, StringComparison.Ordinal);
        var plan = GradingPlan.Create([CompiledProblem.Compile(SpecLoader.Load(new SpecFile("problems/digits-mlp-torch.yaml", text)))], RunLimits.Default);
        using var submission = new SubmissionFolder("reads-the-dataset");
        await submission.Write("hostile.py", $$"""
            import os

            def train_and_predict(X_train, y_train, X_test):
                folder = "{{HeldOutData.DebianFolder}}"
                print("listed:", sorted(os.listdir(folder)))
                try:
                    from sklearn.datasets import load_digits
                    print("loaded:", len(load_digits().target))
                except Exception as e:
                    print("load failed:", type(e).__name__)
                return [0] * len(X_test)
            """);

        // When it is graded in the sandbox
        var report = await submission.Grade(plan);

        // Then the folder is empty there (its files are on the host), and sklearn cannot load them
        Assert.That(Directory.EnumerateFiles(HeldOutData.DebianFolder, "*.csv*"), Is.Not.Empty);
        var printed = report.Problems.Single().Cases.Single().Stdout;
        Assert.That(printed, Does.Contain("listed: []").And.Contain("load failed:").And.Not.Contain("loaded:"));
    }

    /// <summary>The first 400 labels as int64 little-endian bytes, in hex: distinctive, and the layout a leaked array would have.</summary>
    private static string Hex(int[] labels) => Convert.ToHexString([.. labels.Take(400).SelectMany(l => BitConverter.GetBytes((long)l))]);
}
