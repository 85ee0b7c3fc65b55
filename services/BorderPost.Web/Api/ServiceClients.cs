using System.Globalization;
using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Crossings;
using BorderPost.HttpApi.Documents;
using BorderPost.HttpApi.Identity;
using BorderPost.HttpApi.Messaging;
using BorderPost.HttpApi.Protection;
using BorderPost.HttpApi.Reporting;

namespace BorderPost.Web.Api;

// One typed client per service: the calls the console makes, with the request and answer records the services
// themselves use (BorderPost.HttpApi), so a field renamed in a service breaks this build, not a page at run time.

public sealed class CrossingsClient(ApiClient api)
{
    public Task<ApiResult<CrossingPage>> ListAsync(string post, DateOnly day, int pageSize = 200) =>
        api.GetAsync<CrossingPage>(Invariant($"/api/crossings?post={Uri.EscapeDataString(post)}&day={day:yyyy-MM-dd}&pageSize={pageSize}"));

    public Task<ApiResult<CrossingView>> RecordAsync(CrossingRequest request) => api.PostAsync<CrossingView>("/api/crossings", request);

    /// <summary>The people of a stopped group let through at the post.</summary>
    public Task<ApiResult<CrossingPage>> OfInterceptionAsync(string post, Guid interception) =>
        api.GetAsync<CrossingPage>($"/api/crossings?post={Uri.EscapeDataString(post)}&interceptionId={interception}");

    public Task<ApiResult<List<CrossingPointView>>> PointsAsync() => api.GetAsync<List<CrossingPointView>>("/api/crossings/points");

    public Task<ApiResult<CrossingPointView>> AddPointAsync(CrossingPointRequest request) =>
        api.PostAsync<CrossingPointView>("/api/crossings/points", request);

    /// <summary>The post's link to headquarters as the post's broker sees it.</summary>
    public Task<ApiResult<HeadquartersLinkView>> LinkAsync() => api.GetAsync<HeadquartersLinkView>("/api/crossings/link");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public sealed class ArrestsClient(ApiClient api)
{
    public Task<ApiResult<ArrestView>> RecordAsync(ArrestRequest request) => api.PostAsync<ArrestView>("/api/arrests", request);

    /// <summary>Where the post's referrals stand, from the post's own copy (it answers while the link to headquarters is down).</summary>
    public Task<ApiResult<List<ReferralProgressView>>> ReferralProgressAsync(string post) =>
        api.GetAsync<List<ReferralProgressView>>($"/api/arrests/referrals?post={Uri.EscapeDataString(post)}");
}

public sealed class InterceptionsClient(ApiClient api)
{
    public Task<ApiResult<InterceptionView>> RecordAsync(InterceptionRequest request) => api.PostAsync<InterceptionView>("/api/interceptions", request);

    /// <summary>The interception with the arrests made from it and their custody.</summary>
    public Task<ApiResult<InterceptionView>> GetAsync(Guid id) => api.GetAsync<InterceptionView>($"/api/interceptions/{id}");
}

/// <summary>Minors' travel checks, adults' screenings and IBESR's travel authorisations (Protection).</summary>
public sealed class MinorTravelClient(ApiClient api)
{
    public Task<ApiResult<MinorTravelCheckView>> CheckAsync(MinorTravelCheckRequest request) =>
        api.PostAsync<MinorTravelCheckView>("/api/minor-checks", request);

    public Task<ApiResult<List<MinorTravelCheckView>>> ChecksOfAsync(Guid interception) =>
        api.GetAsync<List<MinorTravelCheckView>>($"/api/minor-checks?interceptionId={interception}");

    public Task<ApiResult<List<ScreeningView>>> ScreeningsOfAsync(Guid interception) =>
        api.GetAsync<List<ScreeningView>>($"/api/screenings?interceptionId={interception}");

    public Task<ApiResult<ScreeningProposalView>> ProposeAsync(ScreeningAnswersRequest answers) =>
        api.PostAsync<ScreeningProposalView>("/api/screenings/proposal", new ScreeningProposalRequest(answers));

    public Task<ApiResult<ScreeningView>> ScreenAsync(ScreeningRequest request) => api.PostAsync<ScreeningView>("/api/screenings", request);

    public Task<ApiResult<List<TravelAuthorisationView>>> AuthorisationsAsync() =>
        api.GetAsync<List<TravelAuthorisationView>>("/api/travel-authorisations");

    public Task<ApiResult<TravelAuthorisationView>> IssueAsync(TravelAuthorisationRequest request) =>
        api.PostAsync<TravelAuthorisationView>("/api/travel-authorisations", request);

    public Task<ApiResult<TravelAuthorisationView>> RevokeAsync(Guid id, RevocationRequest request) =>
        api.PostAsync<TravelAuthorisationView>($"/api/travel-authorisations/{id}/revoke", request);
}

public sealed class DocumentsClient(ApiClient api)
{
    /// <summary>A picture to check, as multipart form data (<c>image</c>, <c>checkId</c>, <c>crossingId</c>, <c>expectedDocumentType</c>).</summary>
    public Task<ApiResult<DocumentCheckView>> CheckAsync(MultipartFormDataContent form) =>
        api.PostAsync<DocumentCheckView>("/api/document-checks", form);

    public Task<ApiResult<DocumentCheckView>> GetAsync(Guid id) => api.GetAsync<DocumentCheckView>($"/api/document-checks/{id}");

    public Task<ApiResult<DocumentCheckView>> ReviewAsync(Guid id, ReviewRequest request) =>
        api.PostAsync<DocumentCheckView>($"/api/document-checks/{id}/review", request);

    public Task<(int Status, byte[]? Content, string? MediaType)> EvidenceAsync(Guid id) =>
        api.GetFileAsync($"/api/document-checks/{id}/evidence");

    /// <summary>A register extract, as multipart form data (<c>file</c>).</summary>
    public Task<ApiResult<RegisterImportPreview>> PreviewImportAsync(MultipartFormDataContent form) =>
        api.PostAsync<RegisterImportPreview>("/api/document-register/imports", form);

    public Task<ApiResult<RegisterImportPreview>> CommitImportAsync(Guid importId) =>
        api.PostAsync<RegisterImportPreview>($"/api/document-register/imports/{importId}/commit", body: null);
}

public sealed class ReferralsClient(ApiClient api)
{
    /// <summary>
    /// An inbox page, oldest first: <paramref name="status"/> <c>open</c>, <c>all</c> or a status, and only the overdue
    /// ones when asked.
    /// </summary>
    public Task<ApiResult<ReferralPage>> ListAsync(string status, bool overdueOnly = false, int pageSize = 200) =>
        api.GetAsync<ReferralPage>($"/api/referrals?status={Uri.EscapeDataString(status)}{(overdueOnly ? "&overdue=true" : "")}&pageSize={pageSize}");

    /// <summary>A referral's details; the service records the read with its <paramref name="purpose"/>.</summary>
    public Task<ApiResult<ReferralView>> GetAsync(Guid id, string purpose) =>
        api.GetAsync<ReferralView>($"/api/referrals/{id}?purpose={Uri.EscapeDataString(purpose)}");

    public Task<ApiResult<ReferralSummary>> ReferAsync(ReferralRequest request) => api.PostAsync<ReferralSummary>("/api/referrals", request);

    public Task<ApiResult<ReferralSummary>> AcknowledgeAsync(Guid id) =>
        api.PostAsync<ReferralSummary>($"/api/referrals/{id}/acknowledge", body: null);

    public Task<ApiResult<ReferralSummary>> HandOverAsync(Guid id, HandOverRequest request) =>
        api.PostAsync<ReferralSummary>($"/api/referrals/{id}/handover", request);

    public Task<ApiResult<ReferralSummary>> CloseAsync(Guid id, CloseRequest request) =>
        api.PostAsync<ReferralSummary>($"/api/referrals/{id}/close", request);

    public Task<ApiResult<ReferralSummary>> ReassignAsync(Guid id, ReassignRequest request) =>
        api.PostAsync<ReferralSummary>($"/api/referrals/{id}/reassign", request);

    public Task<ApiResult<AccessLogPage>> AccessLogAsync(int pageSize = 200) =>
        api.GetAsync<AccessLogPage>($"/api/referrals/access-log?pageSize={pageSize}");
}

public sealed class ReportsClient(ApiClient api)
{
    public Task<ApiResult<TotalsResponse>> TotalsAsync(DateOnly from, DateOnly to, string groupBy = TotalsGroupings.Day,
        IReadOnlyCollection<string>? posts = null) =>
        api.GetAsync<TotalsResponse>("/api/reports/totals" + Query(from, to, groupBy, posts));

    /// <summary>The same totals as a file: <paramref name="format"/> is <c>csv</c> or <c>xlsx</c>.</summary>
    public Task<(int Status, byte[]? Content, string? MediaType)> TotalsFileAsync(string format, DateOnly from, DateOnly to,
        string groupBy, IReadOnlyCollection<string> posts) =>
        api.GetFileAsync($"/api/reports/totals.{format}" + Query(from, to, groupBy, posts));

    /// <summary>Each post node's link as headquarters sees it.</summary>
    public Task<ApiResult<List<PostLinkStatus>>> LinksAsync() => api.GetAsync<List<PostLinkStatus>>("/api/reports/links");

    private static string Query(DateOnly from, DateOnly to, string groupBy, IReadOnlyCollection<string>? posts) =>
        string.Create(CultureInfo.InvariantCulture, $"?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&groupBy={Uri.EscapeDataString(groupBy)}")
        + (posts is { Count: > 0 } ? "&post=" + Uri.EscapeDataString(string.Join(',', posts)) : "");
}

public sealed class IdentityClient(ApiClient api)
{
    public Task<ApiResult<TokenResponse>> SignInAsync(string username, string password) =>
        api.SignInAsync<TokenResponse>(new TokenRequest(username, password));

    /// <summary>Answered with no body: a new sign-in gets a token with the new password's rights.</summary>
    public Task<ApiResult<NoBody>> ChangePasswordAsync(PasswordChangeRequest request) =>
        api.PostAsync<NoBody>("/api/auth/password", request);

    public Task<ApiResult<List<UserView>>> UsersAsync() => api.GetAsync<List<UserView>>("/api/users");

    public Task<ApiResult<UserView>> CreateUserAsync(UserRequest request) => api.PostAsync<UserView>("/api/users", request);

    public Task<ApiResult<UserView>> ChangeUserAsync(string username, UserRequest request) => UserStepAsync(username, "update", request);

    public Task<ApiResult<UserView>> DisableUserAsync(string username) => UserStepAsync(username, "disable", null);

    public Task<ApiResult<UserView>> EnableUserAsync(string username) => UserStepAsync(username, "enable", null);

    public Task<ApiResult<UserView>> ResetPasswordAsync(string username, PasswordResetRequest request) =>
        UserStepAsync(username, "password", request);

    private Task<ApiResult<UserView>> UserStepAsync(string username, string step, object? body) =>
        api.PostAsync<UserView>($"/api/users/{Uri.EscapeDataString(username)}/{step}", body);
}

/// <summary>The failed messages of the services that consume messages (admin).</summary>
public sealed class FailedMessagesClient(ApiClient api)
{
    /// <summary>The services with error queues, as the gateway routes <c>/api/failed-messages/{service}</c>.</summary>
    public static readonly IReadOnlyList<string> Services = ["documents", "reporting", "protection"];

    public Task<ApiResult<FailedMessagesView>> ListAsync(string service) =>
        api.GetAsync<FailedMessagesView>($"/api/failed-messages/{Uri.EscapeDataString(service)}");

    /// <summary>Sends one message (or, without <paramref name="id"/>, all) of an error queue back to its queue.</summary>
    public Task<ApiResult<ReplayedMessagesView>> ReplayAsync(string service, string queue, string? id) =>
        api.PostAsync<ReplayedMessagesView>(
            $"/api/failed-messages/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(queue)}"
            + (id is null ? "" : "/" + Uri.EscapeDataString(id)) + "/replay", body: null);
}
