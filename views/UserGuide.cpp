#include "UserGuide.h"

#include "Translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tandem::help {

namespace {
// The context of the sentences here, for the translations.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(tandem::UserGuide)
};

QString row(const QString& keys, const QString& what)
{
    return QStringLiteral("<tr><td style=\"padding-right:24px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

QString plainText(const QAction* action)
{
    return action->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")).remove(QChar(0x2026));
}
} // namespace

QString guideHtml()
{
    const bool chinese = translations::uiLanguage() == QLatin1String("zh_CN");
    QFile file(chinese ? QStringLiteral(":/help/guide.zh_CN.html") : QStringLiteral(":/help/guide.en.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString shortcutsHtml(const QList<std::pair<QString, const QWidget*>>& places)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(UserGuide::tr("Keyboard shortcuts").toHtmlEscaped());
    // The parts' actions are listed under the parts, not again under the whole.
    QSet<const QAction*> listed;
    for (qsizetype i = 1; i < places.size(); ++i) {
        for (const QAction* action : places.at(i).second->findChildren<QAction*>()) {
            listed.insert(action);
        }
    }
    for (qsizetype i = 0; i < places.size(); ++i) {
        const auto& [heading, place] = places.at(i);
        QString rows;
        for (const QAction* action : place->findChildren<QAction*>()) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty()
                || (i == 0 && listed.contains(action))) {
                continue;
            }
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts()) {
                keys << key.toString(QKeySequence::NativeText);
            }
            rows += row(keys.join(QStringLiteral(", ")), plainText(action));
        }
        if (!rows.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><table>%2</table>").arg(heading.toHtmlEscaped(), rows);
        }
    }
    html += QStringLiteral("<h3>%1</h3><table>%2</table>")
                .arg(UserGuide::tr("In every list").toHtmlEscaped(),
                    row(UserGuide::tr("Enter, double-click"), UserGuide::tr("Open the selected row"))
                        + row(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
                            UserGuide::tr("Copy the selected rows, for a spreadsheet"))
                        + row(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
                            UserGuide::tr("Delete the selected rows, where deleting is allowed"))
                        + row(UserGuide::tr("Right-click"),
                            UserGuide::tr("What can be done with the rows; on the header, the columns shown"))
                        + row(UserGuide::tr("Typing"), UserGuide::tr("Searches the list")));
    return html;
}

QWidget* show(QWidget* parent, const QString& title, const QString& html)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("helpText"));
    browser->setHtml(html);
    browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    const int line = browser->fontMetrics().height();
    dialog->resize(line * 40, line * 34);
    dialog->show();
    return dialog;
}

} // namespace tandem::help
