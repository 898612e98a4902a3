using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Services;

/// <summary>The fields of a service (prestation) form, in French, and where a refusal of the module goes.</summary>
public sealed class ServiceInput
{
    public string? Nom { get; set; }

    public string? Prix { get; set; }

    public DateOnly? PrixDepuis { get; set; }

    public List<DayOfWeek> Jours { get; set; } = [];

    public bool ReservableParLesParents { get; set; } = true;

    public string Facturation { get; set; } = "Bookings";

    public static Error ToField(Error error) => error with
    {
        Field = error.Field switch
        {
            "Name" => nameof(Nom),
            "UnitPriceCents" => nameof(Prix),
            "PriceEffectiveFrom" or "EffectiveFrom" => nameof(PrixDepuis),
            "Days" => nameof(Jours),
            "BookableByParents" => nameof(ReservableParLesParents),
            "BillingBasis" => nameof(Facturation),
            _ => null,
        },
    };
}
