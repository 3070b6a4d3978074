using GraphQL.Types;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Security;

/// <summary>One audit trail entry.</summary>
internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One recorded change: who, when, which operation, and the item's JSON before and after.";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Grows with every entry.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the change was committed (UTC).").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("key:NAME, jwt:SUBJECT or anonymous.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation, e.g. upsertNode.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<StringGraphType>>("itemKind").Description("node or relationship.").Resolve(c => c.Source.ItemKind);
        Field<NonNullGraphType<IdGraphType>>("itemId").Resolve(c => c.Source.ItemId);
        Field<StringGraphType>("before").Description("The item as JSON before the change; null when it was created.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The item as JSON after the change; null when it was deleted.").Resolve(c => c.Source.After);
    }
}
