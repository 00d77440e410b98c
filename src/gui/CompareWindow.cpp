#include "gui/CompareWindow.h"
#include "ui_CompareWindow.h"

#include "gui/ComparisonModel.h"
#include "gui/QtConvert.h"
#include "reins/SessionSummary.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QSettings>

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
    showComparison();
    resize(std::max(900, 320 + 230 * static_cast<int>(records.size())), 760);
}

CompareWindow::~CompareWindow() = default;

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
