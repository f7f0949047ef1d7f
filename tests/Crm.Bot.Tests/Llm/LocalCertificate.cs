using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Crm.Bot.Tests.Llm;

/// <summary>A self-signed server certificate for 127.0.0.1, made for one test run and trusted by nothing else.</summary>
public static class LocalCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        // TLS checks validity against the machine's real clock, so the certificate is dated by it, not by a test clock.
        var now = TimeProvider.System.GetUtcNow();
        using var made = request.CreateSelfSigned(now.AddHours(-1), now.AddHours(1));
        // Kestrel on Linux needs the private key in a loadable form: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }

    /// <summary>
    /// An HTTP client that validates TLS as usual, except that <paramref name="trusted"/> stands as its own
    /// root: any other certificate, or a host name it was not made for, is refused. Nothing global changes.
    /// </summary>
    public static HttpClient Trusting(X509Certificate2 trusted) => new(new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
                && certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(trusted.RawData),
        },
    });
}
