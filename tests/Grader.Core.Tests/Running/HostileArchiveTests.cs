using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Grader.Grading;
using Grader.Reference;
using Grader.Running;
using Grader.Submissions;

namespace Grader.Core.Tests.Running;

/// <summary>
/// Hostile archives and folders: each is graded or refused with a clear message, never writes
/// outside its folder, and never stops the batch.
/// </summary>
[TestFixture]
internal sealed class HostileArchiveTests
{
    private const string Toy = "def toy_network_gradients(X, t, W1, b1, w2, b2):\n    return 0\n";

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("grader-archive-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        // .NET cannot delete a file whose name is not valid UTF-8; rm can.
        using var rm = Process.Start("rm", ["-rf", _folder]);
        rm.WaitForExit();
    }

    [Test]
    public void Open_EmptyFolder_SaysItIsEmpty()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;

        using var submission = Submission.Open(empty, Problems.All);

        Assert.That(submission.Attempts, Is.Empty);
        Assert.That(submission.FileIssues.Single().Message, Is.EqualTo("the submission is empty: no files were found"));
    }

    [Test]
    public void Open_EmptyZip_SaysItIsEmpty()
    {
        var zip = Path.Combine(_folder, "empty.zip");
        using (ZipFile.Open(zip, ZipArchiveMode.Create))
        {
        }

        using var submission = Submission.Open(zip, Problems.All);

        Assert.That(submission.FileIssues.Single().Message, Does.Contain("empty"));
    }

    [Test]
    public void Open_ZipSlipEntries_AreSkippedAndNothingLandsOutside()
    {
        // Given: entries escaping with ../ and an absolute path, next to a real solution
        var zip = Path.Combine(_folder, "slip.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Add(archive, "../escaped.py", "print('out')");
            Add(archive, "/tmp/absolute-" + Path.GetFileName(_folder) + ".py", "print('abs')");
            Add(archive, "hw/toy.py", Toy);
        }

        // When
        using var submission = Submission.Open(zip, Problems.All);

        // Then
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
        Assert.That(submission.FileIssues.Select(i => i.File), Is.EquivalentTo(new[] { "../escaped.py", "/tmp/absolute-" + Path.GetFileName(_folder) + ".py" }));
        Assert.That(submission.FileIssues, Has.All.Property(nameof(FileIssue.Message)).Contains("outside the submission"));
        Assert.That(File.Exists(Path.Combine(Path.GetTempPath(), "escaped.py")), Is.False);
        Assert.That(File.Exists("/tmp/absolute-" + Path.GetFileName(_folder) + ".py"), Is.False);
    }

    [Test]
    public void Open_SymlinkEntryInZip_IsNotCreated()
    {
        var zip = Path.Combine(_folder, "link.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            var link = Add(archive, "solution.py", "/etc/passwd");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            Add(archive, "toy.py", Toy);
        }

        using var submission = Submission.Open(zip, Problems.All);

        Assert.That(submission.FileIssues.Single().Message, Does.Contain("symbolic link"));
        Assert.That(File.Exists(Path.Combine(submission.Root, "solution.py")), Is.False);
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_FolderLinkingOutside_IsReportedAndNotFollowed()
    {
        // Given: a submission holding a link to the grader's problems folder (and to /usr)
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "linked")).FullName;
        File.WriteAllText(Path.Combine(folder, "toy.py"), Toy);
        Directory.CreateSymbolicLink(Path.Combine(folder, "specs"), TestPaths.Problems);
        Directory.CreateSymbolicLink(Path.Combine(folder, "usr"), "/usr");

        // When
        using var submission = Submission.Open(folder, Problems.All);

        // Then
        Assert.That(submission.FileIssues.Select(i => i.File), Is.EqualTo(new[] { "specs", "usr" }));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public void Open_ZipBomb_IsRefusedByTheBytesActuallyUnpacked()
    {
        // Given: 300 MB of zeros that compress to a few hundred KB
        var zip = Path.Combine(_folder, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var stream = archive.CreateEntry("zeros.py", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
            {
                stream.Write(block);
            }
        }

        Assert.That(new FileInfo(zip).Length, Is.LessThan(2 << 20));

        // When / Then
        var error = Assert.Throws<RunnerException>(() => Submission.Open(zip, Problems.All));
        Assert.That(error!.Message, Does.Contain("unpacks to more than 200 MiB"));
        Assert.That(Directory.EnumerateDirectories(Path.GetTempPath(), "grader-*").Count(d => File.Exists(Path.Combine(d, "zeros.py"))), Is.Zero);
    }

    [Test]
    public void Open_CorruptZip_IsRefusedClearly()
    {
        var zip = Path.Combine(_folder, "corrupt.zip");
        File.WriteAllBytes(zip, Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip"));

        var error = Assert.Throws<RunnerException>(() => Submission.Open(zip, Problems.All));

        Assert.That(error!.Message, Does.Contain("is not a readable zip"));
    }

    [Test]
    public void Open_NonUtf8FileName_IsReportedAndTheRestGraded()
    {
        // Given: a file whose name is not valid UTF-8 (Linux allows any bytes; .NET cannot create one)
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "latin1")).FullName;
        File.WriteAllText(Path.Combine(folder, "toy.py"), Toy);
        using (var python = Process.Start("/usr/bin/python3", ["-c", $"open(b'{folder}/r\\xe9sum\\xe9.py', 'w').write('x = 1')"]))
        {
            python.WaitForExit();
        }

        // When
        using var submission = Submission.Open(folder, Problems.All);

        // Then
        Assert.That(submission.FileIssues.Single().Message, Does.Contain("not valid UTF-8"));
        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public async Task Grade_NonUtf8FileName_StillGradesTheOtherFiles()
    {
        // Given
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "latin1")).FullName;
        File.WriteAllText(Path.Combine(folder, "bce.py"), "def bce_grad(a, y):\n    return {'da': -(y / a - (1 - y) / (1 - a)) / len(a)}\n");
        using (var python = Process.Start("/usr/bin/python3", ["-c", $"open(b'{folder}/notes-\\xe9.txt', 'w').write('x')"]))
        {
            python.WaitForExit();
        }

        var plan = GradingPlan.Create(ProblemCatalog.Load(TestPaths.Problems).Problems.Where(p => p.Id == "bce"), RunLimits.Default);
        using var runner = new SubmissionRunner(new SandboxOptions());

        // When
        var report = await new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions())).GradeAsync(folder);

        // Then
        Assert.That(report.Score, Is.EqualTo(5), report.Problems[0].Feedback + " " + report.Problems[0].Message);
        Assert.That(report.FileErrors.Single().Message, Does.Contain("not valid UTF-8"));
    }

    [Test]
    public void Open_ThousandsOfFiles_AreRefusedBeyondTheLimit()
    {
        var many = Directory.CreateDirectory(Path.Combine(_folder, "many")).FullName;
        for (var i = 0; i < SubmissionFolder.MaxFiles + 5; i++)
        {
            File.WriteAllText(Path.Combine(many, $"f{i}.txt"), string.Empty);
        }

        var error = Assert.Throws<RunnerException>(() => Submission.Open(many, Problems.All));

        Assert.That(error!.Message, Does.Contain($"holds {SubmissionFolder.MaxFiles + 1} files; a submission may hold at most {SubmissionFolder.MaxFiles}"));
    }

    [Test]
    public void Open_ManyFilesWithinTheLimit_AreGraded()
    {
        var many = Directory.CreateDirectory(Path.Combine(_folder, "many")).FullName;
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllText(Path.Combine(many, $"note{i}.txt"), "x");
        }

        File.WriteAllText(Path.Combine(many, "toy.py"), Toy);

        using var submission = Submission.Open(many, Problems.All);

        Assert.That(submission.Attempts.Keys, Is.EquivalentTo(new[] { "toy-network" }));
    }

    [Test]
    public async Task Grade_ClassWithHostileArchives_GradesTheGoodOneAndReportsTheRest()
    {
        // Given: a class with a corrupt zip, a zip bomb-like refusal and a good submission
        var catalog = ProblemCatalog.Load(TestPaths.Problems);
        var plan = GradingPlan.Create(catalog.Problems.Where(p => p.Id == "bce"), RunLimits.Default);
        File.WriteAllText(Path.Combine(_folder, "a-corrupt.zip"), "not a zip");
        var good = Directory.CreateDirectory(Path.Combine(_folder, "b-good")).FullName;
        File.WriteAllText(Path.Combine(good, "bce.py"), "import numpy as np\ndef bce_grad(a, y):\n    return {'da': -(y / a - (1 - y) / (1 - a)) / len(a)}\n");
        using var runner = new SubmissionRunner(new SandboxOptions());
        var grader = new SubmissionGrader(plan, runner, new GradingOptions(new SandboxOptions()));

        // When
        var reports = new List<Grader.Reports.ScoreReport>();
        foreach (var path in SubmissionLocator.Expand([_folder]))
        {
            reports.Add(await grader.GradeAsync(path));
        }

        // Then
        Assert.That(reports.Select(r => r.Submission), Is.EqualTo(new[] { "b-good", "a-corrupt.zip" }.Order()));
        Assert.That(reports.Single(r => r.Submission == "b-good").Score, Is.EqualTo(5));
        var corrupt = reports.Single(r => r.Submission == "a-corrupt.zip");
        Assert.That(corrupt.Score, Is.Zero);
        Assert.That(corrupt.FileErrors.Single().Message, Does.Contain("is not a readable zip"));
    }

    private static ZipArchiveEntry Add(ZipArchive archive, string name, string text)
    {
        var entry = archive.CreateEntry(name);
        using var writer = new StreamWriter(entry.Open());
        writer.Write(text);
        return entry;
    }
}
