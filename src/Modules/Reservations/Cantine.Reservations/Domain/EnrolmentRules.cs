namespace Cantine.Reservations.Domain;

/// <summary>Enrolment decisions (issue #11): pure, given what the handler loaded.</summary>
public static class EnrolmentRules
{
    /// <summary>
    /// An unknown or erased child cannot be enrolled, nor can a child be enrolled in an unknown service; enrolling
    /// twice, or ending an enrolment that does not exist, changes nothing. Ending an enrolment never needs the service
    /// (it may have been removed) nor a child still known by name (an erased child's enrolments may still be ended).
    /// </summary>
    public static EnrolmentDecision Decide(EnrolmentChange change, ChildCopy? child, ChildEnrolments? enrolments, bool serviceExists)
    {
        var current = enrolments ?? ChildEnrolments.None(change.ChildId);
        if (!change.Enrol)
        {
            if (child is null)
            {
                return EnrolmentDecision.Refused("Child.NotFound", nameof(change.ChildId));
            }

            return current.IsEnrolledIn(change.ServiceId) ? new([new ChildUnenrolled(change.ChildId, change.ServiceId)]) : EnrolmentDecision.Nothing;
        }

        if (child is not { Erased: false })
        {
            return EnrolmentDecision.Refused("Child.NotFound", nameof(change.ChildId));
        }

        if (!serviceExists)
        {
            return EnrolmentDecision.Refused("Service.NotFound", nameof(change.ServiceId));
        }

        return current.IsEnrolledIn(change.ServiceId) ? EnrolmentDecision.Nothing : new([new ChildEnrolled(change.ChildId, change.ServiceId)]);
    }
}
