namespace Cantine.Invoicing.Contracts.Invoices;

/// <summary>How a family paid: at the town's office (cheque, cash, transfer, CESU) or online by card through PayFiP.</summary>
public enum PaymentMethod
{
    Cheque,
    Cash,
    BankTransfer,
    Cesu,
    OnlineCard,
}
