#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

namespace reins::gui {

// The first rows of a CSV file as the import dialog shows them: the header row as column
// titles (with the field each column is read into), the file's line numbers as row titles,
// and rows whose length does not match the header marked.
class SalesImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        int line = 0; // 1-based line of the file
        QStringList fields;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContent(QStringList header, QList<Row> rows);
    void clear() { setContent({}, {}); }
    // For each column, the name of the field read from it, or an empty string.
    void setColumnFields(QStringList fields);
    // Cells (row, column) the chosen options cannot read, with what is wrong with them.
    using CellProblems = QMap<QPair<int, int>, QString>;
    void setCellProblems(CellProblems problems);

    [[nodiscard]] const QStringList &header() const { return m_header; }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool isMapped(int column) const;
    [[nodiscard]] QString columnName(int column) const;

    QStringList m_header;
    QList<Row> m_rows;
    QStringList m_fields;
    CellProblems m_cellProblems;
    int m_columns = 0;
};

} // namespace reins::gui
