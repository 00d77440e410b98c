#pragma once

// No reins/*.h here: moc (Qt 6.4) cannot parse the C++20 standard headers they include.
#include <QAbstractTableModel>
#include <QWidget>

#include <memory>
#include <vector>

class QChart;

namespace Ui {
class ParetoPanel;
}

namespace reins {
struct SalesRecord;
struct ParetoBreakdown;
enum class ParetoDimension;
} // namespace reins

namespace reins::gui {

// The ranked entries of a Pareto breakdown: rank, label, amount, number of sales, share and
// cumulative share; the vital few are highlighted.
class ParetoTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rank, Label, Amount, Sales, Share, Cumulative, ColumnCount };
    // The vital-few flag of a row, as a bool.
    static constexpr int VitalFewRole = Qt::UserRole + 1;

    explicit ParetoTableModel(QObject *parent = nullptr);
    ~ParetoTableModel() override;

    // `currency` labels the amounts; empty when the records mix currencies.
    void setBreakdown(const ParetoBreakdown &breakdown, ParetoDimension dimension,
                      const QString &currency);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::unique_ptr<ParetoBreakdown> m_breakdown;
    int m_dimension = 0;
    QString m_currency;
};

// The 80/20 view of a salesperson's sales records: which accounts, products or activities
// make most of the amount, as a sentence, a ranked table and a Pareto chart.
class ParetoPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ParetoPanel(QWidget *parent = nullptr);
    ~ParetoPanel() override;

    void setRecords(const std::vector<SalesRecord> &records);
    void setDimension(ParetoDimension dimension);
    [[nodiscard]] ParetoDimension dimension() const;

    // The sentence shown above the ranking, or the empty-state text.
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] bool isShowingEmptyState() const;
    [[nodiscard]] ParetoTableModel *rankingModel() const { return m_model; }
    [[nodiscard]] QChart *chart() const;

    // Entries drawn as their own bar; the rest are summed into one "Others" bar.
    static constexpr int chartEntries = 15;

private:
    void rebuild();
    void rebuildChart(const ParetoBreakdown &breakdown);

    std::unique_ptr<Ui::ParetoPanel> m_ui;
    struct Data;
    std::unique_ptr<Data> m_data;
    ParetoTableModel *m_model = nullptr;
};

} // namespace reins::gui
