using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing.OnlinePayments.Payfip;

public static class PayfipGatewayRegistration
{
    /// <summary>PayFiP's SOAP gateway, one per process, configured from the <c>Payfip</c> section (ADR 0029).</summary>
    public static IServiceCollection AddPayfipGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PayfipOptions>()
            .Bind(configuration.GetSection(PayfipOptions.Section))
            .Validate(o => Uri.TryCreate(o.ServiceUrl, UriKind.Absolute, out _) && Uri.TryCreate(o.PaymentPageUrl, UriKind.Absolute, out _),
                "Payfip:ServiceUrl and Payfip:PaymentPageUrl must be absolute URLs.")
            .ValidateOnStart();
        services.AddSingleton<IPayfipGateway, PayfipSoapGateway>();
        return services;
    }
}
