namespace Grader.Courses;

/// <summary>
/// One student of the course's roster: the id their variant is drawn from, their name and login as
/// the gradebook export gives them, and the submission folder or file names that are theirs.
/// </summary>
/// <param name="Id">The student's id in the LMS gradebook (Canvas "ID", Moodle "ID number"); never changes.</param>
/// <param name="Names">Submission folder or file names (without extension) that belong to this student, besides the id and login.</param>
/// <param name="Line">Where the student is written in course.yaml, for messages.</param>
public sealed record RosterStudent(string Id, string Name, string? Login, IReadOnlyList<string> Names, int Line);
