#pragma once

#include "MainWindow.h"
#include "RecordEditor.h"
#include "Translations.h"

#include <QApplication>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace tandem::test {

// What the window tests share: a temporary folder for their databases, settings kept apart from the
// user's, English, and the window's record editor.
class WindowFixture : public QObject
{
protected:
    static RecordEditor* findEditor(MainWindow& window) { return window.findChild<RecordEditor*>(); }

    static void startInEnglish()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tandem-test"));
        translations::saveLanguage(QStringLiteral("en"));
        translations::install(QStringLiteral("en"));
    }

    QTemporaryDir m_dir;
};

} // namespace tandem::test
