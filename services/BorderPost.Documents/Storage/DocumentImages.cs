using Marten;
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
}
