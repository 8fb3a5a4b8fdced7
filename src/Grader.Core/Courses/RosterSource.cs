namespace Grader.Courses;

/// <summary>Which LMS a gradebook export came from, told by its header.</summary>
public enum RosterSource
{
    /// <summary>Canvas: Grades → Export → Export Entire Gradebook (columns Student, ID, SIS User ID, SIS Login ID, Section, …).</summary>
    Canvas,

    /// <summary>Moodle: Grades → Export → Plain text file (columns First name, Last name or Surname, ID number, Username, Email address, …).</summary>
    Moodle,
}
