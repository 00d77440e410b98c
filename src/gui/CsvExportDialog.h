#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/CsvExport.h"

#include <memory>
#endif

#include <QDialog>

namespace Ui {
class CsvExportDialog;
}

namespace reins::gui {

// Asks what a CSV export of a salesperson's sessions holds: results, actions or
// self-audit scores.
class CsvExportDialog final : public QDialog {
    Q_OBJECT

public:
    CsvExportDialog(const QString &salespersonName, int sessionCount, QWidget *parent = nullptr);
    ~CsvExportDialog() override;

    [[nodiscard]] CsvExportKind kind() const;
    void setKind(CsvExportKind kind);

private:
    std::unique_ptr<Ui::CsvExportDialog> m_ui;
};

} // namespace reins::gui
