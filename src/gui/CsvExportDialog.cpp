#include "gui/CsvExportDialog.h"
#include "ui_CsvExportDialog.h"

#include <QPushButton>

namespace reins::gui {

CsvExportDialog::CsvExportDialog(const QString &salespersonName, int sessionCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CsvExportDialog>())
{
    m_ui->setupUi(this);
    const QString sessions = tr("%n session(s)", nullptr, sessionCount);
    m_ui->introLabel->setText(tr("Export %1's sessions (%2) as a CSV file for a spreadsheet.")
                                  .arg(salespersonName, sessions));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    adjustSize();
}

CsvExportDialog::~CsvExportDialog() = default;

CsvExportKind CsvExportDialog::kind() const
{
    if (m_ui->actionsRadio->isChecked())
        return CsvExportKind::Actions;
    if (m_ui->scoresRadio->isChecked())
        return CsvExportKind::SkillScores;
    return CsvExportKind::Results;
}

void CsvExportDialog::setKind(CsvExportKind kind)
{
    switch (kind) {
    case CsvExportKind::Results:
        m_ui->resultsRadio->setChecked(true);
        break;
    case CsvExportKind::Actions:
        m_ui->actionsRadio->setChecked(true);
        break;
    case CsvExportKind::SkillScores:
        m_ui->scoresRadio->setChecked(true);
        break;
    }
}

} // namespace reins::gui
