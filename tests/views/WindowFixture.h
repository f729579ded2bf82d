#pragma once

#include "Database.h"
#include "DemoOrganisation.h"
#include "MainWindow.h"
#include "RecordEditor.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QObject>
#include <QSettings>
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
        // Each run starts with the window and its lists as a new user sees them, not as an earlier test
        // left them (a sort, a hidden column).
        QSettings settings;
        settings.remove(QStringLiteral("window"));
        settings.remove(QStringLiteral("lists"));
        translations::saveLanguage(QStringLiteral("en"));
        translations::install(QStringLiteral("en"));
    }

    // A new database in the test's folder holding the English demo organisation; none when it fails.
    std::unique_ptr<Database> openEnglishDemo()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        if (db && DemoOrganisation::fill(*db, DemoOrganisation::Language::English)) {
            db.reset();
        }
        return db;
    }

    QTemporaryDir m_dir;
};

} // namespace tandem::test
