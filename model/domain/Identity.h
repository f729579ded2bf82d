#pragma once

#include <QString>

namespace tandem {

// Who the user is among the staff of a database: chosen once per database, kept in the user's settings
// (not in the shared file, where each colleague is someone else).
namespace identity {
qint64 staffFor(const QString& databasePath); // 0 when not chosen yet
void setStaffFor(const QString& databasePath, qint64 staff);
} // namespace identity

} // namespace tandem
