namespace Cantine.Invoicing.Contracts.Invoices;

/// <summary>How a family paid at the town's office. Online payment (PayFiP) comes with a later issue, as a new member.</summary>
public enum PaymentMethod
{
    Cheque,
    Cash,
    BankTransfer,
    Cesu,
}
