using System.Text.Json;
using Grader.Values;

namespace Grader.Cli.Tests.Commands.Variants;

/// <summary>
/// A course of 50 students, each with numbers of their own, graded as a class: answers right for
/// their own numbers get full marks, answers copied from a neighbour are flagged with the
/// neighbour's name (to the instructor only), wrong answers are diagnosed as before.
/// </summary>
[TestFixture]
internal sealed class VariantClassTests
{
    private const int Size = 50;
    private VariantClass _class = null!;
    private string _out = null!;
    private CliRun _run = null!;

    [OneTimeSetUp]
    public async Task GradeTheCourse()
    {
        _class = VariantClass.Create(Size);
        for (var i = 0; i < Size; i++)
        {
            var student = _class.Students[i];
            var answers = new Dictionary<string, IReadOnlyDictionary<string, Value>>();
            foreach (var problem in VariantClass.Problems)
            {
                answers[problem] = i switch
                {
                    // 41–45 copy toy-network from the student before them; softmax-ce is their own.
                    >= 40 and < 45 when problem == "toy-network" => _class.Variant(problem, _class.Students[i - 1].Id).Expected,
                    // 46 forgets the ReLU mask on their own numbers; 47 hands in 46's wrong numbers.
                    45 when problem == "toy-network" => _class.Mistake(problem, student.Id, "relu-mask-missing"),
                    46 when problem == "toy-network" => _class.Mistake(problem, _class.Students[45].Id, "relu-mask-missing"),
                    // 48 subtracts 1 from every class on their own numbers.
                    47 when problem == "softmax-ce" => _class.Mistake(problem, student.Id, "softmax-minus-one"),
                    _ => _class.Variant(problem, student.Id).Expected,
                };
            }

            // 49 names themselves in answers.yaml from a folder the roster does not know; 50 is nobody's.
            // 3 claims to be student 4 in answers.yaml: the roster (its folder is stu003) wins.
            var (folder, claim) = i switch
            {
                2 => (student.Login!, "s004"),
                48 => ("hw-final", student.Id),
                49 => ("unnamed", null),
                _ => (student.Login!, (string?)null),
            };
            _class.Write(folder, answers, claim);
        }

        _out = Path.Combine(_class.Root, "out");
        _run = await CliRun.Run(_class.Root, [
            "grade", _class.Submissions, "--out", _out, "--problems", Path.Combine(CliRun.Repository, "problems"),
            "--course", _class.CourseFilePath, .. VariantClass.Problems.SelectMany(p => new[] { "--problem", p })]);
        Assert.That(_run.ExitCode, Is.Zero, _run.Error);
    }

    [OneTimeTearDown]
    public void RemoveTheCourse() => _class.Dispose();

    [Test]
    public void Variants_FiftyStudents_EachHasNumbersOfTheirOwn()
    {
        var inputs = _class.Students.Select(s => ValueText.Format(_class.Variant("toy-network", s.Id).Case.Inputs["X"])).ToList();

        Assert.That(inputs.Distinct().Count(), Is.EqualTo(Size));
    }

    [Test]
    public async Task Handout_All_FiftyHandoutsWithDistinctNumbers()
    {
        var folder = Path.Combine(_class.Root, "handouts");
        var run = await CliRun.Run(_class.Root, [
            "handout", "--all", "--out", folder, "--format", "json", "--course", _class.CourseFilePath,
            "--problems", Path.Combine(CliRun.Repository, "problems"), "--problem", "toy-network"]);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var files = Directory.GetFiles(folder, "*.json");
        Assert.That(files, Has.Length.EqualTo(Size));
        var numbers = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("problems")[0].GetProperty("inputs").GetRawText()).ToList();
        Assert.That(numbers.Distinct().Count(), Is.EqualTo(Size));
    }

    [Test]
    public async Task Grade_StudentOption_GradesOnThatStudentsNumbers()
    {
        // stu002's answers, graded as student 2 (named on the command line) and as student 3
        var own = await GradeOne(Path.Combine(_class.Submissions, "stu002"), "--student", "s002");
        var other = await GradeOne(Path.Combine(_class.Submissions, "stu002"), "--student", "s003");

        Assert.That(own.ExitCode, Is.Zero, own.Error);
        Assert.That(own.Output, Does.Contain("\"source\": \"commandline\""));
        Assert.That(JsonDocument.Parse(own.Output).RootElement.GetProperty("score").GetDouble(), Is.EqualTo(35));
        Assert.That(JsonDocument.Parse(other.Output).RootElement.GetProperty("copies")[0].GetProperty("source_id").GetString(), Is.EqualTo("s002"));
    }

    [Test]
    public async Task Grade_StudentOption_Misused_ClearErrors()
    {
        var unknown = await GradeOne(Path.Combine(_class.Submissions, "stu002"), "--student", "s999");
        var many = await GradeOne(_class.Submissions, "--student", "s002");

        Assert.That(unknown.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(unknown.Error, Does.Contain("course.yaml").And.Contain("no student 's999' in the roster"));
        Assert.That(many.ExitCode, Is.Not.Zero);
        Assert.That(many.Error, Does.Contain("--student s002 says whose one submission is graded, but 50 were given"));
    }

    [Test]
    public void Grade_ClaimAgainstTheRoster_RosterWinsAndTheClaimIsListed()
    {
        var report = Report("stu003");

        Assert.That(report.GetProperty("owner").GetProperty("id").GetString(), Is.EqualTo("s003"));
        Assert.That(report.GetProperty("owner").GetProperty("claimed").GetString(), Is.EqualTo("s004"));
        Assert.That(report.GetProperty("score").GetDouble(), Is.EqualTo(report.GetProperty("max_score").GetDouble()));
        Assert.That(Summary(), Does.Contain("stu003: Student 3 (s003)'s by roster, but answers.yaml claims student 's004'"));
    }

    [Test]
    public void Grade_HostileRosterName_InertInTheClassFiles()
    {
        // stu045 copied from student 44, whose name is hostile
        var summary = Summary();
        var html = File.ReadAllText(Path.Combine(_out, "report.html"));

        Assert.That(summary, Does.Contain("stu045's toy-network answers are"));
        Assert.That(summary, Does.Contain("\\<script>alert(1)\\</script>"), "Markdown shows the tag as text");
        Assert.That(summary.Contains('\u001b', StringComparison.Ordinal), Is.False, "no terminal escape");
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html.Contains('\u001b', StringComparison.Ordinal), Is.False, "no terminal escape");
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    [Test]
    public void Grade_OwnNumbers_FullMarks()
    {
        foreach (var login in new[] { "stu001", "stu020", "stu040" })
        {
            var report = Report(login);
            Assert.That(report.GetProperty("score").GetDouble(), Is.EqualTo(report.GetProperty("max_score").GetDouble()), login);
            Assert.That(report.GetProperty("copies").GetArrayLength(), Is.Zero, login);
            Assert.That(report.GetProperty("owner").GetProperty("source").GetString(), Is.EqualTo("roster"));
        }
    }

    [Test]
    public void Grade_CopiedFromNeighbour_FlaggedWithTheNeighboursName()
    {
        for (var i = 40; i < 45; i++)
        {
            var copies = Report(_class.Students[i].Login!).GetProperty("copies").EnumerateArray().ToList();
            Assert.That(copies, Has.Count.EqualTo(1), _class.Students[i].Id);
            Assert.That(copies[0].GetProperty("problem").GetString(), Is.EqualTo("toy-network"));
            Assert.That(copies[0].GetProperty("source_id").GetString(), Is.EqualTo(_class.Students[i - 1].Id));
        }

        Assert.That(Summary(), Does.Contain("stu042's toy-network answers are Student 41 (s041)'s numbers"));
    }

    [Test]
    public void Grade_Copy_NeverInTheStudentsFeedback()
    {
        var feedback = File.ReadAllText(Path.Combine(_out, "students", "stu042", "feedback.md"));

        Assert.That(feedback, Does.Not.Contain("Student 41").And.Not.Contain("s041").And.Not.Contain("copy"));
        Assert.That(feedback, Does.Contain("Graded on your own numbers (student s042)"));
    }

    [Test]
    public void Grade_WrongOnOwnNumbers_DiagnosedAsBefore()
    {
        Assert.That(Diagnoses("stu046", "toy-network"), Does.Contain("relu-mask-missing"));
        Assert.That(Diagnoses("stu048", "softmax-ce"), Does.Contain("softmax-minus-one"));
        Assert.That(Report("stu046").GetProperty("copies").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Grade_SameWrongNumbersFromTwoStudents_ListedInTheClassReport()
    {
        Assert.That(Summary(), Does.Contain("toy-network: the same wrong numbers from 2 students: stu046, stu047"));
        Assert.That(File.ReadAllText(Path.Combine(_out, "report.html")), Does.Contain("the same wrong numbers from 2 students"));
    }

    [Test]
    public void Grade_OwnerFromAnswersFile_GradedOnTheirNumbers()
    {
        var report = Report("hw-final");

        Assert.That(report.GetProperty("owner").GetProperty("id").GetString(), Is.EqualTo("s049"));
        Assert.That(report.GetProperty("owner").GetProperty("source").GetString(), Is.EqualTo("answersfile"));
        Assert.That(report.GetProperty("score").GetDouble(), Is.EqualTo(report.GetProperty("max_score").GetDouble()));
    }

    [Test]
    public void Grade_OwnerUnknown_FlaggedAndGradedOnTheStatementsCase()
    {
        var report = Report("unnamed");

        Assert.That(report.GetProperty("owner").GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(report.GetProperty("score").GetDouble(), Is.LessThan(report.GetProperty("max_score").GetDouble()));
        Assert.That(Summary(), Does.Contain("unnamed: owner unknown (no roster student matches its name)"));
        Assert.That(File.ReadAllText(Path.Combine(_out, "students", "unnamed", "feedback.md")), Does.Contain("add student: YOUR-ID"));
    }

    private Task<CliRun> GradeOne(string submission, params string[] more) => CliRun.Run(_class.Root, [
        "grade", submission, "--format", "json", "--problems", Path.Combine(CliRun.Repository, "problems"),
        "--course", _class.CourseFilePath, .. VariantClass.Problems.SelectMany(p => new[] { "--problem", p }), .. more]);

    private JsonElement Report(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "students", folder, "report.json"))).RootElement;

    private List<string> Diagnoses(string folder, string problem) =>
        [.. Report(folder).GetProperty("problems").EnumerateArray().First(p => p.GetProperty("id").GetString() == problem)
            .GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()!)];

    private string Summary() => File.ReadAllText(Path.Combine(_out, "summary.md"));
}
