using System.Text;

namespace Crm.Data.Csv;

/// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A BOM is ignored.</summary>
public static class CsvParser
{
    /// <summary>The rows, each with its 1-based line number in the file, fields trimmed; blank lines skipped.</summary>
    public static List<(int Line, string[] Fields)> Parse(string text)
    {
        var rows = new List<(int, string[])>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
                line++;
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow(rows, row, field, rowLine);
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        EndRow(rows, row, field, rowLine);
        return rows;
    }

    private static void EndRow(List<(int, string[])> rows, List<string> row, StringBuilder field, int line)
    {
        row.Add(field.ToString());
        field.Clear();
        if (row.Any(f => f.Trim().Length > 0))
            rows.Add((line, [.. row.Select(f => f.Trim())]));
        row.Clear();
    }
}
