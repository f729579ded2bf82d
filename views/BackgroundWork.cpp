#include "BackgroundWork.h"

#include "Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace tandem {

bool BackgroundWork::run(
    QWidget* parent, const QString& label, const std::function<void(Progress&)>& work, bool cancellable)
{
    Progress progress;
    QProgressDialog dialog(
        label, QCoreApplication::translate("tandem::BackgroundWork", "Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(24 * 3600 * 1000); // shown below, when the work outlasts a moment
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!cancellable) {
        dialog.setCancelButton(nullptr);
    }
    QObject::connect(
        &dialog, &QProgressDialog::canceled, &dialog, [&progress] { progress.m_cancelled = true; });

    QEventLoop loop;
    bool finished = false;
    QThread* worker = QThread::create([&work, &progress] { work(progress); });
    QObject::connect(worker, &QThread::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    // The bar follows the work ten times a second; the work never waits for the window.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, &progress] {
        if (dialog.wasCanceled()) {
            progress.m_cancelled = true; // Escape, or the window closed
        }
        // In thousandths: a million rows would not fit the bar's int, and the bar shows a percentage.
        const qint64 total = progress.m_total;
        if (total > 0 && !progress.m_cancelled) {
            dialog.setMaximum(1000);
            dialog.setValue(int(qMin<qint64>(progress.m_done * 1000 / total, 999)));
        }
    });
    poll.start(100);
    worker->start();
    // Quick work ends before anything shows; until the dialog is up, clicks wait rather than reach a window
    // whose data is being changed.
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        dialog.show();
        loop.exec();
    }
    worker->wait();
    delete worker;
    poll.stop();
    dialog.reset();
    return !progress.m_cancelled;
}

std::optional<Error> BackgroundWork::runOn(const Database& like, QWidget* parent, const QString& label,
    const std::function<Error(Database&, Progress&)>& work, bool cancellable)
{
    Error error;
    const bool finished = run(
        parent, label,
        [&](Progress& progress) {
            Database::Options options;
            options.create = false;
            options.quickCheck = false;
            auto database = Database::open(like.path(), options);
            if (!database) {
                error = database.error();
                return;
            }
            (*database)->setActor(like.actor(), like.actorParty());
            error = work(**database, progress);
        },
        cancellable);
    if (!finished) {
        return std::nullopt;
    }
    return error;
}

} // namespace tandem
