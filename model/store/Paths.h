#pragma once

#include <QString>

namespace tandem {

// Where Tandem keeps things when the user names nothing.
namespace paths {
// Names the organisation and the application, so that settings land in a folder of Tandem's own
// (~/.config/Tandem/tandem.conf) rather than under "Unknown Organization"; the window and the command
// line both call it first.
void setApplicationNames();
// Settings written before the organisation had a name are carried over once, so that the language, who the
// user is in each database, recent files and import mappings stay as they were.
void adoptEarlierSettings();
// The default database, in the application's folder under the standard data folder; the same file
// whether or not the organisation is named.
QString defaultDatabase();
} // namespace paths

} // namespace tandem
