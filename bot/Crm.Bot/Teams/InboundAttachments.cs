using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Skills.Conversation;
using Microsoft.Extensions.Options;

namespace Crm.Bot.Teams;

/// <summary>
/// Text files sent with a message (call transcripts): <c>text/vtt</c> and <c>text/plain</c>, inline or by
/// <c>contentUrl</c>, and Teams personal-chat files (<c>file.download.info</c>). Other attachments (Teams'
/// <c>text/html</c> copy of the message, images, cards) are not the skills' business and are skipped.
/// </summary>
public sealed class InboundAttachments(IHttpClientFactory httpClients, IOptions<BotOptions> options, ILogger<InboundAttachments> logger)
{
    public const string HttpClientName = "BotAttachments";

    public static IReadOnlyList<TurnAttachment> Inline(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => IsText(a.ContentType, a.Name) && a.Content is { ValueKind: JsonValueKind.String })
            .Select(a => new TurnAttachment(TextType(a.ContentType, a.Name), a.Name, a.Content!.Value.GetString()))
            .ToList();

    public async Task<IReadOnlyList<TurnAttachment>> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var read = new List<TurnAttachment>(Inline(activity));
        foreach (var attachment in activity.Attachments ?? [])
        {
            var (url, type) = Downloadable(attachment);
            if (url is not null && await DownloadAsync(url, cancellationToken) is { } text)
            {
                read.Add(new TurnAttachment(type, attachment.Name, text));
            }
        }
        return read;
    }

    private static (string? Url, string Type) Downloadable(Attachment attachment)
    {
        if (attachment.ContentType == ContentTypes.TeamsFileDownloadInfo && attachment.Content is { ValueKind: JsonValueKind.Object } info
            && info.TryGetProperty("downloadUrl", out var download))
        {
            var fileType = info.TryGetProperty("fileType", out var ft) ? ft.GetString() : null;
            var type = fileType is "vtt" ? "text/vtt" : "text/plain";
            return fileType is "vtt" or "txt" ? (download.GetString(), type) : (null, type);
        }
        return IsText(attachment.ContentType, attachment.Name) && attachment.Content is null && attachment.ContentUrl is not null
            ? (attachment.ContentUrl, TextType(attachment.ContentType, attachment.Name))
            : (null, "");
    }

    private async Task<string?> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        // Only HTTPS (or loopback, for local runs and tests): a file URL must not reach into the network the bot runs in.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            return null;
        }
        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var limit = options.Value.MaxAttachmentBytes;
            var buffer = new byte[limit + 1];
            var length = 0;
            int read;
            while (length <= limit && (read = await stream.ReadAsync(buffer.AsMemory(length, limit + 1 - length), cancellationToken)) > 0)
            {
                length += read;
            }
            return length > limit ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Could not download an attachment");
            return null;
        }
    }

    private static bool IsText(string? contentType, string? name) =>
        contentType is "text/vtt" or "text/plain"
        || (contentType is null or "application/octet-stream" && (name?.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase) == true || name?.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) == true));

    private static string TextType(string? contentType, string? name) =>
        contentType == "text/vtt" || name?.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase) == true ? "text/vtt" : "text/plain";
}
