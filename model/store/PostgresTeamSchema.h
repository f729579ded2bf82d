#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// Schema version 8 on a team server (PostgreSQL only; a file has nobody to keep apart): the team's
// members as login roles, row-level security that shows each login what Tandem shows them, the audit
// trail and change notifications written by the server itself, and logins that follow a colleague's
// departure. What each member may see and change is written out where the statements are
// (PostgresTeamSchema.cpp).
//
// `searchWords` is the expression the search index is built on (PostgresDialect): members search through
// a function that must use exactly that expression for the index to answer.
//
// A later migration that adds a table on the server adds it to tandem_prepare_member_group()'s list, and
// gives it policies, an audit trigger and a notify trigger here, or members do not see it; one that
// changes the search expression creates tandem_search_ids() again with it.
QStringList postgresTeamSchema(const QString& searchWords);

} // namespace tandem
