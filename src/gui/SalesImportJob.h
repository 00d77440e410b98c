#pragma once

// The part of a sales import that runs off the GUI thread: read the file, check that it is
// UTF-8, parse it, and store the records in one transaction. Not a QObject (its header
// pulls in the core), so the dialog owns the thread and relays progress itself.

#include "reins/Repositories.h"
#include "reins/SalesImport.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace reins::gui {

struct SalesImportOutcome {
    enum class Status {
        Imported,  // the records were stored (possibly none new)
        Problems,  // the file has problems; nothing was stored
        Cancelled, // the person cancelled; nothing was stored
        Failed,    // the file could not be read or the store refused; nothing was stored
    };
    Status status = Status::Failed;
    std::vector<ImportProblem> problems; // when Problems
    QString failure;                     // when Failed: a sentence for a person
    int recordsInFile = 0;
    int added = 0;
    bool problemListTruncated = false;
};

class SalesImportJob {
    Q_DECLARE_TR_FUNCTIONS(reins::gui::SalesImportJob)

public:
    enum class Phase { Reading, Saving };
    // Told the phase and how far it is, 0..100. Called on the worker thread.
    using Progress = std::function<void(Phase phase, int percent)>;

    // Files above this size are refused rather than read into memory.
    static constexpr qint64 maximumFileSize = qint64{512} * 1024 * 1024;
    static constexpr std::size_t problemLimit = 200;

    // `store` should be a connection of the job's own (DataStore::openSecondConnection):
    // nothing else may write through it while run() is running.
    SalesImportJob(DataStore &store, QString path, SalesImportOptions options);

    // Runs the whole import. Everything is stored or, on any problem or cancellation,
    // nothing is.
    [[nodiscard]] SalesImportOutcome run(const Progress &progress);

    // Asks a running import to stop; safe from any thread. Honoured until the final commit.
    void cancel() { m_cancelled = true; }
    [[nodiscard]] bool cancelRequested() const { return m_cancelled; }

private:
    [[nodiscard]] SalesImportOutcome store(std::vector<SalesRecord> records,
                                           const Progress &progress);

    DataStore &m_store;
    QString m_path;
    SalesImportOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

// The 1-based line of the first bytes that are not UTF-8, or 0 when the text is UTF-8.
[[nodiscard]] int firstLineNotUtf8(std::string_view text);

} // namespace reins::gui
