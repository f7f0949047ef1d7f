using Crm.Skills.Contacts;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Contacts;

public sealed class ContactSkillsTests
{
    [Fact]
    public async Task AddContact_WithValidDetails_CreatesItOnTheAccount()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<ContactSkills>("U-REP", s => s.AddContactAsync("ACC-NB", "Dev Patel", "IT lead", "dev.patel@northbridge.example", "+44 20 7946 0958"));

        await using var db = store.NewContext();
        var contact = await db.Contacts.SingleAsync(c => c.Id == "CON-004");
        Assert.Equal(("ACC-NB", "Dev Patel", "IT lead", "+44 20 7946 0958"), (contact.AccountId, contact.Name, contact.Title, contact.Phone));
    }

    [Fact]
    public async Task UpdateContact_Phone_ChangesOnlyThePhone()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<ContactSkills>("U-ZH", s => s.UpdateContactAsync("CON-003", phone: "+86 139 1234 5678"));

        Assert.Equal(new FieldDelta("phone", "13800138000", "+86 139 1234 5678"), Assert.Single(Assert.Single(turn.Changes.Records).Fields));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("jane@")]
    [InlineData("jane@example")]
    [InlineData("jane doe@example.com")]
    public async Task UpdateContact_WithInvalidEmail_IsRefusedWithTheReasonAndWritesNothing(string email)
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync<ContactSkills>("U-REP", s => s.UpdateContactAsync("CON-001", email: email));

        Assert.Equal((RefusalReason.InvalidValue, "email", email), (turn.Refusal.Reason, turn.Refusal.Field, turn.Refusal.Value));
        Assert.Contains("e-mail", turn.Refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+1 555")]
    [InlineData("call me maybe")]
    [InlineData("12812345678")]
    [InlineData("+86 123 4567 8901")]
    [InlineData("1372100002")]
    [InlineData("138123456789")]
    public async Task AddContact_WithInvalidPhone_IsRefusedAndWritesNothing(string phone)
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync<ContactSkills>("U-REP", s => s.AddContactAsync("ACC-NB", "Dev Patel", phone: phone));

        Assert.Equal((RefusalReason.InvalidValue, "phone"), (turn.Refusal.Reason, turn.Refusal.Field));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }
}
