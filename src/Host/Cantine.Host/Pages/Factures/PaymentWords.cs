using Cantine.Invoicing.Contracts.OnlinePayments;

namespace Cantine.Host.Pages.Factures;

/// <summary>What the return page says of an online payment attempt (issue #15): a heading and whether it is settled.</summary>
public static class PaymentWords
{
    public static string Heading(OnlinePaymentState state) => state switch
    {
        OnlinePaymentState.Paid => "Votre facture a été payée",
        OnlinePaymentState.Refused => "Paiement refusé",
        OnlinePaymentState.Abandoned => "Paiement abandonné",
        OnlinePaymentState.Expired => "Paiement non abouti",
        OnlinePaymentState.Anomaly => "Paiement en cours de contrôle",
        _ => "Paiement en cours de vérification",
    };

    /// <summary>PayFiP has not given its final answer yet: the page offers to look again.</summary>
    public static bool IsWaiting(OnlinePaymentState state) => state is OnlinePaymentState.Pending or OnlinePaymentState.Unanswered;
}
