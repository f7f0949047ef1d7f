using System.ClientModel;
using System.ClientModel.Primitives;
using Crm.Skills.Understanding.Llm;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Crm.Bot.Llm;

public static class LlmExtensions
{
    /// <summary>
    /// The optional model engine, from the <c>Llm</c> section. <paramref name="engine"/> (from
    /// <c>--engine</c>) overrides <c>Llm:Mode</c>. Without an endpoint nothing is registered and the
    /// embedded engine runs as before.
    /// </summary>
    public static IHostApplicationBuilder AddCrmLlm(this IHostApplicationBuilder builder, string? engine = null)
    {
        var options = builder.Configuration.GetSection("Llm").Get<LlmOptions>() ?? new LlmOptions();
        if (engine is not null)
            options.Mode = engine;
        var settings = options.Settings();
        if (settings.Mode == LlmMode.Off)
            return builder;
        if (!options.IsConfigured)
            throw new LlmConfigurationException("The llm and hybrid engines need Llm__Endpoint (or Llm__Replay with recorded answers).");
        if (string.IsNullOrWhiteSpace(options.Replay) && string.IsNullOrWhiteSpace(options.Model))
            throw new LlmConfigurationException("Llm__Model (the model or deployment name) is required with Llm__Endpoint.");
        if (string.IsNullOrWhiteSpace(options.Replay) && !IsUrl(options.Endpoint, Uri.UriSchemeHttp, Uri.UriSchemeHttps))
            throw new LlmConfigurationException("Llm__Endpoint must be an http or https URL, e.g. https://NAME.openai.azure.com/openai/v1/.");
        if (!string.IsNullOrWhiteSpace(options.Authority) && !IsUrl(options.Authority, Uri.UriSchemeHttps))
            throw new LlmConfigurationException("Llm__Authority must be an https URL, e.g. https://login.microsoftonline.com/.");
        builder.Services.AddSingleton<IChatClient>(services => CreateClient(options, services));
        builder.Services.AddCrmLlmUnderstanding(settings);
        return builder;
    }

    private static IChatClient CreateClient(LlmOptions options, IServiceProvider services)
    {
        if (!string.IsNullOrWhiteSpace(options.Replay))
            return new RecordedChatClient(null, options.Replay, replay: true);
        var model = options.Model!;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            NetworkTimeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)),
            RetryPolicy = new ClientRetryPolicy(Math.Max(0, options.MaxRetries)),
        };
        if (services.GetService<LlmHttpTransport>() is { } http)
            clientOptions.Transport = new HttpClientPipelineTransport(http.Client);
        // The AuthenticationPolicy constructor is marked experimental (OPENAI001) but is the SDK's only way to take Entra tokens.
#pragma warning disable OPENAI001
        var chat = options is { TenantId.Length: > 0, ClientId.Length: > 0, ClientSecret.Length: > 0 }
            ? new ChatClient(model, new BearerTokenPolicy(Entra(options, services), EntraTokenProvider.Scope), clientOptions)
            // Local servers (Ollama, llama.cpp, vLLM) take any key; the SDK insists on one.
            : new ChatClient(model, new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey), clientOptions);
#pragma warning restore OPENAI001
        IChatClient client = new OpenAIChatClient(chat, model);
        return string.IsNullOrWhiteSpace(options.Record) ? client : new RecordedChatClient(client, options.Record, replay: false);
    }

    /// <summary>MSAL makes its own HTTP clients unless one is registered (only tests do, to trust a local authority).</summary>
    private static EntraTokenProvider Entra(LlmOptions options, IServiceProvider services) => new(
        options,
        services.GetService<Microsoft.Identity.Client.IMsalHttpClientFactory>(),
        services.GetService<ILoggerFactory>()?.CreateLogger<EntraTokenProvider>());

    private static bool IsUrl(string? text, params string[] schemes) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme);
}
