namespace Grader.Courses;

public static partial class RosterImport
{
    private const string CanvasStudent = "Student";
    private const string CanvasId = "ID";
    private const string CanvasLogin = "SIS Login ID";
    private const string MoodleFirst = "First name";
    private const string MoodleLast = "Last name";
    private const string MoodleSurname = "Surname";
    private const string MoodleId = "ID number";
    private const string MoodleUsername = "Username";
    private const string MoodleEmail = "Email address";

    /// <summary>The header's columns by name (trimmed, any case; the first of two with one name).</summary>
    private sealed class Header
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

        private Header(IReadOnlyList<string> names)
        {
            Names = names;
            for (var i = 0; i < names.Count; i++)
            {
                _index.TryAdd(names[i], i);
            }
        }

        public IReadOnlyList<string> Names { get; }

        public static Header Of(CsvRecord record) => new([.. record.Cells.Select(c => c.Text.Trim())]);

        public int? this[string name] => _index.TryGetValue(name, out var i) ? i : null;

        /// <summary>Canvas or Moodle, by their required columns; the one the header comes closer to names what it lacks.</summary>
        public RosterSource Source(string file, string? quoted)
        {
            string[] canvas = [CanvasStudent, CanvasId];
            var canvasMissing = canvas.Where(c => this[c] is null).ToList();
            var moodleMissing = new[] { MoodleFirst, MoodleId }.Where(c => this[c] is null).ToList();
            if (this[MoodleLast] is null && this[MoodleSurname] is null)
            {
                moodleMissing.Add($"{MoodleLast}' (or '{MoodleSurname}");
            }

            if (canvasMissing.Count == 0)
            {
                return RosterSource.Canvas;
            }

            if (moodleMissing.Count == 0)
            {
                return RosterSource.Moodle;
            }

            // Canvas's two columns are common words ("ID"): only Moodle's own names make a header look like Moodle's.
            if (moodleMissing.Count < 3)
            {
                throw CourseError.MissingColumns(file, quoted, RosterSource.Moodle, moodleMissing);
            }

            if (this[CanvasStudent] is not null || this[CanvasLogin] is not null)
            {
                throw CourseError.MissingColumns(file, quoted, RosterSource.Canvas, canvasMissing);
            }

            throw CourseError.UnknownHeader(file, quoted, Names);
        }
    }
}
