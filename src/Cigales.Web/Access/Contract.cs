using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Cigales.Web.Access;

/// <summary>A method of the contract by its name, to ask <see cref="PersonAccess"/> whether the person may call it.</summary>
public static class Contract
{
    public static MethodDescriptor Clubs(string method) => Find(ClubsService.Descriptor, method);

    public static MethodDescriptor Grants(string method) => Find(GrantsService.Descriptor, method);

    public static MethodDescriptor Events(string method) => Find(EventsService.Descriptor, method);

    public static MethodDescriptor Finance(string method) => Find(FinanceService.Descriptor, method);

    private static MethodDescriptor Find(ServiceDescriptor service, string method) =>
        service.FindMethodByName(method) ?? throw new ArgumentException($"{service.FullName} has no method {method}", nameof(method));
}
