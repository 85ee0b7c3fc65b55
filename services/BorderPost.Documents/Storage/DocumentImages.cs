using Weasel.Postgresql.Tables;

namespace BorderPost.Documents.Storage;

/// <summary>
/// The submitted images, in PostgreSQL next to the events (table <c>document_images</c> in the service's schema), keyed
/// by SHA-256: the same picture submitted twice is stored once. Written in the same transaction as the check's
/// events, so a check never points at a missing image and a failed check leaves no orphan image.
/// </summary>
public static class DocumentImages
{
    public const string TableName = "document_images";

    public static void AddImageTable(this StoreOptions options)
    {
        var table = new Table($"{options.DatabaseSchemaName}.{TableName}");
        table.AddColumn<string>("sha256").AsPrimaryKey();
        table.AddColumn<string>("media_type").NotNull();
        table.AddColumn<long>("size").NotNull();
        table.AddColumn("content", "bytea").NotNull();
        table.AddColumn("stored_at", "timestamptz").NotNull().DefaultValueByExpression("now()");
        options.Storage.ExtendedSchemaObjects.Add(table);
    }

    /// <summary>Queues the insert on the session; it commits (or not) with the session's other changes.</summary>
    public static void QueueStore(this IDocumentSession session, StoredImage image, byte[] content) =>
        session.QueueSqlCommand(
            $"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} (sha256, media_type, size, content) " +
            "values (?, ?, ?, ?) on conflict (sha256) do nothing",
            image.Sha256, image.MediaType, image.Size, content);

    /// <summary>The stored picture with this hash, or null.</summary>
    public static async Task<(string MediaType, byte[] Content)?> LoadAsync(IQuerySession session, string sha256, CancellationToken ct)
    {
        await using var connection = session.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"select media_type, content from {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} where sha256 = @sha256";
        command.Parameters.AddWithValue("sha256", sha256);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }
}
