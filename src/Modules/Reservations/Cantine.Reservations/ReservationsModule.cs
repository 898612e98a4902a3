using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Reservations;

public static class ReservationsModule
{
    /// <summary>Booking calendar, services, enrolments and bookings: their streams, read models, validators and jobs.</summary>
    public static IServiceCollection AddReservationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatorsFromAssemblyContaining(typeof(ReservationsModule), includeInternalTypes: true);
        return services;
    }
}
