#pragma once

#include "Error.h"

#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace tandem {

class Database;

// Long work (an import, an export) runs on a worker thread while a progress bar shows how far it is and
// offers Cancel, so that the window never stops answering. The work opens its own connection to the
// database (a connection belongs to one thread) and stops at its next step once Cancel is pressed.
class BackgroundWork
{
public:
    // What the work and the window share: how far the work is, and whether it should stop.
    class Progress
    {
    public:
        // Returns false once Cancel was pressed: the work should stop and write nothing.
        bool report(qint64 done, qint64 total)
        {
            m_done = done;
            m_total = total;
            return !m_cancelled;
        }
        bool cancelled() const { return m_cancelled; }
        // report() as the callback the model's long operations take.
        std::function<bool(qint64, qint64)> callback()
        {
            return [this](qint64 done, qint64 total) {
                return report(done, total);
            };
        }

    private:
        friend class BackgroundWork;
        std::atomic<qint64> m_done { 0 };
        std::atomic<qint64> m_total { 0 };
        std::atomic<bool> m_cancelled { false };
    };

    // Runs `work` on a worker thread and returns when it has finished, showing `label` over a progress bar
    // once it takes longer than a moment. Returns false when it was cancelled.
    // Work that must not stop halfway (taking an import back) shows no Cancel.
    static bool run(QWidget* parent, const QString& label, const std::function<void(Progress&)>& work,
        bool cancellable = true);

    // Runs `work` as run() does, on a connection of the worker's own to the database `like` has open (a
    // connection belongs to one thread), acting as the same person. Returns what the work returned, or
    // nothing when it was cancelled.
    static std::optional<Error> runOn(const Database& like, QWidget* parent, const QString& label,
        const std::function<Error(Database&, Progress&)>& work, bool cancellable = true);
};

} // namespace tandem
