#include "gui/PrepLastTimePage.h"
#include "ui_PrepLastTimePage.h"

#include "gui/PartDelegate.h"
#include "gui/PartTableModel.h"
#include "gui/PrepPageSupport.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"
#include "reins/Repositories.h"

#include <QBrush>
#include <QHeaderView>
#include <QTextDocument>

#include <algorithm>

namespace reins::gui {

namespace {

// This session's review of the action, if it has one.
template <typename State>
auto reviewOf(State &state, Id actionId) -> decltype(&state.reviews.front())
{
    const auto found = std::find_if(
        state.reviews.begin(), state.reviews.end(),
        [actionId](const ActionReview &review) { return review.actionId == actionId; });
    return found == state.reviews.end() ? nullptr : &*found;
}

PrepLastTimePage::Outcome outcomeOf(const ActionReview *review)
{
    if (!review)
        return PrepLastTimePage::NotReviewed;
    switch (review->status) {
    case ActionStatus::Done:
        return PrepLastTimePage::Done;
    case ActionStatus::Dropped:
        return PrepLastTimePage::Dropped;
    case ActionStatus::Open:
        break;
    }
    return PrepLastTimePage::CarriedForward;
}

QString outcomeName(ActionStatus status)
{
    return status == ActionStatus::Open ? PrepLastTimePage::tr("Carried forward")
                                        : actionStatusName(status);
}

} // namespace

PrepLastTimePage::PrepLastTimePage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepLastTimePage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    setUpGuidance(m_ui->strategiesHintLabel);
    setUpGuidance(m_ui->reviewCountLabel);

    const EarlierContext &earlier = document.earlier();
    const std::vector<Action> carried = earlier.carriedActions;

    // The carried actions as a table over the session's reviews.
    PartDefinition part;
    part.part = EditedPart::Reviews;
    part.itemName = tr("review");
    part.rowCount = [count = static_cast<int>(carried.size())](const SessionState &) {
        return count;
    };
    part.removeRow = [](SessionState &, int) {};
    const auto actionAt = [carried](int row) -> const Action & {
        return carried.at(static_cast<std::size_t>(row));
    };

    PartColumn description;
    description.title = tr("Action");
    description.editor = CellEditor::ReadOnly;
    description.value = [actionAt](const SessionState &, int row) -> QVariant {
        return toQString(actionAt(row).description);
    };
    description.decoration = [actionAt](const SessionState &, int row, int role) -> QVariant {
        if (role == Qt::FontRole && actionAt(row).vitalFew) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        if (role == Qt::ToolTipRole && actionAt(row).vitalFew)
            return tr("One of the vital few: %1").arg(toQString(actionAt(row).description));
        return {};
    };
    part.columns.push_back(std::move(description));

    PartColumn planned;
    planned.title = tr("Planned");
    planned.editor = CellEditor::ReadOnly;
    planned.toolTip = tr("The session whose plan made this action");
    std::map<Id, QString> plannedText;
    for (const Action &action : carried)
        plannedText[action.originSessionId] = sessionDateText(action.originSessionId);
    planned.value = [actionAt, plannedText](const SessionState &, int row) -> QVariant {
        return plannedText.at(actionAt(row).originSessionId);
    };
    part.columns.push_back(std::move(planned));

    PartColumn due;
    due.title = tr("Due");
    due.editor = CellEditor::ReadOnly;
    due.value = [actionAt](const SessionState &, int row) -> QVariant {
        const auto &date = actionAt(row).dueDate;
        return date ? formatDate(*date) : tr("no date");
    };
    part.columns.push_back(std::move(due));

    PartColumn outcome;
    outcome.title = tr("Outcome");
    outcome.editor = CellEditor::Choice;
    outcome.choices =
        QStringList{tr("Not reviewed"), tr("Done"), tr("Dropped"), tr("Carried forward")};
    outcome.toolTip = tr("What became of the action: done, dropped, or carried into the next "
                         "period");
    outcome.value = [actionAt](const SessionState &state, int row) -> QVariant {
        return static_cast<int>(outcomeOf(reviewOf(state, actionAt(row).id)));
    };
    outcome.setValue = [actionAt](SessionState &state, int row, const QVariant &value) {
        const Id actionId = actionAt(row).id;
        const int choice = value.toInt();
        if (choice <= NotReviewed || choice > CarriedForward) {
            std::erase_if(state.reviews, [actionId](const ActionReview &review) {
                return review.actionId == actionId;
            });
            return;
        }
        const ActionStatus status = choice == Done      ? ActionStatus::Done
                                    : choice == Dropped ? ActionStatus::Dropped
                                                        : ActionStatus::Open;
        if (ActionReview *review = reviewOf(state, actionId)) {
            if (review->status != status) {
                review->status = status;
                review->reviewedAt = nowUtc();
            }
            return;
        }
        ActionReview review;
        review.actionId = actionId;
        review.sessionId = state.session.id;
        review.status = status;
        review.reviewedAt = nowUtc();
        state.reviews.push_back(std::move(review));
    };
    outcome.decoration = [actionAt](const SessionState &state, int row, int role) -> QVariant {
        if (role != Qt::ForegroundRole)
            return {};
        switch (outcomeOf(reviewOf(state, actionAt(row).id))) {
        case Done:
            return QBrush(upColour());
        case Dropped:
            return QBrush(downColour());
        case NotReviewed:
            return QBrush(mutedColour());
        case CarriedForward:
            break;
        }
        return {};
    };
    part.columns.push_back(std::move(outcome));

    PartColumn note;
    note.title = tr("Note");
    note.editor = CellEditor::LongText;
    note.toolTip = tr("What happened; choose an outcome first");
    note.value = [actionAt](const SessionState &state, int row) -> QVariant {
        const ActionReview *review = reviewOf(state, actionAt(row).id);
        return review ? toQString(review->note) : QString();
    };
    note.setValue = [actionAt](SessionState &state, int row, const QVariant &value) {
        if (ActionReview *review = reviewOf(state, actionAt(row).id))
            review->note = toStdString(value.toString());
    };
    note.editable = [actionAt](const SessionState &state, int row) {
        return reviewOf(state, actionAt(row).id) != nullptr;
    };
    part.columns.push_back(std::move(note));

    m_model = new PartTableModel(document, std::move(part), this);
    QTableView *table = m_ui->actionsTable;
    table->setModel(m_model);
    table->setItemDelegate(new PartDelegate(table));
    keepRowsFitted(table);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Interactive);
    const QFontMetrics metrics(font());
    header->resizeSection(3, metrics.horizontalAdvance(tr("Carried forward")) + 48);
    header->setSectionResizeMode(4, QHeaderView::Stretch);

    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showHistory(); });
    refreshWhenShown(this, document, [this] { refresh(); });

    // Last period's focus and strategies.
    const bool hasPrevious = earlier.previousSession.has_value();
    if (hasPrevious) {
        const Session &previous = *earlier.previousSession;
        m_ui->previousLabel->setText(
            tr("Looking back on the session of %1, which reviewed %2.")
                .arg(formatDate(previous.meetingDate),
                     formatPeriod(previous.periodStart, previous.periodEnd)));
        m_ui->focusLabel->setText(previous.focus.empty() ? tr("No focus was written last time.")
                                                         : toQString(previous.focus));
    }
    int strategies = 0;
    for (const Strategy &strategy : earlier.previousPrep.strategies) {
        if (strategy.choice == StrategyChoice::Drop)
            continue;
        auto *item = new QTreeWidgetItem(
            m_ui->strategiesList,
            {strategy.choice == StrategyChoice::Keep ? tr("Kept") : tr("Started"),
             toQString(strategy.description), toQString(strategy.reason)});
        item->setToolTip(1, toQString(strategy.description));
        item->setToolTip(2, toQString(strategy.reason));
        ++strategies;
    }
    m_ui->strategiesList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->strategiesList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->strategiesList->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    // As tall as its rows, up to six: the actions above are what this step is about.
    const QFontMetrics listMetrics(m_ui->strategiesList->font());
    m_ui->strategiesList->setMaximumHeight(m_ui->strategiesList->header()->sizeHint().height() +
                                           std::clamp(strategies, 1, 6) *
                                               (listMetrics.lineSpacing() + 8) +
                                           2 * m_ui->strategiesList->frameWidth() + 4);
    // The hint goes into the title, so the list gets the group's room.
    m_ui->strategiesHintLabel->hide();
    m_ui->strategiesGroup->setTitle(
        tr("Strategies kept and started last time: decide again in the Strategies step"));
    m_ui->strategiesList->setToolTip(m_ui->strategiesHintLabel->text());
    if (strategies == 0) {
        m_ui->strategiesHintLabel->setText(tr("No strategies were kept or started last time."));
        m_ui->strategiesHintLabel->show();
        m_ui->strategiesList->hide();
    }

    const bool anything = hasPrevious || !carried.empty();
    m_ui->previousLabel->setVisible(hasPrevious);
    m_ui->focusGroup->setVisible(hasPrevious);
    m_ui->strategiesGroup->setVisible(hasPrevious);
    m_ui->actionsGroup->setVisible(anything);
    m_ui->firstSessionLabel->setVisible(!anything);
    if (carried.empty()) {
        m_ui->actionsTable->hide();
        m_ui->historyLabel->hide();
    }

    refresh();
    if (!carried.empty())
        table->setCurrentIndex(m_model->index(0, 3));
    else
        showHistory();
}

PrepLastTimePage::~PrepLastTimePage() = default;

QTableView *PrepLastTimePage::actionsView() const
{
    return m_ui->actionsTable;
}

QString PrepLastTimePage::sessionDateText(Id sessionId)
{
    auto found = m_meetingDates.find(sessionId);
    if (found == m_meetingDates.end()) {
        const auto session = m_document.store().sessions().find(sessionId);
        if (!session)
            return tr("an earlier session");
        found = m_meetingDates.emplace(sessionId, session->meetingDate).first;
    }
    return formatDate(found->second);
}

void PrepLastTimePage::refresh()
{
    const auto &carried = m_document.earlier().carriedActions;
    const auto &state = m_document.state();
    int reviewed = 0;
    for (const Action &action : carried)
        reviewed += reviewOf(state, action.id) != nullptr ? 1 : 0;
    const auto total = static_cast<int>(carried.size());
    if (total == 0)
        m_ui->reviewCountLabel->setText(tr("No open actions to review: the last plan is done."));
    else if (reviewed == total)
        m_ui->reviewCountLabel->setText(total == 1 ? tr("The action is reviewed.")
                                                   : tr("All %1 actions reviewed.").arg(total));
    else
        m_ui->reviewCountLabel->setText(
            tr("%1 of %2 reviewed. Select an action and choose its outcome; one left "
               "unreviewed stays open.")
                .arg(reviewed)
                .arg(tr("%n action(s)", nullptr, total)));
    showHistory();
}

void PrepLastTimePage::showHistory()
{
    const auto &carried = m_document.earlier().carriedActions;
    const QModelIndex current = m_ui->actionsTable->currentIndex();
    if (!current.isValid() || current.row() >= static_cast<int>(carried.size())) {
        m_ui->historyLabel->setText(
            carried.empty() ? QString() : tr("<i>Select an action to see its history.</i>"));
        return;
    }
    const Action &action = carried.at(static_cast<std::size_t>(current.row()));
    const Id thisSession = m_document.sessionId();

    QStringList lines;
    QString planned =
        tr("Planned in the session of %1").arg(sessionDateText(action.originSessionId));
    if (action.dueDate)
        planned += tr(", due %1").arg(formatDate(*action.dueDate));
    lines << planned.toHtmlEscaped();
    const auto describe = [](const ActionReview &review) {
        QString text = QStringLiteral("<b>%1</b>").arg(outcomeName(review.status).toHtmlEscaped());
        if (!review.note.empty())
            text += QStringLiteral(" \u2014 %1").arg(toQString(review.note).toHtmlEscaped());
        return text;
    };
    for (const ActionReview &review : m_document.store().actions().historyOf(action.id)) {
        if (review.sessionId == thisSession)
            continue; // this session's review is shown as it is now, saved or not
        lines << tr("%1: %2").arg(sessionDateText(review.sessionId).toHtmlEscaped(),
                                  describe(review));
    }
    const ActionReview *here = reviewOf(m_document.state(), action.id);
    lines << tr("This session: %1").arg(here ? describe(*here) : tr("<i>not reviewed yet</i>"));
    m_ui->historyLabel->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("History of \u201c%1\u201d").arg(toQString(action.description)).toHtmlEscaped(),
                 lines.join(QStringLiteral("<br>"))));
}

QString PrepLastTimePage::historyText() const
{
    QTextDocument document;
    document.setHtml(m_ui->historyLabel->text());
    return document.toPlainText();
}

} // namespace reins::gui
