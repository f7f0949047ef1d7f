using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Data.Store;

/// <summary>
/// Every instant in the store is UTC. Values written without a kind are taken as UTC (local ones are
/// converted), and values read back are marked UTC, so SQLite and PostgreSQL hand out the same thing.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
