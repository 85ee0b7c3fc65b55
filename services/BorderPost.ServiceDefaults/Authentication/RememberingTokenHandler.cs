using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>
/// Checks a token in full (signature, issuer, audience, lifetime) the first time a process sees it, then remembers the
/// result until the token expires: an officer's console sends the same token with every request for its 15 minutes,
/// and verifying its ECDSA signature every time was a quarter of the gateway's CPU under load (docs/capacity.md).
/// Only valid tokens are remembered, by their exact text, so a token altered in any character is checked in full; none
/// is remembered past its expiry; a process remembers at most <see cref="Capacity"/> tokens at once.
/// </summary>
public sealed class RememberingTokenHandler(TimeProvider clock) : JsonWebTokenHandler
{
    public const int Capacity = 1_000;

    private readonly ConcurrentDictionary<string, Remembered> _valid = new(StringComparer.Ordinal);

    private sealed record Remembered(System.Security.Claims.ClaimsIdentity Identity, SecurityToken Token, string Issuer, DateTimeOffset ExpiresAt);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow();
        if (_valid.TryGetValue(token, out var remembered))
        {
            if (now < remembered.ExpiresAt)
            {
                // A copy each time: a request that adds to its user's claims changes nothing for the next one.
                return new TokenValidationResult
                {
                    IsValid = true,
                    ClaimsIdentity = remembered.Identity.Clone(),
                    SecurityToken = remembered.Token,
                    Issuer = remembered.Issuer,
                };
            }
            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken checkedToken && checkedToken.ValidTo > now.UtcDateTime)
        {
            Remember(token, new(result.ClaimsIdentity.Clone(), checkedToken, result.Issuer, new DateTimeOffset(checkedToken.ValidTo, TimeSpan.Zero)), now);
        }
        return result;
    }

    /// <summary>How many tokens are remembered now.</summary>
    public int Count => _valid.Count;

    private void Remember(string token, Remembered entry, DateTimeOffset now)
    {
        if (_valid.Count >= Capacity)
        {
            foreach (var (key, value) in _valid)
            {
                if (value.ExpiresAt <= now)
                {
                    _valid.TryRemove(key, out _);
                }
            }
            if (_valid.Count >= Capacity)
            {
                _valid.Clear();
            }
        }
        _valid[token] = entry;
    }
}
