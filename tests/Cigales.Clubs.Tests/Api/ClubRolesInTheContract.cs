using Cigales.Security;

namespace Cigales.Clubs.Tests.Api;

/// <summary>What the object check of the club roles relies on, read from the contract.</summary>
public sealed class ClubRolesInTheContract
{
    [Fact]
    public void EveryMethodOpenToAClubRoleNamesTheClubAsked()
    {
        var open = ContractMethods.All.Where(method => method.OtherRoles.Any(Roles.IsClubRole)).ToList();

        Assert.NotEmpty(open);
        Assert.All(open, method => Assert.NotNull(method.Descriptor.InputType.FindFieldByName("club_id")));
    }

    [Fact]
    public void AMemberMayOnlyReadAndAManagerMayNotChangeTheClubsStatusNorReadItsHistory()
    {
        var memberMethods = ContractMethods.All.Where(method => method.Allows(Roles.ClubMember)).ToList();
        var managerMethods = ContractMethods.All.Where(method => method.Allows(Roles.ClubManager)).Select(method => method.Descriptor.Name).ToList();

        // A member reads: their club, and the projects of its department (Finance's).
        Assert.All(memberMethods, method => Assert.Contains(method.Scope, new[] { Scopes.Read("clubs"), Scopes.Read("finance") }));
        Assert.DoesNotContain("ChangeClubStatus", managerMethods);
        Assert.DoesNotContain("GetClubHistory", managerMethods);
        Assert.Contains("RecordContribution", managerMethods);
    }
}
