using System.Text;
using System.Text.Json;

namespace Grader.Submissions;

/// <summary>One pass of <see cref="Utf8JsonReader"/> over the notebook: everything but cell types and sources is skipped.</summary>
internal sealed partial class NotebookSource
{
    private ref struct Reading(string file, ReadOnlySpan<byte> json, long maxCodeChars)
    {
        private readonly ReadOnlySpan<byte> _json = json;
        private Utf8JsonReader _reader = new(json);

        public void Notebook(NotebookSource notebook)
        {
            if (!_reader.Read() || _reader.TokenType != JsonTokenType.StartObject)
            {
                throw Refuse(FileIssue.NotebookNotAnObject);
            }

            var cells = false;
            while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCells = _reader.ValueTextEquals("cells"u8);
                _reader.Read();
                if (!isCells)
                {
                    _reader.Skip();
                }
                else if (_reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Refuse(FileIssue.NotebookWithoutCells);
                }
                else
                {
                    Cells(notebook);
                    cells = true;
                }
            }

            if (!cells)
            {
                throw Refuse(FileIssue.NotebookWithoutCells);
            }
        }

        private void Cells(NotebookSource notebook)
        {
            var index = 0;
            while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
            {
                if (++index > MaxCells)
                {
                    throw Refuse((f, l, c) => FileIssue.NotebookTooManyCells(f, l, c, MaxCells));
                }

                if (_reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Refuse((f, l, c) => FileIssue.NotebookCellNotAnObject(f, l, c, index));
                }

                string? type = null;
                string? source = null;
                while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (_reader.ValueTextEquals("cell_type"u8))
                    {
                        _reader.Read();
                        type = _reader.TokenType == JsonTokenType.String
                            ? _reader.GetString()
                            : throw Refuse((f, l, c) => FileIssue.NotebookCellTypeNotText(f, l, c, index));
                    }
                    else if (_reader.ValueTextEquals("source"u8))
                    {
                        _reader.Read();
                        source = Source(index);
                    }
                    else
                    {
                        _reader.Read();
                        _reader.Skip();
                    }
                }

                var limit = maxCodeChars;
                if (type == "code" && !notebook.AddCodeCell(index, source ?? string.Empty, limit))
                {
                    throw Refuse((f, l, c) => FileIssue.NotebookCodeTooLarge(f, l, c, limit));
                }

                if (type == "markdown" && source is not null)
                {
                    notebook.AddMarkdownCell(index, source, limit);
                }
            }
        }

        /// <summary>A source is a string or a list of strings (nbformat 4).</summary>
        private string Source(int index)
        {
            if (_reader.TokenType == JsonTokenType.String)
            {
                return _reader.GetString()!;
            }

            if (_reader.TokenType != JsonTokenType.StartArray)
            {
                throw Refuse((f, l, c) => FileIssue.NotebookSourceNotText(f, l, c, index));
            }

            var text = new StringBuilder();
            while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
            {
                text.Append(_reader.TokenType == JsonTokenType.String
                    ? _reader.GetString()
                    : throw Refuse((f, l, c) => FileIssue.NotebookSourceNotText(f, l, c, index)));
            }

            return text.ToString();
        }

        /// <summary>A refusal at the current token, with its line and column.</summary>
        private readonly FileRefusedException Refuse(Func<string, long, long, FileIssue> issue)
        {
            var before = _json[..(int)Math.Min(_reader.TokenStartIndex, _json.Length)];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            return new FileRefusedException(issue(file, before.Count((byte)'\n') + 1, before.Length - lineStart + 1));
        }
    }
}
