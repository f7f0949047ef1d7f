using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Crm.Data.Exchange;

/// <summary>
/// Writes and reads the exchange format. Writing uses System.Text.Json with the format's spellings;
/// reading goes through <see cref="ExchangeReader"/>, which checks every field and reports every
/// problem with its JSON path instead of stopping at the first.
/// </summary>
public static class ExchangeJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        // Chinese names stay readable in the file instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new InstantJsonConverter(), new AmountJsonConverter(), new StoredEnumJsonConverterFactory() },
    };

    // One line, for embedding a store in JSON Lines output (replay's "state").
    private static readonly JsonSerializerOptions CompactOptions = new(WriteOptions) { WriteIndented = false };

    public static string Serialize(ExchangeDocument document, bool indented = true) =>
        JsonSerializer.Serialize(document, indented ? WriteOptions : CompactOptions);

    /// <summary>The document as a JSON tree, to place inside a larger JSON object.</summary>
    public static JsonNode ToJsonNode(ExchangeDocument document) => JsonSerializer.SerializeToNode(document, CompactOptions)!;

    public static Task WriteAsync(ExchangeDocument document, Stream stream, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, document, WriteOptions, cancellationToken);

    /// <summary>Parses and checks the shape of a document; references between records are checked on import.</summary>
    public static ExchangeReadResult Read(string json) => ExchangeReader.Read(json);

    public static async Task<ExchangeReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ExchangeReader.Read(await File.ReadAllTextAsync(path, cancellationToken));
}

/// <summary>
/// The document read and every problem found. With problems, the document holds what could be read
/// (placeholders for bad fields): good enough to check references, never to import.
/// </summary>
public sealed record ExchangeReadResult(ExchangeDocument? Document, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Document is not null && Problems.Count == 0;
}

/// <summary>One thing wrong with an input file, located by JSON path (<c>$.contacts[3].email</c>) or CSV row.</summary>
public sealed record ImportProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
