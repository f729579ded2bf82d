#pragma once

#include <QList>
#include <QString>
#include <utility>

class QWidget;

namespace tandem {

// Help › User Guide and Help › Keyboard Shortcuts: a short tour of the window in the user's language, and
// the window's shortcuts, read from its actions so that the list never falls behind the window.
namespace help {
// The tour, in the language the window is shown in.
QString guideHtml();
// A table of every action with a shortcut in each of `places` (a heading and the widget whose actions are
// listed): the first is the whole window, the others parts of it (its pages) whose actions are listed under
// their own heading rather than the window's; then the keys of every list.
QString shortcutsHtml(const QList<std::pair<QString, const QWidget*>>& places);
// Shows `html` in a window of its own beside `parent`, which stays usable.
QWidget* show(QWidget* parent, const QString& title, const QString& html);
} // namespace help

} // namespace tandem
