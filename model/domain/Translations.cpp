#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tandem::translations {

namespace {
const QString languageKey = QStringLiteral("ui/language");

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> list;
    return list;
}
} // namespace

QString savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void saveLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(languageKey);
    } else {
        settings.setValue(languageKey, language);
    }
}

QString uiLanguage()
{
    const QString saved = savedLanguage();
    if (!saved.isEmpty()) {
        return saved;
    }
    for (const QString& language : QLocale::system().uiLanguages()) {
        if (language.startsWith(QLatin1String("zh"))) {
            return QStringLiteral("zh_CN");
        }
        if (language.startsWith(QLatin1String("en")) || language == QLatin1String("C")) {
            return QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

void install(const QString& language, bool qtStrings)
{
    const QString chosen = language.isEmpty() ? uiLanguage() : language;
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QLocale locale = chosen == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
        : QLocale::system().language() == QLocale::English  ? QLocale::system()
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto* own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/tandem_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    } else {
        delete own;
    }
    if (!qtStrings) {
        return;
    }
    auto* qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
}

} // namespace tandem::translations
