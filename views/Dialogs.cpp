#include "Dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <utility>

namespace tandem {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
int nextChoice = -1;
QString nextFile;
bool nextFileSet = false;
QString lastShown;
QString lastSuggested;
// Under the offscreen platform nobody can answer a modal box, so tests that do not script one get the
// default answer instead of a hang.
bool offscreen()
{
    return qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
}
} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    lastShown = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const auto answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (offscreen()) {
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

bool Dialogs::unattended()
{
    return offscreen();
}

int Dialogs::choose(
    QWidget* parent, const QString& title, const QString& text, const QStringList& buttons, int cancelIndex)
{
    lastShown = text;
    if (nextChoice >= 0) {
        const int choice = nextChoice;
        nextChoice = -1;
        return choice;
    }
    if (offscreen()) {
        return cancelIndex;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> added;
    for (int i = 0; i < buttons.size(); ++i) {
        added << box.addButton(
            buttons.at(i), i == cancelIndex ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    }
    if (cancelIndex >= 0 && cancelIndex < added.size()) {
        box.setEscapeButton(added.at(cancelIndex));
    }
    box.exec();
    const int chosen = int(added.indexOf(box.clickedButton()));
    return chosen < 0 ? cancelIndex : chosen;
}

int Dialogs::chooseItem(
    QWidget* parent, const QString& title, const QString& label, const QStringList& items, int current)
{
    lastShown = label;
    if (nextChoice >= 0) {
        const int choice = nextChoice;
        nextChoice = -1;
        return choice < items.size() ? choice : -1;
    }
    if (offscreen() || items.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, title, label, items, qBound(0, current, int(items.size()) - 1), false, &ok);
    return ok ? int(items.indexOf(chosen)) : -1;
}

void Dialogs::setNextChoice(int index)
{
    nextChoice = index;
}

int Dialogs::takeNextChoice()
{
    return std::exchange(nextChoice, -1);
}

void Dialogs::error(QWidget* parent, const QString& title, const QString& text)
{
    lastShown = text;
    if (!offscreen()) {
        QMessageBox::critical(parent, title, text);
    }
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    lastShown = text;
    if (!offscreen()) {
        QMessageBox::information(parent, title, text);
    }
}

namespace {
using FileChooser
    = QString (*)(QWidget*, const QString&, const QString&, const QString&, QString*, QFileDialog::Options);

QString chooseFile(FileChooser chooser, QWidget* parent, const QString& title, const QString& directory,
    const QString& filter)
{
    lastSuggested = directory;
    if (nextFileSet) {
        nextFileSet = false;
        return nextFile;
    }
    if (offscreen()) {
        return {};
    }
    return chooser(parent, title, directory, filter, nullptr, QFileDialog::Options());
}
} // namespace

QString Dialogs::openFile(
    QWidget* parent, const QString& title, const QString& directory, const QString& filter)
{
    return chooseFile(&QFileDialog::getOpenFileName, parent, title, directory, filter);
}

QString Dialogs::saveFile(
    QWidget* parent, const QString& title, const QString& directory, const QString& filter)
{
    return chooseFile(&QFileDialog::getSaveFileName, parent, title, directory, filter);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void Dialogs::setNextFile(const QString& path)
{
    nextFile = path;
    nextFileSet = true;
}

QString Dialogs::lastMessage()
{
    return lastShown;
}

QString Dialogs::lastFileSuggestion()
{
    return lastSuggested;
}

} // namespace tandem
