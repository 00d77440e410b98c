#include "gui/SearchWindow.h"
#include "ui_SearchWindow.h"

#include "gui/QtConvert.h"
#include "gui/SearchHitDelegate.h"
#include "gui/SearchResultsModel.h"
#include "reins/Errors.h"
#include "reins/Repositories.h"

#include <QTimer>

namespace reins::gui {

namespace {

constexpr int resultLimit = 100;

} // namespace

SearchWindow::SearchWindow(DataStore &store, bool managersView, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::SearchWindow>())
    , m_store(store)
    , m_managersView(managersView)
{
    m_ui->setupUi(this);
    QFont fieldFont = m_ui->searchField->font();
    fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.2);
    m_ui->searchField->setFont(fieldFont);
    m_ui->searchField->setMinimumHeight(34);
    m_ui->statusLabel->setForegroundRole(QPalette::PlaceholderText);

    m_model = new SearchResultsModel(this);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->setItemDelegate(new SearchHitDelegate(m_ui->resultView));
    m_ui->resultView->setUniformItemSizes(false);
    m_ui->resultView->setResizeMode(QListView::Adjust);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, [this] { searchNow(); });
    connect(m_ui->searchField, &QLineEdit::textChanged, this, [this] { m_typingPause->start(); });
    const auto openHit = [this](const QModelIndex &index) {
        if (index.isValid())
            emit openHitRequested(index.data(SearchResultsModel::SessionIdRole).toLongLong(),
                                  index.data(SearchResultsModel::StepRole).toInt());
    };
    // Enter in the field opens the best result once it is there.
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, [this, openHit] {
        if (m_typingPause->isActive() || m_model->rowCount() == 0)
            searchNow();
        else
            openHit(m_ui->resultView->currentIndex());
    });
    connect(m_ui->resultView, &QAbstractItemView::activated, this, openHit);

    setWindowTitle(tr("Search sessions"));
    showPrivacy();
    searchNow();
    resize(820, 620);
}

SearchWindow::~SearchWindow() = default;

QLineEdit *SearchWindow::searchField() const
{
    return m_ui->searchField;
}

QListView *SearchWindow::resultView() const
{
    return m_ui->resultView;
}

void SearchWindow::setManagersView(bool on)
{
    if (on == m_managersView)
        return;
    m_managersView = on;
    showPrivacy();
    searchNow();
}

void SearchWindow::showPrivacy()
{
    m_ui->privacyLabel->setText(m_managersView ? tr("Manager's view: private notes included")
                                               : tr("Private notes are not searched"));
}

void SearchWindow::searchNow()
{
    m_typingPause->stop();
    const QString words = m_ui->searchField->text().trimmed();
    if (words.isEmpty()) {
        m_model->setHits({});
        m_ui->statusLabel->setText(tr("Type a word or two. Every word must match; the start of "
                                      "a word is enough."));
        return;
    }
    std::vector<SearchHit> hits;
    try {
        hits =
            m_store.search().search(toStdString(words), m_managersView, std::nullopt, resultLimit);
    } catch (const StorageError &error) {
        m_model->setHits({});
        m_ui->statusLabel->setText(tr("The search failed: %1").arg(toQString(error.what())));
        return;
    }
    const auto count = static_cast<int>(hits.size());
    m_model->setHits(std::move(hits));
    if (count == 0)
        m_ui->statusLabel->setText(tr("Nothing found for \u201c%1\u201d.").arg(words));
    else if (count >= resultLimit)
        m_ui->statusLabel->setText(tr("The best %1 results, best first. Add a word to narrow "
                                      "them down.")
                                       .arg(count));
    else
        m_ui->statusLabel->setText(
            (count == 1 ? tr("1 result.") : tr("%n results, best first.", nullptr, count)) +
            QLatin1Char(' ') + tr("Enter or double-click opens one."));
    if (count > 0)
        m_ui->resultView->setCurrentIndex(m_model->index(0));
}

} // namespace reins::gui
