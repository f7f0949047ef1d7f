using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Tickets;

namespace Crm.Data.Tests.Store;

/// <summary>
/// The audit trail stores enum values as text without knowing their type at compile time (undo reads them
/// back): the untyped forms must spell and read every member exactly as the typed ones.
/// </summary>
public sealed class StoredEnumTests
{
    [Fact]
    public void UntypedForms_SpellAndReadEveryMemberAsTheTypedOnes()
    {
        foreach (var stage in Enum.GetValues<DealStage>())
        {
            Assert.Equal(StoredEnum.ToStored(stage), StoredEnum.ToStored((Enum)stage));
            Assert.Equal(stage, StoredEnum.Parse(StoredEnum.ToStored(stage), typeof(DealStage)));
        }
        foreach (var status in Enum.GetValues<TicketStatus>())
            Assert.Equal(status, StoredEnum.Parse(StoredEnum.ToStored((Enum)status), typeof(TicketStatus)));
        Assert.Equal("needs_analysis", StoredEnum.ToStored((Enum)DealStage.NeedsAnalysis));
    }

    [Fact]
    public void UntypedParse_OfTextNoMemberHas_SaysSoPlainly()
    {
        var error = Assert.Throws<FormatException>(() => StoredEnum.Parse("half_won", typeof(DealStage)));

        Assert.Equal("'half_won' is not a DealStage.", error.Message);
    }
}
