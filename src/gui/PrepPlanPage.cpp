#include "gui/PrepPlanPage.h"
#include "ui_PrepPlanPage.h"

#include "gui/ParetoPanel.h"
#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"
#include "reins/PrepRules.h"
#include "reins/Repositories.h"

#include <QTableView>

#include <algorithm>

namespace reins::gui {

namespace {

// The merge key of typing in the focus: consecutive keystrokes are one undo step.
int focusMergeKey()
{
    return mergeKeyFor(EditedPart::SessionFields, 0, 1);
}

} // namespace

PrepPlanPage::PrepPlanPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepPlanPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    QFont labelFont = m_ui->focusLabel->font();
    labelFont.setWeight(QFont::DemiBold);
    m_ui->focusLabel->setFont(labelFont);
    m_ui->planLabel->setFont(labelFont);

    const Session &session = document.state().session;
    const QString ahead = periodAheadName(session.cadence);
    m_ui->focusLabel->setText(tr("&Focus for %1").arg(ahead));
    m_ui->focusEdit->setAccessibleName(tr("Focus for %1").arg(ahead));
    const QFontMetrics metrics(m_ui->focusEdit->font());
    m_ui->focusEdit->setFixedHeight(metrics.lineSpacing() * 4 + 14);
    routeUndoToWindow(m_ui->focusEdit);

    m_ui->partEditor->setPart(document, planPart(), tr("&Add action"));
    // While preparing, every action of the new plan is open; its status is for the review
    // in a later session.
    m_ui->partEditor->view()->setColumnHidden(planColumn::Status, true);
    m_ui->paretoGroup->setTitle(tr("Where my sales came from, %1")
                                    .arg(formatPeriod(session.periodStart, session.periodEnd)));
    // The plan first; the Pareto view below it scrolls when the window is short.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    // Room for five actions at least: the plan is what this step is about.
    m_ui->partEditor->view()->setMinimumHeight(metrics.lineSpacing() * 11);
    m_ui->paretoScroll->setMinimumHeight(160);

    connect(m_ui->focusEdit, &QPlainTextEdit::textChanged, this, [this] { writeFocus(); });
    refreshWhenShown(this, document, [this] { refresh(); });
    reloadSalesRecords();
    refresh();
}

PrepPlanPage::~PrepPlanPage() = default;

QPlainTextEdit *PrepPlanPage::focusEdit() const
{
    return m_ui->focusEdit;
}

PartEditor *PrepPlanPage::editor() const
{
    return m_ui->partEditor;
}

ParetoPanel *PrepPlanPage::paretoPanel() const
{
    return m_ui->paretoPanel;
}

QString PrepPlanPage::focusLabelText() const
{
    return QString(m_ui->focusLabel->text()).remove(QLatin1Char('&'));
}

QString PrepPlanPage::vitalFewWarning() const
{
    return m_vitalFewWarning;
}

void PrepPlanPage::reloadSalesRecords()
{
    const Session &session = m_document.state().session;
    m_ui->paretoPanel->setRecords(m_document.store().salesRecords().listFor(
        session.salespersonId, session.periodStart, session.periodEnd));
}

void PrepPlanPage::writeFocus()
{
    if (m_updating)
        return;
    const std::string focus = toStdString(m_ui->focusEdit->toPlainText());
    m_document.edit(
        tr("Edit focus"), [&](SessionState &state) { state.session.focus = focus; },
        focusMergeKey());
}

void PrepPlanPage::refresh()
{
    const SessionState &state = m_document.state();
    const QString focus = toQString(state.session.focus);
    if (m_ui->focusEdit->toPlainText() != focus) {
        m_updating = true;
        m_ui->focusEdit->setPlainText(focus);
        m_ui->focusEdit->moveCursor(QTextCursor::End);
        m_updating = false;
    }

    const auto &plan = state.plan;
    const auto chosen = static_cast<int>(
        std::count_if(plan.begin(), plan.end(), [](const Action &a) { return a.vitalFew; }));
    const int allowed = maxVitalFew(static_cast<int>(plan.size()));
    const auto problem = vitalFewProblem(plan);
    m_vitalFewWarning = problem ? toQString(*problem) : QString();
    QString html;
    if (plan.empty()) {
        html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                   .arg(mutedColour().name(),
                        tr("Add the actions you will take, then mark the one or few that will "
                           "make the most difference as vital few: at most a fifth of the plan.")
                            .toHtmlEscaped());
    } else if (problem) {
        html = QStringLiteral("<span style=\"color:%1\">\u26A0 %2</span>")
                   .arg(downColour().name(), m_vitalFewWarning.toHtmlEscaped());
    } else {
        html = QStringLiteral("<span style=\"color:%1\">\u2713 %2</span>")
                   .arg(upColour().name(),
                        tr("%1 of %2 marked vital few; at most %3 may be.")
                            .arg(chosen)
                            .arg(tr("%n action(s)", nullptr, static_cast<int>(plan.size())))
                            .arg(allowed)
                            .toHtmlEscaped());
    }
    m_ui->vitalFewLabel->setText(html);
}

} // namespace reins::gui
