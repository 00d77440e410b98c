#include "gui/SummaryOptionsDialog.h"
#include "ui_SummaryOptionsDialog.h"

#include <QPushButton>

namespace reins::gui {

SummaryOptionsDialog::SummaryOptionsDialog(Purpose purpose, const QString &sessionText,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SummaryOptionsDialog>())
{
    m_ui->setupUi(this);
    m_ui->sessionLabel->setText(sessionText);
    m_ui->managerRadio->setToolTip(
        tr("The manager's own record of the meeting: keep it to yourself."));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (purpose == Purpose::Print) {
        setWindowTitle(tr("Print summary"));
        m_ui->formatGroup->hide();
        ok->setText(tr("&Print…"));
    } else {
        ok->setText(tr("&Export…"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    adjustSize();
}

SummaryOptionsDialog::~SummaryOptionsDialog() = default;

Audience SummaryOptionsDialog::audience() const
{
    return m_ui->managerRadio->isChecked() ? Audience::Manager : Audience::Salesperson;
}

void SummaryOptionsDialog::setAudience(Audience audience)
{
    (audience == Audience::Manager ? m_ui->managerRadio : m_ui->salespersonRadio)->setChecked(true);
}

SummaryOptionsDialog::Format SummaryOptionsDialog::format() const
{
    return m_ui->markdownRadio->isChecked() ? Format::Markdown : Format::Pdf;
}

void SummaryOptionsDialog::setFormat(Format format)
{
    (format == Format::Markdown ? m_ui->markdownRadio : m_ui->pdfRadio)->setChecked(true);
}

} // namespace reins::gui
