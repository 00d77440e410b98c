#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "reins/Repositories.h"

#include <optional>
#include <vector>
#endif

#include <QAbstractTableModel>

namespace reins::gui {

// One salesperson's sessions, newest meeting first, as SessionRepository lists them.
class SessionTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        MeetingDate,
        Period,
        CadenceColumn,
        StageColumn,
        HeadlineResult,
        OpenActions,
        ColumnCount
    };
    enum Roles { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSessions(std::vector<SessionOverview> sessions);
    void clear();
    [[nodiscard]] const std::vector<SessionOverview> &sessions() const { return m_rows; }
    [[nodiscard]] std::optional<Session> sessionAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfSession(Id sessionId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // "Revenue +5.0%", "Revenue 92% of target", or the metric alone when nothing compares.
    [[nodiscard]] static QString headlineText(const SessionOverview &overview);

private:
    std::vector<SessionOverview> m_rows;
};

} // namespace reins::gui
