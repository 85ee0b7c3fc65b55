// Reporting with two years of history.
//   bench [--scale 1] [--requests 200]: seeds a run schema of its own, then prints the figures of issue 18's
//     benchmark (totals p50/p99, rebuild events/s, memory); the last line is one JSON object. The schema is dropped.
//   seed --connection CS --schema reporting [--scale 1]: writes the history into a deployment's Reporting store,
//     whose running service projects it (for trying the dashboard on two years).
// Scale 1 is ~1 million crossings, ~500 arrests, ~2,000 referrals and ~200,000 document checks over two years ending
// yesterday.
using System.Globalization;
using BorderPost.Reporting.Benchmark;
using Marten;
using JasperFx;
using Weasel.Core;

var verb = args.FirstOrDefault() ?? "bench";
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault() ?? fallback;
var scale = double.Parse(Option("scale", "1"), CultureInfo.InvariantCulture);
var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
var history = new History(seed: 2018, from: to.AddDays(-729), days: 730,
    crossings: (int)(1_000_000 * scale), arrests: (int)(500 * scale), referrals: (int)(2_000 * scale), documentChecks: (int)(200_000 * scale));

switch (verb)
{
    case "bench":
        return await ReportingBenchmark.RunAsync(history, int.Parse(Option("requests", "200"), CultureInfo.InvariantCulture));
    case "seed":
        using (var store = DocumentStore.For(options =>
        {
            options.Connection(Option("connection", Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? ""));
            var schema = Option("schema", "reporting");
            options.DatabaseSchemaName = schema;
            options.Events.DatabaseSchemaName = schema;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.AutoCreateSchemaObjects = AutoCreate.None;
        }))
        {
            var written = await Seeding.SeedAsync(store, history);
            Console.WriteLine($"{written.Messages:N0} messages, {written.Events:N0} events from {history.From:yyyy-MM-dd} to {history.To:yyyy-MM-dd} in {written.Took.TotalSeconds:N0} s");
        }
        return 0;
    default:
        Console.Error.WriteLine("usage: bench [--scale 1] [--requests 200] | seed --connection CS [--schema reporting] [--scale 1]");
        return 2;
}
