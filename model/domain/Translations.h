#pragma once

#include <QString>

namespace tandem {

// Chooses and loads the language of everything Tandem says, for the GUI and the command line alike.
namespace translations {
// "en" or "zh_CN": the saved choice if there is one, else the system's first UI language.
QString uiLanguage();
// The saved choice; empty means "follow the system".
QString savedLanguage();
void saveLanguage(const QString& language);
// Installs Tandem's and Qt's own translations for `language` (empty: uiLanguage()) and makes the
// default QLocale match, so dates and numbers read the same language as the words.
// `qtStrings`: also Qt's own translations (dialog buttons, shortcuts), which only a window shows; the
// command line leaves them out and starts sooner.
void install(const QString& language = QString(), bool qtStrings = true);
} // namespace translations

} // namespace tandem
