#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Domain.h"

#include <memory>
#include <optional>
#endif

#include <QWidget>

namespace Ui {
class TrendsWindow;
}

namespace reins {
class DataStore;
}

class QChart;
class QComboBox;

namespace reins::gui {

enum class TrendChart { Results, SkillGroups, Radar, ActionCompletion, Balance };

// A salesperson's trends over their sessions, in Qt Charts: a result against its target,
// the self-audit per skill group, the latest audit against an earlier one (radar), the
// share of planned actions done, and the coaching balance against its 90% goal. Hovering a
// point shows its value.
class TrendsWindow final : public QWidget {
    Q_OBJECT

public:
    // The store must outlive the window.
    TrendsWindow(DataStore &store, QWidget *parent = nullptr);
    ~TrendsWindow() override;

    // Reads the salesperson's sessions again and redraws every chart.
    void showSalesperson(Id salespersonId);
    [[nodiscard]] std::optional<Id> salespersonId() const;

    [[nodiscard]] bool showsEmptyState() const;
    [[nodiscard]] QChart *chart(TrendChart which) const;
    [[nodiscard]] QComboBox *metricCombo() const;
    [[nodiscard]] QComboBox *salespersonCombo() const;

    // How many sessions before the latest the radar compares with.
    static constexpr int radarSessionsBack = 6;

private:
    struct Data;
    void reload();
    void showResults();
    void buildSkillGroups();
    void buildRadar();
    void buildCompletion();
    void buildBalance();

    std::unique_ptr<Ui::TrendsWindow> m_ui;
    std::unique_ptr<Data> m_data;
    DataStore &m_store;
};

} // namespace reins::gui
