using Grader.Courses;
using Grader.Specs;

namespace Grader.Core.Tests.Courses;

public sealed class ImportedRosterTests
{
    private static readonly byte[] Salt = CourseFile.NewSalt();

    private static Course Course(params RosterStudent[] students) => new("course.yaml", Salt, students);

    private static ImportedRoster Export(params RosterStudent[] students) => new("export.csv", RosterSource.Canvas, students, 0);

    [Test]
    public void MergeInto_KeepsSubmissionNamesOrderAndStudentsWhoLeft()
    {
        // Given: a course of three, one renamed in the LMS, one gone, one new
        var course = Course(
            new("1", "Martin, Alice", "am", ["alice"], 3),
            new("2", "Ng, Bob", "bn", [], 7),
            new("3", "Diaz, Carol", "cd", ["carol"], 10));
        var export = Export(
            new("4", "Eve, Dana", "de", [], 2),
            new("3", "Diaz-Lopez, Carol", null, [], 3),
            new("1", "Martin, Alice", "am", [], 4));

        // When
        var update = export.MergeInto(course);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(update.Students.Select(s => s.Id), Is.EqualTo(new[] { "1", "2", "3", "4" }));
            Assert.That(update.Students[0].Names, Is.EqualTo(new[] { "alice" }));
            Assert.That(update.Students[2], Is.EqualTo(course.Students[2] with { Name = "Diaz-Lopez, Carol" }), "a login the export lacks is kept");
            Assert.That((update.Added, update.Updated, update.Unchanged), Is.EqualTo((1, 1, 1)));
            Assert.That(update.NotInExport.Select(s => s.Id), Is.EqualTo(new[] { "2" }));
        });
    }

    [Test]
    public void MergeInto_ExportLoginIsAnotherStudentsSubmissionName_NamesTheExportLine()
    {
        var course = Course(new RosterStudent("1", "Martin, Alice", null, ["bob"], 3));
        var export = Export(new RosterStudent("2", "Ng, Bob", "Bob", [], 5));

        var error = Assert.Throws<SpecException>(() => export.MergeInto(course))!;

        Assert.That(error.Message, Does.StartWith("export.csv:5: 'Bob' would name two students: '1' and '2'"));
        Assert.That(error.Hint, Does.Contain("course.yaml"));
    }

    [Test]
    public void MergeInto_EmptyCourse_TakesTheExportAsItIs()
    {
        var export = Export(new RosterStudent("1", "A", "a", [], 2), new RosterStudent("2", "B", null, [], 3));

        var update = export.MergeInto(Course());

        Assert.That(update.Students, Is.EqualTo(export.Students));
        Assert.That(update.Added, Is.EqualTo(2));
    }
}
