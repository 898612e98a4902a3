using Cantine.BuildingBlocks.Caching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace Cantine.Accounts.Tests.Features.GetSessionState;

/// <summary>The cache behind the session check (ADR 0030): an invalidation wins over a read that was under way.</summary>
public sealed class ShortLivedCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 18, 0, 0, TimeSpan.Zero));

    private ShortLivedCache<string, string, string?> NewCache() =>
        new(new MemoryCache(new MemoryCacheOptions()), "test", TimeSpan.FromSeconds(30), _clock);

    [Fact]
    public void A_stored_answer_is_served_until_its_scope_is_invalidated()
    {
        var cache = NewCache();
        cache.Set("user", "user/session", "stamp", cache.StartRead());

        cache.TryGet("user", "user/session", out var cached).ShouldBeTrue();
        cached.ShouldBe("stamp");

        cache.Invalidate("user");
        cache.TryGet("user", "user/session", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_read_that_started_before_an_invalidation_is_not_stored()
    {
        var cache = NewCache();
        var read = cache.StartRead();
        cache.Invalidate("user");

        cache.Set("user", "user/session", "old stamp", read);

        cache.TryGet("user", "user/session", out _).ShouldBeFalse();
        cache.Set("user", "user/session", "new stamp", cache.StartRead());
        cache.TryGet("user", "user/session", out var cached).ShouldBeTrue();
        cached.ShouldBe("new stamp");
    }

    [Fact]
    public void Another_scope_keeps_its_entries()
    {
        var cache = NewCache();
        cache.Set("other", "other/session", "stamp", cache.StartRead());

        cache.Invalidate("user");

        cache.TryGet("other", "other/session", out _).ShouldBeTrue();
    }

    [Fact]
    public void An_entry_lives_no_longer_than_its_time_to_live()
    {
        var cache = NewCache();
        cache.Set("user", "user/session", "stamp", cache.StartRead());

        _clock.Advance(TimeSpan.FromSeconds(29));
        cache.TryGet("user", "user/session", out _).ShouldBeTrue();

        _clock.Advance(TimeSpan.FromSeconds(1));
        cache.TryGet("user", "user/session", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_read_that_took_longer_than_the_time_to_live_is_not_stored()
    {
        var cache = NewCache();
        var read = cache.StartRead();
        _clock.Advance(TimeSpan.FromSeconds(31));

        cache.Set("user", "user/session", "stamp", read);

        cache.TryGet("user", "user/session", out _).ShouldBeFalse();
    }
}
