#include "gui/PrepResultsPage.h"
#include "ui_PrepResultsPage.h"

#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SalesImportDialog.h"
#include "gui/SessionDocument.h"
#include "reins/PrepRules.h"
#include "reins/Repositories.h"
#include "reins/ResultAnalysis.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>

#include <algorithm>

namespace reins::gui {

PrepResultsPage::PrepResultsPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepResultsPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    setUpGuidance(m_ui->salesInfoLabel);
    m_ui->partEditor->setPart(document, resultsPart(), tr("&Add metric"), resultsColumn::Target);

    const Session &session = document.state().session;
    m_ui->periodLabel->setText(tr("Period: %1 (%2)")
                                   .arg(formatPeriod(session.periodStart, session.periodEnd),
                                        cadenceName(session.cadence).toLower()));

    connect(m_ui->fillPreviousButton, &QPushButton::clicked, this,
            [this] { fillFromPreviousSession(); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { importSalesData(); });
    connect(m_ui->fillSalesButton, &QPushButton::clicked, this, [this] { fillFromSalesData(); });
    refreshWhenShown(this, document, [this] { refresh(); });

    refreshSalesInfo();
    prefillNewSession();
    refresh();
}

PrepResultsPage::~PrepResultsPage() = default;

PartEditor *PrepResultsPage::editor() const
{
    return m_ui->partEditor;
}

std::vector<SalesRecord> PrepResultsPage::periodRecords() const
{
    const Session &session = m_document.state().session;
    return m_document.store().salesRecords().listFor(session.salespersonId, session.periodStart,
                                                     session.periodEnd);
}

void PrepResultsPage::prefillNewSession()
{
    const SessionState &state = m_document.state();
    if (state.session.stage != Stage::Draft || !state.prep.results.empty())
        return;
    std::vector<Result> results;
    const EarlierContext &earlier = m_document.earlier();
    if (earlier.previousSession)
        results = resultsCarriedFrom(earlier.previousPrep.results);
    const int fromSales =
        m_periodRecordCount > 0 ? fillResultsFromSales(results, periodRecords()) : 0;
    if (results.empty())
        return;
    m_document.edit(tr("Prefill results"),
                    [&](SessionState &edited) { edited.prep.results = results; });
    QStringList said;
    if (earlier.previousSession && !earlier.previousPrep.results.empty()) {
        said << tr("The metrics and targets come from the session of %1; its actuals are this "
                   "period's previous values.")
                    .arg(formatDate(earlier.previousSession->meetingDate));
    }
    if (fromSales > 0)
        said << (fromSales == 1
                     ? tr("1 actual comes from this period's sales records.")
                     : tr("%1 actuals come from this period's sales records.").arg(fromSales));
    said << tr("Undo with Ctrl+Z.");
    showMessage(said.join(QLatin1Char(' ')));
}

void PrepResultsPage::fillFromPreviousSession()
{
    const EarlierContext &earlier = m_document.earlier();
    if (!earlier.previousSession || earlier.previousPrep.results.empty()) {
        showMessage(tr("The previous session has no results to start from."));
        return;
    }
    const auto count = static_cast<int>(m_document.state().prep.results.size());
    if (count > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Fill from previous session"),
            tr("Replace your %1 with the metrics and targets of the session of %2?")
                .arg(count == 1 ? tr("result") : tr("%1 results").arg(count),
                     formatDate(earlier.previousSession->meetingDate)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const auto results = resultsCarriedFrom(earlier.previousPrep.results);
    m_document.edit(tr("Fill results from previous session"),
                    [&](SessionState &state) { state.prep.results = results; });
    showMessage(tr("Filled %1 from the session of %2. Undo with Ctrl+Z.")
                    .arg(tr("%n metric(s)", nullptr, static_cast<int>(results.size())),
                         formatDate(earlier.previousSession->meetingDate)));
}

void PrepResultsPage::fillFromSalesData()
{
    const auto records = periodRecords();
    if (records.empty()) {
        showMessage(tr("There are no sales records in this period yet: import them first."));
        return;
    }
    int filled = 0;
    m_document.edit(tr("Fill results from sales data"), [&](SessionState &state) {
        filled = fillResultsFromSales(state.prep.results, records);
    });
    if (filled == 0) {
        showMessage(tr("Every result the sales records can give already has an actual figure; "
                       "clear an actual to fill it again."));
        return;
    }
    showMessage(tr("Filled %1 from %2 sales records. Undo with Ctrl+Z.")
                    .arg(tr("%n actual(s)", nullptr, filled),
                         QLocale().toString(static_cast<int>(records.size()))));
}

void PrepResultsPage::importSalesData()
{
    // The import writes to the store on a worker thread: nothing else may write meanwhile.
    m_document.saveNow();
    SalesImportDialog dialog(m_document.store(), m_document.state().session.salespersonId, this);
    int added = 0;
    connect(&dialog, &SalesImportDialog::salesImported, this,
            [&added](int count) { added += count; });
    dialog.exec();
    refreshSalesInfo();
    if (added == 0)
        return;
    emit salesRecordsChanged();
    const auto records = periodRecords();
    int filled = 0;
    if (!records.empty()) {
        m_document.edit(tr("Fill results from sales data"), [&](SessionState &state) {
            filled = fillResultsFromSales(state.prep.results, records);
        });
    }
    QString text = tr("Imported %Ln new sales record(s).", nullptr, added);
    if (filled > 0)
        text += QLatin1Char(' ') +
                tr("%n actual(s) filled from this period's records; undo with Ctrl+Z.", nullptr,
                   filled);
    else if (records.empty())
        text += QLatin1Char(' ') + tr("None of them fall in this session's period.");
    showMessage(text);
}

void PrepResultsPage::refreshSalesInfo()
{
    const Session &session = m_document.state().session;
    m_periodRecordCount = static_cast<int>(periodRecords().size());
    const QString period = formatPeriod(session.periodStart, session.periodEnd);
    m_ui->salesInfoLabel->setText(
        m_periodRecordCount > 0
            ? tr("%1 sales records from %2.").arg(QLocale().toString(m_periodRecordCount), period)
            : tr("No sales records from %1 yet: import a CSV export of your sales to fill "
                 "the actuals and see your 80/20.")
                  .arg(period));
    m_ui->fillSalesButton->setEnabled(m_periodRecordCount > 0);
    const EarlierContext &earlier = m_document.earlier();
    m_ui->fillPreviousButton->setEnabled(earlier.previousSession &&
                                         !earlier.previousPrep.results.empty());
}

void PrepResultsPage::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void PrepResultsPage::refresh()
{
    const SessionState &state = m_document.state();
    // The name column matters only for custom metrics; choosing Custom shows it.
    const bool anyCustom =
        std::any_of(state.prep.results.begin(), state.prep.results.end(),
                    [](const Result &result) { return result.metric == Metric::Custom; });
    m_ui->partEditor->view()->setColumnHidden(resultsColumn::Name, !anyCustom);
    if (state.prep.results.empty()) {
        m_ui->readingsLabel->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(mutedColour().name(),
                     tr("Add your main metric to see what your manager will read.")
                         .toHtmlEscaped()));
    } else {
        QString html;
        for (const Result &result : state.prep.results) {
            const ResultReading reading = readResult(result, state.session.cadence);
            const QColor colour = reading.direction == Direction::Up ? upColour()
                                  : reading.direction == Direction::Down
                                      ? downColour()
                                      : palette().color(QPalette::WindowText);
            const QString arrow = reading.direction == Direction::Up     ? QStringLiteral("\u25B2")
                                  : reading.direction == Direction::Down ? QStringLiteral("\u25BC")
                                                                         : QStringLiteral("\u2022");
            html += QStringLiteral("<p style=\"margin:2px 0\"><span style=\"color:%1\">%2 "
                                   "%3</span></p>")
                        .arg(colour.name(), arrow, toQString(reading.sentence).toHtmlEscaped());
        }
        m_ui->readingsLabel->setText(html);
    }
    if (m_ui->messageLabel->text().isEmpty())
        m_ui->messageLabel->hide();
}

QString PrepResultsPage::readingsText() const
{
    QTextDocument document;
    document.setHtml(m_ui->readingsLabel->text());
    return document.toPlainText();
}

QString PrepResultsPage::messageText() const
{
    return m_ui->messageLabel->text();
}

} // namespace reins::gui
