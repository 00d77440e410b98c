#include "gui/ActionsBoard.h"
#include "ui_ActionsBoard.h"

#include "gui/ActionsBoardModel.h"
#include "gui/QtConvert.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>

#include <map>

namespace reins::gui {

ActionsBoard::ActionsBoard(DataStore &store, Date today, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ActionsBoard>())
    , m_store(store)
    , m_today(today)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->ownerCombo->addItem(tr("All owners"),
                              static_cast<int>(ActionsBoardModel::OwnerFilter::All));
    m_ui->ownerCombo->addItem(tr("Salesperson's actions"),
                              static_cast<int>(ActionsBoardModel::OwnerFilter::Salesperson));
    m_ui->ownerCombo->addItem(tr("Manager commitments"),
                              static_cast<int>(ActionsBoardModel::OwnerFilter::Manager));

    m_model = new ActionsBoardModel(this);
    QTableView *view = m_ui->actionView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionsBoardModel::Description, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_ui->salespersonCombo, &QComboBox::currentIndexChanged, this,
            [this] { applyFilters(); });
    connect(m_ui->ownerCombo, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const OpenActionRow *row = m_model->rowAt(index))
            emit openSessionRequested(row->action.originSessionId);
    });
    resize(1100, 640);
    reload();
}

ActionsBoard::~ActionsBoard() = default;

QTableView *ActionsBoard::view() const
{
    return m_ui->actionView;
}

QComboBox *ActionsBoard::salespersonCombo() const
{
    return m_ui->salespersonCombo;
}

QComboBox *ActionsBoard::ownerCombo() const
{
    return m_ui->ownerCombo;
}

void ActionsBoard::reload()
{
    std::vector<OpenActionRow> rows;
    std::vector<Person> people;
    try {
        people = m_store.people().listAll();
        std::map<Id, std::string> names;
        for (const Person &person : people)
            names[person.id] = person.name;
        std::map<Id, Date> sessionDates;
        for (Action &action : m_store.actions().listAllOpen()) {
            auto date = sessionDates.find(action.originSessionId);
            if (date == sessionDates.end()) {
                const auto session = m_store.sessions().find(action.originSessionId);
                date = sessionDates
                           .emplace(action.originSessionId, session ? session->meetingDate : Date{})
                           .first;
            }
            std::string name = names[action.salespersonId];
            rows.push_back({std::move(action), std::move(name), date->second});
        }
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Could not read the open actions"), toQString(error.what()));
    }

    // The salesperson list, keeping the choice.
    const QVariant chosen = m_ui->salespersonCombo->currentData();
    {
        const QSignalBlocker block(m_ui->salespersonCombo);
        m_ui->salespersonCombo->clear();
        m_ui->salespersonCombo->addItem(tr("The whole team"));
        for (const Person &person : people) {
            if (person.role == Role::Salesperson)
                m_ui->salespersonCombo->addItem(toQString(person.name),
                                                QVariant::fromValue<qint64>(person.id));
        }
        const int index = chosen.isValid() ? m_ui->salespersonCombo->findData(chosen) : 0;
        m_ui->salespersonCombo->setCurrentIndex(std::max(index, 0));
    }
    m_model->setRows(std::move(rows), m_today);
    applyFilters();
}

void ActionsBoard::showSalesperson(std::optional<Id> salespersonId)
{
    const int index =
        salespersonId
            ? m_ui->salespersonCombo->findData(QVariant::fromValue<qint64>(*salespersonId))
            : 0;
    m_ui->salespersonCombo->setCurrentIndex(std::max(index, 0));
    applyFilters();
}

void ActionsBoard::applyFilters()
{
    const QVariant person = m_ui->salespersonCombo->currentData();
    m_model->setSalespersonFilter(person.isValid() ? std::optional<Id>(person.toLongLong())
                                                   : std::nullopt);
    m_model->setOwnerFilter(
        static_cast<ActionsBoardModel::OwnerFilter>(m_ui->ownerCombo->currentData().toInt()));
    m_ui->actionView->setColumnHidden(ActionsBoardModel::Salesperson, person.isValid());
    updateCount();
}

void ActionsBoard::updateCount()
{
    const int shown = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    const QString actions = tr("%n open action(s)", nullptr, shown);
    m_ui->countLabel->setText(
        overdue > 0 ? tr("%1, <b style='color:#b01c1c'>%2 overdue</b>").arg(actions).arg(overdue)
                    : actions);
    m_ui->pages->setCurrentIndex(shown > 0 ? 0 : 1);
    m_ui->emptyLabel->setText(tr("No open actions here. Everything planned is done or dropped "
                                 "\u2013 or nothing was planned yet."));
    setWindowTitle(tr("Open actions \u2013 %1").arg(m_ui->salespersonCombo->currentText()));
}

} // namespace reins::gui
