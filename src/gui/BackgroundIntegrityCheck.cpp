#include "gui/BackgroundIntegrityCheck.h"

#include "gui/BackupSupport.h"
#include "gui/QtConvert.h"
#include "reins/Errors.h"
#include "reins/storage/Database.h"

#include <atomic>
#include <thread>

namespace reins::gui {

struct BackgroundIntegrityCheck::Worker {
    std::atomic<bool> stop{false};
    std::thread thread;
};

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_worker(std::make_unique<Worker>())
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_worker->stop = true;
    if (m_worker->thread.joinable())
        m_worker->thread.join();
}

void BackgroundIntegrityCheck::start()
{
    if (m_worker->thread.joinable())
        return;
    m_worker->thread = std::thread([this, path = toPath(m_databasePath), worker = m_worker.get()] {
        std::optional<QString> problem;
        std::optional<QString> failure;
        bool finished = true;
        try {
            const auto problems = storage::quickCheck(path, worker->stop);
            finished = problems.has_value();
            if (finished && !problems->empty())
                problem = toQString(problems->front());
        } catch (const StorageError &error) {
            failure = toQString(error.what());
        }
        if (!finished)
            return; // stopped: the object is going away
        // This object outlives the thread (its destructor joins), so the call can be posted
        // to it; Qt drops the call should the object be deleted before it runs.
        QMetaObject::invokeMethod(
            this,
            [this, problem, failure] {
                if (failure)
                    emit couldNotCheck(*failure);
                else if (problem)
                    emit damaged(*problem);
                else
                    emit passed();
            },
            Qt::QueuedConnection);
    });
}

} // namespace reins::gui
