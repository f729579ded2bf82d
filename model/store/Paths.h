#pragma once

#include <QString>

namespace tandem {

// Where Tandem keeps things when the user names nothing.
namespace paths {
// The default database under the standard application-data folder.
QString defaultDatabase();
} // namespace paths

} // namespace tandem
