namespace Grader.Class;

/// <summary>Class outputs that cannot be used as asked (shards that overlap or disagree, an unfinished shard, a damaged slice file): bad input, said before anything is written.</summary>
internal sealed class ClassException(string message) : Exception(message);
