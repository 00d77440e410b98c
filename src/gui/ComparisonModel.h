#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Comparison.h"

#include <vector>
#endif

#include <QAbstractItemModel>

namespace reins::gui {

// Sessions side by side as a tree: one top-level row per section (results, self-audit,
// gaps, ...) and beneath it one row per part, with the part in column 0 and one column per
// session. Cells carry how they changed against the column before; unchanged rows can be
// folded away.
class ComparisonModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Roles {
        ChangeRole = Qt::UserRole + 1, // int(reins::Change)
        DeltaRole,                     // "+4.0%", or empty
        ValueRole,                     // the value without the delta
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(Comparison comparison);
    [[nodiscard]] const Comparison &comparison() const { return m_comparison; }

    // Folds rows in which no cell differs from the one before it (and sections left empty).
    void setHideUnchanged(bool hide);
    [[nodiscard]] bool hidesUnchanged() const { return m_hideUnchanged; }

    // The row of the part with this label, or an invalid index when it is not shown.
    [[nodiscard]] QModelIndex indexOfPart(const QString &label, int column = 0) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] static QString sectionName(ComparisonSection section);
    [[nodiscard]] static QString changeName(Change change);
    // What a cell shows without its change marker, figures in the current locale.
    [[nodiscard]] static QString cellValue(const ComparisonCell &cell);

private:
    struct Section {
        ComparisonSection section;
        std::vector<std::size_t> rows; // indexes into m_comparison.rows
    };
    void rebuild();
    [[nodiscard]] QVariant cellData(const ComparisonRow &row, int column, int role) const;

    Comparison m_comparison;
    bool m_hideUnchanged = false;
    std::vector<Section> m_sections;
};

} // namespace reins::gui
