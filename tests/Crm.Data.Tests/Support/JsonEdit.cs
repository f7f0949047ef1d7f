using System.Text.Json.Nodes;
using Crm.Data.Exchange;

namespace Crm.Data.Tests.Support;

/// <summary>Breaks a built document on purpose: serialize it, edit the JSON tree, hand back the text.</summary>
internal static class JsonEdit
{
    public static string Edit(this ExchangeDocument document, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(ExchangeJson.Serialize(document))!;
        edit(root);
        return root.ToJsonString();
    }
}
