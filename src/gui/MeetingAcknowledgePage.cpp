#include "gui/MeetingAcknowledgePage.h"
#include "ui_MeetingAcknowledgePage.h"

#include "gui/MeetingController.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingParts.h"
#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"
#include "reins/ResultAnalysis.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

#include <algorithm>

namespace reins::gui {

MeetingAcknowledgePage::MeetingAcknowledgePage(SessionDocument &document,
                                               MeetingController &meeting, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingAcknowledgePage>())
    , m_document(document)
    , m_meeting(meeting)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Acknowledge"));
    setUpPageTitle(m_ui->titleLabel);
    m_ui->guidanceLabel->setText(
        tr("Start with what %1 brought. Say what the results are, in plain words, and "
           "acknowledge the preparation before asking anything.")
            .arg(meeting.salespersonName()));
    setUpGuidance(m_ui->guidanceLabel);

    m_ui->resultsLabel->setText(tr("<b>Results</b> · what you can say, beside what %1 says")
                                    .arg(meeting.salespersonName().toHtmlEscaped()));
    QTableWidget *table = m_ui->resultTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels(
        {tr("What you can say"), tr("%1's comment").arg(meeting.salespersonName())});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->prepLabel->setForegroundRole(QPalette::PlaceholderText);
    // The table is as tall as its results; the room below stays free.
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->installEventFilter(this);
    m_ui->prepSideLayout->addStretch(1);

    m_notes = new MeetingNotesPanel(document, meeting, MeetingStage::Acknowledge, this);
    m_ui->notesLayout->addWidget(m_notes);
    setUpMeetingSplitter(m_ui->splitter);

    refreshWhenShown(this, m_document, [this] { refresh(); });
    refresh();
}

MeetingAcknowledgePage::~MeetingAcknowledgePage() = default;

QTableWidget *MeetingAcknowledgePage::resultTable() const
{
    return m_ui->resultTable;
}

bool MeetingAcknowledgePage::eventFilter(QObject *watched, QEvent *event)
{
    // The columns take their new widths after the resize: measure the rows after that.
    if (watched == m_ui->resultTable && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] { fitResultTable(); });
    return QWidget::eventFilter(watched, event);
}

void MeetingAcknowledgePage::fitResultTable()
{
    QTableWidget *table = m_ui->resultTable;
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    // All of it when the page has room; a scrolling table of a good height when it has not.
    table->setMaximumHeight(height);
    table->setMinimumHeight(std::min(height, fontMetrics().height() * 16));
}

void MeetingAcknowledgePage::refresh()
{
    const SessionState &state = m_document.state();
    QTableWidget *table = m_ui->resultTable;
    const auto &results = state.prep.results;
    table->setRowCount(static_cast<int>(results.size()));
    for (int row = 0; row < static_cast<int>(results.size()); ++row) {
        const Result &result = results[static_cast<std::size_t>(row)];
        const ResultReading reading = readResult(result, state.session.cadence);
        auto *sentence = new QTableWidgetItem(acknowledgementOf(result, state.session.cadence));
        if (reading.direction == Direction::Up)
            sentence->setForeground(upColour());
        else if (reading.direction == Direction::Down)
            sentence->setForeground(downColour());
        table->setItem(row, 0, sentence);
        auto *comment = new QTableWidgetItem(result.comment.empty() ? tr("(no comment)")
                                                                    : toQString(result.comment));
        if (result.comment.empty())
            comment->setForeground(mutedColour());
        table->setItem(row, 1, comment);
    }
    if (results.empty()) {
        table->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No results were prepared for this session."));
        none->setForeground(mutedColour());
        table->setItem(0, 0, none);
        table->setItem(0, 1, new QTableWidgetItem());
    }
    fitResultTable();

    // The preparation itself deserves a word: what the salesperson put into it.
    QStringList prepared;
    const auto add = [&](std::size_t count, const QString &one, const QString &many) {
        if (count == 1)
            prepared << one;
        else if (count > 1)
            prepared << many.arg(count);
    };
    add(state.prep.skillRatings.size(), tr("1 skill rated"), tr("%1 skills rated"));
    add(state.prep.gaps.size(), tr("1 gap"), tr("%1 gaps"));
    add(state.prep.factors.size(), tr("1 factor"), tr("%1 factors"));
    add(state.prep.upskilling.size(), tr("1 upskilling entry"), tr("%1 upskilling entries"));
    add(state.prep.strategies.size(), tr("1 strategy"), tr("%1 strategies"));
    add(state.plan.size(), tr("1 action planned"), tr("%1 actions planned"));
    QString text = prepared.isEmpty()
                       ? tr("Nothing else was prepared yet.")
                       : tr("Also prepared: %1.").arg(prepared.join(QStringLiteral(" · ")));
    // What became of last time's plan: the work done since the last meeting.
    int done = 0;
    int carried = 0;
    int dropped = 0;
    for (const ActionReview &review : state.reviews) {
        if (review.status == ActionStatus::Done)
            ++done;
        else if (review.status == ActionStatus::Dropped)
            ++dropped;
        else
            ++carried;
    }
    if (!state.reviews.empty()) {
        text += QStringLiteral("<br>") + tr("Last time's actions: %1 done, %2 carried forward, "
                                            "%3 dropped.")
                                             .arg(done)
                                             .arg(carried)
                                             .arg(dropped);
    }
    if (!state.session.focus.empty()) {
        text += QStringLiteral("<br>") + tr("Focus for the period ahead: <i>%1</i>")
                                             .arg(toQString(state.session.focus).toHtmlEscaped());
    }
    m_ui->prepLabel->setText(text);
}

} // namespace reins::gui
