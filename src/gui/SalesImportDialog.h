#pragma once

// No reins/*.h here: moc (Qt 6.4) cannot parse the C++20 standard headers they include.
#include <QDialog>
#include <QStringList>

#include <cstdint>
#include <memory>

class QPushButton;
class QThread;

namespace Ui {
class SalesImportDialog;
}

namespace reins {
class DataStore;
}

namespace reins::gui {

class SalesImportJob;
class SalesImportPreviewModel;
struct SalesImportOutcome;

// Imports a CSV export of one salesperson's sales: the person picks the file, checks the
// preview, maps the file's columns to the fields of a sales record (remembered per header
// layout) and the number and date formats, and presses Import. Reading, checking and
// storing run on a worker thread; any problem in the file is listed with its line number
// and then nothing is stored. The dialog stays open to show the result; its exec() returns
// Accepted when it stored at least one new record.
class SalesImportDialog final : public QDialog {
    Q_OBJECT

public:
    // `store` must outlive the dialog and must not be used by others while it imports.
    SalesImportDialog(DataStore &store, std::int64_t salespersonId, QWidget *parent = nullptr);
    ~SalesImportDialog() override;

    // Chooses the file as if it had been typed; the preview and mapping follow.
    void setFilePath(const QString &path);
    [[nodiscard]] QString filePath() const;

    [[nodiscard]] bool isImporting() const { return m_thread != nullptr; }
    // What the dialog says about the chosen file (its columns, or why it cannot be imported).
    [[nodiscard]] QString fileStatusText() const;
    // The sentence that reports the last import ("Imported 1,234 new sales records.").
    [[nodiscard]] QString resultText() const;
    // The problems of the last import attempt, as listed ("Line 12: ...").
    [[nodiscard]] QStringList problemTexts() const;

    void reject() override;

signals:
    // An import stored records; `added` of them were new.
    void salesImported(int added);
    // An import ended, however it ended.
    void importFinished();

private:
    void setUpOptions();
    void browse();
    void loadPreview();
    void showPreviewMessage(const QString &message, bool problem);
    void refreshMappingCombos();
    void applyRememberedOrGuessedOptions();
    void guessFormatsFromPreview();
    void rememberOptions() const;
    void mappingChanged();
    void optionsChanged();
    void validate();
    [[nodiscard]] char chosenSeparator() const;

    void startImport();
    void cancelImport();
    void showProgress(int phase, int percent);
    void finishImport(const SalesImportOutcome &outcome);
    void setBusy(bool busy);
    void clearProblems();
    void showResult(const QString &text, bool problem);

    std::unique_ptr<Ui::SalesImportDialog> m_ui;
    DataStore &m_store;
    std::int64_t m_salespersonId = 0;
    QString m_salespersonName;
    SalesImportPreviewModel *m_preview = nullptr;
    QPushButton *m_importButton = nullptr;

    // What the preview found in the file.
    bool m_fileUsable = false;
    char m_detectedSeparator = ',';
    QString m_layoutKey; // the header layout the mapping combos were filled for
    bool m_updatingCombos = false;

    QThread *m_thread = nullptr;
    std::shared_ptr<SalesImportJob> m_job;
    bool m_addedAnything = false;
};

} // namespace reins::gui
