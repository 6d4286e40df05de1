using Cigales.ServiceKit.Grpc;
using C = Cigales.Contracts.Events.V1;
using D = Cigales.Events.Domain;

namespace Cigales.Events.Api;

/// <summary>The Events contract's enums and the domain's, side by side.</summary>
internal static class EventsEnums
{
    public static readonly EnumMap<C.EventKind, D.EventKind> Kinds = new(
        (C.EventKind.CigalesCherchentFourmis, D.EventKind.CigalesCherchentFourmis),
        (C.EventKind.Workshop, D.EventKind.Workshop),
        (C.EventKind.EntrCitoyens, D.EventKind.EntrCitoyens),
        (C.EventKind.Webinar, D.EventKind.Webinar),
        (C.EventKind.InterClub, D.EventKind.InterClub),
        (C.EventKind.Afterwork, D.EventKind.Afterwork),
        (C.EventKind.AperoCigales, D.EventKind.AperoCigales),
        (C.EventKind.Breakfast, D.EventKind.Breakfast),
        (C.EventKind.Regional, D.EventKind.Regional),
        (C.EventKind.Partner, D.EventKind.Partner),
        (C.EventKind.WorkingGroup, D.EventKind.WorkingGroup),
        (C.EventKind.Other, D.EventKind.Other));

    public static readonly EnumMap<C.EventFormat, D.EventFormat> Formats = new(
        (C.EventFormat.InPerson, D.EventFormat.InPerson),
        (C.EventFormat.Video, D.EventFormat.Video),
        (C.EventFormat.Hybrid, D.EventFormat.Hybrid));

    public static readonly EnumMap<C.EventState, D.EventStatus> States = new(
        (C.EventState.Scheduled, D.EventStatus.Scheduled),
        (C.EventState.Cancelled, D.EventStatus.Cancelled),
        (C.EventState.Held, D.EventStatus.Held));

    public static readonly EnumMap<C.RegistrantKind, D.RegistrantKind> RegistrantKinds = new(
        (C.RegistrantKind.ProjectHolder, D.RegistrantKind.ProjectHolder),
        (C.RegistrantKind.Citizen, D.RegistrantKind.Citizen),
        (C.RegistrantKind.ClubMember, D.RegistrantKind.ClubMember),
        (C.RegistrantKind.Partner, D.RegistrantKind.Partner));

    public static readonly EnumMap<C.RegistrationStatus, D.RegistrationStatus> RegistrationStatuses = new(
        (C.RegistrationStatus.Confirmed, D.RegistrationStatus.Confirmed),
        (C.RegistrationStatus.Waiting, D.RegistrationStatus.Waiting),
        (C.RegistrationStatus.Cancelled, D.RegistrationStatus.Cancelled));

    public static readonly EnumMap<C.CancellationReason, D.CancellationReason> CancellationReasons = new(
        (C.CancellationReason.NotEnoughParticipants, D.CancellationReason.NotEnoughParticipants),
        (C.CancellationReason.Other, D.CancellationReason.Other));

    public static readonly EnumMap<C.OutsideWorkKind, D.OutsideWorkKind> OutsideWorkKinds = new(
        (C.OutsideWorkKind.Newsletter, D.OutsideWorkKind.Newsletter),
        (C.OutsideWorkKind.PartnerMeeting, D.OutsideWorkKind.PartnerMeeting),
        (C.OutsideWorkKind.EnterpriseFollowUp, D.OutsideWorkKind.EnterpriseFollowUp),
        (C.OutsideWorkKind.Administration, D.OutsideWorkKind.Administration),
        (C.OutsideWorkKind.Other, D.OutsideWorkKind.Other));
}
