#include "gui/CompareWindow.h"
#include "ui_CompareWindow.h"

#include "gui/ComparisonModel.h"
#include "gui/QtConvert.h"
#include "gui/SummaryExport.h"
#include "reins/AtomicFile.h"
#include "reins/Comparison.h"
#include "reins/SessionSummary.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace reins::gui {

namespace {

const QString hideUnchangedKey = QStringLiteral("CompareWindow/hideUnchanged");

} // namespace

CompareWindow::CompareWindow(DataStore &store, const std::vector<Id> &sessionIds, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::CompareWindow>())
{
    m_ui->setupUi(this);

    std::vector<SessionRecord> records;
    for (const Id id : sessionIds)
        records.push_back(loadSessionRecord(store, id));
    // Oldest first, so every change reads from left to right; one date's sessions by name.
    std::stable_sort(records.begin(), records.end(),
                     [](const SessionRecord &a, const SessionRecord &b) {
                         if (a.session.meetingDate != b.session.meetingDate)
                             return a.session.meetingDate < b.session.meetingDate;
                         return a.salesperson.name < b.salesperson.name;
                     });

    QStringList names;
    for (const SessionRecord &record : records) {
        const QString name = toQString(record.salesperson.name);
        if (!names.contains(name))
            names << name;
    }
    const QString who = QLocale().createSeparatedList(names);
    setWindowTitle(tr("Compare sessions \u2013 %1").arg(who));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(
        names.size() == 1 ? tr("%1 over %2 sessions").arg(who).arg(static_cast<int>(records.size()))
                          : tr("%1 side by side").arg(who));

    m_ui->legendLabel->setText(tr("<span style='color:#1b6b2f'>\u2191 up</span> &nbsp; "
                                  "<span style='color:#a31d1d'>\u2193 down</span> &nbsp; "
                                  "<span style='color:#1d4f91'>\u2605 new</span> &nbsp; "
                                  "<span style='color:#3b6b12'>\u2713 resolved</span> &nbsp; "
                                  "<span style='color:#7a5500'>\u21c4 changed</span> &nbsp; "
                                  "<i>each against the column before</i>"));

    m_model = new ComparisonModel(this);
    m_model->setComparison(compareSessions(records));
    m_ui->comparisonView->setModel(m_model);
    m_ui->comparisonView->setAlternatingRowColors(false);
    m_ui->comparisonView->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 4px; }"));
    QHeaderView *header = m_ui->comparisonView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->resizeSection(0, 300);
    for (int column = 1; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    const bool hide = QSettings().value(hideUnchangedKey, false).toBool();
    m_ui->hideUnchangedCheck->setChecked(hide);
    m_model->setHideUnchanged(hide);
    connect(m_ui->hideUnchangedCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_model->setHideUnchanged(checked);
        QSettings().setValue(hideUnchangedKey, checked);
        showComparison();
    });
    setUpExport();
    showComparison();
    resize(std::max(900, 320 + 230 * static_cast<int>(records.size())), 760);
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::setUpExport()
{
    auto *menu = new QMenu(this);
    // The export follows what is on screen: unchanged rows stay out when they are hidden.
    auto markdown = [this] {
        return toQString(
            renderComparisonMarkdown(m_model->comparison(), m_ui->hideUnchangedCheck->isChecked()));
    };
    auto save = [this](const QString &filter, const QString &suffix, const QByteArray &bytes) {
        const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const auto path = QFileDialog::getSaveFileName(
            this, tr("Export the comparison"),
            folder + QStringLiteral("/") + tr("Sessions side by side") + suffix, filter);
        if (path.isEmpty())
            return;
        try {
            writeFileAtomically(path.toStdString(),
                                std::string_view(bytes.constData(), bytes.size()));
        } catch (const FileWriteError &error) {
            QMessageBox::warning(this, tr("Export the comparison"),
                                 QString::fromUtf8(error.what()));
        }
    };
    menu->addAction(tr("As PDF…"), this, [this, markdown, save] {
        save(tr("PDF files (*.pdf)"), QStringLiteral(".pdf"),
             summaryPdf(markdown(), m_ui->titleLabel->text()));
    });
    menu->addAction(tr("As Markdown…"), this, [markdown, save] {
        save(tr("Markdown files (*.md)"), QStringLiteral(".md"), markdown().toUtf8());
    });
    menu->addAction(tr("Print…"), this, [this, markdown] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printSummaryOn(printer, markdown());
    });
    m_ui->exportButton->setMenu(menu);
}

QTreeView *CompareWindow::view() const
{
    return m_ui->comparisonView;
}

QCheckBox *CompareWindow::hideUnchangedBox() const
{
    return m_ui->hideUnchangedCheck;
}

void CompareWindow::showComparison()
{
    QTreeView *view = m_ui->comparisonView;
    // Section rows name their section across the whole width.
    for (int row = 0; row < m_model->rowCount(); ++row)
        view->setFirstColumnSpanned(row, {}, true);
    view->expandAll();

    const auto &rows = m_model->comparison().rows;
    const auto changed = std::count_if(rows.begin(), rows.end(),
                                       [](const ComparisonRow &row) { return row.differs(); });
    m_ui->summaryLabel->setText(
        tr("%1 of %2 parts changed between these sessions.%3")
            .arg(changed)
            .arg(static_cast<int>(rows.size()))
            .arg(m_model->hidesUnchanged() ? tr(" Unchanged parts are hidden.") : QString()));
}

} // namespace reins::gui
