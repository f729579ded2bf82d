#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

class QWidget;

namespace tandem {

// Message boxes and file choosers behind one door, so that a test can answer them without a person.
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::Yes);
    // Asks with buttons of its own words; returns the index of the one chosen, or `cancelIndex`.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
        int cancelIndex);
    // Picks one of `items` from a list; returns its index, or -1 when cancelled. Answered by setNextChoice.
    static int chooseItem(QWidget* parent, const QString& title, const QString& label,
        const QStringList& items, int current = 0);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QString openFile(
        QWidget* parent, const QString& title, const QString& directory, const QString& filter);
    static QString saveFile(
        QWidget* parent, const QString& title, const QString& directory, const QString& filter);

    // For tests: the next question gets this answer and the next file dialog this path, without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    // For a chooser of its own (a record picker): the index setNextChoice left, or -1; taking it clears it.
    static int takeNextChoice();
    static void setNextFile(const QString& path);
    // True when nobody can answer a dialog (the offscreen platform of the tests).
    static bool unattended();
    // For tests: what the last error or information box said.
    static QString lastMessage();
    // For tests: the folder or file name the last file dialog offered.
    static QString lastFileSuggestion();
};

// What a test answers in place of a person, for one kind of dialog (set through the dialog's setAnswer).
template<typename Dialog> std::function<void(Dialog&)>& dialogAnswer()
{
    static std::function<void(Dialog&)> answer;
    return answer;
}

// Shows `dialog` modally, or, when a test has set an answer for its kind, hands it to that answer unshown,
// as exec() would leave it: rejected unless answered, and a wizard on its first page.
template<typename Dialog> int execOrAnswer(Dialog& dialog)
{
    const std::function<void(Dialog&)>& answer = dialogAnswer<Dialog>();
    if (!answer) {
        return dialog.exec();
    }
    dialog.setResult(QDialog::Rejected);
    if constexpr (requires { dialog.restart(); }) {
        dialog.restart();
    }
    answer(dialog);
    return dialog.result();
}

} // namespace tandem
