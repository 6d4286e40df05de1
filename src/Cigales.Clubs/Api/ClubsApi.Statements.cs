using System.Text;
using Cigales.Contracts.Clubs.V1;
using Cigales.GrainInterfaces;
using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Cigales.Clubs.Api;

/// <summary>
/// A member's yearly statement, as CSV and as a printable page, served the way the Grants service
/// serves the final report. Staff and the club's officers get any member's; a member their own.
/// </summary>
public sealed partial class ClubsApi
{
    public override async Task<HttpBody> ExportMemberStatementCsv(ExportMemberStatementRequest request, ServerCallContext context)
    {
        var (statement, fullName) = await StatementAsync(request, context);
        return new HttpBody
        {
            ContentType = "text/csv; charset=utf-8",
            Data = ByteString.CopyFrom(MemberStatementCsv.Write(statement, fullName, french: request.Locale != "en")),
        };
    }

    public override async Task<HttpBody> ExportMemberStatementHtml(ExportMemberStatementRequest request, ServerCallContext context)
    {
        var (statement, fullName) = await StatementAsync(request, context);
        return new HttpBody
        {
            ContentType = "text/html; charset=utf-8",
            Data = ByteString.CopyFrom(MemberStatementHtml.Write(statement, fullName), Encoding.UTF8),
        };
    }

    private async Task<(Domain.MemberStatement Statement, string FullName)> StatementAsync(ExportMemberStatementRequest request, ServerCallContext context)
    {
        var caller = context.CallerOf();
        var officer = caller.IsStaff || caller.Memberships.Any(membership =>
            membership.ObjectId == request.ClubId && Roles.IsClubRole(membership.Role) && Roles.InContract(membership.Role) == Roles.ClubManager);
        var person = context.GetHttpContext().User.FindFirst(Caller.PersonClaim)?.Value;
        if (!officer && person != request.PersonId)
        {
            // As for another club: another member's statement is answered as if there were none.
            throw new RefusedException(Refusal.NotFound("person_id", "statement.own", "a member gets their own statement only"));
        }

        var statement = await Club(request.ClubId).GetMemberStatementAsync(request.PersonId, request.Year);
        var name = await people.GetManyAsync([request.PersonId], context.CancellationToken);
        return (statement, name.GetValueOrDefault(request.PersonId)?.FullName ?? string.Empty);
    }
}
