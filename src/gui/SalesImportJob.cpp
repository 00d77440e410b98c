#include "gui/SalesImportJob.h"

#include "reins/CsvReader.h"
#include "reins/Errors.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <new>
#include <utility>

namespace reins::gui {

namespace {

// Thrown inside the store's transaction so that it rolls back.
struct ImportCancelled {};

constexpr std::size_t saveBatchSize = 2000;

} // namespace

int firstLineNotUtf8(std::string_view text)
{
    if (isValidUtf8(text))
        return 0;
    // A line end is never part of a multi-byte sequence, so lines can be checked alone.
    int line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        if (!isValidUtf8(text.substr(start, end - start)))
            return line;
        start = end + 1;
        ++line;
    }
    return 1;
}

SalesImportJob::SalesImportJob(DataStore &store, QString path, SalesImportOptions options)
    : m_store(store)
    , m_path(std::move(path))
    , m_options(std::move(options))
{}

SalesImportOutcome SalesImportJob::run(const Progress &progress)
{
    SalesImportOutcome outcome;
    const QString name = QFileInfo(m_path).fileName();

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.failure =
            tr("“%1” cannot be read: %2. Nothing was imported.").arg(name, file.errorString());
        return outcome;
    }
    if (file.size() > maximumFileSize) {
        outcome.failure = tr("“%1” is larger than %2 MB. Split it into smaller files and "
                             "import them one after the other. Nothing was imported.")
                              .arg(name)
                              .arg(maximumFileSize / (1024 * 1024));
        return outcome;
    }
    progress(Phase::Reading, 0);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        outcome.failure =
            tr("“%1” cannot be read: %2. Nothing was imported.").arg(name, file.errorString());
        return outcome;
    }
    file.close();
    if (m_cancelled) {
        outcome.status = SalesImportOutcome::Status::Cancelled;
        return outcome;
    }

    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (const int line = firstLineNotUtf8(text); line != 0) {
        outcome.status = SalesImportOutcome::Status::Problems;
        outcome.problems.push_back(
            {line, tr("the file is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) "
                      "and import it again")
                       .toStdString()});
        return outcome;
    }

    int lastPercent = -1;
    SalesImportResult parsed = parseSalesCsv(
        text, m_options,
        [&](std::size_t done, std::size_t total) {
            const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                progress(Phase::Reading, percent);
            }
            return !m_cancelled;
        },
        problemLimit);

    outcome.recordsInFile = static_cast<int>(parsed.records.size());
    if (parsed.cancelled || m_cancelled) {
        outcome.status = SalesImportOutcome::Status::Cancelled;
        return outcome;
    }
    if (!parsed.problems.empty()) {
        outcome.status = SalesImportOutcome::Status::Problems;
        outcome.problemListTruncated = parsed.problems.size() >= problemLimit;
        outcome.problems = std::move(parsed.problems);
        return outcome;
    }
    return store(std::move(parsed.records), progress);
}

SalesImportOutcome SalesImportJob::store(std::vector<SalesRecord> records, const Progress &progress)
{
    SalesImportOutcome outcome;
    outcome.recordsInFile = static_cast<int>(records.size());
    int added = 0;
    try {
        // Saved in batches for the progress bar, all inside one transaction: a cancel or a
        // failure in any batch leaves the database exactly as it was.
        m_store.inTransaction([&] {
            progress(Phase::Saving, 0);
            for (std::size_t start = 0; start < records.size(); start += saveBatchSize) {
                if (m_cancelled)
                    throw ImportCancelled{};
                const auto end = std::min(records.size(), start + saveBatchSize);
                std::vector<SalesRecord> batch(
                    std::make_move_iterator(records.begin() + static_cast<std::ptrdiff_t>(start)),
                    std::make_move_iterator(records.begin() + static_cast<std::ptrdiff_t>(end)));
                added += m_store.salesRecords().addAll(batch);
                progress(Phase::Saving, static_cast<int>(end * 100 / records.size()));
            }
            if (m_cancelled)
                throw ImportCancelled{};
        });
    } catch (const ImportCancelled &) {
        outcome.status = SalesImportOutcome::Status::Cancelled;
        return outcome;
    } catch (const StorageError &error) {
        // Storage messages are written for people and say that nothing was saved.
        outcome.failure = QString::fromUtf8(error.what());
        return outcome;
    } catch (const std::bad_alloc &) {
        outcome.failure = tr("There is not enough memory to import this file at once. Split it "
                             "into smaller files. Nothing was imported.");
        return outcome;
    } catch (const std::exception &error) {
        outcome.failure = tr("The sales records could not be saved (%1). Nothing was imported.")
                              .arg(QString::fromUtf8(error.what()));
        return outcome;
    }
    outcome.status = SalesImportOutcome::Status::Imported;
    outcome.added = added;
    return outcome;
}

} // namespace reins::gui
