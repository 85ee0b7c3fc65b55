using System.Diagnostics;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// The deployment files, checked without a Docker engine: docker-compose.yml through Debian's <c>docker-compose
/// config</c>, and each service's Dockerfile for what an image must have.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string[] Services = Directory.GetDirectories(Path.Combine(TestSettings.RepositoryRoot, "services"))
        .Where(d => File.Exists(Path.Combine(d, "Program.cs")))
        .Select(Path.GetFileName)
        .Select(name => name!)
        .Order()
        .ToArray();

    [Fact]
    public void Every_service_has_a_multi_stage_dockerfile_that_runs_as_a_non_root_user_with_a_health_check()
    {
        Assert.Equal(8, Services.Length);
        foreach (var service in Services)
        {
            var file = Path.Combine(TestSettings.RepositoryRoot, "services", service, "Dockerfile");
            Assert.True(File.Exists(file), service + " has no Dockerfile");
            var lines = File.ReadAllLines(file);
            Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish services/" + service + "/" + service + ".csproj -c Release", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("COPY --from=build /app", StringComparison.Ordinal));
            var user = Assert.Single(lines, l => l.StartsWith("USER ", StringComparison.Ordinal));
            Assert.DoesNotContain("root", user, StringComparison.Ordinal);
            Assert.NotEqual("USER 0", user);
            Assert.Contains(lines, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal) && l.Contains("/health/live", StringComparison.Ordinal));
            Assert.Contains(lines, l => l == $"ENTRYPOINT [\"dotnet\", \"{service}.dll\"]");
            // The user comes after every step that installs or copies, so the process cannot change the image's files.
            Assert.True(Array.FindLastIndex(lines, l => l.StartsWith("RUN ", StringComparison.Ordinal) || l.StartsWith("COPY ", StringComparison.Ordinal))
                < Array.IndexOf(lines, user), service);
        }
    }

    [Fact]
    public void Every_service_runs_without_thread_pool_spinning_the_profile_guided_tier_or_the_quick_first_compilation()
    {
        // The runtime reads these from the runtimeconfig.json beside each service's dll, in a build and in an image.
        foreach (var service in Services)
        {
            var properties = RuntimeConfigProperties(Path.Combine("services", service), service);

            Assert.Equal(0, properties["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]!.GetValue<int>());
            Assert.False(properties["System.Runtime.TieredPGO"]!.GetValue<bool>(), service);
            Assert.False(properties["System.Runtime.TieredCompilation.QuickJit"]!.GetValue<bool>(), service);
        }
        // The test hosts, which start services by the hundred, keep the quick first compilation.
        Assert.Null(RuntimeConfigProperties(Path.Combine("tests", "BorderPost.EndToEnd.Tests"), "BorderPost.EndToEnd.Tests")["System.Runtime.TieredCompilation.QuickJit"]);
    }

    private static JsonNode RuntimeConfigProperties(string projectDirectory, string assembly)
    {
        var file = Path.Combine(TestSettings.RepositoryRoot, projectDirectory, "bin", TestSettings.BuildConfiguration, "net10.0", assembly + ".runtimeconfig.json");
        return JsonNode.Parse(File.ReadAllText(file))!["runtimeOptions"]!["configProperties"]!;
    }

    [Fact]
    public void The_document_image_runs_on_debian_with_tesseract_and_opencvs_native_libraries()
    {
        var dockerfile = File.ReadAllText(Path.Combine(TestSettings.RepositoryRoot, "services", "BorderPost.Documents", "Dockerfile"));

        Assert.Contains("FROM debian:12-slim AS runtime", dockerfile, StringComparison.Ordinal);
        foreach (var package in new[] { "tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-fra", "libgtk-3-0", "opencv-data", "libicu72" })
        {
            Assert.Contains(" " + package + " ", dockerfile, StringComparison.Ordinal);
        }
        Assert.Contains("COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docker_compose_describes_an_hq_node_with_replicas_and_a_rabbitmq_cluster_and_a_post_node()
    {
        var services = (await ConfigAsync())["services"]!.AsObject();
        Assert.All(services, s => Assert.Single(s.Value!["profiles"]!.AsArray()));
        var hqServices = InProfile(services, "hq");
        var postServices = InProfile(services, "post");

        Assert.Equal(["arrests", "crossings", "documents", "gateway", "identity", "postgres", "protection", "rabbitmq-1", "rabbitmq-2",
            "rabbitmq-3", "reporting", "web"], hqServices.Select(s => s.Key).Order());
        foreach (var name in new[] { "identity", "crossings", "documents", "arrests", "protection", "reporting", "web" })
        {
            Assert.Equal(2, (int)hqServices[name]!["deploy"]!["replicas"]!);
        }
        // The console's replicas share their session keys on a volume (SessionKeysTests), which the image lets its user write.
        foreach (var web in new[] { hqServices["web"]!, services["post-web"]! })
        {
            Assert.Equal("/var/lib/borderpost/web-keys", (string?)web["environment"]!["DataProtection__KeysDirectory"]);
            Assert.Contains(":/var/lib/borderpost/web-keys", web["volumes"]!.ToJsonString(), StringComparison.Ordinal);
        }
        Assert.Contains("chown \"$APP_UID\" /var/lib/borderpost/web-keys",
            File.ReadAllText(Path.Combine(TestSettings.RepositoryRoot, "services", "BorderPost.Web", "Dockerfile")), StringComparison.Ordinal);
        foreach (var name in new[] { "crossings", "documents", "arrests", "protection", "reporting" })
        {
            var environment = hqServices[name]!["environment"]!;
            Assert.Equal("rabbitmq-1,rabbitmq-2,rabbitmq-3", (string?)environment["Messaging__ClusterNodes"]);
        }
        var cluster = File.ReadAllText(Path.Combine(TestSettings.RepositoryRoot, "deploy", "rabbitmq", "cluster.conf"));
        foreach (var node in new[] { "rabbitmq-1", "rabbitmq-2", "rabbitmq-3" })
        {
            Assert.Equal(node, (string?)hqServices[node]!["hostname"]);
            Assert.Contains("= rabbit@" + node, cluster, StringComparison.Ordinal);
        }
        // Every broker runs the federation plugin that links a post to headquarters (the image enables only management).
        var plugins = File.ReadAllText(Path.Combine(TestSettings.RepositoryRoot, "deploy", "rabbitmq", "enabled_plugins"));
        Assert.Contains("rabbitmq_federation,", plugins, StringComparison.Ordinal);
        Assert.Contains("rabbitmq_management,", plugins, StringComparison.Ordinal);
        foreach (var broker in new[] { hqServices["rabbitmq-1"]!, hqServices["rabbitmq-2"]!, hqServices["rabbitmq-3"]!, services["post-rabbitmq"]! })
        {
            Assert.Contains("/etc/rabbitmq/enabled_plugins", broker["volumes"]!.ToJsonString(), StringComparison.Ordinal);
        }

        Assert.Equal(["post-arrests", "post-crossings", "post-documents", "post-gateway", "post-identity", "post-postgres", "post-protection",
            "post-rabbitmq", "post-web"], postServices.Select(s => s.Key).Order());
        Assert.Equal("OUA", (string?)postServices["post-crossings"]!["environment"]!["Node__Name"]);
        Assert.Contains("@post-rabbitmq:5672/", (string?)postServices["post-crossings"]!["environment"]!["ConnectionStrings__RabbitMq"], StringComparison.Ordinal);
        // Signing in at the post's own Identity, which goes through to headquarters; users and passwords at headquarters.
        var gateway = postServices["post-gateway"]!["environment"]!;
        Assert.Equal("http://post-identity:8080", (string?)gateway["ReverseProxy__Clusters__identity__Destinations__main__Address"]);
        Assert.Equal("https://hq.example.ht", (string?)gateway["ReverseProxy__Clusters__headquarters__Destinations__main__Address"]);
        Assert.Equal(("headquarters", "headquarters", "/api/auth/password"), ((string?)gateway["ReverseProxy__Routes__users__ClusterId"],
            (string?)gateway["ReverseProxy__Routes__password-at-hq__ClusterId"], (string?)gateway["ReverseProxy__Routes__password-at-hq__Match__Path"]));
        // Minors' checks and officers' referrals at the post's Protection (on its copy of IBESR's authorisations; sent up); the rest at headquarters.
        Assert.Equal("protection-at-post", (string?)gateway["ReverseProxy__Routes__refer__ClusterId"]);
        Assert.Equal(("protection-at-post", "http://post-protection:8080", "https://hq.example.ht"), ((string?)gateway["ReverseProxy__Routes__minor-checks__ClusterId"],
            (string?)gateway["ReverseProxy__Clusters__protection-at-post__Destinations__main__Address"],
            (string?)gateway["ReverseProxy__Clusters__protection__Destinations__main__Address"]));
        var identity = postServices["post-identity"]!;
        Assert.Equal(("https://hq.example.ht", "OUA"), ((string?)identity["environment"]!["SignInAtPost__HeadquartersUrl"], (string?)identity["environment"]!["Node__Name"]));
        Assert.Contains(identity["secrets"]!.AsArray(), s => ((string?)s!["source"] ?? (string?)s) == "post_jwt_private_key");
        // Every post service trusts headquarters' key and the post's; no headquarters service trusts a post's.
        foreach (var (name, service) in postServices.Where(s => s.Value!["build"] is not null))
        {
            Assert.Equal("/run/secrets/jwt_public_key,/run/secrets/post_jwt_public_key", (string?)service!["environment"]!["Jwt__PublicKeyFiles"]);
            Assert.Contains(service["secrets"]!.AsArray(), s => ((string?)s!["source"] ?? (string?)s) == "post_jwt_public_key");
        }
        Assert.All(hqServices.Where(s => s.Value!["build"] is not null),
            s => Assert.Equal("/run/secrets/jwt_public_key", (string?)s.Value!["environment"]!["Jwt__PublicKeyFiles"]));

        foreach (var (name, service) in hqServices.Concat(postServices))
        {
            Assert.True((string?)service!["restart"] == "unless-stopped", name + " has no restart policy");
            Assert.True(service["healthcheck"]?["test"] is JsonArray, name + " has no health check");
            if (service["build"] is { } build)
            {
                var dockerfile = (string)build["dockerfile"]!;
                Assert.True(File.Exists(Path.Combine(TestSettings.RepositoryRoot, dockerfile)), name + ": " + dockerfile);
                Assert.Equal("Production", (string?)service["environment"]!["ASPNETCORE_ENVIRONMENT"]);
            }
        }
    }

    private static JsonObject InProfile(JsonObject services, string profile) =>
        new(services.Where(s => (string?)s.Value!["profiles"]![0] == profile).Select(s => KeyValuePair.Create(s.Key, s.Value?.DeepClone())));

    /// <summary><c>docker-compose config</c> with every variable set, as JSON; fails on any warning.</summary>
    private static async Task<JsonObject> ConfigAsync()
    {
        var start = new ProcessStartInfo("docker-compose") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestSettings.RepositoryRoot };
        start.ArgumentList.Add("config");
        var compose = File.ReadAllText(Path.Combine(TestSettings.RepositoryRoot, "docker-compose.yml"));
        foreach (var variable in System.Text.RegularExpressions.Regex.Matches(compose, @"\$\{(BORDERPOST_[A-Z_]+)").Select(m => m.Groups[1].Value).Distinct())
        {
            start.Environment[variable] = variable switch
            {
                "BORDERPOST_JWT_PUBLIC_KEY" or "BORDERPOST_JWT_PRIVATE_KEY" => Path.Combine(TestSettings.RepositoryRoot, "README.md"),
                "BORDERPOST_POST" => "OUA",
                "BORDERPOST_HQ_URL" => "https://hq.example.ht",
                _ when variable.EndsWith("_PORT", StringComparison.Ordinal) => "8443",
                _ => "x" + variable.Length,
            };
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && (await error).Trim().Length == 0, $"docker-compose config: {process.ExitCode}\n{await error}");

        // docker-compose prints YAML; Python's YAML module (a dependency of Debian's docker-compose) turns it into JSON.
        var convert = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true };
        convert.ArgumentList.Add("-c");
        convert.ArgumentList.Add("import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))");
        using var python = Process.Start(convert)!;
        await python.StandardInput.WriteAsync(await output);
        python.StandardInput.Close();
        var json = await python.StandardOutput.ReadToEndAsync();
        await python.WaitForExitAsync();
        return JsonNode.Parse(json)!.AsObject();
    }
}
