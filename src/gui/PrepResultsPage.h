#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <vector>
#endif

#include <QWidget>

namespace Ui {
class PrepResultsPage;
}

namespace reins::gui {

class PartEditor;
class SessionDocument;

// Prepare step 2: the salesperson's numbers. The results table with the change on last
// period and attainment of target, the sentence a manager would say for each, and the
// ways to fill it: from the previous session, from imported sales records.
class PrepResultsPage final : public QWidget {
    Q_OBJECT

public:
    // A new draft session with no results yet is prefilled at once (one undoable edit):
    // the previous session's metrics and targets, and the actuals the period's sales
    // records give.
    explicit PrepResultsPage(SessionDocument &document, QWidget *parent = nullptr);
    ~PrepResultsPage() override;

    [[nodiscard]] PartEditor *editor() const;
    // The sentences under the table, one a line.
    [[nodiscard]] QString readingsText() const;
    // What the last fill or import did.
    [[nodiscard]] QString messageText() const;

    // Replaces the results with the previous session's metrics and targets; asks first
    // when there are results already.
    void fillFromPreviousSession();
    // Fills the empty actuals from the period's sales records.
    void fillFromSalesData();
    // Opens the sales import; imported records of the period fill the empty actuals.
    void importSalesData();

signals:
    // An import stored new sales records.
    void salesRecordsChanged();

private:
    void prefillNewSession();
    void refresh();
    void refreshSalesInfo();
    void showMessage(const QString &text);
    [[nodiscard]] std::vector<SalesRecord> periodRecords() const;

    std::unique_ptr<Ui::PrepResultsPage> m_ui;
    SessionDocument &m_document;
    int m_periodRecordCount = 0;
};

} // namespace reins::gui
