using Crm.Data.Contacts;

namespace Crm.Data.Tests.Contacts;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("+1 617 555 0199", "+16175550199")]
    [InlineData("(617) 555-0199", "6175550199")]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138 1234 5678", "+8613812345678")]
    [InlineData("010-12345678", "01012345678")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    [InlineData("+44 20.7946.0958", "+442079460958")]
    public void PhoneNumber_CommonFormats_AreAccepted(string text, string digits)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(digits, phone.Digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("call me")]
    [InlineData("617-555-01x9")]
    [InlineData("(617 555 0199")]
    [InlineData("617 + 555 0199")]
    [InlineData("+1 617 555 0199 0199 0199")]
    public void PhoneNumber_NotAPhoneNumber_IsRefused(string text) => Assert.False(PhoneNumber.TryParse(text, out _));

    [Theory]
    [InlineData("dee.parker@lakeside.example")]
    [InlineData("ma.li+crm@dongfang.com.cn")]
    [InlineData("  o'neil@harbor.io ")]
    public void EmailAddress_PlausibleAddress_IsAccepted(string text)
    {
        Assert.True(EmailAddress.TryParse(text, out var address));
        Assert.Equal(text.Trim(), address.Value);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("bo@")]
    [InlineData("@example.com")]
    [InlineData("two@@example.com")]
    [InlineData("dots..twice@example.com")]
    [InlineData("no-dot@localhost")]
    [InlineData("space in@example.com")]
    public void EmailAddress_NotAnAddress_IsRefused(string text) => Assert.False(EmailAddress.TryParse(text, out _));
}
