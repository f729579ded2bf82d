#include "DocumentWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tandem::render {

namespace {
Error cannotWrite(const QString& path, const QString& reason)
{
    return Error::badInput(
        QCoreApplication::translate("tandem::render", "Cannot write %1: %2").arg(path, reason));
}
} // namespace

Error writePdf(const QString& html, const QString& path)
{
    // Written beside the target and moved into place, so that a failure leaves no half a document.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QFileInfo(path).completeBaseName());
        writer.setCreator(QStringLiteral("Tandem"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return {};
}

Error writeHtml(const QString& html, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    file.write(html.toUtf8());
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return {};
}

} // namespace tandem::render
