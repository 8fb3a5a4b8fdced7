using Grader.Submissions;
using Grader.Values;

namespace Grader.Running.Python;

/// <summary>
/// Python sessions kept between a submission's problems. A session is checked out while a problem
/// runs, so two problems of one submission never share a worker at once; the least recently used
/// sessions are ended beyond <c>capacity</c>.
/// </summary>
internal sealed class SessionPool(int capacity) : IDisposable
{
    private readonly LinkedList<(Submission Submission, PythonSession Session)> _idle = new();
    private readonly Lock _lock = new();

    public PythonSession? CheckOut(Submission submission)
    {
        lock (_lock)
        {
            for (var node = _idle.First; node is not null; node = node.Next)
            {
                if (ReferenceEquals(node.Value.Submission, submission))
                {
                    _idle.Remove(node);
                    return node.Value.Session;
                }
            }
        }

        return null;
    }

    public void CheckIn(Submission submission, PythonSession session)
    {
        var ended = new List<PythonSession>();
        lock (_lock)
        {
            if (!session.Alive || _idle.Any(entry => ReferenceEquals(entry.Submission, submission)))
            {
                ended.Add(session);
            }
            else
            {
                _idle.AddFirst((submission, session));
            }

            while (_idle.Count > capacity)
            {
                ended.Add(_idle.Last!.Value.Session);
                _idle.RemoveLast();
            }
        }

        ended.ForEach(s => s.Dispose());
    }

    public void Release(Submission submission) => CheckOut(submission)?.Dispose();

    /// <summary>The worker PID of the submission's idle session, if any (for <c>grader bench</c>).</summary>
    public int? ProcessIdOf(Submission submission)
    {
        lock (_lock)
        {
            return _idle.FirstOrDefault(entry => ReferenceEquals(entry.Submission, submission)).Session?.ProcessId;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var entry in _idle)
            {
                entry.Session.Dispose();
            }

            _idle.Clear();
        }
    }
}
