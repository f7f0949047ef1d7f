using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations;

/// <summary>The first schema's indexes, in the order the original migrations created them.</summary>
internal static partial class InitialSchema
{
    private static void CreateIndexes(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_account_aliases_AccountId_Position", table: "account_aliases", columns: ["AccountId", "Position"]);
        migrationBuilder.CreateIndex(name: "IX_account_aliases_NormalizedAlias", table: "account_aliases", column: "NormalizedAlias");
        migrationBuilder.CreateIndex(name: "IX_accounts_ContractEnd", table: "accounts", column: "ContractEnd");
        migrationBuilder.CreateIndex(name: "IX_accounts_Name", table: "accounts", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_accounts_OwnerId", table: "accounts", column: "OwnerId");
        migrationBuilder.CreateIndex(name: "IX_activities_AccountId_OccurredAt", table: "activities", columns: ["AccountId", "OccurredAt"]);
        migrationBuilder.CreateIndex(name: "IX_activities_ContactId", table: "activities", column: "ContactId");
        migrationBuilder.CreateIndex(name: "IX_activities_DealId", table: "activities", column: "DealId");
        migrationBuilder.CreateIndex(name: "IX_activities_UserId_OccurredAt", table: "activities", columns: ["UserId", "OccurredAt"]);
        migrationBuilder.CreateIndex(name: "IX_change_sets_UserId_ConversationId_Id", table: "change_sets", columns: ["UserId", "ConversationId", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_contacts_AccountId", table: "contacts", column: "AccountId");
        migrationBuilder.CreateIndex(name: "IX_contacts_Email", table: "contacts", column: "Email");
        migrationBuilder.CreateIndex(name: "IX_contacts_Name", table: "contacts", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_deals_AccountId", table: "deals", column: "AccountId");
        migrationBuilder.CreateIndex(name: "IX_deals_Name", table: "deals", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_deals_OwnerId_Stage", table: "deals", columns: ["OwnerId", "Stage"]);
        migrationBuilder.CreateIndex(name: "IX_deals_Stage_CloseDate", table: "deals", columns: ["Stage", "CloseDate"]);
        migrationBuilder.CreateIndex(name: "IX_field_changes_ChangeSetId", table: "field_changes", column: "ChangeSetId");
        migrationBuilder.CreateIndex(name: "IX_field_changes_Entity_RecordId", table: "field_changes", columns: ["Entity", "RecordId"]);
        migrationBuilder.CreateIndex(name: "IX_tasks_AccountId", table: "tasks", column: "AccountId");
        migrationBuilder.CreateIndex(name: "IX_tasks_ContactId", table: "tasks", column: "ContactId");
        migrationBuilder.CreateIndex(name: "IX_tasks_DealId", table: "tasks", column: "DealId");
        migrationBuilder.CreateIndex(name: "IX_tasks_OwnerId_Status_DueAt", table: "tasks", columns: ["OwnerId", "Status", "DueAt"]);
        migrationBuilder.CreateIndex(name: "IX_ticket_comments_TicketId_Position", table: "ticket_comments", columns: ["TicketId", "Position"]);
        migrationBuilder.CreateIndex(name: "IX_tickets_AccountId_Status", table: "tickets", columns: ["AccountId", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_tickets_AssigneeId_Status", table: "tickets", columns: ["AssigneeId", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_tickets_ContactId", table: "tickets", column: "ContactId");
        migrationBuilder.CreateIndex(name: "IX_tickets_CreatedById", table: "tickets", column: "CreatedById");
        migrationBuilder.CreateIndex(name: "IX_tickets_Status_Priority", table: "tickets", columns: ["Status", "Priority"]);
        migrationBuilder.CreateIndex(name: "IX_users_AadObjectId", table: "users", column: "AadObjectId");
        migrationBuilder.CreateIndex(name: "IX_users_Email", table: "users", column: "Email");
        migrationBuilder.CreateIndex(name: "IX_users_ManagerId", table: "users", column: "ManagerId");
        migrationBuilder.CreateIndex(name: "IX_users_Team", table: "users", column: "Team");
    }
}
