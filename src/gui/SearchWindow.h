#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include <memory>
#endif

#include <QWidget>

namespace Ui {
class SearchWindow;
}

namespace reins {
class DataStore;
}

class QLineEdit;
class QListView;
class QTimer;

namespace reins::gui {

class SearchResultsModel;

// Full-text search over everything written in sessions, with results as the words are
// typed. Private meeting notes are searched only in the manager's view.
class SearchWindow final : public QWidget {
    Q_OBJECT

public:
    // The store must outlive the window.
    SearchWindow(DataStore &store, bool managersView, QWidget *parent = nullptr);
    ~SearchWindow() override;

    void setManagersView(bool on);
    [[nodiscard]] bool managersView() const { return m_managersView; }
    // Searches now, without waiting for the typing to pause.
    void searchNow();

    [[nodiscard]] SearchResultsModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *searchField() const;
    [[nodiscard]] QListView *resultView() const;

    static constexpr int typingPauseMs = 250;

signals:
    // A result was opened: show the session at the step (int(SessionStep), or -1).
    void openHitRequested(qint64 sessionId, int step);

private:
    void showPrivacy();

    std::unique_ptr<Ui::SearchWindow> m_ui;
    DataStore &m_store;
    bool m_managersView = false;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_typingPause = nullptr;
};

} // namespace reins::gui
