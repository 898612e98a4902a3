namespace Cantine.Messaging.Domain;

public enum ThreadStatus
{
    Unread,
    Read,
    Archived,
}
