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
    [InlineData("+1 (415) 555-0100", "+14155550100")]
    [InlineData("139-1234-5678", "13912345678")]
    [InlineData("0086 13912345678", "008613912345678")]
    [InlineData("+86 10 6552 9988", "+861065529988")]
    [InlineData("14155550100", "14155550100")]
    [InlineData("4155550100", "4155550100")]
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
    [InlineData("+1 206 555 01", "10 digits after +1")]
    [InlineData("+1 206 555 01999", "10 digits after +1")]
    [InlineData("1372100002", "11 digits")]
    [InlineData("12812345678", "starts with 13 to 19")]
    [InlineData("+86 123 4567 8901", "starts with 13 to 19")]
    [InlineData("+49 30 12", "8 to 15 digits after the +")]
    [InlineData("555-01", "7 to 15 digits")]
    [InlineData("(617 555 0199", "brackets")]
    [InlineData("617-555-01x9", "only hold digits")]
    public void PhoneNumber_Problem_SaysWhyTheNumberIsRefused(string text, string reason)
    {
        Assert.False(PhoneNumber.TryParse(text, out _));
        Assert.Contains(reason, PhoneNumber.Problem(text), StringComparison.Ordinal);
    }

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
    [InlineData("jane@example.c0m")]
    public void EmailAddress_NotAnAddress_IsRefused(string text) => Assert.False(EmailAddress.TryParse(text, out _));
}
